"""OpenAI-compatible chat completions over httpx: the wire protocol, nothing about coaching.

Ollama, llama.cpp server, vLLM, LM Studio and hosted APIs all accept
POST {base_url}/chat/completions. The wire format (request body, response and SSE parsing)
is plain functions; the endpoint and credentials (base URL, key, transport) live in
`OpenAICompatClient`, as pydantic-ai separates a model's protocol from its provider. Callers
only ever see text or one of the error types below.
"""

from __future__ import annotations

import ipaddress
import json
import os
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypedDict
from urllib.parse import urlsplit

import httpx

OFFLINE_HINT = (
    "Onward runs offline with the built-in voice: unset ONWARD_VOICE or set it to 'builtin'; "
    "or point ONWARD_LLM_BASE_URL at a local server such as Ollama at http://localhost:11434/v1"
)
FORBID_ENV = "ONWARD_FORBID_NETWORK"
_BODY_EXCERPT = 300

_forbidden = False


def forbid_real_model_calls(forbid: bool = True) -> None:
    """Process-wide switch (for tests): only loopback URLs or injected transports may be used.

    `ONWARD_FORBID_NETWORK=1` has the same effect and also reaches CLI subprocesses; passing
    False here cannot override the environment variable.
    """
    global _forbidden
    _forbidden = forbid


def real_model_calls_forbidden() -> bool:
    env = os.environ.get(FORBID_ENV, "").strip().lower()
    return _forbidden or env in {"1", "true", "yes", "on"}


class LLMError(Exception):
    """Base of every error this module raises on purpose."""


class LLMCallFailed(LLMError):
    """The call did not give usable text; the voice falls back to the built-in one."""


class LLMTimeout(LLMCallFailed):
    pass


class LLMConnectionError(LLMCallFailed):
    pass


class LLMHTTPError(LLMCallFailed):
    def __init__(self, status: int, body_excerpt: str) -> None:
        super().__init__(f"HTTP {status} from the model server: {body_excerpt}")
        self.status = status
        self.body_excerpt = body_excerpt


class LLMMalformed(LLMCallFailed):
    pass


class LLMMissingKey(LLMError):
    """A configuration error: loud, never a silent fallback."""


class RealModelCallsForbidden(RuntimeError):
    """Not an LLMError on purpose, so no voice swallows it as an ordinary fallback."""


class ChatMessage(TypedDict):
    role: str  # "system" | "user" | "assistant"
    content: str


@dataclass(frozen=True)
class Completion:
    """A whole reply, or one streamed delta. finish_reason "length" means it was cut off."""

    text: str
    finish_reason: str | None = None


class ChatClient(Protocol):
    """What a voice needs from a model client; tests may pass any object like this."""

    def complete(
        self, messages: Sequence[ChatMessage], *, temperature: float, max_tokens: int
    ) -> Completion: ...

    def stream(
        self, messages: Sequence[ChatMessage], *, temperature: float, max_tokens: int
    ) -> Iterator[Completion]: ...


def is_loopback_url(url: str) -> bool:
    host = urlsplit(url).hostname  # lower case, IPv6 brackets removed
    if not host:
        return False
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# --- wire format -------------------------------------------------------------------------


def chat_body(
    model: str,
    messages: Sequence[ChatMessage],
    *,
    temperature: float,
    max_tokens: int,
    stream: bool,
) -> dict[str, Any]:
    return {
        "model": model,
        "messages": [dict(m) for m in messages],
        "temperature": temperature,
        "max_tokens": max_tokens,
        "stream": stream,
    }


def _first_choice(payload: Any) -> dict[str, Any] | None:
    if not isinstance(payload, dict):
        raise LLMMalformed("expected a JSON object from the model server")
    if "error" in payload:
        raise LLMMalformed(f"model server reported an error: {str(payload['error'])[:200]}")
    choices = payload.get("choices")
    if not isinstance(choices, list):
        raise LLMMalformed("response has no 'choices' list")
    if not choices:
        return None  # e.g. a usage-only stream chunk
    choice = choices[0]
    if not isinstance(choice, dict):
        raise LLMMalformed("'choices[0]' is not an object")
    return choice


def _finish_reason(choice: dict[str, Any]) -> str | None:
    reason = choice.get("finish_reason")
    return reason if isinstance(reason, str) else None


def parse_completion(payload: Any) -> Completion:
    choice = _first_choice(payload)
    if choice is None:
        raise LLMMalformed("response has an empty 'choices' list")
    message = choice.get("message")
    content = message.get("content") if isinstance(message, dict) else None
    if not isinstance(content, str):
        raise LLMMalformed("response has no text in 'choices[0].message.content'")
    return Completion(content, _finish_reason(choice))


def parse_sse(lines: Iterable[str]) -> Iterator[Completion]:
    """Deltas from `data: {...}` lines; ends at `data: [DONE]`.

    A stream that stops without [DONE] or a finish_reason was cut off: that is malformed,
    not a short reply.
    """
    finished = False
    for raw in lines:
        line = raw.rstrip("\r")
        if not line.startswith("data:"):
            continue  # blank separators, ": keep-alive" comments, event:/id: fields
        data = line[5:].strip()
        if data == "[DONE]":
            return
        try:
            payload = json.loads(data)
        except ValueError as exc:
            raise LLMMalformed(f"stream line is not JSON: {data[:80]!r}") from exc
        choice = _first_choice(payload)
        if choice is None:
            continue
        delta = choice.get("delta") or {}
        content = delta.get("content") if isinstance(delta, dict) else None
        if content is not None and not isinstance(content, str):
            raise LLMMalformed("stream delta content is not text")
        reason = _finish_reason(choice)
        finished = finished or reason is not None
        if content or reason:
            yield Completion(content or "", reason)
    if not finished:
        raise LLMMalformed("stream ended before [DONE]")


