"""Goals (with their GAS scores) and actions (with their history) and check-ins."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Connection, delete, select

from onward.domain.actions import Action, ActionEvent, CheckIn, CheckInItem
from onward.domain.common import new_id, utcnow
from onward.domain.goals import GasScore, Goal, Milestone
from onward.store import tables as t
from onward.store.rows import aware_req, next_number


class GoalRepo:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, goal: Goal) -> Goal:
        if not goal.number:
            goal.number = next_number(self.conn, t.goals, goal.client_id)
        self.conn.execute(t.goals.insert().values(created_at=utcnow(), **_goal_row(goal)))
        self._write_scores(goal)
        return goal

    def save(self, goal: Goal) -> None:
        row = _goal_row(goal)
        row.pop("id")
        self.conn.execute(t.goals.update().where(t.goals.c.id == goal.id).values(**row))
        self.conn.execute(delete(t.gas_scores).where(t.gas_scores.c.goal_id == goal.id))
        self._write_scores(goal)

    def _write_scores(self, goal: Goal) -> None:
        for s in goal.scores:
            self.conn.execute(
                t.gas_scores.insert().values(
                    id=new_id(), goal_id=goal.id, level=s.level, scored_on=s.scored_on,
                    note=s.note,
                )
            )

    def get(self, client_id: str, number: int) -> Goal | None:
        row = self.conn.execute(
            select(t.goals).where(t.goals.c.client_id == client_id, t.goals.c.number == number)
        ).first()
        return self._load(row._mapping) if row else None

    def by_id(self, goal_id: str) -> Goal | None:
        row = self.conn.execute(select(t.goals).where(t.goals.c.id == goal_id)).first()
        return self._load(row._mapping) if row else None

    def all(self, client_id: str, status: str | None = None) -> list[Goal]:
        q = select(t.goals).where(t.goals.c.client_id == client_id)
        if status:
            q = q.where(t.goals.c.status == status)
        return [self._load(r._mapping) for r in self.conn.execute(q.order_by(t.goals.c.number))]

    def delete(self, goal_id: str) -> None:
        self.conn.execute(delete(t.goals).where(t.goals.c.id == goal_id))

    def created_on(self, goal_id: str) -> date:
        ts = self.conn.execute(
            select(t.goals.c.created_at).where(t.goals.c.id == goal_id)
        ).scalar_one()
        return aware_req(ts).date()

    def _load(self, m: Any) -> Goal:
        scores = [
            GasScore(r.level, r.scored_on, r.note)
            for r in self.conn.execute(
                select(t.gas_scores)
                .where(t.gas_scores.c.goal_id == m["id"])
                .order_by(t.gas_scores.c.scored_on)
            )
        ]
        return Goal(
            id=m["id"],
            client_id=m["client_id"],
            number=m["number"],
            title=m["title"],
            why=m["why"],
            values=tuple(m["value_names"]),
            life_area=m["life_area"],
            measure=m["measure"],
            target_date=m["target_date"],
            status=m["status"],
            milestones=[
                Milestone(x["text"], date.fromisoformat(x["due"]) if x["due"] else None,
                          x["done"])
                for x in m["milestones"]
            ],
            gas_levels={int(k): v for k, v in m["gas_levels"].items()},
            weight=m["weight"],
            baseline=m["baseline"],
            scores=scores,
        )


def _goal_row(g: Goal) -> dict[str, Any]:
    return {
        "id": g.id,
        "client_id": g.client_id,
        "number": g.number,
        "title": g.title,
        "why": g.why,
        "value_names": list(g.values),
        "life_area": g.life_area,
        "measure": g.measure,
        "target_date": g.target_date,
        "status": g.status,
        "milestones": [
            {"text": m.text, "due": m.due.isoformat() if m.due else None, "done": m.done}
            for m in g.milestones
        ],
        "gas_levels": {str(k): v for k, v in g.gas_levels.items()},
        "weight": g.weight,
        "baseline": g.baseline,
    }


class ActionRepo:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, action: Action) -> Action:
        if not action.number:
            action.number = next_number(self.conn, t.actions, action.client_id)
        self.conn.execute(t.actions.insert().values(**_action_row(action)))
        self._write_events(action, action.history)
        return action

    def save(self, action: Action) -> None:
        """Persist changes; history is append-only, so only new events are written."""
        row = _action_row(action)
        row.pop("id")
        self.conn.execute(t.actions.update().where(t.actions.c.id == action.id).values(**row))
        stored = self.conn.execute(
            select(t.action_events.c.id).where(t.action_events.c.action_id == action.id)
        ).all()
        self._write_events(action, action.history[len(stored):])

    def _write_events(self, action: Action, events: list[ActionEvent]) -> None:
        for e in events:
            self.conn.execute(
                t.action_events.insert().values(
                    action_id=action.id, at=e.at, what=e.what, detail=e.detail
                )
            )

    def get(self, client_id: str, number: int) -> Action | None:
        row = self.conn.execute(
            select(t.actions).where(
                t.actions.c.client_id == client_id, t.actions.c.number == number
            )
        ).first()
        return self._load(row._mapping) if row else None

    def all(self, client_id: str, status: str | None = None) -> list[Action]:
        q = select(t.actions).where(t.actions.c.client_id == client_id)
        if status:
            q = q.where(t.actions.c.status == status)
        rows = self.conn.execute(q.order_by(t.actions.c.number))
        return [self._load(r._mapping) for r in rows]

    def delete(self, action_id: str) -> None:
        self.conn.execute(delete(t.actions).where(t.actions.c.id == action_id))

    def _load(self, m: Any) -> Action:
        events = [
            ActionEvent(aware_req(r.at), r.what, r.detail)
            for r in self.conn.execute(
                select(t.action_events)
                .where(t.action_events.c.action_id == m["id"])
                .order_by(t.action_events.c.id)
            )
        ]
        return Action(
            id=m["id"],
            client_id=m["client_id"],
            number=m["number"],
            goal_id=m["goal_id"],
            text=m["text"],
            due=m["due"],
            recurrence=m["recurrence"],
            status=m["status"],
            history=events,
            created_at=aware_req(m["created_at"]),
        )

    # check-ins
    def add_checkin(self, checkin: CheckIn) -> None:
        self.conn.execute(
            t.checkins.insert().values(
                id=checkin.id, client_id=checkin.client_id, created_at=checkin.created_at,
                note=checkin.note,
            )
        )
        for item in checkin.items:
            self.conn.execute(
                t.checkin_items.insert().values(
                    checkin_id=checkin.id, action_id=item.action_id, outcome=item.outcome,
                    obstacle=item.obstacle,
                )
            )

    def checkins(self, client_id: str) -> list[CheckIn]:
        result = []
        for r in self.conn.execute(
            select(t.checkins)
            .where(t.checkins.c.client_id == client_id)
            .order_by(t.checkins.c.created_at, t.checkins.c.id)
        ):
            items = [
                CheckInItem(i.action_id, i.outcome, i.obstacle)
                for i in self.conn.execute(
                    select(t.checkin_items)
                    .where(t.checkin_items.c.checkin_id == r.id)
                    .order_by(t.checkin_items.c.action_id)
                )
            ]
            result.append(
                CheckIn(r.client_id, items, r.note, id=r.id, created_at=aware_req(r.created_at))
            )
        return result


def _action_row(a: Action) -> dict[str, Any]:
    return {
        "id": a.id,
        "client_id": a.client_id,
        "number": a.number,
        "goal_id": a.goal_id,
        "text": a.text,
        "due": a.due,
        "recurrence": a.recurrence,
        "status": a.status,
        "created_at": a.created_at,
    }
