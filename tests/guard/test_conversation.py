"""Layer 3: signals across the client's recent turns."""

from __future__ import annotations

import pytest

from onward.guard.conversation import WINDOW, conversation_evidence
from onward.guard.screen import CONVERSATION_CONFIDENCE, Guard
from onward.guard.verdict import Level


def test_no_history_no_signal() -> None:
    assert conversation_evidence("I can't sleep and it's all pointless", ()) == ()


@pytest.mark.parametrize(
    ("history", "text"),
    [
        # distress in three turns
        (["I'm exhausted", "work is fine I guess", "I cried in the car again"],
         "I feel so low today"),
        # three kinds across two turns
        (["I haven't really slept this week and I've stopped seeing friends"],
         "I'm overwhelmed by everything"),
        # hopelessness twice
        (["what's the point of planning"], "nothing will ever change for me"),
    ],
)
def test_repeated_distress_raises_to_refer(history: list[str], text: str) -> None:
    evidence = conversation_evidence(text, history)
    assert evidence
    assert {e.category for e in evidence} == {"depression"}
    assert all(e.source.startswith("conversation:") for e in evidence)
    assert any(e.turn < 0 for e in evidence) and any(e.turn == 0 for e in evidence)


@pytest.mark.parametrize(
    ("history", "text"),
    [
        (["I'm exhausted after the launch"], "let's plan next quarter"),
        (["I was exhausted", "I felt overwhelmed", "I cried at the leaving do"],
         "Anyway, I've booked a holiday and feel great, let's talk about my CV"),
        (["I'm not exhausted any more"], "I'm sleeping well and not overwhelmed"),
        (["great session last week"], "I'm a bit tired today"),
    ],
)
def test_ordinary_or_past_tiredness_does_not_raise(history: list[str], text: str) -> None:
    assert conversation_evidence(text, history) == ()


def test_only_the_recent_window_counts() -> None:
    old = ["I'm exhausted", "I'm overwhelmed", "I cried all night"]
    filler = ["we talked about the budget"] * WINDOW
    assert conversation_evidence("I feel so low", old + filler) == ()
    assert conversation_evidence("I feel so low", old) != ()


def test_plan_after_earlier_risk_is_crisis() -> None:
    history = ["sometimes I think about killing myself", "work was ok"]
    evidence = conversation_evidence("I've got the pills ready for tonight", history)
    assert {e.category for e in evidence} == {"suicide_self_harm"}
    assert {e.turn for e in evidence} == {-2, 0}


def test_plan_words_without_earlier_risk_are_nothing() -> None:
    assert conversation_evidence("my plan for tonight is to prep the deck", ["busy day"]) == ()


def test_guard_merges_conversation_and_only_raises() -> None:
    guard = Guard(None)
    history = ["I'm exhausted", "I've stopped seeing my friends", "I can't sleep"]
    verdict = guard.screen("I'm so low, what's the point", history=history)
    assert verdict.level is Level.REFER
    assert verdict.confidence == CONVERSATION_CONFIDENCE
    crisis = guard.screen("I'm exhausted and I want to die", history=history)
    assert crisis.level is Level.CRISIS
    assert crisis.categories[0] == "suicide_self_harm"
    assert "depression" in crisis.categories


def test_blank_history_entries_are_skipped() -> None:
    assert conversation_evidence("I feel so low", ["", "  ", "I'm exhausted", "I cried"]) != ()
