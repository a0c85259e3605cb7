from datetime import UTC, date, datetime

import pytest

from onward.domain.actions import Action, CheckInItem, next_occurrence
from onward.domain.errors import InvalidInput, InvalidTransition

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)


def test_one_off_action_done_closes_it_and_keeps_history() -> None:
    action = Action("c", "Send the draft to Maya", due=date(2026, 11, 27))
    action.record_outcome("done", NOW, date(2026, 11, 27))
    assert action.status == "done"
    assert [e.what for e in action.history] == ["created", "done"]
    with pytest.raises(InvalidTransition):
        action.record_outcome("done", NOW, date(2026, 11, 28))


def test_partly_or_not_keeps_a_one_off_action_open() -> None:
    action = Action("c", "Write 500 words", due=date(2026, 11, 24))
    action.record_outcome("partly", NOW, date(2026, 11, 24))
    assert action.status == "open"


def test_recurring_action_rolls_to_the_next_occurrence() -> None:
    action = Action("c", "Stretch", due=date(2026, 11, 23), recurrence="daily")
    action.record_outcome("done", NOW, date(2026, 11, 25))
    assert action.status == "open"
    assert action.due == date(2026, 11, 26)


@pytest.mark.parametrize(
    ("due", "rule", "after", "expected"),
    [
        (date(2026, 11, 27), "weekdays", date(2026, 11, 27), date(2026, 11, 30)),
        (date(2026, 11, 23), "weekly", date(2026, 11, 23), date(2026, 11, 30)),
        (date(2026, 11, 23), "fortnightly", date(2026, 11, 23), date(2026, 12, 7)),
        (date(2027, 1, 31), "monthly", date(2027, 1, 31), date(2027, 2, 28)),
        (date(2026, 12, 15), "monthly", date(2026, 12, 15), date(2027, 1, 15)),
    ],
)
def test_next_occurrence(due: date, rule: str, after: date, expected: date) -> None:
    assert next_occurrence(due, rule, after) == expected


def test_bad_action_input() -> None:
    with pytest.raises(InvalidInput, match="action cannot be empty"):
        Action("c", " ")
    with pytest.raises(InvalidInput, match="recurrence"):
        Action("c", "Run", due=date(2026, 1, 1), recurrence="hourly")
    with pytest.raises(InvalidInput, match="first due date"):
        Action("c", "Run", recurrence="daily")
    with pytest.raises(InvalidInput):
        CheckInItem("a", "maybe")
