"""What each stage needs, which need comes next, and whether a reply supplied it.

A stage is complete when its needs are met by the client's words (or the client chose
to skip one); never because a counter ran out. `next_need` is computed from what has
been gathered, so a resumed session picks up exactly where it was.
"""

from __future__ import annotations

from onward.coaching.answers import FEEDBACK_PREFIX, IDEAS, current_note_index, pick_idea, take
from onward.coaching.feedback import ITEM_IDS, SHORT_ITEMS
from onward.coaching.memory import Memory
from onward.coaching.moves import Stage
from onward.coaching.state import SessionState

ORDER = (
    Stage.CHECKIN, Stage.AGENDA, Stage.GOAL, Stage.REALITY, Stage.OPTIONS, Stage.WILL,
    Stage.CLOSE,
)  # fmt: skip
MAX_OPTIONS = 3  # after three of their own options, a coach moves on to choosing
RAISE_BELOW = 7  # a commitment below this earns "what would raise it?"


def key(stage: Stage, need: str) -> str:
    return f"{stage.value}.{need}"


def _open(s: SessionState, stage: Stage, need: str) -> bool:
    return key(stage, need) not in s.skipped


def stage_need(s: SessionState, stage: Stage, memory: Memory) -> str | None:
    """The first need of `stage` not yet met, or None when the stage is complete."""
    g = s.gathered
    asks_fit = memory.ask_how_coaching_is_working and "fit" not in s.marks
    if stage in (Stage.CHECKIN, Stage.AGENDA) and asks_fit and _open(s, stage, "coaching_fit"):
        return "coaching_fit"
    if stage is Stage.CHECKIN:
        for note in s.checkin:
            if note.status is None and _open(s, stage, "status"):
                return "status"
            if note.note is None and note.status is not None:
                need = "what_helped" if note.status == "done" else "in_the_way"
                if _open(s, stage, need):
                    return need
        if not s.checkin and memory.wins and "checkin.win" not in s.marks:
            return "win" if _open(s, stage, "win") else None
        return None
    if stage is Stage.AGENDA:
        if memory.paused_after_crisis:
            return "listen"  # no goal work until the client chooses (the lead's flow)
        return "topic" if g.topic is None and _open(s, stage, "topic") else None
    if stage is Stage.GOAL:
        wanted = [
            ("session_goal", g.session_goal is None),
            ("measure", g.measure is None),
            ("why", g.why is None),
            ("goal_summary", "goal.summary" not in s.marks),
            ("goal_correction", "goal.summary_no" in s.marks and "goal.corrected" not in s.marks),
        ]
    elif stage is Stage.REALITY:
        wanted = [
            ("current", not g.reality),
            ("tried", g.tried is None),
            ("confidence", g.confidence is None),
        ]
    elif stage is Stage.OPTIONS:
        wanted = [
            # Permission to offer an idea comes when the client's own ideas have run dry.
            ("permission", not s.permission_asked and (
                not g.options and s.attempt(Stage.OPTIONS, "option") >= 2
                or len(g.options) < 2 and "options.enough" in s.marks)),
            ("idea_response", s.idea_offered and "options.idea_done" not in s.marks),
            ("option", not g.options),
            ("more_options", len(g.options) < MAX_OPTIONS and "options.enough" not in s.marks),
            ("options_summary", "options.summary" not in s.marks),
            ("options_correction",
             "options.summary_no" in s.marks and "options.corrected" not in s.marks),
        ]  # fmt: skip
    elif stage is Stage.WILL:
        draft = s.commitments[-1] if s.commitments else None
        goal = g.session_goal or g.topic
        wanted = [
            ("action", g.action is None),
            ("due", g.due is None and g.recurrence is None),
            ("obstacle", not g.obstacles),
            ("support", g.support is None),
            ("commitment_scale", g.commitment_scale is None),
            ("raise_commitment", (g.commitment_scale or 10) < RAISE_BELOW and g.raise_note is None),
            ("accountability", g.accountability is None),
            # A confirmed commitment from before a change of topic doesn't count here.
            ("commitment_text", draft is None or draft.confirmed and draft.goal != goal),
            ("commitment_confirm", draft is not None and not draft.confirmed),
        ]
    else:
        return _close_need(s)
    return next((n for n, missing in wanted if missing and _open(s, stage, n)), None)


def _close_need(s: SessionState) -> str | None:
    g = s.gathered
    items: tuple[str, ...]
    if s.short_close:
        unconfirmed = g.action is not None and not s.confirmed_commitments
        if unconfirmed and "close.short_confirm" not in s.marks:
            return "short_confirm"
        items = SHORT_ITEMS
    else:
        if g.learning is None and _open(s, Stage.CLOSE, "learning"):
            return "learning"
        if "close.finish" not in s.marks and _open(s, Stage.CLOSE, "finish"):
            return "finish"
        items = ITEM_IDS
    for item in items:
        need = FEEDBACK_PREFIX + item
        if item not in s.feedback and _open(s, Stage.CLOSE, need):
            return need
    return None


def advance(s: SessionState, memory: Memory) -> None:
    """Point the state at the first unmet need, from the current stage onwards."""
    start = ORDER.index(s.stage) if s.stage in ORDER else 0
    for stage in ORDER[start:]:
        need = stage_need(s, stage, memory)
        if need is not None:
            s.stage, s.need = stage, need
            return
    s.stage, s.need = Stage.CLOSE, None  # nothing left: the goodbye


__all__ = [
    "FEEDBACK_PREFIX",
    "IDEAS",
    "advance",
    "current_note_index",
    "key",
    "pick_idea",
    "stage_need",
    "take",
]
