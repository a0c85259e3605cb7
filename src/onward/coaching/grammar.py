"""Small, dictionary-backed judgements about the shape of the client's words.

The voice may only put the client's words where they read as English: a reflection
needs a clause with a subject ("you open it every night"), a slot like "What's
happening with {phrase}?" needs a noun phrase, "You came to talk about {topic}" needs
a noun phrase or a gerund ("getting your evenings back"). No tagger is loaded: the
lemma tables of lemminflect say which parts of speech a word can be, and position
does the rest. When unsure, these say no, and the voice words the turn without them.
"""

from __future__ import annotations

import re

from lemminflect import getAllLemmas, getInflection


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())  # word lists read better as prose


_CONNECTIVES = re.compile(
    r"^(?:(?:and|but|so|then|that|also|or|well|plus|just|and\s+then|because)\b(?!['\u2019]),?\s*)+",
    re.IGNORECASE,
)
_NO_SUBJECT = _words(
    "if when by on in at for to with because maybe not only until before after which who "
    "whether though although unless since while than as like of about from into then and "
    "but or so also just was were is are am has had does did can could will would should "
    "might must"
)
_SUBJECTS = _words(
    "you your it it's its they they're their he he's his she she's her there there's this "
    "these those we our i i'm my everyone everything nobody nothing someone something people "
    "part"
)
_DETERMINERS = _words(
    "a an the my your his her their our its this that these those some any every each no "
    "it them him me you us one two three"
)
_NOT_NOUN_END = _words(
    "tomorrow today tonight now then again soon later yet already too very really just "
    "first last next one two three four five six seven eight nine ten eleven twelve"
)


def strip_connective(text: str) -> str:
    """ "and then write it" -> "write it"; "That I avoid things" -> "I avoid things"."""
    return _CONNECTIVES.sub("", text.strip())


def _pos(word: str) -> dict[str, tuple[str, ...]]:
    return dict(getAllLemmas(word.lower().strip(".,;:!?'\"")))


def is_imperative(words: list[str]) -> bool:
    """ "Ask Sam", "Put a reminder in": a bare verb first, with no subject before it."""
    if not words:
        return False
    first = words[0].lower().strip(",.")
    lemmas = _pos(first)
    if "VERB" not in lemmas or first not in lemmas["VERB"]:
        return False
    if "NOUN" not in lemmas:
        return True
    nxt = words[1] if len(words) > 1 else ""
    return nxt.lower() in _DETERMINERS or nxt[:1].isupper()


_LEADING_ADVERBS = _words(
    "always never often usually sometimes just really still also even only probably "
    "actually honestly mostly"
)
_FINITE = _words(
    "am is are was were do does did have has had can could will would should shall may might "
    "must isn't aren't wasn't weren't don't doesn't didn't haven't hasn't hadn't can't cannot "
    "couldn't won't wouldn't shouldn't mustn't"
)
_CONTRACTION = re.compile(r"(?i)^\w+['\u2019](?:m|re|s|ve|ll|d)$")


def has_finite_verb(clause: str) -> bool:
    """Whether a clause holds a finite verb ("it blows up", "you're"), not only a phrase
    ("three walks done by Sunday", "the current team lead")."""
    words = [w.strip('.,;:!?"') for w in clause.split()]
    for i, word in enumerate(words):
        low = word.lower()
        if low in _FINITE or _CONTRACTION.match(word):
            return True
        previous = words[i - 1].lower() if i else ""
        if i == 0 or previous in _DETERMINERS and previous not in ("it", "you", "me", "us"):
            continue  # first word (no subject before it), or a noun after "the", "three"
        verbs = _pos(low).get("VERB", ())
        for lemma in verbs:
            if low in {f for tag in ("VBZ", "VBD", "VBP") for f in getInflection(lemma, tag)}:
                if low.endswith("ed") and previous in ("been", "being", "get", "got"):
                    continue
                return True
    return False


def has_subject(clause: str) -> bool:
    """Whether a clause can stand as a statement after "So" or "It sounds like"."""
    words = clause.split()
    while len(words) > 2 and words[0].lower().strip(",") in _LEADING_ADVERBS:
        words = words[1:]  # "always eats the morning": look past the adverb
    if len(words) < 2:
        return False
    first = words[0].lower().strip(",.'\"")
    verb_s = first.endswith("s") and first not in _SUBJECTS and "VERB" in _pos(first)
    if verb_s and ("NOUN" not in _pos(first) or words[0][:1].islower()):
        return False  # "eats the morning": a verb with its subject left behind
    if first in _NO_SUBJECT or first in _FINITE or is_imperative(words):
        return False
    if first in _SUBJECTS or words[0][:1].isupper() and not _pos(first):
        return True  # a pronoun, or a name the dictionary doesn't know ("Sam")
    return not first.endswith("ing") or first in ("everything", "nothing", "something")


def gerund(phrase: str) -> str | None:
    """ "get your evenings back" -> "getting your evenings back"; None if not a verb phrase."""
    words = phrase.split()
    if not words or not is_imperative(words):
        return None
    lemma = _pos(words[0])["VERB"][0]
    forms = getInflection(lemma, tag="VBG")
    return " ".join([forms[0], *words[1:]]) if forms else None


def is_noun_phrase(phrase: str) -> bool:
    """ "the quarterly report", "your evenings": a phrase that can follow "with" or "about"."""
    words = [w.strip(".,;:!?'\"") for w in phrase.split()]
    if not words or len(words) > 6:
        return False
    first, last = words[0].lower(), words[-1].lower()
    if first in _NO_SUBJECT or first in _NOT_NOUN_END or is_imperative(words):
        return False
    if last in _NOT_NOUN_END or last in _DETERMINERS or last in _NO_SUBJECT:
        return False
    last_pos = _pos(last)
    if words[-1][:1].isupper() and not last_pos:
        return True  # a name
    if first in _DETERMINERS and last.endswith("ing") and len(words) == 2:
        return True  # "the walking", "my writing": a gerund used as a noun
    if not last_pos and first in _DETERMINERS:
        return True  # "your inbox": a word the tables don't know, after a determiner
    if "NOUN" not in last_pos:
        return False
    # "putting it off", "starting tomorrow": a verb form inside is a clause, not a noun
    # phrase; a gerund first ("changing careers") is a noun phrase.
    return not any(
        w.lower().endswith(("ing", "ed")) and "NOUN" not in _pos(w) and "ADJ" not in _pos(w)
        for w in words[1:]
    )



_QUESTION_WORD = re.compile(r"\s+(?=(?:what|how|whether|why|where)\b)", re.IGNORECASE)


def before_question_word(text: str) -> str | None:
    """ "ask the team lead what the job is like" -> "ask the team lead": the part before a
    question word, when the verb already has its object there. None for "work out how to
    say it", "start by saying what..." or "split jobs by what...": cut there, they are empty.
    """
    parts = _QUESTION_WORD.split(text, maxsplit=1)
    head = parts[0].rstrip(" ,")
    if len(parts) < 2 or len(head.split()) < 3:
        return None
    last = head.split()[-1].lower().strip(",.;:")
    nouns = _pos(last).get("NOUN", ()) or _pos(last).get("PROPN", ())
    if not nouns or last.endswith("ing") or last in ("by", "to", "for", "of", "about"):
        return None
    return head
