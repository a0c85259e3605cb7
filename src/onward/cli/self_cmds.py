"""`onward values`, `vision`, `wheel`, `win ...`, `saboteur ...`."""

from __future__ import annotations

import typer
from rich.table import Table

from onward.cli.notes import show_concern
from onward.cli.runtime import console, friendly, is_interactive, parse_date, runtime
from onward.domain.errors import InvalidInput

win_app = typer.Typer(help="Wins: what went well, big or small.", no_args_is_help=True)
saboteur_app = typer.Typer(
    help="Saboteurs: the inner voices that defend the status quo.", no_args_is_help=True
)
wheel_app = typer.Typer(help="Wheel of life: rate, rename, history.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.command("values")(values)
    app.command("vision")(vision)
    app.add_typer(wheel_app, name="wheel")
    app.add_typer(win_app, name="win")
    app.add_typer(saboteur_app, name="saboteur")


@friendly
def values(
    ctx: typer.Context,
    ranked: list[str] = typer.Argument(None, help="Your values, most important first."),  # noqa: B008
) -> None:
    """Show your ranked values, or set them (most important first)."""
    rt = runtime(ctx)
    client = rt.client()
    svc = rt.services().self_
    if ranked:
        names = [n for item in ranked for n in item.split(",")]
        svc.set_values(client.id, names)
        console.print("Values saved.")
    current = svc.values(client.id)
    if not current:
        console.print("No values yet: `onward values honesty growth family` "
                      "(most important first).")
    for v in current:
        console.print(f"{v.rank}. {v.name}")


@friendly
def vision(ctx: typer.Context, text: str = typer.Argument(None)) -> None:
    """Show your vision, or set it."""
    rt = runtime(ctx)
    client = rt.client()
    svc = rt.services().self_
    if text:
        _, note = svc.set_vision(client.id, text)
        console.print("Vision saved.")
        show_concern(note, rt)
    current = svc.vision(client.id)
    console.print(current.text if current else 'No vision yet: `onward vision "..."`.')


@wheel_app.command("rate")
@friendly
def wheel_rate(
    ctx: typer.Context,
    score: list[str] = typer.Argument(  # noqa: B008
        None, help="area=satisfaction or area=satisfaction/ideal, e.g. health=6/9"
    ),
) -> None:
    """Rate your satisfaction (0-10) in each life area; asks each area if none given."""
    rt = runtime(ctx)
    client = rt.client()
    svc = rt.services().self_
    areas = svc.areas(client.id)
    scores: dict[str, tuple[int, int | None]] = {}
    if score:
        for item in score:
            name, _, value = item.partition("=")
            scores[name] = _parse_rating(name, value)
    elif is_interactive():
        for area in areas:
            answer = typer.prompt(f"{area.name} (0-10, or 6/9 with an ideal; blank skips)",
                                  default="", show_default=False)
            if answer.strip():
                scores[area.name] = _parse_rating(area.name, answer)
    if not scores:
        raise InvalidInput("give ratings like health=6 career=7/9")
    snap, changes = svc.rate_wheel(client.id, scores)
    names = {a.id: a.name for a in areas}
    table = Table("area", "now", "ideal", "change")
    for r in snap.ratings:
        change = changes[r.area_id]
        table.add_row(names[r.area_id], str(r.satisfaction), str(r.ideal or "-"),
                      "new" if change is None else f"{change:+d}")
    console.print(table)


def _parse_rating(name: str, value: str) -> tuple[int, int | None]:
    sat, _, ideal = value.strip().partition("/")
    try:
        return int(sat), (int(ideal) if ideal else None)
    except ValueError:
        raise InvalidInput(f"rating for {name!r} must be a number 0-10, not {value!r}") from None


@wheel_app.command("history")
@friendly
def wheel_history(ctx: typer.Context) -> None:
    """Every rating so far, with the change since the time before."""
    rt = runtime(ctx)
    client = rt.client()
    svc = rt.services().self_
    areas = svc.areas(client.id)
    snaps = svc.wheel_history(client.id)
    if not snaps:
        console.print("No ratings yet: `onward wheel rate health=6 career=7`.")
        return
    shown = snaps[-4:]  # the latest few sittings fit a terminal; export has them all
    table = Table("area", "change", *[f"{s.taken_at:%Y-%m-%d}" for s in shown])
    for area in areas:
        rated = [s.by_area()[area.id].satisfaction for s in snaps if area.id in s.by_area()]
        change = f"{rated[-1] - rated[-2]:+d}" if len(rated) > 1 else "-"
        cells = [str(s.by_area()[area.id].satisfaction) if area.id in s.by_area() else "-"
                 for s in shown]
        table.add_row(area.name, change, *cells)
    console.print(table)


@wheel_app.command("rename")
@friendly
def wheel_rename(ctx: typer.Context, old: str, new: str) -> None:
    """Rename a life area."""
    rt = runtime(ctx)
    area = rt.services().self_.rename_area(rt.client().id, old, new)
    console.print(f"Area renamed to {area.name}.")


@win_app.command("add")
@friendly
def win_add(
    ctx: typer.Context,
    text: str,
    on: str = typer.Option(None, help="When it happened (default today)."),
    goal: int = typer.Option(None, help="The goal it moved forward."),
    saboteur: int = typer.Option(None, help="The saboteur it proves wrong."),
) -> None:
    """Log a win."""
    rt = runtime(ctx)
    client = rt.client()
    services = rt.services()
    when = parse_date(on, services.ctx.today_for(client))
    win, note = services.wins.add(client.id, text, when, goal, saboteur)
    console.print(f"Win {win.number} logged. Well noticed.")
    show_concern(note, rt)


@win_app.command("list")
@friendly
def win_list(ctx: typer.Context) -> None:
    """List your wins."""
    rt = runtime(ctx)
    wins = rt.services().wins.all(rt.client().id)
    if not wins:
        console.print('No wins logged yet: `onward win add "..."`.')
    for w in wins:
        console.print(f"{w.number}. {w.happened_on}  {w.text}")


@win_app.command("edit")
@friendly
def win_edit(ctx: typer.Context, number: int, text: str = typer.Argument(None),
             on: str = typer.Option(None)) -> None:
    """Change a win."""
    rt = runtime(ctx)
    client = rt.client()
    services = rt.services()
    win, note = services.wins.edit(client.id, number, text,
                                   parse_date(on, services.ctx.today_for(client)))
    console.print(f"Win {win.number} updated.")
    show_concern(note, rt)


@win_app.command("delete")
@friendly
def win_delete(ctx: typer.Context, number: int) -> None:
    """Delete a win."""
    rt = runtime(ctx)
    rt.services().wins.delete(rt.client().id, number)
    console.print(f"Win {number} deleted.")


@saboteur_app.command("add")
@friendly
def saboteur_add(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="Your own name for this voice."),
    says: str = typer.Option(None, help="What it says to you."),
    shows_up: str = typer.Option(None, help="When it shows up."),
    cost: str = typer.Option(None, help="What listening to it costs you."),
    answer: str = typer.Option(None, help="Your answer to it."),
) -> None:
    """Name a saboteur."""
    rt = runtime(ctx)
    sab, note = rt.services().saboteurs.add(rt.client().id, name, says, shows_up, cost, answer)
    console.print(f"Saboteur {sab.number} named: [bold]{sab.name}[/].")
    show_concern(note, rt)


