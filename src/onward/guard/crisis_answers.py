"""Reading a client's answers in the crisis flow: yes, no or unclear, and danger signs.

Careful rather than clever: anything that is not a plain "no" counts as unclear,
and the flow treats unclear as concern. These patterns only read the client's own
words; nothing here is ever echoed back (safe messaging: never repeat means).
"""

from __future__ import annotations

import re
from enum import StrEnum


class Answer(StrEnum):
    YES = "yes"
    NO = "no"
    UNCLEAR = "unclear"


def norm(text: str) -> str:
    """Case-folded, straight apostrophes, single spaces: the form every reader here uses."""
    text = text.casefold().replace("\u2019", "'")
    return re.sub(r"\s+", " ", text).strip()



def _any(patterns: tuple[str, ...], text: str) -> bool:
    return any(re.search(p, text) for p in patterns)


# Hedges: "kind of", "not really", "I don't know" are never read as "no".
_UNCLEAR = (
    r"\bi (don't|do not|dont) know\b",
    r"\b(dunno|idk|unsure|not sure|maybe|perhaps|possibly|probably)\b",
    r"\b(kind of|kinda|sort of|sorta|a bit|a little|somewhat|sometimes|at times)\b",
    r"\bnot really\b",
    r"\b(i guess|i suppose|hard to say|not exactly|i can't say|can't tell)\b",
    r"\b(yes and no|no and yes)\b",
)
_YES = (
    r"^(yes|yeah|yea|yep|yup|ya|yah|aye|sure|uh huh|mhm|correct|right|true|definitely|"
    r"of course|absolutely|i have|i do|i am|i did|i will|i was|i think so|i've had|i had)\b",
    r"\b(yes|yeah|yep|yup)\b",
)
_NO = (
    r"^(no|nope|nah|never|not at all|no way|none|i haven't|i have not|i don't|i do not|"
    r"i'm not|i am not|i didn't|i did not|i won't|i will not|definitely not|absolutely not|"
    r"not at the moment|not now|negative)\b",
    r"\b(no|nope|nah)\b",
)


def hedged(text: str) -> bool:
    """A hedge anywhere ("kind of", "I don't know", "not really"): never a plain answer."""
    return _any(_UNCLEAR, norm(text))


# A hedge that leans towards yes: to "might you act on it?", "maybe" is concern now.
_LEANS_YES = re.compile(
    r"\b(maybe|perhaps|possibly|probably|kind of|kinda|sort of|sorta|a bit|a little|somewhat|"
    r"sometimes|at times|occasionally|now and then|once or twice|a few times|i guess|"
    r"i suppose|i think so|partly)\b(?! not\b)"
)


def leans_yes(text: str) -> bool:
    """An unclear answer that still leans towards yes ("maybe", "sometimes", "kind of")."""
    t = norm(text)
    return bool(_LEANS_YES.search(t)) and not re.search(r"\b(not really|no idea)\b", t)


def parse_answer(text: str) -> Answer:
    """A closed question's answer; anything hedged, mixed or off-topic is UNCLEAR."""
    t = norm(text)
    if not t or _any(_UNCLEAR, t):
        return Answer.UNCLEAR
    yes, no = _any(_YES, t), _any(_NO, t)
    if yes and not no:
        return Answer.YES
    if no and not yes:
        # "No, but ..." keeps something back: ask again rather than close the door.
        return Answer.UNCLEAR if re.search(r"\bbut\b", t) else Answer.NO
    return Answer.UNCLEAR


