"""Limit numpy's BLAS thread pool while the embedder runs.

OpenBLAS threads spin while they wait for work. Small matmuls like one message's
gain little from them, and when there are more busy threads than cores (several web
workers, a shared CI box) the spinning makes a forward pass ten times slower. The
count is process-wide state, so concurrent embed calls share one reference-counted
limit instead of saving and restoring it over each other.

Without threadpoolctl this does nothing and BLAS keeps its own default.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class BlasThreadLimit:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._users = 0
        self._limiter: Any = None
        self._controller: Any = None
        self._looked_up = False

    @contextmanager
    def limit(self, threads: int | None) -> Iterator[None]:
        """Run the block with at most `threads` BLAS threads; None leaves BLAS alone."""
        if threads is None:
            yield
            return
        with self._lock:
            if self._users == 0:
                controller = self._get_controller()
                if controller is not None:
                    self._limiter = controller.limit(limits=threads, user_api="blas")
            self._users += 1
        try:
            yield
        finally:
            with self._lock:
                self._users -= 1
                if self._users == 0 and self._limiter is not None:
                    self._limiter.restore_original_limits()
                    self._limiter = None

    def _get_controller(self) -> Any:
        # Scanning the loaded libraries takes about a millisecond: do it once.
        if not self._looked_up:
            self._looked_up = True
            try:
                from threadpoolctl import ThreadpoolController
            except ImportError:
                return None
            self._controller = ThreadpoolController()
        return self._controller


BLAS_THREADS = BlasThreadLimit()
