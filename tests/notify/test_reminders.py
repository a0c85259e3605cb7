from datetime import UTC, date, datetime

from onward.domain.actions import Action
from onward.domain.cadence import ReminderPrefs
from onward.notify.reminders import plan_digest

TUE_9 = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def action(n: int, due: date, goal: str | None = None) -> Action:
    a = Action("c1", f"Task {n}", goal_id=goal, due=due)
    a.number = n
    return a


def plan(prefs: ReminderPrefs, actions: list[Action], now: datetime = TUE_9,
         planned: list[date] | None = None) -> object:
    return plan_digest("Sam", "Europe/London", prefs, actions, {"g": "Run"}, now, planned or [])


def test_one_digest_for_several_items_with_the_goal_named() -> None:
    p = plan(ReminderPrefs("c1", cadence="daily"),
             [action(1, date(2026, 11, 24), "g"), action(2, date(2026, 11, 22))])
    assert p is not None
    assert p.period_key == "2026-11-24"  # type: ignore[attr-defined]
    assert "1. Task 1 [Run]" in p.body and "2. Task 2" in p.body  # type: ignore[attr-defined]


def test_nothing_before_send_time_or_when_nothing_is_due_or_email_is_off() -> None:
    due = [action(1, date(2026, 11, 24))]
    assert plan(ReminderPrefs("c1"), due, now=datetime(2026, 11, 24, 8, 59, tzinfo=UTC)) is None
    assert plan(ReminderPrefs("c1"), [action(1, date(2026, 11, 30))]) is None
    assert plan(ReminderPrefs("c1", email=False), due) is None


def test_the_budget_stops_the_fourth_nudge_of_the_week() -> None:
    due = [action(1, date(2026, 11, 24))]
    used = [date(2026, 11, 23), date(2026, 11, 23), date(2026, 11, 23)]
    assert plan(ReminderPrefs("c1", nudge_budget=3), due, planned=used) is None
    assert plan(ReminderPrefs("c1", nudge_budget=4), due, planned=used) is not None


def test_per_goal_cadence_overrides_the_overall_one() -> None:
    overdue = [action(1, date(2026, 11, 20), "g")]
    assert plan(ReminderPrefs("c1", cadence="due_dates"), overdue) is None
    assert plan(ReminderPrefs("c1", cadence="due_dates", goal_cadences={"g": "daily"}),
                overdue) is not None


def test_weekly_digest_looks_a_week_ahead_on_the_weekly_day() -> None:
    prefs = ReminderPrefs("c1", digest="weekly", weekly_day=1)  # Tuesday
    p = plan(prefs, [action(1, date(2026, 11, 27)), action(2, date(2026, 12, 5))])
    assert p is not None and p.period_key == "2026-W48"  # type: ignore[attr-defined]
    assert "week ahead (1 action)" in p.subject  # type: ignore[attr-defined]
