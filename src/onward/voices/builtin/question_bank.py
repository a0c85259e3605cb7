"""The built-in voice's question bank: variants per (move kind, need), and how one is chosen.

Variants are written in our own words. Each has a stable id (used once per session) and
may need slots filled from the session ("{phrase}": the client's own words). A variant
is chosen for what the client just said, never at random: variants that can use the
client's words, or that fit how they answered (stuck, feeling), come first; the seed
only rotates the order among equally good ones.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from onward.voices.builtin import bank_close, bank_goal, bank_opening, bank_will


@dataclass(frozen=True)
class Variant:
    id: str
    text: str
    cue: str | None = None  # "stuck" | "feeling" | "reflecting": when this variant fits best

    @property
    def slots(self) -> tuple[str, ...]:
        return tuple(f for _, f, _, _ in string.Formatter().parse(self.text) if f)


def _load() -> dict[tuple[str, str], tuple[Variant, ...]]:
    bank: dict[tuple[str, str], tuple[Variant, ...]] = {}
    for module in (bank_opening, bank_goal, bank_will, bank_close):
        for (kind, need), rows in module.VARIANTS.items():
            variants = tuple(
                Variant(f"{need}.{kind}.{i}", row[0], row[1] if len(row) > 1 else None)
                for i, row in enumerate(rows)
            )
            bank[(kind, need)] = bank.get((kind, need), ()) + variants
    return bank


BANK = _load()


def variants(kind: str, need: str) -> tuple[Variant, ...]:
    return BANK.get((kind, need), ())


def choose(
    candidates: Iterable[Variant],
    slots: Mapping[str, str],
    asked: set[str],
    cues: set[str],
    seed: int = 0,
    echo: str = "",
) -> Variant | None:
    """The best unused variant whose slots can all be filled, or None.

    `echo` is what the turn already says (a reflection), so a variant that would repeat
    it ranks lower.
    """
    usable = [v for v in candidates if v.id not in asked and all(slots.get(s) for s in v.slots)]
    if not usable:
        return None

    def score(indexed: tuple[int, Variant]) -> tuple[int, int]:
        index, v = indexed
        fit = (
            2 * len(v.slots)
            + (3 if v.cue in cues else 0)
            - (4 if v.cue and v.cue not in cues else 0)
        )
        said = echo.lower()
        if said and any(slots[s].lower() in said for s in v.slots):
            fit -= 3  # the reflection already carries these words; don't say them twice
        return (-fit, (index - seed) % len(usable))

    return min(enumerate(usable), key=score)[1]
