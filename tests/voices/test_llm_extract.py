"""Summary and commitment extraction: model JSON validated strictly, else None."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest

from onward.voices.llm.client import OpenAICompatClient
from onward.voices.llm.extract import extract_commitment, summarise
from onward.voices.port import Turn
from tests.voices.openai_stub_server import Scripted, StubServer, completion, raw

TODAY = date(2026, 11, 23)  # a Monday
CLIENT_TEXT = "I'll go for a 20 minute run every Monday, starting this Friday."
TURNS = [
    Turn("coach", "What do you want from today?"),
    Turn("client", "A plan to get back to running."),
]
GOOD = {"text": "go for a 20 minute run", "due": "2026-11-27", "recurrence": "every monday"}


@pytest.fixture
def stub() -> Iterator[StubServer]:
    with StubServer() as server:
        yield server


@pytest.fixture
def client(stub: StubServer) -> Iterator[OpenAICompatClient]:
    with OpenAICompatClient(stub.base_url, "stub-model", None, timeout_s=0.3) as made:
        yield made


@dataclass(frozen=True)
class Check:
    ok: bool
    problems: tuple[str, ...] = ()


def reject_all(text: str, *, crisis_mode: bool, resource_lines: Sequence[str] = ()) -> Check:
    return Check(False, ("diagnosis_or_treatment",))


def test_summary_returns_the_model_text(stub: StubServer, client: OpenAICompatClient) -> None:
    stub.add(completion("  You want a plan to get back to running.  "))
    assert summarise(client, TURNS) == "You want a plan to get back to running."
    request = stub.requests[0].body
    assert request["messages"][1]["content"] == (
        "Coach: What do you want from today?\nClient: A plan to get back to running."
    )
    assert request["temperature"] == 0.0


@pytest.mark.parametrize(
    "scripted",
    [
        completion("   "),
        completion("word " * 200),
        raw("nope", status=500, content_type="text/plain"),
        Scripted(delay_s=5.0),
    ],
)
def test_summary_failures_give_none(
    stub: StubServer, client: OpenAICompatClient, scripted: Scripted
) -> None:
    stub.add(scripted)
    assert summarise(client, TURNS) is None


def test_summary_rejected_by_checker_gives_none(
    stub: StubServer, client: OpenAICompatClient, caplog: pytest.LogCaptureFixture
) -> None:
    stub.add(completion("You seem depressed; therapy would help."))
    with caplog.at_level(logging.WARNING, logger="onward.voices.llm"):
        assert summarise(client, TURNS, reply_checker=reject_all) is None
    assert "diagnosis_or_treatment" in caplog.text


def test_empty_session_asks_nothing(stub: StubServer, client: OpenAICompatClient) -> None:
    assert summarise(client, [Turn("client", "  ")]) is None
    assert stub.requests == []


def test_commitment_valid_json(stub: StubServer, client: OpenAICompatClient) -> None:
    stub.add(completion(json.dumps(GOOD)))
    assert extract_commitment(client, CLIENT_TEXT, TODAY) == GOOD
    system = stub.requests[0].body["messages"][0]["content"]
    assert "Monday 2026-11-23" in system  # the model resolves "this Friday" against today


def test_commitment_in_a_code_fence(stub: StubServer, client: OpenAICompatClient) -> None:
    stub.add(completion("```json\n" + json.dumps(GOOD) + "\n```"))
    assert extract_commitment(client, CLIENT_TEXT, TODAY) == GOOD


def test_commitment_without_date_or_recurrence(
    stub: StubServer, client: OpenAICompatClient
) -> None:
    stub.add(completion('{"text": "  go for a run ", "due": null, "recurrence": null}'))
    assert extract_commitment(client, CLIENT_TEXT, TODAY) == {
        "text": "go for a run",
        "due": None,
        "recurrence": None,
    }


def _with(**changes: Any) -> str:
    return json.dumps({**GOOD, **changes})


@pytest.mark.parametrize(
    "reply",
    [
        "Sure! Here is the JSON you asked for.",  # not JSON
        '{"text": "go for a run", "due": "2026-11-27"',  # truncated
        "null",  # no commitment found
        "[]",
        _with(text=""),
        _with(text=42),
        _with(text="x" * 400),
        _with(due="next Friday"),  # not ISO
        _with(due="2026-02-30"),  # not a date
        _with(due="20261127"),  # ISO basic format: not what we store
        _with(due="2026-11-20"),  # in the past
        _with(due=20261127),
        _with(recurrence=""),
        _with(recurrence=["monday"]),
        _with(text="learn to play the piano"),  # not the client's words
        json.dumps({"text": "go for a run", "due": None}),  # missing key
        _with(goal="fitness"),  # extra key
    ],
)
def test_invalid_commitment_gives_none(
    stub: StubServer, client: OpenAICompatClient, reply: str
) -> None:
    stub.add(completion(reply))
    assert extract_commitment(client, CLIENT_TEXT, TODAY) is None


@pytest.mark.parametrize(
    "scripted",
    [raw("down", status=502, content_type="text/plain"), Scripted(delay_s=5.0), raw("{bad")],
)
def test_commitment_call_failure_gives_none(
    stub: StubServer, client: OpenAICompatClient, scripted: Scripted
) -> None:
    stub.add(scripted)
    assert extract_commitment(client, CLIENT_TEXT, TODAY) is None
