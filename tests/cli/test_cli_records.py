import json
import os
import stat
from pathlib import Path

import pytest

from tests.cli.conftest import Invoke


def test_init_creates_the_profile_and_records_acceptance(profile: Invoke) -> None:
    shown = profile("profile")
    assert "GB" in shown.output and "Europe/London" in shown.output
    doc = json.loads(profile("export").output)
    assert doc["client"]["agreements"][0]["version"]
    assert doc["client"]["handle"] == "sam-lee"


def test_init_refuses_an_unknown_country_without_creating_anything(onward: Invoke) -> None:
    result = onward("init", "--name", "Bo", "--country", "Narnia", "--timezone", "UTC")
    assert result.exit_code == 1
    assert "unknown country" in result.output
    assert "Traceback" not in result.output
    assert json.loads(onward("export").output)["client"] is None


def test_a_full_day_at_the_terminal(profile: Invoke, tmp_path: Path) -> None:
    run = profile
    assert run("values", "health, family", "growth").exit_code == 0
    assert run("vision", "Strong, calm and present").exit_code == 0
    assert run("wheel", "rate", "health=5/9", "career=7").exit_code == 0
    out = run("wheel", "rate", "health=7").output
    assert "+2" in out
    assert "+2" in run("wheel", "history").output
    r = run("goal", "add", "Run a 10k", "--why", "energy for my kids", "--measure",
            "finish a race", "--target", "2027-04-01", "--much-less", "no runs",
            "--less", "1 run a week", "--expected", "3 runs a week", "--more", "a 10k",
            "--much-more", "10k under 55 minutes", "--baseline", "-1", "--value", "health")
    assert r.exit_code == 0, r.output
    assert "3 runs a week" in run("goal", "show", "1").output
    assert "T = 60.0" in run("goal", "score", "1", "+1").output
    assert run("action", "add", "Run 5k", "--due", "2026-01-01", "--goal", "1").exit_code == 0
    assert run("action", "add", "Stretch", "--due", "2026-01-01", "--every", "daily").exit_code == 0
    assert run("action", "edit", "1", "Run 5k slowly").exit_code == 0
    r = run("checkin", "--answer", "1=done", "--answer", "2=not:slept in")
    assert "1 of 2 done" in r.output
    assert run("win", "add", "Ran in the rain").exit_code == 0
    assert run("win", "edit", "1", "Ran 5k in the rain").exit_code == 0
    assert "Ran 5k in the rain" in run("win", "list").output
    assert run("saboteur", "add", "The Judge", "--says", "you're too slow").exit_code == 0
    assert "1 times" in run("saboteur", "seen", "1", "--note", "at the park").output
    assert run("saboteur", "edit", "1", "--answer", "slow is still running").exit_code == 0
    progress = run("progress").output
    assert "60.0" in progress and "1 done" in progress and "Wins logged: 1" in progress
    assert run("goal", "status", "1", "paused").exit_code == 0
    out = tmp_path / "export.md"
    assert run("export", "--format", "markdown", "--output", str(out)).exit_code == 0
    assert "Run a 10k" in out.read_text()
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    assert run("action", "delete", "1").exit_code == 0
    assert run("win", "delete", "1").exit_code == 0
    assert run("saboteur", "delete", "1").exit_code == 0


def test_export_import_forget_backup(profile: Invoke, tmp_path: Path) -> None:
    profile("goal", "add", "Learn Spanish")
    exported = tmp_path / "me.json"
    assert profile("export", "-o", str(exported)).exit_code == 0
    r = profile("forget")
    assert r.exit_code == 1 and "--confirm" in r.output
    assert profile("forget", "--confirm", "wrong").exit_code == 1
    assert "Learn Spanish" in profile("goal", "list").output
    r = profile("forget", "--confirm", "sam-lee")
    assert r.exit_code == 0 and "referrals" in r.output
    assert "onward init" in profile("goal", "list").output
    assert profile("import", str(exported)).exit_code == 0
    assert "Learn Spanish" in profile("goal", "list").output
    assert "already" in profile("import", str(exported)).output
    backup = tmp_path / "b.db"
    assert profile("backup", "-o", str(backup)).exit_code == 0
    assert stat.S_IMODE(os.stat(backup).st_mode) == 0o600


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("action", "add", "Run", "--due", "2026-13-40"), "not a real due date"),
        (("action", "add", "Run", "--due", "when pigs fly"), "cannot read"),
        (("goal", "score", "1", "5"), "from -2 to 2"),
        (("goal", "score", "1", "lots"), "-2, -1, 0"),
        (("goal", "show", "42"), "no goal 42"),
        (("action", "done", "42"), "no action 42"),
        (("goal", "add", "  "), "cannot be empty"),
        (("goal", "status", "1", "finished"), "status must be one of"),
        (("wheel", "rate", "health=eleven"), "must be a number"),
        (("wheel", "rate", "health=11"), "0 to 10"),
        (("export", "--format", "pdf"), "json or markdown"),
        (("checkin", "--answer", "1=maybe"), "done, partly or not"),
    ],
)
def test_bad_input_gets_one_clear_line(profile: Invoke, args: tuple[str, ...],
                                       message: str) -> None:
    profile("goal", "add", "Run a 10k")
    result = profile(*args)
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output


def test_corrupt_import_and_missing_file(profile: Invoke, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{ this is not json")
    r = profile("import", str(bad))
    assert r.exit_code == 1 and "invalid JSON" in r.output
    r = profile("import", str(tmp_path / "missing.json"))
    assert r.exit_code != 0 and "Traceback" not in r.output


def test_empty_store_export_is_an_empty_document(onward: Invoke) -> None:
    r = onward("export")
    assert r.exit_code == 0
    assert json.loads(r.output)["client"] is None
    assert "no profile yet" in onward("export", "--format", "markdown").output


def test_commands_without_a_profile_say_how_to_start(onward: Invoke) -> None:
    r = onward("goal", "list")
    assert r.exit_code == 1 and "onward init" in r.output


def test_config_show_says_where_values_come_from(onward: Invoke, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    home = Path(os.environ["ONWARD_HOME"])
    home.mkdir(parents=True)
    (home / "config.toml").write_text('voice = "builtin"\ndefault_country = "DE"\n')
    monkeypatch.setenv("ONWARD_DEFAULT_COUNTRY", "FR")
    monkeypatch.setenv("ONWARD_LLM_API_KEY", "sk-secret")
    out = onward("config", "show").output
    assert "env ONWARD_DEFAULT_COUNTRY" in out and "FR" in out
    assert "config.toml" in out
    assert "sk-secret" not in out
    (home / "config.toml").write_text("voice = [broken")
    r = onward("config", "show")
    assert r.exit_code == 1 and "cannot read" in r.output


def test_locked_database_is_a_clear_message(profile: Invoke) -> None:
    import sqlite3

    db = Path(os.environ["ONWARD_HOME"]) / "onward.db"
    holder = sqlite3.connect(db, timeout=0.1)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        r = profile("goal", "add", "Blocked")
    finally:
        holder.rollback()
        holder.close()
    assert r.exit_code == 1
    assert "locked" in r.output
    assert "Blocked" not in profile("goal", "list").output
