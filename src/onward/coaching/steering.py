"""The client steers: change topic, skip a question, or stop. Checked before anything else.

The client sets the agenda (ICF 5.3), so these win over whatever stage the session is in.
Patterns are deliberately narrow: "next week I'll..." must not read as "next".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CHANGE_TOPIC = "change_topic"
SKIP = "skip"
STOP = "stop"


@dataclass(frozen=True)
class Steer:
    kind: str  # CHANGE_TOPIC | SKIP | STOP
    topic: str | None = None  # for CHANGE_TOPIC, the client's words for the new topic


_TOPIC = re.compile(
    r"\b(?:can|could|may)\s+we\s+(?:talk|focus|work)\s+(?:about|on)\s+(?P<a>.+?)\s+instead\b"
    r"|\b(?:can|could|may)\s+we\s+(?:talk|focus|work)\s+(?:about|on)\s+something\s+else\b"
    r"|\bi'?d\s+(?:rather|prefer\s+to)\s+(?:talk|focus|work)\s+(?:about|on)\s+(?P<b>.+)"
    r"|\b(?:actually|instead),?\s+i\s+(?:want|would\s+like|'d\s+like)\s+to\s+"
    r"(?:talk|focus|work)\s+(?:about|on)\s+(?P<c>.+)"
    r"|\blet'?s\s+(?:talk|focus|work)\s+(?:about|on)\s+(?P<d>.+?)\s+instead\b"
    r"|\bchange\s+(?:the\s+)?(?:topic|subject)\b(?:\s+to\s+(?P<e>.+))?",
    re.IGNORECASE,
)
_SKIP = re.compile(
    r"^\s*(?:(?:can|could)\s+we\s+)?(?:skip(?:\s+(?:that|this|it))?|next(?:\s+question)?|"
    r"pass|move\s+on|let'?s\s+move\s+on|next\s+one)\s*(?:please)?\s*[.!]*\s*$"
    r"|\b(?:skip\s+(?:that|this)(?:\s+one|\s+question)?|let'?s\s+move\s+on|"
    r"can\s+we\s+move\s+on|rather\s+not\s+answer\s+that)\b",
    re.IGNORECASE,
)
_END = r"\s*(?:[.,!;-]|$)"  # the phrase ends there: "I have to go." not "I have to go to..."
_STOP = re.compile(
    r"\b(?:let'?s|can\s+we|could\s+we|i\s+(?:want|need|'d\s+like)\s+to)\s+"
    r"(?:stop|end|finish|wrap\s+(?:it\s+)?up)"
    r"(?:\s+(?:here|now|there|for\s+(?:today|now)|(?:the|this)\s+session))?"
    + _END
    + r"|\bi\s+(?:have|need|'ve\s+got|got|must|should)\s+(?:to\s+)?(?:go|run|leave|dash)"
    r"(?:\s+(?:now|soon|in\s+a\s+(?:minute|sec)))?"
    + _END
    + r"|\bthat'?s\s+(?:enough|all)\s+for\s+(?:today|now)\b|\bout\s+of\s+time\b"
    r"|(?:^\s*|\bi'?m\s+)(?:ready|happy|good)\s+to\s+(?:stop|finish|end|wrap\s+(?:it\s+)?up)"
    r"(?:\s+(?:here|now|there|for\s+(?:today|now)))?" + _END,
    re.IGNORECASE,
)


def detect_steer(text: str) -> Steer | None:
    """What the client asked for about the session itself, if anything."""
    if _STOP.search(text):
        return Steer(STOP)
    match = _TOPIC.search(text)
    if match:
        topic = next((g for g in match.groups() if g), None)
        return Steer(CHANGE_TOPIC, _clean_topic(topic) if topic else None)
    if _SKIP.search(text):
        return Steer(SKIP)
    return None


def _clean_topic(topic: str) -> str | None:
    topic = re.split(r"[.?!;]", topic, maxsplit=1)[0]
    topic = re.sub(r"\s+instead$", "", topic.strip(), flags=re.IGNORECASE)
    topic = re.sub(r"^(?:the\s+topic\s+of\s+)", "", topic, flags=re.IGNORECASE)
    return topic.strip(" ,") or None
