"""The LLM voice: any OpenAI-compatible endpoint words the move; the reply check guards it."""

from onward.voices.llm.client import (
    LLMCallFailed,
    LLMConnectionError,
    LLMError,
    LLMHTTPError,
    LLMMalformed,
    LLMMissingKey,
    LLMTimeout,
    OpenAICompatClient,
    RealModelCallsForbidden,
    forbid_real_model_calls,
)
from onward.voices.llm.voice import LLMVoice

__all__ = [
    "LLMCallFailed",
    "LLMConnectionError",
    "LLMError",
    "LLMHTTPError",
    "LLMMalformed",
    "LLMMissingKey",
    "LLMTimeout",
    "LLMVoice",
    "OpenAICompatClient",
    "RealModelCallsForbidden",
    "forbid_real_model_calls",
]
