"""OpenAICompatClient against a scripted local server: the wire protocol and its errors."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator

import httpx
import pytest

from onward.voices.llm import client as client_module
from onward.voices.llm.client import (
    ChatMessage,
    Completion,
    LLMConnectionError,
    LLMHTTPError,
    LLMMalformed,
    LLMMissingKey,
    LLMTimeout,
    OpenAICompatClient,
    RealModelCallsForbidden,
    forbid_real_model_calls,
    is_loopback_url,
)
from tests.voices.openai_stub_server import (
    Scripted,
    StubServer,
    completion,
    raw,
    raw_stream,
    streamed,
)

MESSAGES: list[ChatMessage] = [{"role": "user", "content": "I want to run a 10k."}]


@pytest.fixture
def stub() -> Iterator[StubServer]:
    with StubServer() as server:
        yield server


@pytest.fixture
def forbid(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client_module, "_forbidden", False)  # restored after the test
    forbid_real_model_calls()


Make = Callable[..., OpenAICompatClient]


@pytest.fixture
def make(stub: StubServer) -> Iterator[Make]:
    """Clients for the stub server, closed after the test (open pools would warn)."""
    made: list[OpenAICompatClient] = []

    def build(timeout_s: float = 2.0, api_key: str | None = None) -> OpenAICompatClient:
        made.append(OpenAICompatClient(stub.base_url, "stub-model", api_key, timeout_s))
        return made[-1]

    yield build
    for client in made:
        client.close()


def test_complete_sends_openai_body_and_returns_text(make: Make, stub: StubServer) -> None:
    stub.add(completion("What would finishing it mean to you?"))
    result = make(api_key="sk-local").complete(MESSAGES, temperature=0.2, max_tokens=80)
    assert result == Completion("What would finishing it mean to you?", "stop")
    [request] = stub.requests
    assert request.path == "/v1/chat/completions"
    assert request.body == {
        "model": "stub-model",
        "messages": MESSAGES,
        "temperature": 0.2,
        "max_tokens": 80,
        "stream": False,
    }
    assert request.headers["Authorization"] == "Bearer sk-local"


def test_local_server_needs_no_key(make: Make, stub: StubServer) -> None:
    stub.add(completion("Hello."))
    assert make().complete(MESSAGES).text == "Hello."
    assert "Authorization" not in stub.requests[0].headers


def test_stream_yields_deltas_until_done(make: Make, stub: StubServer) -> None:
    stub.add(streamed("What ", "matters", " most?"))
    deltas = list(make().stream(MESSAGES, temperature=0.3, max_tokens=50))
    assert "".join(d.text for d in deltas) == "What matters most?"
    assert deltas[-1].finish_reason == "stop"
    assert stub.requests[0].body["stream"] is True


def test_slow_reply_times_out(make: Make, stub: StubServer) -> None:
    stub.add(Scripted(delay_s=5.0))  # released when the test ends
    with pytest.raises(LLMTimeout):
        make(timeout_s=0.3).complete(MESSAGES)


def test_stalled_stream_times_out(make: Make, stub: StubServer) -> None:
    stub.add(streamed("Good. ", 5.0, "More."))
    chunks = make(timeout_s=0.3).stream(MESSAGES)
    assert next(chunks).text == "Good. "
    with pytest.raises(LLMTimeout):
        next(chunks)


def test_http_500_carries_status_and_body_excerpt(make: Make, stub: StubServer) -> None:
    stub.add(raw('{"error": "model not loaded"}', status=500))
    with pytest.raises(LLMHTTPError) as info:
        make().complete(MESSAGES)
    assert info.value.status == 500
    assert "model not loaded" in info.value.body_excerpt


def test_http_error_on_stream(make: Make, stub: StubServer) -> None:
    stub.add(raw("upstream overloaded", status=503, content_type="text/plain"))
    with pytest.raises(LLMHTTPError) as info:
        list(make().stream(MESSAGES))
    assert info.value.status == 503


@pytest.mark.parametrize(
    "body",
    [
        "{not json",
        '{"choices": []}',
        '{"choices": [{"message": {"content": null}}]}',
        '{"error": {"message": "bad"}}',
        "[1, 2]",
    ],
)
def test_malformed_reply(make: Make, stub: StubServer, body: str) -> None:
    stub.add(raw(body))
    with pytest.raises(LLMMalformed):
        make().complete(MESSAGES)


@pytest.mark.parametrize(
    "lines",
    [
        ("data: {broken\n\n",),
        ('data: {"choices": [{"delta": {"content": "Half a sent"}}]}\n\n',),  # no [DONE]
        ('data: {"choices": [{"delta": {"content": 42}}]}\n\n', "data: [DONE]\n\n"),
        ('data: {"nochoices": true}\n\n', "data: [DONE]\n\n"),
    ],
)
def test_malformed_stream(make: Make, stub: StubServer, lines: tuple[str, ...]) -> None:
    stub.add(raw_stream(*lines))
    with pytest.raises(LLMMalformed):
        list(make().stream(MESSAGES))


def test_connection_refused() -> None:
    with socket.socket() as sock:  # a port nobody listens on once this closes
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = OpenAICompatClient(f"http://127.0.0.1:{port}/v1", "m", None, 0.3)
    with client, pytest.raises(LLMConnectionError):
        client.complete(MESSAGES)


def test_missing_key_for_hosted_endpoint_says_how_to_run_offline() -> None:
    with pytest.raises(LLMMissingKey) as info:
        OpenAICompatClient("https://api.openai.com/v1", "gpt-4o-mini", None, 5.0)
    message = str(info.value)
    assert "ONWARD_LLM_API_KEY" in message
    assert "unset ONWARD_VOICE or set it to 'builtin'" in message
    assert "ONWARD_LLM_BASE_URL" in message
    assert "http://localhost:11434/v1" in message
    with pytest.raises(LLMMissingKey):
        OpenAICompatClient("https://api.openai.com/v1", "gpt-4o-mini", "", 5.0)


@pytest.mark.parametrize(
    ("url", "loopback"),
    [
        ("http://localhost:11434/v1", True),
        ("http://127.0.0.1:8080/v1", True),
        ("http://127.1.2.3/v1", True),
        ("http://[::1]:8000/v1", True),
        ("http://LOCALHOST/v1", True),
        ("https://api.openai.com/v1", False),
        ("http://localhost.evil.com/v1", False),
        ("http://10.0.0.5/v1", False),
        ("not a url", False),
    ],
)
def test_is_loopback_url(url: str, loopback: bool) -> None:
    assert is_loopback_url(url) is loopback


def test_repr_hides_key() -> None:
    client = OpenAICompatClient("https://api.example.com/v1", "m", "sk-secret", 1.0)
    assert "sk-secret" not in repr(client)


@pytest.mark.usefixtures("forbid")
def test_switch_blocks_hosted_calls_before_any_socket(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[object] = []

    def spy(*args: object, **kwargs: object) -> object:
        opened.append(args)
        raise AssertionError("a socket was used")

    monkeypatch.setattr(socket, "getaddrinfo", spy)
    monkeypatch.setattr(socket, "create_connection", spy)
    monkeypatch.setattr(socket.socket, "connect", spy)
    client = OpenAICompatClient("https://api.example.com/v1", "m", "sk-test", 1.0)
    with pytest.raises(RealModelCallsForbidden):
        client.complete(MESSAGES)
    with pytest.raises(RealModelCallsForbidden):
        next(client.stream(MESSAGES))
    assert opened == []


def test_env_switch_blocks_hosted_calls(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client_module, "_forbidden", False)
    monkeypatch.setenv("ONWARD_FORBID_NETWORK", "1")
    client = OpenAICompatClient("https://api.example.com/v1", "m", "sk-test", 1.0)
    with pytest.raises(RealModelCallsForbidden):
        client.complete(MESSAGES)


@pytest.mark.usefixtures("forbid")
def test_switch_allows_loopback_and_injected_transports(make: Make, stub: StubServer) -> None:
    stub.add(completion("Local is fine."))
    assert make().complete(MESSAGES).text == "Local is fine."

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.host == "api.example.com"
        return httpx.Response(200, json={"choices": [{"message": {"content": "Mocked."}}]})

    transport = httpx.MockTransport(handler)
    client = OpenAICompatClient("https://api.example.com/v1", "m", "sk-test", 1.0, transport)
    assert client.complete(MESSAGES).text == "Mocked."
    assert client.complete(MESSAGES).text == "Mocked."  # the injected transport is not closed
