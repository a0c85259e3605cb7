"""Golden crisis flows, and checks every reply in every flow must pass."""

from __future__ import annotations

import json
import re
from datetime import datetime

import pytest

from onward.guard import crisis_text
from onward.guard.crisis_answers import wants_to_go_on
from onward.guard.crisis_flow import (
    CrisisState,
    CrisisStep,
    continue_crisis,
    paused_checkin_prompt,
    resume_after_pause,
    start_crisis,
)
from onward.guard.reply_check import check_reply
from onward.guard.verdict import Evidence, Level, Verdict

NIGHT = datetime(2026, 11, 20, 2, 0)
NOON = datetime(2026, 11, 20, 12, 0)
FORBIDDEN = re.compile(
    r"committed suicide|successful attempt|failed attempt|unsuccessful attempt|"
    r"won't tell|between us|keep (this|it) (a )?secret|our secret|you have (depression|anxiety|"
    r"a disorder|ptsd)|diagnos|calm down|overreact|not that bad|don't be silly|"
    r"\b(pills?|rope|guns?|knife|bridge|hang|jump|overdose|poison|blade)\b",
    re.IGNORECASE,
)
LOCAL = "your local emergency number"
EMERGENCY: dict[str | None, str] = {
    "US": "911",
    "GB": "999 or 112",
    "IT": "112",
    "AU": "000",
    "DE": "112",
    "Narnia": LOCAL,
}


def crisis(*categories: str) -> Verdict:
    return Verdict(Level.CRISIS, categories, (Evidence(categories[0], "...", 0, "test"),))


def check(step: CrisisStep, country: str | None) -> CrisisStep:
    """What every reply in the flow must do."""
    assert EMERGENCY[country] in step.reply, step.reply
    assert not FORBIDDEN.search(step.reply), FORBIDDEN.search(step.reply)
    assert step.reply.count("?") <= 1, "one question at a time"
    assert step.move == "crisis_response"
    judged = check_reply(step.reply, crisis_mode=True, resource_lines=step.resources_shown)
    assert judged.ok, judged
    if (step.state.stage == "emergency" and not step.state.followups) or step.resources_shown[1:]:
        # Full resources: the emergency number, the crisis lines and the directory.
        assert "findahelpline.com" in step.reply
    if step.state.followups:
        # Later replies after an emergency: short, and still one way to reach a person.
        assert len(step.reply) < 400 and step.resources_shown
    if step.state.stage in ("emergency", "paused"):
        assert not step.coaching_may_resume
    return step


def run(
    verdict: Verdict,
    first: str,
    answers: list[str],
    country: str | None = "US",
    is_minor: bool | None = None,
) -> list[CrisisStep]:
    steps = [check(start_crisis(verdict, first, country, NOON, is_minor=is_minor), country)]
    for answer in answers:
        step = check(continue_crisis(steps[-1].state, answer, None, NOON), country)
        if step.state.stage == "paused" and steps[-1].state.stage != "paused":
            assert "findahelpline.com" in step.reply, "resources are due when the flow pauses"
        steps.append(step)
    return steps


def test_intent_in_the_first_message_goes_to_emergency_without_questions() -> None:
    [step] = run(crisis("suicide_self_harm"), "I'm going to kill myself tonight", [])
    assert step.outcome == "emergency" and step.state.stage == "emergency"
    assert "?" not in step.reply
    assert "988" in step.reply and "741741" in step.reply
    # Emergency number leads the resources.
    assert step.resources_shown[0].startswith("Emergency services (United States): call 911")


@pytest.mark.parametrize(
    "first",
    [
        "I have a plan and I've written a goodbye letter",
        "I've been saving up pills",
        "I tried to kill myself last month",
    ],
)
def test_plan_means_or_behaviour_in_the_first_message_skip_the_questions(first: str) -> None:
    [step] = run(crisis("suicide_self_harm"), first, [])
    assert step.outcome == "emergency"


