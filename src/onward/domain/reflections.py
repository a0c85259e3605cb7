"""Wins, saboteurs, values, vision: the client's own words about themselves."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from onward.domain.common import new_id, optional_text, required_text, utcnow


@dataclass
class Win:
    client_id: str
    text: str
    happened_on: date
    goal_id: str | None = None
    saboteur_id: str | None = None  # the saboteur this win disproves
    id: str = field(default_factory=new_id)
    number: int = 0

    def __post_init__(self) -> None:
        self.text = required_text(self.text, "win", 1000)


@dataclass
class Sighting:
    seen_at: datetime
    note: str | None = None


@dataclass
class Saboteur:
    client_id: str
    name: str  # the client's own name for the voice
    says: str | None = None
    shows_up: str | None = None
    cost: str | None = None
    answer: str | None = None  # the client's answer to it
    sightings: list[Sighting] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    number: int = 0

    def __post_init__(self) -> None:
        self.name = required_text(self.name, "saboteur name", 80)
        self.says = optional_text(self.says, "what it says")
        self.shows_up = optional_text(self.shows_up, "when it shows up")
        self.cost = optional_text(self.cost, "what it costs")
        self.answer = optional_text(self.answer, "your answer to it")

    def seen(self, at: datetime | None = None, note: str | None = None) -> Sighting:
        sighting = Sighting(at or utcnow(), optional_text(note, "note"))
        self.sightings.append(sighting)
        return sighting


@dataclass
class Value:
    client_id: str
    name: str
    rank: int
    note: str | None = None
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        self.name = required_text(self.name, "value", 60)
        self.note = optional_text(self.note, "note")


@dataclass
class Vision:
    client_id: str
    text: str
    updated_at: datetime = field(default_factory=utcnow)

    def __post_init__(self) -> None:
        self.text = required_text(self.text, "vision", 4000)
