"""Country names to ISO codes, exactly and never by guessing.

A crisis reply must show the numbers of the client's own country, so a name we do
not know maps to None (the caller shows the fallback and says so) instead of the
nearest match: a fuzzy match could send someone to another country's line.
"""

from __future__ import annotations

import re
import unicodedata

# Countries with a checked entry in resources.toml: alpha-2 -> English name plus
# alpha-3, common English aliases and the name in the country's own language.
CHECKED: dict[str, tuple[str, ...]] = {
    "US": ("united states", "usa", "united states of america", "america", "us of a"),
    "CA": ("canada", "can"),
    "GB": (
        "united kingdom",
        "uk",
        "gbr",
        "great britain",
        "britain",
        "england",
        "scotland",
        "wales",
        "northern ireland",
        "united kingdom of great britain and northern ireland",
    ),
    "IE": ("ireland", "irl", "republic of ireland", "eire"),
    "AU": ("australia", "aus"),
    "NZ": ("new zealand", "nzl", "aotearoa", "aotearoa new zealand"),
    "DE": ("germany", "deu", "deutschland", "federal republic of germany"),
    "FR": ("france", "fra"),
    "ES": ("spain", "esp", "espana"),
    "IT": ("italy", "ita", "italia"),
    "NL": ("netherlands", "nld", "holland", "nederland"),
    "IN": ("india", "ind", "bharat"),
}

# EU and EEA countries without an entry of their own: 112 reaches emergency
# services in all of them, so the fallback can name it instead of "your local
# emergency number".
EU_EEA: dict[str, tuple[str, ...]] = {
    "AT": ("austria", "aut", "osterreich"),
    "BE": ("belgium", "bel", "belgie", "belgique"),
    "BG": ("bulgaria", "bgr"),
    "HR": ("croatia", "hrv", "hrvatska"),
    "CY": ("cyprus", "cyp"),
    "CZ": ("czechia", "cze", "czech republic"),
    "DK": ("denmark", "dnk", "danmark"),
    "EE": ("estonia", "est", "eesti"),
    "FI": ("finland", "fin", "suomi"),
    "GR": ("greece", "grc", "hellas"),
    "HU": ("hungary", "hun", "magyarorszag"),
    "LV": ("latvia", "lva", "latvija"),
    "LT": ("lithuania", "ltu", "lietuva"),
    "LU": ("luxembourg", "lux"),
    "MT": ("malta", "mlt"),
    "PL": ("poland", "pol", "polska"),
    "PT": ("portugal", "prt"),
    "RO": ("romania", "rou"),
    "SK": ("slovakia", "svk", "slovensko"),
    "SI": ("slovenia", "svn", "slovenija"),
    "SE": ("sweden", "swe", "sverige"),
    "IS": ("iceland", "isl"),
    "LI": ("liechtenstein", "lie"),
    "NO": ("norway", "nor", "norge"),
}

EU_EEA_NAMES: dict[str, str] = {code: names[0].title() for code, names in EU_EEA.items()}
EU_EEA_NAMES["CZ"] = "Czechia"


def _key(text: str) -> str:
    """Lower case, accents and dots removed, spaces collapsed: 'U.S.A.' -> 'usa'."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.casefold().replace(".", "")
    plain = re.sub(r"[\s_\-]+", " ", plain).strip()
    return plain.removeprefix("the ")


def _build_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for table in (CHECKED, EU_EEA):
        for code, names in table.items():
            index[code.casefold()] = code
            for name in names:
                index[_key(name)] = code
    return index


_INDEX = _build_index()


def _iso_lookup(key: str) -> str | None:
    """Every other country, from the ISO 3166 table: exact code or name, never fuzzy."""
    import pycountry  # its tables load on first use; most clients never get here

    for country in pycountry.countries:
        names = (
            country.alpha_2, country.alpha_3, country.name,
            getattr(country, "common_name", ""), getattr(country, "official_name", ""),
        )
        if key in (_key(n) for n in names if n):
            return str(country.alpha_2)
    return None


def normalise_country(value: str | None) -> str | None:
    """An ISO alpha-2 code for a code, alpha-3 code, English name or common alias.

    Returns None for anything not known exactly; it never guesses.
    """
    if value is None:
        return None
    key = _key(value)
    if not key:
        return None
    return _INDEX.get(key) or _iso_lookup(key)
