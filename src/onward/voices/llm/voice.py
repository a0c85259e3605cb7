"""LLMVoice: a model words the move the policy chose; the reply check decides if it is said.

Fallback semantics (every fallback logs a warning on logger "onward.voices.llm", with the
reason but never the client's or the model's text):

- render(): a timeout, connection or HTTP error, malformed reply, empty reply, or a reply the
  checker rejects means the fallback voice words the whole turn.
- stream(): the model's text is buffered to sentence boundaries; each complete sentence is
  checked on its own and together with everything already said (for the one-question rule),
  and only checked sentences are yielded. If anything goes wrong before the first sentence
  was yielded, the fallback voice streams the whole turn instead. If it goes wrong later,
  the stream stops there: what the caller already has was checked, and a second voice
  continuing mid-reply would not read as one coach.
- Crisis and referral moves never reach the model: the fallback's reviewed text words them
  (no warning: that is by design).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Generator, Iterator
from typing import Protocol

from onward.coaching.moves import Move, Stage
from onward.voices.llm.client import ChatClient, ChatMessage, LLMCallFailed
from onward.voices.llm.prompts import build_messages, uses_reviewed_text
from onward.voices.port import Utterance, Voice, VoiceContext

LOGGER_NAME = "onward.voices.llm"

# A sentence ends at . ! ? or an ellipsis (plus closing quotes/brackets) followed by
# whitespace, or at a line break. Waiting for the whitespace avoids splitting "3.5".
_SENTENCE_END = re.compile(r"[.!?\u2026]+[\"')\]\u2019\u201d]*\s+|\n+")
_LABEL = re.compile(r"^\s*(?:coach|assistant|onward)\s*:\s*", re.IGNORECASE)


class ReplyCheckResult(Protocol):
    @property
    def ok(self) -> bool: ...

    @property
    def problems(self) -> tuple[str, ...]: ...


class ReplyChecker(Protocol):
    """Shape of onward.guard.reply_check.check_reply (its other keywords have defaults)."""

    def __call__(self, text: str, *, crisis_mode: bool) -> ReplyCheckResult: ...


def _close(iterator: Iterator[object]) -> None:
    close = getattr(iterator, "close", None)  # generators have it; plain iterators need none
    if callable(close):
        close()


def tidy(text: str) -> str:
    """Drop the wrapping models add despite the prompt: a speaker label, enclosing quotes."""
    text = _LABEL.sub("", text.strip())
    if len(text) >= 2 and text[0] == text[-1] == '"' and text.count('"') == 2:
        text = text[1:-1].strip()
    return text


def complete_sentences(text: str) -> str:
    """The text up to its last sentence end: for replies cut off by max_tokens."""
    ends = [m.start() + len(m.group().rstrip()) for m in _SENTENCE_END.finditer(text + " ")]
    return text[: ends[-1]].strip() if ends else ""


class LLMVoice:
    name = "llm"

    def __init__(
        self,
        client: ChatClient,
        fallback: Voice,
        reply_checker: ReplyChecker,
        logger: logging.Logger | None = None,
        *,
        temperature: float = 0.3,
        max_tokens: int = 120,
        history_turns: int = 6,
    ) -> None:
        self.client = client
        self.fallback = fallback
        self.reply_checker = reply_checker
        self.logger = logger or logging.getLogger(LOGGER_NAME)
        # Low temperature: the words should vary a little, the stance not at all. 120 tokens
        # is room for 40 words plus slack; a longer reply is cut and trimmed to sentences.
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.history_turns = history_turns

    def close(self) -> None:
        """Release the client's pooled connections (for bootstrap's shutdown)."""
        close = getattr(self.client, "close", None)
        if callable(close):
            close()

    def _messages(self, move: Move, context: VoiceContext) -> list[ChatMessage]:
        return build_messages(move, context, history_turns=self.history_turns)

    def _problems(self, text: str, move: Move, said: str = "") -> tuple[str, ...]:
        crisis = move.stage is Stage.CRISIS
        texts = [text] if not said else [text, f"{said} {text}"]
        problems: list[str] = []
        for candidate in texts:
            result = self.reply_checker(candidate, crisis_mode=crisis)
            if not result.ok:
                # Labels only ("diagnosis: 'quoted words'" -> "diagnosis"): logs must not
                # carry conversation text.
                labels = [p.split(":", 1)[0].strip() for p in result.problems]
                problems.extend(labels or ["rejected by the reply check"])
        return tuple(dict.fromkeys(problems))

    def _warn(self, move: Move, what: str, reason: str) -> None:
        self.logger.warning(
            "llm voice %s (%s/%s): %s", what, move.stage.value, move.kind.value, reason
        )

    # --- whole replies ---------------------------------------------------------------

    def render(self, move: Move, context: VoiceContext) -> Utterance:
        if uses_reviewed_text(move):
            return self.fallback.render(move, context)
        try:
            result = self.client.complete(
                self._messages(move, context),
                temperature=self.temperature,
                max_tokens=self.max_tokens,
            )
        except LLMCallFailed as exc:
            return self._fall_back(move, context, f"{type(exc).__name__}: {exc}")
        text = tidy(result.text)
        if result.finish_reason == "length":
            text = complete_sentences(text)
        if not text:
            return self._fall_back(move, context, "empty reply")
        problems = self._problems(text, move)
        if problems:
            return self._fall_back(move, context, "reply rejected: " + "; ".join(problems))
        return Utterance(text=text)

    def _fall_back(self, move: Move, context: VoiceContext, reason: str) -> Utterance:
        self._warn(move, f"fell back to {self.fallback.name}", reason)
        return self.fallback.render(move, context)

    # --- streamed replies ------------------------------------------------------------

    def _model_sentences(self, move: Move, context: VoiceContext) -> Generator[str, None, None]:
        """Complete sentences from the model stream, unchecked. Raises LLMCallFailed."""
        buffer, finish, first = "", None, True
        stream = self.client.stream(
            self._messages(move, context), temperature=self.temperature, max_tokens=self.max_tokens
        )
        try:
            for delta in stream:
                buffer += delta.text
                finish = delta.finish_reason or finish
                while match := _SENTENCE_END.search(buffer):
                    sentence, buffer = buffer[: match.end()].strip(), buffer[match.end() :]
                    if first and sentence:
                        sentence, first = tidy(sentence), False
                    if sentence:
                        yield sentence
        finally:
            _close(stream)  # drops the connection when we stop early
        tail = tidy(buffer) if first else buffer.strip()
        # A tail cut off by max_tokens is half a sentence; a tail after "stop" is a last
        # sentence the model did not punctuate.
        if tail and finish != "length":
            yield tail

    def stream(self, move: Move, context: VoiceContext) -> Generator[str, None, None]:
        if uses_reviewed_text(move):
            yield from self.fallback.stream(move, context)
            return
        said = ""
        reason: str | None = None
        sentences = self._model_sentences(move, context)
        try:
            for sentence in sentences:
                problems = self._problems(sentence, move, said)
                if problems:
                    reason = "sentence rejected: " + "; ".join(problems)
                    break
                yield sentence if not said else " " + sentence
                said = f"{said} {sentence}".strip()
        except LLMCallFailed as exc:
            reason = f"{type(exc).__name__}: {exc}"
        finally:
            sentences.close()
        if reason is None and not said:
            reason = "empty reply"
        if reason is None:
            return
        if said:
            self._warn(move, "stopped after the checked part", reason)
            return
        self._warn(move, f"fell back to {self.fallback.name}", reason)
        yield from self.fallback.stream(move, context)
