"""Reminders, the deliveries queue and the stall signal, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from onward.bootstrap import Services, build_services
from onward.config import load_settings
from onward.domain.errors import InvalidInput
from onward.domain.ports import FixedClock
from onward.domain.sessions import CoachingSession, SessionFeedback
from onward.guard.fake import FakeScreener
from onward.notify.mail import FakeMailer
from onward.services.deliveries import RunReport
from onward.services.goals import GoalDraft
from onward.services.profiles import NewProfile
from onward.services.review import REVIEW_FLAG

Build = Callable[..., Services]


@pytest.fixture
def build(database_url: str, tmp_path: Path, clock: FixedClock,
          screener: FakeScreener) -> Iterator[Build]:
    """Services with a FakeMailer; call it twice for two workers on one database."""
    made: list[Services] = []

    def make(mailer: FakeMailer | None = None, at: FixedClock | None = None) -> Services:
        settings = load_settings(env={"ONWARD_DATABASE_URL": database_url},
                                 home=tmp_path / "home")
        built = build_services(settings, clock=at or clock, guard=screener, mailer=mailer)
        if not made:
            built.migrate()
        made.append(built)
        return built

    yield make
    for s in made:
        s.ctx.db.engine.dispose()


def client(services: Services, name: str = "Sam", tz: str = "Europe/London",
           **extra: object) -> str:
    c, _ = services.profiles.create(NewProfile(name, "GB", tz, email=f"{name.lower()}@ex.org",
                                               **extra))  # type: ignore[arg-type]
    return c.id


def run_hourly(s: Services, clock: FixedClock, hours: int) -> list[RunReport]:
    reports = []
    for _ in range(hours):
        reports.append(s.deliveries.run_once())
        clock.advance(hours=1)
    return reports


def test_cadence_is_changeable_overall_and_per_goal(services: Services) -> None:
    cid = client(services)
    services.goals.add(cid, GoalDraft("Run"))
    prefs = services.accountability.configure(cid, cadence="weekly", budget=5,
                                              quiet="22:00-07:00", send_at="07:30",
                                              weekly_day="fri")
    assert (prefs.cadence, prefs.nudge_budget, prefs.weekly_day) == ("weekly", 5, 4)
    services.accountability.configure(cid, cadence="daily", goal_number=1)
    assert services.accountability.goal_cadences(cid) == {1: "daily"}
    assert services.accountability.prefs(cid).cadence == "weekly"
    services.accountability.configure(cid, cadence="overall", goal_number=1)
    assert services.accountability.goal_cadences(cid) == {}
    with pytest.raises(InvalidInput, match="quiet hours"):
        services.accountability.configure(cid, send_at="23:00")
    assert services.accountability.prefs(cid).send_at.hour == 7  # nothing half-saved


def test_due_lists_overdue_today_and_coming(services: Services) -> None:
    cid = client(services)
    today = date(2026, 11, 23)
    services.actions.add(cid, "Call Alex", due=today - timedelta(days=3))
    services.actions.add(cid, "Run", due=today, recurrence="daily")
    services.actions.add(cid, "Book race", due=today + timedelta(days=4))
    services.actions.add(cid, "Later", due=today + timedelta(days=30))
    d = services.accountability.due(cid)
    assert [i.text for i in d.overdue] == ["Call Alex"]
    assert [i.text for i in d.due_today] == ["Run"]
    assert [i.text for i in d.coming] == ["Book race"]


def test_a_week_of_hourly_passes_respects_budget_and_send_time(
    build: Build, clock: FixedClock
) -> None:
    mailer = FakeMailer()
    s = build(mailer)
    cid = client(s)
    s.accountability.configure(cid, cadence="daily", budget=3)
    s.actions.add(cid, "Stretch", due=date(2026, 11, 23), recurrence="daily")
    clock.at = datetime(2026, 11, 23, 0, 0, tzinfo=UTC)
    run_hourly(s, clock, 24 * 7)
    digests = [m for m in mailer.sent if "check in" in m["Subject"]]
    assert len(digests) == 3  # the budget, though the action is due every day
    assert {m["Date"][17:22] for m in digests} == {"09:00"}  # 09:00 London = 09:00 UTC now
    assert [m["To"] for m in digests] == ["sam@ex.org"] * 3
    # the next week the budget starts again
    run_hourly(s, clock, 24)
    assert len([m for m in mailer.sent if "check in" in m["Subject"]]) == 4


def test_nothing_is_sent_in_quiet_hours_and_a_missed_window_is_skipped(
    build: Build, clock: FixedClock
) -> None:
    mailer = FakeMailer()
    s = build(mailer)
    cid = client(s)
    s.accountability.configure(cid, cadence="daily", budget=7, quiet="21:00-08:00")
    s.actions.add(cid, "Stretch", due=date(2026, 11, 24), recurrence="daily")
    clock.at = datetime(2026, 11, 24, 22, 0, tzinfo=UTC)  # the worker starts late at night
    run_hourly(s, clock, 10)  # until 08:00
    assert mailer.sent == []
    run_hourly(s, clock, 2)
    assert len(mailer.sent) == 1 and mailer.sent[0]["Date"][17:22] == "09:00"


def test_local_send_time_holds_across_a_daylight_saving_change(
    build: Build, clock: FixedClock
) -> None:
    mailer = FakeMailer()
    s = build(mailer)
    cid = client(s, "Ny", tz="America/New_York")
    s.accountability.configure(cid, cadence="daily", budget=7)
    s.actions.add(cid, "Walk", due=date(2026, 10, 30), recurrence="daily")
    clock.at = datetime(2026, 10, 30, 0, 0, tzinfo=UTC)
    run_hourly(s, clock, 24 * 5)  # New York leaves daylight time on Sunday 1 November
    hours = {m["Date"][5:16]: m["Date"][17:19] for m in mailer.sent}
    assert hours == {"30 Oct 2026": "13", "31 Oct 2026": "13", "01 Nov 2026": "14",
                     "02 Nov 2026": "14", "03 Nov 2026": "14"}


def test_running_twice_sends_once(build: Build, clock: FixedClock) -> None:
    mailer = FakeMailer()
    s = build(mailer)
    cid = client(s)
    s.accountability.configure(cid, cadence="daily", weekly_day="sun")  # no review today
    s.actions.add(cid, "Stretch", due=date(2026, 11, 23))
    first, second = s.deliveries.run_once(), s.deliveries.run_once()
    assert (first.sent, second.sent, second.planned) == (1, 0, 0)
    assert len(mailer.sent) == 1


def test_two_workers_racing_send_each_message_exactly_once(
    build: Build, clock: FixedClock
) -> None:
    mailer = FakeMailer(delay=0.02)  # a slow mail server widens the race
    workers = [build(mailer), build(mailer), build(mailer)]
    for n in range(6):
        cid = client(workers[0], f"C{n}")
        workers[0].accountability.configure(cid, cadence="daily")
        workers[0].actions.add(cid, "Stretch", due=date(2026, 11, 23))
    barrier = threading.Barrier(len(workers))
    errors: list[BaseException] = []

    def work(s: Services) -> None:
        try:
            barrier.wait()
            for _ in range(3):
                s.deliveries.run_once()
        except BaseException as exc:  # noqa: BLE001 - reported by the assert below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(w,)) for w in workers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    keys = sorted(m["Message-ID"] for m in mailer.sent)
    assert len(keys) == 6 + 6  # a digest and a Monday weekly review for each client
    assert len(set(keys)) == len(keys)
    queue = workers[0].deliveries.queue()
    assert {d.status for d in queue} == {"sent"} and len(queue) == 12


def test_an_unreachable_mail_server_is_reported_and_retried_later(
    build: Build, clock: FixedClock
) -> None:
    mailer = FakeMailer(fail_times=2)
    s = build(mailer)
    cid = client(s)
    s.accountability.configure(cid, cadence="daily", digest="daily", weekly_day="sun")
    s.actions.add(cid, "Stretch", due=date(2026, 11, 23))
    report = s.deliveries.run_once()
    assert report.failed == 1 and "down" in report.errors[0]
    [d] = s.deliveries.queue(cid)
    assert (d.status, d.attempts) == ("failed", 1)
    assert d.next_attempt_at == clock.at + timedelta(minutes=5)
    assert s.deliveries.run_once().sent == 0  # not before its time
    clock.advance(minutes=5)
    assert s.deliveries.run_once().failed == 1  # down again: now wait 10 minutes
    clock.advance(minutes=10)
    assert s.deliveries.run_once().sent == 1
    [d] = s.deliveries.queue(cid)
    assert (d.status, d.attempts, d.last_error) == ("sent", 3, None)
    assert len(mailer.sent) == 1


def _age_goal(s: Services, goal_id: str, started: datetime) -> None:
    with s.ctx.db.transaction() as r:
        r.conn.execute(text("UPDATE goals SET created_at = :at WHERE id = :id"),
                       {"at": started, "id": goal_id})


def test_goal_behind_its_trajectory_three_weeks_running_raises_the_stall(
    build: Build, clock: FixedClock
) -> None:
    mailer = FakeMailer()
    s = build(mailer)
    cid = client(s, coach_name="Jo", coach_email="jo@coach.org",
                 shares_with_coach=("progress",))
    g = s.goals.add(cid, GoalDraft("Run a 10k", baseline=-2, target_date=date(2027, 1, 18)))
    _age_goal(s, g.id, datetime(2026, 10, 12, tzinfo=UTC))  # 6 of 14 weeks gone
    review = s.review.weekly(cid)
    assert review is not None and review.new_signal
    assert [x.reason for x in review.signals] == ["gas_behind"]
    assert "three weekly reviews in a row" in review.signals[0].message
    with s.ctx.db.transaction() as r:
        flags = r.clients.flags(cid)
    assert flags[REVIEW_FLAG]["reasons"] == ["gas_behind"]
    kinds = {d.kind: d for d in s.deliveries.queue(cid)}
    assert kinds["coach_alert"].recipient == "jo@coach.org"
    assert kinds["stall"].recipient == "sam@ex.org"
    s.deliveries.send_pending()
    subjects = {m["To"]: m["Subject"] for m in mailer.sent}
    assert subjects["jo@coach.org"] == "Onward: Sam may be stalling"
    assert "is coaching working" in subjects["sam@ex.org"]
    # a week on, still behind: the flag stands, nobody is nagged again
    clock.advance(weeks=1)
    again = s.review.weekly(cid)
    assert again is not None and again.signals and not again.new_signal
    assert len(s.deliveries.queue(cid)) == 2


def test_a_goal_on_pace_or_without_a_trajectory_does_not_stall(services: Services) -> None:
    cid = client(services)
    g = services.goals.add(cid, GoalDraft("Run", baseline=-2, target_date=date(2027, 1, 18)))
    _age_goal(services, g.id, datetime(2026, 10, 12, tzinfo=UTC))
    services.goals.add(cid, GoalDraft("No target", baseline=-2))
    services.goals.score(cid, 1, 0)
    review = services.review.weekly(cid)
    assert review is not None and review.signals == []
    assert [x.behind for x in review.goals] == [False, False]


def test_falling_feedback_raises_the_stall_without_telling_an_unconsented_coach(
    services: Services, clock: FixedClock
) -> None:
    cid = client(services, coach_email="jo@coach.org")
    with services.ctx.db.transaction() as r:
        for n, score in enumerate((8, 7, 5)):
            at = clock.now() - timedelta(days=21 - 7 * n)
            sess = r.sessions.add(CoachingSession(cid, started_at=at))
            r.sessions.set_feedback(SessionFeedback(sess.id, {"overall": score}, at))
    review = services.review.weekly(cid)
    assert review is not None and [x.reason for x in review.signals] == ["feedback_falling"]
    assert "not chosen to share progress" in review.coach_told
    [d] = services.deliveries.queue(cid)
    assert (d.kind, d.channel, d.status) == ("stall", "record", "recorded")  # no mail set up


def test_missed_checkins_raise_the_stall_and_a_checkin_clears_the_count(
    services: Services, clock: FixedClock
) -> None:
    cid = client(services)
    services.actions.add(cid, "Stretch", due=date(2026, 11, 19), recurrence="daily")
    review = services.review.weekly(cid)
    assert review is not None and review.missed_checkins == 4
    assert [x.reason for x in review.signals] == ["checkins_missed"]
    from onward.services.checkins import CheckInAnswer

    services.checkins.record(cid, [CheckInAnswer(1, "done")], win="Ran twice")
    review = services.review.weekly(cid)
    assert review is not None and review.missed_checkins == 0 and review.signals == []
    assert review.wins == ["Ran twice"] and review.done == 1


def test_the_worker_keeps_one_weekly_review_a_week(build: Build, clock: FixedClock) -> None:
    s = build(None)
    cid = client(s)
    assert s.deliveries.run_once().reviews == 1  # Monday 09:00, the weekly day
    assert s.deliveries.run_once().reviews == 0
    clock.advance(days=7)
    assert s.deliveries.run_once().reviews == 1
    with s.ctx.db.transaction() as r:
        assert [x["week"] for x in r.accountability.reviews(cid)] == ["2026-W48", "2026-W49"]
