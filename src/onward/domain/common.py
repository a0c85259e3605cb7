"""Small helpers shared by the records: ids, clocks, text checks."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from onward.domain.errors import InvalidInput


def new_id() -> str:
    return uuid.uuid4().hex


def utcnow() -> datetime:
    return datetime.now(UTC)


def required_text(value: str | None, what: str, max_len: int = 2000) -> str:
    text = (value or "").strip()
    if not text:
        raise InvalidInput(f"{what} cannot be empty")
    if len(text) > max_len:
        raise InvalidInput(f"{what} is too long ({len(text)} characters, at most {max_len})")
    return text


def optional_text(value: str | None, what: str, max_len: int = 2000) -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    return required_text(text, what, max_len)


def score_in_range(value: int, low: int, high: int, what: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise InvalidInput(f"{what} must be a whole number from {low} to {high}, not {value!r}")
    return value
