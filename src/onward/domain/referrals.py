"""Referrals: the record kept whenever the guard says refer or crisis."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from onward.domain.common import new_id, utcnow
from onward.domain.errors import InvalidInput

REFERRAL_LEVELS = ("refer", "crisis")
REFERRAL_SOURCES = ("session", "checkin", "win", "saboteur", "intake", "note")


@dataclass
class Referral:
    client_id: str
    level: str
    categories: tuple[str, ...]
    evidence: list[dict[str, object]]
    resources_shown: list[str]
    source: str
    source_id: str | None = None
    outcome: str | None = None  # e.g. "emergency", "paused", "resolved_false_alarm"
    created_at: datetime = field(default_factory=utcnow)
    id: str = field(default_factory=new_id)
    number: int = 0

    def __post_init__(self) -> None:
        if self.level not in REFERRAL_LEVELS:
            raise InvalidInput(f"referral level must be refer or crisis, not {self.level!r}")
        if self.source not in REFERRAL_SOURCES:
            raise InvalidInput(f"unknown referral source {self.source!r}")