def test_without_intent_questions_then_paused_with_resources_and_referral() -> None:
    steps = run(crisis("suicide_self_harm"), "I just want to disappear", ["yeah", "no", "no", "no"])
    stages = [s.state.stage for s in steps]
    assert stages == ["ask_thoughts", "ask_intent", "ask_plan", "ask_behaviour", "paused"]
    assert steps[0].reply.endswith(crisis_text.Q_THOUGHTS)
    assert steps[3].reply.endswith(crisis_text.Q_BEHAVIOUR)
    last = steps[-1]
    assert last.outcome == "paused" and not last.coaching_may_resume
    assert "988 Suicide & Crisis Lifeline: call or text 988" in last.reply
    assert "primary care doctor" in last.reply  # the referral
    assert dict(last.state.answers) == {
        "ask_thoughts": "yes",
        "ask_intent": "no",
        "ask_plan": "no",
        "ask_behaviour": "no",
    }


def test_no_thoughts_skips_intent_and_plan_and_asks_about_recent_behaviour() -> None:
    steps = run(crisis("suicide_self_harm"), "I want to die", ["no", "no"], country="GB")
    assert [s.state.stage for s in steps] == ["ask_thoughts", "ask_behaviour", "paused"]
    assert "Samaritans: call 116 123" in steps[-1].reply and "your GP" in steps[-1].reply


@pytest.mark.parametrize("leaning", ["kind of", "maybe", "sometimes", "no, but sometimes"])
def test_an_answer_leaning_towards_yes_to_intent_is_concern_at_once(leaning: str) -> None:
    steps = run(crisis("suicide_self_harm"), "I want to die", ["yes", leaning])
    assert steps[-1].outcome == "emergency"


@pytest.mark.parametrize("unclear", ["I don't know", "not really", "", "About a 5 out of 10."])
def test_an_unclear_answer_to_intent_is_asked_again_once_then_is_concern(unclear: str) -> None:
    steps = run(crisis("suicide_self_harm"), "I want to die", ["yes", unclear, unclear])
    reask = steps[2]
    assert reask.outcome is None and reask.state.stage == "ask_intent"
    assert reask.reply.endswith(crisis_text.REASK_INTENT)
    assert steps[-1].outcome == "emergency"  # never read as "no"


def test_an_answer_revealing_a_plan_goes_to_emergency_at_any_stage() -> None:
    steps = run(crisis("suicide_self_harm"), "I want to die", ["no, but I've picked a date"])
    assert steps[-1].outcome == "emergency"


@pytest.mark.parametrize(
    "clarification",
    ["no, I meant my project is dying", "sorry, I meant it's killing me figuratively"],
)
def test_false_alarm_ends_gently_back_in_coaching(clarification: str) -> None:
    steps = run(crisis("suicide_self_harm"), "this project is killing me", [clarification])
    last = steps[-1]
    assert last.outcome == "resolved_false_alarm" and last.coaching_may_resume
    assert last.state.stage == "resolved"
    assert "988" in last.reply  # still leaves the numbers


def test_you_misunderstood_after_a_clear_intent_does_not_resolve() -> None:
    steps = run(
        crisis("suicide_self_harm"),
        "I'm going to end my life this weekend",
        ["you misunderstood, I meant my project", "seriously, it was a figure of speech"],
    )
    assert all(s.outcome == "emergency" and not s.coaching_may_resume for s in steps)
    assert crisis_text.EMERGENCY_AFTER_RETRACTION in steps[1].reply


def test_false_alarm_after_a_concerning_answer_does_not_resolve() -> None:
    steps = run(
        crisis("suicide_self_harm"), "I want to die", ["yes", "you misunderstood", "I meant it"]
    )
    assert steps[2].state.stage == "ask_intent" and steps[2].outcome is None  # asked again
    assert steps[-1].outcome == "emergency"  # unclear twice: concern, never resolved


def test_false_alarm_with_a_crisis_verdict_on_it_does_not_resolve() -> None:
    start = start_crisis(crisis("suicide_self_harm"), "I want to die", "US", NOON)
    step = continue_crisis(start.state, "I meant my project, lol", crisis("suicide_self_harm"))
    assert step.outcome != "resolved_false_alarm"


def test_third_person_in_danger_gets_guidance_on_getting_them_help() -> None:
    steps = run(crisis("third_party_danger"), "My friend keeps saying she wants to die", ["no"])
    first = steps[0].reply
    assert "stay with them" in first and "don't leave them alone" in first
    assert "crisis line can advise you" in first
    assert steps[0].state.stage == "ask_third_party_danger"
    assert steps[-1].outcome == "paused"
    assert "worried about someone else" in steps[-1].reply


