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
# its MLP head (trained on examples, examples_more, examples_round3-6, probe_round7 + the
# training halves of RallyPoint, pa_counseling and SMARTSpan), Guard defaults crisis
# threshold 0.91, refer threshold 0.98 (docs/benchmarks/guard.md). Floor = measured - 0.01,
# ceiling = measured + 0.01.
# History: frozen-encoder head -> first fine-tuned encoder (session 2) -> this one
# (session 3): explicit crisis 0.890 -> 0.923 -> 0.935; passive wish 0.818 -> 0.886 ->
# 0.886; refer any-concern 0.8375 -> 0.794 -> 0.750; coachable false alarms 1.75% -> 1.3%
# -> 1.3%; idioms 4.7% throughout; third person 3.1% -> 0% -> 0%.
# The refer floor went DOWN on purpose in session 3 (7 refer rows of 160): the encoder was
# retrained with coaching-session talk (round 6, the permissive coaching sets) and the
# round-7 probe, because the earlier one raised crisis on ordinary session replies: false
# alarms on held-out physical-activity coaching turns 2.6% -> 0.8%, on the round-6 holdout
# 5.8% -> 1.6%, while pooled crisis recall on the dev halves and own holdouts rose 0.842 ->
# 0.865 at fewer pooled false alarms (4.5% -> 4.4%); pooled any-concern 0.781 -> 0.786.
# The choice was made on those rows, before the benchmark's held-out slices were scored.
EXPLICIT_CRISIS_RECALL_FLOOR = 0.925  # measured 0.935
PASSIVE_WISH_CRISIS_RECALL_FLOOR = 0.876  # measured 0.886
REFER_ANY_CONCERN_FLOOR = 0.74  # measured 0.750
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
