"""Reflective listening: the client's own words, turned round and handed back.

`reflect` picks the clause that carries the most (key phrases from yake, or words
of feeling, wanting and needing), strips filler, turns it into second person and
frames it as a statement. The frame varies with the text itself (a checksum, not
randomness), so a transcript replays identically. Ambivalence ("but", "yet",
"part of me") gets a double-sided reflection joined by "and", which keeps both
sides in view instead of letting the second cancel the first.
"""

from __future__ import annotations

import re
import zlib
from functools import lru_cache
from typing import Any

from onward.coaching.grammar import has_subject, strip_connective

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
_FEELING = re.compile(
    r"\b(want\w*|wish\w*|need\w*|hope\w*|feel\w*|felt|afraid|scared|worr\w+|love\w*|hate\w*|"
    r"stuck|frustrat\w+|excit\w+|tired|overwhelm\w*|anxious|nervous|proud|happy|sad|angry|"
    r"upset|struggl\w+|important|matters?|care|dream\w*|goal\w*|never|can't|cannot|"
    r"wish|long\w* to|miss\w*|enjoy\w*|dread\w*|exhaust\w+|confiden\w+|avoid\w*|"
    r"keep\s+\w+ing|putting\s+(?:it|things|this)\s+off)\b",
    re.IGNORECASE,
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
_AMBIVALENCE = re.compile(r",?\s*\b(?:but|yet|although|though|on the other hand)\b,?\s*", re.I)
_PART_OF_ME = re.compile(r"\bpart of me\b", re.IGNORECASE)
_QUESTION = re.compile(
    r"^(?:(?:what|how|why|when|where|who|which)\s+(?:should|do|does|did|can|could|would|will|"
    r"is|are|am)\b|(?:should|can|could|would|will|do|does|did|is|are|am)\s+(?:i|you|we|it)\b)",
    re.IGNORECASE,
)
_VERDICT = re.compile(
    r"\b(not (?:good|smart|clever|talented|strong) enough|failure|fraud|impostor|idiot|stupid|"
    r"useless|pathetic|loser|mess (?:everything|things) up|never (?:be|get|do) (?:anything|a))\b",
    re.IGNORECASE,
)
_MAX_WORDS = 25
_AGENDA_TALK = re.compile(
    r"\b(?:want|like|need)\s+to\s+(?:talk|focus|work|look)\s+(?:about|on|at)\b", re.IGNORECASE
)
_DANGLING = {
    "and",
    "but",
    "or",
    "the",
    "a",
    "an",
    "to",
    "of",
    "in",
    "on",
    "that",
    "because",
    "with",
    "for",
    "your",
    "so",
    "at",
    "my",
    "is",
    "are",
}
_ENDINGS = {"'m": "is", "'ve": "has", "'ll": "will", "'d": "would", "'re": "are"}
_THIRD_PERSON = {
    "am": "is",
    "are": "is",
    "have": "has",
    "do": "does",
    "don't": "doesn't",
    "haven't": "hasn't",
    "aren't": "isn't",
    "were": "was",
    "weren't": "wasn't",
}
_MODALS = {
    "can",
    "could",
    "will",
    "would",
    "should",
    "must",
    "might",
    "may",
    "did",
    "didn't",
    "can't",
    "cannot",
    "won't",
    "wouldn't",
    "couldn't",
    "shouldn't",
    "was",
    "wasn't",
}


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


def to_second_person(text: str) -> str:
    """I -> you, my -> your, I am -> you are, I was -> you were; everything else kept."""
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


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.findall(r"[^.!?\n]+[.!?]*", text) if s.strip()]


def _is_question(sentence: str) -> bool:
    return sentence.rstrip().endswith("?") or bool(_QUESTION.match(sentence.strip()))


