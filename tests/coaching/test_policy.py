"""Policy: each stage advances on the client's words, asks again differently, and follows
the client's steering. Voice-independent: these assert on moves and state only."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from onward.coaching.memory import DueCommitment, Memory, ValueItem, WinItem
from onward.coaching.moves import Move, MoveKind, Stage
from onward.coaching.policy import Policy
from onward.coaching.state import SessionState


@dataclass(frozen=True)
class Hit:
    phrase: str
    kind: str
    score: float


class FakeSaboteurs:
    """A double for the detector: the policy's rules are tested, not the model."""

    def __init__(self, known: dict[str, str] | None = None) -> None:
        self.known = known or {
            "who am i to": "no_permission",
            "never good enough": "not_good_enough",
        }

    def detect(self, text: str) -> Hit | None:
        lowered = text.lower()
        for cue, kind in self.known.items():
            start = lowered.find(cue)
            if start >= 0:
                end = re.search(r"[.!?,]|$", text[start:])
                stop = start + (end.start() if end else len(text))
                return Hit(text[start:stop].strip(), kind, 0.9)
        return None


TODAY = date(2026, 11, 23)
EMPTY = Memory()


def run(
    lines: list[str], memory: Memory = EMPTY, policy: Policy | None = None
) -> tuple[list[Move], SessionState]:
    policy = policy or Policy()
    move, state = policy.start(SessionState(), memory)
    moves = [move]
    for line in lines:
        move, state = policy.next_move(state, line, memory, TODAY)
        moves.append(move)
    return moves, state


GOAL = ["The quarterly report.", "I'd like to leave with a plan for finishing it."]
GOAL_DONE = GOAL + ["An outline on paper by Friday.", "It's eating my evenings."]
TO_OPTIONS = GOAL_DONE + ["Yes.", "I open it and close it again.", "Nothing yet.", "4"]
TO_WILL = TO_OPTIONS + ["I could ask Sam for help.", "I could block Tuesday morning.",
                        "That's all.", "Yes."]  # fmt: skip


def test_opening_goes_to_agenda_without_history() -> None:
    move = Policy().opening(SessionState(), EMPTY)
    assert (move.stage, move.kind, move.need) == (Stage.AGENDA, MoveKind.OPEN_QUESTION, "topic")


def test_opening_checks_in_when_commitments_are_due_or_wins_exist() -> None:
    due = Memory(commitments_due=(DueCommitment("send the email", "2026-11-20", "open", "s3"),))
    move = Policy().opening(SessionState(), due)
    assert (move.stage, move.need, move.facts["commitment"]) == (
        Stage.CHECKIN, "status", "send the email")  # fmt: skip
    win = Policy().opening(SessionState(), Memory(wins=(WinItem("ran 5k", "session 2"),)))
    assert (win.stage, win.kind, win.need) == (Stage.CHECKIN, MoveKind.ACKNOWLEDGEMENT, "win")


def test_feedback_flag_opens_with_how_coaching_is_working() -> None:
    memory = Memory(ask_how_coaching_is_working=True)
    moves, state = run(["It's been useful but a bit slow."], memory)
    assert moves[0].need == "coaching_fit"
    assert moves[1].need == "topic" and state.gathered.coaching_fit


def test_paused_after_crisis_never_starts_goal_work() -> None:
    memory = Memory(
        paused_after_crisis=True, commitments_due=(DueCommitment("walk", None, "open", "s1"),)
    )
    moves, state = run(["I'd like to talk about work.", "The report is late."], memory)
    assert all(m.stage is Stage.AGENDA and m.need == "listen" for m in moves)
    assert state.checkin == []


def test_goal_advances_only_on_a_measurable_measure() -> None:
    moves, state = run([*GOAL, "I'd feel better about it."])
    assert moves[-1].need == "measure" and moves[-1].attempt == 1
    moves, state = run([*GOAL, "An outline on paper by Friday."])
    assert moves[-1].need == "why" and state.gathered.measure == "An outline on paper by Friday."


def test_missed_need_is_asked_again_then_offered_a_choice_then_summarised() -> None:
    moves, _ = run([*GOAL, "Hmm.", "I don't know.", "Not sure.", "No idea."])
    kinds = [(m.kind, m.attempt) for m in moves[-4:]]
    assert kinds == [
        (MoveKind.OPEN_QUESTION, 1),
        (MoveKind.OFFER_CHOICE, 2),
        (MoveKind.SUMMARY, 3),
        (MoveKind.OPEN_QUESTION, 4),
    ]


def test_goal_to_reality_goes_through_a_checked_summary() -> None:
    moves, state = run(GOAL_DONE)
    assert (moves[-1].kind, moves[-1].need) == (MoveKind.SUMMARY, "goal_summary")
    assert "outline on paper" in moves[-1].facts["summary"]
    move, state = Policy().next_move(state, "Yes, that's it.", EMPTY, TODAY)
    assert (move.stage, move.need) == (Stage.REALITY, "current")


