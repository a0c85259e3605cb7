"""What the guard decides about one message: a level, categories and the evidence.

Names are shared with transcripts and benchmarks (see DESIGN.md); keep them lower case.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Level(str, Enum):
    COACHABLE = "coachable"
    REFER = "refer"
    CRISIS = "crisis"

    @property
    def rank(self) -> int:
        return _RANK[self]

    def raised_to(self, other: Level) -> Level:
        """Levels only ever go up: a later layer may raise, never clear."""
        return other if other.rank > self.rank else self


_RANK = {Level.COACHABLE: 0, Level.REFER: 1, Level.CRISIS: 2}

CRISIS_CATEGORIES = (
    "suicide_self_harm",
    "harm_to_others",
    "abuse_danger",
    "third_party_danger",
    "medical_emergency",
)
REFER_CATEGORIES = (
    "depression",
    "anxiety_panic",
    "trauma",
    "eating_disorder",
    "substance",
    "psychosis_mania",
    "grief",
    "request_diagnosis_treatment",
)
CATEGORIES = CRISIS_CATEGORIES + REFER_CATEGORIES


def level_of_category(category: str) -> Level:
    if category in CRISIS_CATEGORIES:
        return Level.CRISIS
    if category in REFER_CATEGORIES:
        return Level.REFER
    raise ValueError(f"unknown guard category: {category}")


@dataclass(frozen=True)
class Evidence:
    """Why a category was raised: the words, where they were, which layer saw them."""

    category: str
    words: str
    turn: int  # 0 is the message screened; -1 the client's previous message, and so on
    source: str  # "pattern:<name>", "model", "conversation:<signal>"


@dataclass(frozen=True)
class Verdict:
    level: Level
    categories: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 1.0
    model_available: bool = True
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def is_coachable(self) -> bool:
        return self.level is Level.COACHABLE

    @property
    def model_only(self) -> bool:
        """Only the learned model saw a concern: no pattern, no conversation signal."""
        sources = [e.source for e in self.evidence]
        return bool(sources) and all(src.startswith("model") for src in sources)

    def as_dict(self) -> dict[str, object]:
        return {
            "level": self.level.value,
            "categories": list(self.categories),
            "confidence": round(self.confidence, 3),
            "model_available": self.model_available,
            "evidence": [
                {"category": e.category, "words": e.words, "turn": e.turn, "source": e.source}
                for e in self.evidence
            ],
            "notes": list(self.notes),
        }
