"""The console entry point. Screening a message must start fast, so `onward guard` does
not import the rest of the command line (or the database layer) at all."""

from __future__ import annotations

import sys


def run() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "guard":
        from onward.cli.guard_cmds import guard_app

        sys.argv.pop(1)
        guard_app(prog_name="onward guard")
        return
    from onward.cli.main import app

    app()
