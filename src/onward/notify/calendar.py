"""An iCalendar feed of sessions, the check-in rhythm and action due dates.

Action due dates are all-day events (a due date has no hour); recurring actions and
the check-in rhythm carry an RRULE, so a calendar app shows what is coming without
Onward re-exporting. Check-ins are timed in the client's zone with a VTIMEZONE, so
they stay at the chosen hour across daylight-saving changes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from onward.domain.actions import Action
from onward.domain.cadence import DAY_NAMES, ReminderPrefs
from onward.domain.sessions import CoachingSession

PRODID = "-//Onward//Onward coaching//EN"
_BYDAY = [d[:2].upper() for d in DAY_NAMES]  # MO TU ...
_RRULES: dict[str, dict[str, Any]] = {
    "daily": {"FREQ": "DAILY"},
    "weekdays": {"FREQ": "WEEKLY", "BYDAY": _BYDAY[:5]},
    "weekly": {"FREQ": "WEEKLY"},
    "fortnightly": {"FREQ": "WEEKLY", "INTERVAL": 2},
    "monthly": {"FREQ": "MONTHLY"},
}


def build_calendar(
    *, client_name: str, tz: str, prefs: ReminderPrefs, sessions: Sequence[CoachingSession],
    actions: Sequence[Action], goal_titles: Mapping[str, str], today: date, stamp: datetime,
) -> bytes:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", f"Onward: {client_name}")
    cal.add("x-wr-timezone", tz)
    for s in sessions:
        event = _event(f"session-{s.id}", stamp, f"Coaching session {s.number}")
        event.add("dtstart", s.started_at)
        event.add("dtend", s.ended_at or s.started_at + timedelta(hours=1))
        if s.summary:
            event.add("description", s.summary)
        cal.add_component(event)
    for a in actions:
        if a.status != "open" or a.due is None:
            continue
        event = _event(f"action-{a.id}", stamp, f"Action {a.number}: {a.text}")
        event.add("dtstart", a.due)  # a date: an all-day event
        event.add("dtend", a.due + timedelta(days=1))
        if a.recurrence:
            event.add("rrule", _RRULES[a.recurrence])
        goal = goal_titles.get(a.goal_id or "")
        event.add("description", ("For goal: " + goal + "\n" if goal else "")
                  + "Check in with: onward checkin")
        event.add("categories", ["onward", "action"])
        cal.add_component(event)
    cal.add_component(_checkin_rhythm(prefs, tz, today, stamp))
    cal.add_missing_timezones()
    return bytes(cal.to_ical())


def _event(uid: str, stamp: datetime, summary: str) -> Event:
    event = Event()
    event.add("uid", f"{uid}@onward.local")  # stable: a re-import updates, never duplicates
    event.add("dtstamp", stamp)
    event.add("summary", summary)
    return event


def _checkin_rhythm(prefs: ReminderPrefs, tz: str, today: date, stamp: datetime) -> Event:
    event = _event(f"checkin-{prefs.client_id}", stamp, "Onward check-in")
    first = today
    rule: dict[str, Any] = {"FREQ": "DAILY"}
    if prefs.cadence == "weekly" or prefs.digest == "weekly":
        first = today + timedelta(days=(prefs.weekly_day - today.weekday()) % 7)
        rule = {"FREQ": "WEEKLY", "BYDAY": _BYDAY[prefs.weekly_day]}
    start = datetime.combine(first, prefs.send_at, tzinfo=ZoneInfo(tz))
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=10))
    if prefs.cadence == "due_dates" and rule["FREQ"] == "DAILY":
        event.add("description", "On days an action falls due: onward checkin")
    else:
        event.add("description", "Done, partly or not, and a win: onward checkin")
    event.add("rrule", rule)
    event.add("categories", ["onward", "checkin"])
    return event
