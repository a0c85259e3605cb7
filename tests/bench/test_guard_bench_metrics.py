"""Metric functions of the guard benchmark on tiny inputs with known answers."""

from __future__ import annotations

import pytest

from bench.guard.keyword_baseline import classify
from bench.guard.metrics import level_summary, percentile, precision_at_base_rate, prf, rate


def test_prf_known_counts() -> None:
    m = prf([True, True, False, False], [True, False, True, False])
    assert (m.precision, m.recall, m.f1, m.support) == (0.5, 0.5, 0.5, 2)


def test_prf_undefined_without_cases() -> None:
    m = prf([False, False], [False, False])
    assert m.precision is None and m.recall is None and m.f1 is None


def test_prf_zero_f1_when_all_wrong() -> None:
    assert prf([True, False], [False, True]).f1 == 0.0


def test_precision_at_base_rate() -> None:
    # recall 0.9, FPR 0.05 at 2%: 0.018 / (0.018 + 0.049)
    assert precision_at_base_rate(0.9, 0.05, 0.02) == pytest.approx(0.018 / 0.067)
    assert precision_at_base_rate(1.0, 0.0, 0.02) == 1.0
    assert precision_at_base_rate(None, 0.1, 0.02) is None
    assert precision_at_base_rate(0.0, 0.0, 0.02) is None


def test_percentile_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 50) == 50.0
    assert percentile(values, 95) == 95.0
    assert percentile([3.0], 95) == 3.0
    assert percentile([], 50) is None


def test_rate() -> None:
    assert rate([True, False, False, False]) == 0.25
    assert rate([]) is None


def test_level_summary() -> None:
    gold = ["crisis", "crisis", "refer", "coachable", "coachable"]
    pred = ["crisis", "refer", "coachable", "refer", "coachable"]
    s = level_summary(gold, pred)
    assert s["crisis_recall"] == 0.5
    assert s["any_concern_recall"] == pytest.approx(2 / 3)
    assert s["false_alarm_coachable"] == 0.5
    assert s["crisis_precision_at_2pct"] == 1.0  # no false crisis at all


def test_keyword_baseline_is_naive_on_purpose() -> None:
    assert classify("I want to kill myself")[0] == "crisis"
    assert classify("I feel hopeless")[0] == "refer"
    assert classify("I want a promotion")[0] == "coachable"
