"""The one place that wires settings to services. Nothing here runs at import time."""

from __future__ import annotations

from dataclasses import dataclass

from onward.bootstrap_guard import build_embedder, build_guard
from onward.coaching.policy import Policy
from onward.config import Settings, SettingsError
from onward.domain.ports import Clock, SystemClock
from onward.embedding.port import Embedder
from onward.notify.mail import Mailer, SmtpMailer
from onward.services.accountability import AccountabilityService
from onward.services.boundary import BoundaryService
from onward.services.checkins import CheckInService
from onward.services.context import Screener, ServiceContext
from onward.services.deliveries import DeliveryService
from onward.services.goals import ActionService, GoalService
from onward.services.history import HistoryService
from onward.services.memory import MemoryService
from onward.services.portability import PortabilityService
from onward.services.profiles import ProfileService
from onward.services.progress import ProgressService
from onward.services.reflections import SaboteurService, SelfService, WinService
from onward.services.review import ReviewService
from onward.services.sessions import SessionService
from onward.store.db import current_revision, head_revision, make_engine, upgrade
from onward.store.unit_of_work import Database
from onward.voices.builtin import BuiltinVoice
from onward.voices.port import Voice


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
    sessions: SessionService
    memory: MemoryService
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


class _Shared:
    """The stock embedder for the saboteur recogniser, built on first use (the guard has
    its own fine-tuned encoder)."""

    def __init__(self) -> None:
        self._embedder: Embedder | None = None

    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = build_embedder()
        return self._embedder


def build_voice_for(settings: Settings, seed: int = 0) -> Voice:
    from onward.guard.reply_check import check_reply
    from onward.voices.llm.client import LLMError
    from onward.voices.registry import build_voice

    try:
        return build_voice(
            settings.voice, reply_checker=check_reply, seed=seed,
            base_url=settings.llm_base_url or None, model=settings.llm_model or None,
            api_key=settings.llm_api_key or None, timeout_s=settings.llm_timeout_s,
        )
    except (LLMError, ValueError) as exc:
        # A voice that cannot be set up is a settings problem the person can fix.
        raise SettingsError(str(exc)) from exc


def build_services(
    settings: Settings, *, clock: Clock | None = None, guard: Screener | None = None,
    mailer: Mailer | None = None, voice: Voice | None = None,
    saboteur_embedder: Embedder | None = None,
) -> Services:
    engine = make_engine(settings.database_url)
    shared = _Shared()
    ctx = ServiceContext(
        db=Database(engine),
        clock=clock or SystemClock(),
        guard_factory=(lambda: guard) if guard is not None
        else build_guard,
    )

    def policy() -> Policy:
        from onward.coaching.saboteurs import SaboteurDetector

        return Policy(SaboteurDetector(saboteur_embedder or shared.embedder()))

    sessions = SessionService(
        ctx,
        voice_factory=(lambda: voice) if voice is not None
        else (lambda: build_voice_for(settings)),
        fallback_factory=lambda: BuiltinVoice(0),
        policy_factory=policy,
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
        sessions=sessions,
        memory=MemoryService(ctx),
    )
