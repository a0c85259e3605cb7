"""Summaries in the client's own words: at stage transitions, mid-session, and at the end.

A summary only repeats what the client said (turned to second person); it adds no
interpretation, so checking it with the client ("Did I get that right?") is honest.
"""

from __future__ import annotations

import re
from datetime import date

from lemminflect import getAllLemmas

from onward.coaching.grammar import (
    before_question_word,
    gerund,
    has_finite_verb,
    is_imperative,
    is_noun_phrase,
)
from onward.coaching.language import to_second_person
from onward.coaching.moves import Stage
from onward.coaching.reflection import shorten
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


_HEDGE = re.compile(
    r"^(?:(?:i\s+(?:don'?t|do\s+not)\s+know|i'?m\s+not\s+sure|i\s+(?:guess|suppose|think|reckon)|"
    r"honestly|to\s+be\s+honest|well|so|okay|ok|yeah|um+|hmm+)[,\s]+)+",
    re.IGNORECASE,
)
_BARE_NOD = re.compile(r"^\s*(?:ok(?:ay)?|yes|yeah|sure|right|fine|well|hmm+)[.!,]*\s*$", re.I)


def clause(text: str) -> str:
    """The client's words as a second-person clause: no end stop, lower-case start. The
    first sentence that says something: not "Okay." and not a question back to the coach."""
    sentences = [x for x in re.split(r"(?<=[.!?])\s+", text.strip()) if x]
    first = next(
        (x for x in sentences if not x.rstrip().endswith("?") and not _BARE_NOD.match(x)),
        sentences[0] if sentences else "",
    )
    # "I don't know, I just want..." / "I guess because...": the hedge is not what they said.
    said = _HEDGE.sub("", first)
    turned = to_second_person(said if len(said.split()) >= 2 else first).strip().rstrip(".!?;, ")
    if turned[:2] == "I " or not turned:
        return turned
    return turned[0].lower() + turned[1:]


_TOPIC_LEAD = re.compile(
    r"^(?:you(?:'d| would)?\s+(?:want|like|need)\s+to\s+)?(?:(?:talk|think)\s+about|work\s+on|"
    r"look\s+at|focus\s+on|sort\s+out|figure\s+out)?\s*(?:about\s+)?",
    re.IGNORECASE,
)
_GOAL_LEAD = re.compile(
    r"^(?:(?:by\s+the\s+end\s+of\s+(?:today|the\s+session|our\s+time)|today),?\s+)?"
    r"(?:you(?:'d| would)?\s+(?:want|like|need|love)\s+(?:to\s+)?)?(?:leave\s+with|"
    r"come\s+away\s+with|walk\s+away\s+with|have|get|find|make|know)?\s*",
    re.IGNORECASE,
)
_GERUND = re.compile(r"^(?:just\s+|really\s+)?(?!\w*thing\b)\w{2,}ing\b", re.IGNORECASE)
_EMPTY_MEASURE = re.compile(
    r"^you(?:'ll| will) know(?: (?:it's|it is|that it's) (?:done|working|happened))?$", re.I
)
_MODAL_YOU = re.compile(r"\byou(?:'d|\s+would|'ll|\s+will)\s+(\w+)", re.IGNORECASE)


_CLAUSE_START = ("you ", "i ", "you're", "you've", "you'd", "you'll", "it's", "it ")


def topic_phrase(text: str | None, max_words: int = 7) -> str | None:
    """A topic as a short second-person noun phrase ("your team's meetings"), or None."""
    if not text:
        return None
    topic = _TOPIC_LEAD.sub("", clause(text)).strip()
    topic = re.split(r"(?<=\w)[.;!?,]", topic, maxsplit=1)[0].strip()
    topic = re.sub(r"\s+(?:again|actually|too|now|today|really|please)$", "", topic)
    if not topic or topic.startswith(_CLAUSE_START) or len(topic.split()) > max_words:
        return None
    # "get your evenings back" is a verb phrase: "talk about getting your evenings back".
    as_gerund = gerund(topic)
    if as_gerund:
        return as_gerund
    return topic if is_noun_phrase(topic) else None


def goal_phrase(text: str | None, max_words: int = 9) -> str | None:
    """ "I'd like to leave with a plan for the report" -> "a plan for the report"."""
    if not text:
        return None
    goal = _GOAL_LEAD.sub("", clause(text)).strip()
    if not goal or goal.startswith(("you ", "i ")) or len(goal.split()) > max_words:
        return None
    return goal


_BREAKS = r",|;| but | because | so that "
_WHY_BREAKS = _BREAKS + r"| and "  # a reason's first half usually carries it


def brief(text: str, max_words: int = 14, breaks: str = _BREAKS) -> str:
    """A long clause cut at a natural break, so summaries stay short."""
    words = text.split()
    if len(words) <= max_words:
        return text
    head = re.split(breaks, text, maxsplit=1)[0].split()
    # The shortest clean cut from max_words up: a tighter limit never gives a longer text.
    for limit in range(max_words, len(words)):
        # A head a little over the limit, cut at the client's own comma, beats the clause.
        if 3 <= len(head) <= limit + limit // 3:
            return " ".join(head)
        cut = shorten(text, limit, clause=False)
        if cut:
            return cut
    # Never cut mid-phrase: without a natural break, the client's words stand.
    return text


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