# Danger signals, per kind. Each pattern is a contiguous phrase, so "I don't have
# a plan" does not match "have a plan"; a negation just before a match cancels it.
_SELF = r"(kill myself|end my life|end it all|end it|end things|take my (own )?life|die|do it)"
_THEY = r"(he|she|they|my \w+|a friend|someone|somebody)"
_SIGNALS: dict[str, tuple[str, ...]] = {
    "intent": (
        rf"\b(i'm|im|i am|i'll|ill|i will)( really)? (going to|gonna|about to|planning to|ready to)"
        rf" {_SELF}\b",
        rf"\bi('ve| have)? decided to {_SELF}\b",
        rf"\bi (intend|mean) to {_SELF}\b",
        r"\b(tonight|today|tomorrow|this weekend) i('ll| will| am going to| am gonna)\b",
        r"\b(tonight|today) is the (night|day)\b",
    ),
    "plan": (
        r"\b(i have|i've got|i've made|i made|i've worked out|i worked out) (a|my|the) plan\b",
        r"\b(wrote|written|writing) (a|my) (suicide |goodbye )?(note|letter)s?\b",
        r"\b(goodbye|farewell) (letters?|notes?|messages?)\b",
        r"\b(picked|set|chosen|chose) (a|the) (date|day|time|place)\b",
        r"\bgiv(ing|en|e) away my (things|stuff|belongings|possessions)\b",
        r"\bi know (how|when|where) i('ll| will| would| am going to| am gonna)\b",
    ),
    "means": (
        r"\b(i have|i've got|i got|bought|buying|saved|saving|stockpil\w+|collected|collecting|"
        r"hoarding|kept|keeping)\b[^.?!]{0,30}\b(pills|tablets|gun|rope|blades?|razors?|knife|"
        r"poison|firearm|meds|medication)\b",
    ),
    "behaviour": (
        r"\b(tried|attempted|try) to (kill myself|end my life|take my (own )?life|die)\b",
        r"\bi( just|'ve| have)? (took|taken) (too many|a lot of|an overdose|all (my|the))\b",
        r"\bi('ve| have| just)? overdosed\b",
        r"\bi('m| am) overdosing\b",
        r"\bi (cut|hurt|burned|burnt|harmed|injured) myself\b",
        r"\bi('ve| have)? been (cutting|hurting|harming|burning) myself\b",
        r"\bsuicide attempt\b",
    ),
    "harm_intent": (
        r"\b(i'm|im|i am|i'll|ill|i will)( really)? (going to|gonna|about to|planning to) "
        r"(kill|hurt|stab|shoot|attack|beat up|beat) (him|her|them|someone|somebody|people|"
        r"everyone|my \w+)\b",
    ),
    # Someone else in danger now: the client tells us what a person said or did.
    "third_party_urgent": (
        rf"\b{_THEY}('s| is| are)? (going to|gonna|about to|planning to) (kill (himself|"
        r"herself|themselves)|end (his|her|their) (own )?life|take (his|her|their) (own )?life)\b",
        rf"\b{_THEY} (took|has taken|have taken|just took) (too many|a lot of|an overdose|all)\b",
        rf"\b{_THEY}( has| have)? (overdosed|stopped breathing|collapsed|is unconscious|"
        r"won't wake up|isn't breathing|is not breathing)\b",
    ),
}
# A comma or "but" ends the negation: "no, but I've picked a date" is a plan.
_NEGATION = re.compile(
    r"\b(not|never|no|don't|dont|didn't|won't|wouldn't|haven't)\b(?!.*\bbut\b)[^.?!,;]{0,12}$"
)


def danger_signals(text: str) -> frozenset[str]:
    """Which of intent, plan, means, behaviour, harm_intent, third_party_urgent the text states."""
    t = norm(text)
    found: set[str] = set()
    for kind, patterns in _SIGNALS.items():
        for pattern in patterns:
            for match in re.finditer(pattern, t):
                if not _NEGATION.search(t[max(0, match.start() - 20) : match.start()]):
                    found.add(kind)
    return frozenset(found)


# A false alarm explains the words away: figurative, a joke, or about a thing.
_FALSE_ALARM = (
    r"\bi (just )?meant\b",
    r"\b(figurative|figuratively|metaphor|not literally|not literal|just an? (expression|saying|"
    r"figure of speech)|manner of speaking|turn of phrase)\b",
    r"\b(joking|kidding|jk|lol|exaggerating)\b",
    r"\b(misunderstood|misunderstanding|misread|not what i meant|wrong idea|wrong end)\b",
    r"\b(my|the|our) (project|startup|business|deadline|work|job|plant|plants|phone|laptop|"
    r"computer|car|code|team|career|diet|garden|battery|game)\b",
)


# After a check the model alone asked for, a clear no with an everyday reason is enough:
# "No, not at all, I'm just tired, it's the baby."
_EVERYDAY_NO = (
    r"^(no|nope|nah|god no|not at all|definitely not|absolutely not|of course not)\b"
    r"(?!.*\b(but|though|sometimes|maybe|except)\b)",
)
_EVERYDAY_REASON = (
    r"\b(just|only|simply)\s+(really\s+)?(tired|exhausted|knackered|wiped out|worn out|busy|"
    r"sleepy|stressed|frustrated|fed up|annoyed)\b"
    r"(?!\s+(of|with)\s+(everything|it all|life|living|being|myself|trying|fighting|people))",
    r"\bit'?s (just |only )?(the baby|the kids|work|my job|a busy (week|month|time)|a phase)\b",
    r"\bnothing like that\b|\bnot like that\b|\bnot that kind of\b",
    r"\b(not at all|definitely not|absolutely not|of course not)\b",
)


