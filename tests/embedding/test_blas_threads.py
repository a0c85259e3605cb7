"""The process-wide BLAS thread limit the embedder applies around its forward pass."""

from __future__ import annotations

import sys

import pytest

from onward.embedding.blas_threads import BlasThreadLimit


def _blas_threads() -> list[int]:
    threadpoolctl = pytest.importorskip("threadpoolctl")
    return [p["num_threads"] for p in threadpoolctl.threadpool_info() if p["user_api"] == "blas"]


def test_limit_applies_inside_and_restores_after_nesting() -> None:
    before = _blas_threads()
    if not before:
        pytest.skip("numpy has no BLAS that threadpoolctl can see")
    limit = BlasThreadLimit()
    with limit.limit(1):
        assert _blas_threads() == [1] * len(before)
        with limit.limit(1):  # a second, overlapping caller
            assert _blas_threads() == [1] * len(before)
        assert _blas_threads() == [1] * len(before)  # still held by the first caller
    assert _blas_threads() == before


def test_none_leaves_blas_alone() -> None:
    before = _blas_threads()
    with BlasThreadLimit().limit(None):
        assert _blas_threads() == before


def test_without_threadpoolctl_it_is_a_no_op(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "threadpoolctl", None)  # makes the import fail
    ran = False
    with BlasThreadLimit().limit(1):
        ran = True
    assert ran
