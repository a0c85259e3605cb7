"""Goals with milestones and Goal Attainment Scaling (Kiresuk & Sherman)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from onward.domain.common import new_id, optional_text, required_text, score_in_range
from onward.domain.errors import InvalidInput, InvalidTransition

GAS_LEVELS = (-2, -1, 0, 1, 2)
GAS_RHO = 0.3  # the conventional inter-goal correlation (COACHING.md)

STATUSES = ("active", "paused", "achieved", "dropped")
TRANSITIONS: dict[str, frozenset[str]] = {
    "active": frozenset({"paused", "achieved", "dropped"}),
    "paused": frozenset({"active", "dropped"}),
    "achieved": frozenset({"active"}),  # reopen, e.g. when the bar moves
    "dropped": frozenset({"active"}),
}


@dataclass
class GasScore:
    level: int
    scored_on: date
    note: str | None = None

    def __post_init__(self) -> None:
        self.level = score_in_range(self.level, -2, 2, "GAS level")


@dataclass
class Milestone:
    text: str
    due: date | None = None
    done: bool = False

    def __post_init__(self) -> None:
        self.text = required_text(self.text, "milestone", 300)


@dataclass
class Goal:
    client_id: str
    title: str
    why: str | None = None
    values: tuple[str, ...] = ()
    life_area: str | None = None
    measure: str | None = None
    target_date: date | None = None
    status: str = "active"
    milestones: list[Milestone] = field(default_factory=list)
    gas_levels: dict[int, str] = field(default_factory=dict)  # -2..2 -> description
    weight: float = 1.0
    baseline: int | None = None
    scores: list[GasScore] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    number: int = 0  # per-client number shown to the person

    def __post_init__(self) -> None:
        self.title = required_text(self.title, "goal title", 200)
        self.why = optional_text(self.why, "why it matters")
        self.measure = optional_text(self.measure, "measure of success")
        self.life_area = optional_text(self.life_area, "life area", 60)
        if self.status not in STATUSES:
            raise InvalidInput(f"goal status must be one of {', '.join(STATUSES)}")
        self.gas_levels = validate_gas_levels(self.gas_levels)
        if not (isinstance(self.weight, int | float) and 0 < float(self.weight) <= 10):
            raise InvalidInput(f"goal weight must be above 0 and at most 10, not {self.weight}")
        self.weight = float(self.weight)
        if self.baseline is not None:
            self.baseline = score_in_range(self.baseline, -2, 2, "GAS baseline")

    def change_status(self, new_status: str) -> None:
        if new_status not in STATUSES:
            raise InvalidInput(f"goal status must be one of {', '.join(STATUSES)}")
        if new_status == self.status:
            return
        if new_status not in TRANSITIONS[self.status]:
            raise InvalidTransition(f"a goal that is {self.status} cannot become {new_status}")
        self.status = new_status

    def add_score(self, level: int, scored_on: date, note: str | None = None) -> GasScore:
        score = GasScore(level, scored_on, optional_text(note, "note"))
        self.scores.append(score)
        self.scores.sort(key=lambda s: s.scored_on)
        return score

    @property
    def current_level(self) -> int | None:
        if self.scores:
            return self.scores[-1].level
        return self.baseline

    def expected_level(self, on: date, started: date) -> float | None:
        """Where the goal should be by `on`: baseline moving linearly to 0 at target."""
        if self.baseline is None or self.target_date is None or self.target_date <= started:
            return None
        span = (self.target_date - started).days
        progress = min(max((on - started).days / span, 0.0), 1.0)
        return self.baseline + (0 - self.baseline) * progress


def validate_gas_levels(levels: dict[int, str]) -> dict[int, str]:
    cleaned: dict[int, str] = {}
    for key, text in levels.items():
        level = int(key)
        if level not in GAS_LEVELS:
            raise InvalidInput(f"GAS levels run from -2 to +2, not {level}")
        cleaned[level] = required_text(text, f"GAS level {level:+d} description", 300)
    return dict(sorted(cleaned.items()))


def gas_t_score(pairs: Iterable[tuple[float, int]], rho: float = GAS_RHO) -> float | None:
    """T = 50 + 10*sum(w*x) / sqrt((1-rho)*sum(w^2) + rho*(sum w)^2) over (weight, level)."""
    items = list(pairs)
    if not items:
        return None
    weighted = sum(w * x for w, x in items)
    sum_w = sum(w for w, _ in items)
    sum_w2 = sum(w * w for w, _ in items)
    return 50 + 10 * weighted / math.sqrt((1 - rho) * sum_w2 + rho * sum_w**2)


def goal_t_score(goal: Goal) -> float | None:
    level = goal.current_level
    return None if level is None else gas_t_score([(goal.weight, level)])


def overall_t_score(goals: Iterable[Goal]) -> float | None:
    return gas_t_score(
        (g.weight, g.current_level) for g in goals if g.current_level is not None
    )
