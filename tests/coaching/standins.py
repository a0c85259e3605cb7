"""Small stand-ins for language tools another helper is building, used only until they land.

`install()` registers a stand-in module only when the real one cannot be imported, so
once `onward.coaching.language` (and friends) exist these tests run against them.
Golden transcripts record which implementation produced them; regenerate with
UPDATE_GOLDEN=1 when the real modules arrive.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
import types
from dataclasses import dataclass
from datetime import date, timedelta

_STOP = set(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "about",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "am",
        "i",
        "me",
        "my",
        "you",
        "your",
        "it",
        "this",
        "that",
        "so",
        "just",
        "really",
        "very",
        "we",
        "our",
        "they",
        "them",
        "he",
        "she",
        "his",
        "her",
        "its",
        "not",
        "do",
        "did",
        "does",
        "have",
        "has",
        "had",
        "will",
        "would",
        "could",
        "should",
        "can",
        "can't",
        "don't",
        "i'm",
        "i've",
        "i'd",
        "i'll",
        "want",
        "like",
        "get",
        "got",
        "going",
        "feel",
        "think",
        "know",
        "some",
        "more",
        "most",
        "by",
        "from",
        "as",
        "if",
        "then",
        "than",
        "too",
        "keep",
        "still",
        "again",
        "also",
        "all",
        "any",
        "every",
        "what",
        "which",
        "when",
        "how",
        "why",
        "who",
        "where",
    ]
)
_SWAPS = [
    (r"\bI am\b", "you are"), (r"\bI'm\b", "you're"), (r"\bI've\b", "you've"),
    (r"\bI'd\b", "you'd"), (r"\bI'll\b", "you'll"), (r"\bI was\b", "you were"),
    (r"\bI\b", "you"), (r"\bmy\b", "your"), (r"\bMy\b", "Your"), (r"\bme\b", "you"),
    (r"\bmine\b", "yours"), (r"\bmyself\b", "yourself"),
]  # fmt: skip
_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def to_second_person(text: str) -> str:
    out = text
    for pattern, repl in _SWAPS:
        out = re.sub(pattern, repl, out)
    return out[:1].upper() + out[1:] if out.startswith("you") and text[:1].isupper() else out


def key_phrases(text: str, n: int = 3) -> list[str]:
    chunks: list[list[str]] = [[]]
    for token in re.findall(r"[A-Za-z'-]+|[.,;:!?]", text):
        if token.lower() in _STOP or not token[0].isalpha():
            if chunks[-1]:
                chunks.append([])
        else:
            chunks[-1].append(token)
    found = [" ".join(c) for c in chunks if c]
    ranked = sorted(found, key=lambda p: (-len(p.split()), found.index(p)))
    return ranked[:n]


def reflect(text: str) -> str | None:
    first = re.split(r"(?<=[.!?])\s+", text.strip())[0].rstrip(".!? ")
    if len([w for w in re.findall(r"[a-z']+", first.lower()) if w not in _STOP]) < 2:
        return None
    turned = to_second_person(first)
    return turned[:1].upper() + turned[1:]


@dataclass(frozen=True)
class ParsedCommitment:
    text: str
    due: date | None
    recurrence: str | None


_WHEN = re.compile(
    r"\s*,?\s*\b(?:by|on|before|this|next)?\s*(?:(?P<day>monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)|(?P<rel>tomorrow|today|tonight|end of (?:the )?week))\b",
    re.IGNORECASE,
)
_EVERY = re.compile(
    r"\s*,?\s*\b(?P<rec>every (?:day|morning|evening|week|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)|daily|weekly)\b",
    re.IGNORECASE,
)


def parse_commitment(text: str, today: date) -> ParsedCommitment | None:
    due: date | None = None
    recurrence: str | None = None
    body = text.strip()
    every = _EVERY.search(body)
    if every:
        recurrence = every.group("rec").lower()
        body = body[: every.start()] + body[every.end() :]
    when = _WHEN.search(body)
    if when:
        if when.group("day"):
            target = _DAYS.index(when.group("day").lower())
            due = today + timedelta(days=(target - today.weekday()) % 7 or 7)
        else:
            rel = when.group("rel").lower()
            offset = {"today": 0, "tonight": 0, "tomorrow": 1}.get(rel, (4 - today.weekday()) % 7)
            due = today + timedelta(days=offset)
        body = body[: when.start()] + body[when.end() :]
    body = re.sub(
        r"^(?:i will|i'll|i am going to|i'm going to)\s+", "", body.strip(" .,"), flags=re.I
    )
    if not re.search(r"[a-z]{3}", body.lower()):
        return ParsedCommitment("", due, recurrence) if due or recurrence else None
    return ParsedCommitment(body[:1].upper() + body[1:], due, recurrence)


def looks_like_commitment(text: str) -> bool:
    return bool(re.search(r"\b(?:i will|i'll|i'm going to)\b", text, re.IGNORECASE))


def classify_reply(text: str) -> str:
    lowered = text.strip().lower()
    if re.match(r"^(?:no|nope|not really|no thanks|i'?d rather not|rather not)\b", lowered):
        return "no"
    if re.match(
        r"^(?:yes|yeah|yep|sure|ok|okay|please|go on|go ahead|that's right|right|"
        r"exactly|correct|sounds good|absolutely|definitely|that's it)\b",
        lowered,
    ):
        return "yes"
    return "unclear"


@dataclass(frozen=True)
class SaboteurHit:
    phrase: str
    kind: str
    score: float


class FakeSaboteurs:
    """Finds a saboteur when a known phrase appears; stands in for the embedding detector."""

    def __init__(self, known: dict[str, str] | None = None) -> None:
        self.known = known or {"who am i to": "impostor", "never good enough": "not_good_enough"}

    def detect(self, text: str) -> SaboteurHit | None:
        lowered = text.lower()
        for cue, kind in self.known.items():
            start = lowered.find(cue)
            if start >= 0:
                end = re.search(r"[.!?,]|$", text[start:])
                stop = start + (end.start() if end else len(text))
                return SaboteurHit(text[start:stop].strip(), kind, 0.9)
        return None


_MODULES: dict[str, dict[str, object]] = {
    "onward.coaching.language": {"reflect": reflect, "key_phrases": key_phrases,
                                 "to_second_person": to_second_person},
    "onward.coaching.commitments": {"parse_commitment": parse_commitment,
                                    "looks_like_commitment": looks_like_commitment,
                                    "ParsedCommitment": ParsedCommitment},
    "onward.coaching.intents": {"classify_reply": classify_reply},
}  # fmt: skip

INSTALLED: list[str] = []


def install() -> None:
    package = importlib.import_module("onward.coaching")
    for name, attrs in _MODULES.items():
        if name in sys.modules or importlib.util.find_spec(name) is not None:
            continue
        module = types.ModuleType(name, "test stand-in; see tests/coaching/standins.py")
        for attr, value in attrs.items():
            setattr(module, attr, value)
        sys.modules[name] = module
        setattr(package, name.rsplit(".", 1)[1], module)
        INSTALLED.append(name)


install()
