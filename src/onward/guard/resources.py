"""Crisis and emergency resources for the client's country, offline.

The data lives in resources.toml (checked entries, each with its source and
last_verified date). The crisis path must work without a network, so nothing here
fetches anything; a country we do not know gets the fallback, said plainly.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import cache
from importlib import resources as importlib_resources
from typing import Any

from onward.guard.countries import EU_EEA_NAMES, normalise_country

__all__ = [
    "Contact",
    "CountryResources",
    "CrisisLine",
    "all_countries",
    "emergency_sentence",
    "format_resources",
    "how_to_reach",
    "normalise_country",
    "resources_for",
]


@dataclass(frozen=True)
class Contact:
    how: str  # "call" | "text"
    number: str
    keyword: str | None = None  # the word to text, e.g. HOME to 741741
    source: str | None = None  # set when this number was checked unlike the rest of its line

    @property
    def target(self) -> str:
        return f"{self.keyword} to {self.number}" if self.keyword else self.number


@dataclass(frozen=True)
class CrisisLine:
    name: str
    contacts: tuple[Contact, ...]
    hours: str
    cost: str
    source: str
    open_hours: tuple[time, time] | None = None  # None: 24/7
    languages: tuple[str, ...] = ()

    def is_open(self, now_local: datetime | None) -> bool | None:
        """True or False when the local time is known; None when it is not."""
        if self.open_hours is None:
            return True
        if now_local is None:
            return None
        start, end = self.open_hours
        now = now_local.time()
        # "24:00" is stored as midnight: open from start until the end of the day.
        return start <= now if end == time(0, 0) else start <= now < end

    @property
    def is_24_7(self) -> bool:
        return self.open_hours is None


@dataclass(frozen=True)
class CountryResources:
    code: str | None  # ISO alpha-2; None when the country is unknown or unset
    name: str
    emergency: tuple[str, ...]  # empty: "your local emergency number"
    lines: tuple[CrisisLine, ...]
    source: str
    last_verified: date
    notes: tuple[str, ...] = ()
    directory: str = "findahelpline.com"
    is_fallback: bool = False
    requested: str | None = None  # what the caller passed, kept to say it was not found
    emergency_first: bool = False  # a line is (or may be) closed now: lead with emergency
    closed_now: tuple[str, ...] = field(default=())  # names of lines closed at now_local

    @property
    def emergency_text(self) -> str:
        """'911', '999 or 112', or the words for an unknown country's number."""
        if not self.emergency:
            return "your local emergency number"
        return " or ".join(self.emergency)


def _parse_hours(text: str) -> tuple[time, time]:
    start, end = (part.strip() for part in text.split("-"))
    end = "00:00" if end == "24:00" else end
    return time.fromisoformat(start), time.fromisoformat(end)


def _line(raw: dict[str, Any]) -> CrisisLine:
    contacts = tuple(
        Contact(c["how"], c["number"], c.get("keyword"), c.get("source")) for c in raw["contacts"]
    )
    hours = raw.get("open_hours")
    return CrisisLine(
        name=raw["name"],
        contacts=contacts,
        hours=raw["hours"],
        cost=raw["cost"],
        source=raw["source"],
        open_hours=_parse_hours(hours) if hours else None,
        languages=tuple(raw.get("languages", ())),
    )


@cache
def _data() -> dict[str, Any]:
    text = importlib_resources.files("onward.guard").joinpath("resources.toml").read_text("utf-8")
    return tomllib.loads(text)


@cache
def _checked() -> dict[str, CountryResources]:
    out: dict[str, CountryResources] = {}
    for code, raw in _data()["countries"].items():
        out[code] = CountryResources(
            code=code,
            name=raw["name"],
            emergency=tuple(raw["emergency"]),
            lines=tuple(_line(line) for line in raw["lines"]),
            source=raw["source"],
            last_verified=raw["last_verified"],
            notes=tuple(raw.get("notes", ())),
            directory=_data()["fallback"]["directory"],
        )
    return out


def all_countries() -> dict[str, CountryResources]:
    """Every checked entry by ISO code (for tests, docs and the settings page)."""
    return dict(_checked())


def _fallback(code: str | None, requested: str | None) -> CountryResources:
    fb = _data()["fallback"]
    if code in EU_EEA_NAMES:
        return CountryResources(
            code=code,
            name=EU_EEA_NAMES[code],
            emergency=tuple(fb["eu"]["emergency"]),
            lines=(),
            source=fb["source"],
            last_verified=fb["last_verified"],
            notes=(fb["eu"]["note"],),
            directory=fb["directory"],
            is_fallback=True,
            requested=requested,
            emergency_first=True,
        )
    return CountryResources(
        code=None,
        name="your country",
        emergency=(),
        lines=(),
        source=fb["source"],
        last_verified=fb["last_verified"],
        directory=fb["directory"],
        is_fallback=True,
        requested=_country_name(code) or requested,
        emergency_first=True,
    )


