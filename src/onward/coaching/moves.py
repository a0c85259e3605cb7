"""Stages and moves: the shared vocabulary of policy, voices, transcripts and benchmarks."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Stage(str, Enum):
    CHECKIN = "checkin"
    AGENDA = "agenda"
    GOAL = "goal"
    REALITY = "reality"
    OPTIONS = "options"
    WILL = "will"
    CLOSE = "close"
    CRISIS = "crisis"
    REFER = "refer"


class MoveKind(str, Enum):
    OPEN_QUESTION = "open_question"
    REFLECTION = "reflection"
    SUMMARY = "summary"
    ACKNOWLEDGEMENT = "acknowledgement"
    ASK_PERMISSION = "ask_permission"
    OFFER_IDEA = "offer_idea"
    OFFER_CHOICE = "offer_choice"
    NAME_SABOTEUR = "name_saboteur"
    LINK_VALUE = "link_value"
    CAPTURE_COMMITMENT = "capture_commitment"
    CONFIRM = "confirm"
    FEEDBACK = "feedback"
    CRISIS_RESPONSE = "crisis_response"
    REFERRAL = "referral"


# Only these count in the coaching metrics (DESIGN.md); the others may ask closed
# questions by design.
COUNTED_MOVES = frozenset(
    {
        MoveKind.OPEN_QUESTION,
        MoveKind.REFLECTION,
        MoveKind.SUMMARY,
        MoveKind.ACKNOWLEDGEMENT,
        MoveKind.NAME_SABOTEUR,
        MoveKind.LINK_VALUE,
        MoveKind.OFFER_CHOICE,
    }
)


@dataclass(frozen=True)
class Move:
    """What the coach does next, chosen by the policy; the voice only words it.

    `need` names what the stage is still missing (e.g. "measure", "why", "obstacle",
    "support", "commitment_scale", "accountability"); `attempt` counts how often the
    policy has already asked for it, so a voice can ask again differently. `facts`
    carries what the words may use (the client's goal, a saboteur phrase, a value).
    """

    stage: Stage
    kind: MoveKind
    need: str | None = None
    attempt: int = 0
    facts: dict[str, str] = field(default_factory=dict)
