"""A reply that answers a different question: keep it where it belongs.

Clients rarely answer in the coach's order. "Maybe a 4" while the coach asks what is
happening now is their confidence; "I could ask Sam" while asked what they have tried
is an option. Storing such a reply under the need it plainly answers keeps every
summary honest, and the question just asked is simply asked again, now following what
the client said. Only clear signals move a reply; anything else stays a miss.
"""

from __future__ import annotations

import re
from datetime import date

from onward.coaching import needs, signals
from onward.coaching.commitments import parse_commitment
from onward.coaching.moves import Stage
from onward.coaching.state import SessionState

_EARLY = (Stage.GOAL, Stage.REALITY)
AFTER_REFERRAL = "refer.fresh_agenda"
# "Maybe I should talk to my GP": an answer to a referral, not to the last coaching question.
_SEEK_HELP = re.compile(
    r"\b(?:talk(?:ing)?\s+to|speak(?:ing)?\s+to|see|seeing|call(?:ing)?|ring|book(?:ing)?|"
    r"contact(?:ing)?|go(?:ing)?\s+to)\s+(?:my\s+|a\s+|the\s+|an?\s+)?(?:gp|doctor|therapist|"
    r"counsell?or|psychologist|psychiatrist|someone|professional|nhs|talking\s+therap\w+)\b",
    re.IGNORECASE,
)


def after_referral(s: SessionState, text: str) -> bool:
    """The client is answering a referral (the guard routed their last message there): once
    a session, mid-coaching, when they speak of seeking that help."""
    coaching = (*_EARLY, Stage.OPTIONS, Stage.WILL)
    return s.stage in coaching and AFTER_REFERRAL not in s.marks and bool(_SEEK_HELP.search(text))


def fits(s: SessionState, text: str) -> list[str]:
    """The open needs `text` plainly answers, best first, other than the one asked."""
    g, stage = s.gathered, s.stage
    found: list[str] = []
    if signals.is_bare_scale(text):
        if stage in (*_EARLY, Stage.OPTIONS) and g.confidence is None:
            found.append("confidence")
        elif stage is Stage.WILL and g.commitment_scale is None:
            found.append("commitment_scale")
    elif signals.proposes_option(text) and stage in _EARLY:
        found.append("option")
    elif signals.reports_tried(text) and stage in _EARLY and g.tried is None:
        found.append("tried")
    elif signals.reports_now(text) and stage is Stage.GOAL and not g.reality:
        found.append("current")
    elif signals.states_reason(text) and stage is Stage.GOAL and g.why is None:
        found.append("why")
    elif signals.names_support(text) and stage is Stage.WILL and g.support is None:
        found.append("support")
    return [n for n in found if n != s.need]


def reroute(s: SessionState, text: str, today: date) -> str | None:
    """Store `text` under the need it answers (see `fits`); that need's name, or None."""
    asked_stage, asked = s.stage, s.need
    for need in fits(s, text):
        s.need = need
        ok = needs.take(s, text, today)
        s.stage, s.need = asked_stage, asked
        if ok:
            return need
    return None


_WILL = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|so|right|yes),?\s+)?(?:i'?ll|i\s+will|i'?m\s+going\s+to)\b", re.I
)


def capture_action(s: SessionState, text: str, today: date) -> bool:
    """ "I'll email the choir leader by Tuesday", said before the will stage: keep it as
    their action and its date, so will asks only what is still missing (and a client who
    has to leave can still take it with them)."""
    g = s.gathered
    if g.action is not None or s.stage in (Stage.WILL, Stage.CLOSE) or not _WILL.search(text):
        return False
    parsed = parse_commitment(text, today)
    if parsed is None or (parsed.due is None and parsed.recurrence is None):
        return False
    g.action = signals.clip(text)
    g.due = parsed.due.isoformat() if parsed.due else None
    g.recurrence = parsed.recurrence
    return True
