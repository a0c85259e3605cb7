"""A scripted OpenAI-compatible server on 127.0.0.1 (random port) for the LLM voice tests.

Each test queues the responses it wants, in order; the server records every request.
Pauses wait on an event that stop() sets, so a "slow" server never slows the suite, and
stop() joins every handler thread and closes every socket (warnings are errors here).
"""

from __future__ import annotations

import json
import sys
import threading
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any


@dataclass
class Scripted:
    status: int = 200
    body: bytes = b""
    content_type: str = "application/json"
    delay_s: float = 0.0  # before the status line: a slow server
    parts: Sequence[bytes | float] = ()  # streamed after body; a float is a pause


@dataclass
class Recorded:
    path: str
    headers: dict[str, str]
    body: Any


def completion(text: str, finish_reason: str = "stop") -> Scripted:
    payload = {
        "id": "chatcmpl-stub",
        "object": "chat.completion",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text},
                "finish_reason": finish_reason,
            }
        ],
    }
    return Scripted(body=json.dumps(payload).encode())


def _sse(payload: dict[str, Any] | str) -> bytes:
    data = payload if isinstance(payload, str) else json.dumps(payload)
    return f"data: {data}\n\n".encode()


def _delta(content: str | None, finish_reason: str | None = None) -> dict[str, Any]:
    delta: dict[str, Any] = {} if content is None else {"content": content}
    return {
        "object": "chat.completion.chunk",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}],
    }


def streamed(*deltas: str | float, finish_reason: str = "stop", done: bool = True) -> Scripted:
    """SSE like OpenAI's: a role-only chunk, the deltas (floats pause), finish, [DONE]."""
    role = {"choices": [{"index": 0, "delta": {"role": "assistant"}, "finish_reason": None}]}
    parts: list[bytes | float] = [b": keep-alive\n\n", _sse(role)]
    for item in deltas:
        parts.append(item if isinstance(item, float) else _sse(_delta(item)))
    if done:
        parts += [_sse(_delta(None, finish_reason)), _sse("[DONE]")]
    return Scripted(content_type="text/event-stream", parts=parts)


def raw(body: str | bytes, status: int = 200, content_type: str = "application/json") -> Scripted:
    data = body.encode() if isinstance(body, str) else body
    return Scripted(status=status, body=data, content_type=content_type)


def raw_stream(*lines: str) -> Scripted:
    return Scripted(content_type="text/event-stream", parts=[line.encode() for line in lines])


class _Server(ThreadingHTTPServer):
    # Non-daemon threads that server_close() joins: no handler outlives its test.
    daemon_threads = False
    block_on_close = True
    stub: StubServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError):
            return  # the client gave up (a timeout test): expected
        if error is not None:
            self.stub.errors.append(error)


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        stub = self.server.stub
        raw_body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        try:
            body: Any = json.loads(raw_body)
        except ValueError:
            body = raw_body
        scripted = stub.record(Recorded(self.path, dict(self.headers.items()), body))
        if scripted.delay_s and stub.released.wait(scripted.delay_s):
            return
        self.send_response(scripted.status)
        self.send_header("Content-Type", scripted.content_type)
        if not scripted.parts:
            self.send_header("Content-Length", str(len(scripted.body)))
        self.end_headers()  # HTTP/1.0: without a length, closing the socket ends the body
        self.wfile.write(scripted.body)
        for part in scripted.parts:
            if isinstance(part, float):
                self.wfile.flush()
                if stub.released.wait(part):
                    return
            else:
                self.wfile.write(part)
        self.wfile.flush()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass  # keep test output clean


class StubServer:
    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.errors: list[BaseException] = []
        self.released = threading.Event()
        self._script: deque[Scripted] = deque()
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.stub = self
        # A short poll interval: shutdown() waits up to one interval, at every test's teardown.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def add(self, *scripted: Scripted) -> StubServer:
        with self._lock:
            self._script.extend(scripted)
        return self

    def record(self, request: Recorded) -> Scripted:
        with self._lock:
            self.requests.append(request)
            if self._script:
                return self._script.popleft()
        self.errors.append(AssertionError(f"unscripted request to {request.path}"))
        return raw('{"error": "unscripted"}', status=599)

    def start(self) -> StubServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.released.set()
        self._server.shutdown()
        self._server.server_close()  # joins handler threads
        self._thread.join()

    def __enter__(self) -> StubServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
        if self.errors and exc is None:
            raise AssertionError(f"stub server errors: {self.errors!r}")
