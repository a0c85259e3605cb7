"""A reply that answers a different question: keep it where it belongs.

Clients rarely answer in the coach's order. "Maybe a 4" while the coach asks what is
happening now is their confidence; "I could ask Sam" while asked what they have tried
is an option. Storing such a reply under the need it plainly answers keeps every
summary honest, and the question just asked is simply asked again, now following what
the client said. Only clear signals move a reply; anything else stays a miss.
"""

from __future__ import annotations

from datetime import date

from onward.coaching import needs, signals
from onward.coaching.moves import Stage
from onward.coaching.state import SessionState

_EARLY = (Stage.GOAL, Stage.REALITY)


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
