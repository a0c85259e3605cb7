"""How the CLI answers when something a client wrote needs more than coaching."""

from __future__ import annotations

from rich.panel import Panel

from onward.cli.runtime import console
from onward.guard.verdict import Level
from onward.services.screening import ScreenedNote


def show_concern(note: ScreenedNote) -> None:
    if not note.needs_attention:
        return
    if note.verdict.level is Level.CRISIS:
        head = (
            "What you wrote sounds like you may be going through something really hard, "
            "maybe unsafe. You deserve support from a person right now."
        )
        tail = "Onward has paused goal work. `onward help-now` shows these contacts any time."
    else:
        head = (
            "What you wrote sounds like something a licensed professional (a doctor, "
            "psychologist or counsellor) can help with better than coaching can."
        )
        tail = "Your note is saved. We can keep coaching on what you choose."
    body = "\n".join([head, "", *note.resources, "", tail])
    console.print(Panel(body, title="A moment, please", border_style="yellow"))
