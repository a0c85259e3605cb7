"""LLMVoice against a scripted local server: words from the model, checked, or the fallback."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import pytest

from onward.coaching.moves import Move, MoveKind, Stage
from onward.voices.llm.client import OpenAICompatClient
from onward.voices.llm.voice import LLMVoice, complete_sentences, tidy
from onward.voices.port import Turn, Utterance, VoiceContext
from tests.voices.openai_stub_server import (
    Scripted,
    StubServer,
    completion,
    raw,
    raw_stream,
    streamed,
)

UNSAFE = "You clearly have depression, you should try sertraline."
FALLBACK_TEXT = "What would you like to be different by the end of our time today?"
MOVE = Move(Stage.GOAL, MoveKind.OPEN_QUESTION, need="measure")


@dataclass(frozen=True)
class Check:
    ok: bool
    problems: tuple[str, ...] = ()


class FakeChecker:
    """Stands in for guard.reply_check.check_reply; records everything it was shown."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(
        self, text: str, *, crisis_mode: bool, resource_lines: Sequence[str] = ()
    ) -> Check:
        self.seen.append(text)
        problems = []
        if re.search(r"depress|sertraline|diagnos", text, re.IGNORECASE):
            problems.append("diagnosis_or_treatment")
        if text.count("?") > 1:
            problems.append("more_than_one_question")
        return Check(not problems, tuple(problems))


class FakeFallback:
    name = "builtin"

    def __init__(self) -> None:
        self.calls: list[Move] = []

    def render(self, move: Move, context: VoiceContext) -> Utterance:
        self.calls.append(move)
        return Utterance(FALLBACK_TEXT, question_id="goal.want")

    def stream(self, move: Move, context: VoiceContext) -> Iterator[str]:
        self.calls.append(move)
        yield FALLBACK_TEXT


@pytest.fixture
def stub() -> Iterator[StubServer]:
    with StubServer() as server:
        yield server


@dataclass
class Rig:
    voice: LLMVoice
    checker: FakeChecker
    fallback: FakeFallback


@pytest.fixture
def rig(stub: StubServer) -> Iterator[Rig]:
    checker, fallback = FakeChecker(), FakeFallback()
    client = OpenAICompatClient(stub.base_url, "stub-model", None, timeout_s=0.3)
    voice = LLMVoice(client, fallback, checker)
    yield Rig(voice, checker, fallback)
    voice.close()


def context() -> VoiceContext:
    history = [
        Turn("coach", "What do you want from today?"),
        Turn("client", "I want to finally run a 10k in under an hour."),
    ]
    return VoiceContext("Sam", "I want to finally run a 10k in under an hour.", history)


def fallback_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "onward.voices.llm" and r.levelno == logging.WARNING
    ]


# --- render --------------------------------------------------------------------------


def test_render_words_the_move_under_the_stance(stub: StubServer, rig: Rig) -> None:
    stub.add(completion("How will you know you have run it the way you want?"))
    utterance = rig.voice.render(MOVE, context())
    assert utterance == Utterance("How will you know you have run it the way you want?")
    assert rig.fallback.calls == []
    body = stub.requests[0].body
    system = body["messages"][0]["content"]
    assert "how the client will know they have succeeded" in system
    assert body["messages"][1:] == [
        {"role": "assistant", "content": "What do you want from today?"},
        {"role": "user", "content": "I want to finally run a 10k in under an hour."},
    ]
    assert body["temperature"] <= 0.4
    assert body["max_tokens"] <= 150


@pytest.mark.parametrize(
    ("scripted", "reason"),
    [
        (completion(UNSAFE), "diagnosis_or_treatment"),
        (completion("What is it? And why now?"), "more_than_one_question"),
        (Scripted(delay_s=5.0), "LLMTimeout"),
        (raw('{"error": "boom"}', status=500), "LLMHTTPError"),
        (raw("<html>not json</html>"), "LLMMalformed"),
        (completion("   "), "empty reply"),
        (completion("What would success look like for", finish_reason="length"), "empty reply"),
    ],
)
def test_render_falls_back_and_says_why(
    stub: StubServer, rig: Rig, caplog: pytest.LogCaptureFixture, scripted: Scripted, reason: str
) -> None:
    stub.add(scripted)
    utterance = rig.voice.render(MOVE, context())
    assert utterance == Utterance(FALLBACK_TEXT, question_id="goal.want")
    assert rig.fallback.calls == [MOVE]
    [warning] = fallback_warnings(caplog)
    assert "fell back to builtin" in warning and reason in warning
    assert "sertraline" not in warning  # rejected text is not logged


def test_render_trims_a_reply_cut_off_by_max_tokens(stub: StubServer, rig: Rig) -> None:
    stub.add(completion("Under an hour matters. What would tell you that you", "length"))
    assert rig.voice.render(MOVE, context()).text == "Under an hour matters."


def test_crisis_and_referral_moves_never_reach_the_model(stub: StubServer, rig: Rig) -> None:
    crisis = Move(Stage.CRISIS, MoveKind.CRISIS_RESPONSE)
    referral = Move(Stage.REFER, MoveKind.REFERRAL)
    assert rig.voice.render(crisis, context()).text == FALLBACK_TEXT
    assert list(rig.voice.stream(referral, context())) == [FALLBACK_TEXT]
    assert stub.requests == []


# --- stream --------------------------------------------------------------------------


