"""Accountability between sessions: the client's cadence and reminder settings, what is
due now, and the calendar feed. Sending lives in `deliveries`; the review in `review`."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from onward.domain.cadence import (
    ReminderPrefs,
    parse_clock,
    parse_day,
    parse_quiet_hours,
    validate_cadence,
)
from onward.domain.errors import InvalidInput
from onward.notify.calendar import build_calendar
from onward.notify.reminders import DueItem, due_items
from onward.services.context import ServiceContext, load_client
from onward.services.goals import get_goal
from onward.services.review import REVIEW_FLAG


@dataclass(frozen=True)
class DueList:
    today: date
    overdue: list[DueItem]
    due_today: list[DueItem]
    coming: list[DueItem]  # the next seven days
    review_flag: dict[str, Any] | None  # the stall signal, while it stands

    @property
    def to_check_in(self) -> list[DueItem]:
        return self.overdue + self.due_today


class AccountabilityService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def prefs(self, client_id: str) -> ReminderPrefs:
        with self.ctx.db.transaction() as r:
            load_client(r, client_id)
            return r.accountability.prefs(client_id)

    def goal_cadences(self, client_id: str) -> dict[int, str]:
        """Per-goal cadences by goal number, for display."""
        with self.ctx.db.transaction() as r:
            prefs = r.accountability.prefs(client_id)
            return {g.number: prefs.goal_cadences[g.id] for g in r.goals.all(client_id)
                    if g.id in prefs.goal_cadences}

    def configure(
        self, client_id: str, *, cadence: str | None = None, goal_number: int | None = None,
        budget: int | None = None, quiet: str | None = None, send_at: str | None = None,
        digest: str | None = None, weekly_day: str | None = None, email: bool | None = None,
    ) -> ReminderPrefs:
        """Change any of the settings; the others stay as they were."""
        with self.ctx.db.transaction() as r:
            load_client(r, client_id)
            prefs = r.accountability.prefs(client_id)
            changes: dict[str, Any] = {}
            if goal_number is not None:
                if cadence is None:
                    raise InvalidInput("give the cadence for the goal (or 'overall')")
                goal = get_goal(r, client_id, goal_number)
                per_goal = dict(prefs.goal_cadences)
                if cadence.strip().lower() == "overall":
                    per_goal.pop(goal.id, None)  # follow the overall cadence again
                else:
                    per_goal[goal.id] = validate_cadence(cadence)
                changes["goal_cadences"] = per_goal
            elif cadence is not None:
                changes["cadence"] = cadence
            if budget is not None:
                changes["nudge_budget"] = budget
            if quiet is not None:
                changes["quiet_start"], changes["quiet_end"] = parse_quiet_hours(quiet)
            if send_at is not None:
                changes["send_at"] = parse_clock(send_at, "reminder time")
            if digest is not None:
                changes["digest"] = digest.strip().lower()
            if weekly_day is not None:
                changes["weekly_day"] = parse_day(weekly_day)
            if email is not None:
                changes["email"] = email
            updated = replace(prefs, **changes)  # __post_init__ checks the whole
            r.accountability.save_prefs(updated, self.ctx.now())
            return updated

    def due(self, client_id: str) -> DueList:
        """Overdue, due today and coming up: the check-in list and `onward due`."""
        with self.ctx.db.transaction() as r:
            client = load_client(r, client_id)
            today = self.ctx.today_for(client)
            titles = {g.id: g.title for g in r.goals.all(client_id)}
            items = due_items(r.actions.all(client_id, "open"), today, titles, horizon_days=7)
            flag = r.clients.flags(client_id).get(REVIEW_FLAG)
        return DueList(
            today=today,
            overdue=[i for i in items if i.due < today],
            due_today=[i for i in items if i.due == today],
            coming=[i for i in items if i.due > today],
            review_flag=flag if isinstance(flag, dict) else None,
        )

    def calendar(self, client_id: str) -> bytes:
        with self.ctx.db.transaction() as r:
            client = load_client(r, client_id)
            return build_calendar(
                client_name=client.name, tz=client.timezone,
                prefs=r.accountability.prefs(client_id),
                sessions=r.sessions.all(client_id), actions=r.actions.all(client_id),
                goal_titles={g.id: g.title for g in r.goals.all(client_id)},
                today=self.ctx.today_for(client), stamp=self.ctx.now(),
            )
