"""`onward due`, `cadence`, `remind --once`, `worker`, `calendar`, `review`."""

from __future__ import annotations

from pathlib import Path

import typer

from onward.cli.runtime import console, err_console, fail, friendly, runtime
from onward.domain.cadence import DAY_NAMES
from onward.notify.reminders import describe
from onward.notify.scheduler import run_worker
from onward.services.deliveries import RunReport
from onward.services.portability import write_private
from onward.services.review import render_review


def register(app: typer.Typer) -> None:
    app.command("due")(due)
    app.command("cadence")(cadence)
    app.command("remind")(remind)
    app.command("worker")(worker)
    app.command("calendar")(calendar)
    app.command("review")(review)


@friendly
def due(ctx: typer.Context) -> None:
    """What is overdue, due today and coming up in the next seven days."""
    rt = runtime(ctx)
    d = rt.services().accountability.due(rt.client().id)
    if d.review_flag:
        console.print("[bold yellow]Is coaching working as you wish?[/] "
                      + "; ".join(d.review_flag.get("messages", [])) + ". Your next session "
                      "starts with a look at the approach.")
    for title, items in (("Overdue", d.overdue), ("Due today", d.due_today),
                         ("Coming up", d.coming)):
        if items:
            console.print(f"[bold]{title}[/]")
            for item in items:
                console.print(f"  {describe(item, d.today)}")
    if not (d.overdue or d.due_today or d.coming):
        console.print("Nothing due in the next seven days.")
    elif d.to_check_in:
        console.print("Check in with [bold]onward checkin[/].")


@friendly
def cadence(
    ctx: typer.Context,
    rhythm: str = typer.Argument(None, help="daily, due_dates or weekly ('overall' with --goal)."),
    goal: int = typer.Option(None, help="Set the rhythm for this goal only."),
    budget: int = typer.Option(None, help="At most this many reminders a week (0: none)."),
    quiet: str = typer.Option(None, help="Quiet hours, e.g. 21:00-08:00, or 'off'."),
    send_at: str = typer.Option(None, help="Local time for reminders, e.g. 09:00."),
    digest: str = typer.Option(None, help="daily or weekly: one message per day or week."),
    day: str = typer.Option(None, help="Day of the weekly review and digest (mon..sun)."),
    email: bool = typer.Option(None, "--email/--no-email", help="Reminders by email."),
) -> None:
    """Show or change your check-in rhythm and reminder settings (any time)."""
    rt = runtime(ctx)
    client = rt.client()
    service = rt.services().accountability
    if any(v is not None for v in (rhythm, goal, budget, quiet, send_at, digest, day, email)):
        service.configure(client.id, cadence=rhythm, goal_number=goal, budget=budget,
                          quiet=quiet, send_at=send_at, digest=digest, weekly_day=day,
                          email=email)
        console.print("Saved.")
    p = service.prefs(client.id)
    quiet_text = ("off" if p.quiet_start == p.quiet_end
                  else f"{p.quiet_start:%H:%M}-{p.quiet_end:%H:%M}")
    console.print(f"Check-in rhythm: [bold]{p.cadence.replace('_', ' ')}[/]")
    for number, rule in sorted(service.goal_cadences(client.id).items()):
        console.print(f"  goal {number}: {rule.replace('_', ' ')}")
    console.print(
        f"Reminders: {'email' if p.email else 'off'}, a {p.digest} digest at "
        f"{p.send_at:%H:%M} ({client.timezone}), at most {p.nudge_budget} a week; "
        f"quiet hours {quiet_text}; weekly review on {DAY_NAMES[p.weekly_day]}"
    )
    if p.email and not client.email:
        console.print("No email address on your profile: add one with "
                      "[bold]onward profile --email you@example.org[/].")


def _report(r: RunReport) -> None:
    console.print(f"Reviews {r.reviews}, planned {r.planned}, sent {r.sent}, "
                  f"failed {r.failed} (kept and retried later).")
    for error in r.errors:
        err_console.print(f"  not sent: {error}")


@friendly
def remind(
    ctx: typer.Context,
    once: bool = typer.Option(False, "--once", help="Send what is due now, then exit."),
) -> None:
    """Send what is due and exit: for cron or a systemd timer (see docs/reminders.md)."""
    if not once:
        fail("use `onward remind --once` (cron, timers) or `onward worker` (runs until stopped)")
    rt = runtime(ctx)
    services = rt.services()
    if not services.deliveries.mail_enabled:
        err_console.print("Email is not set up (smtp_host), so nothing is mailed; weekly "
                          "reviews are still kept. `onward due` shows what is due.")
    _report(services.deliveries.run_once())


@friendly
def worker(
    ctx: typer.Context,
    interval: float = typer.Option(60.0, help="Seconds between passes."),
    passes: int = typer.Option(None, hidden=True, help="Stop after this many passes."),
) -> None:
    """Run until stopped (Ctrl-C or SIGTERM), sending reminders as they fall due."""
    rt = runtime(ctx)
    services = rt.services()
    err_console.print(f"Onward worker: a pass every {interval:g}s; Ctrl-C to stop.")

    def on_pass(r: RunReport) -> None:
        if r.planned or r.sent or r.failed or r.reviews:
            _report(r)

    def on_error(exc: Exception) -> None:
        err_console.print(f"pass failed, will try again: {exc}")

    run_worker(services.deliveries.run_once, interval=interval, on_pass=on_pass,
               on_error=on_error, max_passes=passes)


@friendly
def calendar(
    ctx: typer.Context,
    output: Path = typer.Option(Path("onward.ics"), "--output", "-o",  # noqa: B008
                                help="Where to write the iCalendar file."),
) -> None:
    """Export sessions, your check-in rhythm and action due dates as an .ics file."""
    rt = runtime(ctx)
    data = rt.services().accountability.calendar(rt.client().id)
    write_private(output, data.decode("utf-8"))
    console.print(f"Calendar written to {output}; import it into your calendar app.")


@friendly
def review(ctx: typer.Context) -> None:
    """Your weekly review: goals against the pace you set, actions, wins, and whether
    coaching is working as you wish."""
    rt = runtime(ctx)
    result = rt.services().review.weekly(rt.client().id)
    assert result is not None  # replace=True always records
    console.print(render_review(result), markup=False)