def _country_name(code: str | None) -> str | None:
    """The English name of an ISO code we have no checked entry for ("BR" -> Brazil)."""
    if not code:
        return None
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    return str(getattr(country, "common_name", None) or country.name) if country else None


def resources_for(country: str | None, now_local: datetime | None = None) -> CountryResources:
    """The resources for a code or English name; the fallback when unknown or unset.

    With a line that is not 24/7 (Italy), the emergency number leads whenever the
    line is closed at now_local, or when the local time is not known.
    """
    if country is not None and country.strip().upper() == "ZZ":
        country = None  # ISO's "unknown": say the country is not set, not "ZZ"
    code = normalise_country(country)
    entry = _checked().get(code) if code else None
    if entry is None:
        return _fallback(code, country)
    states = [(line, line.is_open(now_local)) for line in entry.lines]
    closed = tuple(line.name for line, is_open in states if is_open is False)
    unsure = any(is_open is None for _, is_open in states)
    # Open lines first, so the client is not sent to a closed one before an open one.
    ordered = tuple(line for line, is_open in states if is_open) + tuple(
        line for line, is_open in states if not is_open
    )
    return CountryResources(
        code=entry.code,
        name=entry.name,
        emergency=entry.emergency,
        lines=ordered,
        source=entry.source,
        last_verified=entry.last_verified,
        notes=entry.notes,
        directory=entry.directory,
        requested=country,
        emergency_first=bool(closed) or unsure,
        closed_now=closed,
    )


def how_to_reach(line: CrisisLine) -> str:
    """'call or text 988', 'call 0800 111 0 111, 0800 111 0 222 or 116 123'."""
    by_target: dict[str, list[str]] = {}
    for c in line.contacts:
        by_target.setdefault(c.target, []).append(c.how)
    groups: list[tuple[str, list[str]]] = []
    for target, hows in by_target.items():
        verb = " or ".join(dict.fromkeys(hows))
        if groups and groups[-1][0] == verb:
            groups[-1][1].append(target)
        else:
            groups.append((verb, [target]))
    parts = []
    for verb, targets in groups:
        joined = targets[0] if len(targets) == 1 else ", ".join(targets[:-1]) + " or " + targets[-1]
        parts.append(f"{verb} {joined}")
    return "; ".join(parts)


def _line_text(line: CrisisLine, closed: bool) -> str:
    details = [line.cost.capitalize(), line.hours]
    if line.languages:
        details.append("in " + " and ".join(line.languages))
    text = f"{line.name}: {how_to_reach(line)}. {', '.join(details)}."
    if closed:
        text += " Closed right now."
    return text


def emergency_sentence(res: CountryResources) -> str:
    """The one line every crisis reply carries."""
    return f"If you are in danger right now, call {res.emergency_text}."


def format_resources(
    res: CountryResources, lang: str = "en", *, emergency_first: bool | None = None
) -> list[str]:
    """Lines for the terminal (and the web), in the order to show them.

    Only English exists so far; any other lang gets English rather than an error,
    because this runs on the crisis path and must never fail.
    """
    lead_with_emergency = res.emergency_first if emergency_first is None else emergency_first
    lead_with_emergency = lead_with_emergency or bool(res.closed_now)
    lines: list[str] = []
    if res.is_fallback and res.code is None:
        if res.requested and res.requested.strip():
            lines.append(
                f'I don\'t have checked numbers for "{res.requested.strip()}", '
                "so here is help that works wherever you are."
            )
        else:
            lines.append(
                "Your country isn't set in your profile, "
                "so here is help that works wherever you are."
            )
    elif res.is_fallback:
        lines.append(f"I don't have checked crisis lines for {res.name} yet.")
    where = f" ({res.name})" if res.code else ""
    emergency = f"Emergency services{where}: call {res.emergency_text}."
    if res.closed_now:
        closed = ", ".join(res.closed_now)
        emergency += (
            f" {closed} is closed right now, so call {res.emergency_text} if you are in danger."
        )
    crisis = [_line_text(line, line.name in res.closed_now) for line in res.lines]
    lines.extend([emergency, *crisis] if lead_with_emergency else [*crisis, emergency])
    lines.extend(res.notes)
    if res.lines:
        lines.append(f"More free, confidential crisis lines: {res.directory}")
    else:
        lines.append(f"Find a free, confidential crisis line in your country at {res.directory}.")
    return lines
