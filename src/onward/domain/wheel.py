"""Wheel of Life: renamable areas, and ratings kept as dated snapshots."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from onward.domain.common import new_id, required_text, score_in_range, utcnow
from onward.domain.errors import InvalidInput

# Paul J. Meyer's eight areas, as COACHING.md lists them.
DEFAULT_AREAS = (
    "career",
    "money",
    "health",
    "friends and family",
    "partner and love",
    "personal growth",
    "fun and recreation",
    "physical environment",
)


@dataclass
class WheelArea:
    client_id: str
    name: str
    position: int
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        self.name = required_text(self.name, "life area", 60)


@dataclass
class AreaRating:
    area_id: str
    satisfaction: int
    ideal: int | None = None

    def __post_init__(self) -> None:
        self.satisfaction = score_in_range(self.satisfaction, 0, 10, "satisfaction")
        if self.ideal is not None:
            self.ideal = score_in_range(self.ideal, 0, 10, "ideal")


@dataclass
class WheelSnapshot:
    """One sitting of rating; never edited afterwards."""

    client_id: str
    ratings: list[AreaRating]
    taken_at: datetime = field(default_factory=utcnow)
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        if not self.ratings:
            raise InvalidInput("a wheel rating needs at least one area")
        ids = [r.area_id for r in self.ratings]
        if len(ids) != len(set(ids)):
            raise InvalidInput("each area can be rated once per sitting")

    def by_area(self) -> dict[str, AreaRating]:
        return {r.area_id: r for r in self.ratings}


def wheel_changes(
    latest: WheelSnapshot, previous: WheelSnapshot | None
) -> dict[str, int | None]:
    """Per area rated in `latest`: change in satisfaction since `previous` (None if new)."""
    before = previous.by_area() if previous else {}
    return {
        r.area_id: (r.satisfaction - before[r.area_id].satisfaction)
        if r.area_id in before
        else None
        for r in latest.ratings
    }
