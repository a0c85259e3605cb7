"""`onward help-now`, `onward referrals`, `onward doctor`, and the crisis conversation
at the terminal (after a check-in, win or saboteur note that needs more than coaching)."""

from __future__ import annotations

import typer
from rich.panel import Panel
from rich.table import Table

from onward.cli.runtime import Runtime, console, friendly, is_interactive, runtime


def register(app: typer.Typer) -> None:
    app.command("help-now")(help_now)
    app.command("referrals")(referrals)
    app.command("doctor")(doctor)


@friendly
def help_now(ctx: typer.Context) -> None:
    """Crisis and emergency contacts for your country, at any time."""
    rt = runtime(ctx)
    country, lines = rt.services().boundary.help_now(rt.client().id)
    body = "\n".join(
        ["If you are in danger or might act on thoughts of harming yourself, please reach "
         "out now. You deserve support, and these people are there for exactly this.", "",
         *lines, "", "If you can, tell someone you trust how you are feeling."]
    )
    console.print(Panel(body, title=f"Help now ({country})", border_style="red"))


@friendly
def referrals(ctx: typer.Context) -> None:
    """Every time Onward suggested professional help or crisis support, with why."""
    rt = runtime(ctx)
    records = rt.services().boundary.referrals(rt.client().id)
    if not records:
        console.print("No referrals recorded.")
        return
    table = Table("#", "when", "level", "categories", "from", "outcome", "evidence")
    for r in records:
        words = "; ".join(str(e.get("words", "")) for e in r.evidence)[:60]
        table.add_row(str(r.number), f"{r.created_at:%Y-%m-%d %H:%M}", r.level,
                      ", ".join(r.categories) or "-", r.source, r.outcome or "-", words)
    console.print(table)


@friendly
def doctor(ctx: typer.Context) -> None:
    """Check that Onward can work here: settings, database, guard model, voice."""
    rt = runtime(ctx)
    ok = True
    settings = rt.settings
    console.print(f"settings: ok (home {settings.home})")
    services = rt.services(migrate=False)
    try:
        current = services.schema_is_current()
        console.print(f"database: {'ok' if current else 'needs migration (any command runs it)'}"
                      f" ({'SQLite' if settings.is_sqlite else 'PostgreSQL'})")
    except Exception as exc:  # the doctor reports, it does not crash
        ok = False
        console.print(f"database: [red]unreachable[/] ({str(exc).splitlines()[0]})")
    from onward.guard.model import default_risk_model
    from onward.guard.model_port import ModelUnavailable

    try:
        model = default_risk_model()
        model.load()
        model.scores(["checking the guard model"])
        console.print("guard model: ok (patterns + learned classifier)")
    except ModelUnavailable as exc:
        ok = False
        console.print(f"guard model: [red]unavailable[/] ({exc}); the guard runs on "
                      "patterns only and never fails open")
    console.print(f"voice: {settings.voice}"
                  + (f" ({settings.llm_base_url or 'http://localhost:11434/v1'})"
                     if settings.voice == "llm" else " (offline)"))
    console.print(f"email reminders: {'on' if settings.smtp_host else 'off'}")
    if not ok:
        raise typer.Exit(1)


def crisis_conversation(rt: Runtime, client_id: str, opening: str) -> None:
    """Show the crisis reply and, at a terminal, go on until the flow reaches an outcome."""
    console.print(Panel(opening, border_style="red", title="Your safety first"))
    boundary = rt.services().boundary
    if not is_interactive():
        console.print("`onward help-now` shows these contacts any time.")
        return
    while boundary.crisis_open(client_id):
        answer = typer.prompt("You", default="", show_default=False)
        step = boundary.answer_crisis(client_id, answer)
        if step is None:
            break
        console.print(Panel(step.reply, border_style="red"))
        if step.outcome or step.coaching_may_resume:
            break
