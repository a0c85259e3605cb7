"""Reflections: the client's own words, turned round and handed back as one short statement.

`reflect` picks the clause that carries the most (key phrases from yake, words of
feeling, wanting and needing, the client as subject), strips filler, turns it into
second person and frames it as a statement. A reflection is a whole clause with a
subject and a finite verb, never a cut-off phrase: a long clause is shortened only at a
natural break ("that", "when", "and", a comma), and a clause that cannot be shortened
that way is passed over. The frame varies with the text itself (a checksum, not
randomness), so a transcript replays identically. Ambivalence ("but", "yet", "part of
me") gets a double-sided reflection joined by "and", which keeps both sides in view
instead of letting the second cancel the first; it is kept whole or not used.
"""

from __future__ import annotations

import re
import zlib

from onward.coaching.grammar import (
    before_question_word,
    has_finite_verb,
    has_subject,
    strip_connective,
)
from onward.coaching.language import (
    _ADVERBS,
    _STOPWORDS,
    content_words,
    key_phrases,
    strip_filler,
    to_second_person,
)


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())  # word lists read better as prose


MAX_WORDS = 9  # a reflection the client takes in at a glance (PCC 7.7)
MAX_ALONE_WORDS = 11  # a reflection with no question after it has the turn to itself
MAX_COMPLEX_WORDS = 18  # both sides of an ambivalence need a little more room

_FEELING = re.compile(
    r"\b(want\w*|wish\w*|need\w*|hope\w*|feel\w*|felt|afraid|scared|worr\w+|love\w*|hate\w*|"
    r"stuck|frustrat\w+|excit\w+|tired|overwhelm\w*|anxious|nervous|proud|happy|sad|angry|"
    r"upset|struggl\w+|important|matters?|care|dream\w*|goal\w*|never|can't|cannot|"
    r"wish|long\w* to|miss\w*|enjoy\w*|dread\w*|exhaust\w+|confiden\w+|avoid\w*|"
    r"keep\s+\w+ing|putting\s+(?:it|things|this)\s+off|restless|shy|lonely|guilty|ashamed)\b",
    re.IGNORECASE,
)
_AMBIVALENCE = re.compile(r",?\s*\b(?:but|yet|although|though|on the other hand)\b,?\s*", re.I)
_PART_OF_ME = re.compile(r"\bpart of me\b", re.IGNORECASE)
_QUESTION = re.compile(
    r"^(?:(?:what|how|why|when|where|who|which)\s+(?:should|do|does|did|can|could|would|will|"
    r"is|are|am)\b|(?:should|can|could|would|will|do|does|did|is|are|am)\s+(?:i|you|we|it)\b)",
    re.IGNORECASE,
)
# A verdict the client passes on themselves ("I'm a fraud"), not a fear of looking so.
_VERDICT = re.compile(
    r"^you(?:'re|\s+are|'ll\s+be|\s+will\s+be|'ll\s+never|\s+never|'re\s+never)?\s+(?:just\s+)?"
    r"(?:not (?:good|smart|clever|talented|strong) enough|a failure|a fraud|an impostor|"
    r"an idiot|stupid|useless|pathetic|a loser|found out|mess (?:everything|things) up|"
    r"(?:be|get|do) (?:anything|a))\b|\byou(?:'re|\s+are)\s+(?:not\s+)?(?:a\s+)?(?:fraud|"
    r"failure|impostor|not a real)\b",
    re.IGNORECASE,
)
_AGENDA_TALK = re.compile(
    r"\b(?:want|like|need)\s+to\s+(?:talk|focus|work|look)\s+(?:about|on|at)\b", re.IGNORECASE
)
# "By the end of today I'd like...": the time frame goes, the clause with its subject stays.
_TIME_LEAD = re.compile(
    r"^(?:by\s+the\s+end\s+of\s+(?:today|the\s+\w+|our\s+time)|at\s+the\s+moment|these\s+days|"
    r"for\s+now|in\s+the\s+end|this\s+week|today|to\s+be\s+honest|honestly),?\s+(?=\S+\s)",
    re.IGNORECASE,
)
# "Part of you ..." fits a want, a feeling or a belief; what they did is said plainly.
_INNER = re.compile(
    r"^(?:i|we)(?:'d|\s+would|\s+really|\s+still|\s+also|\s+just)*\s+(?:want|wish|feel|think|"
    r"know|believe|like|love|hate|fear|worry|hope|need|'d\s+like|'d\s+love|don't\s+want|"
    r"can't\s+stand|dread|enjoy|miss)\w*\b",
    re.IGNORECASE,
)
_THIRD_PARTY = re.compile(r"^(?:he|she|they|his|her|their)\b", re.IGNORECASE)
# Where a long clause may end early and still be a clause: before these words. Never before
# "what" or "how": "work out how to..." cut there leaves "work out", its object gone.
_BREAK = re.compile(
    r",\s*|\s+(?=(?:that|which|who|when|where|because|so|and|but|if|until|once|since|after|"
    r"before|while|instead|without|by\s+the\s+time)\b)",
    re.IGNORECASE,
)
_DANGLING = _set(
    "and but or the a an to of in on that because with for your my so at is are was were "
    "be been his her their our its this these those from by into about as if than"
)
_ENDINGS = {"'m": "is", "'ve": "has", "'ll": "will", "'d": "would", "'re": "are"}
_THIRD_PERSON = {
    "am": "is", "are": "is", "have": "has", "do": "does", "don't": "doesn't",
    "haven't": "hasn't", "aren't": "isn't", "were": "was", "weren't": "wasn't",
}  # fmt: skip
_MODALS = _set(
    "can could will would should must might may did didn't can't cannot won't wouldn't "
    "couldn't shouldn't was wasn't"
)
_FUNCTION_WORDS = _set(
    "every each all most some no none any both either neither many much few several usually "
    "right now at last next this that these those there here right often sometimes always "
    "never today tomorrow tonight yesterday"
)
_NUMBERS = _set("one two three four five six seven eight nine ten")
_VERB_BEFORE = _set(
    "to i you we they he she it can could will would should must might may 'll 'd not never "
    "just also really still"
)
_ING_BEFORE = _set(
    "keep keeps kept stop stopped start started been am is are was were 'm 're about of go "
    "going like love hate avoid avoided quit finish finished try tried"
)
# A verb that shows itself as one: an auxiliary or modal, or an -s / -ed form.
_MARKED_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|might|may|must|should|does|did|"
    r"\w+'(?:s|re|ll|d|ve)|\w{3,}ed|\w{3,}[^s\W]s)\b",
    re.IGNORECASE,
)
_NOT_A_START = _set("rather instead without not than unlike despite except apart like")
_HEDGE_VERBS = _set("suppose guess think reckon know mean see agree imagine")
# Words that do not make a clause say anything on their own: times and all-purpose verbs.
_THIN_WORDS = _set(
    "today tonight tomorrow now week weekend morning evening afternoon day night month year "
    "time moment want like need have get go make do try feel think know keep"
)
_RELATIVE = re.compile(r"\s+(?:that|which|who|where|when)\s+", re.IGNORECASE)
_PRONOUNS = _set("i i'm i've i'd i'll we we're it it's he she they you you're that this")


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.findall(r"[^.!?\n]+[.!?]*", text) if s.strip()]


