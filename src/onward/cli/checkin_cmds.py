"""`onward checkin`: walk through due actions, one at a time."""

from __future__ import annotations

import typer

from onward.cli.notes import show_concern
from onward.cli.runtime import Runtime, console, fail, friendly, is_interactive, runtime
from onward.domain.errors import InvalidInput
from onward.services.checkins import CheckInAnswer

OUTCOMES = {"d": "done", "done": "done", "y": "done", "yes": "done", "p": "partly",
            "partly": "partly", "n": "not", "not": "not", "no": "not"}


def register(app: typer.Typer) -> None:
    app.command("checkin")(checkin)


@friendly
def checkin(
    ctx: typer.Context,
    answer: list[str] = typer.Option(  # noqa: B008
        None, "--answer", "-a",
        help="NUMBER=done|partly|not[:what got in the way], for scripts (repeatable).",
    ),
    note: str = typer.Option(None, help="Anything else you want to note."),
    win: str = typer.Option(None, help="A win to log with this check-in."),
) -> None:
    """Check in on actions that are due: done, partly or not, and what got in the way."""
    rt = runtime(ctx)
    client = rt.client()
    services = rt.services()
    if _paused_after_crisis(rt, client.id):
        return
    answers: list[CheckInAnswer] = []
    if answer:
        answers = [_parse_answer(a) for a in answer]
    else:
        due = services.actions.due(client.id)
        if not due:
            console.print("Nothing is due. Well done keeping up, or add actions with "
                          "[bold]onward action add[/].")
            if note is None and win is None:
                return
        elif not is_interactive():
            fail("not at a terminal: pass answers with --answer NUMBER=done|partly|not")
        today = services.ctx.today_for(client)
        for action in due:
            late = (today - action.due).days if action.due else 0
            when = f"overdue since {action.due}" if late > 0 else "due today"
            console.print(f"\n[bold]{action.number}. {action.text}[/] ({when})")
            outcome = ""
            while outcome not in OUTCOMES:
                outcome = typer.prompt("Done, partly or not? [d/p/n]").strip().lower()
            obstacle = None
            if OUTCOMES[outcome] != "done":
                obstacle = typer.prompt("What got in the way?", default="",
                                        show_default=False) or None
            answers.append(CheckInAnswer(action.number, OUTCOMES[outcome], obstacle))
        if due and win is None:
            win = typer.prompt("A win to log? (blank to skip)", default="",
                               show_default=False) or None
        if due and note is None:
            note = typer.prompt("Anything else? (blank to finish)", default="",
                                show_default=False) or None
    record, screened = services.checkins.record(client.id, answers, note, win)
    done = sum(1 for i in record.items if i.outcome == "done")
    console.print(f"\nChecked in: {done} of {len(record.items)} done."
                  + (" Win logged." if win and win.strip() else ""))
    show_concern(screened, rt)


def _paused_after_crisis(rt: Runtime, client_id: str) -> bool:
    """After a crisis, a check-in first asks how the person is; accountability waits."""
    step = rt.services().boundary.pause_prompt(client_id)
    if step is None:
        return False
    from onward.cli.boundary_cmds import crisis_conversation

    crisis_conversation(rt, client_id, step.reply)
    if rt.services().boundary.crisis_open(client_id):
        console.print("Your actions will wait. There is no pressure to check in today.")
        return True
    return False


def _parse_answer(raw: str) -> CheckInAnswer:
    head, _, obstacle = raw.partition(":")
    number, _, outcome = head.partition("=")
    try:
        n = int(number)
    except ValueError:
        raise InvalidInput(f"--answer needs NUMBER=done|partly|not, not {raw!r}") from None
    key = outcome.strip().lower()
    if key not in OUTCOMES:
        raise InvalidInput(f"outcome must be done, partly or not, not {outcome!r}")
    return CheckInAnswer(n, OUTCOMES[key], obstacle.strip() or None)
