"""Actions: the client's own homework, with due dates, recurrence and a history."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from onward.domain.common import new_id, optional_text, required_text, utcnow
from onward.domain.errors import InvalidInput, InvalidTransition

ACTION_STATUSES = ("open", "done", "dropped")
RECURRENCES = ("daily", "weekdays", "weekly", "fortnightly", "monthly")


@dataclass
class ActionEvent:
    at: datetime
    what: str  # "created", "edited", "moved", "done", "partly", "not", "reopened", "dropped"
    detail: str | None = None


@dataclass
class Action:
    client_id: str
    text: str
    goal_id: str | None = None
    due: date | None = None
    recurrence: str | None = None
    status: str = "open"
    history: list[ActionEvent] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    number: int = 0
    created_at: datetime = field(default_factory=utcnow)

    def __post_init__(self) -> None:
        self.text = required_text(self.text, "action", 500)
        self.recurrence = validate_recurrence(self.recurrence)
        if self.recurrence and self.due is None:
            raise InvalidInput("a recurring action needs a first due date")
        if self.status not in ACTION_STATUSES:
            raise InvalidInput(f"action status must be one of {', '.join(ACTION_STATUSES)}")
        if not self.history:
            self.history.append(ActionEvent(self.created_at, "created"))

    def edit(self, text: str, now: datetime) -> None:
        self.text = required_text(text, "action", 500)
        self.history.append(ActionEvent(now, "edited", self.text))

    def move(self, due: date, now: datetime) -> None:
        old = self.due
        self.due = due
        self.history.append(ActionEvent(now, "moved", f"{old} -> {due}"))

    def record_outcome(self, outcome: str, now: datetime, on: date) -> None:
        """done / partly / not. A recurring action rolls on to its next occurrence."""
        if outcome not in ("done", "partly", "not"):
            raise InvalidInput("outcome must be done, partly or not")
        if self.status != "open":
            raise InvalidTransition(f"action {self.number} is already {self.status}")
        self.history.append(ActionEvent(now, outcome, str(self.due) if self.due else None))
        if self.recurrence and self.due is not None:
            self.due = next_occurrence(self.due, self.recurrence, after=on)
        elif outcome == "done":
            self.status = "done"

    def reopen(self, now: datetime) -> None:
        self.status = "open"
        self.history.append(ActionEvent(now, "reopened"))

    def is_due(self, on: date) -> bool:
        return self.status == "open" and self.due is not None and self.due <= on


def validate_recurrence(value: str | None) -> str | None:
    text = (value or "").strip().lower()
    if not text:
        return None
    if text not in RECURRENCES:
        raise InvalidInput(f"recurrence must be one of {', '.join(RECURRENCES)}, not {text!r}")
    return text


def next_occurrence(due: date, recurrence: str, after: date) -> date:
    """The first occurrence strictly after both `due` and `after`."""
    step = {
        "daily": timedelta(days=1),
        "weekly": timedelta(weeks=1),
        "fortnightly": timedelta(weeks=2),
    }
    nxt = due
    while nxt <= max(due, after):
        if recurrence in step:
            nxt += step[recurrence]
        elif recurrence == "weekdays":
            nxt += timedelta(days=1)
            while nxt.weekday() >= 5:
                nxt += timedelta(days=1)
        else:  # monthly: same day next month, clamped to the month's end
            month = nxt.month % 12 + 1
            year = nxt.year + (nxt.month == 12)
            day = min(nxt.day, _days_in_month(year, month))
            nxt = date(year, month, day)
    return nxt


def _days_in_month(year: int, month: int) -> int:
    first_next = date(year + (month == 12), month % 12 + 1, 1)
    return (first_next - timedelta(days=1)).day


@dataclass
class CheckInItem:
    action_id: str
    outcome: str  # done | partly | not
    obstacle: str | None = None

    def __post_init__(self) -> None:
        if self.outcome not in ("done", "partly", "not"):
            raise InvalidInput("outcome must be done, partly or not")
        self.obstacle = optional_text(self.obstacle, "what got in the way")


@dataclass
class CheckIn:
    client_id: str
    items: list[CheckInItem]
    note: str | None = None
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)

    def __post_init__(self) -> None:
        self.note = optional_text(self.note, "note")
