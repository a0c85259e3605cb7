import json
import os
import sqlite3
import stat
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from onward.bootstrap import Services
from onward.domain.errors import AlreadyExists, InvalidInput
from onward.services.checkins import CheckInAnswer
from onward.services.goals import GoalDraft
from onward.services.markdown import render_markdown
from tests.services.test_profiles_and_goals import new_client

texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40
).filter(lambda s: s.strip() != "")


def fill(services: Services, cid: str) -> None:
    services.profiles.accept_agreement(cid)
    services.self_.set_values(cid, ["health", "family"])
    services.self_.set_vision(cid, "Strong and present")
    services.self_.rate_wheel(cid, {"health": (5, 9)})
    services.goals.add(cid, GoalDraft("Run", gas_levels={0: "3 runs a week"}, baseline=-1))
    services.goals.score(cid, 1, 0)
    services.actions.add(cid, "Run 5k", date(2026, 11, 23), None, 1)
    services.checkins.record(cid, [CheckInAnswer(1, "partly", "rain")], "ok")
    sab, _ = services.saboteurs.add(cid, "Judge", says="not fast enough")
    services.saboteurs.seen(cid, sab.number, "at the track")
    services.wins.add(cid, "Ran in the rain", None, 1, sab.number)
    services.checkins.record(cid, [], "I want to end it all")  # a referral record
    services.accountability.configure(cid, cadence="weekly", budget=2)
    services.review.weekly(cid)


def test_export_import_round_trip_is_exact(services: Services, tmp_path: Path) -> None:
    cid = new_client(services)
    fill(services, cid)
    exported = services.portability.export_json(cid)
    services.portability.forget(cid)
    services.portability.import_json(exported)
    assert services.portability.export_json(cid) == exported
    with pytest.raises(AlreadyExists):
        services.portability.import_json(exported)
    doc = json.loads(exported)
    assert doc["client"]["referrals"][0]["level"] == "crisis"
    assert doc["client"]["accountability"]["reminder_prefs"][0]["cadence"] == "weekly"
    assert doc["client"]["accountability"]["weekly_reviews"]
    assert "Ran in the rain" in render_markdown(services.portability.collect(cid))


def test_empty_store_exports_an_empty_document(services: Services) -> None:
    doc = json.loads(services.portability.export_json(None))
    assert doc == {"format": "onward-export", "version": 1, "client": None}
    assert services.portability.import_json(json.dumps(doc)) is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "invalid JSON"),
        ("[]", "format marker"),
        ('{"format": "onward-export", "version": 9, "client": null}', "version"),
        ('{"format": "onward-export", "version": 1, "client": {"handle": "x"}}', "client"),
    ],
)
def test_corrupt_imports_are_refused_and_change_nothing(
    services: Services, text: str, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        services.portability.import_json(text)
    assert json.loads(services.portability.export_json(None))["client"] is None


def test_import_of_a_damaged_record_writes_nothing(services: Services) -> None:
    cid = new_client(services)
    fill(services, cid)
    doc = json.loads(services.portability.export_json(cid))
    services.portability.forget(cid)
    doc["client"]["wins"][0]["happened_on"] = "2026-13-40"
    with pytest.raises(InvalidInput, match="happened_on"):
        services.portability.import_json(json.dumps(doc))
    with pytest.raises(Exception, match="no profile"):
        services.profiles.resolve(None)


def test_forget_deletes_everything_including_referrals(services: Services) -> None:
    cid = new_client(services)
    fill(services, cid)
    other = new_client(services, "Kim")
    services.portability.forget(cid)
    engine = services.ctx.db.engine
    from sqlalchemy import text

    from onward.store.tables import metadata

    with engine.connect() as conn:
        for table in metadata.sorted_tables:
            if "client_id" in table.c:
                left = conn.execute(
                    text(f'SELECT count(*) FROM "{table.name}" WHERE client_id = :c'), {"c": cid}
                ).scalar_one()
                assert left == 0, table.name
        for table in ("gas_scores", "action_events", "saboteur_sightings", "checkin_items"):
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == 0
    assert services.profiles.get(other).name == "Kim"


def test_backup_is_consistent_and_private(services: Services, tmp_path: Path) -> None:
    path = services.settings.sqlite_path
    if path is None:
        with pytest.raises(InvalidInput, match="pg_dump"):
            services.portability.backup(None, tmp_path / "b.db")
        return
    new_client(services)
    target = services.portability.backup(path, tmp_path / "backups" / "b.db")
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    with sqlite3.connect(target) as conn:
        assert conn.execute("select name from clients").fetchall() == [("Sam Lee",)]


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    goal_titles=st.lists(texts, min_size=0, max_size=3),
    win_texts=st.lists(texts, min_size=0, max_size=3),
    values=st.lists(texts, min_size=1, max_size=4, unique_by=lambda s: s.strip().lower()),
    level=st.integers(-2, 2),
)
def test_round_trip_property(
    services: Services, goal_titles: list[str], win_texts: list[str], values: list[str],
    level: int,
) -> None:
    for existing in services.profiles.handles():
        services.portability.forget(services.profiles.resolve(existing).id)
    cid = new_client(services)
    services.self_.set_values(cid, [v.replace(",", " ") for v in values])
    for title in goal_titles:
        goal = services.goals.add(cid, GoalDraft(title[:200]))
        services.goals.score(cid, goal.number, level)
    for text in win_texts:
        services.wins.add(cid, text)
    exported = services.portability.export_json(cid)
    services.portability.forget(cid)
    services.portability.import_json(exported)
    assert services.portability.export_json(cid) == exported
