"""Pure planning of reminders: what is due for a client now, given their cadence,
nudge budget, quiet hours and time zone, and the words of each message.

Nothing here touches the database or the network; the delivery service feeds it
records and a time, and puts what it returns on the deliveries queue.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from onward.domain.actions import Action
from onward.domain.cadence import (
    ReminderPrefs,
    StallSignal,
    in_digest,
    in_quiet_hours,
    is_digest_day,
    local_instant,
    nudges_left,
    period_key,
    week_key,
)


@dataclass(frozen=True)
class DueItem:
    number: int
    text: str
    due: date
    goal: str | None = None

    def overdue_days(self, today: date) -> int:
        return max((today - self.due).days, 0)


@dataclass(frozen=True)
class Planned:
    kind: str
    period_key: str
    subject: str
    body: str


def due_items(
    actions: Iterable[Action], today: date, goal_titles: Mapping[str, str],
    horizon_days: int = 0,
) -> list[DueItem]:
    """Open actions due by today + horizon, most overdue first."""
    items = [
        DueItem(a.number, a.text, a.due, goal_titles.get(a.goal_id or ""))
        for a in actions
        if a.status == "open" and a.due is not None
        and a.due <= today + timedelta(days=horizon_days)
    ]
    return sorted(items, key=lambda i: (i.due, i.number))


def send_window_open(now: datetime, tz: str, prefs: ReminderPrefs) -> bool:
    """From the chosen send time until quiet hours begin, local time, that day.

    A worker that was down through the window skips that day's message rather
    than send it at night: the next one carries everything still open."""
    local = now.astimezone(ZoneInfo(tz))
    if now < local_instant(local.date(), prefs.send_at, tz):
        return False
    return not in_quiet_hours(local.time().replace(tzinfo=None), prefs.quiet_start,
                              prefs.quiet_end)


def plan_digest(
    name: str, tz: str, prefs: ReminderPrefs, actions: Sequence[Action],
    goal_titles: Mapping[str, str], now: datetime, planned_local_days: Iterable[date],
) -> Planned | None:
    """Today's one reminder (daily or weekly digest), or None."""
    today = now.astimezone(ZoneInfo(tz)).date()
    if not prefs.email or not is_digest_day(today, prefs):
        return None
    if not send_window_open(now, tz, prefs):
        return None
    chosen = [
        a for a in actions
        if a.status == "open" and a.due is not None
        and in_digest(prefs.cadence_for(a.goal_id), a.due, today, prefs)
    ]
    if not chosen:
        return None
    if nudges_left(planned_local_days, today, prefs.nudge_budget) == 0:
        return None
    items = due_items(chosen, today + timedelta(days=6), goal_titles)
    weekly = any(i.due > today for i in items)  # a look ahead, not just today's list
    subject = (f"Onward: your week ahead ({_count(len(items))})" if weekly
               else f"Onward: {_count(len(items))} to check in on")
    return Planned("digest", period_key(today, prefs.digest), subject,
                   digest_body(name, items, today))


def _count(n: int) -> str:
    return f"{n} action" + ("" if n == 1 else "s")


def digest_body(name: str, items: Sequence[DueItem], today: date) -> str:
    overdue = [i for i in items if i.due < today]
    now_due = [i for i in items if i.due == today]
    coming = [i for i in items if i.due > today]
    lines = [f"Hello {name},", ""]
    for title, group in (("Overdue", overdue), ("Due today", now_due), ("Coming up", coming)):
        if group:
            lines.append(f"{title}:")
            lines.extend(f"  {describe(i, today)}" for i in group)
            lines.append("")
    lines += [
        "Check in when you have a minute: done, partly or not, what got in the way,",
        "and a win if you have one:  onward checkin",
        "",
        "You set how often you hear from Onward:  onward cadence",
    ]
    return "\n".join(lines) + "\n"


def describe(item: DueItem, today: date) -> str:
    goal = f" [{item.goal}]" if item.goal else ""
    late = item.overdue_days(today)
    when = (f"due {item.due}, {late} day{'s' if late != 1 else ''} ago" if late
            else f"due {item.due:%a %d %b}")
    return f"{item.number}. {item.text}{goal} ({when})"


def stall_body(name: str, signals: Sequence[StallSignal], coach_told: str) -> str:
    lines = [
        f"Hello {name},",
        "",
        "You asked to be told when coaching is not working as you wish, so we can both",
        "take steps. Here is what Onward sees:",
        "",
        *[f"  - {s.message}" for s in signals],
        "",
        "Your next session will start with a look at the approach: what is working,",
        "what is not, and what you would like to change (goals, pace, cadence, or the",
        "way we work together).",
    ]
    if coach_told:
        lines += ["", coach_told]
    return "\n".join(lines) + "\n"


def coach_alert_body(client_name: str, signals: Sequence[StallSignal], today: date) -> str:
    reasons = "\n".join(f"  - {s.message}" for s in signals)
    return (
        f"{client_name} shares progress with you. As of {today}, Onward sees signs that\n"
        f"coaching may not be working as they wish:\n\n{reasons}\n\n"
        "Their next Onward session opens with a review of the approach. You may want to\n"
        "check in with them too.\n"
    )


def stall_key(today: date) -> str:
    return week_key(today)
