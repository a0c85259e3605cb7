"""What the client has already told the crisis flow, in any message, without being asked.

Two readers, both careful rather than clever:
- stated_answers: "I don't have a plan", "I would never act on it", "I've never tried
  anything" answer the plan, intent and behaviour questions as "no", so the flow does
  not ask them again; "I keep thinking about ending my life" answers the thoughts
  question as "yes". A stated intent, plan, means or behaviour is not read here: that
  is danger_signals, and it always means emergency.
- safety_answer: an answer to "are you safe right now?" (or "is anyone in danger?")
  given in words rather than yes or no: "I'm ok, my sister is here", "I'm at home with
  my partner". Being with the person the client named in the disclosure is never
  reassurance; being "at home" alone is not an answer; a number is not an answer.

A "no" said with a hedge or a time limit ("not yet", "for now", "but ...") answers
nothing: the question is asked. Nothing here is echoed back to the client.
"""

from __future__ import annotations

import re

from onward.guard.crisis_answers import Answer, hedged, norm

# The people a client may be with or may name; used in both directions.
PEOPLE = (
    r"(partner|husband|wife|spouse|boyfriend|girlfriend|bf|gf|fianc[eé]e?|ex|mum|mom|mummy|"
    r"mommy|mother|dad|daddy|father|stepdad|stepfather|stepmum|stepmom|stepmother|parents?|"
    r"sister|brother|siblings?|aunt|auntie|uncle|gran|granny|grandma|grandmother|nan|nana|"
    r"grandad|grandpa|grandfather|cousin|friends?|best friend|flatmates?|roommates?|"
    r"housemates?|neighbou?rs?|family|son|daughter|kids|children|carer|nurse|doctor|teacher|"
    r"colleague|coworker|boss|landlord|coach|therapist|counsell?or|support worker)"
)
_PERSON = re.compile(rf"\b(?:my|our|his|her|their)\s+(?:\w+\s+)?{PEOPLE}\b")

# A time limit keeps a door open, and so does a "but" after the "no": ask the question.
_OPEN_DOOR = re.compile(
    r"\b(yet|for now|right now|at the moment|atm|today|tonight|anymore|any more|"
    r"this time|unless|until|except)\b"
)
_END = r"(?= ?(like that|though|really|to myself|at all|ever)? ?$)"

_STATED_NO: dict[str, tuple[str, ...]] = {
    "ask_plan": (
        r"\bi (don't|do not|dont) have (a|any) (real |actual |proper )?plan\b",
        r"\bi (haven't|have not|never) (made|got|had|worked out|thought out) (a|any) plan\b",
        r"\b(i have|i've got|i've|there's|there is|with) no (real |actual |proper )?plan\b"
        r"(?! for)",
        r"\bnot like i have a plan\b",
        r"^no plan\b",
    ),
    "ask_intent": (
        r"\bi( would|'d|'ll| will)? never (ever )?(act on|go through with|actually do it)",
        rf"\bi( would|'d|'ll| will)? never (ever )?(do it|do anything){_END}",
        r"\bi('m| am) (not|never) (going to|gonna) (act on|go through with|kill myself|"
        r"hurt myself|end my life)",
        r"\bi (won't|will not|wouldn't|would not|couldn't|could not)( ever| actually)? "
        r"(act on|go through with|kill myself|end my life)",
        rf"\bi (won't|will not|wouldn't|would not)( ever| actually)? (do it|do anything){_END}",
        r"\bi (don't|do not|dont) (want|intend|plan|mean) to (act on|kill myself|end my life)",
        r"\bno (intention|intent) (of|to)\b",
    ),
    "ask_behaviour": (
        rf"\bi('ve| have)? never (tried|attempted|done) anything{_END}",
        r"\bi('ve| have)? never (tried to|attempted to|hurt myself|harmed myself)\b",
        rf"\bi (haven't|have not|didn't|did not) (tried|try|attempted|attempt|done|do) "
        rf"anything{_END}",
        r"\bi (haven't|have not|didn't|did not) (ever )?(tried|attempted|hurt myself|"
        r"harmed myself)\b",
        rf"\bnever (tried|attempted) anything{_END}",
    ),
    "ask_thoughts": (
        r"\bi('m| am) not suicidal\b",
        r"\bi (don't|do not|dont) (have|get) (any )?(suicidal )?thoughts (of|about) "
        r"(suicide|ending|killing)",
        r"\bno (suicidal thoughts|thoughts of (suicide|ending my life|killing myself))\b",
    ),
}
_STATED_YES: dict[str, tuple[str, ...]] = {
    "ask_thoughts": (
        r"\bi('ve| have)?( been| keep| kept)? (having|get|getting|had|have) (suicidal )?"
        r"thoughts (of|about) (suicide|ending my life|killing myself|taking my (own )?life)",
        r"\bi('ve| have)?( been| keep| kept)? (thinking|thought) (about|of) (suicide|ending my "
        r"life|killing myself|taking my (own )?life|ending it)",
        r"\bi('m| am| feel| have been|'ve been) suicidal\b",
        r"\bi keep having suicidal thoughts\b|\bi have suicidal thoughts\b",
    ),
}
_NEGATED = re.compile(r"\b(not|never|don't|dont|no|haven't|isn't|aren't|wasn't)\b[^.?!,;]{0,12}$")


