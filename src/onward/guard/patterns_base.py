"""The shape of one screening pattern, and regex fragments the pattern tables share.

A pattern table is data: a tuple of `Pattern`s, each with a name, a category and one
compiled regex. The engine (patterns.py) runs every table; context.py decides whether
a match counts (negation, quotes, fiction, third person).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

# "self": the pattern itself names the client as the subject ("kill myself").
# "other": it names someone else ("kill himself"); remapped to third_party_danger or dropped.
# "any": the subject is read from the surrounding words ("wants to die").
Person = Literal["self", "other", "any"]

# The crisis categories, short: the tables are long lists of pat(name, S, ...).
S = "suicide_self_harm"
H = "harm_to_others"
A = "abuse_danger"
T = "third_party_danger"
M = "medical_emergency"

# Patterns are written in lower case and run on normalised text (context.normalise:
# lower case, straight quotes, same length); IGNORECASE would make every scan slower.
FLAGS = 0


@dataclass(frozen=True)
class Pattern:
    name: str
    category: str
    regex: re.Pattern[str]
    person: Person = "any"
    # A second signal the message must also hold, outside the match (a duration, an
    # impairment): weak signs like poor sleep only count together with it.
    requires: re.Pattern[str] | None = None
    # False for patterns no context can excuse (asking how to die, a written note).
    contextual: bool = True
    # When the event is clearly in the past (and nothing says "now"), count it under
    # this category instead: past abuse is a trauma referral, not a crisis.
    past_category: str | None = None
    # An innocent explanation that, anywhere else in the message, makes an ambiguous
    # euphemism harmless ("I won't be here next week" + "holiday").
    unless: re.Pattern[str] | None = None


def pat(
    name: str,
    category: str,
    source: str,
    *,
    person: Person = "any",
    requires: str | None = None,
    contextual: bool = True,
    past_category: str | None = None,
    unless: str | None = None,
) -> Pattern:
    return Pattern(
        name=name,
        category=category,
        regex=re.compile(source, FLAGS),
        person=person,
        requires=re.compile(requires, FLAGS) if requires else None,
        contextual=contextual,
        past_category=past_category,
        unless=re.compile(unless, FLAGS) if unless else None,
    )


# Contractions are written with and without the apostrophe ("cant", "im"); curly
# apostrophes are straightened before matching (context.normalise).
IM = r"(?:i'?m|i\s+am)"
CANT = r"(?:can'?t|cannot|can\s+not)"
DONT = r"(?:don'?t|do\s+not)"

PEOPLE = (
    r"(?:friend|best\s+friend|brother|sister|mum|mom|mother|dad|father|son|daughter|kid|kids|"
    r"child|children|husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|cousin|uncle|"
    r"aunt|grandma|grandmother|grandad|grandpa|grandfather|colleague|co-?worker|boss|manager|"
    r"flatmate|roommate|housemate|neighbou?r|teacher|student|client|ex|ex-?wife|ex-?husband|"
    r"ex-?partner|ex-?boyfriend|ex-?girlfriend|stepdad|stepmum|stepmom|stepfather|stepmother|"
    r"step\s+(?:dad|mum|mom|father|mother)|landlord|landlady|supervisor|director|lead|"
    r"team\s+lead|mentee|mentor|coach|carer|baby|babies|toddler|newborn|parents?)"
)
FAMILY_OR_PARTNER = (
    r"(?:(?:mum|mom|mother)'?s\s+(?:boyfriend|partner|husband)|(?:dad|father)'?s\s+(?:girlfriend|"
    r"partner|wife)|step\s+(?:dad|father|mum|mom|mother)|dad|father|mum|mom|mother|stepdad|"
    r"stepfather|stepmum|stepmom|stepmother|husband|"
    r"wife|partner|boyfriend|girlfriend|uncle|aunt|brother|sister|grandpa|grandad|grandfather|"
    r"cousin|teacher|coach|ex|carer|parents?|family|foster\s+\w+|"
    r"babysitter|tutor|priest)"
)
DRUGS = (
    r"(?:pills|tablets|meds|medication|paracetamol|acetaminophen|tylenol|ibuprofen|aspirin|"
    r"painkillers|sleeping\s+pills|antidepressants|insulin|opioids|codeine|oxy\w*)"
)
# Lasting two weeks or more, or impairing daily life (COACHING.md section 4).
DURATION = (
    r"\b(?:for\s+(?:weeks|months|ages|years|a\s+(?:few\s+|couple\s+of\s+)?(?:weeks|months)|"
    r"(?:two|three|four|five|six|several|many|\d+)\s+(?:weeks|months|years))|"
    r"(?:weeks|months)\s+now|every\s+(?:single\s+)?(?:day|night|morning)|all\s+the\s+time|"
    r"since\s+(?:last\s+(?:month|year)|christmas|the\s+summer|january|february|march|april|"
    r"may|june|july|august|september|october|november|december)|"
    r"(?:two|three|four|several|many|\d+)\s+(?:weeks|months)\s+(?:now|straight|in\s+a\s+row))\b"
)
IMPAIRMENT = (
    r"\b(?:(?:can'?t|cannot|couldn'?t)\s+(?:work|function|get\s+out\s+of\s+bed|get\s+up|cope|"
    r"do\s+anything|leave\s+the\s+house|face\s+(?:anyone|people|work)|look\s+after)|"
    r"(?:missing|missed|calling\s+in\s+sick|skipping|stopped\s+going\s+to)\s+(?:work|class|"
    r"classes|lectures|school|shifts)|(?:stopped|stopping)\s+(?:going\s+out|seeing\s+"
    r"(?:friends|people|anyone)|working|eating|showering|washing)|"
    r"(?:affecting|ruining|wrecking|destroying)\s+(?:my\s+)?(?:work|job|life|everything|"
    r"relationship|marriage))\b"
)
