"""Progress over time: the series behind `onward progress --chart` and the weekly review.

GAS T-score per goal and overall, weekly action completion, streaks, wins per week,
wheel-of-life average and session feedback, each a list of dated points.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from onward.domain.actions import Action
from onward.domain.cadence import week_start
from onward.domain.goals import Goal, gas_t_score
from onward.domain.reflections import Win
from onward.domain.wheel import WheelSnapshot
from onward.services.context import ServiceContext, load_client

Point = tuple[date, float]


@dataclass(frozen=True)
class Series:
    key: str  # stable id, used as the SVG group id
    label: str
    points: list[Point] = field(default_factory=list)


@dataclass(frozen=True)
class ProgressHistory:
    gas: list[Series]  # one per goal, then "gas-overall"
    completion: Series  # share of answered actions done per week (partly counts half)
    feedback: Series  # mean session feedback (0-10) per session
    wins: Series  # wins per week
    wheel: Series  # average wheel-of-life satisfaction per sitting
    streak_weeks: int  # weeks in a row with at least one action done, up to now
    best_streak_weeks: int


def level_on(goal: Goal, day: date) -> int | None:
    """The goal's GAS level as it stood at the end of `day`."""
    level = goal.baseline
    for s in goal.scores:
        if s.scored_on <= day:
            level = s.level
    return level


def gas_series(goals: Sequence[Goal], started: Mapping[str, date]) -> list[Series]:
    series: list[Series] = []
    days: set[date] = set()
    for g in goals:
        points: list[Point] = []
        dates = sorted({started[g.id]} | {s.scored_on for s in g.scores})
        for d in dates:
            level = level_on(g, d)
            t = None if level is None else gas_t_score([(g.weight, level)])
            if t is not None:
                points.append((d, round(t, 2)))
        days.update(d for d, _ in points)
        series.append(Series(f"gas-goal-{g.number}", f"{g.number}. {g.title}", points))
    overall: list[Point] = []
    for d in sorted(days):
        pairs = [
            (g.weight, lv) for g in goals
            if started[g.id] <= d and (lv := level_on(g, d)) is not None
        ]
        t = gas_t_score(pairs)
        if t is not None:
            overall.append((d, round(t, 2)))
    series.append(Series("gas-overall", "overall", overall))
    return series


def weekly_outcomes(actions: Iterable[Action], tz: str) -> dict[date, Counter[str]]:
    zone = ZoneInfo(tz)
    weeks: dict[date, Counter[str]] = {}
    for a in actions:
        for e in a.history:
            if e.what in ("done", "partly", "not"):
                week = week_start(e.at.astimezone(zone).date())
                weeks.setdefault(week, Counter())[e.what] += 1
    return dict(sorted(weeks.items()))


def completion(counts: Counter[str]) -> float | None:
    answered = counts["done"] + counts["partly"] + counts["not"]
    return None if not answered else (counts["done"] + 0.5 * counts["partly"]) / answered


def streaks(weeks_with_done: Iterable[date], today: date) -> tuple[int, int]:
    """(current, best) runs of consecutive weeks with something done. This week
    counts once it has a done; until then the streak runs to last week."""
    weeks = set(weeks_with_done)
    best = run = 0
    if weeks:
        day, last = min(weeks), week_start(today)
        while day <= last:
            run = run + 1 if day in weeks else 0
            best = max(best, run)
            day += timedelta(weeks=1)
    current, day = 0, week_start(today)
    if day not in weeks:
        day -= timedelta(weeks=1)
    while day in weeks:
        current += 1
        day -= timedelta(weeks=1)
    return current, best


def wins_per_week(wins: Iterable[Win]) -> list[Point]:
    counts = Counter(week_start(w.happened_on) for w in wins)
    return [(d, float(n)) for d, n in sorted(counts.items())]


def wheel_average(snapshots: Iterable[WheelSnapshot], tz: str) -> list[Point]:
    zone = ZoneInfo(tz)
    return [
        (s.taken_at.astimezone(zone).date(),
         round(sum(r.satisfaction for r in s.ratings) / len(s.ratings), 2))
        for s in snapshots
    ]


class HistoryService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def history(self, client_id: str) -> ProgressHistory:
        with self.ctx.db.transaction() as r:
            client = load_client(r, client_id)
            goals = [g for g in r.goals.all(client_id) if g.status != "dropped"]
            started = {g.id: r.goals.created_on(g.id) for g in goals}
            actions = r.actions.all(client_id)
            wins = r.wins.all(client_id)
            snaps = r.values.snapshots(client_id)
            feedback = [
                fb for s in r.sessions.all(client_id)
                if (fb := r.sessions.feedback(s.id)) is not None
            ]
        tz = client.timezone
        today = self.ctx.today_for(client)
        weeks = weekly_outcomes(actions, tz)
        rates = [(w, rate) for w, c in weeks.items() if (rate := completion(c)) is not None]
        current, best = streaks((w for w, c in weeks.items() if c["done"]), today)
        return ProgressHistory(
            gas=gas_series(goals, started),
            completion=Series("completion", "actions done", [(w, round(x, 3)) for w, x in rates]),
            feedback=Series("feedback", "session feedback", [
                (_local(fb.given_at, tz), round(fb.mean, 2))
                for fb in sorted(feedback, key=lambda f: f.given_at)
            ]),
            wins=Series("wins", "wins", wins_per_week(wins)),
            wheel=Series("wheel", "wheel of life (average)", wheel_average(snaps, tz)),
            streak_weeks=current,
            best_streak_weeks=best,
        )


def _local(at: datetime, tz: str) -> date:
    return at.astimezone(ZoneInfo(tz)).date()
