"""Builds the guard alone, without the database layer (for fast analysis commands)."""

from __future__ import annotations

from onward.embedding.default import default_embedder
from onward.embedding.port import Embedder
from onward.guard.screen import Guard


def build_embedder() -> Embedder:
    """The stock sentence embedder (the saboteur recogniser's; loads lazily)."""
    return default_embedder()


def build_guard_embedder() -> Embedder:
    """The guard's own encoder: MiniLM fine-tuned on the guard's training rows
    (scripts/finetune_guard_encoder.py), int8 ONNX, loads lazily; no numpy fallback (the
    guard then runs its patterns and says the model is unavailable)."""
    from onward.guard.model import guard_embedder

    return guard_embedder()


def build_guard(use_model: bool = True, embedder: Embedder | None = None) -> Guard:
    """The guard with its learned layer; if the model cannot load, patterns still run.

    `embedder` replaces the guard's encoder (tests); the shipped head fits only the
    guard's own encoder."""
    if not use_model:
        return Guard(model=None)
    from onward.guard.model import EmbeddingRiskModel

    return Guard(model=EmbeddingRiskModel(embedder or build_guard_embedder()))
