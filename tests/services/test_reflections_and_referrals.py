from datetime import date

import pytest

from onward.bootstrap import Services
from onward.domain.errors import InvalidInput, NotFound
from onward.services.checkins import CheckInAnswer
from tests.services.test_profiles_and_goals import new_client


def referrals(services: Services, cid: str) -> list[tuple[str, str]]:
    return [(r.level, r.source) for r in services.portability.collect(cid).referrals]


def test_checkin_records_outcomes_and_screens_the_text(services: Services) -> None:
    cid = new_client(services)
    services.actions.add(cid, "Gym", date(2026, 11, 22))
    checkin, note = services.checkins.record(
        cid, [CheckInAnswer(1, "not", "work ran late")], "fine otherwise"
    )
    assert checkin.items[0].obstacle == "work ran late"
    assert not note.needs_attention
    _, note = services.checkins.record(cid, [], "honestly I want to end it all")
    assert note.verdict.level.value == "crisis"
    assert "999" in note.reply and note.crisis_open
    assert referrals(services, cid) == [("crisis", "checkin")]
    assert "paused_after_crisis" in services.portability.collect(cid).flags


def test_wins_and_saboteurs_are_screened_too(services: Services) -> None:
    cid = new_client(services)
    sab, note = services.saboteurs.add(cid, "The Judge", says="you'll never finish")
    assert not note.needs_attention
    win, _ = services.wins.add(cid, "Finished chapter one", None, None, sab.number)
    assert win.saboteur_id == sab.id and win.happened_on == date(2026, 11, 23)
    services.saboteurs.seen(cid, 1, "before the demo")
    _, note = services.saboteurs.seen(cid, 1, "I can't stop drinking when it shows up")
    assert note.verdict.level.value == "refer"
    _, note = services.wins.edit(cid, 1, "Finished chapter one and two")
    assert [w.text for w in services.wins.all(cid)] == ["Finished chapter one and two"]
    assert len(services.saboteurs.all(cid)[0].sightings) == 2
    assert referrals(services, cid) == [("refer", "saboteur")]
    services.wins.delete(cid, 1)
    services.saboteurs.delete(cid, 1)
    assert services.wins.all(cid) == [] and services.saboteurs.all(cid) == []
    with pytest.raises(NotFound):
        services.wins.delete(cid, 1)


def test_values_vision_and_wheel(services: Services) -> None:
    cid = new_client(services)
    services.self_.set_values(cid, ["Health", "Family", "Growth"])
    assert [v.name for v in services.self_.values(cid)] == ["Health", "Family", "Growth"]
    with pytest.raises(InvalidInput, match="once"):
        services.self_.set_values(cid, ["Health", "health"])
    services.self_.set_vision(cid, "A calm, strong body and time with my kids")
    _, first = services.self_.rate_wheel(cid, {"health": (4, 8), "career": (7, None)})
    services.self_.rename_area(cid, "career", "work")
    snap, changes = services.self_.rate_wheel(cid, {"Health": (6, None), "work": (7, None)})
    assert sorted(changes.values(), key=str) == [0, 2]
    assert len(services.self_.wheel_history(cid)) == 2  # a snapshot, never an overwrite
    with pytest.raises(NotFound):
        services.self_.rate_wheel(cid, {"career": (5, None)})
    with pytest.raises(InvalidInput):
        services.self_.rate_wheel(cid, {"health": (11, None)})


def test_progress(services: Services) -> None:
    from onward.services.goals import GoalDraft

    cid = new_client(services)
    for title in ("A", "B", "C"):
        services.goals.add(cid, GoalDraft(title))
        services.goals.score(cid, services.goals.all(cid)[-1].number, 1)
    services.actions.add(cid, "x", date(2026, 11, 23))
    services.actions.add(cid, "y", date(2026, 11, 23))
    services.checkins.record(cid, [CheckInAnswer(1, "done"), CheckInAnswer(2, "partly")])
    p = services.progress.summary(cid)
    assert p.overall_t == pytest.approx(63.69, abs=0.01)
    assert (p.actions_done, p.actions_partly, p.open_actions) == (1, 1, 1)
    assert p.completion_rate == pytest.approx(0.75)


def test_a_crisis_tells_the_human_coach_that_a_concern_came_up_but_not_what(
    services: Services,
) -> None:
    cid = new_client(services)
    services.profiles.update(cid, coach_name="Robin", coach_email="robin@example.org")
    services.checkins.record(cid, [], "secret words: I want to end it all")
    with services.ctx.db.transaction() as r:
        alerts = r.accountability.deliveries(cid, "coach_alert")
    assert len(alerts) == 1
    assert alerts[0].recipient == "robin@example.org" and alerts[0].status == "pending"
    assert "safety concern" in alerts[0].body and "secret" not in alerts[0].body
