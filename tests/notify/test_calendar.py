from datetime import UTC, date, datetime, time, timedelta

from icalendar import Calendar

from onward.domain.actions import Action
from onward.domain.cadence import ReminderPrefs
from onward.domain.sessions import CoachingSession
from onward.notify.calendar import build_calendar

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def make() -> Calendar:
    run = Action("c1", "Run 5k", goal_id="g1", due=date(2026, 11, 25), recurrence="weekdays")
    call = Action("c1", "Call Alex", due=date(2026, 11, 24))
    done = Action("c1", "Old", due=date(2026, 11, 1), status="done")
    session = CoachingSession("c1", started_at=NOW - timedelta(days=2), summary="Talked pace")
    session.number = 1
    run.number, call.number = 1, 2
    data = build_calendar(
        client_name="Sam", tz="Europe/London",
        prefs=ReminderPrefs("c1", cadence="weekly", weekly_day=4, send_at=time(18, 30)),
        sessions=[session], actions=[run, call, done], goal_titles={"g1": "Run a 10k"},
        today=date(2026, 11, 23), stamp=NOW,
    )
    return Calendar.from_ical(data)  # parses back: the feed is valid iCalendar


def test_the_feed_parses_back_with_every_kind_of_event() -> None:
    cal = make()
    assert str(cal["version"]) == "2.0" and "Onward" in str(cal["prodid"])
    events = {str(e["summary"]): e for e in cal.walk("VEVENT")}
    assert set(events) == {"Coaching session 1", "Action 1: Run 5k", "Action 2: Call Alex",
                           "Onward check-in"}
    assert len({str(e["uid"]) for e in events.values()}) == 4


def test_actions_are_all_day_with_their_recurrence() -> None:
    events = {str(e["summary"]): e for e in make().walk("VEVENT")}
    run = events["Action 1: Run 5k"]
    assert run.decoded("dtstart") == date(2026, 11, 25)
    assert run["rrule"]["FREQ"] == ["WEEKLY"] and run["rrule"]["BYDAY"] == ["MO", "TU", "WE",
                                                                            "TH", "FR"]
    assert "Run a 10k" in str(run["description"])
    assert "rrule" not in events["Action 2: Call Alex"]


def test_the_checkin_rhythm_keeps_local_time_with_a_vtimezone() -> None:
    cal = make()
    checkin = next(e for e in cal.walk("VEVENT") if str(e["summary"]) == "Onward check-in")
    start = checkin.decoded("dtstart")
    assert (start.date(), start.hour, start.minute) == (date(2026, 11, 27), 18, 30)  # Friday
    assert str(start.tzinfo) in ("Europe/London", "GMT")
    assert checkin["rrule"]["FREQ"] == ["WEEKLY"] and checkin["rrule"]["BYDAY"] == ["FR"]
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/London"]


def test_sessions_are_timed_in_utc() -> None:
    session = next(e for e in make().walk("VEVENT") if "session" in str(e["summary"]))
    assert session.decoded("dtstart") == NOW - timedelta(days=2)
    assert session.decoded("dtend") == NOW - timedelta(days=2) + timedelta(hours=1)
