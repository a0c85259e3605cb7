"""The crisis flow: a small state machine, state in and state out, no storage.

Modelled on the triage logic of the Columbia screener (thoughts, intent, plan,
recent behaviour; intent, plan, means or recent behaviour means emergency), not on
its wording. Rules that shape the code:
- a stated intent, plan, means or recent behaviour, in the first message or any
  answer, goes straight to emergency, and an emergency is final for the session;
- an unclear answer counts as concern, never as "no";
- a false alarm returns to coaching only while nothing said so far was concerning;
- every reply carries at least the emergency number for the client's country.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import datetime
from typing import Any, Literal

from onward.guard import crisis_text as T
from onward.guard.crisis_answers import (
    Answer,
    danger_signals,
    is_false_alarm,
    parse_answer,
    sounds_like_minor,
    wants_to_go_on,
)
from onward.guard.refer_flow import pointer_for
from onward.guard.resources import CountryResources, format_resources, resources_for
from onward.guard.verdict import CRISIS_CATEGORIES, Level, Verdict

Outcome = Literal["emergency", "paused", "resolved_false_alarm"]

SELF_SIGNALS = frozenset({"intent", "plan", "means", "behaviour"})
URGENT_SIGNALS = SELF_SIGNALS | {"harm_intent", "third_party_urgent"}

# The question asked at each stage, and the stage after a reassuring answer.
QUESTIONS: dict[str, str] = {
    "ask_thoughts": T.Q_THOUGHTS,
    "ask_intent": T.Q_INTENT,
    "ask_plan": T.Q_PLAN,
    "ask_behaviour": T.Q_BEHAVIOUR,
    "ask_others_danger": T.Q_OTHERS_DANGER,
    "ask_safe_now": T.Q_SAFE_NOW,
    "ask_third_party_danger": T.Q_THIRD_PARTY_DANGER,
}
_AFTER_NO = {"ask_intent": "ask_plan", "ask_plan": "ask_behaviour"}
PAUSE_STAGES = frozenset({"paused", "checkin", "offer_resume"})


@dataclass(frozen=True)
class CrisisState:
    """Everything the flow needs between turns; to_dict() is JSON-safe."""

    stage: str
    category: str
    categories: tuple[str, ...]
    country: str | None  # as the profile gave it; resources_for normalises
    answers: tuple[tuple[str, str], ...] = ()  # (stage asked, "yes" | "no" | "unclear")
    signals: tuple[str, ...] = ()  # danger signals seen in any message
    minor: bool = False
    outcome: Outcome | None = None
    turns: int = 0

    @property
    def concern_so_far(self) -> bool:
        """Anything said that a false alarm may not wipe out."""
        if set(self.signals) & URGENT_SIGNALS:
            return True
        reassuring = {"ask_safe_now": Answer.YES.value}
        return any(a != reassuring.get(stage, Answer.NO.value) for stage, a in self.answers)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["categories"] = list(self.categories)
        data["answers"] = [list(pair) for pair in self.answers]
        data["signals"] = list(self.signals)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CrisisState:
        return cls(
            stage=data["stage"],
            category=data["category"],
            categories=tuple(data["categories"]),
            country=data.get("country"),
            answers=tuple((str(s), str(a)) for s, a in data.get("answers", ())),
            signals=tuple(data.get("signals", ())),
            minor=bool(data.get("minor", False)),
            outcome=data.get("outcome"),
            turns=int(data.get("turns", 0)),
        )


@dataclass(frozen=True)
class CrisisStep:
    reply: str
    state: CrisisState
    outcome: Outcome | None
    coaching_may_resume: bool
    resources_shown: tuple[str, ...] = ()
    move: str = "crisis_response"
    stage: str = "crisis"


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


def _fill(text: str, res: CountryResources, country: str | None = None) -> str:
    return text.format(emergency=res.emergency_text, pointer=pointer_for(country))


def _bullets(lines: list[str]) -> list[str]:
    return [f"- {line}" for line in lines]


def _question(state: CrisisState, res: CountryResources, lead: str) -> CrisisStep:
    reply = "\n".join([lead, _fill(T.EMERGENCY_LINE, res), QUESTIONS[state.stage]])
    return CrisisStep(reply, state, None, False, (_fill(T.EMERGENCY_LINE, res),))


_EMERGENCY_LEAD = {
    "suicide_self_harm": T.EMERGENCY_SUICIDE,
    "harm_to_others": T.EMERGENCY_HARM_OTHERS,
    "abuse_danger": T.EMERGENCY_ABUSE,
    "third_party_danger": T.EMERGENCY_THIRD_PARTY,
    "medical_emergency": T.EMERGENCY_MEDICAL,
}


def _emergency(state: CrisisState, res: CountryResources, lead: str | None = None) -> CrisisStep:
    state = replace(state, stage="emergency", outcome="emergency")
    if lead is None:
        minor_abuse = state.category == "abuse_danger" and state.minor
        lead = T.EMERGENCY_ABUSE_MINOR if minor_abuse else _EMERGENCY_LEAD[state.category]
    shown = format_resources(res, emergency_first=True)
    parts = [_fill(lead, res), *_bullets(shown)]
    if state.category in ("suicide_self_harm", "abuse_danger"):
        parts.append(T.EMERGENCY_CONNECT)
    parts.append(T.EMERGENCY_CLOSE)
    return CrisisStep("\n".join(parts), state, "emergency", False, tuple(shown))


_PAUSED_LEAD = {
    "suicide_self_harm": T.PAUSED_SUICIDE,
    "harm_to_others": T.PAUSED_HARM_OTHERS,
    "abuse_danger": T.PAUSED_ABUSE,
    "third_party_danger": T.PAUSED_THIRD_PARTY,
}


def _paused(state: CrisisState, res: CountryResources) -> CrisisStep:
    state = replace(state, stage="paused", outcome="paused")
    minor_abuse = state.category == "abuse_danger" and state.minor
    lead = T.PAUSED_ABUSE_MINOR if minor_abuse else _PAUSED_LEAD[state.category]
    shown = format_resources(res)
    parts = [lead, *_bullets(shown)]
    if state.category == "third_party_danger":
        parts.append(T.PAUSED_THIRD_PARTY_SELF)
    elif not minor_abuse:
        parts.append(_fill(T.PAUSED_REFERRAL, res, state.country))
    worse = T.PAUSED_IF_WORSE if state.category == "suicide_self_harm" else T.PAUSED_IF_DANGER
    parts += [_fill(worse, res), T.PAUSED_CHOICE]
    return CrisisStep("\n".join(parts), state, "paused", False, tuple(shown))


def _false_alarm(state: CrisisState, res: CountryResources) -> CrisisStep:
    state = replace(state, stage="resolved", outcome="resolved_false_alarm")
    shown = format_resources(res)
    parts = [_fill(T.FALSE_ALARM, res), *_bullets(shown), T.FALSE_ALARM_BACK]
    return CrisisStep("\n".join(parts), state, "resolved_false_alarm", True, tuple(shown))


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
    )
    res = resources_for(country, now_local)
    if category == "medical_emergency":
        return _emergency(state, res)
    if signals & SELF_SIGNALS:  # intent, plan, means or behaviour: no questions
        return _emergency(replace(state, category="suicide_self_harm"), res)
    if category == "harm_to_others":
        if "harm_intent" in signals:
            return _emergency(state, res)
        return _question(replace(state, stage="ask_others_danger"), res, T.ACK_HARM_OTHERS)
    if category == "abuse_danger":
        ack = T.ACK_ABUSE_MINOR if state.minor else T.ACK_ABUSE
        return _question(replace(state, stage="ask_safe_now"), res, ack)
    if category == "third_party_danger":
        if "third_party_urgent" in signals:
            return _emergency(state, res)
        lead = _fill(T.THIRD_PARTY_GUIDANCE, res)
        return _question(replace(state, stage="ask_third_party_danger"), res, lead)
    return _question(replace(state, stage="ask_thoughts"), res, T.ACK_SUICIDE)


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
        if is_false_alarm(client_text):
            # Never argue, never dismiss: keep the numbers in front of them.
            return _emergency(state, res, T.EMERGENCY_AFTER_RETRACTION)
        return _emergency(state, res, T.EMERGENCY_AGAIN)
    if state.stage in PAUSE_STAGES:
        return resume_after_pause(state, client_text, verdict_of_text, now_local)
    if state.stage in ("resolved", "resumed") or state.stage not in QUESTIONS:
        if verdict_of_text is not None and verdict_of_text.level is Level.CRISIS:
            return start_crisis(verdict_of_text, client_text, state.country, now_local)
        return CrisisStep(_fill(T.RESUMED, res), state, state.outcome, True)

    if "medical_emergency" in new_categories:
        return _emergency(replace(state, category="medical_emergency"), res)
    if signals & URGENT_SIGNALS:
        if signals & SELF_SIGNALS:
            state = replace(state, category="suicide_self_harm")
        return _emergency(state, res)
    crisis_verdict = verdict_of_text is not None and verdict_of_text.level is Level.CRISIS
    if is_false_alarm(client_text) and not state.concern_so_far and not crisis_verdict:
        return _false_alarm(state, res)

    answer = parse_answer(client_text)
    state = replace(state, answers=state.answers + ((state.stage, answer.value),))
    if state.stage == "ask_safe_now":
        return _paused(state, res) if answer is Answer.YES else _emergency(state, res)
    if state.stage == "ask_thoughts":
        if answer is Answer.NO:
            return _question(replace(state, stage="ask_behaviour"), res, T.ACK_NO_THOUGHTS)
        return _question(replace(state, stage="ask_intent"), res, T.ACK_ANSWER)
    if answer is not Answer.NO:  # unclear is concern, never a "no"
        return _emergency(state, res)
    if state.stage in _AFTER_NO:
        return _question(replace(state, stage=_AFTER_NO[state.stage]), res, T.ACK_ANSWER)
    return _paused(state, res)


def paused_checkin_prompt(state: CrisisState, now_local: datetime | None = None) -> CrisisStep:
    """The opening of the next session or check-in after a paused or emergency flow."""
    res = resources_for(state.country, now_local)
    state = replace(state, stage="checkin")
    reply = "\n".join([T.CHECKIN_AFTER_PAUSE, _fill(T.EMERGENCY_LINE, res)])
    return CrisisStep(reply, state, state.outcome, False, (_fill(T.EMERGENCY_LINE, res),))


def resume_after_pause(
    state: CrisisState,
    answer: str,
    verdict_of_answer: Verdict | None = None,
    now_local: datetime | None = None,
) -> CrisisStep:
    """Goal work comes back only by the client's explicit choice; a new concern re-enters."""
    res = resources_for(state.country, now_local)
    signals = danger_signals(answer)
    if (verdict_of_answer is not None and verdict_of_answer.level is Level.CRISIS) or (
        signals & URGENT_SIGNALS
    ):
        verdict = verdict_of_answer or Verdict(Level.CRISIS, (state.category,))
        return start_crisis(verdict, answer, state.country, now_local, is_minor=state.minor)
    if state.stage == "emergency":  # same session: an emergency is final
        return _emergency(state, res, T.EMERGENCY_AGAIN)
    emergency_line = _fill(T.EMERGENCY_LINE, res)
    if wants_to_go_on(answer, was_asked=state.stage == "offer_resume"):
        resumed = replace(state, stage="resumed")
        return CrisisStep(_fill(T.RESUMED, res), resumed, state.outcome, True, (emergency_line,))
    if state.stage == "checkin":
        shown = format_resources(res)
        parts = [T.CHECKIN_THANKS, *_bullets(shown)]
        if verdict_of_answer is not None and verdict_of_answer.level is Level.REFER:
            parts.append(_fill(T.PAUSED_REFERRAL, res, state.country))
        parts.append(T.Q_RESUME)
        offered = replace(state, stage="offer_resume")
        return CrisisStep("\n".join(parts), offered, state.outcome, False, tuple(shown))
    paused = replace(state, stage="paused")
    reply = "\n".join([T.STAY_PAUSED, emergency_line])
    return CrisisStep(reply, paused, state.outcome, False, (emergency_line,))
