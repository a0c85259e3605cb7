"""The intake fit check: coaching, coaching alongside treatment, or another kind of help.

Seed 003 asks "Do you want coaching or psychotherapy?"; these are our own
questions for that choice. Pure functions: the caller asks, we assess. Free text
goes through the guard's screen; a crisis anywhere (free text, the self-harm
question, PHQ-9 item 9) wins over everything else. NOT YET CLINICALLY REVIEWED:
see docs/clinical-review.md.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from onward.guard.crisis_answers import Answer, parse_answer
from onward.guard.selfchecks import SelfCheckResult, score_gad7, score_phq9
from onward.guard.verdict import Level, Verdict

IntakeOutcome = Literal[
    "coaching_fits", "coaching_alongside_treatment", "therapy_fits_better", "crisis"
]


@dataclass(frozen=True)
class IntakeQuestion:
    id: str
    text: str
    kind: str  # "text" | "choice" | "scale"
    choices: tuple[tuple[str, str], ...] = ()  # (value, label); a scale also takes 0-10


INTAKE_QUESTIONS: tuple[IntakeQuestion, ...] = (
    IntakeQuestion("what_brings_you", "What brings you to coaching right now?", "text"),
    IntakeQuestion(
        "how_long",
        "How long has this been going on?",
        "choice",
        (
            ("under_2_weeks", "Less than two weeks"),
            ("2_weeks_to_3_months", "Two weeks to three months"),
            ("over_3_months", "More than three months"),
            ("not_sure", "I'm not sure"),
        ),
    ),
    IntakeQuestion(
        "impact",
        "How much is it affecting your sleep, your work and your daily life? "
        "Pick a number from 0 (not at all) to 10 (completely), or none, some or a lot.",
        "scale",
        (("none", "None"), ("some", "Some"), ("a_lot", "A lot")),
    ),
    IntakeQuestion(
        "in_treatment",
        "Are you seeing a doctor, therapist or counsellor about this at the moment?",
        "choice",
        (("yes", "Yes"), ("no", "No")),
    ),
    IntakeQuestion(
        "self_harm_thoughts",
        "Lately, have you had any thoughts of harming yourself or ending your life?",
        "choice",
        (("yes", "Yes"), ("no", "No"), ("unsure", "I'm not sure")),
    ),
)

TEXT_IDS = tuple(q.id for q in INTAKE_QUESTIONS if q.kind == "text")
HIGH_IMPACT = 7  # on 0-10; "a lot" counts as high
_IMPACT_WORDS = {"none": 0, "some": 5, "a_lot": 8, "a lot": 8}

# --- reasons the client may be shown (our own words; docs/clinical-review.md) -
REASONS = {
    "crisis_text": "Something you wrote tells me your safety comes first right now.",
    "crisis_self_harm": "You told me about thoughts of harming yourself; your safety comes first.",
    "crisis_phq9": "One of your self-check answers tells me your safety comes first right now.",
    "refer_text": "What you describe is something a licensed professional is trained to help with.",
    "impact_long": "It has been affecting your sleep, work or daily life a lot for a while.",
    "selfcheck": "Your self-check answers suggest a doctor or licensed professional "
    "is a good first step.",
    "in_treatment": "You are already seeing a professional; coaching can work alongside that, "
    "and it is worth letting them know.",
    "fits": "What you describe sounds like something coaching can help with.",
    "skipped": "You chose not to answer: {ids}. That's fine.",
}


@dataclass(frozen=True)
class IntakeResult:
    outcome: IntakeOutcome
    reasons: tuple[str, ...]
    verdicts: dict[str, Verdict] = field(default_factory=dict)  # per free-text answer id
    selfchecks: tuple[SelfCheckResult, ...] = ()
    skipped: tuple[str, ...] = ()

    @property
    def next_flow(self) -> str:
        """Where the caller goes next: "coaching", "refer" or "crisis"."""
        return {"therapy_fits_better": "refer", "crisis": "crisis"}.get(self.outcome, "coaching")


def impact_score(value: object) -> int | None:
    """0-10 from a number or none/some/a lot; None when it cannot be read."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int) and 0 <= value <= 10:
        return value
    if isinstance(value, str):
        text = value.strip().casefold()
        if text.isdigit() and 0 <= int(text) <= 10:
            return int(text)
        return _IMPACT_WORDS.get(text)
    return None


def _yes_no(value: object) -> Answer | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip().casefold()
    if text == "unsure":
        return Answer.UNCLEAR
    return parse_answer(text)  # "yes"/"no"/"not sure", or the client's own words


def assess_intake(answers: Mapping[str, object], screen: Callable[[str], Verdict]) -> IntakeResult:
    """Answers by question id, plus optional "phq9" and "gad7" lists of 0-3 scores."""
    verdicts = {
        qid: screen(str(answers[qid]))
        for qid in TEXT_IDS
        if isinstance(answers.get(qid), str) and str(answers[qid]).strip()
    }
    checks: list[SelfCheckResult] = []
    for key, scorer in (("phq9", score_phq9), ("gad7", score_gad7)):
        raw = answers.get(key)
        if raw is not None:
            if not isinstance(raw, list | tuple):
                raise ValueError(f"{key} answers must be a list of scores from 0 to 3")
            checks.append(scorer(raw))
    skipped = tuple(q.id for q in INTAKE_QUESTIONS if answers.get(q.id) in (None, ""))
    tail = (REASONS["skipped"].format(ids=", ".join(skipped)),) if skipped else ()

    def result(outcome: IntakeOutcome, *reasons: str) -> IntakeResult:
        return IntakeResult(outcome, reasons + tail, verdicts, tuple(checks), skipped)

    # Crisis first: "unsure" about self-harm is a concern, never a "no".
    crisis: list[str] = []
    if any(v.level is Level.CRISIS for v in verdicts.values()):
        crisis.append(REASONS["crisis_text"])
    if _yes_no(answers.get("self_harm_thoughts")) in (Answer.YES, Answer.UNCLEAR):
        crisis.append(REASONS["crisis_self_harm"])
    if any(c.starts_crisis for c in checks):
        crisis.append(REASONS["crisis_phq9"])
    if crisis:
        return result("crisis", *crisis)

    refer: list[str] = []
    if any(v.level is Level.REFER for v in verdicts.values()):
        refer.append(REASONS["refer_text"])
    impact = impact_score(answers.get("impact"))
    lasting = answers.get("how_long") in ("2_weeks_to_3_months", "over_3_months")
    if impact is not None and impact >= HIGH_IMPACT and lasting:
        refer.append(REASONS["impact_long"])
    if any(c.suggests_professional for c in checks):
        refer.append(REASONS["selfcheck"])
    in_treatment = _yes_no(answers.get("in_treatment")) is Answer.YES
    if in_treatment:
        # They already have the professional the referral would point to.
        return result("coaching_alongside_treatment", *refer, REASONS["in_treatment"])
    if refer:
        return result("therapy_fits_better", *refer)
    return result("coaching_fits", REASONS["fits"])