def test_third_person_in_immediate_danger_goes_to_emergency() -> None:
    steps = run(crisis("third_party_danger"), "my brother says he is going to end his life", [])
    assert steps[0].outcome == "emergency" and "until help arrives" in steps[0].reply
    steps = run(crisis("third_party_danger"), "my friend wants to die", ["I think so"])
    assert steps[-1].outcome == "emergency"


def test_minor_disclosing_abuse_hears_it_is_not_their_fault_and_to_tell_an_adult() -> None:
    steps = run(crisis("abuse_danger"), "I'm 14 and my stepdad hits me", ["yes"], country="AU")
    assert steps[0].state.minor
    assert "not your fault" in steps[0].reply and steps[0].reply.endswith("Are you safe right now?")
    last = steps[-1]
    assert last.outcome == "paused" and "trusted adult" in last.reply
    assert "Lifeline: call 13 11 14" in last.reply


def test_minor_not_safe_now_goes_to_emergency_with_a_trusted_adult() -> None:
    steps = run(crisis("abuse_danger"), "my dad hurts me", ["no"], country="AU", is_minor=True)
    assert steps[-1].outcome == "emergency" and "trusted adult" in steps[-1].reply


def test_adult_abuse_unclear_safety_is_concern() -> None:
    steps = run(
        crisis("abuse_danger"), "my partner hurts me", ["I'm not sure", "not sure"], country="DE"
    )
    assert not steps[0].state.minor and "not okay" in steps[0].reply
    assert steps[1].reply.endswith(crisis_text.REASK_SAFE_NOW) and steps[1].outcome is None
    assert steps[-1].outcome == "emergency"


def test_harm_to_others_asks_about_immediate_danger() -> None:
    steps = run(crisis("harm_to_others"), "I keep wanting to hurt my coworker", ["no"])
    assert steps[0].reply.endswith(crisis_text.Q_OTHERS_DANGER)
    assert steps[-1].outcome == "paused" and "911" in steps[-1].reply


def test_harm_to_others_with_stated_intent_goes_to_emergency() -> None:
    [step] = run(crisis("harm_to_others"), "I'm going to hurt him when he gets home", [])
    assert step.outcome == "emergency" and "put distance" in step.reply


def test_medical_emergency_says_call_now() -> None:
    [step] = run(crisis("medical_emergency"), "my chest hurts and my arm is numb", [], country="GB")
    assert step.outcome == "emergency" and "Please call 999 or 112 now" in step.reply


def test_italy_at_night_leads_with_112() -> None:
    step = start_crisis(crisis("suicide_self_harm"), "I'm going to end it tonight", "IT", NIGHT)
    check(step, "IT")
    assert step.resources_shown[0].startswith("Emergency services (Italy): call 112")


def test_unknown_country_flow_uses_the_fallback_and_says_so() -> None:
    steps = run(crisis("suicide_self_harm"), "I want to die", ["no", "no"], country="Narnia")
    assert 'numbers for "Narnia"' in steps[-1].reply


def test_paused_checkin_then_explicit_choice_resumes_coaching() -> None:
    steps = run(crisis("suicide_self_harm"), "I want to die", ["no", "no"], country="GB")
    prompt = check(paused_checkin_prompt(steps[-1].state), "GB")
    assert "How are you doing" in prompt.reply and "reach someone" in prompt.reply
    # "Yes" to "how are you / did you reach someone" is not a choice to go on.
    offer = check(resume_after_pause(prompt.state, "yes, I called Samaritans"), "GB")
    assert offer.state.stage == "offer_resume" and not offer.coaching_may_resume
    assert offer.reply.endswith(crisis_text.Q_RESUME)
    resumed = check(resume_after_pause(offer.state, "yeah"), "GB")
    assert resumed.coaching_may_resume and resumed.state.stage == "resumed"
    assert resumed.outcome == "paused"


