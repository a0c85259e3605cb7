"""Optional PHQ-9 and GAD-7 self-checks, framed as "is coaching the right support now?".

Both are public domain; the item wording below is from Pfizer's public release and
must keep the notice. The result never names a condition or a severity back to the
client: it says whether a doctor or licensed professional would be a better first
step than coaching alone. A positive PHQ-9 item 9 starts the crisis flow.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

PFIZER_NOTICE = (
    "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, "
    "with an educational grant from Pfizer Inc. No permission required to reproduce, "
    "translate, display or distribute."
)

FREQUENCY_CHOICES: tuple[tuple[int, str], ...] = (
    (0, "Not at all"),
    (1, "Several days"),
    (2, "More than half the days"),
    (3, "Nearly every day"),
)

PHQ9_STEM = (
    "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
)
PHQ9_ITEMS: tuple[str, ...] = (
    "Little interest or pleasure in doing things",
    "Feeling down, depressed, or hopeless",
    "Trouble falling or staying asleep, or sleeping too much",
    "Feeling tired or having little energy",
    "Poor appetite or overeating",
    "Feeling bad about yourself — or that you are a failure or have let yourself or your "
    "family down",
    "Trouble concentrating on things, such as reading the newspaper or watching television",
    "Moving or speaking so slowly that other people could have noticed? Or the opposite — "
    "being so fidgety or restless that you have been moving around a lot more than usual",
    "Thoughts that you would be better off dead or of hurting yourself in some way",
)
GAD7_STEM = "Over the last 2 weeks, how often have you been bothered by the following problems?"
GAD7_ITEMS: tuple[str, ...] = (
    "Feeling nervous, anxious or on edge",
    "Not being able to stop or control worrying",
    "Worrying too much about different things",
    "Trouble relaxing",
    "Being so restless that it is hard to sit still",
    "Becoming easily annoyed or irritable",
    "Feeling afraid as if something awful might happen",
)

# 10 is the published cut-point for "consider further evaluation" on both scales.
PROFESSIONAL_CUTOFF = 10

# --- what the client reads (our own words; docs/clinical-review.md) -----------
FRAMING = (
    "This short self-check helps us see whether coaching is the right support for you "
    "right now. It is not a diagnosis."
)
SUGGESTS_PROFESSIONAL = (
    "Your answers suggest a talk with a doctor or licensed professional would be a better "
    "first step than coaching alone."
)
SOME_STRAIN = (
    "Your answers suggest some strain. Coaching can go ahead; if this continues or grows, "
    "a doctor or licensed professional can help."
)
FITS_COACHING = "Your answers don't point away from coaching right now."
NOT_A_DIAGNOSIS = "This self-check is not a diagnosis; only a qualified professional can make one."


@dataclass(frozen=True)
class SelfCheckResult:
    instrument: str  # "phq9" | "gad7"
    total: int
    max_total: int
    suggests_professional: bool
    starts_crisis: bool  # PHQ-9 item 9 answered 1-3
    message: str

    def as_dict(self) -> dict[str, object]:
        return {
            "instrument": self.instrument,
            "total": self.total,
            "max_total": self.max_total,
            "suggests_professional": self.suggests_professional,
            "starts_crisis": self.starts_crisis,
        }


def _validate(items: Sequence[int], expected: int, name: str) -> list[int]:
    values = list(items)
    if len(values) != expected:
        raise ValueError(f"{name} needs {expected} answers, got {len(values)}")
    for v in values:
        if isinstance(v, bool) or not isinstance(v, int) or not 0 <= v <= 3:
            raise ValueError(f"{name} answers are whole numbers from 0 to 3, got {v!r}")
    return values


def _message(total: int, suggests: bool) -> str:
    if suggests:
        return f"{SUGGESTS_PROFESSIONAL} {NOT_A_DIAGNOSIS}"
    if total >= 5:
        return f"{SOME_STRAIN} {NOT_A_DIAGNOSIS}"
    return f"{FITS_COACHING} {NOT_A_DIAGNOSIS}"


def score_phq9(items: Sequence[int]) -> SelfCheckResult:
    values = _validate(items, 9, "PHQ-9")
    total = sum(values)
    crisis = values[8] >= 1
    suggests = total >= PROFESSIONAL_CUTOFF or crisis
    return SelfCheckResult("phq9", total, 27, suggests, crisis, _message(total, suggests))


def score_gad7(items: Sequence[int]) -> SelfCheckResult:
    values = _validate(items, 7, "GAD-7")
    total = sum(values)
    suggests = total >= PROFESSIONAL_CUTOFF
    return SelfCheckResult("gad7", total, 21, suggests, False, _message(total, suggests))
