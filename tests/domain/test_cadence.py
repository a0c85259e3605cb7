from datetime import UTC, date, datetime, time

import pytest

from onward.domain.cadence import (
    ReminderPrefs,
    behind,
    feedback_falling,
    gas_stalled,
    in_digest,
    in_quiet_hours,
    local_instant,
    missed_checkins,
    next_allowed,
    nudges_left,
    parse_clock,
    parse_day,
    parse_quiet_hours,
    period_key,
    review_dates,
    unanswered_occurrences,
    validate_cadence,
    week_key,
)
from onward.domain.errors import InvalidInput

MON = date(2026, 11, 23)  # a Monday


def test_quiet_hours_wrap_past_midnight_and_can_be_off() -> None:
    start, end = time(21), time(8)
    assert in_quiet_hours(time(22, 30), start, end)
    assert in_quiet_hours(time(7, 59), start, end)
    assert not in_quiet_hours(time(8, 0), start, end)
    assert not in_quiet_hours(time(20, 59), start, end)
    assert in_quiet_hours(time(13), time(12), time(14))
    assert not in_quiet_hours(time(3), *parse_quiet_hours("off"))


def test_a_send_time_inside_quiet_hours_is_refused() -> None:
    with pytest.raises(InvalidInput, match="quiet hours"):
        ReminderPrefs("c", send_at=time(22))


def test_bad_settings_are_refused_with_a_clear_message() -> None:
    with pytest.raises(InvalidInput, match="cadence"):
        validate_cadence("hourly")
    with pytest.raises(InvalidInput, match="09:00"):
        parse_clock("25:00")
    with pytest.raises(InvalidInput, match="21:00-08:00"):
        parse_quiet_hours("21:00")
    with pytest.raises(InvalidInput, match="day"):
        parse_day("someday")
    with pytest.raises(InvalidInput, match="budget"):
        ReminderPrefs("c", nudge_budget=-1)
    assert validate_cadence("due dates") == "due_dates"
    assert parse_day("Friday") == 4


def test_local_nine_oclock_is_a_different_utc_hour_either_side_of_dst() -> None:
    # Europe/London leaves summer time on 2026-10-25.
    assert local_instant(date(2026, 10, 24), time(9), "Europe/London").hour == 8
    assert local_instant(date(2026, 10, 26), time(9), "Europe/London").hour == 9
    # New York leaves daylight time a week later, on 2026-11-01.
    assert local_instant(date(2026, 10, 31), time(9), "America/New_York").hour == 13
    assert local_instant(date(2026, 11, 2), time(9), "America/New_York").hour == 14


def test_a_time_in_the_spring_forward_gap_moves_forward() -> None:
    # 01:30 does not exist in London on 2027-03-28: it is sent at 02:30 BST (01:30 UTC).
    at = local_instant(date(2027, 3, 28), time(1, 30), "Europe/London")
    assert at == datetime(2027, 3, 28, 1, 30, tzinfo=UTC)


def test_next_allowed_moves_out_of_quiet_hours_across_midnight() -> None:
    tz = "Europe/London"
    late = datetime(2026, 11, 23, 22, 0, tzinfo=UTC)
    assert next_allowed(late, tz, time(21), time(8)) == datetime(2026, 11, 24, 8, tzinfo=UTC)
    early = datetime(2026, 11, 24, 6, 0, tzinfo=UTC)
    assert next_allowed(early, tz, time(21), time(8)) == datetime(2026, 11, 24, 8, tzinfo=UTC)
    noon = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    assert next_allowed(noon, tz, time(21), time(8)) == noon


def test_nudge_budget_is_per_monday_to_sunday_week() -> None:
    sent = [date(2026, 11, 20), date(2026, 11, 22), MON]  # Fri, Sun, then Monday
    assert nudges_left(sent, MON, 3) == 2  # last week's do not count
    assert nudges_left(sent + [date(2026, 11, 24), date(2026, 11, 25)], MON, 3) == 0
    assert nudges_left([], MON, 0) == 0


def test_period_keys_follow_the_digest() -> None:
    assert period_key(MON, "daily") == "2026-11-23"
    assert period_key(MON, "weekly") == week_key(MON) == "2026-W48"
    assert week_key(date(2027, 1, 1)) == "2026-W53"


def test_which_actions_go_in_todays_digest() -> None:
    p = ReminderPrefs("c", weekly_day=0)
    tue = date(2026, 11, 24)
    assert in_digest("daily", date(2026, 11, 20), tue, p)  # overdue: every day
    assert in_digest("due_dates", tue, tue, p)
    assert not in_digest("due_dates", date(2026, 11, 20), tue, p)  # overdue: weekly only
    assert in_digest("due_dates", date(2026, 11, 20), MON, p)
    assert not in_digest("weekly", tue, tue, p)
    assert in_digest("weekly", date(2026, 11, 29), MON, p)  # due this coming week
    assert not in_digest("weekly", date(2026, 11, 30), MON, p)
    weekly_digest = ReminderPrefs("c", digest="weekly")
    assert not in_digest("daily", tue, tue, weekly_digest)
    assert in_digest("daily", tue, MON, weekly_digest)


def test_behind_the_trajectory_needs_more_than_half_a_level() -> None:
    assert not behind(-1, -0.8)
    assert behind(-1, -0.4)
    assert not behind(None, 0.0)
    assert not behind(-2, None)


def test_gas_stall_needs_three_weeks_in_a_row() -> None:
    assert not gas_stalled([True, True])
    assert not gas_stalled([True, False, True])
    assert gas_stalled([False, True, True, True])
    assert review_dates(date(2026, 11, 25), 0) == [
        date(2026, 11, 9), date(2026, 11, 16), date(2026, 11, 23)
    ]


def test_feedback_falling() -> None:
    assert feedback_falling([8.0, 7.0, 6.5])
    assert not feedback_falling([8.0, 7.8, 7.6])  # less than a point in all
    assert not feedback_falling([6.0, 7.0, 6.5])
    assert feedback_falling([9.0, 5.5])  # a fall of 3+ at once
    assert not feedback_falling([7.0])


def test_unanswered_occurrences_of_recurring_and_one_off_actions() -> None:
    assert unanswered_occurrences(date(2026, 11, 20), "daily", MON) == [
        date(2026, 11, 20), date(2026, 11, 21), date(2026, 11, 22)
    ]
    assert unanswered_occurrences(date(2026, 11, 20), None, MON) == [date(2026, 11, 20)]
    assert unanswered_occurrences(MON, "daily", MON) == []


def test_missed_checkins_by_cadence() -> None:
    dates = [date(2026, 11, 16), date(2026, 11, 19)]
    assert missed_checkins("due_dates", dates, None, MON, 0) == 2
    assert missed_checkins("daily", dates, None, MON, 0) == 7
    assert missed_checkins("weekly", dates, None, MON, 0) == 1  # asked Monday 16th
    assert missed_checkins("due_dates", dates, date(2026, 11, 17), MON, 0) == 1
    assert missed_checkins("daily", [], None, MON, 0) == 0