def test_paused_client_may_choose_to_go_on_in_the_same_session() -> None:
    steps = run(crisis("suicide_self_harm"), "I want to die", ["no", "no", "let's go on"])
    assert steps[-1].coaching_may_resume


def test_not_yet_keeps_the_pause() -> None:
    steps = run(crisis("suicide_self_harm"), "I want to die", ["no", "no", "not today"])
    assert steps[-1].state.stage == "paused" and not steps[-1].coaching_may_resume


def test_a_new_concern_after_a_pause_re_enters_the_flow() -> None:
    steps = run(crisis("suicide_self_harm"), "I want to die", ["no", "no"])
    prompt = paused_checkin_prompt(steps[-1].state)
    step = check(resume_after_pause(prompt.state, "worse. I've made a plan"), "US")
    assert step.outcome == "emergency"
    step = resume_after_pause(prompt.state, "not great", crisis("suicide_self_harm"))
    assert step.state.stage == "ask_thoughts"


def test_emergency_is_final_for_the_session_but_the_next_checkin_can_resume() -> None:
    [step] = run(crisis("suicide_self_harm"), "I'm going to kill myself", [])
    again = check(continue_crisis(step.state, "let's go on with my goals"), "US")
    assert again.outcome == "emergency" and not again.coaching_may_resume
    assert not resume_after_pause(step.state, "let's go on").coaching_may_resume
    prompt = paused_checkin_prompt(step.state)
    offer = resume_after_pause(prompt.state, "I went to hospital, doing better")
    assert resume_after_pause(offer.state, "yes please").coaching_may_resume


# --- golden flows from real transcripts -------------------------------------------


def test_an_off_topic_answer_to_are_you_safe_is_asked_again_once_then_escalates() -> None:
    steps = run(crisis("abuse_danger"), "my partner hurts me", ["About a 5 out of 10.", "5"],
                country="GB")
    reask = steps[1]
    assert reask.outcome is None and reask.state.stage == "ask_safe_now"
    assert reask.reply.endswith(crisis_text.REASK_SAFE_NOW)
    assert "call 999 or 112" in reask.reply and "Please call 999 or 112 now" not in reask.reply
    assert steps[-1].outcome == "emergency"  # a number is not an answer, twice is concern


def test_a_non_answer_is_asked_again_and_a_plain_answer_then_pauses() -> None:
    steps = run(
        crisis("abuse_danger"),
        "my partner hurts me",
        ["I'm at home, my flatmate is in the next room", "yes I'm safe"],
        country="GB",
    )
    assert [s.state.stage for s in steps] == ["ask_safe_now", "ask_safe_now", "paused"]
    assert steps[-1].outcome == "paused"


def test_a_danger_sign_after_a_reask_escalates_at_once() -> None:
    steps = run(crisis("suicide_self_harm"), "I want to die", ["yes", "idk", "I've got pills"])
    assert steps[2].state.stage == "ask_intent" and steps[-1].outcome == "emergency"


@pytest.mark.parametrize(
    "first,answer",
    [
        ("my dad hits me", "I'm at home with my partner"),
        ("my partner hurts me", "yes I'm safe"),
        ("my partner hurts me", "I'm ok, my sister is here"),
        ("my partner hurts me", "I'm staying at my friend's place tonight, I'm safe"),
    ],
)
def test_safe_or_with_someone_counts_as_yes_to_are_you_safe(first: str, answer: str) -> None:
    steps = run(crisis("abuse_danger"), first, [answer], country="GB")
    assert steps[-1].outcome == "paused" and steps[-1].state.stage == "paused"
    assert "Samaritans" in steps[-1].reply


def test_being_with_the_person_named_in_the_disclosure_is_not_reassurance() -> None:
    steps = run(crisis("abuse_danger"), "my partner hurts me", ["I'm at home with my partner"])
    assert steps[-1].state.stage == "ask_safe_now" and steps[-1].outcome is None
    steps = run(crisis("abuse_danger"), "my partner hurts me", ["I'm ok, he's coming back soon"])
    assert steps[-1].outcome is None  # asked again, never counted as safe


