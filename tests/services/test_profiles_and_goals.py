from datetime import date

import pytest

from onward.bootstrap import Services
from onward.domain.errors import AlreadyExists, InvalidInput, NotFound
from onward.services.goals import GoalDraft
from onward.services.profiles import NewProfile


def new_client(services: Services, name: str = "Sam Lee", country: str = "GB") -> str:
    client, _ = services.profiles.create(NewProfile(name, country, "Europe/London"))
    return client.id


def test_profile_normalises_country_names_and_refuses_unknown(services: Services) -> None:
    client, handle = services.profiles.create(NewProfile("Ana", "Germany", "Europe/Berlin"))
    assert (client.country, handle) == ("DE", "ana")
    with pytest.raises(InvalidInput, match="unknown country"):
        services.profiles.create(NewProfile("Bo", "Atlantis", "UTC"))
    with pytest.raises(AlreadyExists):
        services.profiles.create(NewProfile("Ana", "DE", "UTC"))
    assert len(services.self_.areas(client.id)) == 8


def test_resolve_picks_the_only_profile_and_asks_when_several(services: Services) -> None:
    with pytest.raises(NotFound, match="onward init"):
        services.profiles.resolve(None)
    first = new_client(services)
    assert services.profiles.resolve(None).id == first
    new_client(services, "Kim")
    with pytest.raises(InvalidInput, match="--client"):
        services.profiles.resolve(None)
    assert services.profiles.resolve("kim").name == "Kim"


def test_agreement_acceptance(services: Services) -> None:
    cid = new_client(services)
    assert not services.profiles.has_accepted(cid)
    services.profiles.accept_agreement(cid)
    assert services.profiles.has_accepted(cid)


def test_goal_lifecycle_with_gas(services: Services) -> None:
    cid = new_client(services)
    levels = {-2: "no runs", -1: "one run a week", 0: "three runs", 1: "10k", 2: "10k < 55"}
    goal = services.goals.add(
        cid, GoalDraft("Run a 10k", why="energy", gas_levels=levels, baseline=-1,
                       target_date=date(2027, 4, 1), milestones=("first 5k",)),
    )
    assert goal.number == 1
    services.goals.score(cid, 1, 1, "ran 8k")
    shown, _ = services.goals.show(cid, 1)
    assert shown.current_level == 1
    assert shown.scores[0].scored_on == date(2026, 11, 23)
    assert shown.gas_levels == levels
    services.goals.set_status(cid, 1, "achieved")
    edited = services.goals.edit(cid, 1, title="Run a half marathon", milestones=["10k race"])
    assert [m.text for m in edited.milestones] == ["first 5k", "10k race"]
    assert services.goals.all(cid)[0].title == "Run a half marathon"


def test_actions_crud_and_due(services: Services) -> None:
    cid = new_client(services)
    services.goals.add(cid, GoalDraft("Write a book"))
    a1 = services.actions.add(cid, "Write 500 words", date(2026, 11, 23), "daily", 1)
    services.actions.add(cid, "Email the editor", date(2026, 12, 1))
    assert [a.number for a in services.actions.due(cid)] == [a1.number]
    services.actions.move(cid, 2, date(2026, 11, 20))
    services.actions.edit(cid, 2, "Email the editor with the outline")
    assert len(services.actions.due(cid)) == 2
    done = services.actions.done(cid, 1)
    assert done.status == "open" and done.due == date(2026, 11, 24)
    services.actions.delete(cid, 2)
    assert [a.number for a in services.actions.all(cid, include_closed=True)] == [1]
    with pytest.raises(NotFound, match="no action 7"):
        services.actions.done(cid, 7)
    history = [e.what for e in services.actions.all(cid)[0].history]
    assert history == ["created", "done"]


def test_a_failing_use_case_leaves_nothing_half_written(services: Services) -> None:
    cid = new_client(services)
    services.actions.add(cid, "Stretch", date(2026, 11, 23))
    from onward.services.checkins import CheckInAnswer

    # the second answer names an unknown action: the first must not be recorded either
    with pytest.raises(NotFound):
        services.checkins.record(
            cid, [CheckInAnswer(1, "done"), CheckInAnswer(9, "done")], None
        )
    assert services.actions.all(cid)[0].status == "open"
    assert services.checkins.history(cid) == []
