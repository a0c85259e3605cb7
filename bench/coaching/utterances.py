"""Labels what a coach's sentence does: open question, closed question, reflection, other.

Rule-based and explainable (MITI/MISC conventions):
- a question is a sentence ending in "?" or an imperative request for elaboration
  ("Tell me more about ...", "Say more about ...");
- open: it leaves the answer to the client (what/how/why/where/who/which..., "tell me");
  closed: a yes/no, either/or or short-fact question (auxiliary-first, "how many/much/
  long/old/often", a statement with a question mark);
- reflection: a statement that gives back what the client said or meant, in second
  person ("So you ...", "You're ...", "It sounds like ...", "Part of you ..."), not advice;
- other: everything else (information, acknowledgement, structure, advice).

Validated against human codes by `bench.coaching.validate` (AnnoMI, MISC).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

OPEN, CLOSED, REFLECTION, OTHER = "open", "closed", "reflection", "other"
LABELS = (OPEN, CLOSED, REFLECTION, OTHER)

_SPLIT = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\n+")
_LEAD = re.compile(
    r"^(?:(?:so|and|but|now|okay|ok|well|right|alright|then|also|or|yeah|yes|mm-?hmm|uh-?huh|"
    r"um|uh|hmm|oh|great|good|sure|i see|just to check|i'm curious)"
    r"[\s,\-\u2014:]+)+",
    re.IGNORECASE,
)
_WH_OPEN = re.compile(
    r"^(?:what|how|why|where|who|whom|whose|which|in what way|to what extent|when)\b",
    re.IGNORECASE,
)
_CLOSED_WH = re.compile(
    r"^(?:how\s+(?:many|much|long|old|often|far|soon)|what\s+time|which\s+\w+\s+or\b|"
    r"what\s+(?:number|day|date|year|age)\b|when\s+(?:did|was|is|will)\b)",
    re.IGNORECASE,
)
_AUX = re.compile(
    r"^(?:is|are|am|was|were|do|does|did|can|could|would|will|shall|should|may|might|have|"
    r"has|had|must|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|can't|couldn't|"
    r"wouldn't|won't|haven't|hasn't|shouldn't|any|anything|anyone|ready|okay|ok|right)\b",
    re.IGNORECASE,
)
_ELABORATE = re.compile(
    r"^(?:please\s+)?(?:tell\s+me|say\s+(?:a\s+bit\s+)?more|describe|talk\s+(?:me\s+)?"
    r"(?:through|about)|help\s+me\s+understand|walk\s+me\s+through|explain|give\s+me\s+an?\s+"
    r"(?:example|sense)|i(?:'d|\s+would)\s+(?:love|like)\s+to\s+(?:hear|know)|i\s+wonder\s+"
    r"(?:what|how|why|where|which))\b",
    re.IGNORECASE,
)
_TAG = re.compile(
    r",\s*(?:right|yes|no|yeah|is\s+that\s+(?:right|it|so)|isn't\s+it|aren't\s+you|don't\s+you|"
    r"do\s+you|did\s+you|correct|ok|okay)\s*\?$",
    re.IGNORECASE,
)
_REFLECT_START = re.compile(
    r"^(?:you(?:'re|'ve|'d|'ll)?\b|your\b|it\s+(?:sounds|seems|looks)\s+(?:like|as\s+if|as\s+though)?|"
    r"sounds\s+like|seems\s+like|looks\s+like|part\s+of\s+you|on\s+(?:the\s+)?one\s+hand|"
    r"on\s+the\s+other\s+hand|what\s+i'?m\s+hearing|i'?m\s+hearing|i\s+hear|i\s+get\s+the\s+sense|"
    r"i\s+sense|i\s+imagine|i\s+guess\s+you|it'?s\s+(?:like|as\s+if|been|hard|difficult|important|"
    r"frustrating|not\s+easy)|for\s+you|in\s+other\s+words|(?:this|that)\s+(?:sounds|seems)|"
    r"(?:this|that)\s+(?:is|was)\s+(?:something|really|important|hard|a\s+big)|"
    r"there'?s\s+(?:a\s+part|something)|both\s+|the\s+(?:way|thing)\s+(?:you|that)|"
    r"you\s+said|in\s+your\s+words|as\s+you\s+put\s+it|(?:it\s+)?feels\s+like|"
    r"i\s+heard\s+you|it'?s\s+(?:not\s+so\s+much|almost|a\s+little))",
    re.IGNORECASE,
)
_SECOND_PERSON = re.compile(r"\b(?:you|your|you're|you've|you'd|yourself)\b", re.IGNORECASE)
_ADVICE = re.compile(
    r"\b(?:you\s+(?:should|need\s+to|must|have\s+to|ought\s+to|could\s+try|might\s+try|"
    r"might\s+want\s+to|may\s+want\s+to)|i\s+(?:would\s+)?(?:suggest|recommend|advise|encourage)|"
    r"my\s+advice|try\s+to|make\s+sure|why\s+don'?t\s+you|why\s+not)\b",
    re.IGNORECASE,
)
_SELF_INFO = re.compile(
    r"^(?:i|i'm|i've|i'll|i'd|we|we're|we'll|let's|let\s+me|here'?s|thank|thanks|welcome|"
    r"hello|hi|hey|good\s+(?:morning|afternoon|evening)|nice|great|excellent|well\s+done|"
    r"wonderful|that's\s+(?:great|good|wonderful)|(?:one|a|the)\s+(?:study|thing\s+we)|"
    r"research|many\s+people|some\s+people|a\s+lot\s+of\s+people|most\s+people)\b",
    re.IGNORECASE,
)


def sentences(text: str) -> list[str]:
    """Sentences of a coach turn (a quoted question inside a sentence stays inside it)."""
    return [s.strip() for s in _SPLIT.split(text.strip()) if s and s.strip(" .")]


def _core(sentence: str) -> str:
    s = sentence.strip().strip("\"'\u201c\u201d").strip()
    for _ in range(3):
        stripped = _LEAD.sub("", s).strip()
        if stripped == s:
            break
        s = stripped
    return s


def label_sentence(sentence: str) -> str:
    """One of OPEN, CLOSED, REFLECTION, OTHER."""
    s = sentence.strip()
    core = _core(s)
    asks = s.endswith("?") or bool(re.search(r"\?[\"')\]]*$", s))
    if asks:
        if _TAG.search(s):
            return CLOSED  # "You want to go back, is that right?": a checked statement
        if _CLOSED_WH.match(core):
            return CLOSED
        if _WH_OPEN.match(core) or _ELABORATE.match(core):
            if re.search(r"\bor\b[^?]*\?$", core) and re.match(r"^which\b", core, re.I):
                return CLOSED
            return OPEN
        # "..., what would that look like?" / "And if you did, how would it feel?"
        tail = re.split(r"[,;:\u2014-]\s*", core)[-1]
        if _WH_OPEN.match(tail) and not _CLOSED_WH.match(tail):
            return OPEN
        return CLOSED  # auxiliary-first, either/or, or a statement with a question mark
    if _ELABORATE.match(core):
        return OPEN  # "Tell me more about that." asks openly without a question mark
    if _ADVICE.search(core):
        return OTHER
    if _REFLECT_START.match(core) and _SECOND_PERSON.search(core):
        return REFLECTION
    if _REFLECT_START.match(core) and re.match(r"^(?:it|this|that|sounds|seems)", core, re.I):
        return REFLECTION  # "It sounds like a big change." reflects meaning without "you"
    if _SELF_INFO.match(core):
        return OTHER
    if re.match(r"^(?:so|and|but)\b", s, re.I) and _SECOND_PERSON.search(core):
        return REFLECTION
    if re.match(r"^so\b", s, re.I) and len(core.split()) >= 4:
        return REFLECTION  # "So the mornings are the hard part." gives their meaning back
    return OTHER


def label_turn(text: str) -> list[tuple[str, str]]:
    """(sentence, label) for every sentence of a coach turn."""
    return [(s, label_sentence(s)) for s in sentences(text)]


def turn_codes(text: str) -> dict[str, bool]:
    """Utterance-level codes as AnnoMI records them: any question, open/closed, reflection."""
    labels = [label for _, label in label_turn(text)]
    asked = [label for label in labels if label in (OPEN, CLOSED)]
    return {
        "question": bool(asked),
        # Several questions in one utterance: the last one is what the client answers.
        "open": bool(asked) and asked[-1] == OPEN,
        "closed": bool(asked) and asked[-1] == CLOSED,
        "reflection": REFLECTION in labels,
    }


def count_labels(texts: Iterable[str]) -> dict[str, int]:
    counts = dict.fromkeys(LABELS, 0)
    for text in texts:
        for _, label in label_turn(text):
            counts[label] += 1
    return counts
