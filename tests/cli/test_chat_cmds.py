import json
from pathlib import Path

import pytest

from tests.cli.conftest import Invoke

GOLDEN = Path(__file__).parents[1] / "coaching" / "golden" / "full_grow.json"


def write(tmp_path: Path, doc: object) -> str:
    path = tmp_path / "script.json"
    path.write_text(json.dumps(doc))
    return str(path)


def test_script_contract_one_json_object(onward: Invoke, tmp_path: Path) -> None:
    lines = json.loads(GOLDEN.read_text())["client"]
    r = onward("chat", "--script", write(tmp_path, lines))
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert set(out) == {"session_id", "turns", "commitments"}
    clients = [t for t in out["turns"] if t["role"] == "client"]
    assert [t["text"] for t in clients] == lines
    for turn in out["turns"]:
        assert set(turn) == {"role", "text", "stage", "move", "level"}
        if turn["role"] == "client":
            assert turn["level"] in ("coachable", "refer", "crisis") and turn["move"] is None
        else:
            assert turn["move"] and turn["level"] is None
    assert out["turns"][0]["role"] == "coach"
    for c in out["commitments"]:
        assert set(c) == {"text", "due", "recurrence", "goal"}


def test_script_object_with_country_and_a_crisis(onward: Invoke, tmp_path: Path) -> None:
    doc = {"turns": ["I want to work on my career", "honestly I want to kill myself",
                     "yes, tonight"], "country": "Germany", "other": 1}
    out = json.loads(onward("chat", "--script", write(tmp_path, doc)).stdout)
    levels = [t["level"] for t in out["turns"] if t["role"] == "client"]
    assert levels[1] == "crisis"
    after = out["turns"][out["turns"].index(
        next(t for t in out["turns"] if t["level"] == "crisis")) + 1]
    assert after["stage"] == "crisis" and after["move"] == "crisis_response"
    assert "112" in after["text"]


def test_script_unknown_country_gets_the_fallback(onward: Invoke, tmp_path: Path) -> None:
    doc = {"turns": ["I want to kill myself"], "country": "Narnia"}
    out = json.loads(onward("chat", "--script", write(tmp_path, doc)).stdout)
    assert "findahelpline.com" in out["turns"][-1]["text"] or \
        "local emergency number" in out["turns"][-1]["text"]


@pytest.mark.parametrize(("content", "message"), [
    ("{not json", "not valid JSON"),
    ('{"turns": "hello"}', "JSON list of messages"),
    ('[1, 2]', "JSON list of messages"),
])
def test_bad_scripts_get_one_clear_line(onward: Invoke, tmp_path: Path, content: str,
                                        message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content)
    r = onward("chat", "--script", str(path))
    assert r.exit_code == 1 and message in r.output and "Traceback" not in r.output


def test_chat_with_home_then_sessions_and_memory(profile: Invoke, tmp_path: Path) -> None:
    home = tmp_path / "home"
    lines = json.loads(GOLDEN.read_text())["client"]
    r = profile("chat", "--script", write(tmp_path, lines), "--home", str(home))
    assert r.exit_code == 0
    listed = profile("sessions", "list").output
    assert "completed" in listed or "ended_early" in listed
    shown = profile("sessions", "show", "1").output
    assert "quarterly report" in shown and "Summary" in shown
    memory = profile("memory").output
    assert "summary:1" in memory
    assert profile("memory", "forget", "summary:1").exit_code == 0
    assert "summary:1" not in profile("memory").output
    assert profile("memory", "forget", "summary:1").exit_code == 1


def test_llm_voice_without_a_key_says_how_to_run_without_one(
    onward: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ONWARD_VOICE", "llm")
    monkeypatch.setenv("ONWARD_LLM_BASE_URL", "https://api.example.com/v1")
    monkeypatch.setenv("ONWARD_LLM_MODEL", "some-model")
    r = onward("chat", "--script", write(tmp_path, ["hello"]))
    assert r.exit_code == 1
    assert "ONWARD_LLM_API_KEY" in r.output and "built-in voice" in r.output


def test_start_without_a_profile_begins_setup(onward: Invoke) -> None:
    r = onward("start")
    assert "Welcome to Onward" in r.output
    assert r.exit_code == 1 and "--name is required" in r.output  # no terminal here
    assert "Traceback" not in r.output


def test_start_with_a_profile_but_no_agreement_shows_it(onward: Invoke) -> None:
    onward("init", "--name", "Bo", "--country", "GB", "--timezone", "UTC", "--skip-intake")
    r = onward("start")
    assert r.exit_code == 0 and "coaching agreement" in r.output.lower()
    assert "not accepted yet" in r.output
