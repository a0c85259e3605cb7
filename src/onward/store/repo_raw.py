"""Plain rows of the client's operational tables (reminder settings, deliveries, weekly
reviews), for export and import. Dates become ISO strings and back, by column type."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Date, DateTime, Table, select

from onward.store import tables as t
from onward.store.rows import aware

RAW_TABLES: tuple[Table, ...] = (t.reminder_prefs, t.deliveries, t.weekly_reviews)


class RawRepo:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def dump(self, client_id: str) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = {}
        for table in RAW_TABLES:
            key = [c for c in table.primary_key.columns]
            rows = self.conn.execute(
                select(table).where(table.c.client_id == client_id).order_by(*key)
            )
            out[table.name] = [_to_json(table, dict(r._mapping)) for r in rows]
        return out

    def load(self, data: dict[str, list[dict[str, Any]]]) -> None:
        for table in RAW_TABLES:
            for row in data.get(table.name, []):
                self.conn.execute(table.insert().values(**_from_json(table, row)))


def _to_json(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    for name, value in row.items():
        if isinstance(table.c[name].type, DateTime) and value is not None:
            row[name] = aware(value).isoformat()  # type: ignore[union-attr]
        elif isinstance(table.c[name].type, Date) and value is not None:
            row[name] = value.isoformat()
    return row


def _from_json(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    unknown = set(row) - set(table.c.keys())
    if unknown:
        raise ValueError(f"{table.name}: unknown fields {', '.join(sorted(unknown))}")
    out = dict(row)
    for name, value in row.items():
        if value is None:
            continue
        if isinstance(table.c[name].type, DateTime):
            out[name] = datetime.fromisoformat(value)
        elif isinstance(table.c[name].type, Date):
            out[name] = date.fromisoformat(value)
    return out
