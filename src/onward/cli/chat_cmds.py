"""`onward chat` (a coaching session at the terminal, or a scripted client),
`onward sessions list|show`, `onward memory` and `onward start`."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import typer
from rich.panel import Panel
from rich.table import Table

from onward.cli.runtime import Runtime, console, err_console, fail, friendly, runtime
from onward.domain.errors import InvalidInput, NotFound

sessions_app = typer.Typer(help="Past sessions: transcripts and summaries.",
                           no_args_is_help=True)
memory_app = typer.Typer(help="What the coach remembers, and where it came from.",
                         invoke_without_command=True)

QUIT_WORDS = {"/quit", "/exit", "/bye"}


def register(app: typer.Typer) -> None:
    app.command("chat")(chat)
    app.command("start")(start)
    app.add_typer(sessions_app, name="sessions")
    app.add_typer(memory_app, name="memory")


@friendly
def start(ctx: typer.Context) -> None:
    """First run: set up your profile. Afterwards: a coaching session."""
    rt = runtime(ctx)
    services = rt.services()
    try:
        client = rt.client()
    except NotFound:
        from onward.cli.profile_cmds import init

        # called as a function, so every option is passed (Typer's defaults are markers)
        init(ctx, name=None, country=None, timezone=None, email=None, handle=None,
             accept=False, skip_intake=False)
        return
    if not services.profiles.has_accepted(client.id):
        from onward.cli.profile_cmds import agreement

        agreement(ctx, accept=False)
        if not services.profiles.has_accepted(client.id):
            return
    _interactive_chat(rt, resume=False)


@friendly
def chat(
    ctx: typer.Context,
    resume: bool = typer.Option(False, "--resume", help="Continue your unfinished session."),
    script: Path = typer.Option(  # noqa: B008
        None, "--script", help="JSON file of client messages to play non-interactively."
    ),
    script_home: Path = typer.Option(  # noqa: B008
        None, "--home", help="With --script: the data dir to use (default: a temporary one)."
    ),
) -> None:
    """A coaching session: you set the agenda, the coach asks, you decide."""
    rt = runtime(ctx)
    if script is not None:
        _scripted_chat(rt, script, script_home)
        return
    _interactive_chat(rt, resume)


def _interactive_chat(rt: Runtime, resume: bool) -> None:
    client = rt.client()
    services = rt.services()
    session, opening = services.sessions.start(client.id, resume=resume)
    console.print(f"[dim]Session {session.number}. Type /quit to stop at any time; "
                  "`onward help-now` shows crisis contacts.[/]\n")
    for text in opening:
        _say(text)
    while True:
        try:
            line = console.input("[bold]You:[/] ")
        except (EOFError, KeyboardInterrupt):
            line = "/quit"
        if line.strip().lower() in QUIT_WORDS:
            closed = services.sessions.close(client.id, session.number)
            console.print(f"\n[dim]Session {closed.number} saved ({closed.status}). "
                          "`onward chat --resume` is not needed: start fresh any time.[/]"
                          if closed.status != "open" else "")
            return
        if not line.strip():
            continue
        result = services.sessions.send(client.id, session.number, line)
        for reply in result.replies:
            _say(reply.text, crisis=reply.stage == "crisis")
        if result.ended:
            console.print(f"\n[dim]Session {session.number} saved. "
                          "`onward sessions show "
                          f"{session.number}` shows the transcript and summary.[/]")
            return


def _say(text: str, crisis: bool = False) -> None:
    if crisis:
        console.print(Panel(text, border_style="red", title="Your safety first"))
    else:
        console.print(f"[bold cyan]Coach:[/] {text}\n")


def _read_script(path: Path) -> tuple[list[str], str | None]:
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"cannot read {path}: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"{path} is not valid JSON: {exc.msg} (line {exc.lineno})") from exc
    country = None
    if isinstance(data, dict):
        country = data.get("country")
        data = data.get("turns")
    if not isinstance(data, list) or not all(isinstance(t, str) for t in data):
        raise InvalidInput("a script is a JSON list of messages, or an object with 'turns'")
    return data, country if isinstance(country, str) else None


def _scripted_chat(rt: Runtime, script: Path, home: Path | None) -> None:
    """The contract in DESIGN.md: one JSON object on stdout, nothing else."""
    messages, country = _read_script(script)
    with tempfile.TemporaryDirectory(prefix="onward-script-") as tmp:
        scripted = Runtime(home=home or Path(tmp), client=rt.client_handle)
        services = scripted.services()
        client_id = _script_client(scripted, country, temporary=home is None)
        session, _ = services.sessions.start(client_id)
        for message in messages:
            services.sessions.send(client_id, session.number, message)
        services.sessions.close(client_id, session.number)
        session, turns = services.sessions.show(client_id, session.number)
        out = {
            "session_id": session.id,
            "turns": [
                {"role": t.role, "text": t.text, "stage": t.stage,
                 "move": t.move if t.role == "coach" else None,
                 "level": t.level if t.role == "client" else None}
                for t in turns
            ],
            "commitments": services.sessions.commitments(client_id, session.number),
        }
        services.ctx.db.engine.dispose()
    sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")


def _script_client(rt: Runtime, country: str | None, temporary: bool) -> str:
    from onward.guard.resources import normalise_country
    from onward.services.profiles import UNKNOWN_COUNTRY, NewProfile

    services = rt.services()
    if not temporary:
        client = rt.client()
        if not services.profiles.has_accepted(client.id):
            fail("this profile has not accepted the coaching agreement")
        return client.id
    # No country, or one we cannot name exactly, gets the fallback resources: never a guess.
    code = (normalise_country(country) if country else None) or UNKNOWN_COUNTRY
    client, _ = services.profiles.create(
        NewProfile("Scripted client", code, "UTC", handle="scripted")
    )
    services.profiles.accept_agreement(client.id)
    return client.id


@sessions_app.command("list")
@friendly
def sessions_list(ctx: typer.Context) -> None:
    """Your sessions, newest last."""
    rt = runtime(ctx)
    sessions = rt.services().sessions.all(rt.client().id)
    if not sessions:
        console.print("No sessions yet. `onward chat` starts one.")
        return
    table = Table("#", "started", "status", "summary")
    for s in sessions:
        table.add_row(str(s.number), f"{s.started_at:%Y-%m-%d %H:%M}", s.status,
                      (s.summary or "").split("\n")[0][:70])
    console.print(table)


@sessions_app.command("show")
@friendly
def sessions_show(ctx: typer.Context, number: int) -> None:
    """A session's transcript and summary."""
    rt = runtime(ctx)
    session, turns = rt.services().sessions.show(rt.client().id, number)
    console.print(f"[bold]Session {session.number}[/], {session.started_at:%Y-%m-%d %H:%M} "
                  f"({session.status})\n")
    for t in turns:
        who = "[bold]You:[/]" if t.role == "client" else "[bold cyan]Coach:[/]"
        console.print(f"{who} {t.text}")
    if session.summary:
        console.print(Panel(session.summary, title="Summary"))


@memory_app.callback()
@friendly
def memory(ctx: typer.Context) -> None:
    """What the coach remembers, and where each item came from."""
    if ctx.invoked_subcommand:
        return
    rt = runtime(ctx)
    items = rt.services().memory.show(rt.client().id)
    if not items:
        console.print("The coach remembers nothing about you yet.")
        return
    table = Table("key", "what", "from")
    for item in items:
        table.add_row(item.key, item.text, item.source)
    console.print(table)
    err_console.print("Correct an item: `onward memory correct KEY \"...\"`; "
                      "make the coach forget it: `onward memory forget KEY`.")


@memory_app.command("forget")
@friendly
def memory_forget(ctx: typer.Context, key: str) -> None:
    """Make the coach stop using an item (your record itself is kept)."""
    rt = runtime(ctx)
    rt.services().memory.forget(rt.client().id, key)
    console.print(f"The coach will no longer use {key}.")


@memory_app.command("correct")
@friendly
def memory_correct(ctx: typer.Context, key: str, text: str) -> None:
    """Correct what the coach remembers."""
    rt = runtime(ctx)
    rt.services().memory.correct(rt.client().id, key, text)
    console.print(f"Corrected {key}.")
