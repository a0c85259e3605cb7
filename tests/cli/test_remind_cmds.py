"""The accountability commands at the terminal (Typer CliRunner, a fresh ONWARD_HOME)."""

from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.cli.conftest import Invoke
from tests.notify.conftest import Inbox, free_port


@pytest.fixture(autouse=True)
def wide(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # rich wraps at 80 columns otherwise


def test_cadence_shows_and_changes_the_settings(profile: Invoke) -> None:
    out = profile("cadence").output
    assert "due dates" in out and "at most 3 a week" in out and "21:00-08:00" in out
    out = profile("cadence", "weekly", "--budget", "2", "--quiet", "22:00-07:00",
                  "--send-at", "07:30", "--day", "fri").output
    assert "Saved." in out and "weekly" in out and "07:30" in out and "on fri" in out
    bad = profile("cadence", "--send-at", "23:00")
    assert bad.exit_code == 1 and "quiet hours" in bad.output and "Traceback" not in bad.output
    assert profile("cadence", "hourly").exit_code == 1


def test_due_and_checkin_with_overdue_and_a_win(profile: Invoke) -> None:
    past = (date.today() - timedelta(days=3)).isoformat()
    assert profile("action", "add", "Call Alex", "--due", past).exit_code == 0
    out = profile("due").output
    assert "Overdue" in out and "Call Alex" in out and "3 days ago" in out
    out = profile("checkin", "--answer", "1=done", "--win", "Finally called Alex").output
    assert "1 of 1 done. Win logged." in out
    assert "Finally called Alex" in profile("win", "list").output
    assert "Nothing due" in profile("due").output


def test_calendar_export_is_valid_icalendar(profile: Invoke, tmp_path: Path) -> None:
    profile("action", "add", "Run 5k", "--due", "2030-01-07", "--every", "weekly")
    target = tmp_path / "onward.ics"
    assert profile("calendar", "--output", str(target)).exit_code == 0
    cal = Calendar.from_ical(target.read_bytes())
    summaries = {str(e["summary"]) for e in cal.walk("VEVENT")}
    assert summaries == {"Action 1: Run 5k", "Onward check-in"}


def test_review_and_progress_chart(profile: Invoke, tmp_path: Path) -> None:
    profile("goal", "add", "Run a 10k", "--baseline", "-1")
    profile("goal", "score", "1", "0")
    out = profile("review").output
    assert "Your week" in out and "1. Run a 10k: level +0" in out
    for suffix in ("png", "svg"):
        chart = tmp_path / f"progress.{suffix}"
        result = profile("progress", "--chart", str(chart))
        assert result.exit_code == 0, result.output
        assert chart.stat().st_size > 1000
    assert b'id="gas-goal-1"' in (tmp_path / "progress.svg").read_bytes()
    bad = profile("progress", "--chart", str(tmp_path / "p.gif"))
    assert bad.exit_code == 1 and ".svg or .png" in bad.output


def test_remind_once_mails_through_smtp_and_worker_runs_a_pass(
    profile: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aiosmtpd.controller import Controller

    assert "needs --once" not in profile("remind").output
    assert profile("remind").exit_code == 1
    out = profile("remind", "--once").output
    assert "Email is not set up" in out
    port = free_port()
    for key, value in (("SMTP_HOST", "127.0.0.1"), ("SMTP_PORT", str(port)),
                       ("SMTP_TLS", "none"), ("SMTP_FROM", "onward@test")):
        monkeypatch.setenv(f"ONWARD_{key}", value)
    profile("profile", "--email", "sam@ex.org")
    profile("cadence", "daily", "--send-at", "00:00", "--quiet", "off")
    profile("action", "add", "Stretch", "--due", date.today().isoformat())
    down = profile("remind", "--once")
    assert "failed 1" in down.output and "not sent" in down.output
    inbox = Inbox()
    server = Controller(inbox, hostname="127.0.0.1", port=port)
    server.start()
    try:
        # the retry waits 5 minutes; the digest is still on the queue, nothing lost
        assert "sent 0" in profile("remind", "--once").output
        assert profile("worker", "--interval", "0", "--passes", "1").exit_code == 0
    finally:
        server.stop()
