"""The facts a move carries to the voice: what the client has said, in their own words."""

from __future__ import annotations

from onward.coaching import needs
from onward.coaching.commitments import commitment_words
from onward.coaching.feedback import item
from onward.coaching.memory import Memory
from onward.coaching.moves import MoveKind, Stage
from onward.coaching.state import SessionState
from onward.coaching.summary import goal_summary, mid_session_summary, options_summary


def move_facts(s: SessionState, memory: Memory, kind: MoveKind | None = None) -> dict[str, str]:
    """What the voice may use to word a move: the client's words gathered so far."""
    g = s.gathered
    plain = {
        "topic": g.topic, "goal": g.session_goal, "measure": g.measure, "why": g.why,
        "action": g.action, "due": g.due, "recurrence": g.recurrence,
        "accountability": g.accountability, "support": g.support, "learning": g.learning,
    }  # fmt: skip
    facts = {k: v for k, v in plain.items() if v}
    if g.options:
        facts["options"] = " | ".join(g.options)
    for name, number in (("confidence", g.confidence), ("scale", g.commitment_scale)):
        if number is not None:
            facts[name] = str(number)
    if g.obstacles:
        facts["obstacle"] = g.obstacles[-1]
    if s.short_close:
        facts["short"] = "yes"
    need = s.need or ""
    index = needs.current_note_index(s)
    if need in ("status", "what_helped", "in_the_way") and index is not None:
        note = s.checkin[index]
        facts.update(commitment=note.text, source=note.source, status=note.status or "")
        facts["said"] = note.note or ""
    if need == "win" and memory.wins:
        facts.update(win=memory.wins[0].text, source=memory.wins[0].source)
    if s.stage is Stage.AGENDA:
        missed = [n.text for n in s.checkin if n.status in ("not", "partly")]
        if missed:
            facts["carry"] = missed[0]
        if memory.goals:
            facts["active_goal"] = memory.goals[0].text
        if memory.paused_after_crisis:
            facts["paused"] = "yes"
    if kind is MoveKind.SUMMARY:
        summary = {"goal_summary": goal_summary, "options_summary": options_summary}.get(
            need, mid_session_summary
        )(s)
        facts["summary"] = summary
        if "options.declined" in s.marks:
            facts["declined"] = "yes"
    if need == "idea_response":
        facts["idea"] = needs.pick_idea(s)
    if need in ("commitment_confirm", "short_confirm"):
        draft = s.commitments[-1] if s.commitments else None
        facts["commitment"] = draft.text if draft else commitment_words(g.action or "")
        if draft is not None:
            facts.update({k: v for k, v in (("due", draft.due), ("recurrence",
                          draft.recurrence), ("goal_link", draft.goal)) if v})  # fmt: skip
        else:
            facts.update({k: v for k, v in (("due", g.due), ("recurrence", g.recurrence),
                          ("goal_link", g.session_goal or g.topic)) if v})  # fmt: skip
    if s.stage is Stage.CLOSE or s.ended:
        done = s.confirmed_commitments
        if done:
            facts.update(commitment=done[-1].text, due=done[-1].due or "")
            if done[-1].recurrence:
                facts["recurrence"] = done[-1].recurrence
        wins = [n.text for n in s.checkin if n.status == "done"]
        if wins:
            facts["did"] = wins[0]
    if need.startswith(needs.FEEDBACK_PREFIX):
        facts["item"] = need.removeprefix(needs.FEEDBACK_PREFIX)
        facts["question"] = item(facts["item"]).question
    return facts