def _is_question(sentence: str) -> bool:
    return sentence.rstrip().endswith("?") or bool(_QUESTION.match(sentence.strip()))


def _score(clause: str, phrases: list[str]) -> float:
    low = clause.lower()
    score = sum(2.0 for p in phrases if p.lower() in low)
    score += 3.0 if _FEELING.search(clause) else 0.0
    # The client's own experience first; what someone else did comes second.
    score += 2.0 if re.match(r"(?i)(i|i'm|i've|i'd|i'll|my|we|part of me)\b", clause) else 0.0
    score -= 1.5 if _THIRD_PARTY.match(clause.strip()) else 0.0
    words = len(clause.split())
    # "I want to talk about X" names the agenda; the clause after it says how it is.
    score -= 6.0 if _AGENDA_TALK.search(clause) else 0.0
    return score - (3.0 if words < 3 else 0.0) - (1.0 if words > 20 else 0.0)


def _ends_well(words: list[str]) -> bool:
    return bool(words) and words[-1].lower().strip(",;:.!") not in _DANGLING


def shorten(text: str, limit: int, clause: bool = True) -> str | None:
    """`text` if it fits in `limit` words, else its longest head ending at a natural break
    that is still a clause (with `clause=False`, a phrase such as "ask the team lead");
    None when there is none (never a cut mid-phrase)."""
    text = text.strip().rstrip(" ,;:.!")
    if len(text.split()) <= limit:
        return text if _ends_well(text.split()) else None
    best = None
    for match in _BREAK.finditer(text):
        head = text[: match.start()].rstrip(" ,;:")
        words = head.split()
        if len(words) > limit:
            break
        if len(words) >= 3 and _ends_well(words) and (not clause or has_finite_verb(head)):
            best = head
    if best is None and clause:
        best = _before_adjunct(text, limit)
    return best


