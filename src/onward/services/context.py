"""What every service needs: the database, a clock, and the guard for client text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol
from zoneinfo import ZoneInfo

from onward.domain.clients import Client
from onward.domain.errors import NotFound
from onward.domain.ports import Clock
from onward.guard.verdict import Verdict
from onward.store.unit_of_work import Database, Repos


class Screener(Protocol):
    def screen(
        self, text: str, history: tuple[str, ...] | list[str] = (), country: str | None = None
    ) -> Verdict: ...


@dataclass
class ServiceContext:
    db: Database
    clock: Clock
    guard_factory: Callable[[], Screener]
    _guard: Screener | None = None

    @property
    def guard(self) -> Screener:
        # Built on first use: the learned model costs a little to load and most
        # commands (list, export) never screen anything.
        if self._guard is None:
            self._guard = self.guard_factory()
        return self._guard

    def now(self) -> datetime:
        return self.clock.now()

    def today_for(self, client: Client) -> date:
        return self.clock.now().astimezone(ZoneInfo(client.timezone)).date()


def load_client(repos: Repos, client_id: str) -> Client:
    client = repos.clients.get(client_id)
    if client is None:
        raise NotFound("no such client profile; run `onward init` first")
    return client
