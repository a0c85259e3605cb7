"""Whether a pattern match counts: negation, quotes, fiction, hypotheticals, whose words.

Everything works on character offsets of one normalised string (same length as the
client's text), so evidence always quotes the client's own words. The rules lean
towards counting: when the reading is unclear, the match counts (the guard must never
fail open); a match is only discounted for a reason it can name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from onward.guard.patterns_base import FLAGS, PEOPLE, Person

Reason = Literal["negation", "quote", "fiction", "hypothetical"]

# One character for one character, so offsets in the normalised text are the client's.
_STRAIGHTEN = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u201c": '"', "\u201d": '"',
     "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"'}
)

_SENTENCE_BREAK = re.compile(r"[.!?\n]+")
_CLAUSE_BREAK = re.compile(
    r"[.!?;:,\n()]|\s[-\u2013\u2014]\s|\b(?:but|and|so|yet|though|although|because|however|"
    r"except|pero|mais|aber|y|et|und)\b",
    FLAGS,
)
_FIRST = r"(?:i|i'm|im|i've|i'd|i'll|we|we're|you|you're|yo|je|j'|moi|ich|wir)"
_THIRD = (
    r"(?:he|she|they|he's|she's|they're|he'll|she'll|they'll|he'd|she'd|someone|somebody|"
    r"people|(?:my|his|her|their|our|a|an|the)\s+(?:\w+\s+)?" + PEOPLE + r"|"
    r"(?:the|a|an|my|his|her|their)\s+(?:\w+\s+)?(?:hero|heroine|character|protagonist|villain|"
    r"narrator|girl|boy|man|woman|guy|kid|person|poet|singer)|"
    r"él|ella|il|elle|mi\s+(?:amig[oa]|herman[oa]|madre|padre|hij[oa]|novi[oa]|pareja|"
    r"espos[oa]|prim[oa])|mon\s+(?:ami|fr[èe]re|p[èe]re|fils|copain|mari|cousin)|"
    r"ma\s+(?:s[oœ]e?ur|m[èe]re|fille|copine|femme|cousine|amie)|"
    r"mein(?:e|en)?\s+(?:freund(?:in)?|bruder|schwester|mutter|vater|sohn|tochter|mann|frau))"
)
# Third person first: "my friend" must win over a bare first-person reading of "my".
_SUBJECT = re.compile(r"\b(?:(?P<third>" + _THIRD + r")|(?P<first>" + _FIRST + r"))(?!\w)", FLAGS)

_NEGATOR = re.compile(
    r"\b(?:not|never|no|nor|without|nunca|jam[aá]s|pas|jamais|nicht|nie|kein\w*)\b|n't\b|\bn'",
    FLAGS,
)
# Negative words that do not deny what follows ("I can't stop thinking about suicide").
_NOT_A_DENIAL = re.compile(
    r"\b(?:can'?t|cannot|couldn'?t|won'?t|never)\s+(?:stop|help|shake|get\s+rid)|"
    r"\bdon'?t\s+know|\bnot\s+sure|\bno\s+idea|\bnot\s+just|\bnot\s+only|\bno\s+one|\bnobody|"
    r"\bnot\s+(?:feeling\s+)?(?:ok|okay|well|good|fine|alright|coping)\b|\bno\s+longer|"
    r"\bdon'?t\s+think\s+i\s+can|\bnot\s+(?:so\s+)?great\b|\bwhat'?s\s+not\b",
    FLAGS,
)
_MEDIA = re.compile(
    r"\b(?:novel|stor(?:y|ies)|characters?|protagonist|hero|heroine|villain|film|movie|"
    r"tv\s+show|the\s+show|series|episode|book|chapter|song|lyrics?|poem|poetry|script|"
    r"screenplay|scene|video\s+game|plot|fiction|fanfic|sings?|sang|rapper|verse|meme|"
    r"the\s+line|(?:in|from)\s+(?:the|a|my)\s+play|essay|article|documentary|podcast|thesis|"
    r"dissertation|lecture|novela|personaje|canci[oó]n|pel[ií]cula|"
    r"roman|histoire|personnage|chanson|lied|geschichte|figur)\b",
    FLAGS,
)
# "a song about wanting to die", "an essay about soldiers who self-harmed": the words
# describe what a work is about, whoever the subject is.
_ABOUT_WORK = re.compile(
    r"\b(?:novel|stor(?:y|ies)|film|movie|show|series|episode|book|chapter|song|poem|script|"
    r"scene|game|essay|article|documentary|podcast|thesis|dissertation|lecture|play)s?\s+"
    r"(?:[\w']+\s+){0,3}?(?:about|where|in\s+which|on|called|titled)\b",
    FLAGS,
)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|i've|i'd|i'll|me|my|myself)\b", FLAGS)
_HYPOTHETICAL = re.compile(
    r"\b(?:what\s+if|suppose|supposing|imagine|hypothetically|let'?s\s+say|in\s+theory|"
    r"pretend|role[-\s]?play|asking\s+for\s+a\s+(?:story|class|essay))\b",
    FLAGS,
)
_PAST = re.compile(
    r"\b(?:years?\s+ago|months?\s+ago|decades?\s+ago|long\s+ago|(?:last|that)\s+(?:year|"
    r"summer|winter|spring|autumn|fall|decade)|when\s+(?:i|he|she|they|we)\s+(?:was|were)|"
    r"used\s+to|in\s+the\s+past|back\s+(?:then|in)|as\s+a\s+(?:kid|child|teen|teenager|boy|girl)|"
    r"growing\s+up|in\s+(?:19|20)\d\d|(?:in|at)\s+(?:high\s+)?school|childhood|previously|recovered|got\s+better|"
    r"(?:killed|hanged|shot)\s+(?:him|her|them)sel(?:f|ves)|took\s+(?:his|her|their)\s+"
    r"(?:own\s+)?life|died|passed\s+away|had\s+(?:depression|anxiety|a\s+breakdown))\b",
    FLAGS,
)
_NOW = re.compile(
    r"\b(?:just|right\s+now|tonight|today|this\s+(?:morning|afternoon|evening|week)|currently|"
    r"at\s+the\s+moment|about\s+to|going\s+to|gonna|again|says|texted|messaged|"
    r"keeps?\s+(?:saying|talking|texting|threatening)|threaten\w*|planning)\b",
    FLAGS,
)
MINOR_SOURCE = (
    r"\b" r"(?:i'?m|i\s+am)\s+(?:only\s+)?(?:1[0-7]|[6-9]|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen)\b(?!\s*(?:hours?|minutes?|days?|weeks?|"
    r"months?|%|kg|lbs?|pounds|miles|km|k\b|stone|minutes|euros?|dollars?|quid))"
    r"|\bin\s+(?:year|grade)\s+(?:[1-9]|1[0-2])\b|\b(?:middle|high|secondary|primary)\s+school\b"
)
MINOR = re.compile(MINOR_SOURCE, FLAGS)
_DOUBLE_QUOTED = re.compile(r'"[^"\n]{1,400}"')
_SINGLE_QUOTED = re.compile(r"(?<!\w)'(?=\w)[^\n]{0,400}?(?<=[\w.!?,])'(?!\w)")


@dataclass(frozen=True)
class Reading:
    """How one match reads in its sentence."""

    person: Literal["self", "other"]
    discount: Reason | None  # set when the match should not count, and why
    past: bool  # the sentence places the event in the past and nothing says "now"


def normalise(text: str) -> str:
    """Lower case with straight quotes, one character for one, so offsets stay the client's."""
    text = text.translate(_STRAIGHTEN)
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # A few characters lower-case to two ("İ"): keep those as they are.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _bounds(breaks: re.Pattern[str], text: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for m in breaks.finditer(text, 0, start):
        left = m.end()
    right_match = breaks.search(text, end)
    return left, right_match.start() if right_match else len(text)


