from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from onward.cli.main import app

Invoke = Callable[..., Result]


@pytest.fixture
def onward(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Invoke:
    """Run `onward ...` in a fresh home, as a person at a terminal would (minus the tty)."""
    home = tmp_path / "home"
    monkeypatch.setenv("ONWARD_HOME", str(home))
    for name in ("ONWARD_DATABASE_URL", "ONWARD_CLIENT", "ONWARD_VOICE"):
        monkeypatch.delenv(name, raising=False)
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None) -> Result:
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    return invoke


@pytest.fixture
def profile(onward: Invoke) -> Invoke:
    result = onward("init", "--name", "Sam Lee", "--country", "United Kingdom",
                    "--timezone", "Europe/London", "--accept-agreement", "--skip-intake")
    assert result.exit_code == 0, result.output
    return onward
