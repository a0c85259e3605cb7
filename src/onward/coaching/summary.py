"""Summaries in the client's own words: at stage transitions, mid-session, and at the end.

A summary only repeats what the client said (turned to second person); it adds no
interpretation, so checking it with the client ("Did I get that right?") is honest.
"""

from __future__ import annotations

import re
from datetime import date

from onward.coaching.language import to_second_person
from onward.coaching.moves import Stage
from onward.coaching.state import SessionState

_LEAD_IN = re.compile(
    r"^(?:(?:i|you)\s+(?:could|might|can|would|will|should|'d|'ll)\s+(?:maybe\s+|also\s+)?|"
    r"(?:i|you)'(?:d|ll)\s+(?:maybe\s+)?|maybe\s+(?:i\s+could\s+)?|perhaps\s+|"
    r"one\s+option\s+is\s+(?:to\s+)?|an?\s+option\s+(?:is|would\s+be)\s+(?:to\s+)?|"
    r"what\s+if\s+(?:i|you)\s+|(?:and|or|also)\s+)+",
    re.IGNORECASE,
)
_NOUN_START = re.compile(
    r"^(?:a|an|the|your|my|some|one|two|three|four|five|\d+|at\s+least)\b", re.IGNORECASE
)


def clause(text: str) -> str:
    """The client's words as a second-person clause: no end stop, lower-case start."""
    first = re.split(r"(?<=[.!?])\s+", text.strip(), maxsplit=1)[0]
    turned = to_second_person(first).strip().rstrip(".!?;, ")
    if turned[:2] == "I " or not turned:
        return turned
    return turned[0].lower() + turned[1:]


_TOPIC_LEAD = re.compile(
    r"^(?:you(?:'d| would)?\s+(?:want|like|need)\s+to\s+)?(?:(?:talk|think)\s+about|work\s+on|"
    r"look\s+at|focus\s+on|sort\s+out|figure\s+out)?\s*(?:about\s+)?",
    re.IGNORECASE,
)
_GOAL_LEAD = re.compile(
    r"^(?:you(?:'d| would)?\s+(?:want|like|need|love)\s+(?:to\s+)?)?(?:leave\s+with|"
    r"come\s+away\s+with|walk\s+away\s+with|have|get|find|make|know)?\s*",
    re.IGNORECASE,
)
_MODAL_YOU = re.compile(r"\byou(?:'d|\s+would|'ll|\s+will)\s+(\w+)", re.IGNORECASE)


def topic_phrase(text: str | None, max_words: int = 7) -> str | None:
    """A topic as a short second-person noun phrase ("your team's meetings"), or None."""
    if not text:
        return None
    topic = _TOPIC_LEAD.sub("", clause(text)).strip()
    if not topic or topic.startswith(("you ", "i ")) or len(topic.split()) > max_words:
        return None
    return topic


def goal_phrase(text: str | None, max_words: int = 9) -> str | None:
    """ "I'd like to leave with a plan for the report" -> "a plan for the report"."""
    if not text:
        return None
    goal = _GOAL_LEAD.sub("", clause(text)).strip()
    if not goal or goal.startswith(("you ", "i ")) or len(goal.split()) > max_words:
        return None
    return goal


def brief(text: str, max_words: int = 14) -> str:
    """A long clause cut at its first natural break, so summaries stay short."""
    words = text.split()
    if len(words) <= max_words:
        return text
    head = re.split(r",|;| but | because | so that ", text, maxsplit=1)[0].split()
    # Never cut mid-phrase: without a natural break in reach, the client's words stand.
    return " ".join(head) if 3 <= len(head) <= max_words else text


def action_phrase(text: str) -> str:
    """ "I could ask Sam for help" -> "ask Sam for help"."""
    return _LEAD_IN.sub("", clause(text)).strip() or clause(text)


def format_due(due: str | None, recurrence: str | None = None) -> str | None:
    """An ISO date as people say it ("Friday 14 March"); recurrence wins when set."""
    if recurrence:
        return recurrence
    if not due:
        return None
    try:
        day = date.fromisoformat(due)
    except ValueError:
        return due
    return f"{day:%A} {day.day} {day:%B}"


def goal_summary(state: SessionState) -> str:
    g = state.gathered
    parts: list[str] = []
    if g.session_goal:
        goal = brief(clause(g.session_goal))
        parts.append(goal if goal.startswith("you") else f"you want {goal}")
    if g.measure:
        measure = _MODAL_YOU.sub(lambda m: "you " + _present(m.group(1)), brief(clause(g.measure)))
        if measure.startswith(("you'll know", "you will know")):
            parts.append(measure)
        elif measure.startswith("when "):
            parts.append(f"you'll know {measure}")
        elif re.search(r"\byou\b", measure):
            parts.append(f"you'll know it's worked when {measure}")
        elif _NOUN_START.match(measure):
            parts.append(f"you'll know it's worked when you have {measure}")
        else:
            parts.append(f"success looks like {measure}")
    if g.why:
        why = brief(clause(g.why))
        if why.startswith("because"):
            parts.append(f"it matters {why}")
        elif why.startswith(("it ", "it's", "that ", "this ")):
            parts.append(why)
        elif why.startswith("you"):
            parts.append(f"it matters because {why}")
        else:
            parts.append(f"it matters because of {why}")
    return _join(parts)


def options_summary(state: SessionState) -> str:
    options = [brief(action_phrase(o), 10) for o in state.gathered.options]
    if not options:
        return ""
    if len(options) == 1:
        return f"So far, your option is to {options[0]}."
    listed = "; ".join(options[:-1]) + f"; or {options[-1]}"
    return f"Your options so far: {listed}."


def mid_session_summary(state: SessionState) -> str:
    """What the session has so far, for checking understanding when a question stalls."""
    g = state.gathered
    if state.stage in (Stage.OPTIONS, Stage.WILL) and g.options:
        return options_summary(state)
    if g.session_goal or g.measure or g.why:
        return goal_summary(state)
    topic = topic_phrase(g.topic)
    return f"You came to talk about {topic}." if topic else ""


def summarise_session(state: SessionState) -> str:
    """The record the next session starts from, written to the client."""
    g = state.gathered
    lines: list[str] = []
    for note in state.checkin:
        status = {"done": "done", "partly": "partly done", "not": "not done"}.get(
            note.status or "", "not discussed"
        )
        lines.append(f"Check-in: '{note.text}': {status}.")
    topic = topic_phrase(g.topic)
    if topic:
        lines.append(f"You came to talk about {topic}.")
    goal = goal_summary(state)
    if goal:
        lines.append(goal)
    if g.options:
        lines.append(options_summary(state))
    for c in state.confirmed_commitments:
        due = format_due(c.due, c.recurrence)
        when = f", {due}" if due else ""
        lines.append(f"Your commitment: '{c.text}'{when}.")
    if g.accountability:
        lines.append(f"Accountability: {clause(g.accountability)}.")
    if g.learning:
        lines.append(f"What you're taking away: {clause(g.learning)}.")
    if not state.confirmed_commitments and g.action:
        lines.append(f"Your next step, not yet committed: {action_phrase(g.action)}.")
    return " ".join(lines)


def _present(verb: str) -> str:
    return {"be": "are"}.get(verb.lower(), verb)


def _join(parts: list[str]) -> str:
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "; ".join(parts[:-1]) + f"; and {parts[-1]}"
    return f"So, {body}."