def _quote_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    for regex in (_DOUBLE_QUOTED, _SINGLE_QUOTED):
        for m in regex.finditer(text):
            if m.start() < start and end <= m.end():
                return m.start(), m.end()
    return None


def _last_subject(text: str) -> re.Match[str] | None:
    last = None
    for last in _SUBJECT.finditer(text):  # noqa: B007 - we want the final match
        pass
    return last


def _person_of(m: re.Match[str] | None) -> Literal["self", "other"] | None:
    if m is None:
        return None
    return "other" if m.group("third") else "self"


def is_negated(text: str, clause_start: int, start: int) -> bool:
    """A negation between the predicate's subject (or the clause start) and the match."""
    left = text[clause_start:start]
    subject = _last_subject(left)
    window = left[subject.end():] if subject else " ".join(left.split()[-4:])
    return bool(_NEGATOR.search(window)) and not _NOT_A_DENIAL.search(window)


def read(text: str, start: int, end: int, person: Person, contextual: bool) -> Reading:
    """Read a match at text[start:end]; text must be normalised and idiom-masked."""
    if not contextual:
        return Reading("self", None, False)
    sent_start, sent_end = _bounds(_SENTENCE_BREAK, text, start, end)
    clause_start, _ = _bounds(_CLAUSE_BREAK, text, start, end)
    sentence = text[sent_start:sent_end]
    past = bool(_PAST.search(sentence)) and not _NOW.search(sentence)

    quote = _quote_around(text, start, end)
    if quote is not None:
        # Quoted words belong to whoever is quoted: a song, a character, a friend.
        intro_start, _ = _bounds(_SENTENCE_BREAK, text, quote[0], quote[0])
        intro = text[intro_start:quote[0]]
        speaker = _SUBJECT.search(intro)
        if _MEDIA.search(intro) or speaker is None:
            return Reading("other", "quote", past)
        who = _person_of(speaker) or "self"
        clause_start = max(clause_start, quote[0] + 1)
        negated = is_negated(text, clause_start, start)
        return Reading(who, "negation" if negated else None, past)

    if person == "any":
        who = (
            _person_of(_last_subject(text[clause_start:start]))
            or _person_of(_last_subject(text[sent_start:start]))
            or "self"
        )
    else:
        who = person
    if is_negated(text, clause_start, start):
        return Reading(who, "negation", past)
    work = None
    for work in _ABOUT_WORK.finditer(text, sent_start, start):  # noqa: B007 - the last one
        pass
    if work is not None and not _FIRST_PERSON.search(text, work.end(), start):
        return Reading(who, "fiction", past)
    if who == "other" and _MEDIA.search(sentence):
        return Reading(who, "fiction", past)
    if who == "other" and _HYPOTHETICAL.search(sentence):
        return Reading(who, "hypothetical", past)
    return Reading(who, None, past)
