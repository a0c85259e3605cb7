"""The crisis flow's replies, built from the reviewed texts in crisis_text.

Every reply carries at least the emergency number for the client's country. The
first emergency reply gives every resource; later ones in the same session are short
and varied (an acknowledgement and one way to reach help), never a return to coaching.
"""

from __future__ import annotations

import re
from dataclasses import replace

from onward.guard import crisis_text as T
from onward.guard.crisis_answers import is_false_alarm, wants_to_go_on
from onward.guard.crisis_state import URGENT_SIGNALS, CrisisState, CrisisStep
from onward.guard.refer_flow import pointer_for
from onward.guard.resources import CountryResources, format_resources, how_to_reach

# The question asked at each stage, and its plainer form for a single re-ask.
QUESTIONS: dict[str, str] = {
    "ask_thoughts": T.Q_THOUGHTS,
    "ask_intent": T.Q_INTENT,
    "ask_plan": T.Q_PLAN,
    "ask_behaviour": T.Q_BEHAVIOUR,
    "ask_others_danger": T.Q_OTHERS_DANGER,
    "ask_safe_now": T.Q_SAFE_NOW,
    "ask_third_party_danger": T.Q_THIRD_PARTY_DANGER,
}
REASKS: dict[str, str] = {
    "ask_thoughts": T.REASK_THOUGHTS,
    "ask_intent": T.REASK_INTENT,
    "ask_plan": T.REASK_PLAN,
    "ask_behaviour": T.REASK_BEHAVIOUR,
    "ask_others_danger": T.REASK_OTHERS_DANGER,
    "ask_safe_now": T.REASK_SAFE_NOW,
    "ask_third_party_danger": T.REASK_THIRD_PARTY_DANGER,
}


def fill(text: str, res: CountryResources, country: str | None = None) -> str:
    return text.format(
        emergency=res.emergency_text, pointer=pointer_for(country), line=one_line(res)
    )


def one_line(res: CountryResources) -> str:
    """The first crisis line open now, and how to reach it; the directory otherwise."""
    for line in res.lines:
        if line.name not in res.closed_now:
            return f"{line.name} ({how_to_reach(line)})"
    return f"a crisis line ({res.directory})"


def _bullets(lines: list[str]) -> list[str]:
    return [f"- {line}" for line in lines]


def question(state: CrisisState, res: CountryResources, lead: str) -> CrisisStep:
    emergency_line = fill(T.EMERGENCY_LINE, res)
    reply = "\n".join([lead, emergency_line, QUESTIONS[state.stage]])
    return CrisisStep(reply, state, None, False, (emergency_line,))


def reask(state: CrisisState, res: CountryResources) -> CrisisStep:
    """The same question once more, plainly, with the emergency number in view."""
    emergency_line = fill(T.EMERGENCY_LINE, res)
    reply = "\n".join([T.REASK_LEAD, emergency_line, REASKS[state.stage]])
    return CrisisStep(reply, state, None, False, (emergency_line,))


_EMERGENCY_LEAD = {
    "suicide_self_harm": T.EMERGENCY_SUICIDE,
    "harm_to_others": T.EMERGENCY_HARM_OTHERS,
    "abuse_danger": T.EMERGENCY_ABUSE,
    "third_party_danger": T.EMERGENCY_THIRD_PARTY,
    "medical_emergency": T.EMERGENCY_MEDICAL,
}


def emergency(state: CrisisState, res: CountryResources) -> CrisisStep:
    """The emergency reply: numbers at once, every resource, no coaching this session."""
    state = replace(state, stage="emergency", outcome="emergency", followups=0)
    minor_abuse = state.category == "abuse_danger" and state.minor
    lead = T.EMERGENCY_ABUSE_MINOR if minor_abuse else _EMERGENCY_LEAD[state.category]
    shown = format_resources(res, emergency_first=True)
    parts = [fill(lead, res), *_bullets(shown)]
    if state.category in ("suicide_self_harm", "abuse_danger"):
        parts.append(T.EMERGENCY_CONNECT)
    parts.append(T.EMERGENCY_CLOSE)
    return CrisisStep("\n".join(parts), state, "emergency", False, tuple(shown))


