"""What the crisis flow carries between turns (JSON-safe) and what one turn returns."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

from onward.guard.crisis_answers import Answer

Outcome = Literal["emergency", "paused", "resolved_false_alarm"]

SELF_SIGNALS = frozenset({"intent", "plan", "means", "behaviour"})
URGENT_SIGNALS = SELF_SIGNALS | {"harm_intent", "third_party_urgent"}


@dataclass(frozen=True)
class CrisisState:
    """Everything the flow needs between turns; to_dict() is JSON-safe."""

    stage: str
    category: str
    categories: tuple[str, ...]
    country: str | None  # as the profile gave it; resources_for normalises
    # (question, "yes" | "no" | "unclear"), asked or already stated, in order; last wins
    answers: tuple[tuple[str, str], ...] = ()
    signals: tuple[str, ...] = ()  # danger signals seen in any message
    minor: bool = False
    outcome: Outcome | None = None
    turns: int = 0
    named: tuple[str, ...] = ()  # people named in the disclosure ("partner"): not company
    followups: int = 0  # replies given after the emergency one (to vary and shorten them)
    # Opened by the learned model alone, on words no pattern reads as risk: a plain
    # everyday "no" to the first question may then end it as a false alarm.
    model_only: bool = False

    @property
    def concern_so_far(self) -> bool:
        """Anything said that a false alarm may not wipe out."""
        if set(self.signals) & URGENT_SIGNALS:
            return True
        reassuring = {"ask_safe_now": Answer.YES.value}
        return any(a != reassuring.get(stage, Answer.NO.value) for stage, a in self.answers)

    def known(self) -> dict[str, str]:
        """The latest answer to each question."""
        return dict(self.answers)

    def unclear_count(self, stage: str) -> int:
        return sum(1 for s, a in self.answers if s == stage and a == Answer.UNCLEAR.value)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["categories"] = list(self.categories)
        data["answers"] = [list(pair) for pair in self.answers]
        data["signals"] = list(self.signals)
        data["named"] = list(self.named)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CrisisState:
        return cls(
            stage=data["stage"],
            category=data["category"],
            categories=tuple(data["categories"]),
            country=data.get("country"),
            answers=tuple((str(s), str(a)) for s, a in data.get("answers", ())),
            signals=tuple(data.get("signals", ())),
            minor=bool(data.get("minor", False)),
            outcome=data.get("outcome"),
            turns=int(data.get("turns", 0)),
            named=tuple(str(n) for n in data.get("named", ())),
            followups=int(data.get("followups", 0)),
            model_only=bool(data.get("model_only", False)),
        )


@dataclass(frozen=True)
class CrisisStep:
    reply: str
    state: CrisisState
    outcome: Outcome | None
    coaching_may_resume: bool
    resources_shown: tuple[str, ...] = ()
    move: str = "crisis_response"
    stage: str = "crisis"
