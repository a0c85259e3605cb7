"""The worker loop: reminders arrive although the CLI exits after each command.

`run_worker` calls one pass of due work every `interval` seconds until stopped (a
signal, Ctrl-C, or the `stop` event in tests). One pass is a callable, so the loop
knows nothing of databases: on SQLite it runs in-process; on PostgreSQL any number
of workers run the same loop, and the deliveries queue sees to it that each message
goes out once.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

R = TypeVar("R")


def run_worker(
    run_once: Callable[[], R],
    *,
    interval: float = 60.0,
    stop: threading.Event | None = None,
    on_pass: Callable[[R], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    max_passes: int | None = None,
) -> int:
    """Run passes until stopped; returns how many ran. A failing pass is reported and
    the loop goes on: a database that is briefly away must not end the worker."""
    stop = stop or threading.Event()
    passes = 0
    with _stop_on_signals(stop):
        while not stop.is_set():
            try:
                result = run_once()
            except Exception as exc:  # noqa: BLE001 - reported, then the next pass retries
                if on_error is None:
                    raise
                on_error(exc)
            else:
                if on_pass is not None:
                    on_pass(result)
            passes += 1
            if max_passes is not None and passes >= max_passes:
                break
            stop.wait(interval)
    return passes


@contextmanager
def _stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """SIGTERM (systemd, docker) ends the loop cleanly between passes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous: Any = signal.getsignal(signal.SIGTERM)
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
