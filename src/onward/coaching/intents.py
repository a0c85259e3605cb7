"""Read a client's answer to a yes/no question (permission, confirmation).

The last cue wins, because people correct themselves as they type: "yeah, no" is
a no, "no, go ahead" a yes, "sure... actually no" a no, "maybe, yes" a yes. A
hedge counts as a cue of its own, so "yeah maybe" stays unclear. Longer phrases
come first in the pattern so "not sure" is never read as "sure", nor "why not"
as "not".
"""

from __future__ import annotations

import re
from typing import Literal

Reply = Literal["yes", "no", "unclear"]

_CUES: list[tuple[str, Reply]] = [
    (r"yes and no|yes or no|kind of|sort of|not sure|unsure|don'?t know|dunno|no idea", "unclear"),
    (r"not at all|depends|it depends|maybe|perhaps|possibly|might|hmm+|not certain", "unclear"),
    (r"i guess so|i suppose so|why not|no problem|no worries|no reason not to", "yes"),
    (r"(?:i )?don'?t mind|not a problem|by all means|of course|go ahead|go for it", "yes"),
    (r"sounds good|sounds great|that works|works for me|fire away|please do|let'?s do it", "yes"),
    (r"that'?s right|that'?s correct|spot on|exactly|absolutely|definitely|certainly", "yes"),
    (r"i'?d like that|i would like that|that would help|yes please|please", "yes"),
    (r"not really|not now|not today|not yet|not quite|not right|no thanks|no thank you", "no"),
    (r"rather not|i'?d prefer not|prefer not|let'?s not|don'?t|do not|never mind|nevermind", "no"),
    (
        r"i'?m good|i'?m ok(?:ay)?|i'?m fine|no way|not interested|that'?s wrong|wrong|incorrect",
        "no",
    ),
    (r"skip|pass|stop|nope|nah|no|not", "no"),
    (r"yes|yeah|yep|yup|yea|ya|aye|sure|ok(?:ay)?|k|alright|all right|fine|right|correct", "yes"),
    (r"great|cool|perfect|good|ye|y", "yes"),
    (r"n", "no"),
]
_PATTERN = re.compile(
    r"\b(?:" + "|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(_CUES)) + r")\b"
)


def classify_reply(text: str) -> Reply:
    """ "yes", "no" or "unclear" for an answer to a closed question."""
    if not text:
        return "unclear"
    low = text.lower().replace("\u2019", "'")
    low = re.sub(r"[^\w' ]+", " ", low)
    low = re.sub(r"\b(ye+s+|ye+a+h+|no+|su+re+|o+k+)\b", lambda m: _squash(m.group()), low)
    label: Reply = "unclear"
    for match in _PATTERN.finditer(low):
        index = int(next(k for k, v in match.groupdict().items() if v is not None)[1:])
        label = _CUES[index][1]
    return label


def _squash(word: str) -> str:
    # "yesss", "nooo", "suuure", "okkk" -> their plain forms
    return re.sub(r"(.)\1+", r"\1", word)
