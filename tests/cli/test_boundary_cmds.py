import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from onward.cli.guard_cmds import guard_app
from tests.cli.conftest import Invoke


def run_guard(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(guard_app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_guard_text_prints_verdict_with_evidence() -> None:
    code, out, _ = run_guard("I wish I could go to sleep and not wake up")
    assert code == 0
    assert "level: crisis" in out and "suicide_self_harm" in out and "evidence" in out
    code, out, _ = run_guard("this deadline is killing me", "--json")
    assert json.loads(out)["level"] == "coachable"


def test_guard_file_csv_contract(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text("id,text,note\n1,I want to kill myself,a\n2,,b\n3,I want to get fit,c\n")
    code, out, err = run_guard("--file", str(src), "--country", "GB")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["id"] for r in rows] == ["1", "2", "3"]
    assert rows[0]["level"] == "crisis"
    assert "suicide_self_harm" in rows[0]["categories"].split(";")
    assert rows[0]["note"] == "a" and rows[0]["model_available"] in ("true", "false")
    assert 0 <= float(rows[0]["confidence"]) <= 1
    assert rows[1]["error"] and not rows[1]["level"]
    assert rows[2]["level"] == "coachable"
    assert "screened" in err and "screened" not in out


def test_guard_file_jsonl_contract(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "my friend just told me she took a bottle of pills", "k": 1}\n'
                   '{"nope": 1}\n'
                   'not json\n'
                   '{"text": "I keep putting off my tax return"}\n')
    code, out, _ = run_guard("--file", str(src))
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 4
    assert rows[0]["level"] == "crisis" and rows[0]["k"] == 1
    assert isinstance(rows[0]["categories"], list)
    assert "error" in rows[1] and "error" in rows[2]
    assert rows[3]["level"] == "coachable" and isinstance(rows[3]["model_available"], bool)


def test_guard_needs_text_or_file() -> None:
    code, out, err = run_guard()
    assert code == 1 and "either" in err and out == ""


def test_help_now_and_referrals(profile: Invoke) -> None:
    out = profile("help-now").output
    assert "116 123" in out and "999" in out
    assert "No referrals" in profile("referrals").output
    r = profile("checkin", "--note", "I have been thinking about ending my life")
    assert r.exit_code == 0
    assert "999" in r.output
    out = profile("referrals").output
    assert "crisis" in out and "checkin" in out


def test_help_now_for_an_unlisted_country(onward: Invoke) -> None:
    onward("init", "--name", "Ana", "--country", "Brazil", "--timezone", "America/Sao_Paulo",
           "--skip-intake")
    out = onward("help-now").output
    assert "findahelpline.com" in out


def test_checkin_after_a_crisis_asks_how_they_are_first(profile: Invoke) -> None:
    profile("action", "add", "Walk", "--due", "2026-01-01")
    first = profile("checkin", "--answer", "1=not",
                    "--note", "I have been thinking about ending my life")
    assert "999" in first.output
    r = profile("checkin", "--answer", "1=done")
    assert r.exit_code == 0
    assert "999" in r.output and "wait" in r.output
    assert "1 of 1 done" not in r.output


def test_selfcheck_is_framed_as_fit_and_item_nine_starts_the_crisis_flow(profile: Invoke) -> None:
    r = profile("selfcheck", "phq9", "--answers", "0,0,1,0,0,0,0,0,0")
    assert r.exit_code == 0
    assert "not a diagnosis" in r.output and "Pfizer" in r.output
    assert "depression" not in r.output.lower()
    r = profile("selfcheck", "gad7", "--answers", "3,3,3,3,2,2,2")
    assert "licensed professional" in r.output
    r = profile("selfcheck", "phq9", "--answers", "0,0,0,0,0,0,0,0,1")
    assert "999" in r.output
    assert [line for line in profile("referrals").output.splitlines() if "crisis" in line]
    r = profile("selfcheck", "phq9", "--answers", "0,0,4")
    assert r.exit_code == 1 and "9 answers" in r.output


def test_doctor_reports_a_missing_guard_model(profile: Invoke,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    assert profile("doctor").exit_code == 0
    import onward.guard.model as model

    monkeypatch.setattr(model, "default_head_path", lambda: Path("/nonexistent/head.npz"))
    r = profile("doctor")
    assert r.exit_code == 1
    assert "unavailable" in r.output and "patterns only" in r.output
