"""The output check: every coach reply (built-in or LLM) is judged before it is shown.

A coach never diagnoses, never advises on medication or treatment, follows safe
messaging (WHO/IASP 2023: no methods, means or amounts, no "committed suicide", no
"successful/failed attempt", no promise of secrecy about risk to life, never suicide as
a solution), asks at most one question at a time outside a crisis, and in a crisis
always gives a way to reach help. This module only judges; the session layer decides
what to show instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from onward.guard.context import normalise
from onward.guard.patterns_base import FLAGS


@dataclass(frozen=True)
class ReplyCheck:
    ok: bool
    problems: tuple[str, ...] = ()


_LABEL = (
    r"(?:clinical(?:ly)?\s+)?(?:depress(?:ed|ion)|bipolar|adhd|ocd|ptsd|autis(?:m|tic)|"
    r"asperger'?s|(?:an?\s+)?(?:anxiety|panic|personality|eating|mood|attention)\s+disorder|"
    r"borderline|bpd|narcissis\w+|schizo\w*|psychotic|psychosis|manic|anorexi\w*|bulimi\w*|"
    r"(?:an\s+)?addict(?:ion|ed)?|(?:an\s+)?alcoholic|insomnia|dyslexi\w*|a\s+disorder|"
    r"(?:a\s+)?mental\s+illness|burnout\s+syndrome|generali[sz]ed\s+anxiety)"
)
_DIAGNOSIS = re.compile(
    r"\b(?:you\s+(?:have|'ve\s+got|suffer\s+from|are|'re)|you'?re|you\s+(?:might|may|could|"
    r"probably|clearly|definitely|must|likely)\s+(?:have|be|be\s+suffering\s+from)|"
    r"(?:it\s+)?(?:sounds|seems|looks)\s+(?:like|as\s+if)\s+you(?:'re|\s+are|\s+have|'ve\s+got|"
    r"\s+might\s+(?:have|be)|\s+may\s+(?:have|be))?|"
    r"(?:this|that|these|what\s+you\s+describe)\s+(?:is|are|sounds\s+like|looks\s+like)|"
    r"signs\s+of|symptoms\s+of|i\s+think\s+you(?:'re|\s+are|\s+have))\s+"
    r"(?:\w+\s+)?(?:a\s+case\s+of\s+)?" + _LABEL + r"\b",
    FLAGS,
)
# "I can't tell whether you have ADHD" is the boundary said well, not a diagnosis.
_NOT_DIAGNOSING = re.compile(
    r"\b(?:whether|if|can'?t\s+(?:say|tell|know|diagnose)|cannot\s+(?:say|tell|know|diagnose)|"
    r"not\s+able\s+to|unable\s+to|only\s+a|not\s+(?:qualified|in\s+a\s+position)|"
    r"(?:doctor|professional|psychiatrist|psychologist|gp)\s+(?:can|could|would)|wonder(?:ing)?)"
    r"\b[^.?!]{0,40}$",
    FLAGS,
)
_MEDS = (
    r"(?:melatonin|sertraline|zoloft|fluoxetine|prozac|citalopram|escitalopram|lexapro|"
    r"venlafaxine|mirtazapine|bupropion|wellbutrin|lithium|quetiapine|xanax|alprazolam|valium|"
    r"diazepam|lorazepam|clonazepam|adderall|ritalin|propranolol|ssris?|antidepressants?|"
    r"anti-?anxiety\s+(?:meds|medication)|sleeping\s+(?:pills|tablets)|benzos?|"
    r"st\.?\s+john'?s\s+wort|ashwagandha|cbd|kava|valerian|magnesium|5-htp|painkillers|"
    r"medication|meds|pills|supplements?)"
)
_TREATMENT = re.compile(
    r"\b(?:try|trying|start|starting|consider|take|taking|use|using|add|adding)\s+(?:\w+\s+)?"
    + _MEDS
    + r"\b|\b(?:stop|quit|come\s+off|go\s+off|reduce|increase|double|halve|skip|lower|raise|"
    r"change|adjust|cut\s+down)\s+(?:taking\s+)?(?:your|the|those|these)\s+(?:\w+\s+)?(?:"
    + _MEDS
    + r"|dose|dosage|prescription)\b|\b(?:up|increase|raise|lower|reduce|double)\s+(?:the|your)\s+"
    r"dos(?:e|age)\b|\b\d+\s*(?:mg|milligrams|mcg)\b|\b(?:you\s+should|try|start|do)\s+"
    r"(?:doing\s+)?(?:some\s+)?(?:cbt|dbt|emdr|exposure\s+therapy)\s+(?:on\s+yourself|at\s+home|exercises)\b",
    FLAGS,
)
# Referring to a prescriber is the right answer, not treatment advice.
_PRESCRIBER = re.compile(
    r"\b(?:doctor|gp|prescriber|pharmacist|psychiatrist|physician|nurse|clinician)\b", FLAGS
)
_UNSAFE = tuple(
    (problem, re.compile(source, FLAGS))
    for problem, source in (
        ("safe messaging: says 'committed suicide'", r"\bcommit(?:s|ted|ting)?\s+suicide\b"),
        ("safe messaging: calls an attempt successful or failed",
         r"\b(?:successful|failed|unsuccessful|completed)\s+(?:suicide\s+)?attempts?\b"
         r"|\bcompleted\s+suicide\b"),
        ("safe messaging: names a method, means or amount",
         r"\b(?:lethal|fatal|deadly)\s+(?:dose|amount|quantity)\b|\bnoose\b|\bhang(?:ing)?\s+"
         r"(?:yourself|oneself|himself|herself)\b|\bslit\w*\b|\bcut(?:ting)?\s+(?:your|the|their)\s+"
         r"(?:wrists?|veins|throat)\b|\bjump(?:ing)?\s+(?:off|from)\s+(?:a|the)\s+(?:bridge|"
         r"building|roof|cliff|balcony)\b|\bcarbon\s+monoxide\b|\bpainless(?:ly)?\b|\b(?:quickest|"
         r"easiest|surest)\s+way\s+to\s+(?:die|end)\b|\boverdos(?:e|ing)\s+on\b|\bhow\s+many\s+"
         r"(?:pills|tablets)\b|\b\d+\s*(?:pills|tablets|grams)\b|\bshoot(?:ing)?\s+yourself\b"),
        ("safe messaging: presents suicide as a solution",
         r"\b(?:suicide|dying|death|ending\s+(?:it|your\s+life))\s+(?:is|would\s+be|might\s+be|"
         r"seems\s+like)\s+(?:a|the|your)?\s*(?:only\s+|best\s+|understandable\s+)?(?:answer|"
         r"solution|way\s+out|option|relief|choice)\b|\b(?:only|no\s+other)\s+way\s+out\b"
         r"|\b(?:it|suicide)\s+(?:is|was|seems)\s+inevitable\b"),
        ("safe messaging: promises secrecy",
         r"\bi\s+(?:won'?t|will\s+not|will\s+never|'ll\s+never|promise\s+not\s+to|promise\s+i\s+"
         r"won'?t)\s+(?:tell|share\s+this\s+with|report|let\s+anyone\s+know)\b|\b(?:this|it)\s+"
         r"(?:stays|will\s+stay|can\s+stay)\s+between\s+(?:us|you\s+and\s+me)\b|\b(?:your\s+)?"
         r"secret(?:'s|\s+is)\s+safe\s+with\s+me\b|\b(?:no\s+one|nobody)\s+(?:else\s+)?will\s+"
         r"(?:ever\s+)?know\b|\bi'?ll\s+keep\s+(?:it|this|that)\s+(?:a\s+)?secret\b"),
    )
)
_URL = re.compile(r"\bhttps?://\S+|\bwww\.\S+|\b[\w-]+\.(?:com|org|net|de|fr|es|uk)/\S*", FLAGS)
_PHONE_CUE = re.compile(
    r"\b(?:call|text|dial|phone|ring|line|number|helpline|hotline|lifeline|tel|"
    r"emergency|samaritans)\b[^.\n]{0,40}?(?<!\d)\d(?:[\s-]?\d){2,}(?!\d)",
    FLAGS,
)


def _diagnoses(text: str) -> list[str]:
    found: list[str] = []
    for m in _DIAGNOSIS.finditer(text):
        if not _NOT_DIAGNOSING.search(text[max(0, m.start() - 60):m.start()]):
            found.append(f"diagnosis: '{m.group(0)}'")
    return found


def _treats(text: str) -> list[str]:
    found: list[str] = []
    for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
        if _PRESCRIBER.search(sentence):
            continue
        found.extend(f"treatment advice: '{m.group(0)}'" for m in _TREATMENT.finditer(sentence))
    return found


def _has_resource(text: str, resource_lines: Sequence[str]) -> bool:
    flat = " ".join(text.split()).casefold()
    for line in resource_lines:
        wanted = " ".join(line.split()).casefold()
        if wanted and wanted in flat:
            return True
    return _PHONE_CUE.search(text) is not None


def check_reply(
    text: str, *, crisis_mode: bool, resource_lines: Sequence[str] = ()
) -> ReplyCheck:
    """Judge one coach reply; ok is False with every problem found."""
    body = normalise(text or "")
    if not body.strip():
        return ReplyCheck(False, ("empty reply",))
    problems = _diagnoses(body) + _treats(body)
    problems += [problem for problem, regex in _UNSAFE if regex.search(body)]
    questions = _URL.sub(" ", body).count("?")
    if not crisis_mode and questions > 1:
        problems.append(f"more than one question ({questions} question marks)")
    if crisis_mode and not _has_resource(body, resource_lines):
        problems.append("crisis reply without a resource line or phone number")
    return ReplyCheck(not problems, tuple(problems))
