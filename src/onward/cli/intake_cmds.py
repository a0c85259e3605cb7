"""The intake fit check at the terminal: is coaching the right support now?"""

from __future__ import annotations

import typer
from rich.panel import Panel

from onward.cli.runtime import Runtime, console, friendly, runtime
from onward.domain.clients import Client
from onward.domain.errors import InvalidInput
from onward.guard.intake import INTAKE_QUESTIONS, IntakeQuestion

INTRO = (
    "Before we start, a few short questions to check that coaching is the right kind of "
    "support for you right now. Coaching works on goals and action; it is not therapy or "
    "crisis care. You can skip any question by pressing Enter."
)

OUTCOME_TEXT = {
    "coaching_fits": "Thank you. Coaching sounds like a good fit for what you describe.",
    "coaching_alongside_treatment": (
        "Thank you. Coaching can work alongside the support you already have; it may help "
        "to let your doctor or therapist know you are doing it."
    ),
}


def _ask(question: IntakeQuestion) -> str:
    prompt = question.text
    if question.choices and question.kind == "choice":
        options = ", ".join(f"{i}) {label}" for i, (_, label) in
                            enumerate(question.choices, start=1))
        prompt = f"{question.text}\n  {options}"
    answer = typer.prompt(prompt, default="", show_default=False).strip()
    if question.kind == "choice" and answer.isdigit():
        index = int(answer) - 1
        if 0 <= index < len(question.choices):
            return question.choices[index][0]
    return answer


def run_intake(rt: Runtime, client: Client) -> bool:
    """Ask the questions; True when coaching may go on to the agreement."""
    console.print(Panel(INTRO, title="Is coaching right for you now?"))
    answers: dict[str, str] = {}
    guard = rt.services().ctx.guard
    for question in INTAKE_QUESTIONS:
        answer = _ask(question)
        if not answer:
            continue
        answers[question.id] = answer
        if question.kind == "text" and guard.screen(answer, (), client.country).level.value \
                == "crisis":
            break  # safety first: no more questions about coaching fit
    outcome = rt.services().boundary.intake(client.id, answers)
    result = outcome.result
    if result.next_flow == "crisis":
        from onward.cli.boundary_cmds import crisis_conversation

        crisis_conversation(rt, client.id, outcome.reply)
        console.print("Your profile is saved. When you are ready, `onward agreement` "
                      "continues from here.")
        return False
    if result.next_flow == "refer":
        console.print(Panel(outcome.reply, border_style="yellow", title="A thought first"))
        go_on = typer.confirm("Would you still like to set up coaching for a goal-focused "
                              "topic?", default=False)
        return go_on
    console.print(OUTCOME_TEXT[result.outcome])
    return True


def register(app: typer.Typer) -> None:
    app.command("selfcheck")(selfcheck)


@friendly
def selfcheck(
    ctx: typer.Context,
    instrument: str = typer.Argument(..., help="phq9 (mood) or gad7 (worry)."),
    answers: str = typer.Option(
        None, "--answers", help="Comma-separated 0-3 answers, for scripts."
    ),
) -> None:
    """An optional self-check: is coaching the right support for you now? Not a diagnosis."""
    from onward.guard import selfchecks as sc

    rt = runtime(ctx)
    client = rt.client()
    instrument = instrument.strip().lower().replace("-", "")
    items = {"phq9": sc.PHQ9_ITEMS, "gad7": sc.GAD7_ITEMS}.get(instrument)
    if items is None:
        raise InvalidInput("choose phq9 or gad7")
    if answers is not None:
        try:
            values = [int(a) for a in answers.split(",")]
        except ValueError:
            raise InvalidInput("--answers takes numbers 0-3 separated by commas") from None
    else:
        console.print(Panel(f"{sc.FRAMING}\n\n{sc.PFIZER_NOTICE}", title="Self-check"))
        stem = sc.PHQ9_STEM if instrument == "phq9" else sc.GAD7_STEM
        console.print(stem)
        console.print("  " + ", ".join(f"{v}) {label}" for v, label in sc.FREQUENCY_CHOICES))
        values = []
        for item in items:
            answer = ""
            while answer not in ("0", "1", "2", "3"):
                answer = typer.prompt(f"{item} [0-3]").strip()
            values.append(int(answer))
    result, reply, crisis_open = rt.services().boundary.selfcheck(client.id, instrument, values)
    if crisis_open:
        from onward.cli.boundary_cmds import crisis_conversation

        crisis_conversation(rt, client.id, reply)
        return
    console.print(Panel(reply, title="What your answers suggest"))
    console.print(f"[dim]{sc.PFIZER_NOTICE}[/]")
