"""Clients, agreement acceptances, intake results and client-level flags."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, select

from onward.domain.agreements import Acceptance
from onward.domain.clients import Client
from onward.domain.common import new_id
from onward.store import tables as t
from onward.store.rows import aware_req


class ClientRepo:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, client: Client, handle: str) -> None:
        self.conn.execute(t.clients.insert().values(handle=handle, **_client_row(client)))

    def update(self, client: Client) -> None:
        self.conn.execute(
            t.clients.update().where(t.clients.c.id == client.id).values(**_client_row(client))
        )

    def get(self, client_id: str) -> Client | None:
        row = self.conn.execute(select(t.clients).where(t.clients.c.id == client_id)).first()
        return _client(row._mapping) if row else None

    def by_handle(self, handle: str) -> Client | None:
        row = self.conn.execute(select(t.clients).where(t.clients.c.handle == handle)).first()
        return _client(row._mapping) if row else None

    def handle_of(self, client_id: str) -> str | None:
        return self.conn.execute(
            select(t.clients.c.handle).where(t.clients.c.id == client_id)
        ).scalar_one_or_none()

    def all_handles(self) -> list[str]:
        return list(self.conn.execute(select(t.clients.c.handle).order_by("handle")).scalars())

    def delete(self, client_id: str) -> None:
        self.conn.execute(delete(t.clients).where(t.clients.c.id == client_id))

    # agreement
    def accept(self, acceptance: Acceptance) -> None:
        self.conn.execute(
            t.agreement_acceptances.insert().values(
                id=new_id(),
                client_id=acceptance.client_id,
                version=acceptance.version,
                accepted_at=acceptance.accepted_at,
            )
        )

    def acceptances(self, client_id: str) -> list[Acceptance]:
        rows = self.conn.execute(
            select(t.agreement_acceptances)
            .where(t.agreement_acceptances.c.client_id == client_id)
            .order_by(t.agreement_acceptances.c.accepted_at)
        )
        return [
            Acceptance(r.client_id, r.version, aware_req(r.accepted_at)) for r in rows
        ]

    # intake
    def add_intake(self, client_id: str, outcome: str, answers: dict[str, Any],
                   at: datetime) -> None:
        self.conn.execute(
            t.intake_results.insert().values(
                id=new_id(), client_id=client_id, outcome=outcome, answers=answers, taken_at=at
            )
        )

    def intakes(self, client_id: str) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            select(t.intake_results)
            .where(t.intake_results.c.client_id == client_id)
            .order_by(t.intake_results.c.taken_at)
        )
        return [
            {"outcome": r.outcome, "answers": r.answers, "taken_at": aware_req(r.taken_at)}
            for r in rows
        ]

    # flags
    def set_flag(self, client_id: str, name: str, value: Any, at: datetime) -> None:
        self.clear_flag(client_id, name)
        self.conn.execute(
            t.client_flags.insert().values(client_id=client_id, name=name, value=value, set_at=at)
        )

    def clear_flag(self, client_id: str, name: str) -> None:
        self.conn.execute(
            delete(t.client_flags).where(
                t.client_flags.c.client_id == client_id, t.client_flags.c.name == name
            )
        )

    def flags(self, client_id: str) -> dict[str, Any]:
        rows = self.conn.execute(
            select(t.client_flags).where(t.client_flags.c.client_id == client_id)
        )
        return {r.name: r.value for r in rows}


def _client_row(c: Client) -> dict[str, Any]:
    return {
        "id": c.id,
        "name": c.name,
        "email": c.email,
        "country": c.country,
        "timezone": c.timezone,
        "language": c.language,
        "coach_name": c.coach_name,
        "coach_email": c.coach_email,
        "shares_with_coach": list(c.shares_with_coach),
        "created_at": c.created_at,
    }


def _client(m: Any) -> Client:
    return Client(
        id=m["id"],
        name=m["name"],
        email=m["email"],
        country=m["country"],
        timezone=m["timezone"],
        language=m["language"],
        coach_name=m["coach_name"],
        coach_email=m["coach_email"],
        shares_with_coach=tuple(m["shares_with_coach"]),
        created_at=aware_req(m["created_at"]),
    )
