"""Reminder preferences, the deliveries queue and weekly reviews.

The queue gives each message one row, keyed UNIQUE (client, kind, period): whoever
plans it first inserts it (INSERT .. ON CONFLICT DO NOTHING), everyone else gets
nothing. Sending claims a row so that only one worker sends it:

- PostgreSQL: SELECT .. FOR UPDATE SKIP LOCKED inside the send transaction; the row
  stays locked while the mail goes out and is marked sent before the lock is released.
  A crashed worker's transaction rolls back and the row is free again at once.
- SQLite has no row locks and one writer at a time: a short conditional UPDATE takes
  a lease (status 'sending', claimed_until); only the UPDATE that changed the row wins.
  The mail goes out outside any transaction, so the database is never held locked
  for the length of an SMTP conversation; an expired lease is taken again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite

from onward.domain.cadence import ReminderPrefs, parse_clock
from onward.domain.common import new_id
from onward.store import tables as t
from onward.store.rows import aware, aware_req

D = t.deliveries


@dataclass
class Delivery:
    client_id: str
    kind: str  # digest | review | stall | coach_alert
    period_key: str
    subject: str
    body: str
    recipient: str | None = None
    channel: str = "email"  # email | record (kept for the practice view, never sent)
    status: str = "pending"
    attempts: int = 0
    last_error: str | None = None
    next_attempt_at: datetime | None = None
    created_at: datetime | None = None
    sent_at: datetime | None = None
    id: str = ""


class AccountabilityRepo:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # preferences
    def prefs(self, client_id: str) -> ReminderPrefs:
        r = self.conn.execute(
            select(t.reminder_prefs).where(t.reminder_prefs.c.client_id == client_id)
        ).first()
        if r is None:
            return ReminderPrefs(client_id)
        return ReminderPrefs(
            client_id=client_id, cadence=r.cadence, goal_cadences=dict(r.goal_cadences),
            nudge_budget=r.nudge_budget, quiet_start=parse_clock(r.quiet_start),
            quiet_end=parse_clock(r.quiet_end), send_at=parse_clock(r.send_at),
            digest=r.digest, weekly_day=r.weekly_day, email=bool(r.email),
        )

    def save_prefs(self, p: ReminderPrefs, at: datetime) -> None:
        self.conn.execute(
            t.reminder_prefs.delete().where(t.reminder_prefs.c.client_id == p.client_id)
        )
        self.conn.execute(
            t.reminder_prefs.insert().values(
                client_id=p.client_id, cadence=p.cadence, goal_cadences=p.goal_cadences,
                nudge_budget=p.nudge_budget, quiet_start=f"{p.quiet_start:%H:%M}",
                quiet_end=f"{p.quiet_end:%H:%M}", send_at=f"{p.send_at:%H:%M}",
                digest=p.digest, weekly_day=p.weekly_day, email=p.email, updated_at=at,
            )
        )

    def client_ids(self) -> list[str]:
        return list(self.conn.execute(select(t.clients.c.id).order_by(t.clients.c.id)).scalars())

    # the deliveries queue
    def enqueue(self, d: Delivery, now: datetime) -> bool:
        """Insert the message unless its key exists; True if this call created it."""
        values = {
            "id": d.id or new_id(), "client_id": d.client_id, "kind": d.kind,
            "period_key": d.period_key, "channel": d.channel, "recipient": d.recipient,
            "subject": d.subject, "body": d.body, "status": d.status, "attempts": 0,
            "next_attempt_at": d.next_attempt_at or now, "created_at": now,
        }
        dialect = postgresql if self.conn.dialect.name == "postgresql" else sqlite
        stmt = dialect.insert(D).values(**values).on_conflict_do_nothing(
            index_elements=["client_id", "kind", "period_key"]
        ).returning(D.c.id)  # rowcount is not reliable here on psycopg; RETURNING is
        return self.conn.execute(stmt).first() is not None

    def deliveries(self, client_id: str | None = None, kind: str | None = None
                   ) -> list[Delivery]:
        q = select(D)
        if client_id:
            q = q.where(D.c.client_id == client_id)
        if kind:
            q = q.where(D.c.kind == kind)
        return [_delivery(r._mapping) for r in self.conn.execute(q.order_by(D.c.created_at))]

    def planned_since(self, client_id: str, kind: str, since: datetime) -> list[datetime]:
        """When messages of a kind were planned (sent or on their way), for the budget."""
        rows = self.conn.execute(
            select(D.c.created_at).where(
                D.c.client_id == client_id, D.c.kind == kind, D.c.created_at >= since
            )
        ).scalars()
        return [aware_req(ts) for ts in rows]

    def _sendable(self, now: datetime) -> Any:
        return and_(
            D.c.channel == "email",
            or_(
                and_(D.c.status.in_(("pending", "failed")), D.c.next_attempt_at <= now),
                and_(D.c.status == "sending", D.c.claimed_until < now),
            ),
        )

    def lock_next(self, now: datetime) -> Delivery | None:
        """PostgreSQL: lock one sendable row for this transaction; others skip it."""
        row = self.conn.execute(
            select(D).where(self._sendable(now)).order_by(D.c.created_at)
            .limit(1).with_for_update(skip_locked=True)
        ).first()
        return _delivery(row._mapping) if row else None

    def lease_next(self, now: datetime, lease: timedelta) -> Delivery | None:
        """SQLite: take a lease on one sendable row; the conditional UPDATE decides."""
        candidates = self.conn.execute(
            select(D.c.id).where(self._sendable(now)).order_by(D.c.created_at).limit(20)
        ).scalars().all()
        for delivery_id in candidates:
            won = self.conn.execute(
                update(D).where(D.c.id == delivery_id, self._sendable(now))
                .values(status="sending", claimed_until=now + lease)
            ).rowcount
            if won == 1:
                row = self.conn.execute(select(D).where(D.c.id == delivery_id)).one()
                return _delivery(row._mapping)
        return None

    def mark_sent(self, delivery_id: str, now: datetime) -> None:
        self.conn.execute(
            update(D).where(D.c.id == delivery_id).values(
                status="sent", sent_at=now, attempts=D.c.attempts + 1, claimed_until=None,
                last_error=None,
            )
        )

    def mark_failed(self, delivery_id: str, error: str, retry_at: datetime | None) -> None:
        """Kept with its error; retried at `retry_at` (None: given up, still on record)."""
        self.conn.execute(
            update(D).where(D.c.id == delivery_id).values(
                status="failed", attempts=D.c.attempts + 1, last_error=error[:500],
                next_attempt_at=retry_at, claimed_until=None,
            )
        )

    # weekly reviews
    def save_review(self, client_id: str, week: str, start: date, overall_t: float | None,
                    data: dict[str, Any], now: datetime, replace: bool = True) -> bool:
        """One review per client and week. `replace` lets a later review that week win;
        without it the first one stays and False says another worker got there first."""
        if replace:
            self.conn.execute(
                t.weekly_reviews.delete().where(
                    t.weekly_reviews.c.client_id == client_id,
                    t.weekly_reviews.c.week_key == week,
                )
            )
        dialect = postgresql if self.conn.dialect.name == "postgresql" else sqlite
        stmt = dialect.insert(t.weekly_reviews).values(
            id=new_id(), client_id=client_id, week_key=week, week_start=start,
            overall_t=overall_t, data=data, created_at=now,
        ).on_conflict_do_nothing(index_elements=["client_id", "week_key"]).returning(
            t.weekly_reviews.c.id
        )
        return self.conn.execute(stmt).first() is not None

    def update_review_data(self, client_id: str, week: str, data: dict[str, Any]) -> None:
        self.conn.execute(
            t.weekly_reviews.update().where(
                t.weekly_reviews.c.client_id == client_id, t.weekly_reviews.c.week_key == week
            ).values(data=data)
        )

    def reviews(self, client_id: str) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            select(t.weekly_reviews).where(t.weekly_reviews.c.client_id == client_id)
            .order_by(t.weekly_reviews.c.week_start)
        )
        return [
            {"week": r.week_key, "week_start": r.week_start, "overall_t": r.overall_t,
             "data": r.data, "created_at": aware_req(r.created_at)}
            for r in rows
        ]


def _delivery(m: Any) -> Delivery:
    return Delivery(
        id=m["id"], client_id=m["client_id"], kind=m["kind"], period_key=m["period_key"],
        channel=m["channel"], recipient=m["recipient"], subject=m["subject"], body=m["body"],
        status=m["status"], attempts=m["attempts"], last_error=m["last_error"],
        next_attempt_at=aware(m["next_attempt_at"]), created_at=aware(m["created_at"]),
        sent_at=aware(m["sent_at"]),
    )
