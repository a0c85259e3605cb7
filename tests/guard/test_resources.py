"""Crisis resources: every entry sourced and fresh, Italy's hours, names, fallback."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from onward.guard.resources import (
    all_countries,
    emergency_sentence,
    format_resources,
    normalise_country,
    resources_for,
)

TABLE = {"US", "CA", "GB", "IE", "AU", "NZ", "DE", "FR", "ES", "IT", "NL", "IN"}
EMERGENCY = {
    "US": ("911",),
    "CA": ("911",),
    "GB": ("999", "112"),
    "IE": ("112", "999"),
    "AU": ("000",),
    "NZ": ("111",),
    "DE": ("112",),
    "FR": ("112", "15"),
    "ES": ("112",),
    "IT": ("112",),
    "NL": ("112",),
    "IN": ("112",),
}


def test_every_country_in_the_checked_table_has_an_entry() -> None:
    assert set(all_countries()) == TABLE


@pytest.mark.parametrize("code", sorted(TABLE))
def test_entry_is_sourced_and_verified_within_twelve_months(code: str) -> None:
    # Fails on purpose once an entry ages: re-check it against the live page.
    res = all_countries()[code]
    assert res.source.strip()
    assert date.today() - res.last_verified <= timedelta(days=365), f"{code} needs re-checking"
    assert res.last_verified <= date.today()
    assert res.lines, f"{code} has no crisis line"
    for line in res.lines:
        assert line.source in ("stored copy of the service's page", "secondary")
        assert line.contacts and line.hours and line.cost
        for contact in line.contacts:
            assert contact.how in ("call", "text")
            assert contact.source in (None, "stored copy of the service's page", "secondary")


def test_fallback_is_sourced_and_fresh() -> None:
    res = resources_for(None)
    assert res.source and date.today() - res.last_verified <= timedelta(days=365)


@pytest.mark.parametrize("code,numbers", sorted(EMERGENCY.items()))
def test_emergency_numbers_match_the_table(code: str, numbers: tuple[str, ...]) -> None:
    assert resources_for(code).emergency == numbers


def test_secondary_sources_are_marked_as_the_table_says() -> None:
    countries = all_countries()
    us = {line.name: line.source for line in countries["US"].lines}
    assert us["Crisis Text Line"] == "secondary"
    nz = {line.name: line.source for line in countries["NZ"].lines}
    assert nz["Lifeline Aotearoa"] == "secondary"
    de = countries["DE"].lines[0]
    assert [c.source for c in de.contacts if c.number == "116 123"] == ["secondary"]


@pytest.mark.parametrize("hour", [0, 3, 9])
def test_italy_at_night_shows_the_emergency_number_first(hour: int) -> None:
    res = resources_for("IT", datetime(2026, 11, 20, hour, 30))
    lines = format_resources(res)
    assert res.emergency_first and res.closed_now == ("Telefono Amico Italia",)
    assert lines[0].startswith("Emergency services (Italy): call 112")
    assert "closed right now" in lines[0]
    assert any("10:00-24:00" in line for line in lines)


@pytest.mark.parametrize("hour", [10, 15, 23])
def test_italy_by_day_shows_the_line_first_and_its_hours(hour: int) -> None:
    res = resources_for("IT", datetime(2026, 11, 20, hour, 0))
    lines = format_resources(res)
    assert not res.emergency_first and not res.closed_now
    assert lines[0].startswith("Telefono Amico Italia: call 02 2327 2327")
    assert "10:00-24:00" in lines[0] and "not 24/7" in lines[0]
    assert "Normal call cost" in lines[0]


def test_italy_without_a_local_time_leads_with_the_emergency_number() -> None:
    assert format_resources(resources_for("IT"))[0].startswith("Emergency services (Italy)")


def test_a_24_7_country_lists_its_lines_before_the_emergency_number() -> None:
    lines = format_resources(resources_for("US", datetime(2026, 11, 20, 3, 0)))
    assert lines[0] == "988 Suicide & Crisis Lifeline: call or text 988. Free, 24/7."
    assert lines[1] == "Crisis Text Line: text HOME to 741741. Free, 24/7."
    assert "Emergency services (United States): call 911." in lines
    assert lines[-1].endswith("findahelpline.com")


def test_emergency_first_can_be_forced() -> None:
    lines = format_resources(resources_for("GB"), emergency_first=True)
    assert lines[0] == "Emergency services (United Kingdom): call 999 or 112."


def test_line_details_show_languages_and_grouped_numbers() -> None:
    ca = format_resources(resources_for("CA"))[0]
    assert "call or text 9-8-8" in ca and "English and French" in ca
    de = format_resources(resources_for("DE"))[0]
    assert "call 0800 111 0 111, 0800 111 0 222 or 116 123" in de
    ie = "\n".join(format_resources(resources_for("IE")))
    assert "text 50808" in ie and "separate from Samaritans" in ie


@pytest.mark.parametrize(
    "given,code",
    [
        ("United Kingdom", "GB"),
        ("uk", "GB"),
        ("gb", "GB"),
        ("England", "GB"),
        ("GBR", "GB"),
        ("USA", "US"),
        ("U.S.A.", "US"),
        ("united states of america", "US"),
        ("Deutschland", "DE"),
        ("  germany ", "DE"),
        ("The Netherlands", "NL"),
        ("Holland", "NL"),
        ("España", "ES"),
        ("Italia", "IT"),
        ("Éire", "IE"),
        ("new zealand", "NZ"),
        ("in", "IN"),
        ("Poland", "PL"),
    ],
)
def test_normalise_country_accepts_codes_names_and_aliases(given: str, code: str) -> None:
    assert normalise_country(given) == code


@pytest.mark.parametrize("given", [None, "", "   ", "Narnia", "Englnd", "United", "Brasill", "x"])
def test_normalise_country_never_guesses(given: str | None) -> None:
    assert normalise_country(given) is None


def test_unknown_country_gets_the_fallback_and_is_told_so() -> None:
    res = resources_for("Narnia")
    lines = format_resources(res)
    assert res.is_fallback and res.code is None and res.emergency == ()
    assert lines[0] == (
        'I don\'t have checked numbers for "Narnia", so here is help that works wherever you are.'
    )
    assert "Emergency services: call your local emergency number." in lines
    assert any("findahelpline.com" in line for line in lines)


def test_unset_country_gets_the_fallback_and_is_told_so() -> None:
    lines = format_resources(resources_for(None))
    assert "isn't set in your profile" in lines[0]
    assert emergency_sentence(resources_for(None)) == (
        "If you are in danger right now, call your local emergency number."
    )


def test_known_eu_country_without_an_entry_gets_112_and_findahelpline() -> None:
    res = resources_for("Poland")
    lines = format_resources(res)
    assert res.is_fallback and res.code == "PL" and res.emergency == ("112",)
    assert lines[0] == "I don't have checked crisis lines for Poland yet."
    assert "Emergency services (Poland): call 112." in lines
    assert any("116 123" in line for line in lines)
    assert lines[-1].endswith("findahelpline.com.")


def test_other_languages_fall_back_to_english_rather_than_failing() -> None:
    res = resources_for("FR")
    assert format_resources(res, lang="fr") == format_resources(res)


@pytest.mark.parametrize(("given", "code"), [("Brazil", "BR"), ("JP", "JP"), ("jpn", "JP")])
def test_every_iso_country_is_accepted_exactly(given: str, code: str) -> None:
    assert normalise_country(given) == code
    assert resources_for(code).is_fallback
