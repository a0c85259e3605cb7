"""The coaching agreement: versioned, and accepted before any coaching session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from onward.domain.errors import AgreementRequired

AGREEMENT_VERSION = "2026-11-23"

AGREEMENT_TEXT = """\
Onward coaching agreement (version {version})

What coaching is. Coaching is a partnership about your present and your future: you
choose what we work on, and Onward asks questions that help you find your own answers,
turn them into actions and keep you accountable between sessions. You are the expert
on your life.

What coaching is not. Coaching is not therapy, counselling, diagnosis, medical advice
or crisis care. Onward does not diagnose or treat anything, and does not advise on
medication.

Your coach is an AI. Onward is software, not a person. If you work with a human coach,
they see only what you choose to share with them.

What is stored and who may see it. Your profile, values, goals, actions, check-ins,
wins, saboteurs, session transcripts and any referral notes are stored on this
computer (or on the database you configure). Nothing leaves it unless you set up an
LLM endpoint or a mail server. You can export everything, and delete everything, at
any time.

Limits of confidentiality. If what you write suggests a risk to your life or safety,
or to someone else's, Onward will stop coaching, show you crisis and emergency
contacts for your country, and keep a record that this happened. If you work with a
human coach, they may be told that a safety concern came up.

Referral. If either of us recognises that you have a problem that would benefit from
help from a licensed mental-health professional, Onward will say so and point you to
appropriate resources.

Your right to stop. You can pause or end coaching at any time, and you can tell Onward
whenever coaching is not working for you, so that we can change course.
"""


def current_agreement_text() -> str:
    return AGREEMENT_TEXT.format(version=AGREEMENT_VERSION)


@dataclass(frozen=True)
class Acceptance:
    client_id: str
    version: str
    accepted_at: datetime


def require_current_acceptance(acceptances: list[Acceptance]) -> Acceptance:
    for acceptance in acceptances:
        if acceptance.version == AGREEMENT_VERSION:
            return acceptance
    raise AgreementRequired(
        "the current coaching agreement has not been accepted; run `onward agreement` first"
    )
