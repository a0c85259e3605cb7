"""Layer 3: signals that only show across turns.

One tired message is coaching; hopelessness, withdrawal, poor sleep and distress that
keep coming back over the last few client turns are signs of depression (COACHING.md
section 4) even when no single message says so. This layer can only raise a level:
the screen merges its evidence and never lowers what the other layers found.

Rules, over the current message and the client's last five (WINDOW = 6 turns):
- refer/depression when the current message carries a signal and either
  signals appear in 3 or more turns, or 3 or more kinds of signal appear across 2 or
  more turns, or hopelessness appears in 2 or more turns;
- crisis/suicide_self_harm when an earlier turn in the window spoke of suicide or
  self-harm and the current one mentions a plan, means or time ("tonight", "pills").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from onward.guard import context
from onward.guard.patterns import screen_patterns
from onward.guard.patterns_base import FLAGS
from onward.guard.patterns_idioms import mask_idioms
from onward.guard.verdict import Evidence

WINDOW = 6

_SIGNALS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(source, FLAGS))
    for name, source in (
        ("hopelessness", r"\b(?:hopeless|what'?s\s+the\s+point|no\s+point\s+(?:in\s+)?(?:trying|"
         r"anything|any\s+of\s+(?:it|this))|nothing\s+(?:will\s+)?(?:ever\s+)?(?:changes?|gets?\s+"
         r"better|helps?)|never\s+going\s+to\s+get\s+better|no\s+future|giv(?:e|ing)\s+up\s+on\s+"
         r"(?:everything|life|myself)|why\s+(?:even\s+)?bother|(?:it'?s|everything\s+is|i'?m)\s+"
         r"(?:all\s+)?pointless|can'?t\s+see\s+a\s+way\s+(?:out|forward))"),
        ("withdrawal", r"\b(?:(?:stopped|avoid(?:ing)?|cancel(?:l?ed|l?ing))\s+(?:seeing|talking"
         r"\s+to|calling|answering|replying\s+to|going\s+out\s+with)?\s*(?:my\s+)?(?:friends|people|"
         r"anyone|everyone|family|plans)|don'?t\s+want\s+to\s+(?:see|talk\s+to)\s+(?:anyone|"
         r"anybody|people)|(?:haven'?t|not)\s+(?:left|been\s+out\s+of)\s+the\s+(?:house|flat|"
         r"apartment)|shut\s+(?:myself|everyone)\s+(?:in|out)|isolat\w+|keep(?:ing)?\s+to\s+"
         r"myself|(?:so|all|completely)\s+alone)"),
        ("sleep", r"\b(?:can'?t\s+sleep|couldn'?t\s+sleep|haven'?t\s+(?:really\s+)?slept|not\s+"
         r"sleeping|barely\s+sleep\w*|insomnia|awake\s+(?:all\s+night|at\s+[2-5])|(?:up|awake)\s+"
         r"until\s+[3-6]|sleeping\s+(?:all\s+day|too\s+much))"),
        ("distress", r"\b(?:exhausted|overwhelmed|can'?t\s+cope|falling\s+apart|breaking\s+down|"
         r"crying|cried|numb|empty|worthless|a\s+burden|miserable|so\s+low|feel\s+(?:so\s+)?"
         r"(?:low|down|awful|terrible|horrible)|drowning|can'?t\s+do\s+this\s+any\s?more|"
         r"burn(?:ed|t)\s+out|end\s+of\s+my\s+rope)"),
    )
)
_PLAN_OR_MEANS = re.compile(
    r"\b(?:plan|planned|pills|tablets|rope|bridge|tonight|note|goodbye|gun|knife|blade|method|"
    r"already\s+(?:decided|started|bought)|when\s+(?:everyone|they)(?:'s|\s+is|\s+are)\s+"
    r"(?:asleep|out|gone))\b",
    FLAGS,
)


def _signals_in(text: str) -> list[tuple[str, str]]:
    masked, _ = mask_idioms(context.normalise(text))
    found: list[tuple[str, str]] = []
    for name, regex in _SIGNALS:
        for m in regex.finditer(masked):
            clause_start = max(masked.rfind(c, 0, m.start()) for c in ".!?,;\n") + 1
            if not context.is_negated(masked, clause_start, m.start()):
                found.append((name, text[m.start():m.end()]))
                break
    return found


def conversation_evidence(text: str, history: Sequence[str]) -> tuple[Evidence, ...]:
    """Evidence from the pattern of recent turns; empty when no rule fires."""
    earlier = [h for h in history if h and h.strip()][-(WINDOW - 1):]
    if not earlier:
        return ()
    turns = [*earlier, text]  # turn offsets: -len(earlier) .. 0
    offset = -len(earlier)
    per_turn = [(offset + i, _signals_in(t)) for i, t in enumerate(turns)]
    evidence: list[Evidence] = []

    with_signal = [(turn, sigs) for turn, sigs in per_turn if sigs]
    kinds = {name for _, sigs in with_signal for name, _ in sigs}
    hopeless_turns = sum(1 for _, sigs in with_signal if any(n == "hopelessness" for n, _ in sigs))
    # The current message must carry a signal: a cluster that has passed was already
    # caught when its last signal was the current message.
    recent = any(turn == 0 for turn, _ in with_signal)
    if recent and (
        len(with_signal) >= 3
        or (len(kinds) >= 3 and len(with_signal) >= 2)
        or hopeless_turns >= 2
    ):
        for turn, sigs in with_signal:
            for name, words in sigs:
                evidence.append(Evidence("depression", words, turn, f"conversation:{name}"))

    plan = _PLAN_OR_MEANS.search(context.normalise(text))
    if plan:
        for i, earlier_text in enumerate(earlier):
            risk = [e for e in screen_patterns(earlier_text).evidence
                    if e.category == "suicide_self_harm"]
            if risk:
                turn = offset + i
                evidence.append(Evidence("suicide_self_harm", risk[0].words, turn,
                                         "conversation:earlier_risk"))
                evidence.append(Evidence("suicide_self_harm", text[plan.start():plan.end()], 0,
                                         "conversation:plan_after_risk"))
                break
    return tuple(evidence)
