"""Every piece of text a client writes outside a session goes through the guard here.

A refer or crisis verdict is recorded as a referral, with its evidence and the
resources shown, in the same transaction as the text itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from onward.domain.clients import Client
from onward.domain.referrals import Referral
from onward.guard.resources import format_resources, resources_for
from onward.guard.verdict import Level, Verdict
from onward.services.context import ServiceContext
from onward.store.unit_of_work import Repos

PAUSE_FLAG = "paused_after_crisis"


@dataclass(frozen=True)
class ScreenedNote:
    verdict: Verdict
    resources: list[str]  # lines to show the client now (empty when coachable)

    @property
    def needs_attention(self) -> bool:
        return not self.verdict.is_coachable


def crisis_lines(client: Client, now: datetime) -> list[str]:
    local = now.astimezone(ZoneInfo(client.timezone))
    return format_resources(resources_for(client.country, local))


def screen_and_record(
    ctx: ServiceContext,
    repos: Repos,
    client: Client,
    texts: list[str],
    source: str,
    source_id: str | None = None,
) -> ScreenedNote:
    """Screen the client's words; record a referral when they need more than coaching."""
    text = "\n".join(t for t in texts if t and t.strip())
    verdict = ctx.guard.screen(text, (), client.country)
    if verdict.level is Level.COACHABLE:
        return ScreenedNote(verdict, [])
    now = ctx.now()
    lines = crisis_lines(client, now)
    repos.referrals.add(
        Referral(
            client_id=client.id,
            level=verdict.level.value,
            categories=verdict.categories,
            evidence=[
                {"category": e.category, "words": e.words, "turn": e.turn, "source": e.source}
                for e in verdict.evidence
            ],
            resources_shown=lines,
            source=source,
            source_id=source_id,
            created_at=now,
        )
    )
    if verdict.level is Level.CRISIS:
        # Goal work pauses until the client chooses to go on (crisis flow).
        repos.clients.set_flag(client.id, PAUSE_FLAG, {"since": now.isoformat()}, now)
    return ScreenedNote(verdict, lines)
