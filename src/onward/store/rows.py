"""Helpers shared by the repositories: time zones, per-client numbering."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Connection, Table, func, select


def aware(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; everything Onward stores is UTC."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def aware_req(value: datetime) -> datetime:
    result = aware(value)
    assert result is not None
    return result


def next_number(conn: Connection, table: Table, client_id: str) -> int:
    current = conn.execute(
        select(func.max(table.c.number)).where(table.c.client_id == client_id)
    ).scalar_one()
    return int(current or 0) + 1
