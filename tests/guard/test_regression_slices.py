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

# Measured on all splits (dev + heldout) with the guard's fine-tuned int8 MiniLM encoder and
# its MLP head (trained on examples, examples_more, examples_round3-5 + the RallyPoint
# training half), Guard defaults crisis threshold 0.90, refer threshold 0.98
# (docs/benchmarks/guard.md, 2026-11-23). Floor = measured - 0.01, ceiling = measured +
# 0.01. Against the frozen-encoder head (0.90 / 0.90): explicit crisis 0.890 -> 0.923,
# passive wish 0.818 -> 0.886, coachable false alarms 1.75% -> 1.3%, idioms 4.7% (same),
# third person 3.1% -> 0%. The refer floor went DOWN on purpose (0.8375 -> 0.794): the
# refer threshold was raised to 0.98 so a model-only referral, which interrupts a coaching
# session, needs a surer score (session-reply false alarms 1.7% -> 1.1% on the round-5
# holdout; see the comment in screen.py).
EXPLICIT_CRISIS_RECALL_FLOOR = 0.913  # measured 0.923
PASSIVE_WISH_CRISIS_RECALL_FLOOR = 0.876  # measured 0.886
REFER_ANY_CONCERN_FLOOR = 0.783  # measured 0.794
COACHABLE_FALSE_ALARM_CEILING = 0.0235  # measured 0.0132
IDIOMS_FALSE_ALARM_CEILING = 0.057  # measured 0.047
THIRD_PERSON_FALSE_ALARM_CEILING = 0.01  # measured 0.0


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
