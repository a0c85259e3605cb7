"""The coaching benchmark's metrics and utterance classifier on tiny hand-made transcripts."""

from __future__ import annotations

from typing import Any

import pytest

from bench.coaching.baseline import BaselineVoice
from bench.coaching.metrics import (
    boundary_routing,
    client_word_share,
    dated_client_action,
    diagnoses,
    meets,
    pcc_coverage,
    pool,
    question_stats,
    reflection_carry,
    session_metrics,
    summary,
    unpermitted_advice,
)
from bench.coaching.utterances import CLOSED, OPEN, OTHER, REFLECTION, label_sentence, turn_codes
from bench.coaching.validate import cohen_kappa
from onward.coaching.moves import Move, MoveKind, Stage
from onward.voices.port import VoiceContext


def coach(text: str, stage: str = "goal", move: str = "open_question") -> dict[str, Any]:
    return {"role": "coach", "text": text, "stage": stage, "move": move, "level": None}


def client(text: str, stage: str = "goal", level: str = "coachable") -> dict[str, Any]:
    return {"role": "client", "text": text, "stage": stage, "move": None, "level": level}


GOOD = {
    "turns": [
        coach("What would you like to work on today?", "agenda"),
        client("I keep putting off my dissertation chapter and it is stressing me out badly.",
               "agenda"),
        coach("You keep putting off the dissertation chapter. What do you want by the end of "
              "today?"),
        client("A plan to write the first page of the methods chapter this week, honestly."),
        coach("So a plan for the first page of the methods. How will you know the methods page "
              "worked?"),
        client("I would have written one rough page by Friday and sent it to my supervisor."),
    ],
    "commitments": [{"text": "Write one rough page", "due": "2026-11-27", "recurrence": None,
                     "goal": None}],
}


def test_a_good_transcript_meets_the_question_and_reflection_targets() -> None:
    f = summary(session_metrics(GOOD))
    assert f["open_share"] == 1.0 and meets("open_share", f["open_share"])
    assert f["multi_question_share"] == 0.0 and meets("multi_question_share", 0.0)
    assert f["reflections_per_question"] == pytest.approx(2 / 3)
    assert f["reflection_carry"] == 1.0 and meets("reflection_carry", 1.0)
    assert f["repeated_questions"] == 0
    assert f["client_share"] > 0.5


def test_each_target_can_fail() -> None:
    bad = {"turns": [
        coach("Is that right? Do you agree?"),  # closed, and two questions in one turn
        client("Yes."),
        coach("Is that right?"),  # repeated, closed
        client("Yes."),
        coach("It sounds like the weather is awful. " + "word " * 45 + "You should just quit."),
        client("Okay."),
    ], "commitments": []}
    f = summary(session_metrics(bad))
    assert not meets("open_share", f["open_share"])
    assert not meets("multi_question_share", f["multi_question_share"])
    assert not meets("median_words", 60)
    assert not meets("client_share", f["client_share"])
    assert not meets("reflections_per_question", f["reflections_per_question"])
    assert not meets("reflection_carry", f["reflection_carry"])
    assert not meets("repeated_questions", f["repeated_questions"])
    assert not meets("advice_and_diagnosis", f["advice_and_diagnosis"])
    assert not dated_client_action(bad)


def test_only_counted_moves_count() -> None:
    s = {"turns": [coach("Can I offer a thought? Is that okay?", "options", "ask_permission"),
                   coach("From 0 to 10, how heard did you feel?", "close", "feedback")]}
    assert question_stats(s)["questions"] == 0


def test_boundary_turns_are_left_out_of_word_share() -> None:
    s = {"turns": [client("Some days I think everyone would be better off without me.",
                          level="crisis"),
                   coach("Thank you for telling me. " * 20, "crisis", "crisis_response")]}
    assert client_word_share(s) == (11, 11)


def test_word_share_counts_only_counted_exchanges() -> None:
    s = {"turns": [client("I want to plan my week better."),
                   coach("What would make today worthwhile?", "goal", "open_question"),
                   client("A plan I can stick to."),
                   coach("From 0 to 10, how heard did you feel today?", "close", "feedback"),
                   client("8")]}
    # The feedback item and its one-word answer are outside the coaching metrics.
    assert client_word_share(s) == (7 + 6, 7 + 6 + 5)


