"""Progress at a glance: GAS T-scores, action completion, wins and wheel changes."""

from __future__ import annotations

from dataclasses import dataclass

from onward.domain.goals import goal_t_score, overall_t_score
from onward.domain.wheel import wheel_changes
from onward.services.context import ServiceContext, load_client


@dataclass(frozen=True)
class GoalProgress:
    number: int
    title: str
    status: str
    level: int | None
    t_score: float | None


@dataclass(frozen=True)
class Progress:
    goals: list[GoalProgress]
    overall_t: float | None
    actions_done: int
    actions_partly: int
    actions_missed: int
    open_actions: int
    wins: int
    wheel: list[tuple[str, int, int | None]]  # area, latest satisfaction, change

    @property
    def completion_rate(self) -> float | None:
        answered = self.actions_done + self.actions_partly + self.actions_missed
        if not answered:
            return None
        return (self.actions_done + 0.5 * self.actions_partly) / answered


class ProgressService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def summary(self, client_id: str) -> Progress:
        with self.ctx.db.transaction() as r:
            load_client(r, client_id)
            goals = [g for g in r.goals.all(client_id) if g.status != "dropped"]
            actions = r.actions.all(client_id)
            wins = r.wins.all(client_id)
            areas = {a.id: a.name for a in r.values.areas(client_id)}
            snaps = r.values.snapshots(client_id)
        outcomes = [e.what for a in actions for e in a.history]
        wheel: list[tuple[str, int, int | None]] = []
        if snaps:
            changes = wheel_changes(snaps[-1], snaps[-2] if len(snaps) > 1 else None)
            wheel = [
                (areas.get(rt.area_id, "?"), rt.satisfaction, changes[rt.area_id])
                for rt in snaps[-1].ratings
            ]
        return Progress(
            goals=[
                GoalProgress(g.number, g.title, g.status, g.current_level, goal_t_score(g))
                for g in goals
            ],
            overall_t=overall_t_score(g for g in goals if g.status == "active"),
            actions_done=outcomes.count("done"),
            actions_partly=outcomes.count("partly"),
            actions_missed=outcomes.count("not"),
            open_actions=sum(1 for a in actions if a.status == "open"),
            wins=len(wins),
            wheel=wheel,
        )
