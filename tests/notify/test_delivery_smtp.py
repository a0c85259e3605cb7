"""The whole path to a real local SMTP server: down first, then up; nothing is lost."""

from datetime import date, timedelta
from pathlib import Path

from aiosmtpd.controller import Controller

from onward.bootstrap import build_services
from onward.config import load_settings
from onward.domain.ports import FixedClock
from onward.guard.fake import FakeScreener
from onward.services.profiles import NewProfile
from tests.notify.conftest import Inbox, free_port


def test_digest_waits_for_a_down_server_and_arrives_when_it_is_back(
    database_url: str, tmp_path: Path, clock: FixedClock
) -> None:
    port = free_port()
    env = {"ONWARD_DATABASE_URL": database_url, "ONWARD_SMTP_HOST": "127.0.0.1",
           "ONWARD_SMTP_PORT": str(port), "ONWARD_SMTP_TLS": "none",
           "ONWARD_SMTP_FROM": "coach@onward.test"}
    s = build_services(load_settings(env=env, home=tmp_path), clock=clock, guard=FakeScreener())
    try:
        s.migrate()
        c, _ = s.profiles.create(NewProfile("Sam", "GB", "Europe/London", email="sam@ex.org"))
        s.accountability.configure(c.id, cadence="daily", weekly_day="sun")
        s.actions.add(c.id, "Run 5k", due=date(2026, 11, 23))
        s.actions.add(c.id, "Call Alex", due=date(2026, 11, 20))
        down = s.deliveries.run_once()
        assert down.failed == 1 and f"127.0.0.1:{port}" in down.errors[0]
        inbox = Inbox()
        server = Controller(inbox, hostname="127.0.0.1", port=port)
        server.start()
        try:
            clock.advance(minutes=5)
            assert s.deliveries.run_once().sent == 1
        finally:
            server.stop()
        [(envelope, msg)] = inbox.messages
        assert envelope.mail_from == "coach@onward.test"
        body = msg.get_payload(decode=True).decode().replace("\r\n", "\n")  # type: ignore[union-attr]
        assert "Overdue:\n  2. Call Alex (due 2026-11-20, 3 days ago)" in body
        assert "Due today:\n  1. Run 5k (due Mon 23 Nov)" in body
        assert msg["Subject"] == "Onward: 2 actions to check in on"
        assert "onward checkin" in body
        [d] = s.deliveries.queue(c.id)
        assert (d.status, d.attempts) == ("sent", 2)
        assert d.sent_at == clock.now() and d.created_at == clock.now() - timedelta(minutes=5)
    finally:
        s.ctx.db.engine.dispose()
