"""Coaching sessions, their turns and the client's feedback on them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from onward.domain.common import new_id, score_in_range, utcnow
from onward.domain.errors import InvalidInput

SESSION_STATUSES = ("open", "completed", "ended_early", "crisis")

# Our own items (ORS/SRS need a licence for electronic use; COACHING.md section 3).
FEEDBACK_ITEMS: dict[str, str] = {
    "heard": "How well did you feel heard today?",
    "focus": "How much did we work on what you wanted to work on?",
    "approach": "How well does this way of working fit you?",
    "overall": "Overall, how was this session for you?",
}


@dataclass
class CoachingSession:
    client_id: str
    started_at: datetime = field(default_factory=utcnow)
    ended_at: datetime | None = None
    status: str = "open"
    state: dict[str, Any] = field(default_factory=dict)  # the policy's state, as JSON
    summary: str | None = None
    id: str = field(default_factory=new_id)
    number: int = 0

    def __post_init__(self) -> None:
        if self.status not in SESSION_STATUSES:
            raise InvalidInput(f"session status must be one of {', '.join(SESSION_STATUSES)}")


@dataclass
class SessionTurn:
    session_id: str
    index: int
    role: str  # client | coach
    text: str
    stage: str | None = None
    move: str | None = None
    level: str | None = None
    at: datetime = field(default_factory=utcnow)

    def __post_init__(self) -> None:
        if self.role not in ("client", "coach"):
            raise InvalidInput("a turn is said by the client or the coach")


@dataclass
class SessionFeedback:
    session_id: str
    scores: dict[str, int]
    given_at: datetime = field(default_factory=utcnow)

    def __post_init__(self) -> None:
        unknown = set(self.scores) - set(FEEDBACK_ITEMS)
        if unknown:
            raise InvalidInput(f"unknown feedback items: {', '.join(sorted(unknown))}")
        for item, value in self.scores.items():
            score_in_range(value, 0, 10, FEEDBACK_ITEMS[item].rstrip("?"))

    @property
    def mean(self) -> float:
        return sum(self.scores.values()) / len(self.scores) if self.scores else 0.0
