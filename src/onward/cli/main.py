"""The `onward` command: a thin shell over the services.

Each command family lives in its own module and registers itself here.
"""

from __future__ import annotations

from pathlib import Path

import typer

from onward.cli import (
    boundary_cmds,
    chat_cmds,
    checkin_cmds,
    data_cmds,
    goal_cmds,
    guard_cmds,
    intake_cmds,
    profile_cmds,
    remind_cmds,
    self_cmds,
)
from onward.cli.runtime import Runtime

app = typer.Typer(
    name="onward",
    help="Onward: local-first personal performance coaching.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)


@app.callback()
def main(
    ctx: typer.Context,
    home: Path = typer.Option(  # noqa: B008
        None, "--home", help="Data dir (default: your user data dir)."
    ),
    client: str = typer.Option(None, "--client", help="Act for another profile in this store."),
) -> None:
    """Onward: a coach that helps you see what you want and holds you to it."""
    ctx.obj = Runtime(home=home, client=client)


COMMAND_MODULES = (
    profile_cmds,
    chat_cmds,
    goal_cmds,
    checkin_cmds,
    self_cmds,
    data_cmds,
    remind_cmds,
    boundary_cmds,
    intake_cmds,
    guard_cmds,
)
for module in COMMAND_MODULES:
    module.register(app)
