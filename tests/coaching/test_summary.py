"""Summaries in the client's own words: short, whole, and never longer for a tighter limit."""

from __future__ import annotations

from onward.coaching.summary import _goal_parts, _option, brief, clause

GOAL = "By the end of today I'd like a clear yes or no on applying, rather than another week."
MEASURE = "I'll know it's done when I've written down my decision and the two main reasons."
WHY = "It matters because I've done the same job for five years and I'm getting restless."


def test_clause_leaves_out_a_hedge_in_front() -> None:
    assert clause("I don't know, I just want to be less tired.") == "you just want to be less tired"
    assert clause("I guess because I'm grumpy when I'm tired.") == (
        "because you're grumpy when you're tired"
    )
    assert clause("Well.") == "well"  # nothing but the hedge: kept as said


def test_brief_never_gets_longer_when_the_limit_gets_tighter() -> None:
    text = clause(GOAL)
    lengths = [len(brief(text, limit).split()) for limit in (14, 12, 9, 7, 5)]
    assert lengths == sorted(lengths, reverse=True)
    assert brief(text, 7).endswith("on applying")  # cut at the client's own comma


def test_goal_parts_drop_a_measure_cut_down_to_nothing() -> None:
    full = _goal_parts(GOAL, MEASURE, WHY, 12)
    assert full[1].startswith("you'll know it's done when you've written down your decision")
    tight = _goal_parts(GOAL, MEASURE, WHY, 7)
    assert "you'll know it's done" not in tight  # says nothing to check
    assert tight[0] == "you'd like a clear yes or no on applying"


def test_option_head_ends_before_a_question_word_only_when_the_verb_has_its_object() -> None:
    asked = "I could ask the current team lead what the job is really like day to day, all of it."
    assert _option(asked, 5) == "ask the current team lead"
    assert _option("I could work out how to say it", 5) == "work out how to say it"


def test_option_head_never_ends_on_a_dangling_word() -> None:
    said = _option("I could start by saying what I appreciate before asking for anything.", 5)
    assert said.startswith("start by saying what")
    assert not _option("We could split jobs by what each of us minds least.", 5).endswith("by")


def test_clause_keeps_the_clients_own_like_and_kind_of() -> None:
    said = clause("I want to get through my list again, like I used to before this year.")
    assert said.endswith("again, like you used to before this year")
    assert "kind of work" in clause("It's the kind of work I came here to do.")


def test_a_reason_said_as_a_clause_is_linked_with_because() -> None:
    why = "Writing is the thing that makes me feel most like myself."
    parts = _goal_parts("I want a plan for chapter three.", None, why, 12)
    assert parts[-1].startswith("it matters because writing is the thing")


def test_a_goal_said_as_a_gerund_is_summarised_as_the_goal() -> None:
    parts = _goal_parts("Just getting the weekly report done on time, it's slipped most.", None,
                        None, 9)  # fmt: skip
    assert parts == ["your goal is just getting the weekly report done on time"]
