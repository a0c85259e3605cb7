"""Builds the guard alone, without the database layer (for fast analysis commands)."""

from __future__ import annotations

from onward.guard.screen import Guard


def build_guard(use_model: bool = True) -> Guard:
    """The guard with its learned layer; if the model cannot load, patterns still run."""
    if not use_model:
        return Guard(model=None)
    from onward.guard.model import default_risk_model

    return Guard(model=default_risk_model())
