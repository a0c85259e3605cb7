"""Layer 1: explicit patterns, read in context.

`screen_patterns(text)` runs every pattern table over the client's message (idioms
masked first), asks context.py how each match reads, and returns the evidence that
counts plus what it discounted and why, so the screen can tell the learned layer that
the patterns judged a risk word harmless (see screen.py for what that changes).
"""

from __future__ import annotations

from dataclasses import dataclass

from onward.guard import context
from onward.guard.patterns_base import Pattern
from onward.guard.patterns_compose import COMPOSED, COMPOSED_OTHERS
from onward.guard.patterns_danger import DANGER_EN
from onward.guard.patterns_en import CRISIS_EN
from onward.guard.patterns_idioms import mask_idioms
from onward.guard.patterns_intl import CRISIS_INTL
from onward.guard.patterns_more_wordings import MORE_WORDINGS
from onward.guard.patterns_refer import REFER_EN
from onward.guard.patterns_signals import SIGNALS_EN
from onward.guard.patterns_signals_harm import SIGNALS_HARM_EN
from onward.guard.verdict import Evidence, Level, level_of_category

ALL_PATTERNS: tuple[Pattern, ...] = (
    CRISIS_EN + SIGNALS_EN + SIGNALS_HARM_EN + DANGER_EN + CRISIS_INTL + COMPOSED
    + COMPOSED_OTHERS + MORE_WORDINGS + REFER_EN
)

# Patterns whose hit, from a minor, is a disclosure of abuse now (COACHING.md section 4).
_ABUSE_PATTERNS = frozenset(
    {"abused_by_someone", "being_abused", "was_assaulted", "abuse_of_other", "unsafe_at_home",
     "controlled_me", "controlled_at_home", "followed_or_cornered", "hurt_at_home", "grooming",
     "others_abused_now", "es_abuse", "fr_abuse", "de_abuse", "hit_me", "danger_at_home_more",
     "grooming_more"}
)


@dataclass(frozen=True)
class Discounted:
    """A match that context judged harmless, kept so the decision can be explained."""

    pattern: str
    category: str
    words: str
    # negation, quote, fiction, hypothetical, third_person, third_person_past, explained
    reason: str


@dataclass(frozen=True)
class PatternScreen:
    evidence: tuple[Evidence, ...]
    discounted: tuple[Discounted, ...]
    idioms: tuple[str, ...]  # the idiom phrases masked, in the client's words

    @property
    def level(self) -> Level:
        level = Level.COACHABLE
        for e in self.evidence:
            level = level.raised_to(level_of_category(e.category))
        return level

    @property
    def context_cleared(self) -> bool:
        """Risk words were seen but judged harmless (idiom, negation, quote, ...)."""
        return bool(self.discounted or self.idioms)


def _requirement_met(p: Pattern, masked: str, start: int, end: int) -> bool:
    if p.requires is None:
        return True
    # The second signal must come from elsewhere in the message, not the match itself.
    outside = masked[:start] + " " * (end - start) + masked[end:]
    return p.requires.search(outside) is not None


def _judge(p: Pattern, reading: context.Reading) -> tuple[str | None, str | None]:
    """The category a match counts under, or None and the reason it does not."""
    if reading.discount is not None:
        return None, reading.discount
    crisis = level_of_category(p.category) is Level.CRISIS
    if reading.person == "other":
        if not crisis:
            return None, "third_person"  # someone else's condition is not the client's
        if reading.past:
            return (p.past_category, None) if p.past_category else (None, "third_person_past")
        return "third_party_danger", None
    if reading.past and p.past_category:
        return p.past_category, None
    return p.category, None


def screen_patterns(text: str) -> PatternScreen:
    normal = context.normalise(text)
    masked, idioms = mask_idioms(normal)
    evidence: list[Evidence] = []
    discounted: list[Discounted] = []
    seen: set[tuple[str, str]] = set()
    for p in ALL_PATTERNS:
        for m in p.regex.finditer(masked):
            start, end = m.span()
            if not _requirement_met(p, masked, start, end):
                continue
            if p.unless is not None and p.unless.search(masked):
                discounted.append(Discounted(p.name, p.category, text[start:end], "explained"))
                continue
            category, reason = _judge(p, context.read(masked, start, end, p.person, p.contextual))
            words = text[start:end]
            if category is None:
                discounted.append(Discounted(p.name, p.category, words, reason or "context"))
                continue
            if p.name in _ABUSE_PATTERNS and category == "trauma":
                minor = context.MINOR.search(masked)
                if minor:  # a child's disclosure is never "past" enough to wait
                    category = "abuse_danger"
                    evidence.append(Evidence(category, text[minor.start():minor.end()], 0,
                                             "pattern:minor"))
            if (category, words) in seen:
                continue
            seen.add((category, words))
            evidence.append(Evidence(category, words, 0, f"pattern:{p.name}"))
    return PatternScreen(tuple(evidence), tuple(discounted), tuple(w for _, w in idioms))
