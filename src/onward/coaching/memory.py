"""What one session hands to the next: commitments due, goals, values, saboteurs, wins.

The service layer builds a `Memory` from the store before a session starts; the policy
only reads it. Every item says where it came from (`source`, e.g. "session 3" or
"goal list") so a coach, human or AI, can point back to it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any


@dataclass(frozen=True)
class DueCommitment:
    text: str
    due: str | None = None  # ISO date
    status: str = "open"  # "open" | "done" | "partly" | "not"
    source: str = ""


@dataclass(frozen=True)
class GoalItem:
    text: str
    source: str = ""


@dataclass(frozen=True)
class ValueItem:
    name: str
    rank: int = 0  # 1 is the client's top value
    source: str = ""


@dataclass(frozen=True)
class SaboteurItem:
    name: str  # the client's own name for it, or our taxonomy kind
    says: str  # what it says, in the client's words
    source: str = ""


@dataclass(frozen=True)
class WinItem:
    text: str  # what the client did, in their words ("sent the email to Sam")
    source: str = ""


@dataclass(frozen=True)
class SummaryItem:
    text: str
    source: str = ""


@dataclass(frozen=True)
class Memory:
    commitments_due: tuple[DueCommitment, ...] = ()
    goals: tuple[GoalItem, ...] = ()
    values: tuple[ValueItem, ...] = ()  # ranked, top first
    saboteurs: tuple[SaboteurItem, ...] = ()
    wins: tuple[WinItem, ...] = ()
    last_summary: SummaryItem | None = None
    ask_how_coaching_is_working: bool = False  # low or falling feedback, or a stall
    paused_after_crisis: bool = False  # goal work waits until the client chooses

    @property
    def open_commitments(self) -> tuple[DueCommitment, ...]:
        return tuple(c for c in self.commitments_due if c.status == "open")

    @property
    def ranked_values(self) -> list[str]:
        return [v.name for v in sorted(self.values, key=lambda v: (v.rank or 999, v.name))]

    def for_voice(self) -> dict[str, list[str]]:
        """The plain-text view a voice gets in `VoiceContext.memory`."""
        return {
            "commitments_due": [c.text for c in self.open_commitments],
            "goals": [g.text for g in self.goals],
            "values": self.ranked_values,
            "saboteurs": [f"{s.name}: {s.says}" for s in self.saboteurs],
            "wins": [w.text for w in self.wins],
            "last_summary": [self.last_summary.text] if self.last_summary else [],
        }

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Memory:
        def items(kind: Any, key: str) -> tuple[Any, ...]:
            names = {f.name for f in fields(kind)}
            return tuple(
                kind(**{k: v for k, v in d.items() if k in names}) for d in data.get(key, ())
            )

        last = data.get("last_summary")
        return cls(
            commitments_due=items(DueCommitment, "commitments_due"),
            goals=items(GoalItem, "goals"),
            values=items(ValueItem, "values"),
            saboteurs=items(SaboteurItem, "saboteurs"),
            wins=items(WinItem, "wins"),
            last_summary=SummaryItem(**last) if last else None,
            ask_how_coaching_is_working=bool(data.get("ask_how_coaching_is_working", False)),
            paused_after_crisis=bool(data.get("paused_after_crisis", False)),
        )
