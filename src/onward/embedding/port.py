"""The sentence-embedding interface shared by the guard, saboteur recogniser and measures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

DIMENSION = 384
"""Width of every vector this package produces (all-MiniLM-L6-v2's hidden size)."""


class EmbedderUnavailable(RuntimeError):
    """The embedding model cannot be used: files missing, corrupt, or a library absent.

    Callers catch this one exception to fall back (for example to rules only)
    instead of failing the whole request.
    """


class Embedder(Protocol):
    """Turns texts into unit-length float32 vectors, one row per text, in input order."""

    dimension: int

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """Return shape (len(texts), dimension); an empty sequence gives (0, dimension)."""
        ...


def check_texts(texts: Sequence[str]) -> list[str]:
    """Validate input shared by every embedder.

    A bare string is a Sequence[str] too; embedding it character by character is
    never what the caller meant, so it is refused.
    """
    if isinstance(texts, str):
        raise TypeError("embed() takes a sequence of strings, not a single string")
    out = list(texts)
    for text in out:
        if not isinstance(text, str):
            raise TypeError(f"embed() takes strings, got {type(text).__name__}")
    return out
