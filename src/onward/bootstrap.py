"""The one place that wires settings to services. Nothing here runs at import time."""

from __future__ import annotations

from dataclasses import dataclass

from onward.bootstrap_guard import build_guard
from onward.config import Settings
from onward.domain.ports import Clock, SystemClock
from onward.notify.mail import Mailer, SmtpMailer
from onward.services.accountability import AccountabilityService
from onward.services.boundary import BoundaryService
from onward.services.checkins import CheckInService
from onward.services.context import Screener, ServiceContext
from onward.services.deliveries import DeliveryService
from onward.services.goals import ActionService, GoalService
from onward.services.history import HistoryService
from onward.services.portability import PortabilityService
from onward.services.profiles import ProfileService
from onward.services.progress import ProgressService
from onward.services.reflections import SaboteurService, SelfService, WinService
from onward.services.review import ReviewService
from onward.store.db import current_revision, head_revision, make_engine, upgrade
from onward.store.unit_of_work import Database


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
    boundary: BoundaryService
    accountability: AccountabilityService
    review: ReviewService
    history: HistoryService
    deliveries: DeliveryService

    def migrate(self) -> None:
        upgrade(self.ctx.db.engine)

    def schema_is_current(self) -> bool:
        return current_revision(self.ctx.db.engine) == head_revision()


def build_mailer(settings: Settings) -> Mailer | None:
    """SMTP when smtp_host is set; otherwise no email (the terminal is the channel)."""
    if not settings.smtp_host:
        return None
    return SmtpMailer(settings.smtp_host, settings.smtp_port, settings.smtp_tls,
                      settings.smtp_username, settings.smtp_password)


def build_services(
    settings: Settings, *, clock: Clock | None = None, guard: Screener | None = None,
    mailer: Mailer | None = None,
) -> Services:
    engine = make_engine(settings.database_url)
    ctx = ServiceContext(
        db=Database(engine),
        clock=clock or SystemClock(),
        guard_factory=(lambda: guard) if guard is not None else build_guard,
    )
    mailer = mailer or build_mailer(settings)
    review = ReviewService(ctx, mail_enabled=mailer is not None)
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
        boundary=BoundaryService(ctx),
        accountability=AccountabilityService(ctx),
        review=review,
        history=HistoryService(ctx),
        deliveries=DeliveryService(ctx, review, mailer, settings.smtp_from or "onward@localhost"),
    )
