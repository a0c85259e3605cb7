"""The coaching method: which stage, which move, given what the client just said.

Deterministic and pure: `next_move` never changes the state it is given; it returns the
move and a new state. The voice words the move; the service persists the state.

Order of judgement on each client turn:
1. the client steers (stop, change topic, skip): the client sets the agenda;
2. a detour the coach opened (a saboteur named, a value linked) is followed through;
3. the reply is read against the current need (needs.take): supplied -> the next need,
   missed -> the same need asked differently (attempt + 1; a choice after two misses,
   a checked summary after three);
4. a saboteur or a value in the client's words may come first, once each.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from onward.coaching import needs, routing, signals, turns
from onward.coaching.facts import move_facts
from onward.coaching.memory import Memory
from onward.coaching.moves import Move, MoveKind, Stage
from onward.coaching.state import (
    PENDING_SABOTEUR,
    PENDING_SABOTEUR_CHOICE,
    PENDING_VALUE,
    CheckinNote,
    Gathered,
    SaboteurSeen,
    SessionState,
)
from onward.coaching.steering import CHANGE_TOPIC, SKIP, STOP, Steer, detect_steer
from onward.coaching.summary import mid_session_summary
from onward.coaching.summary import summarise_session as _summarise


class SaboteurHitLike(Protocol):
    @property
    def phrase(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def score(self) -> float: ...


class SaboteurDetecting(Protocol):
    def detect(self, text: str) -> SaboteurHitLike | None: ...


_KIND_FOR_NEED = {
    "goal_summary": MoveKind.SUMMARY,
    "options_summary": MoveKind.SUMMARY,
    "permission": MoveKind.ASK_PERMISSION,
    "idea_response": MoveKind.OFFER_IDEA,
    "commitment_text": MoveKind.CAPTURE_COMMITMENT,
    "commitment_confirm": MoveKind.CONFIRM,
    "short_confirm": MoveKind.CONFIRM,
    "what_helped": MoveKind.ACKNOWLEDGEMENT,
    "win": MoveKind.ACKNOWLEDGEMENT,
    "finish": MoveKind.ACKNOWLEDGEMENT,
}
# Turns that already carry the client's words (or must stay plain) get no extra reflection.
_GIVE_UP_AFTER = {"commitment_text": 4, "commitment_confirm": 3}
# Exploring the past, or a confidence number, waits when they bring options of their own.
_LEAVE_FOR_OPTIONS = frozenset({"tried", "confidence"})
_NO_REFLECT = frozenset(
    {
        MoveKind.SUMMARY, MoveKind.CONFIRM, MoveKind.FEEDBACK, MoveKind.CAPTURE_COMMITMENT,
        MoveKind.NAME_SABOTEUR, MoveKind.OFFER_IDEA, MoveKind.ACKNOWLEDGEMENT,
    }
)  # fmt: skip
# Needs where a choice or a summary would be odd: keep asking openly, gently.
_NO_CHOICE = frozenset({"coaching_fit", "listen", "win", "what_helped", "in_the_way"})
# A reply about a value often says why the goal matters; it may fill that need quietly.
_SILENT_TAKE = frozenset({"why"})
_DETOUR_STAGES = (Stage.GOAL, Stage.REALITY, Stage.OPTIONS)
# A saboteur is named only where it can stand between the client and the answer asked
# for: never on the agenda or the first goal answer (the client is still saying what
# they want), never on summaries, the written commitment or feedback.
_SABOTEUR_BLOCKS = frozenset({
    "measure", "why", "current", "tried", "confidence", "option", "more_options", "action",
    "obstacle", "commitment_scale", "raise_commitment",
})  # fmt: skip
MAX_SABOTEURS_NAMED = 2  # more than twice a session and naming it becomes the agenda


class Policy:
    def __init__(self, saboteurs: SaboteurDetecting | None = None) -> None:
        self.saboteurs = saboteurs

    # -- public API ---------------------------------------------------------------------

    def opening(self, state: SessionState, memory: Memory) -> Move:
        return self.start(state, memory)[0]

    def start(self, state: SessionState, memory: Memory) -> tuple[Move, SessionState]:
        """The first coach turn and the state that expects its answer."""
        s = state.copy()
        if not s.started:
            s.started = True
            if not memory.paused_after_crisis:  # no accountability pressure after a crisis
                s.checkin = [CheckinNote(c.text, c.source) for c in memory.open_commitments[:3]]
            has_checkin = bool(s.checkin) or (bool(memory.wins) and not memory.paused_after_crisis)
            s.stage = Stage.CHECKIN if has_checkin else Stage.AGENDA
            needs.advance(s, memory)
        return self._ask(s, memory, "", missed=False, after=None), s

    def next_move(
        self, state: SessionState, client_text: str, memory: Memory, today: date
    ) -> tuple[Move, SessionState]:
        s = state.copy()
        if not s.started:
            _, s = self.start(s, memory)  # the opening was asked from this same state
        s.turns += 1
        text = client_text.strip()
        if s.ended:
            return Move(Stage.CLOSE, MoveKind.ACKNOWLEDGEMENT, need="ended"), s
        steer = detect_steer(text)
        # "Happy to finish there", said when asked what they'd like to say before we
        # close, answers that question; it is not a request to cut the feedback short.
        finishing = s.stage is Stage.CLOSE and s.need == "finish"
        if steer is not None and not (steer.kind == STOP and finishing):
            return self._steer(s, steer, memory), s
        if s.pending:
            return self._follow_detour(s, text, memory, today)
        reflected = s.last_kind == MoveKind.REFLECTION.value  # reset once this turn is chosen
        if routing.after_referral(s, text):
            s.last_kind = None
            # Their words answer the referral, not the question before it: the client
            # chooses afresh what to work on (COACHING.md section 4).
            return self._fresh_agenda(s, memory, text), s
        answered = s.need
        routed: str | None
        if signals.asks_for_advice(text):
            # A question back is not an answer: their own ideas first, the coach's later,
            # with permission. The same question waits, and it is not a miss.
            supplied, routed = False, "advice"
        else:
            supplied = needs.take(s, text, today)
            # An answer to another question is kept there, and is not a miss of this one.
            routed = None if supplied else routing.reroute(s, text, today)
            routing.capture_action(s, text, today)
        if routed == "option" and answered in _LEAVE_FOR_OPTIONS:
            # They have moved on to what they could do: asking what they tried again
            # would hold them back (their option is kept for the options stage, where
            # the session goes now: it is reflected, not put off "for later").
            s.skipped.append(needs.key(s.stage, answered))
            routed = None
        # After a reflection no question was asked: whatever they add is not a miss.
        missed = not supplied and routed is None and not reflected
        if missed and answered is not None:
            k = needs.key(s.stage, answered)
            s.attempts[k] = s.attempts.get(k, 0) + 1
            if s.attempts[k] >= _GIVE_UP_AFTER.get(answered, s.attempts[k] + 1):
                # Asked enough ways: the action stays noted as not yet committed and the
                # session moves on to close, instead of asking the same thing forever.
                s.skipped.append(k)
        needs.advance(s, memory)
        move = self._compose(s, text, memory, missed=missed, after=answered, routed=routed)
        s.last_kind = MoveKind.REFLECTION.value if move.kind is MoveKind.REFLECTION else None
        s.reflections_in_row = s.reflections_in_row + 1 if s.last_kind else 0
        return move, s

    def after_referral(self, state: SessionState, memory: Memory) -> SessionState:
        """The state after a referral reply: the next coachable message picks a fresh agenda.

        A service that routes a message to the referral flow may call this, so the
        client's next words are read as what they now want to work on, not as the answer
        to the question asked before the referral.
        """
        s = state.copy()
        _reset_topic(s, None)
        needs.advance(s, memory)
        s.marks.append(routing.AFTER_REFERRAL)
        return s

    def _fresh_agenda(self, s: SessionState, memory: Memory, text: str) -> Move:
        _reset_topic(s, None)
        needs.advance(s, memory)
        s.marks.append(routing.AFTER_REFERRAL)
        facts = {"after": "referral"}
        if _worth_reflecting(text):
            facts["reflect"] = "yes"
        return Move(s.stage, MoveKind.OPEN_QUESTION, s.need, 0, facts)

    # -- steering and detours ---------------------------------------------------------

    def _steer(self, s: SessionState, steer: Steer, memory: Memory) -> Move:
        s.pending, s.pending_facts = None, {}
        if steer.kind == STOP:
            s.short_close = True
            s.stage = Stage.CLOSE
            needs.advance(s, memory)
            return self._ask(s, memory, "", missed=False, after="stop")
        if steer.kind == CHANGE_TOPIC:
            _reset_topic(s, steer.topic)
            needs.advance(s, memory)
            facts = {"shift": "yes"}
            if steer.topic:
                facts["topic"] = steer.topic
            return Move(Stage.AGENDA, MoveKind.OPEN_QUESTION, need="topic", facts=facts)
        assert steer.kind == SKIP
        index = needs.current_note_index(s)
        if s.stage is Stage.CHECKIN and s.need != "coaching_fit" and index is not None:
            note = s.checkin[index]  # skip this commitment only, not the whole check-in
            note.status, note.note = note.status or "skipped", note.note or ""
        elif s.need is not None:
            s.skipped.append(needs.key(s.stage, s.need))
        needs.advance(s, memory)
        return self._ask(s, memory, "", missed=False, after="skip")

    def _follow_detour(
        self, s: SessionState, text: str, memory: Memory, today: date
    ) -> tuple[Move, SessionState]:
        pending, facts = s.pending, s.pending_facts
        s.pending, s.pending_facts = None, {}
        said = signals.clip(text)
        if pending == PENDING_SABOTEUR:
            s.gathered.saboteur_notes.append(said)
            s.pending, s.pending_facts = PENDING_SABOTEUR_CHOICE, facts
            follow = dict(facts)
            if _worth_reflecting(text):
                follow["reflect"] = "yes"
            return Move(s.stage, MoveKind.OPEN_QUESTION, need="saboteur_choice", facts=follow), s
        if pending == PENDING_SABOTEUR_CHOICE:
            s.gathered.saboteur_notes.append(said)
        elif pending == PENDING_VALUE:
            s.gathered.value_notes.append(said)
        # Their answer may also say why it matters; if not, no miss is counted.
        if pending == PENDING_VALUE and s.need in _SILENT_TAKE:
            trial = s.copy()
            if needs.take(trial, text, today):
                needs.advance(trial, memory)
                s = trial
        return self._compose(s, text, memory, missed=False, after=pending, detours=False), s

    def _compose(
        self,
        s: SessionState,
        text: str,
        memory: Memory,
        missed: bool,
        after: str | None,
        detours: bool = True,
        routed: str | None = None,
    ) -> Move:
        coaching = s.stage not in (Stage.CLOSE,) and not memory.paused_after_crisis
        may_name = (
            after in _SABOTEUR_BLOCKS
            and s.stage in (*_DETOUR_STAGES, Stage.WILL)
            and len(s.saboteurs) < MAX_SABOTEURS_NAMED
        )
        if detours and coaching and may_name and text and self.saboteurs is not None:
            hit = self.saboteurs.detect(text)
            seen = {h.kind for h in s.saboteurs}
            if hit is not None and hit.kind not in seen:
                s.saboteurs.append(SaboteurSeen(hit.phrase, hit.kind, float(hit.score)))
                facts = {"saboteur": hit.phrase, "saboteur_kind": hit.kind}
                for known in memory.saboteurs:
                    if known.name == hit.kind or set(signals.content_words(known.says)) & set(
                        signals.content_words(hit.phrase)
                    ):
                        facts["known_as"] = known.name
                        break
                s.pending, s.pending_facts = PENDING_SABOTEUR, facts
                return Move(s.stage, MoveKind.NAME_SABOTEUR, need=s.need, facts=dict(facts))
        if detours and coaching and not missed and s.stage in _DETOUR_STAGES:
            fresh = [v for v in memory.ranked_values if v not in s.values_linked]
            value = signals.touched_value(text, fresh)
            if value is not None:
                s.values_linked.append(value)
                s.pending, s.pending_facts = PENDING_VALUE, {"value": value}
                facts = {"value": value, **move_facts(s, memory, MoveKind.LINK_VALUE)}
                if _worth_reflecting(text):
                    facts["reflect"] = "yes"
                return Move(s.stage, MoveKind.LINK_VALUE, need=s.need, facts=facts)
        return self._ask(s, memory, text, missed, after, routed)

    # -- the move for the current need ------------------------------------------------

    def _ask(
        self,
        s: SessionState,
        memory: Memory,
        text: str,
        missed: bool,
        after: str | None,
        routed: str | None = None,
    ) -> Move:
        if s.need is None:
            s.ended = True
            s.summary = _summarise(s)
            return Move(Stage.CLOSE, MoveKind.ACKNOWLEDGEMENT, "goodbye", 0, move_facts(s, memory))
        need = s.need
        attempt = s.attempt(s.stage, need)
        kind = _KIND_FOR_NEED.get(need, MoveKind.OPEN_QUESTION)
        if need.startswith(needs.FEEDBACK_PREFIX):
            kind = MoveKind.FEEDBACK
        if kind is MoveKind.OPEN_QUESTION and need not in _NO_CHOICE:
            # Two misses: hand the client a choice (including moving on); again every 4.
            if attempt >= 2 and attempt % 4 == 2:
                kind = MoveKind.OFFER_CHOICE
            elif attempt == 3 and mid_session_summary(s):
                kind = MoveKind.SUMMARY  # check understanding before asking again
        facts = move_facts(s, memory, kind)
        if after:
            facts["after"] = after
        if missed:
            facts["missed"] = "yes"
        if routed:
            facts["routed"] = routed  # the voice says where their answer went
        # Parroting two or three words back is not listening: reflect fuller replies.
        if text and not routed and kind not in _NO_REFLECT and _worth_reflecting(text):
            facts["reflect"] = "yes"
            if kind is MoveKind.OPEN_QUESTION and turns.reflect_only(s, need, text, missed, after):
                # Something rich was just said: reflect it and let them go on (MI).
                return Move(s.stage, MoveKind.REFLECTION, need, attempt, facts)
        return Move(s.stage, kind, need, attempt, facts)


def _worth_reflecting(text: str) -> bool:
    if signals.is_agreement(text):
        return False  # "Yes, that covers it": handing a nod back is not listening
    return signals.has_content(text, 2) and len(signals.words(text)) >= 4


def opening(
    state: SessionState, memory: Memory, saboteurs: SaboteurDetecting | None = None
) -> Move:
    return Policy(saboteurs).opening(state, memory)


def next_move(
    state: SessionState,
    client_text: str,
    memory: Memory,
    today: date,
    saboteurs: SaboteurDetecting | None = None,
) -> tuple[Move, SessionState]:
    return Policy(saboteurs).next_move(state, client_text, memory, today)


def _reset_topic(s: SessionState, topic: str | None) -> None:
    """A new topic: what was gathered for the old one goes, confirmed commitments stay."""
    old = s.gathered
    s.gathered = Gathered(
        topic=topic,
        coaching_fit=old.coaching_fit,
        value_notes=old.value_notes,
        saboteur_notes=old.saboteur_notes,
    )
    s.marks = [m for m in s.marks if not m.startswith(("goal.", "options.", "will."))]
    s.commitments = [c for c in s.commitments if c.confirmed]
    s.permission_asked = s.idea_offered = False
    s.stage = Stage.AGENDA if topic is None else Stage.GOAL
