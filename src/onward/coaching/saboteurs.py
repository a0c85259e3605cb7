"""Spot inner-critic ("saboteur") talk in what a client says, so the coach can name it.

With an embedder, a small logistic probe is fitted once (lazily, ~0.3 s) on the
embeddings of the example bank against the hard negatives: plain nearest-neighbour
similarity with MiniLM mostly tracks topic ("gym", "promotion"), while the probe
learns the stance that the examples share. Without an embedder, a lexical fallback
compares word and word-pair overlap with the same banks, so the product still works
offline with nothing but the package. Either way a phrase must first carry a
self-judgement cue (saboteur_cues): plain reports of behaviour, feelings,
constraints, plans and learnings are never a saboteur. Texts that mention death,
suicide or self-harm never produce a hit: hopelessness belongs to the guard.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from onward.coaching.saboteur_cues import judges_self, strongly_judges_self
from onward.coaching.saboteur_examples import EXAMPLES, HARD_NEGATIVES

if TYPE_CHECKING:
    from onward.embedding.port import Embedder

SABOTEUR_KINDS: dict[str, str] = {
    "not_good_enough": "the verdict that you lack the ability, talent or worth the goal needs",
    "impostor": "the fear that your success is luck or bluff and you will be found out",
    "no_permission": "the sense that it is not your place to want, ask for or lead this",
    "self_blame": "sweeping blame of yourself from a slip: always, never, useless",
    "all_or_nothing": "perfect or pointless: anything short of flawless counts as failure",
    "futility": "the belief that effort makes no difference, so why try",
    "people_like_me": "the rule that people of your kind, background or type do not get to do this",
    "too_late": "the story that your age or the time already passed has closed the door",
    "harsh_should": "a harsh 'should' that measures you against where you ought to be by now",
    "comparison": "measuring yourself against others and always coming out behind",
    "fortune_telling": "predicting failure, rejection or ridicule before you have tried",
}

# Hopelessness and self-harm are the guard's, never a saboteur (COACHING.md section 3).
_DANGER = re.compile(
    r"\b(suicid\w*|kill(ing)? my ?self|end(ing)? (it all|my life|things)|self[- ]?harm\w*|"
    r"hurt(ing)? my ?self|cut(ting)? my ?self|overdos\w*|die|dying|dead|death|"
    r"better off without me|no reason to (live|go on)|can'?t go on|want to disappear|"
    r"(no )?point (in )?(living|being alive)|hopeless(ness)?(?!\s+(?:at|with))|worthless)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?;\n]+[.!?;]*")
_CLAUSE = re.compile(r",\s*|\s+(?:but|and|because|so|though|although)\s+", re.IGNORECASE)
_LEADING = re.compile(
    r"^(?:(?:and|but|so|well|like|um+|uh+|honestly|i mean|you know|the thing is)[,\s]+)+",
    re.IGNORECASE,
)
# "There's this voice saying <what it says>": the words after the lead are the voice's own.
_VOICE_LEAD = re.compile(
    r"^(?:(?:there's|there is)\s+(?:this|a|that)\s+(?:little\s+)?voice(?:\s+in my head)?\s+"
    r"(?:saying|that says|telling me)|(?:a|this|the|my)\s+(?:inner\s+)?voice(?:\s+in my head)?\s+"
    r"(?:says|keeps saying|tells me)|part of me (?:says|thinks)|i (?:keep )?tell(?:ing)? myself)"
    r"\s+(?:that\s+)?",
    re.IGNORECASE,
)
# "It wants me to stop before I embarrass myself": what the voice is for, not its words.
_VOICE_AIM = re.compile(
    r"(?:it|that\s+voice|the\s+voice)\s+(?:wants|is\s+trying|'s\s+trying|tries)\b", re.IGNORECASE
)
_CONTRACTIONS = (
    (re.compile(r"won't"), "will not"),
    (re.compile(r"can't"), "can not"),
    (re.compile(r"n't\b"), " not"),
    (re.compile(r"'m\b"), " am"),
    (re.compile(r"'ll\b"), " will"),
    (re.compile(r"'ve\b"), " have"),
    (re.compile(r"'d\b"), " would"),
    (re.compile(r"'re\b"), " are"),
    (re.compile(r"'s\b"), " is"),
)
# Embedding probe: balanced classes, so a logit above 0 means "more like the bank".
_PROBE_L2 = 1e-4
_PROBE_STEPS = 2000
_PROBE_RATE = 2.0
# A hit needs a self-judgement cue (saboteur_cues) and then a probe score this high:
# naming a voice the client never had costs more than missing one. A cue that is a
# verdict on its own ("who am I to", "not good enough") needs only the lower bar.
_PROBE_THRESHOLD = 0.6
_STRONG_THRESHOLD = 0.15
# The probe's logit gets this much of the lexical margin added: word patterns ("who am
# I to", "not ... enough") catch what topic-heavy embeddings blur, and vice versa.
_LEXICAL_WEIGHT = 4.0
# Only long sentences are split into clauses; short clauses out of context
# ("I can't do mornings") read as verdicts more often than they are.
_CLAUSE_MIN_WORDS = 13
# Lexical fallback: nearest example must beat the nearest hard negative by this
# margin, set on the banks so ordinary statements rarely pass.
_LEXICAL_MARGIN = 0.09
_LEXICAL_FLOOR = 0.3


@dataclass(frozen=True)
class SaboteurHit:
    phrase: str  # the client's own words that carried it
    kind: str  # a key of SABOTEUR_KINDS
    score: float  # 0..1, higher is more confident


def _grams(text: str) -> frozenset[str]:
    """Words and word pairs; function words stay, because the pattern lives in them."""
    low = text.lower().replace("\u2019", "'")
    for pattern, repl in _CONTRACTIONS:
        low = pattern.sub(repl, low)
    words = re.findall(r"[a-z]+", low)
    return frozenset(words) | {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    # Word pairs weigh double: "not good" says more than "good".
    def weight(grams: frozenset[str]) -> int:
        return sum(2 if " " in g else 1 for g in grams)

    total = weight(a) + weight(b)
    return 2.0 * weight(a & b) / total if total else 0.0


def candidates(text: str) -> list[str]:
    """Sentences, plus the clauses of longer sentences, in the client's own words."""
    found: list[str] = []
    for match in _SENTENCE.finditer(text):
        sentence = _LEADING.sub("", match.group().strip()).rstrip(" .!;,")
        sentence = _VOICE_LEAD.sub("", sentence)
        if len(sentence.split()) < 2 or _VOICE_AIM.match(sentence):
            continue
        found.append(sentence)
        if len(sentence.split()) >= _CLAUSE_MIN_WORDS:
            for clause in _CLAUSE.split(sentence):
                clause = _LEADING.sub("", clause.strip()).rstrip(" .!?;,")
                if len(clause.split()) >= 3 and clause != sentence:
                    found.append(clause)
    return found


