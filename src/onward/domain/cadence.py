"""Accountability rules: check-in cadence, nudge budget, quiet hours and the stall signal.

Pure functions over dates and times; the services feed them records and a clock.
Local wall-clock times are turned into instants with zoneinfo, so a 09:00 reminder
stays at 09:00 for the client across a daylight-saving change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from onward.domain.actions import next_occurrence
from onward.domain.errors import InvalidInput

CADENCES = ("daily", "due_dates", "weekly")
DIGESTS = ("daily", "weekly")
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

GAS_TOLERANCE = 0.5  # half a GAS level: GAS levels are whole numbers, expectations are not
STALL_WEEKS = 3  # "three weekly reviews in a row"
MISSED_CHECKINS = 3  # "check-ins are missed repeatedly"


@dataclass
class ReminderPrefs:
    """How and when a client wants to be held to account; changeable any time."""

    client_id: str
    cadence: str = "due_dates"
    goal_cadences: dict[str, str] = field(default_factory=dict)  # goal id -> cadence
    nudge_budget: int = 3  # reminder messages per week (Monday to Sunday, local time)
    quiet_start: time = time(21, 0)
    quiet_end: time = time(8, 0)
    send_at: time = time(9, 0)
    digest: str = "daily"
    weekly_day: int = 0  # Monday: the weekly review and the weekly digest
    email: bool = True

    def __post_init__(self) -> None:
        self.cadence = validate_cadence(self.cadence)
        self.goal_cadences = {k: validate_cadence(v) for k, v in self.goal_cadences.items()}
        if not isinstance(self.nudge_budget, int) or not 0 <= self.nudge_budget <= 50:
            raise InvalidInput(f"nudge budget must be 0 to 50 a week, not {self.nudge_budget!r}")
        if self.digest not in DIGESTS:
            raise InvalidInput(f"digest must be one of {', '.join(DIGESTS)}, not {self.digest!r}")
        if not 0 <= self.weekly_day <= 6:
            raise InvalidInput("the weekly day must be mon..sun")
        if in_quiet_hours(self.send_at, self.quiet_start, self.quiet_end):
            raise InvalidInput(
                f"reminders at {self.send_at:%H:%M} would fall in your quiet hours "
                f"({self.quiet_start:%H:%M}-{self.quiet_end:%H:%M}); pick another time"
            )

    def cadence_for(self, goal_id: str | None) -> str:
        return self.goal_cadences.get(goal_id or "", self.cadence)


def validate_cadence(value: str) -> str:
    text = (value or "").strip().lower().replace("-", "_").replace(" ", "_")
    if text in ("due", "due_date", "on_due_dates"):
        text = "due_dates"
    if text not in CADENCES:
        raise InvalidInput(f"cadence must be daily, due_dates or weekly, not {value!r}")
    return text


def parse_clock(text: str, what: str = "time") -> time:
    match = re.fullmatch(r"\s*(\d{1,2})(?::(\d{2}))?\s*", text or "")
    if not match or int(match[1]) > 23 or int(match[2] or 0) > 59:
        raise InvalidInput(f"{what} must look like 09:00 or 21:30, not {text!r}")
    return time(int(match[1]), int(match[2] or 0))


def parse_quiet_hours(text: str) -> tuple[time, time]:
    """'21:00-08:00' -> (21:00, 08:00); 'off' -> no quiet hours (start == end)."""
    if (text or "").strip().lower() in ("off", "none", ""):
        return time(0, 0), time(0, 0)
    start, sep, end = text.partition("-")
    if not sep:
        raise InvalidInput(f"quiet hours look like 21:00-08:00, not {text!r}")
    return parse_clock(start, "quiet hours start"), parse_clock(end, "quiet hours end")


def parse_day(text: str) -> int:
    key = (text or "").strip().lower()[:3]
    if key not in DAY_NAMES:
        raise InvalidInput(f"day must be one of {', '.join(DAY_NAMES)}, not {text!r}")
    return DAY_NAMES.index(key)


def in_quiet_hours(at: time, start: time, end: time) -> bool:
    """Quiet hours may wrap past midnight; start == end means none."""
    if start == end:
        return False
    if start < end:
        return start <= at < end
    return at >= start or at < end


def local_instant(day: date, at: time, tz: str) -> datetime:
    """The UTC instant of a local wall-clock time. In a spring-forward gap the time
    moves forward by the gap (fold=0); in a fall-back overlap the first one is used."""
    return datetime.combine(day, at, tzinfo=ZoneInfo(tz)).astimezone(UTC)


def next_allowed(instant: datetime, tz: str, start: time, end: time) -> datetime:
    """`instant`, or the end of the quiet hours it falls in (UTC)."""
    local = instant.astimezone(ZoneInfo(tz))
    if not in_quiet_hours(local.time().replace(tzinfo=None), start, end):
        return instant
    day = local.date()
    if start > end and local.time().replace(tzinfo=None) >= start:
        day += timedelta(days=1)  # the quiet hours run on past midnight
    return local_instant(day, end, tz)


def week_key(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def period_key(day: date, digest: str) -> str:
    return week_key(day) if digest == "weekly" else day.isoformat()


def nudges_left(sent_local_days: Iterable[date], today: date, budget: int) -> int:
    """The budget is per calendar week (Monday to Sunday) in the client's time zone."""
    this_week = week_start(today)
    used = sum(1 for d in sent_local_days if week_start(d) == this_week)
    return max(budget - used, 0)


