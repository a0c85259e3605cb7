"""The narrow interface every voice implements."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from onward.coaching.moves import Move


@dataclass(frozen=True)
class Turn:
    role: str  # "client" | "coach"
    text: str


@dataclass
class VoiceContext:
    """Everything a voice may draw on to word a move; nothing it may change."""

    client_name: str
    last_client_text: str
    history: Sequence[Turn] = ()
    session_goal: str | None = None
    memory: dict[str, list[str]] = field(default_factory=dict)
    asked: set[str] = field(default_factory=set)  # question ids used this session
    seed: int = 0


@dataclass(frozen=True)
class Utterance:
    text: str
    question_id: str | None = None  # lets the session avoid repeating a question


class Voice(Protocol):
    name: str

    def render(self, move: Move, context: VoiceContext) -> Utterance: ...

    def stream(self, move: Move, context: VoiceContext) -> Iterator[str]: ...
