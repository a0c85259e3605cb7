"""Session state: everything one coaching session has gathered, in the client's own words.

The service layer persists it after every turn (as JSON), so a session can resume after
a crash; `to_dict`/`from_dict` round-trip exactly. The policy never mutates a state it
was given: it works on a copy (`SessionState.copy`) and returns the new one.
"""

from __future__ import annotations

import copy
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from onward.coaching.moves import Stage

# Pending confirmations: what the last coach turn asked that needs a yes/no-style answer.
PENDING_SUMMARY = "summary_check"
PENDING_COMMITMENT = "commitment_confirm"
PENDING_PERMISSION = "permission"
PENDING_IDEA = "idea_response"
PENDING_SABOTEUR = "saboteur_explore"
PENDING_SABOTEUR_CHOICE = "saboteur_choice"
PENDING_VALUE = "value_link"
PENDING_FIT = "coaching_fit"


@dataclass
class Gathered:
    """What each stage has collected; every text is the client's own words."""

    topic: str | None = None
    session_goal: str | None = None
    measure: str | None = None
    why: str | None = None
    reality: list[str] = field(default_factory=list)
    tried: str | None = None
    confidence: int | None = None
    options: list[str] = field(default_factory=list)
    action: str | None = None
    due: str | None = None  # ISO date
    recurrence: str | None = None
    obstacles: list[str] = field(default_factory=list)
    support: str | None = None
    commitment_scale: int | None = None
    raise_note: str | None = None
    accountability: str | None = None
    learning: str | None = None
    finish: str | None = None
    coaching_fit: str | None = None
    corrections: list[str] = field(default_factory=list)  # what they fixed in a summary
    value_notes: list[str] = field(default_factory=list)
    saboteur_notes: list[str] = field(default_factory=list)


@dataclass
class CommitmentDraft:
    text: str
    due: str | None = None  # ISO date
    recurrence: str | None = None
    goal: str | None = None
    confirmed: bool = False


@dataclass
class CheckinNote:
    """How a commitment due from an earlier session went, as the client told it."""

    text: str
    source: str = ""
    status: str | None = None  # "done" | "partly" | "not"
    note: str | None = None


@dataclass
class SaboteurSeen:
    phrase: str
    kind: str
    score: float


@dataclass
class SessionState:
    stage: Stage = Stage.AGENDA
    need: str | None = None  # what the last coach turn asked for
    attempts: dict[str, int] = field(default_factory=dict)  # "stage.need" -> misses
    asked: list[str] = field(default_factory=list)  # question ids, in order, never repeated
    pending: str | None = None  # a confirmation the last coach turn asked for
    last_kind: str | None = None  # the last coach move ("reflection": no question was asked)
    reflections_in_row: int = 0  # reflection-only coach turns just before this one
    pending_facts: dict[str, str] = field(default_factory=dict)
    gathered: Gathered = field(default_factory=Gathered)
    commitments: list[CommitmentDraft] = field(default_factory=list)
    checkin: list[CheckinNote] = field(default_factory=list)
    saboteurs: list[SaboteurSeen] = field(default_factory=list)
    values_linked: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "stage.need" the client chose to skip
    marks: list[str] = field(default_factory=list)  # steps done that hold no text ("goal.summary")
    feedback: dict[str, int] = field(default_factory=dict)
    permission_asked: bool = False
    idea_offered: bool = False
    short_close: bool = False
    started: bool = False
    turns: int = 0  # client turns processed
    ended: bool = False
    summary: str | None = None

    # -- helpers the policy and the service use -------------------------------------

    def copy(self) -> SessionState:
        return copy.deepcopy(self)

    def attempt(self, stage: Stage, need: str | None) -> int:
        return self.attempts.get(f"{stage.value}.{need}", 0)

    def with_question(self, question_id: str | None) -> SessionState:
        """Record the question id a voice used, so no question repeats this session."""
        new = self.copy()
        if question_id and question_id not in new.asked:
            new.asked.append(question_id)
        return new

    @property
    def confirmed_commitments(self) -> list[CommitmentDraft]:
        return [c for c in self.commitments if c.confirmed]

    # -- JSON -------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["stage"] = self.stage.value
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SessionState:
        known = {f.name for f in fields(cls)}
        raw = {k: v for k, v in data.items() if k in known}
        raw["stage"] = Stage(raw.get("stage", Stage.AGENDA.value))
        raw["gathered"] = _build(Gathered, raw.get("gathered", {}))
        raw["commitments"] = [_build(CommitmentDraft, c) for c in raw.get("commitments", [])]
        raw["checkin"] = [_build(CheckinNote, c) for c in raw.get("checkin", [])]
        raw["saboteurs"] = [_build(SaboteurSeen, s) for s in raw.get("saboteurs", [])]
        # Copy containers so the new state shares nothing with the caller's dict.
        for key in ("attempts", "pending_facts", "feedback"):
            if key in raw:
                raw[key] = dict(raw[key])
        for key in ("asked", "values_linked", "skipped", "marks"):
            if key in raw:
                raw[key] = list(raw[key])
        return cls(**raw)


def _build(kind: Any, data: dict[str, Any]) -> Any:
    known = {f.name for f in fields(kind)}
    return kind(**copy.deepcopy({k: v for k, v in data.items() if k in known}))