def _raise_for_status(response: httpx.Response) -> None:
    if response.status_code >= 400:
        excerpt = response.text[:_BODY_EXCERPT].strip()
        raise LLMHTTPError(response.status_code, excerpt)


# --- endpoint and credentials ------------------------------------------------------------


class _BorrowedTransport(httpx.BaseTransport):
    """Lets a per-call httpx.Client use a longer-lived transport without closing it."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._inner.handle_request(request)

    def close(self) -> None:
        pass  # the OpenAICompatClient, or whoever injected it, owns the transport


class OpenAICompatClient:
    """One endpoint and model; safe to share between threads.

    Each call uses a light httpx.Client over one shared transport: building a transport
    costs ~80 ms (its TLS context), too much per turn, while the shared connection pool is
    thread-safe. Call close() (or use `with`) to release pooled connections.
    """

    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str | None = None,
        timeout_s: float = 20.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if urlsplit(base_url).scheme not in {"http", "https"}:
            raise ValueError(f"LLM base URL must start with http:// or https://: {base_url!r}")
        if not model:
            raise ValueError("an LLM model name is required (ONWARD_LLM_MODEL)")
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.timeout_s = timeout_s
        self._api_key = api_key or None
        self._transport = transport
        self._own_transport: httpx.HTTPTransport | None = None
        self._lock = threading.Lock()
        self._loopback = is_loopback_url(self.base_url)
        if self._api_key is None and not self._loopback:
            raise LLMMissingKey(
                f"No API key for the hosted model server at {self.base_url}: "
                f"set ONWARD_LLM_API_KEY. {OFFLINE_HINT}."
            )

    def __repr__(self) -> str:  # never show the key
        return f"OpenAICompatClient(base_url={self.base_url!r}, model={self.model!r})"

    @property
    def _url(self) -> str:
        return f"{self.base_url}/chat/completions"

    def _headers(self, *, stream: bool) -> dict[str, str]:
        headers = {"Accept": "text/event-stream" if stream else "application/json"}
        if self._api_key:
            headers["Authorization"] = f"Bearer {self._api_key}"
        return headers

    def _http(self) -> httpx.Client:
        # Checked per call, before any socket exists, so the switch also covers clients
        # built before it was turned on.
        if self._transport is None and not self._loopback and real_model_calls_forbidden():
            raise RealModelCallsForbidden(
                f"real model calls are forbidden ({FORBID_ENV} or forbid_real_model_calls()): "
                f"refusing {self.base_url}; use a loopback URL or inject a transport"
            )
        return httpx.Client(
            timeout=httpx.Timeout(self.timeout_s),
            transport=_BorrowedTransport(self._shared_transport()),
            # A local server must never be reached through a proxy from the environment.
            trust_env=not self._loopback,
        )

    def _shared_transport(self) -> httpx.BaseTransport:
        if self._transport is not None:
            return self._transport
        with self._lock:
            if self._own_transport is None:
                self._own_transport = httpx.HTTPTransport()
            return self._own_transport

    def close(self) -> None:
        """Close pooled connections; an injected transport is left to its owner."""
        with self._lock:
            if self._own_transport is not None:
                self._own_transport.close()
                self._own_transport = None

    def __enter__(self) -> OpenAICompatClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def complete(
        self, messages: Sequence[ChatMessage], *, temperature: float = 0.3, max_tokens: int = 120
    ) -> Completion:
        body = chat_body(
            self.model, messages, temperature=temperature, max_tokens=max_tokens, stream=False
        )
        with self._http() as http:
            try:
                response = http.post(self._url, json=body, headers=self._headers(stream=False))
            except httpx.TimeoutException as exc:
                raise LLMTimeout(f"no reply within {self.timeout_s}s") from exc
            except httpx.HTTPError as exc:
                raise LLMConnectionError(f"cannot reach {self.base_url}: {exc}") from exc
            _raise_for_status(response)
            try:
                payload = response.json()
            except ValueError as exc:
                raise LLMMalformed("response body is not JSON") from exc
        return parse_completion(payload)

    def stream(
        self, messages: Sequence[ChatMessage], *, temperature: float = 0.3, max_tokens: int = 120
    ) -> Iterator[Completion]:
        """Yield deltas as they arrive; close the generator to drop the connection early."""
        body = chat_body(
            self.model, messages, temperature=temperature, max_tokens=max_tokens, stream=True
        )
        with self._http() as http:
            try:
                with http.stream(
                    "POST", self._url, json=body, headers=self._headers(stream=True)
                ) as response:
                    if response.status_code >= 400:
                        response.read()
                        _raise_for_status(response)
                    yield from parse_sse(response.iter_lines())
            except httpx.TimeoutException as exc:
                raise LLMTimeout(f"stream stalled for {self.timeout_s}s") from exc
            except httpx.HTTPError as exc:
                raise LLMConnectionError(f"stream from {self.base_url} failed: {exc}") from exc