def test_reflection_flag_follows_content() -> None:
    moves, _ = run(["I keep putting off the quarterly report."])
    assert moves[-1].facts.get("reflect") == "yes"
    moves, _ = run(["Hmm."])
    assert "reflect" not in moves[-1].facts


def test_a_rich_answer_is_reflected_alone_at_most_twice_in_a_row() -> None:
    from onward.coaching import turns

    rich = "I feel stuck because I keep opening the report and closing it again every night."
    s = SessionState(stage=Stage.REALITY, need="current")
    assert turns.reflect_only(s, "current", rich, missed=False, after="current")
    s.reflections_in_row = 2  # a third reflection in a row would leave the client adrift
    assert not turns.reflect_only(s, "current", rich, missed=False, after="current")
    assert not turns.reflect_only(SessionState(stage=Stage.REALITY), "current", "Hmm, not sure.",
                                  missed=False, after="current")


def test_the_policy_counts_reflections_in_a_row() -> None:
    moves, state = run(["The quarterly report."])
    assert state.reflections_in_row == 0
    rich_goal = "I'd love to finally feel proud of that report instead of dreading it every night."
    moves, state = run(["The quarterly report.", rich_goal])
    assert (moves[-1].kind is MoveKind.REFLECTION) == (state.reflections_in_row == 1)


def test_options_are_the_clients_and_an_idea_needs_permission() -> None:
    lines = TO_OPTIONS + ["I could ask Sam for help.", "Nothing else."]
    moves, state = run(lines)
    assert moves[-1].kind is MoveKind.ASK_PERMISSION
    yes_move, yes_state = Policy().next_move(state, "Yes please.", EMPTY, TODAY)
    assert yes_move.kind is MoveKind.OFFER_IDEA and yes_move.facts["idea"]
    no_move, no_state = Policy().next_move(state, "No thanks.", EMPTY, TODAY)
    assert no_move.kind is MoveKind.SUMMARY and no_move.facts.get("declined") == "yes"
    assert no_state.gathered.options == ["I could ask Sam for help."]
    assert not no_state.idea_offered
    unclear, unclear_state = Policy().next_move(state, "Hmm, maybe.", EMPTY, TODAY)
    assert unclear.kind is not MoveKind.OFFER_IDEA  # only a clear yes opens the door


def test_will_collects_action_date_scale_and_raises_a_low_commitment() -> None:
    lines = TO_WILL + ["The second one.", "By Wednesday.", "Meetings.", "My manager.", "5"]
    moves, state = run(lines)
    g = state.gathered
    assert g.action == "I could block Tuesday morning."
    assert g.due == "2026-11-25" and g.commitment_scale == 5
    assert moves[-1].need == "raise_commitment"
    moves, state = run([*lines, "A smaller first step.", "A reminder in my calendar."])
    assert moves[-1].kind is MoveKind.CAPTURE_COMMITMENT


def test_commitment_is_captured_then_confirmed_with_read_back() -> None:
    lines = TO_WILL + [
        "The second one.",
        "By Wednesday.",
        "Meetings.",
        "My manager.",
        "8",
        "A reminder in my calendar.",
        "I'll draft the outline for the report by Tuesday.",
    ]
    moves, state = run(lines)  # fmt: skip
    confirm = moves[-1]
    assert confirm.kind is MoveKind.CONFIRM
    assert confirm.facts["commitment"] == "Draft the outline for the report"
    assert confirm.facts["due"] == "2026-11-24" and "plan" in confirm.facts["goal_link"]
    assert state.commitments and not state.commitments[-1].confirmed
    move, state = Policy().next_move(state, "Yes.", EMPTY, TODAY)
    assert state.commitments[-1].confirmed and move.stage is Stage.CLOSE
    redo, redo_state = Policy().next_move(state.__class__.from_dict(state.to_dict()), "x", EMPTY,
                                          TODAY)  # fmt: skip
    assert redo_state.commitments[-1].confirmed  # confirmed stays confirmed


def test_rejected_read_back_asks_them_to_rewrite_it() -> None:
    lines = TO_WILL + [
        "The second one.",
        "By Wednesday.",
        "Meetings.",
        "My manager.",
        "8",
        "A reminder.",
        "I'll block Tuesday morning.",
    ]
    _, state = run(lines)  # fmt: skip
    move, state = Policy().next_move(state, "No, not quite.", EMPTY, TODAY)
    assert move.kind is MoveKind.CAPTURE_COMMITMENT and move.attempt == 0
    assert state.commitments == []


