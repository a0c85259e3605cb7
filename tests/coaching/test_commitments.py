from __future__ import annotations

from datetime import date

import pytest

from onward.coaching.commitments import (
    looks_like_commitment,
    parse_commitment,
    parse_due,
    parse_scale,
)

TODAY = date(2026, 11, 18)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "action", "due"),
    [
        ("I'll send the draft to Maya by Friday", "Send the draft to Maya", date(2026, 11, 20)),
        ("I'm going to call my mum tomorrow", "Call my mum", date(2026, 11, 19)),
        ("I will update my CV by the end of the month", "Update my CV", date(2026, 11, 30)),
        ("My plan is to apply for two jobs next week", "Apply for two jobs", date(2026, 11, 27)),
        ("I'll speak to HR by next week", "Speak to HR", date(2026, 11, 23)),
        ("I'll finish the report this week", "Finish the report", date(2026, 11, 20)),
        ("I'll book the dentist on the 3rd", "Book the dentist", date(2026, 12, 3)),
        ("I'll finish the report in two weeks", "Finish the report", date(2026, 12, 2)),
        ("I'll submit it by 15 December", "Submit it", date(2026, 12, 15)),
        ("I'll submit it by December 15th", "Submit it", date(2026, 12, 15)),
        ("I commit to booking the venue on Monday", "Booking the venue", date(2026, 11, 23)),
        ("I'll pay the invoice next Wednesday", "Pay the invoice", date(2026, 11, 25)),
        ("I'll tidy my desk today", "Tidy my desk", TODAY),
        ("I'll block Tuesday morning by Wednesday", "Block Tuesday morning", date(2026, 11, 25)),
        ("Okay, I'll definitely email Sam in 3 days", "Email Sam", date(2026, 11, 21)),
        ("I will ask for feedback by 2026-12-03", "Ask for feedback", date(2026, 12, 3)),
        ("Send the invoice by Friday", "Send the invoice", date(2026, 11, 20)),
        ("I'll write the plan", "Write the plan", None),
        ("I\u2019ll call Priya on Friday.", "Call Priya", date(2026, 11, 20)),
    ],
)
def test_action_and_due(text: str, action: str, due: date | None) -> None:
    parsed = parse_commitment(text, TODAY)
    assert parsed is not None
    assert (parsed.text, parsed.due) == (action, due)


@pytest.mark.parametrize(
    ("text", "action", "recurrence"),
    [
        ("I will go for a run every morning before work",
         "Go for a run every morning before work", "daily"),
        ("I commit to writing 500 words every day", "Writing 500 words", "daily"),
        ("I'll meditate daily", "Meditate", "daily"),
        ("I'll meditate on weekdays", "Meditate", "weekdays"),
        ("I'll go to the gym every Monday", "Go to the gym", "weekly on monday"),
        ("I'll swim every Monday and Thursday", "Swim", "weekly on monday and thursday"),
        ("I'll review my budget every week", "Review my budget", "weekly"),
        ("I'll call my gran once a month", "Call my gran", "monthly"),
        ("I'll run three times a week", "Run", "3 times a week"),
        ("I'll hike every weekend", "Hike", "weekends"),
        ("I'll do yoga on Tuesdays", "Do yoga", "weekly on tuesday"),
    ],
)  # fmt: skip
def test_recurrence(text: str, action: str, recurrence: str) -> None:
    parsed = parse_commitment(text, TODAY)
    assert parsed is not None
    assert (parsed.text, parsed.recurrence, parsed.due) == (action, recurrence, None)


@pytest.mark.parametrize("text", ["I'll email Sam by 2026-13-40", "I'll email Sam by 2026-02-30"])
def test_impossible_dates_give_no_due(text: str) -> None:
    parsed = parse_commitment(text, TODAY)
    assert parsed is not None and parsed.due is None and parsed.text == "Email Sam"


@pytest.mark.parametrize("text", ["", "   ", "What should I do?", "I'll never be a leader"])
def test_no_commitment(text: str) -> None:
    assert parse_commitment(text, TODAY) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'll send the draft", True),
        ("I will call her", True),
        ("I'm going to start on Monday", True),
        ("I commit to running twice a week", True),
        ("My plan is to ask for a raise", True),
        ("OK so I'll definitely book it", True),
        ("I'll never be a leader", False),
        ("I'll be honest", False),
        ("I want to get fit", False),
        ("The meeting is on Friday", False),
        ("I'll see", False),
        ("", False),
    ],
)
def test_looks_like_commitment(text: str, expected: bool) -> None:
    assert looks_like_commitment(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("next friday", date(2026, 11, 20)),
        ("friday", date(2026, 11, 20)),
        ("this wednesday", TODAY),
        ("wednesday", date(2026, 11, 25)),
        ("2026-12-03", date(2026, 12, 3)),
        ("in 3 days", date(2026, 11, 21)),
        ("in a week", date(2026, 11, 25)),
        ("tomorrow", date(2026, 11, 19)),
        ("15 dec", date(2026, 12, 15)),
        ("end of the month", date(2026, 11, 30)),
        ("next month", date(2026, 12, 31)),
        ("by next month", date(2026, 12, 1)),
        ("2026-13-40", None),
        ("31/31", None),
        ("garbage", None),
        ("", None),
    ],
)
def test_parse_due(text: str, expected: date | None) -> None:
    assert parse_due(text, TODAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8", 8), ("eight", 8), ("about a 7", 7), ("7/10", 7), ("7 out of 10", 7), ("0", 0),
        ("ten", 10), ("10/10", 10), ("a solid nine", 9), ("6 or 7", 6), ("3/5", 6),
        ("Probably a 5, honestly", 5), ("11", None), ("-1", None), ("not sure", None),
        ("", None), ("12 out of 10", None),
    ],
)  # fmt: skip
def test_parse_scale(text: str, expected: int | None) -> None:
    assert parse_scale(text) == expected


def test_a_day_that_is_part_of_the_action_stays_in_its_words() -> None:
    from datetime import date as _date

    from onward.coaching.commitments import parse_commitment

    today = _date(2026, 11, 23)
    kept = parse_commitment("I'll block Tuesday morning for the report", today)
    assert kept is not None and kept.text == "Block Tuesday morning for the report"
    assert kept.due == _date(2026, 11, 24)
    apart = parse_commitment("I'll send it on Friday to Sam", today)
    assert apart is not None and apart.text == "Send it to Sam"


def test_an_action_is_read_back_without_its_marker_or_date_words() -> None:
    from onward.coaching.commitments import commitment_words

    said = "I'll write for twenty-five minutes on the participants section tomorrow at 9am"
    assert commitment_words(said).startswith("Write for twenty-five minutes")
    assert "tomorrow" not in commitment_words(said)
    assert commitment_words("  ") == ""
