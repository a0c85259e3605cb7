"""Coaching sessions: one turn at a time, through the guard, the policy and a voice.

Every client message is screened first. Crisis and refer verdicts hand over to the
boundary flows; only coachable text reaches the policy. Every coach reply is checked
before it is shown. The turn, the state and any commitments or referrals are written
in one transaction, so a session survives a crash and can be resumed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from onward.coaching.memory import Memory
from onward.coaching.moves import Move, MoveKind, Stage
from onward.coaching.policy import Policy
from onward.coaching.state import SessionState
from onward.coaching.summary import summarise_session
from onward.domain.actions import RECURRENCES, Action
from onward.domain.agreements import require_current_acceptance
from onward.domain.clients import Client
from onward.domain.errors import NotFound
from onward.domain.sessions import CoachingSession, SessionFeedback, SessionTurn
from onward.guard.reply_check import check_reply
from onward.guard.verdict import Level, Verdict
from onward.services.context import ServiceContext, load_client
from onward.services.memory import REVIEW_FLAG, build_memory
from onward.services.screening import (
    continue_open_crisis,
    crisis_state,
    open_crisis,
    pause_prompt,
    record_refer,
)
from onward.store.unit_of_work import Repos
from onward.voices.port import Turn, Utterance, Voice, VoiceContext

log = logging.getLogger("onward.sessions")

# Said when a reply fails its check twice (the voice, then the built-in fallback).
SAFE_QUESTION = "What feels most useful to focus on next?"
AFTER_END = "This session has ended and your words are saved. `onward chat` starts a new one."


@dataclass(frozen=True)
class CoachReply:
    text: str
    stage: str
    move: str


@dataclass
class TurnResult:
    session: CoachingSession
    level: str
    replies: list[CoachReply] = field(default_factory=list)

    @property
    def ended(self) -> bool:
        return self.session.status != "open"


class SessionService:
    def __init__(
        self,
        ctx: ServiceContext,
        voice_factory: Callable[[], Voice],
        fallback_factory: Callable[[], Voice],
        policy_factory: Callable[[], Policy],
    ) -> None:
        self.ctx = ctx
        self._voice_factory = voice_factory
        self._fallback_factory = fallback_factory
        self._policy_factory = policy_factory
        self._voice: Voice | None = None
        self._fallback: Voice | None = None
        self._policy: Policy | None = None

    # -- lazily built collaborators (models load on first use) -------------------------

    @property
    def voice(self) -> Voice:
        if self._voice is None:
            self._voice = self._voice_factory()
        return self._voice

    @property
    def fallback(self) -> Voice:
        if self._fallback is None:
            self._fallback = self._fallback_factory()
        return self._fallback

    @property
    def policy(self) -> Policy:
        if self._policy is None:
            self._policy = self._policy_factory()
        return self._policy

    # -- use cases -----------------------------------------------------------------

    def start(self, client_id: str, resume: bool = False) -> tuple[CoachingSession, list[str]]:
        """A new session (or the latest open one) and what the coach says to open it."""
        with self.ctx.db.transaction() as r:
            client = load_client(r, client_id)
            require_current_acceptance(r.clients.acceptances(client_id))
            if resume:
                open_ones = [s for s in r.sessions.all(client_id) if s.status == "open"]
                if not open_ones:
                    raise NotFound("no unfinished session to resume; `onward chat` starts one")
                session = open_ones[-1]
                coach = [t.text for t in r.sessions.turns(session.id) if t.role == "coach"]
                return session, coach[-1:]
            session = r.sessions.add(
                CoachingSession(client_id, started_at=self.ctx.now(),
                                state={"policy": SessionState().to_dict(), "mode": "coaching"})
            )
            step = pause_prompt(self.ctx, r, client)
            if step is not None:
                session.state["mode"] = "crisis"
                self._coach_turn(r, session, step.reply, Stage.CRISIS.value, step.move)
                r.sessions.save(session)
                return session, [step.reply]
            memory = build_memory(r, client, self.ctx.today_for(client))
            move, state = self.policy.start(SessionState(), memory)
            text = self._speak(r, client, session, state, move, "", memory)
            if memory.ask_how_coaching_is_working:
                # The stall signal asked for a look at the approach; this session does it.
                r.clients.clear_flag(client_id, REVIEW_FLAG)
            return session, [text]

    def send(self, client_id: str, number: int, text: str) -> TurnResult:
        with self.ctx.db.transaction() as r:
            client = load_client(r, client_id)
            session = self._session(r, client_id, number)
            turns = r.sessions.turns(session.id)
            history = [t.text for t in turns if t.role == "client"]
            verdict = self.ctx.guard.screen(text, history, client.country)
            self._client_turn(r, session, text, verdict)
            result = TurnResult(session, verdict.level.value)
            if crisis_state(r, client_id) is not None:
                self._continue_crisis(r, client, session, text, verdict, result)
            elif verdict.level is Level.CRISIS:
                step = open_crisis(self.ctx, r, client, verdict, text, "session", session.id)
                session.state["mode"] = "crisis"
                self._reply(r, session, result, step.reply, Stage.CRISIS.value, step.move)
            elif verdict.level is Level.REFER:
                reply = record_refer(self.ctx, r, client, verdict, "session", session.id)
                self._reply(r, session, result, reply, Stage.REFER.value,
                            MoveKind.REFERRAL.value)
                # the referral ends by asking what they'd like to focus on: a fresh agenda
                memory = build_memory(r, client, self.ctx.today_for(client))
                state = SessionState.from_dict(session.state["policy"])
                session.state["policy"] = self.policy.after_referral(state, memory).to_dict()
            elif session.status != "open":
                self._reply(r, session, result, AFTER_END, Stage.CLOSE.value,
                            MoveKind.ACKNOWLEDGEMENT.value)
            else:
                self._coach(r, client, session, text, turns, result)
            r.sessions.save(session)
            return result

    def close(self, client_id: str, number: int) -> CoachingSession:
        """End a session that the client left (or a script that ran out of lines)."""
        with self.ctx.db.transaction() as r:
            client = load_client(r, client_id)
            session = self._session(r, client_id, number)
            if session.status != "open":
                return session
            state = SessionState.from_dict(session.state["policy"])
            if session.state.get("mode") == "emergency":
                self._end(r, client, session, "crisis", state)
            else:
                self._finish(r, client, session, state)
            r.sessions.save(session)
            return session

    def all(self, client_id: str) -> list[CoachingSession]:
        with self.ctx.db.transaction() as r:
            return r.sessions.all(client_id)

    def show(self, client_id: str, number: int) -> tuple[CoachingSession, list[SessionTurn]]:
        with self.ctx.db.transaction() as r:
            session = r.sessions.get(client_id, number)
            if session is None:
                raise NotFound(f"no session {number}; `onward sessions list` shows them")
            return session, r.sessions.turns(session.id)

    def commitments(self, client_id: str, number: int) -> list[dict[str, Any]]:
        session, _ = self.show(client_id, number)
        state = SessionState.from_dict(session.state["policy"])
        return [
            {"text": c.text, "due": c.due, "recurrence": c.recurrence, "goal": c.goal}
            for c in state.confirmed_commitments
        ]

    # -- the steps of a turn ---------------------------------------------------------

    def _session(self, r: Repos, client_id: str, number: int) -> CoachingSession:
        session = r.sessions.get(client_id, number)
        if session is None:
            raise NotFound(f"no session {number}")
        return session

    def _continue_crisis(self, r: Repos, client: Client, session: CoachingSession, text: str,
                         verdict: Verdict, result: TurnResult) -> None:
        step = continue_open_crisis(self.ctx, r, client, text, verdict)
        assert step is not None
        self._reply(r, session, result, step.reply, Stage.CRISIS.value, step.move)
        if step.outcome == "emergency":
            # No return to coaching in this session (COACHING.md section 4): the crisis
            # flow answers every further message until the client leaves.
            session.state["mode"] = "emergency"
        elif step.coaching_may_resume:
            session.state["mode"] = "coaching"

    def _coach(self, r: Repos, client: Client, session: CoachingSession, text: str,
               turns: list[SessionTurn], result: TurnResult) -> None:
        memory = build_memory(r, client, self.ctx.today_for(client))
        state = SessionState.from_dict(session.state["policy"])
        move, state = self.policy.next_move(state, text, memory, self.ctx.today_for(client))
        reply = self._speak(r, client, session, state, move, text, memory, turns)
        result.replies.append(CoachReply(reply, move.stage.value, move.kind.value))
        state = SessionState.from_dict(session.state["policy"])
        self._save_commitments(r, client, session, state)
        if state.feedback:
            r.sessions.set_feedback(SessionFeedback(session.id, dict(state.feedback),
                                                    self.ctx.now()))
        if state.ended:
            self._finish(r, client, session, state)

    def _speak(self, r: Repos, client: Client, session: CoachingSession, state: SessionState,
               move: Move, last: str, memory: Memory,
               turns: list[SessionTurn] | None = None) -> str:
        history = [Turn(t.role, t.text) for t in (turns or [])]
        if last:
            history.append(Turn("client", last))
        context = VoiceContext(
            client_name=client.name.split()[0], last_client_text=last, history=history,
            session_goal=state.gathered.session_goal, memory=memory.for_voice(),
            asked=set(state.asked), seed=session.number,
        )
        utterance = self._checked(move, context, session)
        state = state.with_question(utterance.question_id)
        session.state["policy"] = state.to_dict()
        self._coach_turn(r, session, utterance.text, move.stage.value, move.kind.value)
        r.sessions.save(session)
        return utterance.text

    def _checked(self, move: Move, context: VoiceContext, session: CoachingSession) -> Utterance:
        """Nothing unchecked reaches the client: voice, then built-in, then a safe line."""
        for voice in (self.voice, self.fallback):
            try:
                utterance = voice.render(move, context)
            except Exception as exc:  # a voice failing must never end the session
                log.warning("voice %s failed: %s", getattr(voice, "name", "?"), exc)
                continue
            check = check_reply(utterance.text, crisis_mode=False)
            if check.ok:
                return utterance
            self._event(session, "reply_replaced", getattr(voice, "name", "?"), check.problems)
            if voice is self.fallback:
                break
        return Utterance(SAFE_QUESTION, None)

    def _event(self, session: CoachingSession, kind: str, voice: str,
               problems: tuple[str, ...]) -> None:
        log.warning("%s from voice %s: %s", kind, voice, ", ".join(problems))
        events = list(session.state.get("events", []))
        events.append({"at": self.ctx.now().isoformat(), "kind": kind, "voice": voice,
                       "problems": list(problems)})
        session.state["events"] = events

    def _save_commitments(self, r: Repos, client: Client, session: CoachingSession,
                          state: SessionState) -> None:
        """Confirmed commitments become actions at once (and only once)."""
        saved = list(session.state.get("saved_commitments", []))
        goals = {g.title.strip().lower(): g.id for g in r.goals.all(client.id, "active")}
        for c in state.confirmed_commitments:
            key = f"{c.text}|{c.due}|{c.recurrence}"
            if key in saved:
                continue
            due = date.fromisoformat(c.due) if c.due else None
            if c.recurrence and due is None:
                due = self.ctx.today_for(client)
            # "weekly on monday" -> weekly: the action keeps the client's own words
            first = (c.recurrence or "").split(" ")[0].lower()
            recurrence = first if first in RECURRENCES else None
            r.actions.add(Action(
                client_id=client.id, text=c.text, due=due, recurrence=recurrence,
                goal_id=goals.get((c.goal or "").strip().lower()), created_at=self.ctx.now(),
            ))
            saved.append(key)
        session.state["saved_commitments"] = saved

    def _finish(self, r: Repos, client: Client, session: CoachingSession,
                state: SessionState) -> None:
        complete = bool(state.gathered.session_goal and state.confirmed_commitments)
        self._end(r, client, session, "completed" if complete else "ended_early", state)

    def _end(self, r: Repos, client: Client, session: CoachingSession, status: str,
             state: SessionState) -> None:
        session.status = status
        session.ended_at = self.ctx.now()
        session.summary = summarise_session(state) if status != "crisis" else (
            "This session paused for your safety. Goal work waits until you choose to go on."
        )

    def _client_turn(self, r: Repos, session: CoachingSession, text: str,
                     verdict: Verdict) -> None:
        mode = str(session.state.get("mode", "coaching"))
        stage = (SessionState.from_dict(session.state["policy"]).stage.value
                 if mode == "coaching" else Stage.CRISIS.value)
        r.sessions.add_turn(SessionTurn(
            session.id, r.sessions.next_turn_index(session.id), "client", text,
            stage=stage, level=verdict.level.value, at=self.ctx.now(),
        ))

    def _coach_turn(self, r: Repos, session: CoachingSession, text: str, stage: str,
                    move: str) -> None:
        r.sessions.add_turn(SessionTurn(
            session.id, r.sessions.next_turn_index(session.id), "coach", text, stage=stage,
            move=move, at=self.ctx.now(),
        ))

    def _reply(self, r: Repos, session: CoachingSession, result: TurnResult, text: str,
               stage: str, move: str) -> None:
        self._coach_turn(r, session, text, stage, move)
        result.replies.append(CoachReply(text, stage, move))


