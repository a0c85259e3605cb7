"""Wins, saboteurs, values, vision and the wheel of life."""

from __future__ import annotations

from datetime import date

from onward.domain.errors import InvalidInput, NotFound
from onward.domain.reflections import Saboteur, Value, Vision, Win
from onward.domain.wheel import AreaRating, WheelArea, WheelSnapshot, wheel_changes
from onward.services.context import ServiceContext, load_client
from onward.services.goals import get_goal
from onward.services.screening import ScreenedNote, screen_and_record
from onward.store.unit_of_work import Repos


def get_saboteur(repos: Repos, client_id: str, number: int) -> Saboteur:
    sab = repos.saboteurs.get(client_id, number)
    if sab is None:
        raise NotFound(f"no saboteur {number}; `onward saboteur list` shows them")
    return sab


def get_win(repos: Repos, client_id: str, number: int) -> Win:
    win = repos.wins.get(client_id, number)
    if win is None:
        raise NotFound(f"no win {number}; `onward win list` shows them")
    return win


class WinService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def add(
        self, client_id: str, text: str, happened_on: date | None = None,
        goal_number: int | None = None, saboteur_number: int | None = None,
    ) -> tuple[Win, ScreenedNote]:
        with self.ctx.db.transaction() as repos:
            client = load_client(repos, client_id)
            win = Win(
                client_id, text, happened_on or self.ctx.today_for(client),
                goal_id=get_goal(repos, client_id, goal_number).id if goal_number else None,
                saboteur_id=get_saboteur(repos, client_id, saboteur_number).id
                if saboteur_number else None,
            )
            repos.wins.add(win)
            return win, screen_and_record(self.ctx, repos, client, [win.text], "win", win.id)

    def all(self, client_id: str) -> list[Win]:
        with self.ctx.db.transaction() as repos:
            return repos.wins.all(client_id)

    def edit(self, client_id: str, number: int, text: str | None = None,
             happened_on: date | None = None) -> tuple[Win, ScreenedNote]:
        with self.ctx.db.transaction() as repos:
            client = load_client(repos, client_id)
            win = get_win(repos, client_id, number)
            updated = Win(**{**win.__dict__, "text": text or win.text,
                             "happened_on": happened_on or win.happened_on})
            repos.wins.save(updated)
            screened = screen_and_record(self.ctx, repos, client, [updated.text], "win", win.id)
            return updated, screened

    def delete(self, client_id: str, number: int) -> None:
        with self.ctx.db.transaction() as repos:
            repos.wins.delete(get_win(repos, client_id, number).id)


class SaboteurService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def add(self, client_id: str, name: str, says: str | None = None,
            shows_up: str | None = None, cost: str | None = None,
            answer: str | None = None) -> tuple[Saboteur, ScreenedNote]:
        with self.ctx.db.transaction() as repos:
            client = load_client(repos, client_id)
            sab = repos.saboteurs.add(Saboteur(client_id, name, says, shows_up, cost, answer))
            texts = [sab.says or "", sab.shows_up or "", sab.cost or "", sab.answer or ""]
            return sab, screen_and_record(self.ctx, repos, client, texts, "saboteur", sab.id)

    def all(self, client_id: str) -> list[Saboteur]:
        with self.ctx.db.transaction() as repos:
            return repos.saboteurs.all(client_id)

    def seen(self, client_id: str, number: int,
             note: str | None = None) -> tuple[Saboteur, ScreenedNote]:
        with self.ctx.db.transaction() as repos:
            client = load_client(repos, client_id)
            sab = get_saboteur(repos, client_id, number)
            sab.seen(self.ctx.now(), note)
            repos.saboteurs.save(sab)
            screened = screen_and_record(self.ctx, repos, client, [note or ""], "saboteur", sab.id)
            return sab, screened

    def edit(self, client_id: str, number: int, **changes: str | None
             ) -> tuple[Saboteur, ScreenedNote]:
        with self.ctx.db.transaction() as repos:
            client = load_client(repos, client_id)
            sab = get_saboteur(repos, client_id, number)
            fields = {k: v for k, v in changes.items() if v is not None}
            updated = Saboteur(**{**sab.__dict__, **fields})
            repos.saboteurs.save(updated)
            texts = [str(v) for k, v in fields.items() if k != "name"]
            screened = screen_and_record(self.ctx, repos, client, texts, "saboteur", sab.id)
            return updated, screened

    def delete(self, client_id: str, number: int) -> None:
        with self.ctx.db.transaction() as repos:
            repos.saboteurs.delete(get_saboteur(repos, client_id, number).id)


class SelfService:
    """Values, vision and the wheel of life."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def set_values(self, client_id: str, names: list[str]) -> list[Value]:
        cleaned = [n.strip() for n in names if n.strip()]
        if not cleaned:
            raise InvalidInput("give at least one value, most important first")
        lowered = [n.lower() for n in cleaned]
        if len(set(lowered)) != len(lowered):
            raise InvalidInput("each value can appear once in the ranking")
        values = [Value(client_id, n, rank) for rank, n in enumerate(cleaned, start=1)]
        with self.ctx.db.transaction() as repos:
            load_client(repos, client_id)
            repos.values.replace_values(client_id, values)
        return values

    def values(self, client_id: str) -> list[Value]:
        with self.ctx.db.transaction() as repos:
            return repos.values.values(client_id)

    def set_vision(self, client_id: str, text: str) -> tuple[Vision, ScreenedNote]:
        with self.ctx.db.transaction() as repos:
            client = load_client(repos, client_id)
            vision = Vision(client_id, text, self.ctx.now())
            repos.values.set_vision(vision)
            return vision, screen_and_record(self.ctx, repos, client, [text], "note")

    def vision(self, client_id: str) -> Vision | None:
        with self.ctx.db.transaction() as repos:
            return repos.values.vision(client_id)

    def areas(self, client_id: str) -> list[WheelArea]:
        with self.ctx.db.transaction() as repos:
            return repos.values.areas(client_id)

    def rename_area(self, client_id: str, old: str, new: str) -> WheelArea:
        with self.ctx.db.transaction() as repos:
            areas = repos.values.areas(client_id)
            match = [a for a in areas if a.name.lower() == old.strip().lower()]
            if not match:
                raise NotFound(f"no life area called {old!r}")
            if any(a.name.lower() == new.strip().lower() for a in areas):
                raise InvalidInput(f"there is already an area called {new!r}")
            renamed = WheelArea(client_id, new, match[0].position, id=match[0].id)
            repos.values.rename_area(renamed.id, renamed.name)
            return renamed

    def rate_wheel(
        self, client_id: str, scores: dict[str, tuple[int, int | None]]
    ) -> tuple[WheelSnapshot, dict[str, int | None]]:
        """scores: area name -> (satisfaction, ideal). Returns the change since last time."""
        with self.ctx.db.transaction() as repos:
            load_client(repos, client_id)
            areas = {a.name.lower(): a for a in repos.values.areas(client_id)}
            ratings = []
            for name, (sat, ideal) in scores.items():
                area = areas.get(name.strip().lower())
                if area is None:
                    raise NotFound(f"no life area called {name!r}")
                ratings.append(AreaRating(area.id, sat, ideal))
            previous = repos.values.snapshots(client_id)
            snap = WheelSnapshot(client_id, ratings, self.ctx.now())
            repos.values.add_snapshot(snap)
            return snap, wheel_changes(snap, previous[-1] if previous else None)

    def wheel_history(self, client_id: str) -> list[WheelSnapshot]:
        with self.ctx.db.transaction() as repos:
            return repos.values.snapshots(client_id)
