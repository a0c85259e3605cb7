"""Builds the guard alone, without the database layer (for fast analysis commands)."""

from __future__ import annotations

from onward.embedding.default import default_embedder
from onward.embedding.port import Embedder
from onward.guard.screen import Guard


def build_embedder() -> Embedder:
    """The sentence embedder the guard and the saboteur recogniser share (loads lazily)."""
    return default_embedder()


def build_guard(use_model: bool = True, embedder: Embedder | None = None) -> Guard:
    """The guard with its learned layer; if the model cannot load, patterns still run."""
    if not use_model:
        return Guard(model=None)
    from onward.guard.model import EmbeddingRiskModel

    return Guard(model=EmbeddingRiskModel(embedder or build_embedder()))
