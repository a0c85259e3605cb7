"""Replays client lines through policy + built-in voice, as the service would run a session.

The state goes through JSON after every turn, exactly as the service persists it, so the
replay also proves a session can resume from its stored state at any point.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from typing import Any

from onward.coaching.memory import Memory
from onward.coaching.moves import Move
from onward.coaching.policy import Policy, SaboteurDetecting
from onward.coaching.saboteurs import SaboteurDetector
from onward.coaching.state import SessionState
from onward.voices.builtin import BuiltinVoice
from onward.voices.port import Turn, VoiceContext

TODAY = date(2026, 11, 23)  # a Monday


class Session:
    def __init__(
        self,
        memory: Memory | None = None,
        seed: int = 0,
        saboteurs: SaboteurDetecting | None = None,
        name: str = "Dana",
        today: date = TODAY,
    ) -> None:
        self.memory = memory or Memory()
        self.policy = Policy(saboteurs)
        self.voice = BuiltinVoice(seed)
        self.name, self.today = name, today
        self.history: list[Turn] = []
        self.turns: list[dict[str, Any]] = []
        self.moves: list[Move] = []
        move, self.state = self.policy.start(SessionState(), self.memory)
        self._speak(move, "")

    def say(self, text: str) -> str:
        self.turns.append({"role": "client", "text": text})
        self.history.append(Turn("client", text))
        stored = json.loads(json.dumps(self.state.to_dict()))
        move, self.state = self.policy.next_move(
            SessionState.from_dict(stored), text, self.memory, self.today
        )
        return self._speak(move, text)

    def _speak(self, move: Move, last: str) -> str:
        context = VoiceContext(
            client_name=self.name,
            last_client_text=last,
            history=tuple(self.history),
            session_goal=self.state.gathered.session_goal,
            memory=self.memory.for_voice(),
            asked=set(self.state.asked),
        )
        utterance = self.voice.render(move, context)
        self.state = self.state.with_question(utterance.question_id)
        self.history.append(Turn("coach", utterance.text))
        self.moves.append(move)
        self.turns.append(
            {
                "role": "coach",
                "text": utterance.text,
                "stage": move.stage.value,
                "move": move.kind.value,
                "need": move.need,
            }
        )
        return utterance.text


@lru_cache(maxsize=1)
def real_saboteurs() -> SaboteurDetector | None:
    """The product's detector over MiniLM, as the service builds it; None without the model."""
    try:
        from onward.embedding.minilm import MiniLMEmbedder

        embedder = MiniLMEmbedder()
        embedder.load()
    except Exception:  # the model files may be absent in a slim install
        return None
    detector = SaboteurDetector(embedder)
    detector.warm_up()
    return detector


def replay(lines: Sequence[str], **kwargs: Any) -> Session:
    session = Session(**kwargs)
    for line in lines:
        session.say(line)
    return session
