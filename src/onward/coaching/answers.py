"""Whether a reply supplied the need just asked, and what it supplied, in the client's words.

Each need reads the reply its own way (signals.py); a reply that supplies nothing is a
miss, and the policy asks again differently. The client's words are stored as said.
"""

from __future__ import annotations

import re
from datetime import date

from onward.coaching import signals
from onward.coaching.commitments import commitment_words, parse_commitment
from onward.coaching.feedback import parse_score
from onward.coaching.intents import classify_reply
from onward.coaching.language import content_words
from onward.coaching.state import CommitmentDraft, SessionState

FEEDBACK_PREFIX = "feedback_"
# The coach's ideas, offered tentatively and only after asking permission.
IDEAS = (
    "start with the smallest first step, something that fits in ten minutes",
    "ask someone who has done this before how they went about it",
    "give it a fixed slot in your calendar, like a meeting with yourself",
    "drop or delay one thing to make room for it",
)


def pick_idea(s: SessionState) -> str:
    """The coach's idea, offered only with permission: the first not already on their list."""
    said = {w for o in s.gathered.options + s.gathered.reality for w in signals.content_words(o)}
    for idea in IDEAS:
        if not said & set(signals.content_words(idea)):
            return idea
    return IDEAS[0]


def current_note_index(s: SessionState) -> int | None:
    for i, note in enumerate(s.checkin):
        if note.status is None or note.note is None:
            return i
    return None


# Will-stage questions a client may answer with the whole commitment instead.
_VOLUNTEER_NEEDS = frozenset(
    {"obstacle", "support", "commitment_scale", "raise_commitment", "accountability"}
)


def take(s: SessionState, text: str, today: date) -> bool:
    """Record what `text` supplies for the current need; False when it did not supply it."""
    need, g, said = s.need, s.gathered, signals.clip(text)
    stuck = signals.is_stuck(text)
    if need in _VOLUNTEER_NEEDS:
        _note_volunteered_commitment(s, text, today)
    if need == "coaching_fit":
        g.coaching_fit = said if not stuck else None
        s.marks.append("fit")
        return True
    if need in ("status", "what_helped", "in_the_way"):
        return _take_checkin(s, need, text)
    if need == "win":
        s.marks.append("checkin.win")
        return True
    if need == "listen":
        return signals.has_content(text, 1)
    simple = {
        "topic": ("topic", signals.has_content(text, 1) and not stuck),
        "session_goal": (
            "session_goal",
            signals.has_content(text, 2) and not stuck and not signals.is_vague_goal(text),
        ),
        "measure": ("measure", signals.is_measurable(text)),
        "why": ("why", signals.gives_reason(text)),
        "tried": (
            "tried",
            (signals.has_content(text, 1) or signals.says_none(text))
            and not stuck
            and not signals.proposes_option(text),
        ),
        "support": ("support", signals.says_none(text) or signals.has_content(text, 1)),
        "raise_commitment": ("raise_note", signals.has_content(text, 2) and not stuck),
        "accountability": ("accountability", signals.names_accountability(text)),
        "learning": ("learning", signals.has_content(text, 2) and not stuck),
    }
    if need in simple:
        field_name, ok = simple[need]
        if ok:
            setattr(g, field_name, said)
        return ok
    if need == "current":
        ok = signals.has_content(text, 2) and not stuck and not signals.proposes_option(text)
        if ok:
            g.reality.append(said)
        return ok
    if need in ("confidence", "commitment_scale"):
        value = signals.scale(text)
        if value is not None:
            setattr(g, "confidence" if need == "confidence" else "commitment_scale", value)
        return value is not None
    if need in ("permission", "idea_response"):
        return _take_idea(s, need, text)
    if need in ("option", "more_options", "options_correction"):
        return _take_option(s, need, text)
    if need in ("goal_summary", "options_summary"):
        return _take_summary_check(s, need, text)
    if need == "goal_correction":
        if signals.has_content(text, 1):
            g.corrections.append(said)
        s.marks.append("goal.corrected")
        return True
    if need in ("action", "due"):
        return _take_action_or_due(s, need, text, today)
    if need == "obstacle":
        ok = signals.says_none(text) or (signals.has_content(text, 1) and not stuck)
        if ok:
            g.obstacles.append(said)
        return ok
    if need in ("commitment_text", "commitment_confirm", "short_confirm"):
        return _take_commitment(s, need, text, today)
    if need == "finish":
        g.finish = said
        s.marks.append("close.finish")
        return True
    if need and need.startswith(FEEDBACK_PREFIX):
        score = parse_score(text)
        if score is not None:
            s.feedback[need.removeprefix(FEEDBACK_PREFIX)] = score
        return score is not None
    return False


