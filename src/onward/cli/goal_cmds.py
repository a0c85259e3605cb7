"""`onward goal ...` and `onward action ...`."""

from __future__ import annotations

import typer
from rich.table import Table

from onward.cli.runtime import console, friendly, parse_date, runtime
from onward.domain.errors import InvalidInput
from onward.domain.goals import goal_t_score
from onward.services.goals import GoalDraft

goal_app = typer.Typer(help="Your goals, with Goal Attainment Scaling.", no_args_is_help=True)
action_app = typer.Typer(help="Actions you commit to between sessions.", no_args_is_help=True)

GAS_HELP = "Describe what this level looks like, in your words."


def register(app: typer.Typer) -> None:
    app.add_typer(goal_app, name="goal")
    app.add_typer(action_app, name="action")


def _gas_options(m2: str | None, m1: str | None, z: str | None, p1: str | None,
                 p2: str | None) -> dict[int, str]:
    return {k: v for k, v in zip((-2, -1, 0, 1, 2), (m2, m1, z, p1, p2), strict=True) if v}


@goal_app.command("add")
@friendly
def goal_add(
    ctx: typer.Context,
    title: str = typer.Argument(..., help="What you want, in a few words."),
    why: str = typer.Option(None, help="Why it matters to you."),
    measure: str = typer.Option(None, help="How you will know you got there."),
    target: str = typer.Option(None, help="Target date, e.g. 2027-03-01 or 'in 3 months'."),
    value: list[str] = typer.Option(None, help="A value this goal serves (repeatable)."),  # noqa: B008
    area: str = typer.Option(None, help="Life area (from your wheel of life)."),
    weight: float = typer.Option(1.0, help="Weight of this goal in the overall GAS score."),
    baseline: int = typer.Option(None, help="Where you are now on the -2..+2 scale."),
    gas_minus2: str = typer.Option(None, "--much-less", help=GAS_HELP),
    gas_minus1: str = typer.Option(None, "--less", help=GAS_HELP),
    gas_0: str = typer.Option(None, "--expected", help=GAS_HELP),
    gas_plus1: str = typer.Option(None, "--more", help=GAS_HELP),
    gas_plus2: str = typer.Option(None, "--much-more", help=GAS_HELP),
    milestone: list[str] = typer.Option(None, help="A milestone on the way (repeatable)."),  # noqa: B008
) -> None:
    """Add a goal."""
    rt = runtime(ctx)
    client = rt.client()
    services = rt.services()
    goal = services.goals.add(
        client.id,
        GoalDraft(
            title=title, why=why, measure=measure, values=tuple(value or ()), life_area=area,
            target_date=parse_date(target, services.ctx.today_for(client), "target date"),
            gas_levels=_gas_options(gas_minus2, gas_minus1, gas_0, gas_plus1, gas_plus2),
            weight=weight, baseline=baseline, milestones=tuple(milestone or ()),
        ),
    )
    console.print(f"Goal {goal.number} added: [bold]{goal.title}[/]")
    if len(goal.gas_levels) < 5:
        console.print(
            "Tip: describe all five GAS levels (--much-less .. --much-more) so progress "
            "can be scored; `onward goal edit` adds them later."
        )


@goal_app.command("list")
@friendly
def goal_list(
    ctx: typer.Context,
    status: str = typer.Option(None, help="active, paused, achieved or dropped."),
) -> None:
    """List your goals."""
    rt = runtime(ctx)
    goals = rt.services().goals.all(rt.client().id, status)
    if not goals:
        console.print("No goals yet. Add one with [bold]onward goal add \"...\"[/].")
        return
    table = Table("#", "goal", "status", "level", "T", "target")
    for g in goals:
        t = goal_t_score(g)
        table.add_row(str(g.number), g.title, g.status,
                      "-" if g.current_level is None else f"{g.current_level:+d}",
                      "-" if t is None else f"{t:.1f}", str(g.target_date or "-"))
    console.print(table)


@goal_app.command("show")
@friendly
def goal_show(ctx: typer.Context, number: int) -> None:
    """Show a goal with its levels, scores and actions."""
    rt = runtime(ctx)
    goal, actions = rt.services().goals.show(rt.client().id, number)
    console.print(f"[bold]{goal.number}. {goal.title}[/] ({goal.status})")
    for label, v in (("Why it matters", goal.why), ("Measure of success", goal.measure),
                     ("Target date", goal.target_date), ("Life area", goal.life_area),
                     ("Values", ", ".join(goal.values)), ("Weight", goal.weight),
                     ("Baseline", None if goal.baseline is None else f"{goal.baseline:+d}")):
        if v not in (None, ""):
            console.print(f"  {label}: {v}")
    for level in (2, 1, 0, -1, -2):
        if level in goal.gas_levels:
            console.print(f"  GAS {level:+d}: {goal.gas_levels[level]}")
    for m in goal.milestones:
        console.print(f"  [{'x' if m.done else ' '}] {m.text}")
    for s in goal.scores:
        console.print(f"  scored {s.level:+d} on {s.scored_on}" + (f": {s.note}" if s.note else ""))
    t = goal_t_score(goal)
    if t is not None:
        console.print(f"  GAS T-score now: {t:.1f}")
    for a in actions:
        console.print(f"  action {a.number}: {a.text} ({a.status}, due {a.due or '-'})")


