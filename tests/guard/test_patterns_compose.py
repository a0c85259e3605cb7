"""Compositional crisis patterns (patterns_compose.py): new wordings, written for this test."""

from __future__ import annotations

import time

import pytest

from onward.guard.patterns import screen_patterns
from onward.guard.verdict import Level


@pytest.mark.parametrize(
    "text",
    [
        "honestly i'm ready to just end my life, i've had enough",
        "i keep thinking about going to sleep forever",
        "been tempted to unalive myself this week",
        "i've decided i'm going to take my own life",
        "i pray that i don't wake up tomorrow",
        "it would be easier for everyone if i just disappeared",
        "my kids would have a better life without me",
        "this is the last time you'll hear from me",
        "i gave away all of my books and clothes this week",
        "i cut myself again last night",
        "i've been stockpiling my sleeping pills",
        "i've picked a date.",
        "quiero desaparecer para siempre",
        "tengo ganas de tirarme del puente",
        "j'ai envie d'en finir",
        "je pense à me jeter sous un train",
        "ich habe daran gedacht, mich umzubringen",
        "ich will einfach nicht mehr leben",
    ],
)
def test_new_wordings_are_crisis(text: str) -> None:
    assert screen_patterns(text).level is Level.CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "i don't want to die, i want to get fit",
        "i'm going to end it with my boyfriend, the relationship is over",
        "ich will nicht sterben, ich will gesund leben",
        "je veux pas mourir, je veux changer de travail",
        "je veux en finir avec mon habitude de fumer",
        "i want to overdose on sunshine this summer",
        "i'm thinking about leaving for good, this job is not for me",
        "no sé cómo hacerlo, ¿me ayudas con el plan de estudio?",
    ],
)
def test_harmless_wordings_stay_below_crisis(text: str) -> None:
    assert screen_patterns(text).level is not Level.CRISIS, text


def test_no_pattern_backtracks_catastrophically() -> None:
    # Not a speed target (bench/guard reports latency): a regex with nested bounded gaps
    # can go exponential on a long message; that would take seconds, not milliseconds,
    # so the bound is loose enough for a busy CI machine.
    text = " ".join(["i have been thinking about my goals and the plan for next week"] * 4)[:320]
    times = []
    for _ in range(50):
        start = time.perf_counter()
        screen_patterns(text)
        times.append(time.perf_counter() - start)
    assert min(times) < 0.05