def _take_checkin(s: SessionState, need: str, text: str) -> bool:
    index = current_note_index(s)
    if index is None:
        return True
    note = s.checkin[index]
    if need == "status":
        status = signals.checkin_status(text)
        if status is None:
            return False
        note.status = status
        # "No, the audit ate my week" already says what got in the way: don't ask it again.
        # A "done" still gets its acknowledgement and "what helped?".
        if status != "done" and signals.has_content(text, 3):
            note.note = signals.clip(text)
        return True
    if signals.is_stuck(text) and not signals.has_content(text, 2):
        return False
    note.note = signals.clip(text)
    return True


def _take_option(s: SessionState, need: str, text: str) -> bool:
    g = s.gathered
    if need == "options_correction":
        if signals.is_option(text):
            g.options.append(signals.option_text(text))
        s.marks.append("options.corrected")
        return True
    if signals.is_option(text):
        g.options.append(signals.option_text(text))
        return True
    if need == "more_options" and (signals.says_nothing_more(text) or signals.is_stuck(text)):
        s.marks.append("options.enough")  # "nothing else" is an answer to "what else?"
        return True
    return False


def _take_idea(s: SessionState, need: str, text: str) -> bool:
    g = s.gathered
    reply = classify_reply(text)
    if need == "permission":
        s.permission_asked = True
        if reply == "yes":
            s.idea_offered = True
        elif signals.is_option(text):
            g.options.append(signals.option_text(text))  # they had another idea of their own
        else:
            # Anything short of a clear yes is a no: no advice without permission.
            s.marks.append("options.declined")
        s.marks.append("options.enough")
        return True
    s.marks.append("options.idea_done")
    if reply == "no" and not signals.is_option(text):
        return True
    if signals.is_option(text) and signals.has_content(text, 3):
        g.options.append(signals.option_text(text))  # the idea, as they would put it
    elif reply == "yes" or signals.has_content(text, 1):
        g.options.append(pick_idea(s))
    return True


def _take_summary_check(s: SessionState, need: str, text: str) -> bool:
    prefix = "goal" if need == "goal_summary" else "options"
    s.marks.append(f"{prefix}.summary")
    reply = classify_reply(text)
    if reply == "no":
        s.marks.append(f"{prefix}.summary_no")
    elif reply == "unclear" and signals.has_content(text, 2):
        # "Mostly, but the deadline is Monday": keep their addition as a correction.
        s.gathered.corrections.append(signals.clip(text))
    return True


def _take_action_or_due(s: SessionState, need: str, text: str, today: date) -> bool:
    g = s.gathered
    if need == "action":
        picked = signals.pick_option(text, g.options)
        chosen_by_number = picked is not None and not signals.has_content(text, 3)
        if picked is None and not (signals.is_option(text) or signals.has_content(text, 2)):
            return False
        if signals.is_stuck(text):
            return False
        g.action = picked if chosen_by_number and picked else signals.clip(text)
        parsed = parse_commitment(text, today)
    else:
        parsed = parse_commitment(text, today)
        if parsed is None or (parsed.due is None and parsed.recurrence is None):
            # A bare "Friday" may not parse as a commitment alone; read it with the action.
            parsed = parse_commitment(f"{g.action or 'do it'} by {text}", today)
    if parsed is not None:
        if parsed.due is not None and g.due is None:
            g.due = parsed.due.isoformat()
        if parsed.recurrence and g.recurrence is None:
            g.recurrence = parsed.recurrence
    return need == "action" or g.due is not None or g.recurrence is not None


