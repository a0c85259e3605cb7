"""Intake fit check and the PHQ-9/GAD-7 self-checks."""

from __future__ import annotations

import re

import pytest

from onward.guard.intake import INTAKE_QUESTIONS, assess_intake, impact_score
from onward.guard.selfchecks import (
    GAD7_ITEMS,
    PFIZER_NOTICE,
    PHQ9_ITEMS,
    score_gad7,
    score_phq9,
)
from onward.guard.verdict import Level, Verdict

SEVERITY = re.compile(r"\b(minimal|mild|moderate|severe|moderately)\b", re.IGNORECASE)


def screen(text: str) -> Verdict:
    """A stand-in for guard.screen: keywords only, enough to drive the logic."""
    if "end it all" in text:
        return Verdict(Level.CRISIS, ("suicide_self_harm",))
    if "panic attacks" in text:
        return Verdict(Level.REFER, ("anxiety_panic",))
    return Verdict(Level.COACHABLE)


BASE: dict[str, object] = {
    "what_brings_you": "I want to get promoted this year",
    "how_long": "2_weeks_to_3_months",
    "impact": "some",
    "in_treatment": "no",
    "self_harm_thoughts": "no",
}


def assess(**changes: object) -> str:
    return assess_intake({**BASE, **changes}, screen).outcome


def test_questions_have_ids_text_and_kinds() -> None:
    ids = [q.id for q in INTAKE_QUESTIONS]
    assert ids == ["what_brings_you", "how_long", "impact", "in_treatment", "self_harm_thoughts"]
    assert all(
        q.text.endswith((".", "?")) and q.kind in ("text", "choice", "scale")
        for q in INTAKE_QUESTIONS
    )
    harm = INTAKE_QUESTIONS[-1]
    assert [v for v, _ in harm.choices] == ["yes", "no", "unsure"]


def test_a_goal_with_no_concerns_fits_coaching() -> None:
    result = assess_intake(BASE, screen)
    assert result.outcome == "coaching_fits" and result.next_flow == "coaching"
    assert result.verdicts["what_brings_you"].level is Level.COACHABLE


@pytest.mark.parametrize("answer", ["yes", "unsure", "not sure", "kind of", "I don't know"])
def test_any_self_harm_answer_but_no_goes_to_crisis(answer: str) -> None:
    assert assess(self_harm_thoughts=answer) == "crisis"


def test_crisis_free_text_wins_over_everything() -> None:
    result = assess_intake(
        {**BASE, "what_brings_you": "I want to end it all", "in_treatment": "yes"}, screen
    )
    assert result.outcome == "crisis" and result.next_flow == "crisis"


def test_refer_free_text_means_therapy_fits_better() -> None:
    result = assess_intake({**BASE, "what_brings_you": "panic attacks at work"}, screen)
    assert result.outcome == "therapy_fits_better" and result.next_flow == "refer"


@pytest.mark.parametrize("impact", [7, "9", "a lot", "a_lot"])
def test_high_impact_for_weeks_means_therapy_fits_better(impact: object) -> None:
    assert assess(impact=impact, how_long="over_3_months") == "therapy_fits_better"
    assert assess(impact=impact, how_long="under_2_weeks") == "coaching_fits"


def test_already_in_treatment_means_coaching_alongside() -> None:
    result = assess_intake({**BASE, "in_treatment": "yes", "impact": 9}, screen)
    assert result.outcome == "coaching_alongside_treatment"
    assert any("letting them know" in r for r in result.reasons)


def test_skipped_questions_are_noted_not_guessed() -> None:
    result = assess_intake({"what_brings_you": "better habits"}, screen)
    assert result.outcome == "coaching_fits"
    assert "self_harm_thoughts" in result.skipped and "impact" in result.skipped


def test_impact_score_reads_numbers_and_words() -> None:
    assert [impact_score(v) for v in (0, 10, "3", "none", "some", "A lot")] == [0, 10, 3, 0, 5, 8]
    assert [impact_score(v) for v in (11, -1, "lots", True, None)] == [None] * 5


def test_phq9_item_nine_starts_the_crisis_flow() -> None:
    assert assess(phq9=[0, 0, 0, 0, 0, 0, 0, 0, 1]) == "crisis"
    assert score_phq9([0] * 8 + [3]).starts_crisis


@pytest.mark.parametrize(
    "items,total,suggests",
    [
        ([0] * 9, 0, False),
        ([1] * 8 + [0], 8, False),
        ([2] * 5 + [0] * 4, 10, True),
        ([3] * 8 + [0], 24, True),
    ],
)
def test_phq9_scoring(items: list[int], total: int, suggests: bool) -> None:
    result = score_phq9(items)
    assert (result.total, result.suggests_professional, result.max_total) == (total, suggests, 27)


@pytest.mark.parametrize(
    "items,total,suggests",
    [([0] * 7, 0, False), ([1] * 7, 7, False), ([2] * 5 + [0] * 2, 10, True), ([3] * 7, 21, True)],
)
def test_gad7_scoring(items: list[int], total: int, suggests: bool) -> None:
    result = score_gad7(items)
    assert (result.total, result.suggests_professional, result.starts_crisis) == (
        total,
        suggests,
        False,
    )


def test_selfcheck_messages_never_diagnose() -> None:
    for result in (score_phq9([3] * 9), score_phq9([1] * 5 + [0] * 4), score_gad7([0] * 7)):
        assert "not a diagnosis" in result.message
        assert not SEVERITY.search(result.message)
        assert "you have" not in result.message.lower()
    assert "better first step than coaching alone" in score_gad7([3] * 7).message


def test_high_selfcheck_means_therapy_fits_better() -> None:
    assert assess(gad7=[2, 2, 2, 2, 2, 0, 0]) == "therapy_fits_better"


@pytest.mark.parametrize("bad", [[0] * 8, [4] + [0] * 8, [-1] + [0] * 8, ["1"] + [0] * 8])
def test_phq9_rejects_bad_answers(bad: list[int]) -> None:
    with pytest.raises(ValueError):
        score_phq9(bad)


def test_instrument_text_and_notice() -> None:
    assert len(PHQ9_ITEMS) == 9 and len(GAD7_ITEMS) == 7
    assert PHQ9_ITEMS[8].startswith("Thoughts that you would be better off dead")
    assert "No permission required to reproduce, translate, display or distribute." in PFIZER_NOTICE
