"""A coaching session through the service: guard first, policy, voice, reply check, store."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from onward.bootstrap import Services, build_services
from onward.coaching.moves import Move
from onward.config import load_settings
from onward.domain.errors import AgreementRequired, InvalidInput, NotFound
from onward.domain.ports import FixedClock
from onward.guard.fake import FakeScreener
from onward.voices.port import Utterance, VoiceContext
from tests.services.test_profiles_and_goals import new_client

GOLDEN = Path(__file__).parents[1] / "coaching" / "golden"


def grow_lines() -> list[str]:
    return list(json.loads((GOLDEN / "full_grow.json").read_text())["client"])


def ready_client(services: Services) -> str:
    cid = new_client(services)
    services.profiles.accept_agreement(cid)
    services.self_.set_values(cid, ["family"])
    return cid


def test_a_session_needs_the_current_agreement(services: Services) -> None:
    cid = new_client(services)
    with pytest.raises(AgreementRequired):
        services.sessions.start(cid)


def test_full_grow_session_leaves_a_dated_client_authored_action(services: Services) -> None:
    cid = ready_client(services)
    session, opening = services.sessions.start(cid)
    assert opening and opening[0].endswith("?")
    for line in grow_lines():
        result = services.sessions.send(cid, session.number, line)
        assert result.level == "coachable"
        assert all(r.text.count("?") <= 1 for r in result.replies)
    closed = services.sessions.close(cid, session.number)
    assert closed.status == "completed" and closed.summary
    commitments = services.sessions.commitments(cid, session.number)
    assert commitments and commitments[0]["due"]
    actions = services.actions.all(cid)
    assert [a.text for a in actions] == [c["text"] for c in commitments]
    assert actions[0].due is not None
    _, turns = services.sessions.show(cid, session.number)
    clients = [t for t in turns if t.role == "client"]
    assert len(clients) == len(grow_lines()) and all(t.level for t in clients)
    assert all(t.move for t in turns if t.role == "coach")


def test_crisis_turn_hands_over_to_the_crisis_flow(services: Services) -> None:
    cid = ready_client(services)
    session, _ = services.sessions.start(cid)
    services.sessions.send(cid, session.number, "I want to work on my career")
    result = services.sessions.send(cid, session.number, "honestly I want to end it all")
    assert result.level == "crisis"
    assert [r.stage for r in result.replies] == ["crisis"]
    assert "999" in result.replies[0].text
    assert services.boundary.referrals(cid)[0].source == "session"
    # a plan means emergency numbers and no return to coaching this session
    result = services.sessions.send(cid, session.number, "yes, I have a plan for tonight")
    assert result.replies[0].stage == "crisis"
    result = services.sessions.send(cid, session.number, "anyway, about my career goals")
    assert result.replies[0].stage == "crisis"
    assert services.sessions.close(cid, session.number).status == "crisis"
    assert services.boundary.referrals(cid)[0].outcome == "emergency"


def test_next_session_after_a_crisis_asks_how_they_are_first(services: Services) -> None:
    cid = ready_client(services)
    session, _ = services.sessions.start(cid)
    services.sessions.send(cid, session.number, "I just want to end it all")
    services.sessions.send(cid, session.number, "no")  # no thoughts of suicide now
    services.sessions.close(cid, session.number)
    assert services.boundary.is_paused(cid)
    second, opening = services.sessions.start(cid)
    assert "help" in opening[0].lower() or "how are you" in opening[0].lower()
    _, turns = services.sessions.show(cid, second.number)
    assert turns[0].stage == "crisis"


def test_refer_turn_records_and_coaching_can_go_on(services: Services) -> None:
    cid = ready_client(services)
    session, _ = services.sessions.start(cid)
    result = services.sessions.send(cid, session.number, "I can't stop drinking at night")
    assert (result.level, result.replies[0].stage, result.replies[0].move) == (
        "refer", "refer", "referral")
    result = services.sessions.send(cid, session.number, "I'd like to work on my running")
    assert result.replies[0].stage not in ("refer", "crisis")
    assert [r.level for r in services.boundary.referrals(cid)] == ["refer"]


def test_state_survives_a_crash_and_the_session_resumes(
    services: Services, tmp_path: Path, clock: FixedClock, screener: FakeScreener
) -> None:
    cid = ready_client(services)
    session, _ = services.sessions.start(cid)
    lines = grow_lines()
    for line in lines[:5]:
        services.sessions.send(cid, session.number, line)
    # a new process: nothing in memory, only what the store holds
    fresh = build_services(services.settings, clock=clock, guard=screener)
    resumed, last = fresh.sessions.start(cid, resume=True)
    assert resumed.number == session.number
    assert last == [services.sessions.show(cid, session.number)[1][-1].text]
    for line in lines[5:]:
        fresh.sessions.send(cid, session.number, line)
    assert fresh.sessions.close(cid, session.number).status == "completed"
    fresh.ctx.db.engine.dispose()
    with pytest.raises(NotFound):
        services.sessions.start(cid, resume=True)


class UnsafeVoice:
    name = "unsafe"

    def render(self, move: Move, context: VoiceContext) -> Utterance:
        return Utterance("You clearly have depression; you should try sertraline.")

    def stream(self, move: Move, context: VoiceContext) -> Iterator[str]:
        yield self.render(move, context).text


def test_an_unsafe_reply_is_replaced_and_recorded(tmp_path: Path, clock: FixedClock,
                                                  screener: FakeScreener) -> None:
    settings = load_settings(env={}, home=tmp_path)
    services = build_services(settings, clock=clock, guard=screener, voice=UnsafeVoice())
    services.migrate()
    cid = ready_client(services)
    session, opening = services.sessions.start(cid)
    result = services.sessions.send(cid, session.number, "I want to get fit")
    for text in [*opening, *(r.text for r in result.replies)]:
        assert "depression" not in text and "sertraline" not in text
    events = services.sessions.show(cid, session.number)[0].state["events"]
    assert events[0]["kind"] == "reply_replaced" and events[0]["voice"] == "unsafe"
    services.ctx.db.engine.dispose()


def test_a_stall_opens_the_next_session_with_a_look_at_the_approach(services: Services) -> None:
    cid = ready_client(services)
    with services.ctx.db.transaction() as r:
        r.clients.set_flag(cid, "review_approach", {"reasons": ["feedback"]}, services.ctx.now())
    _, opening = services.sessions.start(cid)
    assert "coaching" in opening[0].lower() or "working" in opening[0].lower()
    assert not services.boundary.is_paused(cid)
    with services.ctx.db.transaction() as r:
        assert "review_approach" not in r.clients.flags(cid)


def test_memory_shows_sources_and_can_be_corrected_or_forgotten(services: Services) -> None:
    cid = ready_client(services)
    services.wins.add(cid, "Ran 5k")
    services.saboteurs.add(cid, "The Judge", says="you're too slow")
    keys = {i.key: i for i in services.memory.show(cid)}
    assert keys["win:1"].source.startswith("win 1") and keys["value:1"].text == "family"
    services.memory.correct(cid, "win:1", "Ran 5k in the rain")
    services.memory.correct(cid, "saboteur:1", "you'll never be fast")
    texts = {i.key: i.text for i in services.memory.show(cid)}
    assert texts["win:1"] == "Ran 5k in the rain" and "never be fast" in texts["saboteur:1"]
    services.memory.forget(cid, "win:1")
    assert "win:1" not in {i.key for i in services.memory.show(cid)}
    assert services.wins.all(cid)[0].text == "Ran 5k in the rain"  # the record is kept
    with pytest.raises(InvalidInput):
        services.memory.correct(cid, "value:1", "health")
    with pytest.raises(NotFound):
        services.memory.correct(cid, "goal:9", "x")