READ_BACK = TO_WILL + ["The second one.", "By Wednesday.", "Meetings.", "My manager.", "8",
                       "A reminder.", "I'll block Tuesday morning."]  # fmt: skip


def test_an_unclear_reply_to_a_read_back_keeps_it_and_asks_again() -> None:
    _, state = run(READ_BACK)
    move, state = Policy().next_move(
        state, "Fear isn't a reason to say no, I've let it decide before.", EMPTY, TODAY
    )
    assert move.kind is MoveKind.CONFIRM and move.attempt == 1
    assert state.commitments and state.commitments[-1].text == "Block Tuesday morning"
    move, state = Policy().next_move(state, "Yes.", EMPTY, TODAY)
    assert state.commitments[-1].confirmed


def test_commitment_capture_gives_up_after_asking_enough_ways() -> None:
    _, state = run(TO_WILL + ["The second one.", "By Wednesday.", "Meetings.", "My manager.",
                              "8", "A reminder."])  # fmt: skip
    assert state.need == "commitment_text"
    for reply in ["8, I felt heard.", "9 overall.", "7.", "Not sure.", "Hmm."]:
        move, state = Policy().next_move(state, reply, EMPTY, TODAY)
        if move.stage is Stage.CLOSE:
            break
    assert move.stage is Stage.CLOSE and not state.confirmed_commitments
    assert state.gathered.action  # noted, not committed: the summary says so


def test_steering_change_topic_skip_and_stop() -> None:
    moves, state = run(["My running.", "Can we talk about my sister's wedding speech instead?"])
    assert (moves[-1].stage, moves[-1].facts["topic"]) == (
        Stage.AGENDA,
        "my sister's wedding speech",
    )
    assert state.gathered.topic == "my sister's wedding speech" and state.need == "session_goal"
    moves, state = run([*GOAL, "Skip that."])
    assert moves[-1].need == "why" and "goal.measure" in state.skipped
    moves, state = run([*GOAL, "Let's stop here."])
    assert moves[-1].kind is MoveKind.FEEDBACK and state.short_close
    move, state = Policy().next_move(state, "8", EMPTY, TODAY)
    assert move.need == "goodbye" and state.ended and state.summary


def test_stop_offers_to_record_the_action_already_chosen() -> None:
    _, state = run(TO_WILL + ["Block Tuesday morning.", "I have to go."])
    assert state.need == "short_confirm"
    move, state = Policy().next_move(state, "Yes.", EMPTY, TODAY)
    assert [c.text for c in state.confirmed_commitments] == ["Block Tuesday morning"]
    assert move.kind is MoveKind.FEEDBACK and move.facts["item"] == "overall"


def test_saboteur_is_named_once_then_the_client_chooses() -> None:
    policy = Policy(FakeSaboteurs())
    moves, state = run([*GOAL, "By Friday. But who am I to lead this?"], policy=policy)
    assert moves[-1].kind is MoveKind.NAME_SABOTEUR
    assert moves[-1].facts["saboteur"] == "who am I to lead this"
    move, state = policy.next_move(state, "Keep quiet.", EMPTY, TODAY)
    assert move.need == "saboteur_choice"
    move, state = policy.next_move(state, "I'll speak up anyway.", EMPTY, TODAY)
    assert move.need == "why" and [h.kind for h in state.saboteurs] == ["no_permission"]
    move, state = policy.next_move(state, "Who am I to lead this, honestly.", EMPTY, TODAY)
    assert move.kind is not MoveKind.NAME_SABOTEUR  # named once per kind per session


def test_value_link_when_the_clients_words_touch_a_value() -> None:
    memory = Memory(values=(ValueItem("family", 1, "card sort"),))
    moves, state = run([*GOAL, "Done by Friday.", "So I have evenings with my kids."], memory)
    assert [m.kind for m in moves].count(MoveKind.LINK_VALUE) == 1
    assert state.values_linked == ["family"]


def test_checkin_done_is_acknowledged_missed_is_explored() -> None:
    memory = Memory(
        commitments_due=(
            DueCommitment("send the email", None, "open", "session 3"),
            DueCommitment("walk three times", None, "open", "session 3"),
        )
    )
    moves, state = run(["Yes, I sent it.", "Doing it first thing.", "No, I didn't."], memory)
    assert (moves[1].kind, moves[1].need) == (MoveKind.ACKNOWLEDGEMENT, "what_helped")
    assert moves[3].need == "in_the_way"
    assert [n.status for n in state.checkin] == ["done", "not"]


def test_next_move_is_pure_and_deterministic() -> None:
    _, state = run(GOAL)
    before = state.to_dict()
    a = Policy().next_move(state, "An outline by Friday.", EMPTY, TODAY)
    b = Policy().next_move(state, "An outline by Friday.", EMPTY, TODAY)
    assert a[0] == b[0] and a[1].to_dict() == b[1].to_dict()
    assert state.to_dict() == before


