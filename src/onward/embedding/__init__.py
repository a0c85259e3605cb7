"""Sentence embeddings: one narrow interface, the real MiniLM model, and a fake for tests.

MiniLM runs either on onnxruntime from a packaged int8 graph (OnnxMiniLMEmbedder, the
default) or as a numpy forward pass of the float weights (MiniLMEmbedder). Importing
this package loads nothing: both read their files on first use or on load().
"""

from onward.embedding.fake import HashingEmbedder
from onward.embedding.fallback import FallbackEmbedder
from onward.embedding.minilm import MiniLMEmbedder, default_model_dir
from onward.embedding.onnx_minilm import OnnxMiniLMEmbedder
from onward.embedding.port import DIMENSION, Embedder, EmbedderUnavailable

__all__ = [
    "DIMENSION",
    "Embedder",
    "EmbedderUnavailable",
    "FallbackEmbedder",
    "HashingEmbedder",
    "MiniLMEmbedder",
    "OnnxMiniLMEmbedder",
    "default_model_dir",
]