def test_safe_in_words_answers_the_danger_question_as_no() -> None:
    steps = run(crisis("harm_to_others"), "I keep wanting to hurt my coworker",
                ["I'm at home with my sister, nobody is in danger"])
    assert steps[-1].outcome == "paused"
    steps = run(crisis("harm_to_others"), "I keep wanting to hurt my coworker", ["I'm scared"])
    assert steps[-1].outcome == "emergency"


def test_questions_already_answered_in_the_first_message_are_skipped() -> None:
    steps = run(
        crisis("suicide_self_harm"),
        "I keep thinking about killing myself but I don't have a plan",
        ["no", "no"],
    )
    assert [s.state.stage for s in steps] == ["ask_intent", "ask_behaviour", "paused"]
    assert all(crisis_text.Q_PLAN not in s.reply for s in steps)
    assert dict(steps[-1].state.answers) == {
        "ask_thoughts": "yes", "ask_plan": "no", "ask_intent": "no", "ask_behaviour": "no",
    }


def test_questions_already_answered_in_a_later_message_are_skipped() -> None:
    steps = run(
        crisis("suicide_self_harm"),
        "I want to die",
        [
            "yes",
            "no, I would never act on it, and I don't have a plan",
            "I've never tried anything",
        ],
    )
    assert [s.state.stage for s in steps] == ["ask_thoughts", "ask_intent", "ask_behaviour",
                                               "paused"]
    assert all(crisis_text.Q_PLAN not in s.reply for s in steps)


def test_answering_another_question_answers_that_one_and_asks_this_one_again() -> None:
    # "I'd never act on it" to the thoughts question: thoughts are concern, intent is no.
    steps = run(crisis("suicide_self_harm"), "I want to die", ["I'd never act on it"])
    assert steps[-1].state.stage == "ask_plan"
    # "I don't have a plan" to the intent question: intent still needs an answer.
    steps = run(crisis("suicide_self_harm"), "I want to die", ["yes", "I don't have a plan", "no"])
    assert [s.state.stage for s in steps] == ["ask_thoughts", "ask_intent", "ask_intent",
                                               "ask_behaviour"]


@pytest.mark.parametrize(
    "first",
    [
        "I don't have a plan but I've picked a date",
        "I would never act on it, but I've been saving up pills",
    ],
)
def test_a_stated_plan_or_means_still_goes_to_emergency(first: str) -> None:
    [step] = run(crisis("suicide_self_harm"), first, [])
    assert step.outcome == "emergency"


def test_a_no_with_a_time_limit_does_not_answer_the_question() -> None:
    steps = run(crisis("suicide_self_harm"), "I'm suicidal and I don't have a plan yet", ["no"])
    assert steps[-1].state.stage == "ask_plan"


def test_after_an_emergency_replies_are_short_varied_and_never_coaching() -> None:
    [first] = run(crisis("suicide_self_harm"), "I'm going to kill myself tonight", [], "GB")
    state, replies = first.state, []
    for text in ["ok", "I don't know", "whatever", "hmm", "still here"]:
        step = check(continue_crisis(state, text, None, NOON), "GB")
        assert step.outcome == "emergency" and not step.coaching_may_resume
        assert "Samaritans" in step.reply and len(step.reply) < len(first.reply) / 2
        assert crisis_text.EMERGENCY_SUICIDE.split(".")[0] not in step.reply
        replies.append(step.reply)
        state = step.state
    assert len(set(replies)) == len(replies), "no two later replies the same"
    goals = check(continue_crisis(state, "can we get back to my goals", None, NOON), "GB")
    assert goals.reply.startswith(crisis_text.EMERGENCY_NOT_TODAY)
    called = check(continue_crisis(state, "I've called my sister", None, NOON), "GB")
    assert called.reply.startswith(crisis_text.EMERGENCY_REACHED_OUT)
    worse = check(continue_crisis(state, "I have the pills here", None, NOON), "GB")
    assert "Please call 999 or 112 now" in worse.reply and len(worse.reply) < 400


@pytest.mark.parametrize(
    "choice",
    [
        "can we get back to my goals",
        "I'd like to continue",
        "I'm ok now, let's carry on",
        "I feel better, can we go back to my goals?",
    ],
)
def test_paused_client_resumes_in_plain_words(choice: str) -> None:
    steps = run(crisis("suicide_self_harm"), "I want to die", ["no", "no", choice])
    assert steps[-2].state.stage == "paused"
    assert steps[-1].coaching_may_resume and steps[-1].state.stage == "resumed"


