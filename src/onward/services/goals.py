"""Goals and actions: the use cases behind `onward goal` and `onward action`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from onward.domain.actions import Action
from onward.domain.errors import NotFound
from onward.domain.goals import Goal, Milestone
from onward.services.context import ServiceContext, load_client
from onward.store.unit_of_work import Repos


@dataclass(frozen=True)
class GoalDraft:
    title: str
    why: str | None = None
    values: tuple[str, ...] = ()
    life_area: str | None = None
    measure: str | None = None
    target_date: date | None = None
    gas_levels: dict[int, str] | None = None
    weight: float = 1.0
    baseline: int | None = None
    milestones: tuple[str, ...] = ()


def get_goal(repos: Repos, client_id: str, number: int) -> Goal:
    goal = repos.goals.get(client_id, number)
    if goal is None:
        raise NotFound(f"no goal {number}; `onward goal list` shows your goals")
    return goal


def get_action(repos: Repos, client_id: str, number: int) -> Action:
    action = repos.actions.get(client_id, number)
    if action is None:
        raise NotFound(f"no action {number}; `onward action list` shows your actions")
    return action


class GoalService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def add(self, client_id: str, draft: GoalDraft) -> Goal:
        goal = Goal(
            client_id=client_id, title=draft.title, why=draft.why, values=draft.values,
            life_area=draft.life_area, measure=draft.measure, target_date=draft.target_date,
            gas_levels=dict(draft.gas_levels or {}), weight=draft.weight,
            baseline=draft.baseline, milestones=[Milestone(m) for m in draft.milestones],
        )
        with self.ctx.db.transaction() as repos:
            load_client(repos, client_id)
            return repos.goals.add(goal)

    def all(self, client_id: str, status: str | None = None) -> list[Goal]:
        with self.ctx.db.transaction() as repos:
            return repos.goals.all(client_id, status)

    def show(self, client_id: str, number: int) -> tuple[Goal, list[Action]]:
        with self.ctx.db.transaction() as repos:
            goal = get_goal(repos, client_id, number)
            actions = [a for a in repos.actions.all(client_id) if a.goal_id == goal.id]
            return goal, actions

    def edit(self, client_id: str, number: int, **changes: object) -> Goal:
        with self.ctx.db.transaction() as repos:
            goal = get_goal(repos, client_id, number)
            fields = {k: v for k, v in changes.items() if v is not None}
            if "milestones" in fields:
                fields["milestones"] = goal.milestones + [
                    Milestone(str(m)) for m in fields["milestones"]  # type: ignore[attr-defined]
                ]
            if "gas_levels" in fields:
                fields["gas_levels"] = {**goal.gas_levels, **fields["gas_levels"]}  # type: ignore[dict-item]
            updated = Goal(**{**goal.__dict__, **fields})
            repos.goals.save(updated)
            return updated

    def score(self, client_id: str, number: int, level: int, note: str | None = None) -> Goal:
        with self.ctx.db.transaction() as repos:
            client = load_client(repos, client_id)
            goal = get_goal(repos, client_id, number)
            goal.add_score(level, self.ctx.today_for(client), note)
            repos.goals.save(goal)
            return goal

    def set_status(self, client_id: str, number: int, status: str) -> Goal:
        with self.ctx.db.transaction() as repos:
            goal = get_goal(repos, client_id, number)
            goal.change_status(status)
            repos.goals.save(goal)
            return goal

    def delete(self, client_id: str, number: int) -> None:
        with self.ctx.db.transaction() as repos:
            repos.goals.delete(get_goal(repos, client_id, number).id)


class ActionService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def add(
        self, client_id: str, text: str, due: date | None = None,
        recurrence: str | None = None, goal_number: int | None = None,
    ) -> Action:
        with self.ctx.db.transaction() as repos:
            load_client(repos, client_id)
            goal_id = get_goal(repos, client_id, goal_number).id if goal_number else None
            action = Action(
                client_id=client_id, text=text, goal_id=goal_id, due=due,
                recurrence=recurrence, created_at=self.ctx.now(),
            )
            return repos.actions.add(action)

    def all(self, client_id: str, include_closed: bool = False) -> list[Action]:
        with self.ctx.db.transaction() as repos:
            actions = repos.actions.all(client_id)
        return actions if include_closed else [a for a in actions if a.status == "open"]

    def due(self, client_id: str) -> list[Action]:
        with self.ctx.db.transaction() as repos:
            client = load_client(repos, client_id)
            today = self.ctx.today_for(client)
            return [a for a in repos.actions.all(client_id, "open") if a.is_due(today)]

    def edit(self, client_id: str, number: int, text: str) -> Action:
        with self.ctx.db.transaction() as repos:
            action = get_action(repos, client_id, number)
            action.edit(text, self.ctx.now())
            repos.actions.save(action)
            return action

    def move(self, client_id: str, number: int, due: date) -> Action:
        with self.ctx.db.transaction() as repos:
            action = get_action(repos, client_id, number)
            action.move(due, self.ctx.now())
            repos.actions.save(action)
            return action

    def done(self, client_id: str, number: int) -> Action:
        with self.ctx.db.transaction() as repos:
            client = load_client(repos, client_id)
            action = get_action(repos, client_id, number)
            action.record_outcome("done", self.ctx.now(), self.ctx.today_for(client))
            repos.actions.save(action)
            return action

    def delete(self, client_id: str, number: int) -> None:
        with self.ctx.db.transaction() as repos:
            repos.actions.delete(get_action(repos, client_id, number).id)
