"""An embedder that uses a preferred model and, if that cannot load, a second one."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence

import numpy as np
from numpy.typing import NDArray

from onward.embedding.port import Embedder, EmbedderUnavailable

log = logging.getLogger("onward.embedding")


class FallbackEmbedder:
    """`primary` unless its load() raises EmbedderUnavailable; then `fallback()`, logged once.

    Both must give the same vectors up to their precision (here: the int8 ONNX graph and
    the float numpy pass of the same model). The choice is made once, on first use or
    load(), and kept. The fallback is only built if it is needed.
    """

    def __init__(self, primary: Embedder, fallback: Callable[[], Embedder]) -> None:
        self.dimension = primary.dimension
        self._primary = primary
        self._fallback = fallback
        self._active: Embedder | None = None
        self._spare: Embedder | None = None
        self._lock = threading.Lock()

    @property
    def active(self) -> Embedder | None:
        """The embedder in use, once chosen."""
        return self._active

    def load(self) -> None:
        """Choose and load now; raises EmbedderUnavailable only if neither loads."""
        if self._active is not None:
            return
        with self._lock:
            if self._active is not None:
                return
            try:
                _load(self._primary)
                chosen = self._primary
            except EmbedderUnavailable as exc:
                if self._spare is None:  # both remember their failures: build and log once
                    log.warning("%s unavailable, using the fallback: %s", _name(self._primary), exc)
                    self._spare = self._fallback()
                chosen = self._spare
                if chosen.dimension != self.dimension:
                    raise EmbedderUnavailable(
                        f"fallback embedder has width {chosen.dimension}, not {self.dimension}"
                    ) from exc
                _load(chosen)
            self._active = chosen

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        if self._active is None:
            self.load()
        assert self._active is not None  # load() chose one or raised
        return self._active.embed(texts)


def _load(embedder: Embedder) -> None:
    load = getattr(embedder, "load", None)
    if callable(load):
        load()


def _name(embedder: Embedder) -> str:
    return type(embedder).__name__
