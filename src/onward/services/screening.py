"""The boundary in the services: every client text is screened, and a refer or crisis
verdict is acted on and recorded in the same transaction as the text itself.

Crisis state (where the crisis flow stands) is a client flag, so it outlives the
command or session that started it: the next session or check-in first asks how the
person is and whether they reached help.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from onward.domain.clients import Client
from onward.domain.referrals import Referral
from onward.guard.crisis_flow import (
    CrisisState,
    CrisisStep,
    continue_crisis,
    paused_checkin_prompt,
    start_crisis,
)
from onward.guard.refer_flow import refer_reply
from onward.guard.resources import format_resources, resources_for
from onward.guard.verdict import Level, Verdict
from onward.services.context import ServiceContext
from onward.store.unit_of_work import Repos

PAUSE_FLAG = "paused_after_crisis"
CRISIS_FLAG = "crisis_flow"


@dataclass(frozen=True)
class ScreenedNote:
    verdict: Verdict
    reply: str = ""  # what to say to the client now (empty when coachable)
    resources: tuple[str, ...] = ()
    crisis_open: bool = False  # the crisis flow is waiting for the client's answer

    @property
    def needs_attention(self) -> bool:
        return not self.verdict.is_coachable


def local_now(ctx: ServiceContext, client: Client) -> datetime:
    return ctx.now().astimezone(ZoneInfo(client.timezone))


def crisis_lines(client: Client, now: datetime) -> list[str]:
    local = now.astimezone(ZoneInfo(client.timezone))
    return format_resources(resources_for(client.country, local))


def _evidence(verdict: Verdict) -> list[dict[str, object]]:
    return [
        {"category": e.category, "words": e.words, "turn": e.turn, "source": e.source}
        for e in verdict.evidence
    ]


def open_crisis(
    ctx: ServiceContext, repos: Repos, client: Client, verdict: Verdict, text: str,
    source: str, source_id: str | None,
) -> CrisisStep:
    """Stop coaching, answer with care and resources, record it, flag the human coach."""
    now = ctx.now()
    step = start_crisis(verdict, text, client.country, local_now(ctx, client))
    referral = repos.referrals.add(
        Referral(
            client_id=client.id, level="crisis", categories=verdict.categories,
            evidence=_evidence(verdict), resources_shown=list(step.resources_shown),
            source=source, source_id=source_id, outcome=step.outcome, created_at=now,
        )
    )
    repos.clients.set_flag(
        client.id, CRISIS_FLAG, {"state": step.state.to_dict(), "referral_id": referral.id}, now
    )
    repos.clients.set_flag(client.id, PAUSE_FLAG, {"since": now.isoformat()}, now)
    if client.coach_email or client.coach_name:
        _alert_human_coach(repos, client, referral, now)
    return step


def _alert_human_coach(repos: Repos, client: Client, referral: Referral, now: datetime) -> None:
    """The agreement says a human coach may be told that a safety concern came up; never
    what was said. Sent by the reminder worker when mail is set up, else kept on record."""
    from onward.store.repo_accountability import Delivery

    local = now.astimezone(ZoneInfo(client.timezone))
    body = (
        f"A safety concern came up for {client.name} in Onward on {local:%A %d %B at %H:%M}. "
        "Onward paused coaching and showed them crisis and emergency contacts for their "
        "country. Nothing of what they wrote is included here. Please reach out to them as "
        "you agreed, and if you believe they are in immediate danger, contact emergency "
        "services."
    )
    repos.accountability.enqueue(Delivery(
        client.id, "coach_alert", f"crisis-{referral.number}",
        f"Onward: a safety concern for {client.name}", body,
        recipient=client.coach_email, channel="email" if client.coach_email else "record",
        status="pending" if client.coach_email else "recorded",
    ), now)


def crisis_state(repos: Repos, client_id: str) -> tuple[CrisisState, str] | None:
    flag = repos.clients.flags(client_id).get(CRISIS_FLAG)
    if not flag:
        return None
    return CrisisState.from_dict(flag["state"]), str(flag["referral_id"])


def continue_open_crisis(
    ctx: ServiceContext, repos: Repos, client: Client, text: str, verdict: Verdict | None,
) -> CrisisStep | None:
    """The client's next words while a crisis flow is open; None when none is open."""
    current = crisis_state(repos, client.id)
    if current is None:
        return None
    state, referral_id = current
    step = continue_crisis(state, text, verdict, local_now(ctx, client))
    save_crisis_step(ctx, repos, client, step, referral_id)
    return step


def save_crisis_step(
    ctx: ServiceContext, repos: Repos, client: Client, step: CrisisStep, referral_id: str
) -> None:
    now = ctx.now()
    if step.outcome:
        repos.referrals.set_outcome(referral_id, step.outcome)
    if step.coaching_may_resume:
        repos.clients.clear_flag(client.id, CRISIS_FLAG)
        repos.clients.clear_flag(client.id, PAUSE_FLAG)
        return
    repos.clients.set_flag(
        client.id, CRISIS_FLAG, {"state": step.state.to_dict(), "referral_id": referral_id}, now
    )


def pause_prompt(ctx: ServiceContext, repos: Repos, client: Client) -> CrisisStep | None:
    """After a crisis, the next session or check-in opens by asking how they are."""
    current = crisis_state(repos, client.id)
    if current is None:
        if PAUSE_FLAG in repos.clients.flags(client.id):
            repos.clients.clear_flag(client.id, PAUSE_FLAG)
        return None
    state, referral_id = current
    step = paused_checkin_prompt(state, local_now(ctx, client))
    save_crisis_step(ctx, repos, client, step, referral_id)
    return step


def record_refer(
    ctx: ServiceContext, repos: Repos, client: Client, verdict: Verdict, source: str,
    source_id: str | None,
) -> str:
    step = refer_reply(verdict, client.country)
    repos.referrals.add(
        Referral(
            client_id=client.id, level="refer", categories=verdict.categories,
            evidence=_evidence(verdict), resources_shown=list(step.referral.resources_shown),
            source=source, source_id=source_id, created_at=ctx.now(),
        )
    )
    return step.reply


def screen_and_record(
    ctx: ServiceContext,
    repos: Repos,
    client: Client,
    texts: Sequence[str],
    source: str,
    source_id: str | None = None,
) -> ScreenedNote:
    """Screen the client's words; act on and record anything beyond coaching."""
    text = "\n".join(t for t in texts if t and t.strip())
    if not text:
        return ScreenedNote(Verdict(Level.COACHABLE))
    verdict = ctx.guard.screen(text, (), client.country)
    if verdict.level is Level.COACHABLE:
        return ScreenedNote(verdict)
    if verdict.level is Level.CRISIS:
        step = open_crisis(ctx, repos, client, verdict, text, source, source_id)
        return ScreenedNote(verdict, step.reply, step.resources_shown,
                            crisis_open=not step.coaching_may_resume)
    reply = record_refer(ctx, repos, client, verdict, source, source_id)
    return ScreenedNote(verdict, reply, tuple(crisis_lines(client, ctx.now())))