def test_a_session_resumes_from_its_stored_state() -> None:
    _, state = run(GOAL)
    resumed = SessionState.from_dict(state.to_dict())
    facts = {
        "topic": "The quarterly report.",
        "goal": "I'd like to leave with a plan for finishing it.",
        "measure": "An outline by Friday.",
        "after": "measure",
        "reflect": "yes",
    }
    move, _ = Policy().next_move(resumed, "An outline by Friday.", EMPTY, TODAY)
    assert move == Move(Stage.GOAL, MoveKind.OPEN_QUESTION, "why", 0, facts)


def test_a_request_for_advice_keeps_their_thinking_first_and_is_not_a_miss() -> None:
    moves, state = run(TO_OPTIONS[:-1])
    asked = moves[-1].need
    move, state = Policy().next_move(state, "What would you do in my shoes?", EMPTY, TODAY)
    assert move.facts.get("routed") == "advice" and move.kind is not MoveKind.OFFER_IDEA
    assert move.need == asked and move.attempt == 0


def test_options_brought_while_asked_what_they_tried_move_the_session_on() -> None:
    _, state = run(GOAL_DONE + ["Yes.", "I open it and close it again."])
    assert state.need == "tried"
    move, state = Policy().next_move(state, "I could ask Sam for help.", EMPTY, TODAY)
    assert move.need != "tried" and "I could ask Sam for help." in " ".join(state.gathered.options)


def test_an_advice_request_is_never_taken_as_the_answer() -> None:
    _, state = run(GOAL_DONE + ["Yes.", "I open it and close it again."])
    asked = state.need
    before = state.gathered
    move, state = Policy().next_move(state, "What would you do in my shoes?", EMPTY, TODAY)
    assert state.need == asked and state.gathered == before
    assert move.facts.get("routed") == "advice"


def test_happy_to_finish_answers_the_closing_question_and_keeps_all_feedback_items() -> None:
    lines = TO_WILL + ["The second one.", "By Wednesday.", "Meetings.", "My manager.", "8",
                       "A reminder in my calendar.",
                       "I'll draft the outline for the report by Tuesday.", "Yes.",
                       "That I can start small."]  # fmt: skip
    moves, state = run(lines)
    assert (moves[-1].stage, moves[-1].need) == (Stage.CLOSE, "finish")
    move, state = Policy().next_move(state, "I'm happy to finish there.", EMPTY, TODAY)
    # Said when asked how they'd like to finish, it is an answer, not a cut-short close.
    assert move.kind is MoveKind.FEEDBACK and not state.short_close
    items = [move.facts["item"]]
    for score in ("8", "9", "7"):
        move, state = Policy().next_move(state, score, EMPTY, TODAY)
        items.append(move.facts.get("item"))
    assert items == ["heard", "focus", "approach", "overall"]


def test_a_dated_action_volunteered_in_the_will_stage_is_read_back() -> None:
    lines = TO_WILL + ["The second one.", "By Wednesday."]
    _, state = run(lines)
    assert state.need == "obstacle"
    move, state = Policy().next_move(
        state, "Block Tuesday morning for the outline and tell Sam by Monday.", EMPTY, TODAY
    )
    assert state.commitments and state.commitments[-1].due == "2026-11-30"
    # An obstacle that happens to hold an "I'll" and a date is not a commitment.
    _, other = run(lines)
    _, other2 = Policy().next_move(
        other, "Saying I'll do it next month instead, that's my pattern.", EMPTY, TODAY
    )
    assert not other2.commitments


def test_support_that_holds_an_action_and_a_day_is_not_taken_for_the_commitment() -> None:
    lines = TO_WILL + ["The second one.", "By Wednesday.", "Meetings."]
    _, state = run(lines)
    assert state.need == "support"
    _, state = Policy().next_move(
        state, "I'll keep my trainers under my desk and ask Sue to text me on Mondays.",
        EMPTY, TODAY,
    )
    assert not state.commitments  # not the action they chose (blocking Tuesday morning)


def test_options_brought_when_asked_for_a_confidence_number_move_the_session_on() -> None:
    _, state = run(GOAL_DONE + ["Yes.", "I open it and close it again.", "Nothing yet."])
    assert state.need == "confidence"
    move, state = Policy().next_move(state, "I could ask Sam for last quarter's version.",
                                     EMPTY, TODAY)  # fmt: skip
    assert move.stage is Stage.OPTIONS and "routed" not in move.facts
    assert state.gathered.options  # their option is kept, not put off "for later"
    move, _ = Policy().next_move(state, "Or I could block Tuesday morning for it.", EMPTY, TODAY)
    assert move.stage is Stage.OPTIONS and "routed" not in move.facts