@saboteur_app.command("list")
@friendly
def saboteur_list(ctx: typer.Context) -> None:
    """List your saboteurs."""
    rt = runtime(ctx)
    sabs = rt.services().saboteurs.all(rt.client().id)
    if not sabs:
        console.print('None named yet: `onward saboteur add "The Judge" --says "..."`.')
    for s in sabs:
        console.print(f"{s.number}. [bold]{s.name}[/]: {s.says or ''} "
                      f"(seen {len(s.sightings)} times)")
        if s.answer:
            console.print(f"   your answer: {s.answer}")


@saboteur_app.command("seen")
@friendly
def saboteur_seen(ctx: typer.Context, number: int,
                  note: str = typer.Option(None, help="What happened.")) -> None:
    """Note that a saboteur showed up."""
    rt = runtime(ctx)
    sab, screened = rt.services().saboteurs.seen(rt.client().id, number, note)
    console.print(f"Noted: {sab.name} showed up ({len(sab.sightings)} times so far).")
    if sab.answer:
        console.print(f"Your answer to it: {sab.answer}")
    show_concern(screened, rt)


@saboteur_app.command("edit")
@friendly
def saboteur_edit(
    ctx: typer.Context, number: int, name: str = typer.Option(None),
    says: str = typer.Option(None), shows_up: str = typer.Option(None),
    cost: str = typer.Option(None), answer: str = typer.Option(None),
) -> None:
    """Change a saboteur."""
    rt = runtime(ctx)
    sab, note = rt.services().saboteurs.edit(rt.client().id, number, name=name, says=says,
                                             shows_up=shows_up, cost=cost, answer=answer)
    console.print(f"Saboteur {sab.number} updated.")
    show_concern(note, rt)


@saboteur_app.command("delete")
@friendly
def saboteur_delete(ctx: typer.Context, number: int) -> None:
    """Delete a saboteur."""
    rt = runtime(ctx)
    rt.services().saboteurs.delete(rt.client().id, number)
    console.print(f"Saboteur {number} deleted.")
