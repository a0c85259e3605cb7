"""The docs stay true: every setting and every command is documented."""

from pathlib import Path

import typer

from onward.cli.main import app
from onward.config import SETTINGS_TABLE

ROOT = Path(__file__).resolve().parents[1]


def test_every_setting_is_documented() -> None:
    text = (ROOT / "docs" / "configuration.md").read_text()
    for spec in SETTINGS_TABLE:
        assert f"`{spec.name}`" in text, spec.name


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text()
    command = typer.main.get_command(app)
    for name in command.commands:  # type: ignore[attr-defined]
        assert f"onward {name}" in readme or f"`{name} " in readme, name


def test_quick_start_is_two_commands_and_ci_runs_the_same_test_command() -> None:
    readme = (ROOT / "README.md").read_text()
    block = readme.split("## Quick start", 1)[1].split("```bash", 1)[1].split("```", 1)[0]
    commands = [line for line in block.strip().splitlines() if line.strip()]
    assert len(commands) == 2
    test_command = commands[1].split("#")[0].strip()
    assert test_command in (ROOT / ".ci" / "run").read_text()
