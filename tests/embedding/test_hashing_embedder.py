"""The deterministic fake embedder other modules' tests rely on."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from onward.embedding import DIMENSION, Embedder, HashingEmbedder


def test_shape_dtype_and_unit_rows() -> None:
    got = HashingEmbedder().embed(["I want to plan my week", "", "!!!", "ok"])
    assert got.shape == (4, DIMENSION)
    assert got.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-6)


def test_empty_input() -> None:
    got = HashingEmbedder().embed([])
    assert got.shape == (0, DIMENSION)
    assert got.dtype == np.float32


def test_lower_cased_and_order_of_rows_kept() -> None:
    fake = HashingEmbedder()
    a, b, c = fake.embed(["Saying NO at work", "saying no at work", "the cat sat"])
    np.testing.assert_array_equal(a, b)
    assert not np.allclose(a, c)


def test_shared_words_give_higher_cosine() -> None:
    a, b, c = HashingEmbedder().embed(
        ["I keep missing my running goal", "my running goal slipped again", "budget spreadsheet"]
    )
    assert float(a @ b) > float(a @ c) + 0.2


def test_bigrams_distinguish_word_order() -> None:
    a, b = HashingEmbedder().embed(["dog bites man", "man bites dog"])
    assert float(a @ b) < 0.99


def test_same_vector_in_another_process() -> None:
    # Python's hash() is salted per process; the fake must not depend on it.
    code = (
        "from onward.embedding import HashingEmbedder;"
        "print(HashingEmbedder().embed(['stable across runs'])[0][:8].tolist())"
    )
    other = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    here = str(HashingEmbedder().embed(["stable across runs"])[0][:8].tolist())
    assert other == here


def test_custom_dimension_and_protocol() -> None:
    fake: Embedder = HashingEmbedder(dimension=16)
    assert fake.embed(["x y"]).shape == (1, 16)
    with pytest.raises(ValueError):
        HashingEmbedder(dimension=0)


def test_single_string_is_refused() -> None:
    with pytest.raises(TypeError):
        HashingEmbedder().embed("not a list")
    with pytest.raises(TypeError):
        HashingEmbedder().embed([None])  # type: ignore[list-item]
