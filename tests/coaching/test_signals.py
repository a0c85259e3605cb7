"""Small reads of a client's words that the policy and the voice rely on."""

from __future__ import annotations

import pytest

from onward.coaching.signals import is_agreement


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yes.", True),
        ("Yes, that covers it, those are my options.", True),
        ("Right, that's the list.", True),
        ("okay", True),
        ("Right now I'm a senior analyst and the form is still closed.", False),
        ("Sure thing, I'll send it on Friday.", False),
        ("I'd like to leave with a plan.", False),
    ],
)
def test_a_nod_is_told_apart_from_a_sentence_that_starts_like_one(
    text: str, expected: bool
) -> None:
    assert is_agreement(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("What would you do in my shoes?", True),
        ("Can you just tell me what to do?", True),
        ("Any tips?", True),
        ("What should I do, honestly?", True),
        ("I could ask my brother what he would do.", False),
        ("I'd like advice from my manager about it.", False),
    ],
)
def test_a_request_for_the_coachs_advice_is_recognised(text: str, expected: bool) -> None:
    from onward.coaching.signals import asks_for_advice

    assert asks_for_advice(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My partner can remind me.", True),
        ("Tom will nudge me every Friday.", True),
        ("my sister said she'd check on me", True),
        ("I can remind myself.", False),
        ("The meeting will help me focus.", False),
    ],
)
def test_a_supporter_named_unprompted_is_recognised(text: str, expected: bool) -> None:
    from onward.coaching.signals import names_support

    assert names_support(text) is expected


@pytest.mark.parametrize(
    ("text", "stops"),
    [
        ("I'm good to stop here.", True),
        ("Happy to stop here.", True),
        ("Fine, I'm ready to finish.", True),
        ("let's stop here", True),
        ("I'm ready to finish the draft by Friday.", False),
        ("happy to finish the report first", False),
    ],
)
def test_the_client_ending_the_session_is_told_from_finishing_a_task(
    text: str, stops: bool
) -> None:
    from onward.coaching.steering import STOP, detect_steer

    steer = detect_steer(text)
    assert (steer is not None and steer.kind == STOP) is stops


def test_asking_for_the_coachs_idea_is_asking_for_advice() -> None:
    from onward.coaching.signals import asks_for_advice

    assert asks_for_advice("Sure, what's your idea?")
    assert asks_for_advice("Do you have any suggestions?")
    assert not asks_for_advice("I have an idea for the weekend.")


def test_leaving_with_something_is_not_yet_a_session_goal() -> None:
    from onward.coaching.signals import is_vague_goal

    assert is_vague_goal("Could we look at one small thing? I'd like to leave with something.")
    assert is_vague_goal("I want to get something out of this.")
    assert not is_vague_goal("I'd like to go away with a plan for the report.")