_ACKS = (T.EMERGENCY_AGAIN, T.EMERGENCY_STILL_HERE, T.EMERGENCY_HEAR_YOU, T.EMERGENCY_GLAD_TALKING)
_CONTACTS = (T.FOLLOW_UP_CALL, T.FOLLOW_UP_TELL, T.FOLLOW_UP_CLOSE)
_REACHED_OUT = re.compile(
    r"\b(i('ve| have)? (called|rang|phoned|texted|messaged|contacted|spoke to|spoken to|told)|"
    r"i('m| am) (calling|texting|talking to|on the phone|with (my|a) \w+)|"
    r"(someone|somebody|\w+) is (here )?with me|on (my|their|his|her) way)\b"
)


def emergency_followup(
    state: CrisisState, res: CountryResources, text: str, signals: frozenset[str]
) -> CrisisStep:
    """A later reply after an emergency: short, varied, the number always, no coaching."""
    n = state.followups
    state = replace(state, stage="emergency", outcome="emergency", followups=n + 1)
    lowered = text.casefold().replace("\u2019", "'")
    if signals & URGENT_SIGNALS:
        lead, contact = fill(T.EMERGENCY_URGENT_AGAIN, res), T.FOLLOW_UP_CLOSE
        if state.category == "medical_emergency":
            contact = T.FOLLOW_UP_CALL
    else:
        if is_false_alarm(text):
            lead = T.EMERGENCY_AFTER_RETRACTION if n % 2 == 0 else T.EMERGENCY_RETRACTION_AGAIN
        elif wants_to_go_on(text, was_asked=False):
            lead = T.EMERGENCY_NOT_TODAY
        elif _REACHED_OUT.search(lowered):
            lead = T.EMERGENCY_REACHED_OUT
        else:
            lead = _ACKS[n % len(_ACKS)]
        contact = _CONTACTS[n % len(_CONTACTS)]
    contact_text = fill(contact, res)
    return CrisisStep(f"{lead}\n{contact_text}", state, "emergency", False, (contact_text,))


_PAUSED_LEAD = {
    "suicide_self_harm": T.PAUSED_SUICIDE,
    "harm_to_others": T.PAUSED_HARM_OTHERS,
    "abuse_danger": T.PAUSED_ABUSE,
    "third_party_danger": T.PAUSED_THIRD_PARTY,
}


def paused(state: CrisisState, res: CountryResources) -> CrisisStep:
    state = replace(state, stage="paused", outcome="paused")
    minor_abuse = state.category == "abuse_danger" and state.minor
    lead = T.PAUSED_ABUSE_MINOR if minor_abuse else _PAUSED_LEAD[state.category]
    shown = format_resources(res)
    parts = [lead, *_bullets(shown)]
    if state.category == "third_party_danger":
        parts.append(T.PAUSED_THIRD_PARTY_SELF)
    elif not minor_abuse:
        parts.append(fill(T.PAUSED_REFERRAL, res, state.country))
    worse = T.PAUSED_IF_WORSE if state.category == "suicide_self_harm" else T.PAUSED_IF_DANGER
    parts += [fill(worse, res), T.PAUSED_CHOICE]
    return CrisisStep("\n".join(parts), state, "paused", False, tuple(shown))


def false_alarm(state: CrisisState, res: CountryResources) -> CrisisStep:
    state = replace(state, stage="resolved", outcome="resolved_false_alarm")
    shown = format_resources(res)
    parts = [fill(T.FALSE_ALARM, res), *_bullets(shown), T.FALSE_ALARM_BACK]
    return CrisisStep("\n".join(parts), state, "resolved_false_alarm", True, tuple(shown))


def checkin(state: CrisisState, res: CountryResources) -> CrisisStep:
    state = replace(state, stage="checkin")
    emergency_line = fill(T.EMERGENCY_LINE, res)
    reply = "\n".join([T.CHECKIN_AFTER_PAUSE, emergency_line])
    return CrisisStep(reply, state, state.outcome, False, (emergency_line,))
