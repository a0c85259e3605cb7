"""The screen: layers, the model-may-only-raise rule, failure of the model, speed."""

from __future__ import annotations

import statistics
import time
from collections.abc import Sequence

import pytest

from onward.guard.model_port import BrokenRiskModel, FakeRiskModel
from onward.guard.screen import PATTERN_CONFIDENCE, Guard
from onward.guard.verdict import Level


class CountingModel:
    """Records batch sizes; scores every text the same."""

    def __init__(self, score: dict[str, float] | None = None) -> None:
        self.batches: list[int] = []
        self.score = score or {}

    def scores(self, texts: Sequence[str]) -> list[dict[str, float]]:
        self.batches.append(len(texts))
        return [dict(self.score) for _ in texts]


class WrongLengthModel:
    def scores(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return []


class CrashingModel:
    def scores(self, texts: Sequence[str]) -> list[dict[str, float]]:
        raise MemoryError("out of memory")


def test_patterns_decide_without_a_model() -> None:
    verdict = Guard(None).screen("I want to kill myself")
    assert verdict.level is Level.CRISIS
    assert verdict.categories == ("suicide_self_harm",)
    assert verdict.model_available is False
    assert any("no risk model" in n for n in verdict.notes)
    assert verdict.confidence == PATTERN_CONFIDENCE


@pytest.mark.parametrize("model", [BrokenRiskModel(), WrongLengthModel()])
def test_model_failure_never_fails_open(model: object) -> None:
    guard = Guard(model)  # type: ignore[arg-type]
    verdict = guard.screen("I want to kill myself")
    assert verdict.level is Level.CRISIS
    assert verdict.model_available is False
    assert any("risk model unavailable" in n for n in verdict.notes)


def test_any_exception_from_the_model_is_contained() -> None:
    verdict = Guard(CrashingModel()).screen("I've been feeling low for weeks")
    assert verdict.level is Level.REFER
    assert verdict.model_available is False
    assert any("MemoryError" in n for n in verdict.notes)


def test_model_cannot_clear_a_pattern_crisis() -> None:
    text = "I want to kill myself"
    model = FakeRiskModel({text: {"suicide_self_harm": 0.01}})
    verdict = Guard(model).screen(text)
    assert verdict.level is Level.CRISIS
    assert verdict.model_available is True
    assert model.calls == 1


def test_model_cannot_lower_refer() -> None:
    text = "do you think I have ADHD"
    verdict = Guard(FakeRiskModel({text: {"request_diagnosis_treatment": 0.0}})).screen(text)
    assert verdict.level is Level.REFER


# The layering tests below fix the thresholds they reason about (a fake model's scores
# against 0.6 / 0.85), so they test the mechanism, not the shipped defaults.
LAYERING = {"crisis_threshold": 0.85, "refer_threshold": 0.6}


def test_model_can_raise_coachable_to_refer_and_crisis() -> None:
    refer = "everything feels heavy and grey lately"
    crisis = "I have a plan for how it ends"
    model = FakeRiskModel({refer: {"depression": 0.7}, crisis: {"suicide_self_harm": 0.9}})
    guard = Guard(model, **LAYERING)
    v_refer = guard.screen(refer)
    assert v_refer.level is Level.REFER
    assert v_refer.categories == ("depression",)
    assert v_refer.evidence[0].source == "model"
    assert v_refer.confidence == pytest.approx(0.7)
    v_crisis = guard.screen(crisis)
    assert v_crisis.level is Level.CRISIS
    assert v_crisis.confidence == pytest.approx(0.9)


def test_model_alone_below_crisis_threshold_raises_to_refer_only() -> None:
    text = "I have a plan for how it ends"
    model = FakeRiskModel({text: {"suicide_self_harm": 0.7, "depression": 0.2}})
    verdict = Guard(model, **LAYERING).screen(text)
    assert verdict.level is Level.REFER
    assert verdict.categories == ("depression",)
    assert verdict.evidence[0].source == "model:capped"
    assert any("refer at most" in n for n in verdict.notes)
    low = Guard(FakeRiskModel({text: {"suicide_self_harm": 0.3}}), **LAYERING).screen(text)
    assert low.level is Level.COACHABLE


def test_model_can_raise_refer_to_crisis_and_keeps_both_categories() -> None:
    text = "I've been depressed for months and have a plan"
    verdict = Guard(FakeRiskModel({text: {"suicide_self_harm": 0.9}}), **LAYERING).screen(text)
    assert verdict.level is Level.CRISIS
    assert verdict.categories == ("suicide_self_harm", "depression")


def test_model_below_threshold_leaves_coachable() -> None:
    text = "I want to get promoted this year"
    verdict = Guard(FakeRiskModel({text: {"depression": 0.3}})).screen(text)
    assert verdict.level is Level.COACHABLE
    assert verdict.confidence == pytest.approx(0.7)


@pytest.mark.parametrize(
    "text",
    ["this deadline is killing me", "I'm not suicidal, just tired", "The song goes 'I wanna die'"],
)
def test_context_cleared_needs_a_confident_model(text: str) -> None:
    unsure = Guard(FakeRiskModel({text: {"suicide_self_harm": 0.7}})).screen(text)
    assert unsure.level is Level.COACHABLE
    sure = Guard(FakeRiskModel({text: {"suicide_self_harm": 0.95}})).screen(text)
    assert sure.level is Level.CRISIS


def test_unknown_model_categories_are_ignored() -> None:
    text = "planning my week"
    verdict = Guard(FakeRiskModel({text: {"banana": 0.99}})).screen(text)
    assert verdict.level is Level.COACHABLE
    assert verdict.model_available is True


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_text_is_coachable_with_a_note(text: str) -> None:
    model = FakeRiskModel()
    verdict = Guard(model).screen(text)
    assert verdict.level is Level.COACHABLE
    assert verdict.notes and "empty" in verdict.notes[0]
    assert model.calls == 0


def test_notes_explain_what_was_not_counted() -> None:
    verdict = Guard(None).screen("this deadline is killing me")
    assert any("idiom" in n and "killing me" in n for n in verdict.notes)
    assert verdict.confidence < 0.6


def test_history_raises_through_conversation_signals() -> None:
    history = ["I'm exhausted all the time", "I've stopped seeing my friends"]
    text = "I can't sleep and what's the point anyway"
    alone = Guard(None).screen(text)
    with_history = Guard(None).screen(text, history=history, country="GB")
    assert alone.level is Level.COACHABLE
    assert with_history.level is Level.REFER
    assert "depression" in with_history.categories
    assert {e.turn for e in with_history.evidence} >= {-2, -1, 0}


def test_history_never_lowers() -> None:
    verdict = Guard(None).screen("I want to die", history=["great week!", "work is fine"])
    assert verdict.level is Level.CRISIS


def test_screen_many_batches_the_model_and_keeps_order() -> None:
    model = CountingModel()
    guard = Guard(model, batch_size=3)
    texts = ["I want to kill myself", "", "new job next month", "I feel worthless", "hi",
             "quiero morir", "ok"]
    verdicts = guard.screen_many(texts)
    assert [v.level for v in verdicts] == [
        Level.CRISIS, Level.COACHABLE, Level.COACHABLE, Level.REFER, Level.COACHABLE,
        Level.CRISIS, Level.COACHABLE,
    ]
    assert model.batches == [3, 3]  # six non-empty texts, empty ones never sent
    assert all(v.model_available for v in verdicts)


def test_screen_many_with_a_broken_model_still_screens() -> None:
    verdicts = Guard(BrokenRiskModel()).screen_many(["I want to kill myself", "fine"])
    assert verdicts[0].level is Level.CRISIS
    assert not any(v.model_available for v in verdicts)


def test_screen_many_matches_screen() -> None:
    texts = [
        "I'm not ok, I want to die",
        "my mum had depression years ago",
        "should I stop my meds",
    ]
    guard = Guard(None)
    assert [v.level for v in guard.screen_many(texts)] == [guard.screen(t).level for t in texts]


@pytest.mark.parametrize("bad", [0.0, -0.1, 1.5])
def test_thresholds_are_validated(bad: float) -> None:
    with pytest.raises(ValueError):
        Guard(None, crisis_threshold=bad)


def test_verdict_serialises() -> None:
    data = Guard(None).screen("I want to die").as_dict()
    assert data["level"] == "crisis"
    assert data["model_available"] is False


def test_pattern_latency_p95_under_5ms() -> None:
    # CPU time of this thread, not wall time: the budget is the guard's own work, and a
    # busy test machine must not make the test flaky.
    message = (
        "This week was rough. The deadline is killing me and my manager keeps moving the "
        "goalposts, so I stayed late every night. I'm not sleeping well and honestly I feel "
        "like I'm failing at everything. I want to get back on track with running and maybe "
        "talk to my team about priorities before Friday."
    )
    assert 45 <= len(message.split()) <= 60
    guard = Guard(None)
    guard.screen(message)
    timings = []
    for _ in range(200):
        start = time.thread_time()
        guard.screen(message)
        timings.append(time.thread_time() - start)
    p95 = statistics.quantiles(timings, n=20)[18]
    assert p95 < 0.005, f"p95 {p95 * 1000:.2f} ms"
