"""State and memory round-trip through JSON; steering and feedback rules."""

from __future__ import annotations

import json

import pytest

from onward.coaching.feedback import feedback_is_low_or_falling, parse_score
from onward.coaching.memory import (
    DueCommitment,
    Memory,
    SaboteurItem,
    SummaryItem,
    ValueItem,
)
from onward.coaching.moves import Stage
from onward.coaching.state import (
    CheckinNote,
    CommitmentDraft,
    SaboteurSeen,
    SessionState,
)
from onward.coaching.steering import CHANGE_TOPIC, SKIP, STOP, detect_steer


def test_session_state_round_trips_exactly_through_json() -> None:
    state = SessionState(stage=Stage.WILL, need="due", attempts={"will.due": 2},
                         asked=["topic.open_question.0"], pending="value_link",
                         pending_facts={"value": "family"}, feedback={"heard": 8},
                         marks=["goal.summary"], ended=False)  # fmt: skip
    state.gathered.options = ["I could ask Sam"]
    state.gathered.commitment_scale = 6
    state.commitments.append(CommitmentDraft("Email Sam", "2026-11-25", None, "a plan", True))
    state.checkin.append(CheckinNote("walk", "session 3", "not", "it rained"))
    state.saboteurs.append(SaboteurSeen("who am I", "impostor", 0.87))
    restored = SessionState.from_dict(json.loads(json.dumps(state.to_dict())))
    assert restored == state and restored.to_dict() == state.to_dict()
    restored.gathered.options.append("more")
    assert state.gathered.options == ["I could ask Sam"]  # no shared containers


def test_with_question_records_each_id_once() -> None:
    state = SessionState().with_question("a").with_question("a").with_question(None)
    assert state.asked == ["a"]


def test_memory_round_trips_and_keeps_sources() -> None:
    memory = Memory(
        commitments_due=(DueCommitment("walk", "2026-11-20", "open", "session 3"),),
        values=(ValueItem("health", 2, "card sort"), ValueItem("family", 1, "card sort")),
        saboteurs=(SaboteurItem("the critic", "who am I to", "session 2"),),
        last_summary=SummaryItem("You came to talk about work.", "session 3"),
        ask_how_coaching_is_working=True,
    )
    assert Memory.from_dict(json.loads(json.dumps(memory.to_dict()))) == memory
    assert memory.ranked_values == ["family", "health"]
    assert memory.for_voice()["commitments_due"] == ["walk"]


@pytest.mark.parametrize(
    ("text", "kind", "topic"),
    [
        ("Can we talk about my sister's wedding instead?", CHANGE_TOPIC, "my sister's wedding"),
        ("Actually, I want to talk about money.", CHANGE_TOPIC, "money"),
        ("Could we talk about something else?", CHANGE_TOPIC, None),
        ("Skip that.", SKIP, None),
        ("next", SKIP, None),
        ("Let's stop here.", STOP, None),
        ("Sorry, I have to go.", STOP, None),
    ],
)
def test_steering_is_detected(text: str, kind: str, topic: str | None) -> None:
    steer = detect_steer(text)
    assert steer is not None and (steer.kind, steer.topic) == (kind, topic)


@pytest.mark.parametrize(
    "text",
    [
        "Next week I'll call her.",
        "I want to stop procrastinating.",
        "I have to go to the gym more.",
    ],
)
def test_ordinary_sentences_are_not_steering(text: str) -> None:
    assert detect_steer(text) is None


def test_parse_score() -> None:
    assert parse_score("a solid 8") == 8
    assert parse_score("seven, I think") == 7
    assert parse_score("11") is None and parse_score("no idea") is None


def test_feedback_low_or_falling() -> None:
    good = {"heard": 9, "agenda": 8, "approach": 9, "overall": 9}
    assert not feedback_is_low_or_falling([good, good])
    assert feedback_is_low_or_falling([{"heard": 6, "agenda": 6, "approach": 6, "overall": 6}])
    assert feedback_is_low_or_falling([good, {**good, "approach": 4}])  # one low item
    assert feedback_is_low_or_falling([good, good, {k: 7 for k in good}])  # a fall of ~1.75
    # Two declines in a row: 10 -> 9 -> 8.25, neither low nor a single big fall.
    steady_decline = [
        {k: 10 for k in good},
        {k: 9 for k in good},
        {**{k: 8 for k in good}, "heard": 9},
    ]
    assert feedback_is_low_or_falling(steady_decline)
    assert not feedback_is_low_or_falling([])
