"""The weekly review (readable in a minute) and the stall signal.

The coaching agreement asks: "when coaching is not working as you wish, inform me so
we can both take steps". Each review checks three signs (a goal behind its expected
trajectory for three weekly reviews in a row, falling session feedback, check-ins
missed repeatedly). When one shows, the client is told plainly, the next session
opens with a look at the approach (client flag REVIEW_FLAG), and the client's human
coach is told if the client shares progress with them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any, cast
from zoneinfo import ZoneInfo

from onward.domain.actions import CheckIn
from onward.domain.cadence import (
    MISSED_CHECKINS,
    ReminderPrefs,
    StallSignal,
    behind,
    feedback_falling,
    gas_stalled,
    missed_checkins,
    review_dates,
    unanswered_occurrences,
    week_key,
    week_start,
)
from onward.domain.clients import Client
from onward.domain.goals import goal_t_score, overall_t_score
from onward.notify.reminders import coach_alert_body, stall_body
from onward.services.context import ServiceContext, load_client
from onward.services.history import level_on, streaks, weekly_outcomes
from onward.store.repo_accountability import Delivery
from onward.store.unit_of_work import Repos

REVIEW_FLAG = "review_approach"  # read by the coaching session: open with the approach


@dataclass(frozen=True)
class GoalReview:
    number: int
    title: str
    level: int | None
    expected: float | None
    t_score: float | None
    behind: bool


@dataclass
class WeeklyReview:
    week: str
    today: date
    goals: list[GoalReview]
    overall_t: float | None
    overall_t_before: float | None
    done: int
    partly: int
    missed: int
    streak_weeks: int
    wins: list[str]
    checkins: int
    missed_checkins: int
    feedback: list[float]
    due_next_week: int
    signals: list[StallSignal] = field(default_factory=list)
    coach_told: str = ""
    new_signal: bool = False  # this review raised the flag (earlier ones had not)

    @property
    def completion_rate(self) -> float | None:
        answered = self.done + self.partly + self.missed
        return None if not answered else (self.done + 0.5 * self.partly) / answered

    def as_data(self) -> dict[str, Any]:
        data = asdict(self)
        data["today"] = self.today.isoformat()
        return data


class ReviewService:
    def __init__(self, ctx: ServiceContext, mail_enabled: bool = False) -> None:
        self.ctx = ctx
        self.mail_enabled = mail_enabled

    def weekly(self, client_id: str, replace: bool = True) -> WeeklyReview | None:
        """This week's review, recorded; None when `replace` is off and another worker
        has recorded this week's already (the stall steps were taken there)."""
        with self.ctx.db.transaction() as r:
            client = load_client(r, client_id)
            prefs = r.accountability.prefs(client_id)
            review = self._compute(r, client, prefs)
            stored = r.accountability.save_review(
                client_id, review.week, week_start(review.today), review.overall_t,
                review.as_data(), self.ctx.now(), replace=replace,
            )
            if not stored:
                return None
            if review.signals:
                self._raise_flag(r, client, prefs, review)
            r.accountability.update_review_data(client_id, review.week, review.as_data())
            return review

    def _compute(self, r: Repos, client: Client, prefs: ReminderPrefs) -> WeeklyReview:
        today = self.ctx.today_for(client)
        tz = ZoneInfo(client.timezone)
        goals = [g for g in r.goals.all(client.id) if g.status == "active"]
        actions = r.actions.all(client.id)
        points = review_dates(today, prefs.weekly_day)
        signals: list[StallSignal] = []
        goal_rows = []
        for g in goals:
            started = r.goals.created_on(g.id)
            expected = g.expected_level(today, started)
            flags = [behind(level_on(g, d), g.expected_level(d, started)) for d in points]
            goal_rows.append(GoalReview(g.number, g.title, g.current_level,
                                        None if expected is None else round(expected, 2),
                                        goal_t_score(g), flags[-1]))
            if gas_stalled(flags):
                signals.append(StallSignal("gas_behind", (
                    f"goal {g.number} ({g.title}) has been behind the pace you set for three "
                    f"weekly reviews in a row: level {g.current_level:+d} where about "
                    f"{expected:+.1f} was expected by now"
                )))
        feedback = [
            fb.mean for s in r.sessions.all(client.id)
            if (fb := r.sessions.feedback(s.id)) is not None
        ]
        if feedback_falling(feedback):
            signals.append(StallSignal("feedback_falling", (
                "your session feedback has been falling ("
                + " -> ".join(f"{m:.1f}" for m in feedback[-3:]) + " out of 10)"
            )))
        # cast: ActionRepo's own `list` method confuses mypy about its return annotation
        checkins = cast(list[CheckIn], r.actions.checkins(client.id))
        last = max((c.created_at.astimezone(tz).date() for c in checkins), default=None)
        missed = max((
            missed_checkins(
                prefs.cadence_for(a.goal_id),
                unanswered_occurrences(a.due, a.recurrence, today),
                last, today, prefs.weekly_day,
            )
            for a in actions if a.status == "open" and a.due is not None
        ), default=0)
        if missed >= MISSED_CHECKINS:
            signals.append(StallSignal("checkins_missed", (
                f"{missed} check-ins in a row have been missed"
                + (f" (the last one was on {last})" if last else "")
            )))
        this_week = week_start(today)
        counts = weekly_outcomes(actions, client.timezone).get(this_week)
        done_weeks = (w for w, c in weekly_outcomes(actions, client.timezone).items()
                      if c["done"])
        before = [rv for rv in r.accountability.reviews(client.id)
                  if rv["week"] != week_key(today)]
        return WeeklyReview(
            week=week_key(today), today=today, goals=goal_rows,
            overall_t=overall_t_score(goals),
            overall_t_before=before[-1]["overall_t"] if before else None,
            done=counts["done"] if counts else 0, partly=counts["partly"] if counts else 0,
            missed=counts["not"] if counts else 0,
            streak_weeks=streaks(done_weeks, today)[0],
            wins=[w.text for w in r.wins.all(client.id)
                  if this_week <= w.happened_on <= today],
            checkins=sum(1 for c in checkins if c.created_at.astimezone(tz).date() >= this_week),
            missed_checkins=missed, feedback=[round(m, 2) for m in feedback[-3:]],
            due_next_week=sum(
                1 for a in actions if a.status == "open" and a.due is not None
                and a.due <= today + timedelta(days=7)
            ),
            signals=signals,
        )

    def _raise_flag(self, r: Repos, client: Client, prefs: ReminderPrefs,
                    review: WeeklyReview) -> None:
        now = self.ctx.now()
        reasons = [s.reason for s in review.signals]
        flags = r.clients.flags(client.id)
        earlier = flags.get(REVIEW_FLAG)
        since = earlier.get("since") if isinstance(earlier, dict) else None
        r.clients.set_flag(client.id, REVIEW_FLAG, {
            "since": since or now.isoformat(), "reasons": reasons,
            "messages": [s.message for s in review.signals], "week": review.week,
        }, now)
        shares = client.coach_email and "progress" in client.shares_with_coach
        if shares:
            review.coach_told = (f"As you agreed to share progress with "
                                 f"{client.coach_name or 'your coach'}, they have been told too.")
        elif client.coach_email or client.coach_name:
            review.coach_told = ("Your coach has not been told: you have not chosen to share "
                                 "progress with them (onward profile --share progress).")
        if earlier is not None:
            return  # already raised and not yet taken up in a session: do not nag
        review.new_signal = True
        period = review.week
        to_client = self.mail_enabled and prefs.email and client.email
        r.accountability.enqueue(Delivery(
            client.id, "stall", period, "Onward: is coaching working as you wish?",
            stall_body(client.name, review.signals, review.coach_told),
            recipient=client.email, channel="email" if to_client else "record",
            status="pending" if to_client else "recorded",
        ), now)
        if shares:
            r.accountability.enqueue(Delivery(
                client.id, "coach_alert", period, f"Onward: {client.name} may be stalling",
                coach_alert_body(client.name, review.signals, review.today),
                recipient=client.coach_email, channel="email" if self.mail_enabled else "record",
                status="pending" if self.mail_enabled else "recorded",
            ), now)