def is_false_alarm(text: str, model_only: bool = False) -> bool:
    """The client says the concern was a misreading, with no danger sign in the same words.

    With `model_only` (the check was opened by the learned model alone, on words no
    pattern reads as risk), a clear "no" with an everyday reason also counts."""
    t = norm(text)
    if danger_signals(t) or parse_answer(t) is Answer.YES:
        return False
    if model_only and _any(_EVERYDAY_NO, t) and _any(_EVERYDAY_REASON, t):
        return True
    return _any(_FALSE_ALARM, t)


_MINOR = (
    r"\b(i'm|im|i am) (1[0-7]|[6-9])(?! ?(hours?|minutes?|mins?|days?|weeks?|months?|%|am|pm|:|"
    r"k|th|st|nd|rd|out of|/|of 10))\b",
    r"\b(1[0-7]|[6-9]) ?(years? old|yrs? old|y/?o)\b",
    r"\b(i'm|im|i am) (a kid|a child|a teen|a teenager|underage|a minor|in middle school|"
    r"in high school|in primary school|in elementary school|in secondary school)\b",
    r"\bin (year|grade) ([1-9]|1[0-2])\b",
)


def sounds_like_minor(text: str) -> bool:
    return _any(_MINOR, norm(text))


_GO_ON = (
    r"\b(let's|lets|let us|can we|could we|shall we|may we|we can|i'd like to|i would like to|"
    r"i want to|i wanna|i'm ready to|i am ready to|ready to|happy to|i'd love to|i'm good to|"
    r"i'm ok to|i'm okay to|i'd prefer to|i'm keen to|i'm up for|i'd rather) (now )?(please )?"
    r"(go on|carry on|continue|keep going|get back|go back|come back|return|pick up|resume|"
    r"start again|get going|get started|get on with|work on|do (the|my|some) (goals?|coaching)|"
    r"talk about (my|the|our) (goals?|coaching|plan|work))\b",
    r"\b(back to|return to|resume|continue with|carry on with|go on with|keep going with|"
    r"get on with|work on|working on|focus on) (my|the|our) (goals?|coaching|session|plan|"
    r"project|work)\b",
    r"^(ok|okay|yes|yeah|sure|right|alright)?[ ,.!]*(let's (go|start|begin|do it|do this)|"
    r"continue|carry on|go on|keep going|resume|pick up where we (were|left off))[ ,.!]*"
    r"(please)?[ .!]*$",
    r"\bpick up where (we|i) (were|left off)\b",
)
_NOT_YET = (
    r"\bnot (yet|now|today|right now|ready)\b",
    r"\b(later|another time|tomorrow|next time|rather not|leave it|stop for)\b",
    r"\bi (don't|do not|dont) (want|feel like)\b",
)
# "I can't go on" is distress, never a choice to return to goal work.
_CANNOT_GO_ON = (
    r"\b(can't|cant|cannot|can not|couldn't|could not|unable to|not able to|no reason to|"
    r"no point|how (can|do|am) i|how i (can|could)|why (should|would) i|see (a|any) (way|reason)|"
    r"don't know how to|do not know how to)"
    r"\b[^.?!]{0,20}\b(go on|carry on|continue|keep going|get on)\b",
    r"\b(go on|carry on|continue|keep going) (living|like this|with (this|my) life|any ?more)\b",
)


def cannot_go_on(text: str) -> bool:
    """'I can't carry on like this': distress in the same words as a wish to go on."""
    return _any(_CANNOT_GO_ON, norm(text))


def wants_to_go_on(text: str, *, was_asked: bool) -> bool:
    """An explicit choice to return to goal work; anything less keeps the pause.

    Plain words count: "can we get back to my goals", "I'd like to continue", "I'm ok
    now, let's carry on". A bare "yes" counts only as the answer to "shall we go on?"
    (was_asked): after "how are you?" it means something else.
    """
    t = re.sub(r"\bno (problem|worries|worry)\b", "", norm(text))
    if _any(_NOT_YET, t) or _any(_CANNOT_GO_ON, t) or parse_answer(t) is Answer.NO:
        return False
    return _any(_GO_ON, t) or (was_asked and parse_answer(t) is Answer.YES)