@pytest.mark.parametrize("words", ["I can't carry on like this", "I don't see how I can go on"])
def test_cannot_go_on_in_the_pause_is_a_new_concern_never_a_resume(words: str) -> None:
    steps = run(crisis("suicide_self_harm"), "I want to die", ["no", "no", words])
    assert not steps[-1].coaching_may_resume and steps[-1].state.stage == "ask_thoughts"
    assert not wants_to_go_on(words, was_asked=True)


def test_a_new_concern_in_the_pause_re_enters_the_flow_in_the_same_session() -> None:
    steps = run(crisis("suicide_self_harm"), "I want to die", ["no", "no"])
    step = check(continue_crisis(steps[-1].state, "actually I've made a plan"), "US")
    assert step.outcome == "emergency"
    step = check(continue_crisis(steps[-1].state, "hmm", crisis("abuse_danger")), "US")
    assert step.state.stage == "ask_safe_now"


def test_state_round_trips_through_json() -> None:
    steps = run(crisis("abuse_danger", "suicide_self_harm"), "I'm 15, he hits me", [])
    state = steps[0].state
    assert CrisisState.from_dict(json.loads(json.dumps(state.to_dict()))) == state


def test_no_crisis_text_contains_a_forbidden_phrase() -> None:
    texts = {k: v for k, v in vars(crisis_text).items() if k.isupper() and isinstance(v, str)}
    assert len(texts) > 30
    for name, text in texts.items():
        assert not FORBIDDEN.search(text), name


def model_crisis(category: str = "suicide_self_harm") -> Verdict:
    return Verdict(Level.CRISIS, (category,), (Evidence(category, "...", 0, "model"),))


def test_a_check_only_the_model_asked_for_ends_on_a_clear_everyday_no() -> None:
    first = "Right now I'm up twice a night with the baby and by the evening I'm wiped out."
    steps = run(model_crisis(), first, ["No, not at all! I'm just tired, it's the baby."])
    assert steps[0].state.model_only and steps[0].state.stage == "ask_thoughts"
    assert steps[-1].outcome == "resolved_false_alarm" and steps[-1].coaching_may_resume
    # The same answer after words a pattern read as risk goes on with the screen.
    steps = run(crisis("suicide_self_harm"), "I want to die", ["No, I'm just tired."])
    assert steps[-1].outcome != "resolved_false_alarm"


@pytest.mark.parametrize(
    "answer",
    ["No.", "No, but sometimes I think about it.", "no, just tired of everything, honestly",
     "Maybe, I'm just tired."],
)
def test_a_model_only_check_still_screens_on_a_bare_or_hedged_no(answer: str) -> None:
    steps = run(model_crisis(), "I'm done with all of it.", [answer])
    assert steps[-1].outcome != "resolved_false_alarm"


def test_a_second_off_topic_answer_is_not_thanked_for_its_honesty() -> None:
    steps = run(crisis("suicide_self_harm"), "I just want to disappear",
                ["I could join a writing group.", "Or write before the kids wake up."])
    assert crisis_text.ACK_STILL_UNCLEAR in steps[-1].reply
    assert crisis_text.ACK_ANSWER not in steps[-1].reply
    leaning = run(crisis("suicide_self_harm"), "I just want to disappear", ["maybe, sometimes"])
    assert crisis_text.ACK_ANSWER in leaning[-1].reply


def test_a_model_only_check_answered_off_topic_twice_pauses_instead_of_emergency() -> None:
    steps = run(model_crisis(), "Right now I'm up twice a night with the baby.",
                ["maybe", "My partner could take the baby.", "I could run with the buggy."])
    assert steps[-1].state.stage == "paused" and steps[-1].outcome == "paused"
    assert "findahelpline.com" in steps[-1].reply  # resources, and goal work waits
    # The same answers after words a pattern read as risk still go to emergency.
    steps = run(crisis("suicide_self_harm"), "I want to die",
                ["maybe", "My partner could take the baby.", "I could run with the buggy."])
    assert steps[-1].outcome == "emergency"