def test_stream_yields_whole_checked_sentences(stub: StubServer, rig: Rig) -> None:
    stub.add(streamed("Under an hour, ", "finally. What would tell", " you it went", " well?"))
    chunks = list(rig.voice.stream(MOVE, context()))
    assert chunks == ["Under an hour, finally.", " What would tell you it went well?"]
    assert all(chunk.strip() in rig.checker.seen for chunk in chunks)
    assert rig.fallback.calls == []


def test_stream_unsafe_first_sentence_falls_back_for_the_whole_turn(
    stub: StubServer, rig: Rig, caplog: pytest.LogCaptureFixture
) -> None:
    stub.add(streamed("You clearly have depression, ", "you should try sertraline. ", "Okay?"))
    assert list(rig.voice.stream(MOVE, context())) == [FALLBACK_TEXT]
    [warning] = fallback_warnings(caplog)
    assert "fell back to builtin" in warning and "diagnosis_or_treatment" in warning


def test_stream_stops_before_an_unsafe_later_sentence(
    stub: StubServer, rig: Rig, caplog: pytest.LogCaptureFixture
) -> None:
    stub.add(streamed("That run matters to you. ", UNSAFE))
    assert list(rig.voice.stream(MOVE, context())) == ["That run matters to you."]
    assert rig.fallback.calls == []
    [warning] = fallback_warnings(caplog)
    assert "stopped after the checked part" in warning and "diagnosis_or_treatment" in warning


def test_stream_checks_the_one_question_rule_across_sentences(stub: StubServer, rig: Rig) -> None:
    stub.add(streamed("What does success look like? ", "And what else?"))
    assert list(rig.voice.stream(MOVE, context())) == ["What does success look like?"]
    assert "What does success look like? And what else?" in rig.checker.seen


@pytest.mark.parametrize(
    ("scripted", "reason"),
    [
        (Scripted(delay_s=5.0), "LLMTimeout"),
        (streamed(5.0, "Late."), "LLMTimeout"),
        (raw("overloaded", status=500, content_type="text/plain"), "LLMHTTPError"),
        (raw_stream("data: {oops\n\n"), "LLMMalformed"),
        (streamed("What would success look like for", finish_reason="length"), "empty reply"),
    ],
)
def test_stream_failures_before_any_text_fall_back(
    stub: StubServer, rig: Rig, caplog: pytest.LogCaptureFixture, scripted: Scripted, reason: str
) -> None:
    stub.add(scripted)
    assert list(rig.voice.stream(MOVE, context())) == [FALLBACK_TEXT]
    [warning] = fallback_warnings(caplog)
    assert "fell back to builtin" in warning and reason in warning


def test_stream_failure_after_text_stops_there(
    stub: StubServer, rig: Rig, caplog: pytest.LogCaptureFixture
) -> None:
    stub.add(streamed("A 10k under an hour. ", "What would", 5.0, " help?"))
    assert list(rig.voice.stream(MOVE, context())) == ["A 10k under an hour."]
    [warning] = fallback_warnings(caplog)
    assert "stopped after the checked part" in warning and "LLMTimeout" in warning


def test_stream_unpunctuated_last_sentence_is_checked_and_kept(stub: StubServer, rig: Rig) -> None:
    stub.add(streamed("Coach: Under an hour. ", "What would success look like"))
    chunks = list(rig.voice.stream(MOVE, context()))
    assert chunks == ["Under an hour.", " What would success look like"]


def test_a_caller_may_stop_early_without_fallback_or_leaks(
    stub: StubServer, rig: Rig, caplog: pytest.LogCaptureFixture
) -> None:
    # The server is still mid-reply; closing must drop the connection (an open socket
    # would fail the run as a ResourceWarning) and is not a failure worth a warning.
    stub.add(streamed("One. ", "Two. ", 5.0, "Three."))
    chunks = rig.voice.stream(MOVE, context())
    assert next(chunks) == "One."
    chunks.close()
    assert rig.fallback.calls == []
    assert fallback_warnings(caplog) == []


# --- helpers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"What matters most?"', "What matters most?"),
        ("Coach: What matters most?", "What matters most?"),
        ('  You said "finally".  ', 'You said "finally".'),
    ],
)
def test_tidy(text: str, expected: str) -> None:
    assert tidy(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is 3.5 km. And then", "It is 3.5 km."),
        ("Great! What now? And", "Great! What now?"),
        ("No end here", ""),
        ("Done.", "Done."),
    ],
)
def test_complete_sentences(text: str, expected: str) -> None:
    assert complete_sentences(text) == expected


# --- with the real reply check -------------------------------------------------------


def test_real_reply_check_rejects_diagnosis_and_medication(
    stub: StubServer, caplog: pytest.LogCaptureFixture
) -> None:
    reply_check = pytest.importorskip("onward.guard.reply_check")
    fallback = FakeFallback()
    client = OpenAICompatClient(stub.base_url, "stub-model", None, timeout_s=0.3)
    voice = LLMVoice(client, fallback, reply_check.check_reply)
    stub.add(completion(UNSAFE), streamed("That run matters to you. ", UNSAFE))
    assert voice.render(MOVE, context()).text == FALLBACK_TEXT
    assert list(voice.stream(MOVE, context())) == ["That run matters to you."]
    voice.close()
    warnings = fallback_warnings(caplog)
    assert len(warnings) == 2 and all("diagnosis" in w for w in warnings)
    assert not any("sertraline" in w or "depression" in w for w in warnings)