def is_digest_day(today: date, prefs: ReminderPrefs) -> bool:
    return prefs.digest == "daily" or today.weekday() == prefs.weekly_day


def in_digest(cadence: str, due: date, today: date, prefs: ReminderPrefs) -> bool:
    """Whether an open action with this due date belongs in today's reminder."""
    if prefs.digest == "weekly" or cadence == "weekly":
        # One look a week: what is overdue or falls due before next week's look.
        return today.weekday() == prefs.weekly_day and due <= today + timedelta(days=6)
    if cadence == "daily":
        return due <= today
    # due_dates: on the day itself; overdue items again on the weekly day, not daily.
    return due == today or (due < today and today.weekday() == prefs.weekly_day)


# --- the stall signal -------------------------------------------------------------------

@dataclass(frozen=True)
class StallSignal:
    reason: str  # gas_behind | feedback_falling | checkins_missed
    message: str  # plain words for the client


def behind(level: int | None, expected: float | None, tolerance: float = GAS_TOLERANCE) -> bool:
    if level is None or expected is None:
        return False
    return expected - level > tolerance


def review_dates(today: date, weekly_day: int, weeks: int = STALL_WEEKS) -> list[date]:
    """The last `weeks` weekly review days on or before today, oldest first."""
    last = today - timedelta(days=(today.weekday() - weekly_day) % 7)
    return [last - timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]


def gas_stalled(behind_flags: Sequence[bool], weeks: int = STALL_WEEKS) -> bool:
    return len(behind_flags) >= weeks and all(behind_flags[-weeks:])


def feedback_falling(means: Sequence[float]) -> bool:
    """Two falls in a row adding up to a point or more, or one fall of three points."""
    if len(means) >= 3:
        a, b, c = means[-3:]
        if a > b > c and a - c >= 1:
            return True
    return len(means) >= 2 and means[-2] - means[-1] >= 3


def unanswered_occurrences(
    due: date, recurrence: str | None, today: date, cap: int = 60
) -> list[date]:
    """Dates before today on which this open action fell due and was not answered."""
    dates: list[date] = []
    current = due
    while current < today and len(dates) < cap:
        dates.append(current)
        if not recurrence:
            break
        current = next_occurrence(current, recurrence, after=current)
    return dates


def missed_checkins(
    cadence: str,
    unanswered: Iterable[date],
    last_checkin: date | None,
    today: date,
    weekly_day: int,
) -> int:
    """Check-ins asked for (by the cadence) and not made, since the last one."""
    dates = sorted(d for d in unanswered if last_checkin is None or d > last_checkin)
    if not dates:
        return 0
    if cadence == "daily":
        return (today - dates[0]).days  # every day since something fell due
    if cadence == "weekly":
        return len(review_days_between(dates[0], today, weekly_day))  # asked once a week
    return len(set(dates))


def review_days_between(start: date, end: date, weekly_day: int) -> list[date]:
    """Weekly review days from `start` (inclusive) to `end` (exclusive)."""
    day = start + timedelta(days=(weekly_day - start.weekday()) % 7)
    days = []
    while day < end:
        days.append(day)
        day += timedelta(weeks=1)
    return days
