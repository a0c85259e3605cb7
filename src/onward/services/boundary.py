"""Use cases at the boundary: the crisis conversation outside a session, help now,
the referral record and the intake fit check."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from onward.domain.errors import InvalidInput
from onward.domain.referrals import Referral
from onward.guard.crisis_flow import CrisisStep
from onward.guard.intake import IntakeResult, assess_intake
from onward.guard.selfchecks import SelfCheckResult, score_gad7, score_phq9
from onward.guard.verdict import Level, Verdict
from onward.services.context import ServiceContext, load_client
from onward.services.screening import (
    PAUSE_FLAG,
    continue_open_crisis,
    crisis_lines,
    crisis_state,
    open_crisis,
    pause_prompt,
    record_refer,
)


@dataclass(frozen=True)
class IntakeOutcome:
    result: IntakeResult
    reply: str  # what to say now (refer or crisis wording; empty when coaching fits)
    crisis_open: bool


class BoundaryService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def help_now(self, client_id: str) -> tuple[str, list[str]]:
        with self.ctx.db.transaction() as repos:
            client = load_client(repos, client_id)
        return client.country, crisis_lines(client, self.ctx.now())

    def referrals(self, client_id: str) -> list[Referral]:
        with self.ctx.db.transaction() as repos:
            return repos.referrals.all(client_id)

    def is_paused(self, client_id: str) -> bool:
        with self.ctx.db.transaction() as repos:
            return PAUSE_FLAG in repos.clients.flags(client_id)

    def crisis_open(self, client_id: str) -> bool:
        with self.ctx.db.transaction() as repos:
            return crisis_state(repos, client_id) is not None

    def answer_crisis(self, client_id: str, text: str) -> CrisisStep | None:
        """The client's answer while the crisis flow waits; screened like every message."""
        with self.ctx.db.transaction() as repos:
            client = load_client(repos, client_id)
            verdict = self.ctx.guard.screen(text, (), client.country)
            return continue_open_crisis(self.ctx, repos, client, text, verdict)

    def pause_prompt(self, client_id: str) -> CrisisStep | None:
        with self.ctx.db.transaction() as repos:
            return pause_prompt(self.ctx, repos, load_client(repos, client_id))

    def intake(self, client_id: str, answers: Mapping[str, object]) -> IntakeOutcome:
        """Is coaching the right support now? Free text is screened; the result recorded."""
        with self.ctx.db.transaction() as repos:
            client = load_client(repos, client_id)

            def screen(text: str) -> Verdict:
                return self.ctx.guard.screen(text, (), client.country)

            result = assess_intake(answers, screen)
            stored = {k: v for k, v in answers.items() if isinstance(v, str | int | float | list)}
            repos.clients.add_intake(client.id, result.outcome, stored, self.ctx.now())
            text = str(answers.get("what_brings_you", ""))
            worst = max(result.verdicts.values(), key=lambda v: v.level.rank, default=None)
            if result.next_flow == "crisis":
                verdict = worst if worst is not None and worst.level is Level.CRISIS else Verdict(
                    Level.CRISIS, ("suicide_self_harm",)
                )
                step = open_crisis(self.ctx, repos, client, verdict, text, "intake", None)
                return IntakeOutcome(result, step.reply, not step.coaching_may_resume)
            if result.next_flow == "refer":
                # No category is guessed when only the answers (not the words) say refer.
                verdict = worst if worst is not None and worst.level is Level.REFER else Verdict(
                    Level.REFER
                )
                return IntakeOutcome(
                    result, record_refer(self.ctx, repos, client, verdict, "intake", None), False
                )
            return IntakeOutcome(result, "", False)

    def selfcheck(self, client_id: str, instrument: str,
                  answers: list[int]) -> tuple[SelfCheckResult, str, bool]:
        """PHQ-9 or GAD-7 as 'is coaching the right support now', never a diagnosis.

        Returns the result, what to say, and whether the crisis flow is now open."""
        scorers = {"phq9": score_phq9, "gad7": score_gad7}
        if instrument not in scorers:
            raise InvalidInput("choose phq9 or gad7")
        try:
            result = scorers[instrument](answers)
        except ValueError as exc:
            raise InvalidInput(str(exc)) from exc
        with self.ctx.db.transaction() as repos:
            client = load_client(repos, client_id)
            repos.clients.add_intake(client.id, f"selfcheck_{instrument}",
                                     {"answers": answers, **result.as_dict()}, self.ctx.now())
            if result.starts_crisis:
                # A positive answer to the self-harm item starts the crisis flow at once.
                verdict = Verdict(Level.CRISIS, ("suicide_self_harm",))
                step = open_crisis(self.ctx, repos, client, verdict, "", "intake", None)
                return result, step.reply, not step.coaching_may_resume
            if result.suggests_professional:
                reply = record_refer(self.ctx, repos, client, Verdict(Level.REFER), "intake",
                                     None)
                return result, f"{result.message}\n\n{reply}", False
            return result, result.message, False