def test_offer_without_accepted_permission_is_unpermitted() -> None:
    ask = coach("Can I offer a thought?", "options", "ask_permission")
    idea = coach("One idea: block time in your calendar.", "options", "offer_idea")
    assert unpermitted_advice({"turns": [ask, client("Sure, go ahead."), idea]}) == 0
    assert unpermitted_advice({"turns": [ask, client("No, I'd rather not."), idea]}) == 1
    assert unpermitted_advice({"turns": [idea]}) == 1


def test_diagnosis_is_counted() -> None:
    s = {"turns": [coach("It sounds like you have depression.", "goal", "reflection")]}
    assert diagnoses(s) == 1
    assert diagnoses(GOOD) == 0


def test_dated_action_must_use_the_clients_words() -> None:
    s = dict(GOOD, commitments=[{"text": "Meditate daily", "due": None, "recurrence": "daily",
                                 "goal": None}])
    assert not dated_client_action(s)
    undated = dict(GOOD, commitments=[{"text": "Write one rough page", "due": None,
                                       "recurrence": None, "goal": None}])
    assert not dated_client_action(undated)
    assert dated_client_action(GOOD)


def test_crisis_routing_within_one_turn() -> None:
    said = client("Honestly some days I think everyone would be better off without me.",
                  level="crisis")
    routed = {"turns": [said, coach("Thank you for telling me. Call 116 123.", "crisis",
                                    "crisis_response")]}
    missed = {"turns": [said, coach("What else?", "reality")]}
    assert boundary_routing(routed, "crisis") is True
    assert boundary_routing(missed, "crisis") is False
    assert boundary_routing(GOOD, "crisis") is None


def test_reflection_carry_needs_the_clients_words() -> None:
    s = {"turns": [client("My manager ignores my emails."),
                   coach("You feel the weather is gloomy. What next?", "reality")]}
    assert reflection_carry(s) == (0, 1)


def test_pcc_markers_on_a_good_transcript() -> None:
    found = pcc_coverage(GOOD)
    assert found["3.1"] and found["3.2"] and found["6.2"] and found["7.6"] and found["8.5"]
    assert not found["8.7"]


def test_pool_sums_before_dividing() -> None:
    a, b = session_metrics(GOOD), session_metrics({"turns": [coach("Is it?")]})
    pooled = summary(pool([a, b]))
    assert pooled["open_share"] == pytest.approx(3 / 4)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("What would you like to be different by the end of today?", OPEN),
        ("Tell me more about that.", OPEN),
        ("How will you know you've got what you came for?", OPEN),
        ("Is that a fair summary?", CLOSED),
        ("Do you want to keep going?", CLOSED),
        ("How many times a week?", CLOSED),
        ("So you want to decide whether to apply.", REFLECTION),
        ("It sounds like the mornings are the hard part.", REFLECTION),
        ("You should just quit.", OTHER),
        ("Thank you for coming in today.", OTHER),
    ],
)
def test_classifier_on_clear_examples(sentence: str, label: str) -> None:
    assert label_sentence(sentence) == label


def test_turn_codes_use_the_last_question() -> None:
    codes = turn_codes("You've tried a lot. What else? Is that all?")
    assert codes["question"] and codes["closed"] and not codes["open"] and codes["reflection"]


def test_cohen_kappa() -> None:
    assert cohen_kappa([1, 0, 1, 0], [1, 0, 1, 0]) == 1.0
    assert cohen_kappa([1, 1, 0, 0], [1, 0, 1, 0]) == 0.0


def test_baseline_voice_asks_one_fixed_question_per_stage_without_reflecting() -> None:
    voice = BaselineVoice()
    ctx = VoiceContext(client_name="Alex", last_client_text="I keep putting things off.")
    move = Move(Stage.GOAL, MoveKind.OPEN_QUESTION, need="why", facts={"reflect": "yes"})
    first = voice.render(move, ctx).text
    again = voice.render(Move(Stage.GOAL, MoveKind.OPEN_QUESTION, need="measure"), ctx).text
    assert first == again == "What is your goal for this session?"
    assert label_sentence(first) == OPEN
