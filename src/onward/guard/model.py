"""The learned layer: a small head over sentence embeddings.

`EmbeddingRiskModel` embeds each message with the guard's own encoder (all-MiniLM-L6-v2
fine-tuned on the guard's training rows by `scripts/finetune_guard_encoder.py`, int8
ONNX, built by `onward.bootstrap_guard.build_guard_embedder`) and applies the head trained
over it by `scripts/train_guard_head.py` (what both were trained on is in the JSON
sidecars beside the weights and in docs/benchmarks/guard.md).

Head formats: 1 is linear (category and level heads read the standardised embedding);
2 adds one shared ReLU hidden layer (`hid_w`, `hid_b`) that both heads read.

Scores are calibrated so that 0.5 is each category's decision threshold, chosen on
held-out folds of the project's own examples: a consumer can compare every category
with 0.5 instead of knowing per-category thresholds. A level head (coachable / refer /
crisis) backs the category heads up: when it is confident a message is a crisis (or a
concern) but no category head crosses 0.5, the most likely category of that level is
raised to the level head's score, so concern that is spread over several categories is
not lost.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from onward.embedding.port import Embedder, EmbedderUnavailable
from onward.guard.model_port import ModelUnavailable
from onward.guard.verdict import CATEGORIES, CRISIS_CATEGORIES, REFER_CATEGORIES

HEAD_FILE = "model_head.npz"
ENCODER_FILE = "guard-encoder-int8.onnx"  # the head above is trained over this encoder
HEAD_FORMAT = 2
HEAD_FORMATS = (1, 2)  # formats load_head accepts
BATCH_SIZE = 64  # bounds peak memory of one embedding call; MiniLM batches within it
LEVELS = ("coachable", "refer", "crisis")

F32 = NDArray[np.float32]


def default_head_path() -> Path:
    return Path(str(resources.files("onward.guard"))) / HEAD_FILE


def default_encoder_path() -> Path:
    return Path(str(resources.files("onward.guard"))) / ENCODER_FILE


def _sigmoid(x: NDArray[np.floating]) -> F32:
    return (1.0 / (1.0 + np.exp(-np.clip(x, -40.0, 40.0)))).astype(np.float32)


def _softmax(x: NDArray[np.floating]) -> F32:
    z = x - x.max(axis=1, keepdims=True)
    e = np.exp(z)
    return (e / e.sum(axis=1, keepdims=True)).astype(np.float32)


@dataclass(frozen=True)
class Head:
    """Weights of the head. Shapes are checked once, at load."""

    mean: F32  # (d,) feature centring
    scale: F32  # (d,) feature scaling
    cat_w: F32  # (d, n_categories)
    cat_b: F32  # (n_categories,)
    cat_shift: F32  # (n_categories,) logit of each calibrated threshold
    level_w: F32  # (d, 3) coachable, refer, crisis
    level_b: F32  # (3,)
    level_shift: F32  # (2,) logits of the crisis and the concern (refer or crisis) thresholds
    categories: tuple[str, ...]
    hid_w: F32 | None = None  # (d, h) shared hidden layer (format 2); None: linear head
    hid_b: F32 | None = None  # (h,)

    @property
    def dimension(self) -> int:
        return int(self.mean.shape[0])

    def features(self, emb: NDArray[np.floating]) -> F32:
        """What the output heads read: standardised embedding, through the hidden layer."""
        x = ((emb - self.mean) / self.scale).astype(np.float32)
        if self.hid_w is None or self.hid_b is None:
            return x
        return np.maximum(x @ self.hid_w + self.hid_b, 0.0).astype(np.float32)

    def category_logits(self, emb: NDArray[np.floating]) -> F32:
        return (self.features(emb) @ self.cat_w + self.cat_b).astype(np.float32)

    def level_probs(self, emb: NDArray[np.floating]) -> F32:
        return _softmax(self.features(emb) @ self.level_w + self.level_b)

    def calibrated(self, emb: NDArray[np.floating]) -> F32:
        """(n, n_categories) scores where 0.5 is each category's threshold, levels fused in."""
        scores = _sigmoid(self.category_logits(emb) - self.cat_shift)
        levels = self.level_probs(emb)
        crisis = _logit(levels[:, 2]) - self.level_shift[0]
        concern = _logit(levels[:, 1] + levels[:, 2]) - self.level_shift[1]
        crisis_idx = [self.categories.index(c) for c in CRISIS_CATEGORIES]
        refer_idx = [self.categories.index(c) for c in REFER_CATEGORIES]
        _raise_top(scores, crisis_idx, _sigmoid(crisis))
        # A concern without a crisis category goes to the refer side: the level head
        # says "something clinical", and refer is the milder of the two answers.
        _raise_top(scores, refer_idx, _sigmoid(concern), also_blocked_by=crisis_idx)
        return scores


def _logit(p: NDArray[np.floating]) -> F32:
    q = np.clip(p, 1e-6, 1.0 - 1e-6)
    return np.log(q / (1.0 - q)).astype(np.float32)


def _raise_top(
    scores: F32, idx: list[int], level_score: F32, also_blocked_by: list[int] | None = None
) -> None:
    """Where the level score passes 0.5 but no category of that level does, lift the top one."""
    block = idx + (also_blocked_by or [])
    needs = (level_score >= 0.5) & (scores[:, block].max(axis=1) < 0.5)
    for row in np.flatnonzero(needs):
        top = idx[int(np.argmax(scores[row, idx]))]
        scores[row, top] = max(float(scores[row, top]), float(level_score[row]))


