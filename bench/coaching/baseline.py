"""The plain baseline voice: the same policy and stage order, one fixed question per stage,
no reflections, no use of the client's words. It shows what the built-in voice adds."""

from __future__ import annotations

from collections.abc import Iterator

from onward.coaching.moves import Move, MoveKind, Stage
from onward.voices.port import Utterance, VoiceContext

QUESTIONS = {
    Stage.CHECKIN: "How did your actions from last time go?",
    Stage.AGENDA: "What would you like to talk about today?",
    Stage.GOAL: "What is your goal for this session?",
    Stage.REALITY: "What is happening now?",
    Stage.OPTIONS: "What options do you have?",
    Stage.WILL: "What will you do, and by when?",
    Stage.CLOSE: "What did you learn today?",
}
FALLBACK = "What would you like to say?"


class BaselineVoice:
    name = "baseline"

    def render(self, move: Move, context: VoiceContext) -> Utterance:
        f = move.facts
        if move.kind is MoveKind.FEEDBACK:  # the policy's own rating items, as the product
            return Utterance(f.get("question") or FALLBACK, f"baseline.feedback.{f.get('item')}")
        if move.kind is MoveKind.ACKNOWLEDGEMENT and move.need in ("goodbye", "ended"):
            return Utterance("Thank you. Goodbye.", None)
        if move.kind in (MoveKind.CONFIRM, MoveKind.CAPTURE_COMMITMENT) and f.get("commitment"):
            return Utterance(f"Your action: {f['commitment']}. Is that right?", None)
        if move.kind is MoveKind.ASK_PERMISSION:
            return Utterance("May I offer an idea?", None)
        if move.kind is MoveKind.OFFER_IDEA and f.get("idea"):
            return Utterance(f"One idea: {f['idea']}.", None)
        question = QUESTIONS.get(move.stage, FALLBACK)
        return Utterance(question, f"baseline.{move.stage.value}")

    def stream(self, move: Move, context: VoiceContext) -> Iterator[str]:
        yield self.render(move, context).text
