"""One transaction per use case: everything in it lands, or nothing does."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import OperationalError

from onward.store.db import StoreUnavailable, _explain
from onward.store.repo_accountability import AccountabilityRepo
from onward.store.repo_clients import ClientRepo
from onward.store.repo_goals import ActionRepo, GoalRepo
from onward.store.repo_raw import RawRepo
from onward.store.repo_self import SaboteurRepo, ValuesRepo, WinRepo
from onward.store.repo_sessions import ReferralRepo, SessionRepo


class Repos:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.clients = ClientRepo(conn)
        self.goals = GoalRepo(conn)
        self.actions = ActionRepo(conn)
        self.wins = WinRepo(conn)
        self.saboteurs = SaboteurRepo(conn)
        self.values = ValuesRepo(conn)
        self.sessions = SessionRepo(conn)
        self.referrals = ReferralRepo(conn)
        self.raw = RawRepo(conn)
        self.accountability = AccountabilityRepo(conn)


class Database:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @contextmanager
    def transaction(self) -> Iterator[Repos]:
        try:
            with self.engine.begin() as conn:
                yield Repos(conn)
        except OperationalError as exc:
            raise StoreUnavailable(_explain(exc)) from exc
