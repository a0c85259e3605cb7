"""The learned layer's narrow interface, and a fake for tests."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol


class ModelUnavailable(RuntimeError):
    """The learned classifier could not load; the patterns still run."""


class RiskModel(Protocol):
    def scores(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """Per text, a probability per guard category (names from verdict.CATEGORIES)."""
        ...


class FakeRiskModel:
    """Returns fixed scores for known texts and zeros otherwise."""

    def __init__(self, known: Mapping[str, Mapping[str, float]] | None = None) -> None:
        self.known = {k: dict(v) for k, v in (known or {}).items()}
        self.calls = 0

    def scores(self, texts: Sequence[str]) -> list[dict[str, float]]:
        self.calls += 1
        return [dict(self.known.get(t, {})) for t in texts]


class BrokenRiskModel:
    """Stands in for a model whose files are missing or corrupt."""

    def scores(self, texts: Sequence[str]) -> list[dict[str, float]]:
        raise ModelUnavailable("guard model files could not be loaded")
