"""How the CLI answers when something a client wrote needs more than coaching."""

from __future__ import annotations

from rich.panel import Panel

from onward.cli.runtime import Runtime, console
from onward.services.screening import ScreenedNote


def show_concern(note: ScreenedNote, rt: Runtime) -> None:
    """The guard's reply to a note: the crisis conversation, or the refer wording."""
    if not note.needs_attention:
        return
    if note.crisis_open:
        from onward.cli.boundary_cmds import crisis_conversation

        crisis_conversation(rt, rt.client().id, note.reply)
        return
    console.print(Panel(note.reply, title="A moment, please", border_style="yellow"))