# Where a clause may drop a trailing place, time or topic: "a polite no | in your head".
_ADJUNCT = re.compile(
    r"\s+(?=(?:in|on|at|for|about|with|from|into|over|during|every|each|by)\s+\w)",
    re.IGNORECASE,
)


def _before_adjunct(text: str, limit: int) -> str | None:
    """The longest head within `limit` that ends before a trailing phrase, when the head is
    a clause and its last word is not a verb the phrase completes ("focus | on my health")."""
    from lemminflect import getAllLemmas  # deferred: loads tables on import

    best = None
    for match in _ADJUNCT.finditer(text):
        head = text[: match.start()].rstrip(" ,;:")
        words = head.split()
        if len(words) > limit:
            break
        last = words[-1].lower().strip(",.;:'\"") if words else ""
        before = words[-2].lower() if len(words) > 1 else ""
        verb = "VERB" in getAllLemmas(last)
        ongoing = last.endswith("ing") and before in _ING_BEFORE
        if verb and ("NOUN" not in getAllLemmas(last) or before in _VERB_BEFORE or ongoing):
            continue  # "want to focus | on...", "keep thinking | about...": the verb needs it
        # "you'd have a plan | for a joint meeting": a head that says so little is no cut.
        meaning = content_words(head) - _THIN_WORDS  # "want to leave today | with a way in"
        if len(words) >= 4 and _ends_well(words) and len(meaning) >= 2 \
                and has_finite_verb(head):
            best = head
    return best


def _third_person(half: str) -> str | None:
    """'I really want to go' -> 'really wants to go' (for 'Part of you ...'); None if unsure."""
    from lemminflect import getInflection, getLemma  # deferred: loads tables on import

    match = re.match(r"(?i)(?:and |but |yet )?(i|we)('m|'ve|'ll|'d|'re)?\s+(.*)", half.strip())
    if not match:
        return None
    if match.group(2):
        return f"{_ENDINGS[match.group(2).lower()]} {to_second_person(match.group(3))}"
    words = match.group(3).split()
    for i, word in enumerate(words):
        low = word.lower()
        if low in _ADVERBS:
            continue
        if low in _THIRD_PERSON:
            words[i] = _THIRD_PERSON[low]
        elif low not in _MODALS:
            lemmas = getLemma(low, upos="VERB")
            forms = getInflection(lemmas[0], tag="VBZ") if lemmas else ()
            if not forms:
                return None
            words[i] = forms[0]
        return to_second_person(" ".join(words))
    return None


def _complex(sentence: str, key: int) -> str | None:
    """Both sides of an ambivalence, each a clause with a subject, or None."""
    sides = [strip_connective(s.strip(" ,")) for s in _AMBIVALENCE.split(sentence, maxsplit=1)]
    if len(sides) != 2 or min(len(s.split()) for s in sides) < 2:
        return None
    if not all(has_subject(s) and has_finite_verb(s) for s in sides):
        return None  # "but didn't say anything directly": half a thought is not a side
    if _PART_OF_ME.search(sentence):
        body = to_second_person(f"{sides[0]}, and {sides[1]}")
        return body[0].upper() + body[1:]
    first, second = (_third_person(s) for s in sides)
    inner = all(_INNER.match(s) for s in sides)
    if first and second and inner and key % 2 == 0:
        return f"Part of you {first}, and part of you {second}"
    left, right = to_second_person(sides[0]), _mid(to_second_person(sides[1]))
    if left.lower().startswith("you"):
        joined = f"You{left[3:]}, and at the same time {right}"
        return joined if len(joined.split()) <= MAX_COMPLEX_WORDS else f"You{left[3:]}, and {right}"
    return f"On one hand {lower_first(left)}, and on the other {right}"


def _mid(text: str) -> str:
    """A converted clause placed mid-sentence: 'You never...' / 'It wants...' -> lower case."""
    return re.sub(
        r"^(You|It|They|This|That|There|These|Those|He|She|Everyone|Nobody)\b",
        lambda m: m.group(1).lower(),
        text,
    )


def lower_first(text: str) -> str:
    """Lower-case the first word after a frame unless it looks like a name ("Maya")."""
    from lemminflect import getAllLemmas  # deferred: loads tables on import

    first = re.split(r"[\s'-]", text, maxsplit=1)[0]
    low = first.lower()
    if first.isupper() and len(first) > 1:
        return text  # an acronym
    known = low in _STOPWORDS or low in _FUNCTION_WORDS or low in _NUMBERS
    if known or low in {"you", "your", "work", "life"} or getAllLemmas(low):
        return text[:1].lower() + text[1:]
    return text


