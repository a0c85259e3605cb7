"""Reflective listening: the client's own words, turned round and handed back.

The tools reflections and summaries are built from: first person turned to second
(`to_second_person`), key phrases (yake), content words (simplemma) and filler
stripping. `onward.coaching.reflection` builds the reflections themselves.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_TOKEN = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)*|\d+(?:[.,:]\d+)*|\s+|.", re.S)
_WORD = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)*")
_SWAP = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "i'm": "you're",
    "i've": "you've",
    "i'll": "you'll",
    "i'd": "you'd",
    "we": "you",
    "us": "you",
    "our": "your",
    "ours": "yours",
    "ourselves": "yourselves",
    "we're": "you're",
    "we've": "you've",
    "we'll": "you'll",
    "we'd": "you'd",
}
# Verb forms that only agree with "I": everything else is the same for "you".
_FIRST_PERSON_VERBS = {"am": "are", "was": "were", "wasn't": "weren't", "ain't": "aren't"}
_ADVERBS = {
    "really",
    "just",
    "never",
    "always",
    "also",
    "still",
    "even",
    "actually",
    "only",
    "probably",
    "definitely",
    "honestly",
    "often",
    "sometimes",
    "usually",
    "kind",
    "sort",
    "already",
    "totally",
    "genuinely",
    "somehow",
    "truly",
    "simply",
    "constantly",
    "rarely",
}
_STOPWORDS = frozenset(
    """a about above after again against all am an and any are aren't as at be because been
    before being below between both but by can can't cannot could couldn't did didn't do does
    doesn't doing don't down during each few for from further had hadn't has hasn't have
    haven't having he he'd he'll he's her here here's hers herself him himself his how how's
    i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my
    myself no nor not of off on once only or other ought our ours ourselves out over own same
    shan't she she'd she'll she's should shouldn't so some such than that that's the their
    theirs them themselves then there there's these they they'd they'll they're they've this
    those through to too under until up very was wasn't we we'd we'll we're we've were weren't
    what what's when when's where where's which while who who's whom why why's with won't
    would wouldn't you you'd you'll you're you've your yours yourself yourselves um uh erm hmm
    like yeah yes ok okay just really honestly basically literally actually know think guess
    mean thing things lot get got gonna wanna kinda sorta maybe also still even much many well
    will way stuff bit""".split()  # noqa: SIM905 - a word list reads better as prose
)
_FILLER = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\b(?:um+|uh+|erm+|er|hmm+|ah+)\b,?\s*",
        r"\b(?:honestly|basically|literally|obviously|seriously)\b,?\s*",
        r"\b(?:you know|i mean|to be honest|to be fair|if i'm honest)\b,?\s*",
        r"\b(?:kind of|sort of|kinda|sorta)\s+",
        r"\bi (?:think|guess|suppose|reckon|'d say|would say)(?: that)?,?\s+",
        r"(?:^|(?<=,))\s*like,?\s+|\s*,\s*like\b,?|\blike,\s*",
        r"\s*\b(?:or something|or whatever|and stuff|and everything|and all that)\b",
        r"^(?:so|well|okay|ok|yeah|and|but|anyway|i don't know)\b,?\s*",
    )
]


@lru_cache(maxsize=1)
def _extractor() -> Any:
    import yake  # deferred: yake costs ~0.4 s to import

    return yake.KeywordExtractor(lan="en", n=3, top=10, dedup_lim=0.7)


def _match_case(original: str, new: str, sentence_start: bool) -> str:
    if original.isupper() and len(original) > 1:
        return new.upper()
    pronoun_i = original.lower().replace("\u2019", "'").split("'")[0] == "i"
    if sentence_start or (original[0].isupper() and not pronoun_i):
        return new[0].upper() + new[1:]
    return new


# "you" said to the coach ("I'll message you") is "me" when handed back; as a subject
# ("you never know") it stays: only after a verb or a preposition is it an object.
_TO_COACH = {"you": "me", "your": "my", "yours": "mine", "yourself": "myself"}
_NOT_BEFORE_OBJECT = frozenset(
    str.split(
        "and but or if when because that so then than as while since until though where thank "
        "can could will would do does did are were have has had should shall may might must "
        "let"
    )
)


def to_second_person(text: str) -> str:
    """I -> you, my -> your, I am -> you are, I was -> you were; "message you" -> "message
    me"; everything else kept."""
    tokens = _TOKEN.findall(text)
    out: list[str] = []
    last_word = ""  # lower-cased previous word, to see the subject of "am"/"was"
    start = True
    for index, tok in enumerate(tokens):
        if not _WORD.fullmatch(tok):
            out.append(tok)
            if tok.strip() in {".", "!", "?", '"', "(", ":"}:
                start = True
            continue
        low = tok.lower().replace("\u2019", "'")
        apostrophe = "\u2019" if "\u2019" in tok else "'"
        new = _SWAP.get(low)
        if low in _TO_COACH and last_word and last_word not in _NOT_BEFORE_OBJECT:
            new = _TO_COACH[low]
        if tok == "US" or (low == "am" and last_word.isdigit()):
            new = None  # the country, "7 am"
        elif low in _FIRST_PERSON_VERBS and (
            last_word in {"i", "you"} or _next_word_is_i(tokens, index)
        ):
            new = _FIRST_PERSON_VERBS[low]
        if new is not None:
            out.append(_match_case(tok, new.replace("'", apostrophe), start))
        else:
            out.append(tok)
        if low not in _ADVERBS:
            last_word = "you" if low in {"i", "we"} else low
        start = False
    return "".join(out)


def _next_word_is_i(tokens: list[str], index: int) -> bool:
    # "was I", "am I": inverted questions and conditionals
    following = [t for t in tokens[index + 1 : index + 3] if not t.isspace()]
    return bool(following) and following[0] == "I"


def key_phrases(text: str, n: int = 3) -> list[str]:
    """Up to n key phrases, most important first, in the client's own spelling."""
    if not text or not text.strip() or n <= 0:
        return []
    found: list[str] = []
    seen: list[str] = []
    for phrase, _score in _extractor().extract_keywords(text):
        low = phrase.lower()
        if low in _STOPWORDS or any(low in s or s in low for s in seen):
            continue
        match = re.search(r"\b" + re.escape(phrase) + r"\b", text, re.IGNORECASE)
        found.append(match.group() if match else phrase)
        seen.append(low)
        if len(found) == n:
            break
    return found


def content_words(text: str) -> set[str]:
    """Lemmatised, lower-cased words that carry meaning (stopwords and filler removed)."""
    import simplemma  # deferred: its dictionary loads on first use anyway

    words = set()
    for word in _WORD.findall(text.lower().replace("\u2019", "'")):
        word = re.sub(r"'s$", "", word)
        if word in _STOPWORDS or len(word) < 2 or "'" in word:
            continue
        lemma = simplemma.lemmatize(word, lang="en").lower()
        if lemma not in _STOPWORDS:
            words.add(lemma)
    return words


def strip_filler(text: str) -> str:
    for pattern in _FILLER:
        text = pattern.sub(" ", text).strip()
    text = re.sub(r"\s+([,.;!?])", r"\1", re.sub(r"\s{2,}", " ", text))
    return text.strip(" ,;-")
