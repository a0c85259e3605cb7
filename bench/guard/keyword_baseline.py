"""A naive keyword-list classifier: the floor any real guard has to beat.

Substring matches on lower-cased text, no context, no negation: "this deadline is
killing me" is a crisis here, on purpose, because that is what keyword lists do.
"""

from __future__ import annotations

KEYWORDS: dict[str, tuple[str, ...]] = {
    "suicide_self_harm": (
        "suicid",
        "kill myself",
        "end my life",
        "want to die",
        "self harm",
        "self-harm",
        "cutting myself",
        "overdose",
        "end it all",
    ),
    "harm_to_others": ("kill him", "kill her", "kill them", "hurt him", "hurt her", "murder"),
    "abuse_danger": ("abuse", "hits me", "beats me", "rape", "molest", "assault"),
    "third_party_danger": ("going to kill herself", "going to kill himself"),
    "medical_emergency": ("chest pain", "can't breathe", "heart attack", "stroke", "seizure"),
    "depression": ("depress", "hopeless", "worthless", "empty inside"),
    "anxiety_panic": ("panic attack", "anxiety", "anxious"),
    "trauma": ("trauma", "ptsd", "flashback", "nightmare"),
    "eating_disorder": ("anorexi", "bulimi", "binge", "purge", "starve myself"),
    "substance": ("alcoholic", "addict", "drunk", "cocaine", "heroin", "relapse"),
    "psychosis_mania": ("hear voices", "hearing voices", "hallucinat", "paranoi", "manic"),
    "grief": ("passed away", "died", "funeral", "grief", "grieving"),
    "request_diagnosis_treatment": ("diagnos", "medication", "antidepressant", "prescri"),
}
CRISIS = (
    "suicide_self_harm",
    "harm_to_others",
    "abuse_danger",
    "third_party_danger",
    "medical_emergency",
)


def classify(text: str) -> tuple[str, tuple[str, ...]]:
    """(level, categories) by keyword presence."""
    low = text.lower()
    cats = tuple(c for c, words in KEYWORDS.items() if any(w in low for w in words))
    if any(c in CRISIS for c in cats):
        return "crisis", cats
    return ("refer", cats) if cats else ("coachable", ())
