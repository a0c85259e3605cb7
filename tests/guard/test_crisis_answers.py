"""The crisis flow's readers: yes/no/unclear, danger signs, what was already said."""

from __future__ import annotations

import pytest

from onward.guard.crisis_answers import (
    Answer,
    cannot_go_on,
    danger_signals,
    is_false_alarm,
    leans_yes,
    parse_answer,
    sounds_like_minor,
    wants_to_go_on,
)
from onward.guard.crisis_statements import people_named, safety_answer, stated_answers

YES, NO = Answer.YES, Answer.NO


@pytest.mark.parametrize(
    "text,answer",
    [
        ("yeah", Answer.YES),
        ("Yes.", Answer.YES),
        ("yep, I have", Answer.YES),
        ("no", Answer.NO),
        ("Nope, never.", Answer.NO),
        ("not at all", Answer.NO),
        ("not really", Answer.UNCLEAR),
        ("kind of", Answer.UNCLEAR),
        ("I don't know", Answer.UNCLEAR),
        ("no, but sometimes", Answer.UNCLEAR),
        ("yes and no", Answer.UNCLEAR),
        ("whatever", Answer.UNCLEAR),
        ("", Answer.UNCLEAR),
    ],
)
def test_parse_answer(text: str, answer: Answer) -> None:
    assert parse_answer(text) is answer


@pytest.mark.parametrize(
    "text,signals",
    [
        ("I'm going to kill myself", {"intent"}),
        ("I'm not going to kill myself", set()),
        ("I don't have a plan", set()),
        ("it's not like I have a plan", set()),
        ("this deadline is killing me", set()),
        ("I cut myself yesterday", {"behaviour"}),
        ("she took too many pills", {"third_party_urgent"}),
        ("I'm gonna kill my brother", {"harm_intent"}),
        ("no, but I've picked a date", {"plan"}),
    ],
)
def test_danger_signals(text: str, signals: set[str]) -> None:
    assert danger_signals(text) == signals


def test_small_readers() -> None:
    assert is_false_alarm("no, I meant my startup")
    assert not is_false_alarm("you misunderstood, I have a plan")
    assert sounds_like_minor("I am 15 years old") and not sounds_like_minor("I'm 9 hours in")
    assert not wants_to_go_on("yes", was_asked=False) and wants_to_go_on("yes", was_asked=True)
    assert not wants_to_go_on("not yet", was_asked=True)


@pytest.mark.parametrize(
    "text,stated",
    [
        ("I don't have a plan", {"ask_plan": NO}),
        ("I would never act on it", {"ask_intent": NO}),
        ("I've never tried anything", {"ask_behaviour": NO}),
        ("I keep thinking about killing myself but I don't have a plan",
         {"ask_thoughts": YES, "ask_plan": NO}),
        ("I'm not suicidal, just exhausted", {"ask_thoughts": NO}),
        ("I don't have a plan yet", {}),  # a time limit keeps the question open
        ("I don't have a plan, but I think about it", {}),
        ("I'm not sure I'd never act on it", {}),
        ("I haven't done anything wrong", {}),
        ("I have no plan for my future", {}),
        ("I want to die", {}),
    ],
)
def test_stated_answers(text: str, stated: dict[str, Answer]) -> None:
    assert stated_answers(text) == stated


@pytest.mark.parametrize(
    "text,answer",
    [
        ("yes I'm safe", YES),
        ("I'm ok, my sister is here", YES),
        ("I'm at home with my flatmate", YES),
        ("I'm not alone and I'm ok", YES),
        ("I don't feel safe", NO),
        ("I'm scared", NO),
        ("About a 5 out of 10.", None),
        ("5", None),
        ("I'm at home", None),
        ("I'm at home, my flatmate is in the next room", None),
        ("I'm at home with my partner", None),  # the partner is who the client named
        ("I'm ok but he's coming back", None),
        ("I guess I'm safe", None),
    ],
)
def test_safety_answer_in_words(text: str, answer: Answer | None) -> None:
    assert safety_answer(text, "ask_safe_now", ("partner",)) == answer


def test_safety_in_words_reverses_for_danger_questions() -> None:
    assert safety_answer("I'm safe, I'm at home", "ask_others_danger") is NO
    assert safety_answer("no one is in danger", "ask_others_danger") is NO
    assert safety_answer("she's with her mum now", "ask_third_party_danger") is NO
    assert safety_answer("I'm scared of what he'll do", "ask_others_danger") is YES
    assert people_named("my partner hurts me and my older brother knows") == ("brother", "partner")


def test_leaning_and_going_on() -> None:
    assert leans_yes("maybe") and leans_yes("no, but sometimes")
    assert not leans_yes("maybe not") and not leans_yes("not really")
    for text in ["can we get back to my goals", "I'd like to continue", "let's carry on"]:
        assert wants_to_go_on(text, was_asked=False), text
    for text in ["I can't carry on like this", "the thoughts continue", "continue later"]:
        assert not wants_to_go_on(text, was_asked=True), text
    assert cannot_go_on("I don't see how I can go on")
    assert not sounds_like_minor("I'm 7 out of 10")
