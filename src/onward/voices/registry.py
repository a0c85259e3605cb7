"""Voices by name. The built-in voice registers here exactly like any other voice.

As in simonw/llm, a voice is a factory registered under a name; bootstrap asks for the name
the settings hold (ONWARD_VOICE). Factories import their voice when called, so the
built-in voice works without the LLM code loaded and nothing is built at import time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from onward.voices.port import Voice

if TYPE_CHECKING:
    import httpx

    from onward.voices.llm.voice import ReplyChecker

DEFAULT_LLM_BASE_URL = "http://localhost:11434/v1"  # Ollama: local-first by default


@dataclass(frozen=True)
class VoiceOptions:
    """Everything any factory may need; each takes what it uses."""

    reply_checker: ReplyChecker
    seed: int = 0
    base_url: str | None = None
    model: str | None = None
    api_key: str | None = None
    timeout_s: float = 20.0
    transport: httpx.BaseTransport | None = None  # tests inject one


VoiceFactory = Callable[[VoiceOptions], Voice]

_FACTORIES: dict[str, VoiceFactory] = {}


def register_voice(name: str) -> Callable[[VoiceFactory], VoiceFactory]:
    def decorate(factory: VoiceFactory) -> VoiceFactory:
        _FACTORIES[name] = factory
        return factory

    return decorate


def known_voices() -> tuple[str, ...]:
    return tuple(sorted(_FACTORIES))


def build_voice(
    name: str,
    *,
    reply_checker: ReplyChecker,
    seed: int = 0,
    base_url: str | None = None,
    model: str | None = None,
    api_key: str | None = None,
    timeout_s: float = 20.0,
    transport: httpx.BaseTransport | None = None,
) -> Voice:
    key = name.strip().lower()
    factory = _FACTORIES.get(key)
    if factory is None:
        raise ValueError(f"unknown voice {name!r}; known voices: {', '.join(known_voices())}")
    options = VoiceOptions(
        reply_checker=reply_checker,
        seed=seed,
        base_url=base_url,
        model=model,
        api_key=api_key,
        timeout_s=timeout_s,
        transport=transport,
    )
    return factory(options)


@register_voice("builtin")
def _builtin(options: VoiceOptions) -> Voice:
    from onward.voices.builtin.builtin import BuiltinVoice

    voice: Voice = BuiltinVoice(options.seed)
    return voice


@register_voice("llm")
def _llm(options: VoiceOptions) -> Voice:
    from onward.voices.llm.client import OFFLINE_HINT, OpenAICompatClient
    from onward.voices.llm.voice import LLMVoice

    if not options.model:
        raise ValueError(f"the llm voice needs a model name: set ONWARD_LLM_MODEL. {OFFLINE_HINT}.")
    client = OpenAICompatClient(
        options.base_url or DEFAULT_LLM_BASE_URL,
        options.model,
        options.api_key,
        options.timeout_s,
        transport=options.transport,
    )
    # The fallback comes from this registry too, so a replaced built-in voice is honoured.
    fallback = _FACTORIES["builtin"](options)
    return LLMVoice(client, fallback, options.reply_checker)
