"""The boundary reply for refer verdicts: what coaching is, who can help, and a way on.

The seeds promise the client a referral "to appropriate resources" when a problem
would benefit from psychotherapy; this is that promise, in our own words. It never
names a condition back to the client (no diagnosis) and stays conservative about
where to look: when unsure, "your GP or family doctor". NOT YET CLINICALLY
REVIEWED: see docs/clinical-review.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from onward.guard.countries import normalise_country
from onward.guard.resources import CountryResources, how_to_reach, resources_for
from onward.guard.verdict import REFER_CATEGORIES, Level, Verdict

# Where to find a licensed professional, per country: general routes only, no
# numbers beyond the checked crisis table (Tele-MANAS is in it).
POINTERS: dict[str, str] = {
    "US": (
        "a primary care doctor or a licensed therapist; your health insurer can list covered "
        "providers, and online therapist directories (such as Psychology Today's) let you "
        "search by location"
    ),
    "CA": "your family doctor or a walk-in clinic",
    "GB": "your GP; in England you can also refer yourself to NHS Talking Therapies",
    "IE": "your GP",
    "AU": "your GP, who can refer you to a psychologist",
    "NZ": "your GP or local health centre",
    "DE": "your family doctor (Hausarzt or Hausärztin)",
    "FR": "your GP (médecin traitant)",
    "ES": "your GP at your local health centre (centro de salud)",
    "IT": "your GP (medico di base)",
    "NL": "your GP (huisarts), who can refer you on to mental health care",
    "IN": (
        "a doctor or the psychiatry department of a nearby hospital; Tele-MANAS (14416) can "
        "also connect you with mental health professionals"
    ),
}
DEFAULT_POINTER = "your GP or family doctor, or a licensed mental health professional"

# --- texts (our own words; listed in docs/clinical-review.md) -----------------
ACK_REFER = "Thank you for telling me about this. It sounds like it has been weighing on you."
ACK_REQUEST = "That's an important question, and it deserves a proper answer from the right person."
BOUNDARY = (
    "I'm an AI coach. Coaching helps you get clear on what you want and take steps "
    "toward it; it isn't therapy or medical care, and I can't diagnose or treat anything."
)
NO_DIAGNOSIS = (
    "I can't diagnose conditions or advise on medication or treatment. A doctor, a "
    "psychiatrist or a licensed psychologist can; for questions about a medicine you "
    "already take, your doctor or pharmacist is the right person to ask."
)
SUGGEST = (
    "What you describe is something a licensed professional is trained to help with, "
    "and I'd encourage you to talk to one. A good place to start is {pointer}."
)
IF_WORSE = (
    "If things get worse or you ever think about harming yourself, you can reach {line}, "
    "or call {emergency} in an emergency."
)
OFFER_COACHING = (
    "If you'd like, we can also keep working on something coaching can help with, "
    "alongside that. What would you like to focus on?"
)
# When only the learned model saw a concern (no phrase a pattern reads as one), the words
# may be ordinary: the referral is still made, put as a condition the client can judge.
ACK_TENTATIVE = "Thank you for telling me. Before we go on, I want to mention something."
SUGGEST_TENTATIVE = (
    "If this has been weighing on you for a while, or getting in the way of sleep, work or "
    "daily life, a licensed professional is trained to help with that, and talking to one "
    "could help. A good place to start is {pointer}."
)


def pointer_for(country: str | None) -> str:
    """Where to look for a licensed professional; the GP when we are not sure."""
    code = normalise_country(country)
    return POINTERS.get(code or "", DEFAULT_POINTER)


def first_line_text(res: CountryResources) -> str:
    """'988 Suicide & Crisis Lifeline (call or text 988, any time)', or the directory."""
    if not res.lines:
        return f"a free crisis line listed at {res.directory}"
    line = res.lines[0]
    when = "any time" if line.is_24_7 else line.hours
    return f"{line.name} ({how_to_reach(line)}, {when})"


@dataclass(frozen=True)
class Referral:
    """What the lead records: enough to show later what was said and why."""

    level: str
    categories: tuple[str, ...]
    evidence_words: tuple[str, ...]
    resources_shown: tuple[str, ...]
    pointer: str
    country: str | None

    def as_dict(self) -> dict[str, object]:
        return {
            "level": self.level,
            "categories": list(self.categories),
            "evidence_words": list(self.evidence_words),
            "resources_shown": list(self.resources_shown),
            "pointer": self.pointer,
            "country": self.country,
        }


@dataclass(frozen=True)
class ReferStep:
    reply: str
    referral: Referral
    coaching_may_continue: bool = True  # on a coachable topic, if the client wants
    move: str = "referral"
    stage: str = "refer"


def refer_reply(verdict: Verdict, country: str | None) -> ReferStep:
    """The boundary reply for a refer verdict; crisis verdicts belong to crisis_flow."""
    if verdict.level is Level.CRISIS:
        raise ValueError("crisis verdicts go to crisis_flow.start_crisis, not refer_reply")
    categories = tuple(c for c in verdict.categories if c in REFER_CATEGORIES)
    res = resources_for(country)
    pointer = pointer_for(country)
    asks_treatment = "request_diagnosis_treatment" in categories
    only_asks = asks_treatment and len(categories) == 1
    tentative = verdict.model_only and not asks_treatment
    ack = ACK_REQUEST if only_asks else ACK_TENTATIVE if tentative else ACK_REFER
    parts = [ack, BOUNDARY]
    if asks_treatment:
        parts.append(NO_DIAGNOSIS)
    parts.append((SUGGEST_TENTATIVE if tentative else SUGGEST).format(pointer=pointer))
    if_worse = IF_WORSE.format(line=first_line_text(res), emergency=res.emergency_text)
    parts += [if_worse, OFFER_COACHING]
    referral = Referral(
        level=verdict.level.value,
        categories=categories,
        evidence_words=tuple(dict.fromkeys(e.words for e in verdict.evidence if e.words)),
        resources_shown=(pointer, if_worse),
        pointer=pointer,
        country=res.code,
    )
    return ReferStep(reply="\n".join(parts), referral=referral)
