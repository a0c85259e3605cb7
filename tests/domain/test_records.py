from datetime import UTC, datetime

import pytest

from onward.domain.agreements import AGREEMENT_VERSION, Acceptance, require_current_acceptance
from onward.domain.clients import Client
from onward.domain.errors import AgreementRequired, InvalidInput
from onward.domain.sessions import SessionFeedback
from onward.domain.wheel import AreaRating, WheelSnapshot, wheel_changes

AT = datetime(2026, 11, 23, tzinfo=UTC)


def test_client_validates_country_timezone_email_and_sharing() -> None:
    client = Client("Sam", "gb", "Europe/London", email=" sam@example.org ",
                    shares_with_coach=("wins", "goals"))
    assert client.country == "GB"
    assert client.shares_with_coach == ("goals", "wins")
    with pytest.raises(InvalidInput, match="two-letter"):
        Client("Sam", "Britain", "Europe/London")
    with pytest.raises(InvalidInput, match="time zone"):
        Client("Sam", "GB", "Mars/Olympus")
    with pytest.raises(InvalidInput, match="email"):
        Client("Sam", "GB", "UTC", email="not-an-email")
    with pytest.raises(InvalidInput, match="share"):
        Client("Sam", "GB", "UTC", shares_with_coach=("referrals",))


def test_session_needs_the_current_agreement() -> None:
    with pytest.raises(AgreementRequired):
        require_current_acceptance([Acceptance("c", "2020-01-01", AT)])
    assert require_current_acceptance([Acceptance("c", AGREEMENT_VERSION, AT)])


def test_wheel_changes_since_last_snapshot() -> None:
    first = WheelSnapshot("c", [AreaRating("health", 4), AreaRating("career", 7)], AT)
    second = WheelSnapshot("c", [AreaRating("health", 6), AreaRating("money", 3)], AT)
    assert wheel_changes(second, first) == {"health": 2, "money": None}
    with pytest.raises(InvalidInput):
        AreaRating("health", 11)
    with pytest.raises(InvalidInput, match="once"):
        WheelSnapshot("c", [AreaRating("a", 1), AreaRating("a", 2)])


def test_feedback_items_are_ours_and_in_range() -> None:
    fb = SessionFeedback("s", {"heard": 8, "overall": 6})
    assert fb.mean == 7
    with pytest.raises(InvalidInput):
        SessionFeedback("s", {"heard": 11})
    with pytest.raises(InvalidInput, match="unknown"):
        SessionFeedback("s", {"srs": 5})
