"""The int8 ONNX MiniLM embedder: fidelity to the float model, batching, failure modes.

Fidelity is measured against sentence-transformers' own vectors (the fixture) and, on
~200 varied sentences (fidelity_sentences.txt), against the float numpy forward pass,
which matches sentence-transformers to cosine 0.9999 (test_minilm.py).
"""

from __future__ import annotations

import hashlib
import json
import logging
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from onward.embedding import (
    DIMENSION,
    EmbedderUnavailable,
    FallbackEmbedder,
    HashingEmbedder,
    MiniLMEmbedder,
    OnnxMiniLMEmbedder,
    default_model_dir,
)
from onward.embedding.onnx_minilm import default_model_path

HERE = Path(__file__).parent
MIN_COSINE = 0.98
MEAN_COSINE = 0.995


def _sentences() -> list[str]:
    lines = (HERE / "fidelity_sentences.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("# ")]


@pytest.fixture(scope="module")
def embedder() -> OnnxMiniLMEmbedder:
    model = OnnxMiniLMEmbedder()
    model.load()
    return model


def test_close_to_sentence_transformers_on_the_fixture(embedder: OnnxMiniLMEmbedder) -> None:
    items = json.loads((HERE / "reference_vectors.json").read_text(encoding="utf-8"))["items"]
    expected = np.array([item["vector"] for item in items], dtype=np.float32)
    expected /= np.linalg.norm(expected, axis=1, keepdims=True)
    cosines = np.sum(embedder.embed([item["text"] for item in items]) * expected, axis=1)
    assert cosines.min() >= MIN_COSINE, cosines.round(5).tolist()
    assert cosines.mean() >= MEAN_COSINE, cosines.round(5).tolist()


def test_close_to_the_float_model_on_varied_sentences(embedder: OnnxMiniLMEmbedder) -> None:
    texts = _sentences()
    assert len(texts) >= 190
    cosines = np.sum(embedder.embed(texts) * MiniLMEmbedder().embed(texts), axis=1)
    worst = {texts[i]: round(float(cosines[i]), 5) for i in np.argsort(cosines)[:5]}
    assert cosines.min() >= MIN_COSINE, worst
    assert cosines.mean() >= MEAN_COSINE, (float(cosines.mean()), worst)


def test_sidecar_describes_the_packaged_graph() -> None:
    path = default_model_path()
    sidecar = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert sidecar["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert sidecar["opset"] == 17
    assert sidecar["fidelity"]["min_cosine"] >= MIN_COSINE
    assert sidecar["fidelity"]["mean_cosine"] >= MEAN_COSINE


def test_a_text_gets_the_same_vector_whatever_it_is_batched_with(
    embedder: OnnxMiniLMEmbedder,
) -> None:
    # Blockwise int8 quantises each row on its own, so padding and batch-mates do not
    # move a vector (per-tensor dynamic quantisation would: cosine down to 0.93).
    texts = [
        "A much longer message about deadlines, delegation and saying no to my manager.",
        "short",
        "",
        "Medium length sentence about running.",
        "short",
        *_sentences()[:40],
    ]
    small_batches = OnnxMiniLMEmbedder(batch_size=2)
    together = small_batches.embed(texts)
    in_one = embedder.embed(texts)
    alone = np.vstack([embedder.embed([text]) for text in texts])
    np.testing.assert_allclose(together, alone, atol=1e-4)
    np.testing.assert_allclose(in_one, alone, atol=1e-4)
    np.testing.assert_allclose(together[1], together[4], atol=1e-6)


def test_concurrent_calls_share_one_session() -> None:
    model = OnnxMiniLMEmbedder()
    texts = [f"message number {n} about my goals for the week" for n in range(8)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        rows = list(pool.map(lambda text: model.embed([text])[0], texts))
    np.testing.assert_allclose(np.vstack(rows), model.embed(texts), atol=1e-4)


def test_missing_graph_is_unavailable_and_remembered(tmp_path: Path) -> None:
    path = tmp_path / "model.onnx"
    model = OnnxMiniLMEmbedder(path)
    with pytest.raises(EmbedderUnavailable, match="not found"):
        model.embed(["hello"])
    path.symlink_to(default_model_path())
    with pytest.raises(EmbedderUnavailable, match="not found"):
        model.load()  # no re-read per call
    assert not model.loaded
    assert OnnxMiniLMEmbedder(path).embed(["hello"]).shape == (1, DIMENSION)


def test_corrupt_graph_is_unavailable(tmp_path: Path) -> None:
    path = tmp_path / "model.onnx"
    path.write_bytes(b"\x08\x07not a protobuf at all")
    with pytest.raises(EmbedderUnavailable, match="unreadable"):
        OnnxMiniLMEmbedder(path).load()


def test_truncated_graph_is_unavailable(tmp_path: Path) -> None:
    path = tmp_path / "model.onnx"
    with default_model_path().open("rb") as source:
        path.write_bytes(source.read(300_000))
    with pytest.raises(EmbedderUnavailable):
        OnnxMiniLMEmbedder(path).load()


def test_missing_or_corrupt_tokenizer_is_unavailable(tmp_path: Path) -> None:
    with pytest.raises(EmbedderUnavailable, match="tokenizer"):
        OnnxMiniLMEmbedder(tokenizer_path=tmp_path / "tokenizer.json").load()
    (tmp_path / "tokenizer.json").write_text("{}", encoding="utf-8")
    with pytest.raises(EmbedderUnavailable, match="tokenizer"):
        OnnxMiniLMEmbedder(tokenizer_path=tmp_path / "tokenizer.json").load()


def test_explicit_tokenizer_path_gives_the_same_vectors(embedder: OnnxMiniLMEmbedder) -> None:
    model = OnnxMiniLMEmbedder(tokenizer_path=default_model_dir() / "tokenizer.json")
    np.testing.assert_allclose(model.embed(["hello there"]), embedder.embed(["hello there"]))


def test_bad_settings_are_refused() -> None:
    with pytest.raises(ValueError):
        OnnxMiniLMEmbedder(batch_size=0)
    with pytest.raises(ValueError):
        OnnxMiniLMEmbedder(max_tokens=1000)
    with pytest.raises(ValueError):
        OnnxMiniLMEmbedder(threads=0)


def test_fallback_is_used_and_logged_when_the_graph_cannot_load(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    built: list[HashingEmbedder] = []

    def spare() -> HashingEmbedder:
        built.append(HashingEmbedder())
        return built[-1]

    model = FallbackEmbedder(OnnxMiniLMEmbedder(tmp_path / "missing.onnx"), spare)
    with caplog.at_level(logging.WARNING, logger="onward.embedding"):
        got = model.embed(["hello", "there"])
        model.embed(["again"])
    assert got.shape == (2, DIMENSION)
    assert model.active is built[0] and len(built) == 1
    assert "OnnxMiniLMEmbedder unavailable" in caplog.text and "not found" in caplog.text
    assert len(caplog.records) == 1


def test_fallback_is_not_built_when_the_graph_loads() -> None:
    def spare() -> HashingEmbedder:
        raise AssertionError("the fallback should not be built")

    primary = OnnxMiniLMEmbedder()
    model = FallbackEmbedder(primary, spare)
    model.load()
    assert model.active is primary
    assert model.embed(["hello"]).shape == (1, DIMENSION)


def test_default_embedder_is_onnx() -> None:
    from onward.bootstrap_guard import build_embedder

    model = build_embedder()
    assert isinstance(model, FallbackEmbedder)
    assert model.dimension == DIMENSION
    model.load()
    assert isinstance(model.active, OnnxMiniLMEmbedder)
