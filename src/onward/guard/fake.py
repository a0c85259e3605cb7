"""A screener for tests of other layers: verdicts keyed by words in the text."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from onward.guard.verdict import Evidence, Level, Verdict, level_of_category


class FakeScreener:
    """`triggers` maps a lower-case phrase to a category; the first phrase found wins."""

    def __init__(self, triggers: Mapping[str, str] | None = None) -> None:
        self.triggers = dict(triggers or {})
        self.seen: list[str] = []

    def screen(
        self, text: str, history: Sequence[str] = (), country: str | None = None
    ) -> Verdict:
        self.seen.append(text)
        lowered = text.lower()
        for phrase, category in self.triggers.items():
            if phrase in lowered:
                return Verdict(
                    level=level_of_category(category),
                    categories=(category,),
                    evidence=(Evidence(category, phrase, 0, "fake"),),
                    confidence=1.0,
                )
        return Verdict(level=Level.COACHABLE, confidence=1.0)
