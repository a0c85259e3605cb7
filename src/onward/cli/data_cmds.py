"""`onward progress`, `export`, `import`, `forget`, `backup`."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import typer
from rich.table import Table

from onward.cli.runtime import console, err_console, fail, friendly, runtime
from onward.domain.errors import InvalidInput, NotFound
from onward.services.markdown import render_markdown
from onward.services.portability import write_private


def register(app: typer.Typer) -> None:
    app.command("progress")(progress)
    app.command("export")(export)
    app.command("import")(import_)
    app.command("forget")(forget)
    app.command("backup")(backup)


@friendly
def progress(
    ctx: typer.Context,
    chart: Path = typer.Option(  # noqa: B008
        None, "--chart", help="Also draw progress over time to FILE (.png or .svg)."
    ),
) -> None:
    """GAS T-score per goal and overall, action completion, wins and wheel changes."""
    rt = runtime(ctx)
    p = rt.services().progress.summary(rt.client().id)
    if chart is not None:
        _draw_chart(ctx, chart)
    if p.goals:
        table = Table("#", "goal", "status", "level", "T-score")
        for g in p.goals:
            table.add_row(str(g.number), g.title, g.status,
                          "-" if g.level is None else f"{g.level:+d}",
                          "-" if g.t_score is None else f"{g.t_score:.1f}")
        console.print(table)
    overall = "-" if p.overall_t is None else f"{p.overall_t:.1f}"
    console.print(f"Overall GAS T-score (active goals): [bold]{overall}[/] (50 = as expected)")
    rate = "-" if p.completion_rate is None else f"{p.completion_rate:.0%}"
    console.print(f"Actions: {p.actions_done} done, {p.actions_partly} partly, "
                  f"{p.actions_missed} not done ({rate} completion); {p.open_actions} open")
    console.print(f"Wins logged: {p.wins}")
    if p.wheel:
        changes = ", ".join(
            f"{area} {sat}" + ("" if delta is None else f" ({delta:+d})")
            for area, sat, delta in p.wheel
        )
        console.print(f"Wheel of life: {changes}")


def _draw_chart(ctx: typer.Context, path: Path) -> None:
    from onward.services.charts import render_chart  # matplotlib loads only when asked

    rt = runtime(ctx)
    h = rt.services().history.history(rt.client().id)
    data = render_chart(h, path.suffix)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    err_console.print(f"Chart written to {path} (streak: {h.streak_weeks} week(s), "
                      f"best {h.best_streak_weeks})")


def _client_id_or_none(ctx: typer.Context) -> str | None:
    rt = runtime(ctx)
    try:
        return rt.client().id
    except NotFound:
        return None


@friendly
def export(
    ctx: typer.Context,
    fmt: str = typer.Option("json", "--format", help="json or markdown."),
    output: Path = typer.Option(None, "--output", "-o", help="Write to FILE (mode 0600)."),  # noqa: B008
) -> None:
    """Everything Onward holds about you: JSON by default, or a readable document."""
    if fmt not in ("json", "markdown"):
        raise InvalidInput("--format must be json or markdown")
    rt = runtime(ctx)
    client_id = _client_id_or_none(ctx)
    portability = rt.services().portability
    if fmt == "json":
        text = portability.export_json(client_id)
    else:
        text = render_markdown(portability.collect(client_id) if client_id else None)
    if output:
        write_private(output, text)
        err_console.print(f"Exported to {output}")
    else:
        sys.stdout.write(text)


@friendly
def import_(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="A JSON file made by `onward export`."),  # noqa: B008
) -> None:
    """Bring an export back in (into a store that does not hold that profile yet)."""
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(f"{file} is not a text file") from None
    rt = runtime(ctx)
    data = rt.services().portability.import_json(text)
    if data is None:
        console.print("The export was empty; nothing to import.")
        return
    if not (rt.settings.home / "profile").exists():
        rt.remember_profile(data.handle)
    console.print(f"Imported profile {data.handle}: {len(data.goals)} goals, "
                  f"{len(data.actions)} actions, {len(data.sessions)} sessions.")


@friendly
def forget(
    ctx: typer.Context,
    confirm: str = typer.Option(None, help="Type the profile name to skip the prompt."),
) -> None:
    """Delete everything Onward holds about you, referral records included. No undo."""
    rt = runtime(ctx)
    client = rt.client()
    handle = rt.services().profiles.handle_of(client.id)
    console.print(
        f"This permanently deletes profile [bold]{handle}[/] and everything in it: goals, "
        "actions, check-ins, wins, saboteurs, sessions, and the records of any referrals. "
        "It cannot be undone. (Backups you made yourself are not touched.)"
    )
    typed = confirm
    if typed is None:
        if not sys.stdin.isatty():
            fail(f"not at a terminal: pass --confirm {handle} to delete")
        typed = typer.prompt(f"Type {handle} to delete it all")
    if typed.strip() != handle:
        fail("the name did not match; nothing was deleted")
    rt.services().portability.forget(client.id)
    profile_file = rt.settings.home / "profile"
    if profile_file.exists() and profile_file.read_text().strip() == handle:
        profile_file.unlink()
    console.print("Everything is deleted.")


@friendly
def backup(
    ctx: typer.Context,
    output: Path = typer.Option(None, "--output", "-o", help="Where to write the copy."),  # noqa: B008
) -> None:
    """A consistent copy of the SQLite store, safe while Onward is running."""
    rt = runtime(ctx)
    settings = rt.settings
    target = output or settings.home / "backups" / f"onward-{datetime.now():%Y%m%d-%H%M%S}.db"
    path = rt.services(migrate=False).portability.backup(settings.sqlite_path, target)
    console.print(f"Backup written to {path}")
