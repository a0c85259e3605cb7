"""A session with the LLM voice against a local OpenAI-compatible server: the model
words the policy's moves; an unsafe reply never reaches the client."""

from pathlib import Path

from onward.bootstrap import build_services
from onward.config import load_settings
from onward.domain.ports import FixedClock
from onward.guard.fake import FakeScreener
from onward.services.profiles import NewProfile
from tests.voices.openai_stub_server import StubServer, completion


def test_llm_voice_words_moves_and_unsafe_replies_fall_back(
    tmp_path: Path, clock: FixedClock, screener: FakeScreener
) -> None:
    with StubServer() as stub:
        stub.add(
            completion("What would you like to get out of our time today?"),
            completion("It sounds like evenings matter. What would a good evening look like?"),
            completion("You clearly have depression; you should try sertraline."),
        )
        env = {"ONWARD_VOICE": "llm", "ONWARD_LLM_BASE_URL": stub.base_url,
               "ONWARD_LLM_MODEL": "stub-model", "ONWARD_LLM_TIMEOUT_S": "2"}
        services = build_services(load_settings(env=env, home=tmp_path), clock=clock,
                                  guard=screener)
        services.migrate()
        client, _ = services.profiles.create(NewProfile("Dana", "GB", "UTC"))
        services.profiles.accept_agreement(client.id)
        session, opening = services.sessions.start(client.id)
        assert opening == ["What would you like to get out of our time today?"]
        first = services.sessions.send(client.id, session.number, "My evenings, honestly")
        assert first.replies[0].text.startswith("It sounds like evenings matter")
        second = services.sessions.send(client.id, session.number, "Time with my kids")
        text = second.replies[0].text
        assert "depression" not in text and "sertraline" not in text and text.endswith("?")
        services.ctx.db.engine.dispose()
    assert len(stub.requests) == 3
