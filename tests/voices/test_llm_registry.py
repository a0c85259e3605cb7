"""The voice registry: built-in and llm register the same way; unknown names fail clearly."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import httpx
import pytest

from onward.coaching.moves import Move, MoveKind, Stage
from onward.voices import registry
from onward.voices.llm.client import LLMMissingKey, OpenAICompatClient
from onward.voices.llm.voice import LLMVoice
from onward.voices.port import Utterance, Voice, VoiceContext
from onward.voices.registry import VoiceOptions, build_voice, known_voices, register_voice


@dataclass(frozen=True)
class Check:
    ok: bool = True
    problems: tuple[str, ...] = ()


def accept(text: str, *, crisis_mode: bool, resource_lines: Sequence[str] = ()) -> Check:
    return Check()


class EchoVoice:
    """A deterministic voice, as simonw/llm ships an echo model for tests."""

    def __init__(self, seed: int) -> None:
        self.name = "echo"
        self.seed = seed

    def render(self, move: Move, context: VoiceContext) -> Utterance:
        return Utterance(f"{move.kind.value}:{context.last_client_text}")

    def stream(self, move: Move, context: VoiceContext) -> Iterator[str]:
        yield self.render(move, context).text


@pytest.fixture
def echo_as_builtin(monkeypatch: pytest.MonkeyPatch) -> None:
    # Replace the built-in factory for this test only; the registry dict is restored after.
    monkeypatch.setitem(registry._FACTORIES, "builtin", lambda o: EchoVoice(o.seed))


def test_known_voices_include_builtin_and_llm() -> None:
    assert {"builtin", "llm"} <= set(known_voices())


def test_unknown_voice_lists_the_known_ones() -> None:
    with pytest.raises(ValueError, match="unknown voice 'parrot'; known voices: builtin, llm"):
        build_voice("parrot", reply_checker=accept)


def test_any_voice_registers_like_the_builtin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "_FACTORIES", dict(registry._FACTORIES))

    @register_voice("echo")
    def _echo(options: VoiceOptions) -> Voice:
        return EchoVoice(options.seed)

    voice = build_voice(" Echo ", reply_checker=accept, seed=7)
    assert isinstance(voice, EchoVoice) and voice.seed == 7


@pytest.mark.usefixtures("echo_as_builtin")
def test_builtin_is_built_through_the_registry() -> None:
    voice = build_voice("builtin", reply_checker=accept, seed=3)
    assert isinstance(voice, EchoVoice) and voice.seed == 3


def test_real_builtin_voice_when_present() -> None:
    module = pytest.importorskip("onward.voices.builtin.builtin")
    voice = build_voice("builtin", reply_checker=accept, seed=1)
    assert isinstance(voice, module.BuiltinVoice)


@pytest.mark.usefixtures("echo_as_builtin")
def test_llm_voice_uses_settings_and_falls_back_to_the_registered_builtin() -> None:
    def down(request: httpx.Request) -> httpx.Response:
        return httpx.Response(500, text="down")

    voice = build_voice(
        "llm",
        reply_checker=accept,
        base_url="https://api.example.com/v1",
        model="small-model",
        api_key="sk-test",
        timeout_s=0.3,
        transport=httpx.MockTransport(down),
    )
    assert isinstance(voice, LLMVoice) and isinstance(voice.fallback, EchoVoice)
    assert isinstance(voice.client, OpenAICompatClient)
    assert (voice.client.base_url, voice.client.model) == (
        "https://api.example.com/v1",
        "small-model",
    )
    context = VoiceContext("Sam", "hello")
    move = Move(Stage.AGENDA, MoveKind.OPEN_QUESTION)
    assert voice.render(move, context).text == "open_question:hello"


@pytest.mark.usefixtures("echo_as_builtin")
def test_llm_voice_defaults_to_a_local_server() -> None:
    voice = build_voice("llm", reply_checker=accept, base_url="", model="llama3.2", api_key="")
    assert isinstance(voice, LLMVoice) and isinstance(voice.client, OpenAICompatClient)
    assert voice.client.base_url == "http://localhost:11434/v1"
    voice.close()


@pytest.mark.usefixtures("echo_as_builtin")
def test_llm_voice_needs_a_model_and_a_key_for_hosted_servers() -> None:
    with pytest.raises(ValueError, match="ONWARD_LLM_MODEL"):
        build_voice("llm", reply_checker=accept, model="")
    with pytest.raises(LLMMissingKey, match="set it to 'builtin'"):
        build_voice("llm", reply_checker=accept, base_url="https://api.example.com/v1", model="m")
