"""The built-in voice: offline, deterministic, reflective; words a policy move as a coach would.

A turn is at most: a reflection of the client's last words, one short lead-in (an
acknowledgement, a summary, a read-back), and one question. Never more than one question
mark; no advice unless the move is an offer the client gave permission for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from onward.coaching.language import to_second_person
from onward.coaching.moves import Move, MoveKind
from onward.coaching.reflection import MAX_ALONE_WORDS, MAX_WORDS, shorten
from onward.coaching.signals import is_bare_scale, is_stuck
from onward.voices.builtin import wording
from onward.voices.builtin.bank_close import CHOICES, DEFAULT_CHOICE
from onward.voices.builtin.question_bank import Variant, choose, variants
from onward.voices.port import Utterance, VoiceContext

_SUMMARY_NEEDS = ("goal_summary", "options_summary")
MAX_TURN_WORDS = 18  # a coach turn is short: a reflection and one question (PCC 7.7)
MIN_REFLECTION_WORDS = 5  # shorter than this, a reflection is a fragment: leave it out
SABOTEUR_QUOTE_WORDS = 9  # "I'll be found out as a fraud", not the whole paragraph around it
ACK_WORDS = 20  # the closing acknowledgement: specific, and said in one breath
# Where a reply that answered another question went, said in a few words.
_ROUTED = {
    "option": "Let's keep that as an option for later.",
    "tried": "That's useful to know you've tried.",
    "advice": "I can offer an idea later, if you'd like. Your own ideas come first.",
}


def _words(parts: list[str]) -> int:
    return sum(len(p.split()) for p in parts if p)


class BuiltinVoice:
    name = "builtin"

    def __init__(self, seed: int = 0) -> None:
        self.seed = seed

    def render(self, move: Move, context: VoiceContext) -> Utterance:
        turn = _Turn(move, context, self.seed + context.seed)
        lead, question, qid = turn.build()
        if turn.reflection and _words([*lead, question]) > MAX_TURN_WORDS:
            lead = _fit_reflection(lead, question, turn.reflection, context.last_client_text)
        text = " ".join(p for p in [*lead, question] if p)
        return Utterance(_one_question(text), qid)

    def stream(self, move: Move, context: VoiceContext) -> Iterator[str]:
        text = self.render(move, context).text
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            if sentence:
                yield sentence + " "


def _fit_reflection(lead: list[str], question: str, said: str, client_text: str) -> list[str]:
    """Keep the turn within MAX_TURN_WORDS: a shorter reflection of the same words, or none."""
    others = [p for p in lead if p != said]
    room = MAX_TURN_WORDS - _words([*others, question])
    shorter = wording.reflection(client_text, room) if room >= MIN_REFLECTION_WORDS else None
    if shorter is None:
        return others
    return [shorter if p == said else p for p in lead]


def _one_question(text: str) -> str:
    """Keep only the last question mark: one clear question per turn (PCC 7.6)."""
    head, sep, tail = text.rpartition("?")
    return head.replace("?", ".") + sep + tail if sep else text


class _Turn:
    def __init__(self, move: Move, context: VoiceContext, seed: int) -> None:
        self.move, self.context, self.seed = move, context, seed
        self.facts = move.facts
        self.last = context.last_client_text
        self.cues: set[str] = {"stuck"} if self.last and is_stuck(self.last) else set()
        if self.last and is_bare_scale(self.last):
            self.cues.add("scale")  # "Maybe a 4": the next question starts from their number
        self.lead: list[str] = []
        self.reflection: str | None = None

    # -- assembling ------------------------------------------------------------------

    def build(self) -> tuple[list[str], str, str | None]:
        kind, need = self.move.kind, self.move.need or ""
        if self.facts.get("reflect") == "yes":
            # A reflection that stands alone has the turn to itself and may be fuller.
            alone = kind is MoveKind.REFLECTION
            said = wording.reflection(self.last, MAX_ALONE_WORDS if alone else MAX_WORDS)
            if said:
                self.lead.append(said)
                self.reflection = said
                self.cues.add("reflecting")
        if kind is MoveKind.REFLECTION:
            # A reflection alone invites the client to go on; the question waits a turn.
            return self.lead, "" if self.reflection else "Tell me more.", None
        if kind is MoveKind.FEEDBACK:
            return self._feedback()
        if kind is MoveKind.ACKNOWLEDGEMENT and need in ("goodbye", "ended"):
            return self.lead, self._goodbye(need == "ended"), None
        self._lead_in(kind, need)
        bank_kind, bank_need, prefix = kind.value, need, ""
        if kind is MoveKind.OPEN_QUESTION and self.facts.get("shift") == "yes":
            bank_need = "topic_shift" if self.facts.get("topic") else "topic_shift_open"
        elif kind is MoveKind.OFFER_CHOICE:
            bank_need = "choice"  # one id space for all needs: no choice line twice
        elif kind is MoveKind.SUMMARY:
            summary = self.facts.get("summary", "")
            if need in _SUMMARY_NEEDS and summary:
                self.lead.append(summary)
                # Goal: a closed check to confirm; options: an open door to add more.
                bank_need = "check_options" if need == "options_summary" else "check"
            else:
                bank_need, prefix = "understand", f"{need}."
        elif kind is MoveKind.NAME_SABOTEUR:
            bank_need = "saboteur"
        elif kind is MoveKind.LINK_VALUE:
            bank_need = "value"
        pool = [Variant(prefix + v.id, v.text, v.cue) for v in variants(bank_kind, bank_need)]
        echo = " ".join(self.lead)
        chosen = choose(pool, self._slots(), self.context.asked, self.cues, self.seed, echo)
        if chosen is None:
            return self.lead, *self._fallback(need)
        return self.lead, chosen.text.format(**self._slots()), chosen.id

    def _lead_in(self, kind: MoveKind, need: str) -> None:
        f = self.facts
        if f.get("after") == "skip":
            self.lead.append("Let's leave that one.")
        elif f.get("routed") in _ROUTED:
            self.lead.append(_ROUTED[f["routed"]])
        elif f.get("declined") == "yes" and need == "options_summary":
            self.lead.append("Of course, let's stay with your own ideas.")
        elif (
            f.get("missed") == "yes"
            and "stuck" in self.cues
            and kind is MoveKind.OPEN_QUESTION
            and self.move.attempt == 1  # said once; repeated, it would sound scripted
        ):
            self.lead.append("That's fine, there's no right answer.")
        if kind is MoveKind.ACKNOWLEDGEMENT:
            if need == "what_helped" and f.get("commitment"):
                self.lead.append(wording.did_phrase(f["commitment"]))
            elif need == "win" and f.get("win"):
                self.lead.append(wording.win_phrase(f["win"]))
            elif need == "finish":
                self.lead.append(self._finish_ack())

    def _slots(self) -> dict[str, str]:
        f = self.facts
        slots = {k: v for k, v in f.items() if v}
        if f.get("saboteur"):
            said = f["saboteur"].strip(" .?!,")  # quoted inside our sentence
            # The voice's own words, but only its core: a whole quoted paragraph is a lecture.
            slots["saboteur"] = shorten(said, SABOTEUR_QUOTE_WORDS) or said
        phrase = wording.client_phrase(self.last) if self.last else None
        turned = to_second_person(phrase) if phrase else ""  # unquoted: inside our sentence
        if phrase and phrase[0].islower():
            turned = turned[0].lower() + turned[1:]  # "my list" -> "your list", not "Your list"
        slots["phrase"] = turned
        slots["topic"] = wording.short_topic(f.get("topic")) or ""
        slots["action"] = wording.short_action(f.get("action")) or ""
        a, b = CHOICES.get(self.move.need or "", DEFAULT_CHOICE)
        slots.update(a=a, b=b)
        if "commitment" in f:
            slots["readback"] = wording.readback(
                f["commitment"], f.get("due"), f.get("recurrence"), f.get("goal_link")
            )
        return slots

    # -- turns that are not drawn from the bank ----------------------------------------

    def _finish_ack(self) -> str:
        """Specific acknowledgement (PCC 8.8), at most 20 words: what they found and chose."""
        f = self.facts
        topic = wording.short_topic(f.get("topic"))
        noticed = wording.noticed(f.get("learning"), max_words=10)
        if f.get("commitment"):
            action = wording.short_action(f["commitment"])
            chose = f"chose to {action}" if action and len(action.split()) <= 7 else ""
            if noticed:
                ack = f"You noticed {noticed}, and {chose or 'chose your first step'}."
                if len(ack.split()) <= ACK_WORDS:
                    return ack
                return f"You noticed {noticed}, and chose your first step."
            if chose and topic and len(f"{topic} {chose}".split()) <= ACK_WORDS - 6:
                return f"You came in with {topic}, and you {chose}."
            if chose:
                return f"You {chose}, in your own words."
            return "You chose your first step, in your own words."
        if noticed:
            return f"You stayed with this and noticed {noticed}."
        if f.get("did"):
            return wording.did_phrase(f["did"])
        if topic:
            return f"You brought {topic} today and stayed with it."
        return "You gave this your full attention today."

    def _feedback(self) -> tuple[list[str], str, str | None]:
        item, attempt = self.facts.get("item", "overall"), self.move.attempt
        if attempt:
            self.lead = ["A number from 0 to 10 is all I need."]
        elif self.facts.get("short") == "yes":
            self.lead = ["Thank you for today.", self._finish_ack()]
        elif item == "heard":
            self.lead.append("Four quick ratings to finish.")
        qid = f"feedback.{item}" + (f".again{attempt}" if attempt else "")
        return self.lead, self.facts.get("question", ""), qid

    def _goodbye(self, already_ended: bool) -> str:
        name = self.context.client_name or "you"
        if already_ended:
            return f"We've finished for today, {name}. I'll be here next time."
        # Short (<= 10 words): the step was read back and acknowledged a moment ago.
        if self.facts.get("commitment"):
            return f"Thank you, {name}. I'll ask how it went next time."
        return f"Thank you, {name}. Come back whenever you're ready."

    def _fallback(self, need: str) -> tuple[str, str]:
        """Every bank variant used: build a fresh question from the client's own words."""
        phrase = wording.client_phrase(self.last)
        n = sum(1 for q in self.context.asked if q.startswith(f"{need}.echo."))
        said = " ".join(t.text for t in self.context.history if t.role == "coach")
        options = [
            f"What else comes to mind about '{phrase}'?" if phrase else "What else comes to mind?",
            "What would you like to say more about?",
            "Where would you like to take this next?",
            "What would help you think about this?",
            "If it's hard to say, what makes it hard?",
            "What would be more useful to talk about right now?",
            "What would you like to stay with, and what would you like to leave?",
            "Where shall we go from here?",
        ]
        fresh = [o for o in options if o not in said]  # the question itself, whatever led in
        return (fresh[0] if fresh else options[n % len(options)]), f"{need}.echo.{n}"
