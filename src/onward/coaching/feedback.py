"""End-of-session feedback: our own four items, 0-10, one per turn.

The items are written for Onward (the ORS/SRS may not be used electronically without a
licence, see COACHING.md section 3). The thresholds below are ours, chosen so a coach
asks "how is coaching working for you?" early rather than late; they are not clinical
cut-offs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from statistics import mean


@dataclass(frozen=True)
class FeedbackItem:
    id: str
    question: str  # one closed question with a 0-10 scale (feedback moves may), <= 12 words


ITEMS: tuple[FeedbackItem, ...] = (
    FeedbackItem("heard", "From 0 to 10, how heard did you feel today?"),
    FeedbackItem("focus", "From 0 to 10, how far did we work on what you wanted?"),
    FeedbackItem("approach", "From 0 to 10, how well does our way of working fit you?"),
    FeedbackItem("overall", "Overall, from 0 to 10, how was today's session?"),
)
ITEM_IDS = tuple(item.id for item in ITEMS)
SHORT_ITEMS = ("overall",)  # when the client has to go, one item is enough

LOW_MEAN = 6.5  # a session mean below this is low
LOW_ITEM = 4  # any single item at or below this is low
FALL = 1.5  # a drop of this much against the recent average is a fall

_WORD_NUMBERS = {
    "zero": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip


def item(item_id: str) -> FeedbackItem:
    return next(i for i in ITEMS if i.id == item_id)


def parse_score(text: str, low: int = 0, high: int = 10) -> int | None:
    """The first whole number in range in the client's reply ("a solid 8" -> 8)."""
    lowered = text.lower()
    for match in re.finditer(r"\b(\d{1,2})(?:\s*/\s*10|\s*out of\s*10)?\b", lowered):
        value = int(match.group(1))
        if low <= value <= high:
            return value
    for word in re.findall(r"[a-z]+", lowered):
        if word in _WORD_NUMBERS and low <= _WORD_NUMBERS[word] <= high:
            return _WORD_NUMBERS[word]
    return None


def session_mean(scores: Mapping[str, int]) -> float | None:
    values = [v for k, v in scores.items() if k in ITEM_IDS]
    return mean(values) if values else None


def feedback_is_low_or_falling(history: Sequence[Mapping[str, int]]) -> bool:
    """True when the latest session's feedback is low, or falls against recent sessions.

    `history` is oldest first, one mapping of item id -> score per session; sessions
    with no answers are ignored.
    """
    answered = [s for s in history if session_mean(s) is not None]
    if not answered:
        return False
    latest = answered[-1]
    latest_mean = session_mean(latest)
    assert latest_mean is not None
    if latest_mean < LOW_MEAN or any(v <= LOW_ITEM for k, v in latest.items() if k in ITEM_IDS):
        return True
    earlier = [m for s in answered[-4:-1] if (m := session_mean(s)) is not None]
    if earlier and mean(earlier) - latest_mean >= FALL:
        return True
    # Two declines in a row, however small each, is a trend worth asking about.
    if len(answered) >= 3:
        a, b, c = (session_mean(s) for s in answered[-3:])
        assert a is not None and b is not None and c is not None
        if a > b > c and a - c >= 1.0:
            return True
    return False
