"""Check-ins on due actions: done, partly or not, and what got in the way."""

from __future__ import annotations

from dataclasses import dataclass

from onward.domain.actions import CheckIn, CheckInItem
from onward.domain.errors import InvalidInput
from onward.domain.reflections import Win
from onward.services.context import ServiceContext, load_client
from onward.services.goals import get_action
from onward.services.screening import ScreenedNote, screen_and_record


@dataclass(frozen=True)
class CheckInAnswer:
    action_number: int
    outcome: str  # done | partly | not
    obstacle: str | None = None


class CheckInService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def record(
        self, client_id: str, answers: list[CheckInAnswer], note: str | None = None,
        win: str | None = None,
    ) -> tuple[CheckIn, ScreenedNote]:
        """Answers, a note and a win to log land together, and are screened together."""
        if not answers and not (note or "").strip() and not (win or "").strip():
            raise InvalidInput("nothing to check in: no actions answered, no note, no win")
        with self.ctx.db.transaction() as repos:
            client = load_client(repos, client_id)
            today = self.ctx.today_for(client)
            now = self.ctx.now()
            items = []
            for answer in answers:
                action = get_action(repos, client_id, answer.action_number)
                action.record_outcome(answer.outcome, now, today)
                repos.actions.save(action)
                items.append(CheckInItem(action.id, answer.outcome, answer.obstacle))
            checkin = CheckIn(client_id, items, note, created_at=now)
            repos.actions.add_checkin(checkin)
            texts = [i.obstacle or "" for i in items] + [checkin.note or ""]
            if (win or "").strip():
                logged = repos.wins.add(Win(client_id, win or "", today))
                texts.append(logged.text)
            screened = screen_and_record(self.ctx, repos, client, texts, "checkin", checkin.id)
            return checkin, screened

    def history(self, client_id: str) -> list[CheckIn]:
        with self.ctx.db.transaction() as repos:
            return repos.actions.checkins(client_id)
