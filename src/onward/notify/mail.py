"""Email: a Mailer port with one method, the SMTP mailer, and a fake for tests."""

from __future__ import annotations

import smtplib
import ssl
import threading
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Protocol


class MailError(RuntimeError):
    """The message was not accepted; the text says why (kept with the delivery)."""


class Mailer(Protocol):
    def send(self, message: EmailMessage) -> None: ...


def compose(
    *, sender: str, to: str, subject: str, body: str, key: str, at: datetime
) -> EmailMessage:
    """A plain-text message. The Message-ID comes from the delivery key, so a resend
    after a crash carries the same id and mail systems can drop the duplicate."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(at)
    msg["Message-ID"] = f"<{key}@onward.local>"
    msg["Auto-Submitted"] = "auto-generated"  # tells vacation responders not to answer
    msg.set_content(body)
    return msg


class SmtpMailer:
    """Sends over SMTP with STARTTLS, implicit TLS (ssl) or none (a local relay)."""

    def __init__(
        self, host: str, port: int, tls: str = "starttls", username: str = "",
        password: str = "", timeout: float = 20.0,
    ) -> None:
        self.host, self.port, self.tls = host, port, tls
        self.username, self.password, self.timeout = username, password, timeout

    def send(self, message: EmailMessage) -> None:
        try:
            with self._connect() as smtp:
                if self.username:
                    smtp.login(self.username, self.password)
                refused = smtp.send_message(message)
        except (OSError, smtplib.SMTPException) as exc:
            raise MailError(f"mail server {self.host}:{self.port}: {_reason(exc)}") from exc
        if refused:
            raise MailError(f"recipients refused: {', '.join(sorted(refused))}")

    def _connect(self) -> smtplib.SMTP:
        context = ssl.create_default_context()
        if self.tls == "ssl":
            return smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout, context=context)
        smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
        try:
            if self.tls == "starttls":
                smtp.starttls(context=context)
        except BaseException:
            smtp.close()
            raise
        return smtp


def _reason(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        text = exc.smtp_error.decode(errors="replace") if isinstance(exc.smtp_error, bytes) \
            else str(exc.smtp_error)
        return f"{exc.smtp_code} {text}"
    return str(exc) or type(exc).__name__


class FakeMailer:
    """Keeps what it was given; can be told to fail the next N sends."""

    def __init__(self, fail_times: int = 0, delay: float = 0.0) -> None:
        self.sent: list[EmailMessage] = []
        self.fail_times = fail_times
        self.delay = delay  # widens race windows in concurrency tests
        self._lock = threading.Lock()

    def send(self, message: EmailMessage) -> None:
        with self._lock:
            if self.fail_times > 0:
                self.fail_times -= 1
                raise MailError("fake mail server is down")
        if self.delay:
            threading.Event().wait(self.delay)
        with self._lock:
            self.sent.append(message)