@goal_app.command("edit")
@friendly
def goal_edit(
    ctx: typer.Context,
    number: int,
    title: str = typer.Option(None),
    why: str = typer.Option(None),
    measure: str = typer.Option(None),
    target: str = typer.Option(None),
    area: str = typer.Option(None),
    weight: float = typer.Option(None),
    baseline: int = typer.Option(None),
    gas_minus2: str = typer.Option(None, "--much-less", help=GAS_HELP),
    gas_minus1: str = typer.Option(None, "--less", help=GAS_HELP),
    gas_0: str = typer.Option(None, "--expected", help=GAS_HELP),
    gas_plus1: str = typer.Option(None, "--more", help=GAS_HELP),
    gas_plus2: str = typer.Option(None, "--much-more", help=GAS_HELP),
    milestone: list[str] = typer.Option(None, help="Add a milestone (repeatable)."),  # noqa: B008
) -> None:
    """Change a goal."""
    rt = runtime(ctx)
    client = rt.client()
    services = rt.services()
    gas = _gas_options(gas_minus2, gas_minus1, gas_0, gas_plus1, gas_plus2)
    goal = services.goals.edit(
        client.id, number, title=title, why=why, measure=measure, life_area=area,
        target_date=parse_date(target, services.ctx.today_for(client), "target date"),
        weight=weight, baseline=baseline, gas_levels=gas or None,
        milestones=list(milestone) if milestone else None,
    )
    console.print(f"Goal {goal.number} updated.")


@goal_app.command("score")
@friendly
def goal_score(
    ctx: typer.Context,
    number: int,
    level: str = typer.Argument(..., help="Where you are now: -2, -1, 0, +1 or +2."),
    note: str = typer.Option(None),
) -> None:
    """Score a goal on its GAS scale today."""
    try:
        value = int(level)
    except ValueError:
        raise InvalidInput(f"GAS level must be -2, -1, 0, +1 or +2, not {level!r}") from None
    rt = runtime(ctx)
    goal = rt.services().goals.score(rt.client().id, number, value, note)
    t = goal_t_score(goal)
    description = goal.gas_levels.get(value)
    console.print(f"Goal {goal.number} scored {value:+d}" + (f" ({description})" if description
                                                              else "") + f"; T = {t:.1f}")


@goal_app.command("status")
@friendly
def goal_status(
    ctx: typer.Context,
    number: int,
    status: str = typer.Argument(..., help="active, paused, achieved or dropped."),
) -> None:
    """Change a goal's status."""
    rt = runtime(ctx)
    goal = rt.services().goals.set_status(rt.client().id, number, status.strip().lower())
    console.print(f"Goal {goal.number} is now {goal.status}.")


@action_app.command("add")
@friendly
def action_add(
    ctx: typer.Context,
    text: str = typer.Argument(..., help="What you will do, in your words."),
    due: str = typer.Option(None, help="When: 2026-12-03, 'friday', 'in 3 days'."),
    every: str = typer.Option(None, help="daily, weekdays, weekly, fortnightly or monthly."),
    goal: int = typer.Option(None, help="The goal number this action serves."),
) -> None:
    """Add an action."""
    rt = runtime(ctx)
    client = rt.client()
    services = rt.services()
    due_date = parse_date(due, services.ctx.today_for(client), "due date")
    action = services.actions.add(client.id, text, due_date, every, goal)
    console.print(f"Action {action.number} added: {action.text}"
                  + (f" (due {action.due})" if action.due else ""))


@action_app.command("list")
@friendly
def action_list(
    ctx: typer.Context, all_: bool = typer.Option(False, "--all", help="Include closed.")
) -> None:
    """List your actions."""
    rt = runtime(ctx)
    actions = rt.services().actions.all(rt.client().id, include_closed=all_)
    if not actions:
        console.print("No open actions. Add one with [bold]onward action add \"...\"[/].")
        return
    table = Table("#", "action", "due", "repeats", "status")
    for a in actions:
        table.add_row(str(a.number), a.text, str(a.due or "-"), a.recurrence or "-", a.status)
    console.print(table)


@action_app.command("edit")
@friendly
def action_edit(ctx: typer.Context, number: int, text: str) -> None:
    """Reword an action."""
    rt = runtime(ctx)
    action = rt.services().actions.edit(rt.client().id, number, text)
    console.print(f"Action {action.number} is now: {action.text}")


@action_app.command("move")
@friendly
def action_move(ctx: typer.Context, number: int, due: str) -> None:
    """Reschedule an action."""
    rt = runtime(ctx)
    client = rt.client()
    services = rt.services()
    when = parse_date(due, services.ctx.today_for(client), "due date")
    if when is None:
        raise InvalidInput("give the new due date")
    action = services.actions.move(client.id, number, when)
    console.print(f"Action {action.number} moved to {action.due}.")


@action_app.command("done")
@friendly
def action_done(ctx: typer.Context, number: int) -> None:
    """Mark an action done (a recurring one moves to its next date)."""
    rt = runtime(ctx)
    action = rt.services().actions.done(rt.client().id, number)
    if action.status == "open":
        console.print(f"Done for now. Next time: {action.due}.")
    else:
        console.print(f"Action {action.number} done: {action.text}")


@action_app.command("delete")
@friendly
def action_delete(ctx: typer.Context, number: int) -> None:
    """Delete an action."""
    rt = runtime(ctx)
    rt.services().actions.delete(rt.client().id, number)
    console.print(f"Action {number} deleted.")
