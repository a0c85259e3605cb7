"""One pass of due work: weekly reviews, reminder digests, and sending the queue.

`run_once` is what `onward remind --once` (cron, a systemd timer) and each pass of
`onward worker` call. Any number of them may run at once against one database: a
message is planned into the deliveries table under a UNIQUE (client, kind, period)
key, and claimed for sending so that one worker sends it (see repo_accountability).
A message the mail server refuses, or that cannot reach it, stays on the queue
with its error and is tried again later with a growing pause: nothing is lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from onward.domain.cadence import next_allowed, week_start
from onward.notify.mail import Mailer, MailError, compose
from onward.notify.reminders import plan_digest, send_window_open
from onward.services.context import ServiceContext
from onward.services.review import ReviewService, render_review
from onward.store.repo_accountability import Delivery
from onward.store.unit_of_work import Repos

LEASE = timedelta(minutes=10)  # SQLite: a crashed sender's claim expires after this
FIRST_RETRY = timedelta(minutes=5)
MAX_RETRY = timedelta(hours=6)
MAX_ATTEMPTS = 10  # about two days of trying; then kept as failed for a person to see


@dataclass
class RunReport:
    reviews: int = 0
    planned: int = 0
    sent: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


def retry_delay(attempts: int) -> timedelta:
    """5, 10, 20, 40 minutes ... capped at six hours."""
    return min(FIRST_RETRY * 2 ** max(attempts - 1, 0), MAX_RETRY)


class DeliveryService:
    def __init__(self, ctx: ServiceContext, review: ReviewService, mailer: Mailer | None,
                 sender: str = "onward@localhost") -> None:
        self.ctx = ctx
        self.review = review
        self.mailer = mailer
        self.sender = sender

    @property
    def mail_enabled(self) -> bool:
        return self.mailer is not None

    def run_once(self) -> RunReport:
        report = RunReport()
        with self.ctx.db.transaction() as r:
            client_ids = r.accountability.client_ids()
        for client_id in client_ids:
            self._plan_for(client_id, report)
        self.send_pending(report)
        return report

    def _plan_for(self, client_id: str, report: RunReport) -> None:
        now = self.ctx.now()
        with self.ctx.db.transaction() as r:
            client = r.clients.get(client_id)
            if client is None:
                return
            prefs = r.accountability.prefs(client_id)
        today = now.astimezone(ZoneInfo(client.timezone)).date()
        weekly = today.weekday() == prefs.weekly_day
        if weekly and send_window_open(now, client.timezone, prefs):
            review = self.review.weekly(client_id, replace=False)
            if review is not None:
                report.reviews += 1
                if self.mail_enabled and prefs.email and client.email:
                    with self.ctx.db.transaction() as r:
                        report.planned += r.accountability.enqueue(Delivery(
                            client_id, "review", review.week,
                            f"Onward: your week ({review.week})", render_review(review),
                            recipient=client.email,
                        ), now)
        if not (self.mail_enabled and client.email):
            return  # the terminal (`onward due`) is the channel
        with self.ctx.db.transaction() as r:
            monday = datetime.combine(week_start(today), datetime.min.time(),
                                      tzinfo=ZoneInfo(client.timezone)).astimezone(UTC)
            planned = [ts.astimezone(ZoneInfo(client.timezone)).date()
                       for ts in r.accountability.planned_since(client_id, "digest", monday)]
            titles = {g.id: g.title for g in r.goals.all(client_id)}
            plan = plan_digest(client.name, client.timezone, prefs,
                               r.actions.all(client_id, "open"), titles, now, planned)
            if plan is not None:
                report.planned += r.accountability.enqueue(Delivery(
                    client_id, plan.kind, plan.period_key, plan.subject, plan.body,
                    recipient=client.email,
                ), now)

    def send_pending(self, report: RunReport | None = None) -> RunReport:
        report = report or RunReport()
        if self.mailer is None:
            return report
        postgres = self.ctx.db.engine.dialect.name == "postgresql"
        while True:
            sent = self._send_one_locked(report) if postgres else self._send_one_leased(report)
            if not sent:
                return report

    def _send_one_locked(self, report: RunReport) -> bool:
        """PostgreSQL: the row stays locked (FOR UPDATE SKIP LOCKED) while the mail goes
        out and is marked sent in the same transaction."""
        now = self.ctx.now()
        with self.ctx.db.transaction() as r:
            d = r.accountability.lock_next(now)
            if d is None:
                return False
            error = self._send(d, now)
            if error is None:
                r.accountability.mark_sent(d.id, now)
            else:
                r.accountability.mark_failed(d.id, error, self._retry_at(r, d, now))
        self._count(report, d, error)
        return True

    def _send_one_leased(self, report: RunReport) -> bool:
        """SQLite: claim with a short write (a lease), send, then record the outcome."""
        now = self.ctx.now()
        with self.ctx.db.transaction() as r:
            d = r.accountability.lease_next(now, LEASE)
        if d is None:
            return False
        error = self._send(d, now)
        with self.ctx.db.transaction() as r:
            if error is None:
                r.accountability.mark_sent(d.id, now)
            else:
                r.accountability.mark_failed(d.id, error, self._retry_at(r, d, now))
        self._count(report, d, error)
        return True

    def _send(self, d: Delivery, now: datetime) -> str | None:
        assert self.mailer is not None
        if not d.recipient:
            return "no address to send to"
        message = compose(sender=self.sender, to=d.recipient, subject=d.subject, body=d.body,
                          key=f"{d.kind}.{d.period_key}.{d.client_id}", at=now)
        try:
            self.mailer.send(message)
        except MailError as exc:
            return str(exc)
        return None

    @staticmethod
    def _retry_at(r: Repos, d: Delivery, now: datetime) -> datetime | None:
        """A growing pause, kept out of the client's quiet hours; None: give up."""
        attempts = d.attempts + 1
        if attempts >= MAX_ATTEMPTS:
            return None
        retry = now + retry_delay(attempts)
        client = r.clients.get(d.client_id)
        prefs = r.accountability.prefs(d.client_id)
        if client is None:
            return retry
        return next_allowed(retry, client.timezone, prefs.quiet_start, prefs.quiet_end)

    @staticmethod
    def _count(report: RunReport, d: Delivery, error: str | None) -> None:
        if error is None:
            report.sent += 1
        else:
            report.failed += 1
            report.errors.append(f"{d.kind} {d.period_key} to {d.recipient}: {error}")

    def queue(self, client_id: str | None = None) -> list[Delivery]:
        with self.ctx.db.transaction() as r:
            return r.accountability.deliveries(client_id)
