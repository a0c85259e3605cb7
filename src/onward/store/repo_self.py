"""Wins, saboteurs, values, vision and the wheel of life."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, delete, select

from onward.domain.common import new_id
from onward.domain.reflections import Saboteur, Sighting, Value, Vision, Win
from onward.domain.wheel import AreaRating, WheelArea, WheelSnapshot
from onward.store import tables as t
from onward.store.rows import aware_req, next_number


class WinRepo:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, win: Win) -> Win:
        if not win.number:
            win.number = next_number(self.conn, t.wins, win.client_id)
        self.conn.execute(t.wins.insert().values(**_win_row(win)))
        return win

    def save(self, win: Win) -> None:
        row = _win_row(win)
        row.pop("id")
        self.conn.execute(t.wins.update().where(t.wins.c.id == win.id).values(**row))

    def get(self, client_id: str, number: int) -> Win | None:
        row = self.conn.execute(
            select(t.wins).where(t.wins.c.client_id == client_id, t.wins.c.number == number)
        ).first()
        return _win(row._mapping) if row else None

    def all(self, client_id: str) -> list[Win]:
        rows = self.conn.execute(
            select(t.wins).where(t.wins.c.client_id == client_id).order_by(t.wins.c.number)
        )
        return [_win(r._mapping) for r in rows]

    def delete(self, win_id: str) -> None:
        self.conn.execute(delete(t.wins).where(t.wins.c.id == win_id))


def _win_row(w: Win) -> dict[str, Any]:
    return {
        "id": w.id, "client_id": w.client_id, "number": w.number, "text": w.text,
        "happened_on": w.happened_on, "goal_id": w.goal_id, "saboteur_id": w.saboteur_id,
    }


def _win(m: Any) -> Win:
    return Win(
        id=m["id"], client_id=m["client_id"], number=m["number"], text=m["text"],
        happened_on=m["happened_on"], goal_id=m["goal_id"], saboteur_id=m["saboteur_id"],
    )


class SaboteurRepo:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, sab: Saboteur) -> Saboteur:
        if not sab.number:
            sab.number = next_number(self.conn, t.saboteurs, sab.client_id)
        self.conn.execute(t.saboteurs.insert().values(**_sab_row(sab)))
        self._write_sightings(sab, sab.sightings)
        return sab

    def save(self, sab: Saboteur) -> None:
        row = _sab_row(sab)
        row.pop("id")
        self.conn.execute(t.saboteurs.update().where(t.saboteurs.c.id == sab.id).values(**row))
        stored = self.conn.execute(
            select(t.saboteur_sightings.c.id).where(t.saboteur_sightings.c.saboteur_id == sab.id)
        ).all()
        self._write_sightings(sab, sab.sightings[len(stored):])

    def _write_sightings(self, sab: Saboteur, sightings: list[Sighting]) -> None:
        for s in sightings:
            self.conn.execute(
                t.saboteur_sightings.insert().values(
                    id=new_id(), saboteur_id=sab.id, seen_at=s.seen_at, note=s.note
                )
            )

    def get(self, client_id: str, number: int) -> Saboteur | None:
        row = self.conn.execute(
            select(t.saboteurs).where(
                t.saboteurs.c.client_id == client_id, t.saboteurs.c.number == number
            )
        ).first()
        return self._load(row._mapping) if row else None

    def all(self, client_id: str) -> list[Saboteur]:
        rows = self.conn.execute(
            select(t.saboteurs)
            .where(t.saboteurs.c.client_id == client_id)
            .order_by(t.saboteurs.c.number)
        )
        return [self._load(r._mapping) for r in rows]

    def delete(self, sab_id: str) -> None:
        self.conn.execute(delete(t.saboteurs).where(t.saboteurs.c.id == sab_id))

    def _load(self, m: Any) -> Saboteur:
        sightings = [
            Sighting(aware_req(r.seen_at), r.note)
            for r in self.conn.execute(
                select(t.saboteur_sightings)
                .where(t.saboteur_sightings.c.saboteur_id == m["id"])
                .order_by(t.saboteur_sightings.c.seen_at, t.saboteur_sightings.c.id)
            )
        ]
        return Saboteur(
            id=m["id"], client_id=m["client_id"], number=m["number"], name=m["name"],
            says=m["says"], shows_up=m["shows_up"], cost=m["cost"], answer=m["answer"],
            sightings=sightings,
        )


def _sab_row(s: Saboteur) -> dict[str, Any]:
    return {
        "id": s.id, "client_id": s.client_id, "number": s.number, "name": s.name,
        "says": s.says, "shows_up": s.shows_up, "cost": s.cost, "answer": s.answer,
    }


class ValuesRepo:
    """Ranked values, the vision statement and the wheel of life."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def replace_values(self, client_id: str, values: list[Value]) -> None:
        self.conn.execute(delete(t.values_).where(t.values_.c.client_id == client_id))
        for v in values:
            self.conn.execute(
                t.values_.insert().values(
                    id=v.id, client_id=client_id, name=v.name, rank=v.rank, note=v.note
                )
            )

    def values(self, client_id: str) -> list[Value]:
        rows = self.conn.execute(
            select(t.values_).where(t.values_.c.client_id == client_id).order_by(t.values_.c.rank)
        )
        return [Value(r.client_id, r.name, r.rank, r.note, id=r.id) for r in rows]

    def set_vision(self, vision: Vision) -> None:
        self.conn.execute(delete(t.visions).where(t.visions.c.client_id == vision.client_id))
        self.conn.execute(
            t.visions.insert().values(
                client_id=vision.client_id, text=vision.text, updated_at=vision.updated_at
            )
        )

    def vision(self, client_id: str) -> Vision | None:
        r = self.conn.execute(select(t.visions).where(t.visions.c.client_id == client_id)).first()
        return Vision(r.client_id, r.text, aware_req(r.updated_at)) if r else None

    def add_area(self, area: WheelArea) -> None:
        self.conn.execute(
            t.wheel_areas.insert().values(
                id=area.id, client_id=area.client_id, name=area.name, position=area.position
            )
        )

    def rename_area(self, area_id: str, name: str) -> None:
        self.conn.execute(
            t.wheel_areas.update().where(t.wheel_areas.c.id == area_id).values(name=name)
        )

    def areas(self, client_id: str) -> list[WheelArea]:
        rows = self.conn.execute(
            select(t.wheel_areas)
            .where(t.wheel_areas.c.client_id == client_id)
            .order_by(t.wheel_areas.c.position)
        )
        return [WheelArea(r.client_id, r.name, r.position, id=r.id) for r in rows]

    def add_snapshot(self, snap: WheelSnapshot) -> None:
        self.conn.execute(
            t.wheel_snapshots.insert().values(
                id=snap.id, client_id=snap.client_id, taken_at=snap.taken_at
            )
        )
        for r in snap.ratings:
            self.conn.execute(
                t.wheel_ratings.insert().values(
                    snapshot_id=snap.id, area_id=r.area_id, satisfaction=r.satisfaction,
                    ideal=r.ideal,
                )
            )

    def snapshots(self, client_id: str) -> list[WheelSnapshot]:
        result = []
        for s in self.conn.execute(
            select(t.wheel_snapshots)
            .where(t.wheel_snapshots.c.client_id == client_id)
            .order_by(t.wheel_snapshots.c.taken_at, t.wheel_snapshots.c.id)
        ):
            ratings = [
                AreaRating(r.area_id, r.satisfaction, r.ideal)
                for r in self.conn.execute(
                    select(t.wheel_ratings)
                    .join(t.wheel_areas, t.wheel_areas.c.id == t.wheel_ratings.c.area_id)
                    .where(t.wheel_ratings.c.snapshot_id == s.id)
                    .order_by(t.wheel_areas.c.position)
                )
            ]
            result.append(
                WheelSnapshot(s.client_id, ratings, aware_req(s.taken_at), id=s.id)
            )
        return result
