"""The embedder the product uses, shared by the guard and the saboteur recogniser."""

from __future__ import annotations

from onward.embedding.port import Embedder


def default_embedder() -> Embedder:
    """The int8 ONNX encoder (fast to load and run); if onnxruntime cannot open it, the
    numpy forward pass of the same model, with the reason logged. Loads lazily."""
    from onward.embedding.fallback import FallbackEmbedder
    from onward.embedding.minilm import MiniLMEmbedder
    from onward.embedding.onnx_minilm import OnnxMiniLMEmbedder

    return FallbackEmbedder(OnnxMiniLMEmbedder(), MiniLMEmbedder)
