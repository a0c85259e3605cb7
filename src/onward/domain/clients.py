"""The client's profile: who they are, where they live (crisis resources depend on it)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from onward.domain.common import new_id, optional_text, required_text, utcnow
from onward.domain.errors import InvalidInput

# What a client may consent to share with their human coach.
SHAREABLE = ("goals", "actions", "checkins", "wins", "progress", "session_summaries")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass
class Client:
    name: str
    country: str  # ISO 3166 alpha-2, upper case
    timezone: str
    language: str = "en"
    email: str | None = None
    coach_name: str | None = None
    coach_email: str | None = None
    shares_with_coach: tuple[str, ...] = ()
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)

    def __post_init__(self) -> None:
        self.name = required_text(self.name, "name", 120)
        self.country = validate_country_code(self.country)
        self.timezone = validate_timezone(self.timezone)
        self.language = required_text(self.language, "language", 10).lower()
        self.email = validate_email(self.email)
        self.coach_name = optional_text(self.coach_name, "coach name", 120)
        self.coach_email = validate_email(self.coach_email)
        unknown = set(self.shares_with_coach) - set(SHAREABLE)
        if unknown:
            raise InvalidInput(
                f"cannot share {', '.join(sorted(unknown))}; choose from {', '.join(SHAREABLE)}"
            )
        self.shares_with_coach = tuple(s for s in SHAREABLE if s in self.shares_with_coach)


def validate_country_code(code: str) -> str:
    code = (code or "").strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", code):
        raise InvalidInput(f"country must be a two-letter ISO code such as GB or US, not {code!r}")
    return code


def validate_timezone(name: str) -> str:
    name = (name or "").strip()
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InvalidInput(f"unknown time zone {name!r}; use a name like Europe/London") from exc
    return name


def validate_email(value: str | None) -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    if not _EMAIL.match(text):
        raise InvalidInput(f"{text!r} does not look like an email address")
    return text
