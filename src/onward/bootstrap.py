"""The one place that wires settings to services. Nothing here runs at import time."""

from __future__ import annotations

from dataclasses import dataclass

from onward.config import Settings
from onward.domain.ports import Clock, SystemClock
from onward.services.checkins import CheckInService
from onward.services.context import Screener, ServiceContext
from onward.services.goals import ActionService, GoalService
from onward.services.portability import PortabilityService
from onward.services.profiles import ProfileService
from onward.services.progress import ProgressService
from onward.services.reflections import SaboteurService, SelfService, WinService
from onward.store.db import current_revision, head_revision, make_engine, upgrade
from onward.store.unit_of_work import Database


def build_guard(use_model: bool = True) -> Screener:
    """The guard with its learned layer; if the model cannot load, patterns still run."""
    from onward.guard.screen import Guard

    if not use_model:
        return Guard(model=None)
    from onward.guard.model import default_risk_model

    return Guard(model=default_risk_model())


@dataclass
class Services:
    settings: Settings
    ctx: ServiceContext
    profiles: ProfileService
    goals: GoalService
    actions: ActionService
    checkins: CheckInService
    wins: WinService
    saboteurs: SaboteurService
    self_: SelfService
    progress: ProgressService
    portability: PortabilityService

    def migrate(self) -> None:
        upgrade(self.ctx.db.engine)

    def schema_is_current(self) -> bool:
        return current_revision(self.ctx.db.engine) == head_revision()


def build_services(
    settings: Settings, *, clock: Clock | None = None, guard: Screener | None = None
) -> Services:
    engine = make_engine(settings.database_url)
    ctx = ServiceContext(
        db=Database(engine),
        clock=clock or SystemClock(),
        guard_factory=(lambda: guard) if guard is not None else build_guard,
    )
    return Services(
        settings=settings,
        ctx=ctx,
        profiles=ProfileService(ctx),
        goals=GoalService(ctx),
        actions=ActionService(ctx),
        checkins=CheckInService(ctx),
        wins=WinService(ctx),
        saboteurs=SaboteurService(ctx),
        self_=SelfService(ctx),
        progress=ProgressService(ctx),
        portability=PortabilityService(ctx),
    )
