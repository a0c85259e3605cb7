"""Coaching sessions, their turns and feedback, and referral records."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, select

from onward.domain.referrals import Referral
from onward.domain.sessions import CoachingSession, SessionFeedback, SessionTurn
from onward.store import tables as t
from onward.store.rows import aware, aware_req, next_number


class SessionRepo:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, s: CoachingSession) -> CoachingSession:
        if not s.number:
            s.number = next_number(self.conn, t.coaching_sessions, s.client_id)
        self.conn.execute(t.coaching_sessions.insert().values(**_session_row(s)))
        return s

    def save(self, s: CoachingSession) -> None:
        row = _session_row(s)
        row.pop("id")
        self.conn.execute(
            t.coaching_sessions.update().where(t.coaching_sessions.c.id == s.id).values(**row)
        )

    def get(self, client_id: str, number: int) -> CoachingSession | None:
        row = self.conn.execute(
            select(t.coaching_sessions).where(
                t.coaching_sessions.c.client_id == client_id,
                t.coaching_sessions.c.number == number,
            )
        ).first()
        return _session(row._mapping) if row else None

    def all(self, client_id: str) -> list[CoachingSession]:
        rows = self.conn.execute(
            select(t.coaching_sessions)
            .where(t.coaching_sessions.c.client_id == client_id)
            .order_by(t.coaching_sessions.c.number)
        )
        return [_session(r._mapping) for r in rows]

    def add_turn(self, turn: SessionTurn) -> None:
        self.conn.execute(
            t.session_turns.insert().values(
                session_id=turn.session_id, idx=turn.index, role=turn.role, text=turn.text,
                stage=turn.stage, move=turn.move, level=turn.level, at=turn.at,
            )
        )

    def next_turn_index(self, session_id: str) -> int:
        current = self.conn.execute(
            select(func.max(t.session_turns.c.idx)).where(
                t.session_turns.c.session_id == session_id
            )
        ).scalar_one()
        return 0 if current is None else int(current) + 1

    def turns(self, session_id: str) -> list[SessionTurn]:
        rows = self.conn.execute(
            select(t.session_turns)
            .where(t.session_turns.c.session_id == session_id)
            .order_by(t.session_turns.c.idx)
        )
        return [
            SessionTurn(r.session_id, r.idx, r.role, r.text, r.stage, r.move, r.level,
                        aware_req(r.at))
            for r in rows
        ]

    def set_feedback(self, fb: SessionFeedback) -> None:
        self.conn.execute(
            t.session_feedback.delete().where(t.session_feedback.c.session_id == fb.session_id)
        )
        self.conn.execute(
            t.session_feedback.insert().values(
                session_id=fb.session_id, scores=fb.scores, given_at=fb.given_at
            )
        )

    def feedback(self, session_id: str) -> SessionFeedback | None:
        r = self.conn.execute(
            select(t.session_feedback).where(t.session_feedback.c.session_id == session_id)
        ).first()
        return SessionFeedback(r.session_id, dict(r.scores), aware_req(r.given_at)) if r else None


def _session_row(s: CoachingSession) -> dict[str, Any]:
    return {
        "id": s.id, "client_id": s.client_id, "number": s.number, "started_at": s.started_at,
        "ended_at": s.ended_at, "status": s.status, "state": s.state, "summary": s.summary,
    }


def _session(m: Any) -> CoachingSession:
    return CoachingSession(
        id=m["id"], client_id=m["client_id"], number=m["number"],
        started_at=aware_req(m["started_at"]), ended_at=aware(m["ended_at"]),
        status=m["status"], state=dict(m["state"]), summary=m["summary"],
    )


class ReferralRepo:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, r: Referral) -> Referral:
        if not r.number:
            r.number = next_number(self.conn, t.referrals, r.client_id)
        self.conn.execute(
            t.referrals.insert().values(
                id=r.id, client_id=r.client_id, number=r.number, level=r.level,
                categories=list(r.categories), evidence=r.evidence,
                resources_shown=r.resources_shown, source=r.source, source_id=r.source_id,
                outcome=r.outcome, created_at=r.created_at,
            )
        )
        return r

    def set_outcome(self, referral_id: str, outcome: str) -> None:
        self.conn.execute(
            t.referrals.update().where(t.referrals.c.id == referral_id).values(outcome=outcome)
        )

    def all(self, client_id: str) -> list[Referral]:
        rows = self.conn.execute(
            select(t.referrals)
            .where(t.referrals.c.client_id == client_id)
            .order_by(t.referrals.c.number)
        )
        return [
            Referral(
                id=r.id, client_id=r.client_id, number=r.number, level=r.level,
                categories=tuple(r.categories), evidence=list(r.evidence),
                resources_shown=list(r.resources_shown), source=r.source,
                source_id=r.source_id, outcome=r.outcome, created_at=aware_req(r.created_at),
            )
            for r in rows
        ]
