"""A deterministic stand-in embedder, so tests of other modules run fast without the model."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from onward.embedding.port import DIMENSION, check_texts

_WORD = re.compile(r"\w+(?:'\w+)*")
# Texts without words still need a unit vector, so they all share this one feature.
_EMPTY_FEATURE = "\x00empty"


class HashingEmbedder:
    """Hashes lower-cased word unigrams and bigrams into a fixed number of signed buckets.

    Texts that share words get a positive cosine, unrelated texts land near zero,
    and the same text always gives the same vector in any process (no salted hash()).
    """

    def __init__(self, dimension: int = DIMENSION) -> None:
        if dimension < 1:
            raise ValueError("dimension must be positive")
        self.dimension = dimension

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        items = check_texts(texts)
        out = np.zeros((len(items), self.dimension), dtype=np.float32)
        for row, text in enumerate(items):
            for feature in _features(text):
                index, sign = self._bucket(feature)
                out[row, index] += sign
            norm = float(np.linalg.norm(out[row]))
            if norm == 0.0:
                # Signed features can cancel out exactly; fall back to the shared
                # empty vector so every row stays unit length as the port promises.
                index, sign = self._bucket(_EMPTY_FEATURE)
                out[row, index] = sign
                norm = 1.0
            out[row] /= norm
        return out

    def _bucket(self, feature: str) -> tuple[int, float]:
        digest = hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest()
        value = int.from_bytes(digest, "little")
        # Signed hashing keeps collisions from always adding up in one direction.
        sign = 1.0 if value >> 63 else -1.0
        return value % self.dimension, sign


def _features(text: str) -> list[str]:
    words = _WORD.findall(text.lower())
    if not words:
        return [_EMPTY_FEATURE]
    bigrams = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    return words + bigrams
