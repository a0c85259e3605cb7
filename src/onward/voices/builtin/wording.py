"""Small pieces of wording the built-in voice builds from the client's own words."""

from __future__ import annotations

import re

from lemminflect import getAllLemmas, getInflection

from onward.coaching.grammar import gerund, is_imperative, is_noun_phrase
from onward.coaching.language import key_phrases, to_second_person
from onward.coaching.reflection import MAX_WORDS, reflect
from onward.coaching.signals import content_words, is_agreement, is_stuck
from onward.coaching.summary import action_phrase, format_due, goal_phrase, topic_phrase

_WILL_LEAD = re.compile(
    r"^(?:i\s+will|i'll|i\s+am\s+going\s+to|i'm\s+going\s+to|i\s+want\s+to|to)\s+", re.I
)


def tidy_sentence(text: str) -> str:
    """One statement: capitalised, ends with a full stop, never a question mark."""
    text = text.strip().replace("?", ".").rstrip(" .!;,")
    return (text[:1].upper() + text[1:] + ".") if text else ""


def reflection(client_text: str, max_words: int = MAX_WORDS) -> str | None:
    """A short reflection of the client's last turn, in second person: a whole clause or
    nothing (better no reflection than a fragment)."""
    if not client_text.strip() or is_stuck(client_text):
        return None
    said = reflect(client_text, max_words)
    return tidy_sentence(said) if said else None


_NEGATION = re.compile(
    r"\b(?:not|no|never|without|nor|instead of|rather than)\s+(?:\w+\s+)?$", re.IGNORECASE
)


def _negated(phrase: str, text: str) -> bool:
    """Whether the client said the phrase only to rule it out ("not a perfect plan")."""
    at = text.lower().find(phrase.lower())
    return at >= 0 and bool(_NEGATION.search(text[:at]))


def _relative_clause(phrase: str) -> bool:
    """ "that survives bad weather" is the end of a clause, not a thing to ask about."""
    from lemminflect import getAllLemmas  # deferred: loads tables on import

    words = phrase.lower().split()
    if len(words) < 2 or words[0] not in ("that", "which", "who"):
        return False
    verb = getAllLemmas(words[1]).get("VERB", ())
    # A finite verb ("survives", "helped"), not a noun that could be one ("meeting").
    return bool(verb) and words[1] not in verb and words[1].endswith(("s", "ed"))


def client_phrase(client_text: str) -> str | None:
    """A few of the client's own words worth quoting back, as they said them.

    Only a noun phrase ("the quarterly report") fits the bank's slots; a fragment like
    "Friday starting tomorrow" dropped into "What's happening around...?" reads as noise.
    """
    if is_agreement(client_text):
        return None  # "Yes, that covers the goal": nothing new to quote back
    for phrase in key_phrases(client_text, 3):
        phrase = _with_determiner(phrase.strip(" .,!?;:'\""), client_text)
        if _negated(phrase, client_text) or _relative_clause(phrase):
            continue  # "not a perfect plan": asking about "a perfect plan" turns them round
        words = phrase.split()
        # Worth quoting only if it carries meaning: "that's right" is not a phrase to echo.
        if not (2 <= len(words) <= 6 and len(content_words(phrase)) >= 2):
            continue
        # It goes into our sentence unquoted, so it needs "the"/"my" or a name in front.
        if is_noun_phrase(phrase) and (words[0].lower() in _DETERMINERS or words[0][0].isupper()):
            # "A simple plan" opened their sentence; inside ours it is "a simple plan".
            return phrase[0].lower() + phrase[1:] if words[0].lower() in _DETERMINERS else phrase
    return None




_DETERMINERS = frozenset({"a", "an", "the", "my", "our", "this", "that", "his", "her", "their"})


def _with_determiner(phrase: str, text: str) -> str:
    """ "quarterly report" in "from the quarterly report" -> "the quarterly report"."""
    match = re.search(r"\b(\w+)\s+" + re.escape(phrase) + r"\b", text, re.IGNORECASE)
    if match and match.group(1).lower() in _DETERMINERS:
        return f"{match.group(1)} {phrase}"
    return phrase


def short_topic(text: str | None) -> str | None:
    """A topic as a short noun phrase in second person ("your team's meetings")."""
    if not text:
        return None
    # No guessing: a topic that isn't a clean phrase is left out, and the voice asks
    # without naming it rather than naming it badly.
    topic = topic_phrase(text)
    return topic.rstrip(" .") if topic else None


def short_action(text: str | None) -> str | None:
    """The chosen action as a bare verb phrase ("ask Sam for help"), or None if it isn't one."""
    if not text:
        return None
    words = action_phrase(text).split()
    if not words or len(words) > 10:
        return None
    for i, word in enumerate(words):
        # "asking Sam and writing the headings" -> "ask Sam and write the headings"
        if i == 0 or words[i - 1].lower() in ("and", "or", "then"):
            lemmas = getAllLemmas(word.lower()).get("VERB")
            if lemmas and word.lower().endswith("ing"):
                words[i] = lemmas[0]
            elif i == 0 and not lemmas:
                return None
    return " ".join(words)


def did_phrase(commitment: str) -> str:
    """ "send the email to Sam" -> "You sent the email to Sam." (specific, not generic praise)."""
    body = _WILL_LEAD.sub("", commitment.strip()).rstrip(" .!")
    first, _, rest = body.partition(" ")
    if first and "VERB" in getAllLemmas(first.lower()):
        past = getInflection(getAllLemmas(first.lower())["VERB"][0], tag="VBD")
        if past:
            return tidy_sentence(to_second_person(f"You {past[0]} {rest}".strip()))
    return f"You did what you set out to do: '{commitment.strip()}'."


def win_phrase(win: str) -> str:
    turned = to_second_person(win.strip())
    if turned.lower().startswith("you "):
        return tidy_sentence(turned)
    return did_phrase(win)


def when(due: str | None, recurrence: str | None) -> str:
    said = format_due(due, recurrence)
    if not said:
        return ""
    return f", {said}" if recurrence else f", by {said}"


def readback(commitment: str, due: str | None, recurrence: str | None, goal: str | None) -> str:
    text = f"'{commitment.strip().rstrip('.')}'{when(due, recurrence)}"
    link = goal_phrase(goal) or topic_phrase(goal)
    if link and is_imperative(link.split()):
        link = gerund(link) or link  # "toward deciding whether to say yes", not "toward decide"
    return f"{text}, toward {link}" if link else text


def noticed(learning: str | None, max_words: int = 14) -> str | None:
    """ "That I avoid things when they feel too big" -> "that you avoid things when..."."""
    if not learning or is_stuck(learning):
        return None
    said = reflect(learning)
    if said is None:
        return None
    body = re.sub(r"^(?:so|it sounds like)\s+", "", said.rstrip("."), flags=re.I)
    # "you learned (that) you can ask" -> "you can ask": "noticed" already says it.
    body = re.sub(
        r"^you(?:'ve)?\s+(?:learned|learnt|realised|realized|noticed|found\s+out|saw|see|"
        r"know\s+now|discovered)\s+(?:that\s+)?(?=you\b)",
        "",
        body,
        flags=re.I,
    )
    about_you = body.lower().startswith(("you ", "you're", "you've", "you'd", "you'll"))
    # "That the timing matters...": put as what they noticed, it reads as said.
    if not about_you and not re.match(r"\s*that\b", learning, re.IGNORECASE):
        return None
    words = body.split()
    if len(words) > max_words:
        return None
    return "that " + body[0].lower() + body[1:]
