"""Refer replies: the boundary, a pointer to a professional, a record, a way on."""

from __future__ import annotations

import re

import pytest

from onward.guard.refer_flow import DEFAULT_POINTER, POINTERS, pointer_for, refer_reply
from onward.guard.verdict import Evidence, Level, Verdict

DIAGNOSIS = re.compile(r"you (have|may have|might have|are suffering from) \w+", re.IGNORECASE)


def refer(*categories: str, words: str = "can't get out of bed") -> Verdict:
    evidence = tuple(Evidence(c, words, 0, "pattern:test") for c in categories)
    return Verdict(Level.REFER, categories, evidence)


def test_reply_says_what_coaching_is_and_suggests_a_professional() -> None:
    step = refer_reply(refer("depression"), "US")
    assert "AI coach" in step.reply and "isn't therapy" in step.reply
    assert "licensed professional" in step.reply
    assert "Psychology Today" in step.reply
    assert "988" in step.reply and "911" in step.reply  # if things get worse
    assert step.reply.rstrip().endswith("What would you like to focus on?")
    assert step.coaching_may_continue and step.move == "referral" and step.stage == "refer"
    assert not DIAGNOSIS.search(step.reply) and "depression" not in step.reply.lower()


def test_referral_record_holds_level_categories_evidence_and_resources() -> None:
    step = refer_reply(refer("anxiety_panic", "grief", words="panic every morning"), "gb")
    r = step.referral
    assert r.level == "refer" and r.categories == ("anxiety_panic", "grief")
    assert r.evidence_words == ("panic every morning",)
    assert r.country == "GB" and "NHS Talking Therapies" in r.pointer
    assert any("Samaritans" in shown for shown in r.resources_shown)
    assert r.as_dict()["categories"] == ["anxiety_panic", "grief"]


def test_request_for_diagnosis_or_medication_says_plainly_who_can() -> None:
    step = refer_reply(refer("request_diagnosis_treatment", words="what dose should I take"), "DE")
    assert "can't diagnose conditions or advise on medication" in step.reply
    assert "doctor or pharmacist" in step.reply and "Hausarzt" in step.reply
    assert step.reply.startswith("That's an important question")


def test_every_checked_country_has_a_pointer_and_unknown_gets_the_gp() -> None:
    assert set(POINTERS) == {"US", "CA", "GB", "IE", "AU", "NZ", "DE", "FR", "ES", "IT", "NL", "IN"}
    assert pointer_for("Narnia") == DEFAULT_POINTER == pointer_for(None)
    assert "GP or family doctor" in DEFAULT_POINTER


def test_unknown_country_points_to_the_directory_and_local_number() -> None:
    step = refer_reply(refer("trauma"), None)
    assert "findahelpline.com" in step.reply and "your local emergency number" in step.reply
    assert step.referral.country is None


def test_italy_line_is_not_called_any_time() -> None:
    step = refer_reply(refer("substance"), "IT")
    assert "10:00-24:00" in step.reply and "any time" not in step.reply


def test_crisis_verdicts_are_not_handled_here() -> None:
    with pytest.raises(ValueError, match="crisis_flow"):
        refer_reply(Verdict(Level.CRISIS, ("suicide_self_harm",)), "US")


def test_clinical_review_doc_lists_every_text() -> None:
    from pathlib import Path

    from onward.guard import crisis_text, refer_flow, selfchecks

    doc = (Path(__file__).parents[2] / "docs" / "clinical-review.md").read_text("utf-8")
    assert "not yet been clinically reviewed" in doc or "clinically reviewed yet" in doc
    texts = [k for k, v in vars(crisis_text).items() if k.isupper() and isinstance(v, str)]
    texts += ["POINTERS", "DEFAULT_POINTER", "BOUNDARY", "NO_DIAGNOSIS", "SUGGEST", "IF_WORSE"]
    texts += ["ACK_REFER", "ACK_REQUEST", "OFFER_COACHING", "INTAKE_QUESTIONS", "REASONS"]
    texts += [k for k, v in vars(selfchecks).items() if k.isupper() and k != "PROFESSIONAL_CUTOFF"]
    missing = [name for name in texts if f"`{name}`" not in doc]
    assert not missing, f"add to docs/clinical-review.md: {missing}"
    assert refer_flow.POINTERS  # the module the doc names


def test_a_referral_only_the_model_asked_for_is_put_as_a_condition() -> None:
    from onward.guard.refer_flow import OFFER_COACHING, SUGGEST_TENTATIVE, refer_reply
    from onward.guard.verdict import Evidence, Level, Verdict

    said = "I can't seem to get anything done and my to-do list keeps growing."
    model = Verdict(Level.REFER, ("depression",), (Evidence("depression", said, 0, "model"),))
    step = refer_reply(model, "GB")
    assert SUGGEST_TENTATIVE.split("{")[0] in step.reply and step.reply.endswith(OFFER_COACHING)
    assert step.referral.categories == ("depression",)  # still recorded as a referral
    pattern = Verdict(Level.REFER, ("depression",),
                      (Evidence("depression", "felt low for weeks", 0, "pattern:low"),))
    assert SUGGEST_TENTATIVE.split("{")[0] not in refer_reply(pattern, "GB").reply
