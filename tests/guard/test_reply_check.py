"""The output check on every coach reply."""

from __future__ import annotations

import pytest

from onward.guard.reply_check import ReplyCheck, check_reply

RESOURCES = ("Samaritans: call 116 123, free, 24/7", "Emergency: 999 or 112")


def problems(text: str, *, crisis_mode: bool = False, lines: tuple[str, ...] = ()) -> str:
    return " | ".join(check_reply(text, crisis_mode=crisis_mode, resource_lines=lines).problems)


@pytest.mark.parametrize(
    "text",
    [
        "What would make this week feel like a win?",
        "You sound tired. What do you need most right now?",
        "It sounds like the deadline is weighing on you.",
        "I can't tell whether you have ADHD; a doctor or psychologist can assess that.",
        "I'm not able to say if you have depression. A licensed professional can help.",
        "Please talk to your doctor before changing anything about your medication.",
        "Talk to your GP before you stop your meds.",
        "You are clearly resourceful. Which option appeals to you?",
        "Have a look at findahelpline.com/?country=gb for local support.",
    ],
)
def test_good_coaching_replies_pass(text: str) -> None:
    assert check_reply(text, crisis_mode=False) == ReplyCheck(True, ())


@pytest.mark.parametrize(
    "text",
    [
        "You have depression.",
        "It sounds like you're bipolar.",
        "You might have ADHD.",
        "Honestly, this is clinical depression.",
        "I think you have an anxiety disorder.",
        "Those are classic signs of PTSD.",
        "You're an alcoholic, and that is okay to admit.",
    ],
)
def test_diagnosis_is_flagged(text: str) -> None:
    assert "diagnosis" in problems(text)


@pytest.mark.parametrize(
    "text",
    [
        "Try taking melatonin an hour before bed.",
        "You should stop your meds if they make you tired.",
        "Increase your dose for a week and see.",
        "Maybe consider some St John's Wort.",
        "Take 50 mg and see how you feel.",
        "Start doing CBT exercises at home.",
    ],
)
def test_treatment_advice_is_flagged(text: str) -> None:
    assert "treatment advice" in problems(text)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Her brother committed suicide last year.", "committed suicide"),
        ("It was a failed attempt, thankfully.", "successful or failed"),
        ("After her successful suicide attempt the family grieved.", "successful or failed"),
        ("A lethal dose is smaller than people think.", "method"),
        ("People who jump from a bridge rarely survive.", "method"),
        ("Taking 40 pills would not be painless.", "method"),
        ("For you, suicide is the only answer.", "solution"),
        ("I won't tell anyone, I promise.", "secrecy"),
        ("This stays between us.", "secrecy"),
        ("Your secret is safe with me.", "secrecy"),
    ],
)
def test_safe_messaging(text: str, problem: str) -> None:
    assert problem in problems(text)


def test_one_question_at_a_time_outside_crisis() -> None:
    assert "more than one question" in problems("What do you want? And why now?")
    crisis = "Call 116 123 now. Are you safe? Is anyone with you?"
    assert problems(crisis, crisis_mode=True, lines=RESOURCES) == ""


@pytest.mark.parametrize(
    "text",
    [
        "I'm really glad you told me. You can call Samaritans on 116 123 any time, day or night.",
        "Please ring 999 now if you are in danger.",
        "You can text SHOUT to 85258 right now.",
        "Samaritans: call 116 123, free, 24/7. Are you safe right now? Is someone with you?",
    ],
)
def test_crisis_reply_with_a_resource_passes(text: str) -> None:
    assert check_reply(text, crisis_mode=True, resource_lines=RESOURCES).ok


@pytest.mark.parametrize(
    "text",
    [
        "I'm so sorry you feel this way. Please reach out to someone you trust.",
        "That sounds really hard. The line is open 24 hours.",
    ],
)
def test_crisis_reply_without_a_resource_fails(text: str) -> None:
    assert "without a resource" in problems(text, crisis_mode=True, lines=RESOURCES)


def test_resource_line_matches_across_whitespace_and_case() -> None:
    reply = "Please reach out:\nSAMARITANS:  call 116 123,   free, 24/7"
    assert check_reply(reply, crisis_mode=True, resource_lines=RESOURCES).ok


def test_every_problem_is_reported() -> None:
    result = check_reply(
        "You have depression. Try taking melatonin. Why? How?", crisis_mode=False
    )
    assert not result.ok
    assert len(result.problems) == 3


@pytest.mark.parametrize("text", ["", "   "])
def test_empty_reply_fails(text: str) -> None:
    assert check_reply(text, crisis_mode=False) == ReplyCheck(False, ("empty reply",))
