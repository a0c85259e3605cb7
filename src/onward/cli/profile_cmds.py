"""`onward init`, `onward agreement`, `onward profile` and `onward config show`."""

from __future__ import annotations

import typer
from rich.markdown import Markdown
from rich.table import Table

from onward.cli.runtime import Runtime, console, fail, friendly, is_interactive, runtime
from onward.services.profiles import NewProfile, country_code

config_app = typer.Typer(help="Show the effective settings.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.command("init")(init)
    app.command("agreement")(agreement)
    app.command("profile")(profile)
    app.add_typer(config_app, name="config")


def _local_timezone() -> str:
    try:
        import tzlocal  # optional; dateparser pulls it in

        return str(tzlocal.get_localzone_name() or "UTC")
    except Exception:
        return "UTC"


@friendly
def init(
    ctx: typer.Context,
    name: str | None = typer.Option(None, help="Your name (asked if not given)."),
    country: str | None = typer.Option(None, help="Where you live: ISO code or English name."),
    timezone: str | None = typer.Option(None, help="Your time zone, e.g. Europe/London."),
    email: str | None = typer.Option(None, help="Email for reminders (optional)."),
    handle: str | None = typer.Option(None, help="Short profile name for --client."),
    accept: bool = typer.Option(False, "--accept-agreement", help="Accept the agreement."),
    skip_intake: bool = typer.Option(
        False, "--skip-intake", help="Skip the short 'is coaching right for me now' check."
    ),
) -> None:
    """Create your profile, check that coaching fits, and accept the coaching agreement."""
    rt = runtime(ctx)
    settings = rt.settings
    services = rt.services()
    interactive = is_interactive()
    console.print("[bold]Welcome to Onward.[/] Let's set up your profile.\n")
    if name is None:
        if not interactive:
            fail("--name is required when not at a terminal")
        name = typer.prompt("Your name")
    if country is None:
        default = settings.default_country or None
        if not interactive and not default:
            fail("--country is required (your crisis resources depend on it)")
        country = default if not interactive else typer.prompt(
            "Country you live in (e.g. GB, US, Germany)", default=default
        )
    country = country or ""
    country_code(country)  # fail early, before any question is asked twice
    if timezone is None:
        default_tz = settings.default_timezone if settings.sources.get(
            "default_timezone") else _local_timezone()
        timezone = typer.prompt("Time zone", default=default_tz) if interactive else default_tz
    client, handle_ = services.profiles.create(
        NewProfile(name=name, country=country, timezone=timezone,
                   language=settings.default_language, email=email, handle=handle)
    )
    rt.remember_profile(handle_)
    console.print(f"Profile [bold]{handle_}[/] created ({client.country}, {client.timezone}).")
    if not skip_intake and interactive:
        from onward.cli.intake_cmds import run_intake

        if not run_intake(rt, client):
            return
    _agreement_step(rt, client.id, accept, interactive)


def _agreement_step(rt: Runtime, client_id: str, accept: bool, interactive: bool) -> None:
    services = rt.services()
    console.print(Markdown(services.profiles.agreement_text()))
    if not accept and interactive:
        accept = typer.confirm("Do you accept this agreement?", default=False)
    if accept:
        services.profiles.accept_agreement(client_id)
        console.print("Thank you. You can start a session with [bold]onward chat[/].")
    else:
        console.print(
            "The agreement is not accepted yet; coaching sessions start once it is. "
            "Run [bold]onward agreement --accept[/] when you are ready."
        )


@friendly
def agreement(
    ctx: typer.Context,
    accept: bool = typer.Option(False, "--accept", help="Accept the current version."),
) -> None:
    """Read the coaching agreement and accept it."""
    rt = runtime(ctx)
    client = rt.client()
    _agreement_step(rt, client.id, accept, is_interactive())


@friendly
def profile(
    ctx: typer.Context,
    name: str = typer.Option(None),
    country: str = typer.Option(None),
    timezone: str = typer.Option(None),
    email: str = typer.Option(None),
    coach_name: str = typer.Option(None, help="Your human coach's name."),
    coach_email: str = typer.Option(None, help="Your human coach's email."),
    share: list[str] = typer.Option(  # noqa: B008
        None, help="What your human coach may see (goals, actions, checkins, wins, ...)."
    ),
) -> None:
    """Show your profile, or change it with the options."""
    rt = runtime(ctx)
    client = rt.client()
    changes = dict(name=name, country=country, timezone=timezone, email=email,
                   coach_name=coach_name, coach_email=coach_email,
                   shares_with_coach=tuple(share) if share else None)
    if any(v is not None for v in changes.values()):
        client = rt.services().profiles.update(client.id, **changes)
        console.print("Profile updated.")
    table = Table(show_header=False, box=None)
    for label, value in (("Name", client.name), ("Country", client.country),
                         ("Time zone", client.timezone), ("Email", client.email or "-"),
                         ("Human coach", client.coach_name or "-"),
                         ("Shared with coach", ", ".join(client.shares_with_coach) or "-")):
        table.add_row(f"[bold]{label}[/]", value)
    console.print(table)


@config_app.command("show")
@friendly
def config_show(ctx: typer.Context) -> None:
    """Print the effective settings and where each value came from."""
    settings = runtime(ctx).settings
    rows = settings.shown()
    width = max(len(name) for name, _, _ in rows)
    for name, value, source in rows:
        # plain lines, not a table: long paths must not be cut off
        console.print(f"{name:<{width}}  {value or '(empty)'}  [dim]({source})[/]",
                      soft_wrap=True)
