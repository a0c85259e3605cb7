"""The system prompt carries the coaching stance; each move gets its own instruction."""

from __future__ import annotations

import pytest

from onward.coaching.moves import Move, MoveKind, Stage
from onward.voices.llm.prompts import (
    MOVE_INSTRUCTIONS,
    REVIEWED_ONLY_KINDS,
    SYSTEM_PROMPT,
    build_messages,
    move_instruction,
)
from onward.voices.port import Turn, VoiceContext


@pytest.mark.parametrize(
    "rule",
    [
        "The client leads",  # client-led
        "at most one question",  # one question at a time
        "open question",
        "client's own words",  # reflect their words
        "no advice",  # ...
        "unless the client has given permission",  # ... without permission
        "Never diagnose",
        "medication",  # never suggest treatment or medication
        "never mention methods or means",  # safe messaging
        "never promise to keep a risk to life secret",
        "help is available",
        "you are an AI coach",  # disclosure when asked
        "at most 40 words",  # concise
    ],
)
def test_system_prompt_carries_the_stance(rule: str) -> None:
    assert rule.lower() in SYSTEM_PROMPT.lower()


def test_every_move_the_model_may_word_has_an_instruction() -> None:
    worded = set(MoveKind) - REVIEWED_ONLY_KINDS
    assert set(MOVE_INSTRUCTIONS) == worded


def test_open_question_instruction_follows_the_need() -> None:
    move = Move(Stage.GOAL, MoveKind.OPEN_QUESTION, need="measure")
    assert move_instruction(move) == (
        "Ask one open question about how the client will know they have succeeded."
    )
    obstacle = Move(Stage.WILL, MoveKind.OPEN_QUESTION, need="obstacle")
    assert "get in the way" in move_instruction(obstacle)


def test_unknown_need_falls_back_to_the_stage_and_names_the_need() -> None:
    text = move_instruction(Move(Stage.REALITY, MoveKind.OPEN_QUESTION, need="energy_levels"))
    assert "what is happening now" in text and "energy levels" in text


def test_repeat_attempt_asks_differently() -> None:
    text = move_instruction(Move(Stage.GOAL, MoveKind.OPEN_QUESTION, need="why", attempt=1))
    assert "ask differently" in text


@pytest.mark.parametrize(
    "move",
    [Move(Stage.CRISIS, MoveKind.CRISIS_RESPONSE), Move(Stage.REFER, MoveKind.REFERRAL)],
)
def test_crisis_and_referral_have_no_model_instruction(move: Move) -> None:
    with pytest.raises(ValueError, match="reviewed text"):
        move_instruction(move)


def test_messages_hold_stance_move_facts_and_recent_turns() -> None:
    history = [Turn("coach", f"Question {i}?") for i in range(10)] + [
        Turn("client", "I keep telling myself I'm not a runner.")
    ]
    move = Move(
        Stage.OPTIONS,
        MoveKind.NAME_SABOTEUR,
        facts={"saboteur_phrase": "I'm not a runner"},
    )
    context = VoiceContext(
        "Sam", "I keep telling myself I'm not a runner.", history, session_goal="run a 10k"
    )
    messages = build_messages(move, context, history_turns=4)
    system = messages[0]
    assert system["role"] == "system"
    assert system["content"].startswith(SYSTEM_PROMPT)
    assert MOVE_INSTRUCTIONS[MoveKind.NAME_SABOTEUR] in system["content"]
    assert "- saboteur_phrase: I'm not a runner" in system["content"]
    assert "run a 10k" in system["content"]
    assert [m["role"] for m in messages[1:]] == ["assistant", "assistant", "assistant", "user"]
    assert messages[-1]["content"] == "I keep telling myself I'm not a runner."


def test_latest_client_text_is_added_when_history_lacks_it() -> None:
    context = VoiceContext("Sam", "Hello there", history=())
    messages = build_messages(Move(Stage.AGENDA, MoveKind.OPEN_QUESTION), context)
    assert messages[1:] == [{"role": "user", "content": "Hello there"}]