def reflect(text: str, limit: int = MAX_WORDS) -> str | None:
    """A short second-person statement of what the client just said, or None."""
    if not text or not text.strip():
        return None
    statements = [s for s in _sentences(text) if not _is_question(s)]
    cleaned = [_TIME_LEAD.sub("", c) for c in (strip_filler(s.rstrip(".!")) for s in statements)]
    cleaned = [c for c in cleaned if c]
    if sum(len(c.split()) for c in cleaned) < 3:
        return None
    source = content_words(text)
    if not source:
        return None
    phrases = key_phrases(" ".join(cleaned), n=5)
    key = zlib.crc32(" ".join(cleaned).lower().encode())
    clauses = []
    for sentence in cleaned:
        if _AMBIVALENCE.search(sentence) or _PART_OF_ME.search(sentence):
            clauses.append((_score(sentence, phrases) + 2.0, sentence, True))
        for clause in re.split(r";\s*|,\s*(?!and\b)|\s+because\s+|\s+and so\s+", sentence):
            clause = strip_connective(strip_filler(clause))
            clauses.append((_score(clause, phrases), clause, False))
    for _score_value, clause, ambivalent in sorted(clauses, key=lambda c: -c[0]):
        body = _complex(clause, key) if ambivalent else None
        if body is not None:
            if len(body.split()) <= max(limit, MAX_COMPLEX_WORDS):
                return body.rstrip(" ,;:.!") + "."
            continue
        if ambivalent:
            continue
        result = _simple(clause, key, limit)
        if result and content_words(result) & source:
            return result
    return None


def _is_statement(clause: str) -> bool:
    """Whether a clause says something the client can hear back as a statement; not "then
    write the headings" or "three walks done by Sunday" (no subject, or no verb)."""
    from lemminflect import getAllLemmas  # deferred: loads tables on import

    if not has_subject(clause) or not has_finite_verb(clause):
        return False
    words = clause.split()
    first = words[0].lower()
    name = words[0][:1].isupper() and first not in _STOPWORDS and not getAllLemmas(first)
    if len(words) < 4 and first not in _PRONOUNS and not name:
        return False  # "the people side": too short to be sure a noun isn't read as a verb
    if first in _NOT_A_START:
        return False  # "rather than just waiting to see...": half of a contrast
    if len(words) <= 3 and words[-1].lower().strip(".,!?") in _HEDGE_VERBS:
        return False  # "I suppose": a hedge, not something they said
    if first in _PRONOUNS or name:
        return True
    # "lunch meetings that run over", "a simple plan that I can keep up": the verb belongs
    # to the relative clause; the clause itself says nothing yet.
    main = _RELATIVE.split(clause, maxsplit=1)[0]
    if not has_finite_verb(main):
        return False
    # "a simple plan for moving more": "plan" is a noun here, not the verb.
    return first not in ("a", "an") or bool(_MARKED_VERB.search(" ".join(main.split()[1:])))


def _simple(clause: str, key: int, limit: int) -> str | None:
    clause = strip_connective(re.sub(r"(?i)^because\s+", "", clause.strip()))
    if not _is_statement(clause):
        return None
    turned = to_second_person(clause).strip()
    if len(turned.split()) > limit:
        # "you could ask the team lead what the job is like" -> "...ask the team lead"
        cut = before_question_word(turned)
        turned = cut if cut and has_finite_verb(cut) else turned
    if _VERDICT.search(turned):
        # Reflecting "you're not good enough" as a plain statement would sound like
        # agreement; name it as a part of the client speaking instead.
        body = shorten(_mid(turned), limit - 3)
        return f"Part of you believes {body}." if body else None
    frame = key % 3
    if frame == 0 and turned.lower().startswith("you"):
        body = shorten("Y" + turned[1:], limit)
        return f"{body}." if body else None
    # "It sounds like" costs three words: only a reflection with the turn to itself has them.
    roomy = limit >= MAX_ALONE_WORDS
    frames = ("It sounds like", "So") if frame == 2 and roomy else ("So", "It sounds like")
    for lead in frames:
        body = shorten(lower_first(turned), limit - len(lead.split()))
        if body:
            return f"{lead} {body}."
    if turned.lower().startswith("you"):
        body = shorten("Y" + turned[1:], limit)
        return f"{body}." if body else None
    return None