def _take_commitment(s: SessionState, need: str, text: str, today: date) -> bool:
    g = s.gathered
    goal = g.session_goal or g.topic
    reply = classify_reply(text)
    if need == "short_confirm":
        s.marks.append("close.short_confirm")
        if reply == "yes":
            draft = s.commitments.pop() if s.commitments else None
            s.commitments.append(
                CommitmentDraft(draft.text, draft.due, draft.recurrence, goal, confirmed=True)
                if draft is not None
                else CommitmentDraft(
                    commitment_words(g.action or ""), g.due, g.recurrence, goal, confirmed=True
                )
            )
        return True
    if need == "commitment_confirm":
        draft = s.commitments[-1]
        if reply == "yes":
            draft.confirmed = True
            return True
        if _rejects(text, reply) or not signals.has_content(text, 2):
            s.commitments.pop()  # ask them to write it again, their way
            return False
        if not _is_action(text):
            # Neither yes, no nor a rewrite ("fear isn't a reason to say no"): the read-back
            # still stands, so it is asked again rather than thrown away.
            return False
        s.commitments.pop()  # their rewrite of the commitment: read that back instead
    elif not signals.has_content(text, 2):
        if reply != "yes" or g.action is None:
            return False
        text = g.action  # "yes, that's it": the action as they already put it
    elif not _is_action(text):
        return False  # "8, I felt heard" or "that I can ask for help": not a commitment
    parsed = parse_commitment(text, today)
    written = parsed.text if parsed is not None and parsed.text else signals.clip(text)
    due = parsed.due.isoformat() if parsed is not None and parsed.due else g.due
    recurrence = parsed.recurrence if parsed is not None and parsed.recurrence else g.recurrence
    s.commitments.append(CommitmentDraft(written, due, recurrence, goal))
    return need == "commitment_text"


def _note_volunteered_commitment(s: SessionState, text: str, today: date) -> None:
    """ "Reply yes to the organiser by Wednesday", said when asked who could help: the
    commitment in their words with its date, kept to read back to them at the end of the
    stage instead of asking for it again (and reading back an older, undated wording)."""
    if s.commitments and not s.commitments[-1].confirmed:
        return  # one draft at a time: the one waiting to be read back stands
    parsed = parse_commitment(text, today) if _starts_with_action(text) else None
    if parsed is None or not parsed.text or (parsed.due is None and parsed.recurrence is None):
        return
    g = s.gathered
    named = " ".join(x for x in (g.action, *g.options) if x)
    if named and len(content_words(parsed.text) & content_words(named)) < 2:
        return  # "I'll keep trainers under my desk" as support: not the action they chose
    due = parsed.due.isoformat() if parsed.due else g.due
    s.commitments.append(
        CommitmentDraft(parsed.text, due, parsed.recurrence or g.recurrence,
                        g.session_goal or g.topic)
    )


def _starts_with_action(text: str) -> bool:
    """ "I'll set up..." or "Reply to the organiser...", not "Seeing something I want... I'll
    save next month instead" (an obstacle that happens to hold an "I'll")."""
    from lemminflect import getAllLemmas

    if re.match(r"\s*(?:i'?ll|i\s+will|i'?m\s+going\s+to|i\s+am\s+going\s+to)\s+\w", text, re.I):
        return True
    first = (re.findall(r"[A-Za-z']+", text)[:1] or [""])[0].lower()
    return first in getAllLemmas(first).get("VERB", ()) and _is_action(text)


def _rejects(text: str, reply: str) -> bool:
    """A "no" to the read-back: said short or up front ("No, not quite"), not a "no" somewhere
    inside a longer thought ("fear isn't a reason to say no")."""
    if reply != "no":
        return False
    return len(signals.words(text)) <= 6 or bool(re.match(r"\s*(?:no|nope|not)\b", text, re.I))


def _is_action(text: str) -> bool:
    """Commitment wording starts with something to do ("book a coffee with Priya")."""
    from lemminflect import getAllLemmas

    from onward.coaching.summary import action_phrase

    if re.search(r"\b(?:i'?ll|i\s+will|i'?m\s+going\s+to|i\s+am\s+going\s+to)\s+\w", text, re.I):
        return True  # "Every Monday I'll check my budget"
    phrase = action_phrase(text)
    if _SUBJECT_THEN_VERB.match(phrase):
        return False  # "Fear isn't a reason": "fear" is the subject here, not a thing to do
    first = phrase.split()[:1]
    word = first[0].strip(",.;:!").lower() if first else ""
    return word.isalpha() and "VERB" in getAllLemmas(word)


_SUBJECT_THEN_VERB = re.compile(
    r"^\w+(?:'s|\s+(?:is|isn't|was|wasn't|are|aren't|has|hasn't|does|doesn't|can't|won't|"
    r"will|would|makes?|feels?|seems?|keeps?))\b",
    re.IGNORECASE,
)