class SaboteurDetector:
    """Inner-critic detector; build once and reuse (the first call fits the probe)."""

    def __init__(self, embedder: Embedder | None) -> None:
        self._embedder = embedder
        self._kinds = [kind for kind, texts in EXAMPLES.items() for _ in texts]
        self._positives = [text for texts in EXAMPLES.values() for text in texts]
        self._pos_grams = [_grams(t) for t in self._positives]
        self._neg_grams = [_grams(t) for t in HARD_NEGATIVES]
        self._pos_vecs: np.ndarray | None = None
        self._weights: np.ndarray | None = None
        self._bias = 0.0

    def detect(self, text: str) -> SaboteurHit | None:
        if not text or not text.strip() or _DANGER.search(text):
            return None
        # Only phrases that pass judge the self: "I keep putting it off" is a report.
        found = [c for c in candidates(text) if judges_self(c)]
        if not found:
            return None
        if self._embedder is None:
            return self._detect_lexical(found)
        return self._detect_embedded(found)

    def warm_up(self) -> None:
        """Embed the bank and fit the probe now rather than on the first message."""
        if self._embedder is not None:
            self._fit()

    def _fit(self) -> tuple[np.ndarray, np.ndarray]:
        if self._weights is not None and self._pos_vecs is not None:
            return self._pos_vecs, self._weights
        assert self._embedder is not None
        vecs = np.asarray(self._embedder.embed([*self._positives, *HARD_NEGATIVES]), np.float64)
        labels = np.r_[np.ones(len(self._positives)), np.zeros(len(HARD_NEGATIVES))]
        # Balanced weights: the bank has more examples than negatives, and a logit of 0
        # should mean "as close to one side as the other" whatever the embedder.
        sample = np.where(labels == 1, 0.5 / labels.mean(), 0.5 / (1 - labels.mean()))
        weights = np.zeros(vecs.shape[1])
        bias = 0.0
        for _ in range(_PROBE_STEPS):
            prob = 1.0 / (1.0 + np.exp(-(vecs @ weights + bias)))
            grad = sample * (prob - labels)
            weights -= _PROBE_RATE * (vecs.T @ grad / len(labels) + _PROBE_L2 * weights)
            bias -= _PROBE_RATE * float(grad.mean())
        self._pos_vecs = vecs[: len(self._positives)]
        self._weights, self._bias = weights, bias
        return self._pos_vecs, weights

    def _detect_embedded(self, found: list[str]) -> SaboteurHit | None:
        assert self._embedder is not None
        pos_vecs, weights = self._fit()
        vecs = np.asarray(self._embedder.embed(found), np.float64)
        lexical = np.array([self._lexical_margin(_grams(p))[0] for p in found])
        logits = vecs @ weights + self._bias + _LEXICAL_WEIGHT * lexical
        scores = 1.0 / (1.0 + np.exp(-logits))
        bars = np.array([_STRONG_THRESHOLD if strongly_judges_self(p) else _PROBE_THRESHOLD
                         for p in found])  # fmt: skip
        passed = scores - bars
        best = int(np.argmax(passed))
        if passed[best] < 0:
            return None
        kind = self._kinds[int(np.argmax(pos_vecs @ vecs[best]))]
        return SaboteurHit(phrase=found[best], kind=kind, score=round(float(scores[best]), 3))

    def _lexical_margin(self, grams: frozenset[str]) -> tuple[float, float, int]:
        """How much closer to the nearest example than to the nearest hard negative."""
        pos_sims = [_dice(grams, g) for g in self._pos_grams]
        top = int(np.argmax(pos_sims))
        margin = pos_sims[top] - max(_dice(grams, g) for g in self._neg_grams)
        return margin, pos_sims[top], top

    def _detect_lexical(self, found: list[str]) -> SaboteurHit | None:
        best: tuple[float, float, str, str] | None = None
        for phrase in found:
            margin, similarity, top = self._lexical_margin(_grams(phrase))
            if best is None or margin > best[0]:
                best = (margin, similarity, phrase, self._kinds[top])
        if best is None or best[0] < _LEXICAL_MARGIN or best[1] < _LEXICAL_FLOOR:
            return None
        margin, similarity, phrase, kind = best
        return SaboteurHit(phrase=phrase, kind=kind, score=round(min(1.0, similarity), 3))