SUMMARY_WORDS = 20  # a summary the client can check in one breath; the turn stays <= 25


def goal_summary(state: SessionState, budget: int = SUMMARY_WORDS) -> str:
    """What they want, how they'll know, why it matters: their words, kept short."""
    g = state.gathered
    tries = [_goal_parts(g.session_goal, g.measure, g.why, limit) for limit in (12, 9, 7)]
    # Still long: the measure was said a moment ago; the goal and why are what to check.
    goal = g.session_goal
    tries += [_goal_parts(goal, None, g.why, 7), _goal_parts(goal, None, None, 9)]
    for parts in tries:
        if sum(len(p.split()) for p in parts) <= budget:
            return _join(parts)
    return _join(min(tries, key=lambda parts: sum(len(p.split()) for p in parts)))


def _goal_parts(goal: str | None, measure: str | None, why: str | None, limit: int) -> list[str]:
    parts: list[str] = []
    if goal:
        wanted = goal_phrase(goal)
        said = brief(clause(goal), limit)
        if wanted:
            # "decide whether to say yes" is a verb phrase: "you want to decide...".
            lead = wanted.split()
            if is_imperative(lead):
                parts.append(f"you want to {wanted}")
            elif _GERUND.match(wanted):  # "just getting the report done": not "you want just..."
                parts.append(f"your goal is {wanted}")
            else:
                parts.append(f"you want {wanted}")
        else:
            said = re.sub(
                r"^(?:by the end(?: of (?:today|the session|our time|this))?|today),?\s+", "", said
            )
            if said.startswith("you"):
                parts.append(said)
            elif _GERUND.match(said):  # "just getting the report done": not "you want just..."
                parts.append(f"your goal is {said}")
            else:
                parts.append(f"you want {said}")
    if measure:
        said = brief(clause(measure), limit)
        if not said.startswith(("you'll know", "you will know")):
            said = _MODAL_YOU.sub(lambda m: "you " + _present(m.group(1)), said)
        if _EMPTY_MEASURE.match(said):
            pass  # "you'll know it's done", cut before the how: it says nothing to check
        elif said.startswith(("you'll know", "you will know")):
            parts.append(said)
        elif said.startswith("when "):
            parts.append(f"you'll know {said}")
        elif re.search(r"\byou\b", said):
            parts.append(f"you'll know when {said}")
        elif _NOUN_START.match(said):
            parts.append(f"success is {said}")
        else:
            parts.append(f"success looks like {said}")
    if why:
        said = brief(clause(why), limit, breaks=_WHY_BREAKS)
        if said.startswith("because"):
            parts.append(f"it matters {said}")
        elif said.startswith(("it ", "it's", "that ", "this ")):
            parts.append(said)
        elif said.startswith("you") or has_finite_verb(said):
            parts.append(f"it matters because {said}")  # "writing is what..." is a clause
        else:
            parts.append(f"it matters because of {said}")
    return parts


OPTION_WORDS = 12  # the most an option may keep when it has no natural break sooner


def _option(text: str, limit: int) -> str:
    """An option's head in the client's words: up to its first natural break, then as
    short as a whole phrase allows ("ask the team lead", not "ask the team lead, so...")."""
    said = action_phrase(text)
    if len(said.split()) <= limit:
        return said
    head = re.split(_BREAKS, said, maxsplit=1)[0].strip()
    cut = shorten(head, limit, clause=False)
    if cut:
        return cut
    # "ask the team lead what the job is like": the verb already has its object, so the
    # option's head may end before "what" ("work out how..." may not: "work out" is empty).
    asked = before_question_word(head)
    if asked and len(asked.split()) <= OPTION_WORDS:
        return asked
    if 2 <= len(head.split()) <= OPTION_WORDS:
        return head
    return shorten(said, OPTION_WORDS, clause=False) or said


def _is_action(option: str) -> bool:
    """ "look up the choir" is something to do; "not" or "maybe" is an answer."""
    words = option.split()
    return len(words) >= 2 and "VERB" in getAllLemmas(words[0].lower())


def options_summary(state: SessionState) -> str:
    limit = 7 if len(state.gathered.options) < 3 else 5
    options = [_option(o, limit) for o in state.gathered.options]
    # "maybe" or "not, I'd rather..." is an answer, not an option: list what they could do.
    actions = [o for o in options if _is_action(o)]
    options = list(dict.fromkeys(actions or options))  # the same option said twice is one
    if not options:
        return ""
    if len(options) == 1:
        return f"So far, your option is to {options[0]}."
    listed = "; ".join(options[:-1]) + f"; or {options[-1]}"
    return f"Your options: {listed}."


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
