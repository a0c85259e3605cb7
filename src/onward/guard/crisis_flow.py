"""The crisis flow: a small state machine, state in and state out, no storage.

Modelled on the triage logic of the Columbia screener (thoughts, intent, plan,
recent behaviour; intent, plan, means or recent behaviour means emergency), not on
its wording. Rules that shape the code:
- a stated intent, plan, means or recent behaviour, in the first message or any
  answer, goes straight to emergency, and an emergency is final for the session;
- what the client already said ("I don't have a plan", "I'd never act on it") answers
  that question, in the first message or any later one: it is not asked again;
- an unclear or off-topic answer counts as concern, never as "no": it gets one plainer
  re-ask of the same question, and a second unclear answer escalates; an answer that
  leans towards yes ("maybe", "sometimes") to a danger question escalates at once;
- a false alarm returns to coaching only while nothing said so far was concerning;
- every reply carries at least the emergency number for the client's country.
Replies are built in crisis_replies; the state is in crisis_state.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from onward.guard import crisis_replies as R
from onward.guard import crisis_text as T
from onward.guard.crisis_answers import (
    Answer,
    cannot_go_on,
    danger_signals,
    is_false_alarm,
    leans_yes,
    norm,
    parse_answer,
    sounds_like_minor,
    wants_to_go_on,
)
from onward.guard.crisis_state import (
    SELF_SIGNALS,
    URGENT_SIGNALS,
    CrisisState,
    CrisisStep,
    Outcome,
)
from onward.guard.crisis_statements import people_named, safety_answer, stated_answers
from onward.guard.resources import CountryResources, format_resources, resources_for
from onward.guard.verdict import CRISIS_CATEGORIES, Level, Verdict

__all__ = [
    "CrisisState",
    "CrisisStep",
    "Outcome",
    "continue_crisis",
    "paused_checkin_prompt",
    "resume_after_pause",
    "start_crisis",
]

QUESTIONS = R.QUESTIONS
PAUSE_STAGES = frozenset({"paused", "checkin", "offer_resume"})
SUICIDE_SCREEN = ("ask_thoughts", "ask_intent", "ask_plan", "ask_behaviour")
# Stages where "yes" is the worrying answer; ask_safe_now is the other way round.
DANGER_IF_YES = frozenset(
    {"ask_intent", "ask_plan", "ask_behaviour", "ask_others_danger", "ask_third_party_danger"}
)
_BARE_YES_NO = re.compile(r"^(yes|yeah|yep|yup|no|nope|nah)\b")


def _primary_category(categories: tuple[str, ...], signals: frozenset[str]) -> str:
    if "medical_emergency" in categories:
        return "medical_emergency"
    # "My sister said she wants to die" is about someone else unless the client's
    # own words carry a danger sign.
    if "third_party_danger" in categories and not signals & SELF_SIGNALS:
        return "third_party_danger"
    for category in ("suicide_self_harm", "harm_to_others", "abuse_danger"):
        if category in categories:
            return category
    return "suicide_self_harm"  # no crisis category (e.g. from intake): screen for it


def _crisis_categories(verdict: Verdict | None) -> tuple[str, ...]:
    if verdict is None:
        return ()
    return tuple(c for c in verdict.categories if c in CRISIS_CATEGORIES)


def _with_stated(state: CrisisState, stated: dict[str, Answer], skip: str = "") -> CrisisState:
    """Record answers the client gave without being asked (not to the question `skip`)."""
    known = state.known()
    new = tuple(
        (stage, answer.value)
        for stage, answer in stated.items()
        if stage != skip and known.get(stage) != answer.value
    )
    return replace(state, answers=state.answers + new) if new else state


def _next_screen_stage(state: CrisisState) -> str | None:
    """The next question of the suicide screen not yet answered; None when all are."""
    known = state.known()
    thoughts = known.get("ask_thoughts")
    if thoughts is None:
        return "ask_thoughts"
    order = ("ask_behaviour",) if thoughts == Answer.NO.value else SUICIDE_SCREEN[1:]
    for stage in order:
        if known.get(stage) != Answer.NO.value:
            return stage
    return None


def _screen_next(state: CrisisState, res: CountryResources, lead: str) -> CrisisStep:
    stage = _next_screen_stage(state)
    if stage is None:
        return R.paused(state, res)
    return R.question(replace(state, stage=stage), res, lead)


def start_crisis(
    verdict: Verdict,
    text: str,
    country: str | None,
    now_local: datetime | None = None,
    *,
    is_minor: bool | None = None,
) -> CrisisStep:
    """The first crisis reply. is_minor comes from the profile when it knows the age."""
    signals = danger_signals(text)
    categories = _crisis_categories(verdict) or ("suicide_self_harm",)
    category = _primary_category(categories, signals)
    state = CrisisState(
        stage="start",
        category=category,
        categories=categories,
        country=country,
        signals=tuple(sorted(signals)),
        minor=bool(is_minor) or sounds_like_minor(text),
        turns=1,
        named=people_named(text),
        model_only=verdict.model_only,
    )
    res = resources_for(country, now_local)
    if category == "medical_emergency":
        return R.emergency(state, res)
    if signals & SELF_SIGNALS:  # intent, plan, means or behaviour: no questions
        return R.emergency(replace(state, category="suicide_self_harm"), res)
    if category == "harm_to_others":
        if "harm_intent" in signals:
            return R.emergency(state, res)
        return R.question(replace(state, stage="ask_others_danger"), res, T.ACK_HARM_OTHERS)
    if category == "abuse_danger":
        ack = T.ACK_ABUSE_MINOR if state.minor else T.ACK_ABUSE
        return R.question(replace(state, stage="ask_safe_now"), res, ack)
    if category == "third_party_danger":
        if "third_party_urgent" in signals:
            return R.emergency(state, res)
        lead = R.fill(T.THIRD_PARTY_GUIDANCE, res)
        return R.question(replace(state, stage="ask_third_party_danger"), res, lead)
    return _screen_next(_with_stated(state, stated_answers(text)), res, T.ACK_SUICIDE)


def _answer_to(stage: str, text: str, stated: dict[str, Answer], named: tuple[str, ...]) -> Answer:
    """The answer this text gives to the question asked at `stage`."""
    if stage in stated:
        return stated[stage]
    if stage in ("ask_safe_now", "ask_others_danger", "ask_third_party_danger"):
        in_words = safety_answer(text, stage, named)
        if in_words is not None:
            return in_words
    answer = parse_answer(text)
    # "I don't have a plan" said to the intent question answers the plan question,
    # not this one; only a plain "yes" or "no" in front answers this one too.
    if stated and answer is not Answer.UNCLEAR and not _BARE_YES_NO.search(norm(text)):
        return Answer.UNCLEAR
    return answer


def continue_crisis(
    state: CrisisState,
    client_text: str,
    verdict_of_text: Verdict | None = None,
    now_local: datetime | None = None,
) -> CrisisStep:
    """The next reply, given the client's answer and the guard's verdict on it."""
    res = resources_for(state.country, now_local)
    signals = danger_signals(client_text)
    seen = state.categories
    new_categories = tuple(c for c in _crisis_categories(verdict_of_text) if c not in seen)
    state = replace(
        state,
        categories=state.categories + new_categories,
        signals=tuple(sorted(set(state.signals) | signals)),
        turns=state.turns + 1,
    )
    if state.stage == "emergency":
        # Never argue, never dismiss, never back to coaching: short, with the numbers.
        return R.emergency_followup(state, res, client_text, signals)
    if state.stage in PAUSE_STAGES:
        return resume_after_pause(state, client_text, verdict_of_text, now_local)
    if state.stage in ("resolved", "resumed") or state.stage not in QUESTIONS:
        if verdict_of_text is not None and verdict_of_text.level is Level.CRISIS:
            return start_crisis(verdict_of_text, client_text, state.country, now_local)
        return CrisisStep(R.fill(T.RESUMED, res), state, state.outcome, True)

    if "medical_emergency" in new_categories:
        return R.emergency(replace(state, category="medical_emergency"), res)
    if signals & URGENT_SIGNALS:
        if signals & SELF_SIGNALS:
            state = replace(state, category="suicide_self_harm")
        return R.emergency(state, res)
    crisis_verdict = verdict_of_text is not None and verdict_of_text.level is Level.CRISIS
    first_check = state.model_only and state.stage == "ask_thoughts"
    if (
        is_false_alarm(client_text, model_only=first_check)
        and not state.concern_so_far
        and not crisis_verdict
    ):
        return R.false_alarm(state, res)
    return _answered(state, client_text, res)


def _answered(state: CrisisState, text: str, res: CountryResources) -> CrisisStep:
    """Read the answer to the question asked, then ask the next, re-ask, pause or escalate."""
    stage = state.stage
    stated = stated_answers(text) if state.category == "suicide_self_harm" else {}
    answer = _answer_to(stage, text, stated, state.named)
    state = _with_stated(state, stated, skip=stage)
    unclear_before = state.unclear_count(stage)
    state = replace(state, answers=state.answers + ((stage, answer.value),))
    # To the thoughts question, "I'd never act on it" or "no plan" still speaks of thoughts.
    spoke_of_it = stage == "ask_thoughts" and bool(stated)
    lean = answer is Answer.UNCLEAR and (leans_yes(text) or spoke_of_it)

    if stage == "ask_thoughts":
        if answer is Answer.UNCLEAR and not lean and not unclear_before:
            return R.reask(state, res)
        lead = (
            T.ACK_NO_THOUGHTS if answer is Answer.NO
            else T.ACK_STILL_UNCLEAR if answer is Answer.UNCLEAR and not lean
            else T.ACK_ANSWER  # a yes, or a lean towards it ("maybe", "sometimes")
        )
        return _screen_next(state, res, lead)  # unclear twice is concern: go on asking
    if stage == "ask_safe_now":
        if answer is Answer.YES:
            return R.paused(state, res)
        if answer is Answer.UNCLEAR and not unclear_before:
            return R.reask(state, res)
        return R.emergency(state, res)
    # A danger question: yes, a lean towards yes or a second unclear answer escalates.
    if answer is Answer.YES or lean:
        return R.emergency(state, res)
    if answer is Answer.UNCLEAR and unclear_before:
        if state.model_only and not set(state.signals) & URGENT_SIGNALS:
            # Only the model saw risk and nothing since has said intent, a plan or an act:
            # resources, a referral and goal work paused, not an emergency call.
            return R.paused(state, res)
        return R.emergency(state, res)
    if answer is Answer.UNCLEAR:
        return R.reask(state, res)
    if stage in SUICIDE_SCREEN:
        return _screen_next(state, res, T.ACK_ANSWER)
    return R.paused(state, res)


def paused_checkin_prompt(state: CrisisState, now_local: datetime | None = None) -> CrisisStep:
    """The opening of the next session or check-in after a paused or emergency flow."""
    return R.checkin(state, resources_for(state.country, now_local))


def resume_after_pause(
    state: CrisisState,
    answer: str,
    verdict_of_answer: Verdict | None = None,
    now_local: datetime | None = None,
) -> CrisisStep:
    """Goal work comes back only by the client's explicit choice; a new concern re-enters."""
    res = resources_for(state.country, now_local)
    signals = danger_signals(answer)
    if state.stage == "emergency":  # same session: an emergency is final
        return R.emergency_followup(state, res, answer, signals)
    new_concern = verdict_of_answer is not None and verdict_of_answer.level is Level.CRISIS
    if new_concern or signals & URGENT_SIGNALS or cannot_go_on(answer):
        verdict = verdict_of_answer or Verdict(Level.CRISIS, (state.category,))
        return start_crisis(verdict, answer, state.country, now_local, is_minor=state.minor)
    emergency_line = R.fill(T.EMERGENCY_LINE, res)
    if wants_to_go_on(answer, was_asked=state.stage == "offer_resume"):
        resumed = replace(state, stage="resumed")
        return CrisisStep(R.fill(T.RESUMED, res), resumed, state.outcome, True, (emergency_line,))
    if state.stage == "checkin":
        shown = format_resources(res)
        parts = [T.CHECKIN_THANKS, *(f"- {line}" for line in shown)]
        if verdict_of_answer is not None and verdict_of_answer.level is Level.REFER:
            parts.append(R.fill(T.PAUSED_REFERRAL, res, state.country))
        parts.append(T.Q_RESUME)
        offered = replace(state, stage="offer_resume")
        return CrisisStep("\n".join(parts), offered, state.outcome, False, tuple(shown))
    paused = replace(state, stage="paused")
    reply = "\n".join([T.STAY_PAUSED, emergency_line])
    return CrisisStep(reply, paused, state.outcome, False, (emergency_line,))