def _segments(text: str) -> list[tuple[str, bool]]:
    """(part, followed by "but") for each sentence split at "but"."""
    out: list[tuple[str, bool]] = []
    for sentence in re.split(r"[.?!;\n]+", norm(text)):
        parts = [p.strip(" ,") for p in re.split(r"\bbut\b", sentence)]
        out += [(p, i < len(parts) - 1) for i, p in enumerate(parts) if p]
    return out


def stated_answers(text: str) -> dict[str, Answer]:
    """Questions of the suicide screen that this text already answers, and how."""
    found: dict[str, Answer] = {}
    for part, but_follows in _segments(text):
        if hedged(part):
            continue
        for stage, patterns in _STATED_YES.items():
            for pattern in patterns:
                match = re.search(pattern, part)
                if match and not _NEGATED.search(part[max(0, match.start() - 20):match.start()]):
                    found[stage] = Answer.YES
        if but_follows or _OPEN_DOOR.search(part):
            continue
        for stage, patterns in _STATED_NO.items():
            if stage not in found and any(re.search(p, part) for p in patterns):
                found[stage] = Answer.NO
    return found


def people_named(text: str) -> tuple[str, ...]:
    """Who the client names ("my partner", "my stepdad"), to tell company from danger."""
    return tuple(sorted({m.group(1) for m in _PERSON.finditer(norm(text))}))


# --- "are you safe right now?" answered in words ----------------------------------
_NOT_SAFE = (
    r"\b(not|don't|dont|do not|never|isn't|no longer|hardly)\b[^.?!,;]{0,15}"
    r"\b(safe|ok|okay|alright|all right|fine)\b",
    r"(?<!not )\b(unsafe|scared|afraid|frightened|terrified|threatening me|threatened me)\b",
    r"(?<!not )(?<!no one is )(?<!nobody is )(?<!no one's )(?<!nobody's )"
    r"\bin (immediate )?danger\b",
)
# Said with a reassurance, these still leave doubt: ask again rather than count it.
_DOUBT = (
    r"\b(he's|she's|they're|he is|she is|they are|he'll|she'll|they'll) (be )?(coming|outside|"
    r"on (his|her|their) way|at the door|back|home soon)\b",
    r"\b(for now|for the moment|at the moment|for tonight)\b",
)
_NOBODY_IN_DANGER = (
    r"\b(no one|nobody|noone|no-one)( is|'s)? in (any |immediate )?danger\b",
    r"\b(everyone|everybody)('s| is) (safe|ok|okay|fine|alright)\b",
)
_SAFE_SELF = (
    r"\b(i'm|im|i am|i feel|i'm feeling|i am feeling|feeling)( totally| completely| quite| "
    r"pretty| fairly| perfectly| really)? (safe|ok|okay|alright|all right|fine)\b",
    r"^(safe|all safe|totally safe|quite safe)\b",
    r"\bi('m| am) not alone\b",
    *_NOBODY_IN_DANGER,
)
_WITH_PERSON = (
    rf"\b(with|beside|next to|staying with|staying at|at) (my|our|a) (\w+ )?{PEOPLE}('s)?\b",
    rf"\bmy (\w+ )?{PEOPLE} (is|are|'s|'re) (here|with me|next to me|beside me|"
    r"sitting with me|staying with me)\b",
    r"\b(someone|somebody|people|friends|family) (is|are|'s) (here )?with me\b",
)
_SAFE_OTHER = (
    r"\b(she's|he's|they're|she is|he is|they are|my \w+ is|my \w+'s)( totally| completely| "
    r"quite| pretty| perfectly)? (safe|ok|okay|alright|all right|fine)\b",
    rf"\b(she's|he's|they're|she is|he is|they are) (with|at) (her|his|their|my) (\w+ )?"
    rf"{PEOPLE}('s)?\b",
    *_NOBODY_IN_DANGER,
)


def _company(text: str, named: tuple[str, ...]) -> tuple[bool, bool]:
    """(with someone who is not the person named in the disclosure, with that person)."""
    safe, with_named = False, False
    for pattern in _WITH_PERSON:
        for match in re.finditer(pattern, text):
            who = {m.group(0) for m in re.finditer(rf"\b{PEOPLE}\b", match.group(0))}
            if who & set(named):
                with_named = True
            else:
                safe = True
    return safe, with_named


def safety_answer(text: str, stage: str, named: tuple[str, ...] = ()) -> Answer | None:
    """The answer words give to a safety question, or None when they give none.

    stage "ask_safe_now": YES means safe. "ask_others_danger" and
    "ask_third_party_danger": YES means someone is in danger, so "I'm safe" is NO.
    """
    t = norm(text)
    if not t or hedged(t):
        return None
    danger_asked = stage != "ask_safe_now"
    if any(re.search(p, re.sub(r"\bnot alone\b", "", t)) for p in _NOT_SAFE):
        return Answer.YES if danger_asked else Answer.NO
    company, with_named = _company(t, named)
    if with_named or re.search(r"\bbut\b", t) or any(re.search(p, t) for p in _DOUBT):
        return None  # with the person they told us about, or a doubt: ask again
    patterns = _SAFE_OTHER if stage == "ask_third_party_danger" else _SAFE_SELF
    if any(re.search(p, t) for p in patterns) or (stage != "ask_third_party_danger" and company):
        return Answer.NO if danger_asked else Answer.YES
    return None