def render_review(v: WeeklyReview) -> str:
    """The review as text a person reads in a minute (terminal and email)."""
    lines = [f"Your week ({v.week}, to {v.today:%a %d %b})", ""]
    if v.overall_t is not None:
        trend = ("" if v.overall_t_before is None
                 else f" ({v.overall_t - v.overall_t_before:+.1f} since last review)")
        lines.append(f"Goals: GAS T-score {v.overall_t:.1f}{trend}; 50 means as expected.")
    for g in v.goals:
        level = "not scored" if g.level is None else f"level {g.level:+d}"
        pace = "" if g.expected is None else (
            f", behind the pace (about {g.expected:+.1f} by now)" if g.behind else ", on pace")
        lines.append(f"  {g.number}. {g.title}: {level}{pace}")
    rate = v.completion_rate
    lines.append(
        f"Actions this week: {v.done} done, {v.partly} partly, {v.missed} not"
        + ("" if rate is None else f" ({rate:.0%})")
        + (f"; {v.streak_weeks}-week streak" if v.streak_weeks > 1 else "")
    )
    lines.append(f"Check-ins this week: {v.checkins}; coming up in 7 days: {v.due_next_week}")
    if v.wins:
        lines.append("Wins: " + "; ".join(v.wins))
    if v.feedback:
        lines.append("Session feedback: " + " -> ".join(f"{m:.1f}" for m in v.feedback))
    if v.signals:
        lines += ["", "Is coaching working as you wish? Onward sees:"]
        lines += [f"  - {s.message}" for s in v.signals]
        lines.append("Your next session will start with a look at the approach.")
        if v.coach_told:
            lines.append(v.coach_told)
    return "\n".join(lines) + "\n"