def _score(clause: str, phrases: list[str]) -> float:
    low = clause.lower()
    score = sum(2.0 for p in phrases if p.lower() in low)
    score += 3.0 if _FEELING.search(clause) else 0.0
    score += 1.0 if re.match(r"(?i)(i|i'm|i've|i'd|i'll|my|we|part of me)\b", clause) else 0.0
    words = len(clause.split())
    # "I want to talk about X" names the agenda; the clause after it says how it is.
    score -= 6.0 if _AGENDA_TALK.search(clause) else 0.0
    return score - (3.0 if words < 3 else 0.0) - (1.0 if words > 20 else 0.0)


def _trim(words: list[str], limit: int) -> str:
    if len(words) > limit:
        cut = words[:limit]
        commas = [i for i, w in enumerate(cut) if w.endswith(",") and i >= 3]
        words = cut[: commas[-1] + 1] if commas else cut
    while len(words) > 1 and words[-1].lower().strip(",;") in _DANGLING:
        words = words[:-1]
    return " ".join(words).rstrip(" ,;:.!")


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
    sides = [s.strip(" ,") for s in _AMBIVALENCE.split(sentence, maxsplit=1)]
    if len(sides) != 2 or min(len(s.split()) for s in sides) < 2:
        return None
    if _PART_OF_ME.search(sentence):
        body = to_second_person(f"{sides[0]}, and {sides[1]}")
        return body[0].upper() + body[1:]
    first, second = (_third_person(s) for s in sides)
    if first and second and key % 2 == 0:
        return f"Part of you {first}, and part of you {second}"
    left, right = to_second_person(sides[0]), _mid(to_second_person(sides[1]))
    if left.lower().startswith("you"):
        return f"You{left[3:]}, and at the same time {right}"
    return f"On one hand {_lower_first(left)}, and on the other {right}"


def _mid(text: str) -> str:
    """A converted fragment placed mid-sentence: 'You never...' -> 'you never...'."""
    return re.sub(r"^You\b", "you", text)


def _lower_first(text: str) -> str:
    """Lower-case the first word after a frame unless it looks like a name ("Maya")."""
    from lemminflect import getAllLemmas  # deferred: loads tables on import

    first = re.split(r"[\s']", text, maxsplit=1)[0]
    low = first.lower()
    if first.isupper() and len(first) > 1:
        return text  # an acronym
    numbers = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
    if low in _STOPWORDS or low in {"you", "your", "work", "life"} | numbers or getAllLemmas(low):
        return text[:1].lower() + text[1:]
    return text


def reflect(text: str) -> str | None:
    """A short second-person statement of what the client just said, or None."""
    if not text or not text.strip():
        return None
    statements = [s for s in _sentences(text) if not _is_question(s)]
    cleaned = [c for c in (strip_filler(s.rstrip(".!")) for s in statements) if c]
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
        for clause in re.split(r"[;,]\s*|\s+because\s+|\s+and so\s+", sentence):
            clauses.append((_score(clause, phrases), strip_filler(clause), False))
    for _score_value, clause, ambivalent in sorted(clauses, key=lambda c: -c[0]):
        body = _complex(clause, key) if ambivalent else None
        if body is None:
            clause = strip_connective(clause)
            # "then write the headings", "if I only had to": no subject, no statement.
            if not has_subject(clause):
                continue
            body = _simple(to_second_person(clause), key)
        words = body.split()
        if len(words) < 2:
            continue
        result = _trim(words, _MAX_WORDS) + "."
        if content_words(result) & source:
            return result
    return None


def _simple(clause: str, key: int) -> str:
    clause = clause.strip()
    if _VERDICT.search(clause):
        # Reflecting "you're not good enough" as a plain statement would sound like
        # agreement; name it as a part of the client speaking instead.
        return f"Part of you believes {_mid(clause)}"
    frame = key % 3
    if frame == 0 and clause.lower().startswith("you"):
        return "Y" + clause[1:]
    if frame == 2:
        return f"It sounds like {_lower_first(clause)}"
    return f"So {_lower_first(clause)}"
