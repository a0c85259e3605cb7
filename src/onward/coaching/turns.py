"""When a reflection alone is the better turn: reflect more than ask (MITI).

A question after every answer turns coaching into an interview. When the client has
just said something rich (a feeling, what matters, both sides of a dilemma, a long
turn) and nothing urgent is waiting, a coach gives the words back and lets the client
go on; the question waits a turn. At most two reflections in a row, never where the
client is waiting for something closed (a date, a number, a read-back).
"""

from __future__ import annotations

import re

from onward.coaching import signals
from onward.coaching.moves import Stage
from onward.coaching.reflection import MAX_ALONE_WORDS, reflect
from onward.coaching.state import SessionState

# Needs whose question can wait a turn: the client is not waiting for them. A scaling
# question may wait too: what they just said about their situation or support comes first.
_MAY_WAIT = frozenset({
    "measure", "why", "current", "tried", "option", "more_options", "obstacle", "support",
    "accountability", "in_the_way", "session_goal", "action", "confidence",
    "commitment_scale",
})  # fmt: skip
_STAGES = (Stage.CHECKIN, Stage.GOAL, Stage.REALITY, Stage.OPTIONS, Stage.WILL)
_RICH = re.compile(
    r"\b(?:feel\w*|felt|afraid|scared|worr\w+|hate|love|frustrat\w+|tired|restless|stuck|"
    r"dread\w*|guilty|shy|nervous|anxious|proud|embarrass\w*|lonely|miss\w*|upset\w*|"
    r"matters?|important|care|values?|myself|kids|family|but|part of me|although|though|"
    r"keep\s+\w+ing|always|never)\b",
    re.IGNORECASE,
)
MAX_REFLECTIONS_IN_ROW = 2  # then a question: the client should not wonder where we are going
RICH_WORDS = 12  # a long turn is rich in itself: there is more in it than one question takes


def is_rich(text: str) -> bool:
    return bool(_RICH.search(text)) or len(signals.words(text)) >= RICH_WORDS


def reflect_only(s: SessionState, need: str, text: str, missed: bool, after: str | None) -> bool:
    """Whether to answer `text` with a reflection and no question this turn."""
    if missed or need not in _MAY_WAIT or s.stage not in _STAGES:
        return False
    if s.reflections_in_row >= MAX_REFLECTIONS_IN_ROW:
        return False
    if after in ("skip", "stop", "referral") or s.attempt(s.stage, need):
        return False
    if signals.is_stuck(text) or signals.is_bare_scale(text):
        return False
    return is_rich(text) and reflect(text, MAX_ALONE_WORDS) is not None
