"""What every MiniLM embedder promises (numpy forward pass and int8 ONNX alike)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from onward.embedding import DIMENSION, MiniLMEmbedder, OnnxMiniLMEmbedder
from onward.embedding.port import Embedder

# name -> (embedder with the packaged model, embedder whose model is missing under tmp)
KINDS: dict[str, tuple[Callable[[], Embedder], Callable[[Path], Embedder]]] = {
    "numpy": (MiniLMEmbedder, lambda tmp: MiniLMEmbedder(tmp)),
    "onnx": (OnnxMiniLMEmbedder, lambda tmp: OnnxMiniLMEmbedder(tmp / "none.onnx")),
}


@pytest.fixture(scope="module", params=sorted(KINDS))
def embedder(request: pytest.FixtureRequest) -> Embedder:
    model = KINDS[request.param][0]()
    model.load()  # type: ignore[attr-defined]
    return model


def test_output_shape_dtype_and_unit_rows(embedder: Embedder) -> None:
    got = embedder.embed(["I want to plan my week.", "", "ok"])
    assert got.shape == (3, DIMENSION)
    assert got.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)
    assert embedder.dimension == DIMENSION


def test_empty_input_gives_zero_rows(embedder: Embedder) -> None:
    got = embedder.embed([])
    assert got.shape == (0, DIMENSION)
    assert got.dtype == np.float32


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_empty_input_needs_no_model(kind: str, tmp_path: Path) -> None:
    # Nothing to embed should not cost a model load, nor fail when the model is absent.
    model = KINDS[kind][1](tmp_path)
    assert model.embed([]).shape == (0, DIMENSION)
    assert not model.loaded  # type: ignore[attr-defined]


def test_similar_sentences_are_closer_than_unrelated(embedder: Embedder) -> None:
    a, b, c = embedder.embed(
        [
            "I keep procrastinating on my report.",
            "I put off writing the report again.",
            "The cat sat on the mat.",
        ]
    )
    assert float(a @ b) > float(a @ c) + 0.3


def test_single_string_is_refused(embedder: Embedder) -> None:
    with pytest.raises(TypeError):
        embedder.embed("not a list")  # type: ignore[arg-type]
