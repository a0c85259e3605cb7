from datetime import UTC, datetime

import pytest

from onward.notify.mail import FakeMailer, MailError, SmtpMailer, compose
from tests.notify.conftest import Inbox, free_port

AT = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def message(to: str = "sam@ex.org") -> object:
    return compose(sender="onward@ex.org", to=to, subject="Onward: 1 action to check in on",
                   body="Hello Sam,\n\nDue today:\n  1. Run 5k\n", key="digest.2026-11-23.c1",
                   at=AT)


def test_a_real_smtp_server_receives_the_message(smtp_server: tuple[int, Inbox]) -> None:
    port, inbox = smtp_server
    SmtpMailer("127.0.0.1", port, tls="none").send(message())  # type: ignore[arg-type]
    [(envelope, got)] = inbox.messages
    assert envelope.mail_from == "onward@ex.org" and envelope.rcpt_tos == ["sam@ex.org"]
    assert got["Subject"] == "Onward: 1 action to check in on"
    assert got["Message-ID"] == "<digest.2026-11-23.c1@onward.local>"  # stable across resends
    assert got["Auto-Submitted"] == "auto-generated"
    assert "1. Run 5k" in got.get_payload(decode=True).decode()  # type: ignore[union-attr]


def test_login_is_used_when_a_username_is_set(smtp_server: tuple[int, Inbox]) -> None:
    port, inbox = smtp_server
    SmtpMailer("127.0.0.1", port, "none", "sam", "s3cret").send(message())  # type: ignore[arg-type]
    assert len(inbox.messages) == 1


def test_an_unreachable_server_is_a_mail_error_not_a_crash() -> None:
    port = free_port()  # nothing listens there
    with pytest.raises(MailError, match=f"127.0.0.1:{port}"):
        SmtpMailer("127.0.0.1", port, tls="none", timeout=2).send(message())  # type: ignore[arg-type]


def test_starttls_against_a_server_without_it_fails_cleanly(
    smtp_server: tuple[int, Inbox]
) -> None:
    port, inbox = smtp_server
    with pytest.raises(MailError, match="STARTTLS"):
        SmtpMailer("127.0.0.1", port, tls="starttls").send(message())  # type: ignore[arg-type]
    assert inbox.messages == []


def test_fake_mailer_fails_when_told_then_keeps_messages() -> None:
    fake = FakeMailer(fail_times=1)
    with pytest.raises(MailError):
        fake.send(message())  # type: ignore[arg-type]
    fake.send(message())  # type: ignore[arg-type]
    assert len(fake.sent) == 1