def load_head(path: str | Path) -> Head:
    """Read and validate a head file; any problem becomes ModelUnavailable with the reason."""
    path = Path(path)
    if not path.is_file():
        raise ModelUnavailable(f"guard model head not found: {path}")
    try:
        with np.load(path, allow_pickle=False) as data:
            arrays = {key: np.asarray(data[key]) for key in data.files}
    except Exception as exc:  # zipfile.BadZipFile, ValueError, OSError, EOFError ...
        raise ModelUnavailable(f"guard model head is unreadable: {path}: {exc}") from exc
    try:
        fmt = int(arrays["format"])
        if fmt not in HEAD_FORMATS:
            raise ValueError(f"format {fmt}, expected one of {HEAD_FORMATS}")
        hidden = fmt >= 2
        head = Head(
            mean=arrays["mean"].astype(np.float32),
            scale=arrays["scale"].astype(np.float32),
            cat_w=arrays["cat_w"].astype(np.float32),
            cat_b=arrays["cat_b"].astype(np.float32),
            cat_shift=arrays["cat_shift"].astype(np.float32),
            level_w=arrays["level_w"].astype(np.float32),
            level_b=arrays["level_b"].astype(np.float32),
            level_shift=arrays["level_shift"].astype(np.float32),
            categories=tuple(str(c) for c in arrays["categories"]),
            hid_w=arrays["hid_w"].astype(np.float32) if hidden else None,
            hid_b=arrays["hid_b"].astype(np.float32) if hidden else None,
        )
        _check_shapes(head)
    except (KeyError, ValueError, TypeError) as exc:
        raise ModelUnavailable(f"guard model head is invalid: {path}: {exc}") from exc
    return head


def _check_shapes(head: Head) -> None:
    d, n = head.dimension, len(head.categories)
    if set(head.categories) != set(CATEGORIES):
        raise ValueError("categories do not match onward.guard.verdict.CATEGORIES")
    f = d
    expected: dict[str, tuple[F32, tuple[int, ...]]] = {}
    if head.hid_w is not None and head.hid_b is not None:
        f = int(head.hid_b.shape[0]) if head.hid_b.ndim == 1 else -1
        expected["hid_w"] = (head.hid_w, (d, f))
        expected["hid_b"] = (head.hid_b, (f,))
    expected |= {
        "scale": (head.scale, (d,)),
        "cat_w": (head.cat_w, (f, n)),
        "cat_b": (head.cat_b, (n,)),
        "cat_shift": (head.cat_shift, (n,)),
        "level_w": (head.level_w, (f, 3)),
        "level_b": (head.level_b, (3,)),
        "level_shift": (head.level_shift, (2,)),
    }
    for name, (array, shape) in expected.items():
        if array.shape != shape:
            raise ValueError(f"{name} has shape {array.shape}, expected {shape}")
    if not all(np.isfinite(a).all() for a, _ in expected.values()) or (head.scale <= 0).any():
        raise ValueError("weights are not finite, or a scale is not positive")


class EmbeddingRiskModel:
    """RiskModel over an Embedder. Loads the head lazily (or by load()); thread-safe."""

    def __init__(self, embedder: Embedder, head_path: str | Path | None = None) -> None:
        self._embedder = embedder
        self._head_path = Path(head_path) if head_path is not None else None
        self._head: Head | None = None
        self._lock = threading.Lock()

    def load(self) -> None:
        """Read the head and warm the embedder now; raises ModelUnavailable with the reason."""
        head = self._load_head()
        load = getattr(self._embedder, "load", None)
        try:
            if callable(load):
                load()
        except EmbedderUnavailable as exc:
            raise ModelUnavailable(f"sentence embedder unavailable: {exc}") from exc
        if head.dimension != self._embedder.dimension:
            raise ModelUnavailable(
                f"head expects {head.dimension}-d embeddings, embedder gives "
                f"{self._embedder.dimension}"
            )

    def _load_head(self) -> Head:
        with self._lock:
            if self._head is None:
                self._head = load_head(self._head_path or default_head_path())
            return self._head

    def scores(self, texts: Sequence[str]) -> list[dict[str, float]]:
        items = list(texts)
        if not items:
            return []
        head = self._load_head()
        out: list[dict[str, float]] = []
        for start in range(0, len(items), BATCH_SIZE):
            emb = self._embed(items[start : start + BATCH_SIZE], head)
            for row in head.calibrated(emb):
                out.append({c: float(s) for c, s in zip(head.categories, row, strict=True)})
        return out

    def levels(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """Raw level-head probabilities (uncalibrated), for diagnostics and benchmarks."""
        items = list(texts)
        if not items:
            return []
        head = self._load_head()
        probs = head.level_probs(self._embed(items, head))
        return [{lv: float(p) for lv, p in zip(LEVELS, row, strict=True)} for row in probs]

    def _embed(self, texts: list[str], head: Head) -> F32:
        try:
            emb = np.asarray(self._embedder.embed(texts), dtype=np.float32)
        except EmbedderUnavailable as exc:
            raise ModelUnavailable(f"sentence embedder unavailable: {exc}") from exc
        if emb.shape != (len(texts), head.dimension):
            raise ModelUnavailable(
                f"embedder returned shape {emb.shape}, expected ({len(texts)}, {head.dimension})"
            )
        return emb


def guard_embedder() -> Embedder:
    """The guard's own encoder (fine-tuned MiniLM, int8 ONNX), loaded on first use. There
    is no numpy fallback for it: if onnxruntime cannot open it, the model is unavailable
    and the patterns run alone, saying so."""
    from onward.embedding.onnx_minilm import OnnxMiniLMEmbedder

    return OnnxMiniLMEmbedder(model_path=default_encoder_path())


def default_risk_model() -> EmbeddingRiskModel:
    """The shipped model: the guard's encoder and the packaged head, loaded on first use."""
    return EmbeddingRiskModel(guard_embedder())
