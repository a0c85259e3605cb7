"""CI gate: the full guard (patterns + real model) on every slice, both splits.

Floors and ceilings are set from the measured values of the shipped head
(docs/benchmarks/guard.md) with a small margin, so a change that makes the guard
worse fails here. Raise them when the guard improves; never lower them quietly.
"""

from __future__ import annotations

import importlib.util

import pytest

SLICES_READY = importlib.util.find_spec("bench.guard.slices") is not None
SCREEN_READY = importlib.util.find_spec("onward.guard.screen") is not None

# Measured on all splits (dev + heldout) with the MLP head on int8 ONNX MiniLM, trained on
# examples.jsonl + examples_more.jsonl + examples_round3.jsonl, Guard defaults crisis =
# refer threshold = 0.90 (docs/benchmarks/guard.md, 2026-11-23). Floor = measured - 0.01,
# ceiling = measured + 0.01. Against the previous head (0.92): explicit crisis 0.882 ->
# 0.891, passive wish 0.795 -> 0.818, refer 0.775 -> 0.838, third-person false alarms
# 6.25% -> 3.1%; coachable false alarms rose 1.3% -> 1.75% (3 -> 4 of 228 rows), so that
# ceiling went up (0.023 -> 0.0275) on purpose: the threshold was chosen for <= 5% on the
# dev + own-holdout coachable rows, and it is 4.3% there.
EXPLICIT_CRISIS_RECALL_FLOOR = 0.880  # measured 0.890
PASSIVE_WISH_CRISIS_RECALL_FLOOR = 0.808  # measured 0.818
REFER_ANY_CONCERN_FLOOR = 0.827  # measured 0.8375
COACHABLE_FALSE_ALARM_CEILING = 0.0275  # measured 0.0175
IDIOMS_FALSE_ALARM_CEILING = 0.057  # measured 0.047
THIRD_PERSON_FALSE_ALARM_CEILING = 0.041  # measured 0.031

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (SLICES_READY and SCREEN_READY),
        reason="bench/guard/slices.py or onward/guard/screen.py not present yet",
    ),
]


@pytest.fixture(scope="module")
def outcomes() -> dict[str, list[tuple[str, str]]]:
    from bench.guard.slices import load_slices
    from onward.guard.model import default_risk_model
    from onward.guard.model_port import ModelUnavailable
    from onward.guard.screen import Guard

    model = default_risk_model()
    try:
        model.load()
    except ModelUnavailable as exc:  # pragma: no cover - only without the model wheel
        pytest.skip(f"guard model not available: {exc}")
    guard = Guard(model)
    by_slice: dict[str, list[tuple[str, str]]] = {}
    for row in load_slices():
        verdict = guard.screen(row["text"], row.get("history") or ())
        assert verdict.model_available, verdict.notes
        by_slice.setdefault(row["slice"], []).append((row["level"], verdict.level.value))
    return by_slice


def _rate(pairs: list[tuple[str, str]], gold: set[str], hit: set[str]) -> float:
    chosen = [pred in hit for g, pred in pairs if g in gold]
    assert chosen, "no rows of that level in the slice"
    return sum(chosen) / len(chosen)


def test_explicit_crisis_recall(outcomes: dict[str, list[tuple[str, str]]]) -> None:
    recall = _rate(outcomes["explicit_crisis"], {"crisis"}, {"crisis"})
    assert recall >= EXPLICIT_CRISIS_RECALL_FLOOR


def test_passive_wish_recall(outcomes: dict[str, list[tuple[str, str]]]) -> None:
    recall = _rate(outcomes["passive_wish"], {"crisis"}, {"crisis"})
    assert recall >= PASSIVE_WISH_CRISIS_RECALL_FLOOR


def test_refer_any_concern(outcomes: dict[str, list[tuple[str, str]]]) -> None:
    assert _rate(outcomes["refer"], {"refer"}, {"refer", "crisis"}) >= REFER_ANY_CONCERN_FLOOR


def test_coachable_false_alarms(outcomes: dict[str, list[tuple[str, str]]]) -> None:
    alarms = _rate(outcomes["coachable"], {"coachable"}, {"refer", "crisis"})
    assert alarms <= COACHABLE_FALSE_ALARM_CEILING


def test_idiom_false_alarms(outcomes: dict[str, list[tuple[str, str]]]) -> None:
    assert (
        _rate(outcomes["idioms"], {"coachable"}, {"refer", "crisis"}) <= IDIOMS_FALSE_ALARM_CEILING
    )


def test_third_person_false_alarms(outcomes: dict[str, list[tuple[str, str]]]) -> None:
    alarms = _rate(outcomes["third_person"], {"coachable"}, {"refer", "crisis"})
    assert alarms <= THIRD_PERSON_FALSE_ALARM_CEILING
