"""Reading the client's words: did this reply supply what the stage needs?

Each judgement is small, lexical and explainable, so a stage's advance can be traced to
the words that caused it. They err towards accepting the client's answer: asking again
for something the client already gave is worse coaching than moving on a little early.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from onward.coaching.feedback import parse_score

STOPWORDS = frozenset((
    "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "are",
    "as", "at", "be", "because", "been", "before", "being", "but", "by", "can", "could", "did",
    "do", "does", "doing", "don", "dont", "down", "during", "each", "few", "for", "from", "had",
    "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "i'd",
    "i'll", "i'm", "i've", "if", "in", "into", "is", "it", "it's", "its", "just", "like", "ll",
    "me", "might", "more", "most", "much", "must", "my", "myself", "no", "nor", "not", "now",
    "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own",
    "really", "re", "s", "same", "she", "should", "so", "some", "such", "t", "than", "that",
    "that's", "the", "their", "them", "then", "there", "these", "they", "this", "those",
    "through", "to", "too", "under", "until", "up", "us", "very", "was", "we", "were", "what",
    "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you",
    "your", "yours", "yeah", "yes", "ok", "okay", "well", "um", "uh", "hmm", "maybe", "think",
    "thing", "things", "get", "got", "going", "go", "want", "know", "mean", "guess", "sort",
    "kind", "bit", "lot", "lots", "still", "even", "quite", "pretty", "one", "way", "something",
    "right", "exactly", "correct", "sure",
))  # fmt: skip

_STUCK = re.compile(
    r"\b(?:i\s+)?(?:don'?t|do\s+not|dunno)\s+know\b|\bnot\s+sure\b|\bno\s+idea\b|"
    r"\bcan'?t\s+think\b|\bnothing\s+comes\s+to\s+mind\b|\bno\s+clue\b|\bhard\s+to\s+say\b|"
    r"^\s*(?:hmm+|um+|uh+|erm+|\?+|\.+)?\s*[.!?]*\s*$",
    re.IGNORECASE,
)
_NOTHING_MORE = re.compile(
    r"\b(?:nothing|no(?:thing)?\s+more|nothing\s+else|that'?s\s+(?:it|all|everything)|"
    r"that\s+(?:is|was)\s+(?:it|all)|can'?t\s+think\s+of\s+(?:anything|any)\s*(?:else|more)?|"
    r"i'?m\s+out(?:\s+of\s+ideas)?|no\s+other|nope)\b|^\s*no\.?\s*$",
    re.IGNORECASE,
)
_NONE_ANSWER = re.compile(
    r"\b(?:nothing|nobody|no\s+one|none|not\s+really|i'?m\s+(?:fine|good|ok)|"
    r"i\s+don'?t\s+need\s+(?:any|anything|help)|on\s+my\s+own)\b|^\s*no\.?\s*$",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"\b\d+\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|"
    r"forty|fifty|hundred|half|once|twice|every|each|daily|weekly|first)\b",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"\b(?:today|tonight|tomorrow|week|weeks|weekend|month|months|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|morning|evening|minutes?|hours?|days?|"
    r"deadline|by\s+the\s+end|o'?clock|\d+\s*(?:am|pm))\b",
    re.IGNORECASE,
)
_OBSERVABLE = re.compile(
    r"\b(?:written|wrote|sent|booked|scheduled|finished|done|submitted|signed|agreed|"
    r"decided|decision|list|plan|draft|outline|email|message|calendar|document|page|pages|"
    r"steps?|chosen|picked|ticked|told|asked|said|named|on\s+paper|in\s+writing|"
    r"conversation|meeting|call|date|yes\s+or\s+no|clear\s+next|next\s+step|replied|booked|"
    r"opening\s+line|time\s+to\s+talk)\b",
    re.IGNORECASE,
)
_ACTION_START = re.compile(
    r"\b(?:i\s+could|i\s+might|i\s+can|i\s+(?:will|would|'ll|'d)|we\s+could|maybe|perhaps|"
    r"what\s+if|one\s+option|an?\s+option|option\s+is|i\s+should|try(?:ing)?|ask|talk\s+to|"
    r"write|book|block|set|call|email|send|start|stop|say|tell|make|schedule|put|delegate|"
    r"drop|pick|read|plan|practi[cs]e|prepare|turn\s+off|leave|move|cancel|share|finish|"
    r"join|sign\s+up|walk|go\s+to|spend|limit|cut|split|break)\b",
    re.IGNORECASE,
)
_REASON = re.compile(
    r"\b(?:because|matters?|important|so\s+that|so\s+i\s+can|means|care|would\s+let|"
    r"would\s+give|tired\s+of|sick\s+of|fed\s+up|otherwise|worth|proud|free|freedom|"
    r"it'?s\s+about|for\s+(?:them|the\s+kids|my\s+\w+)|i\s+(?:want|need|'d\s+love)\s+to|"
    r"keep\s+up\s+with)\b",
    re.IGNORECASE,
)
_ACCOUNTABILITY = re.compile(
    r"\b(?:remind|reminder|check\s+in|check-in|text|email|message|calendar|tell|partner|"
    r"friend|colleague|manager|boss|you|next\s+session|tracker|track|journal|alarm|note|"
    r"post-it|app|diary|report\s+back|accountab\w*)\b",
    re.IGNORECASE,
)

_PARTLY = re.compile(
    r"\b(?:partly|partially|part\s+of\s+it|half|some\s+of\s+it|started|a\s+bit|sort\s+of|"
    r"kind\s+of|mostly|nearly|almost|not\s+all|began|not\s+completely|not\s+fully|"
    r"one\s+of\s+(?:the|them))\b",
    re.IGNORECASE,
)
_NOT = re.compile(
    r"\b(?:didn'?t|did\s+not|haven'?t|have\s+not|not\s+yet|nope|missed|couldn'?t|"
    r"could\s+not|forgot|never\s+got|wasn'?t\s+able|failed|no\s+time|didn'?t\s+get)\b|"
    r"^\s*no\b",
    re.IGNORECASE,
)
_DONE = re.compile(
    r"\b(?:done|did\s+it|did\s+that|yes|yep|i\s+did|finished|completed|sent|managed|"
    r"all\s+of\s+it|nailed|went\s+well|got\s+it\s+done|ticked)\b",
    re.IGNORECASE,
)

_ORDINALS = {"first": 0, "1": 0, "one": 0, "second": 1, "2": 1, "two": 1, "third": 2,
             "3": 2, "three": 2, "last": -1}  # fmt: skip

# A few everyday words that touch a named value, so "my kids" can link to "family".
VALUE_WORDS: dict[str, tuple[str, ...]] = {
    "family": ("family", "kids", "children", "son", "daughter", "partner", "wife", "husband",
               "parents", "home"),
    "health": ("health", "healthy", "fit", "fitness", "sleep", "energy", "body", "exercise"),
    "growth": ("growth", "grow", "learn", "learning", "develop", "stretch"),
    "freedom": ("freedom", "free", "independence", "choice"),
    "creativity": ("creativity", "creative", "create", "write", "writing", "art", "music"),
    "courage": ("courage", "brave", "bold", "afraid", "scared", "fear"),
    "honesty": ("honesty", "honest", "truth", "truthful", "open"),
    "connection": ("connection", "friends", "friendship", "together", "belong", "community"),
    "achievement": ("achievement", "achieve", "succeed", "success", "accomplish"),
    "security": ("security", "secure", "safe", "stable", "stability", "savings"),
    "balance": ("balance", "evenings", "weekends", "rest", "downtime"),
    "adventure": ("adventure", "travel", "explore", "new"),
    "contribution": ("contribution", "contribute", "help", "helping", "serve", "difference"),
    "respect": ("respect", "respected", "recognition", "valued"),
}  # fmt: skip


def words(text: str) -> list[str]:
    return re.findall(r"[a-z][a-z'-]*", text.lower())


def content_words(text: str) -> list[str]:
    return [w for w in words(text) if w not in STOPWORDS and len(w) > 2]


def has_content(text: str, min_words: int = 2) -> bool:
    return len(content_words(text)) >= min_words


def is_stuck(text: str) -> bool:
    """The client did not answer: "I don't know", "not sure", a shrug."""
    return bool(_STUCK.search(text)) and len(content_words(text)) < 4


_AGREEMENT = re.compile(
    r"^\s*(?:yes|yeah|yep|yup|right|exactly|sure|ok(?:ay)?|fine|that'?s\s+(?:it|right|fair))"
    r"\s*(?:[,.!;:-]|$)",  # "Right, ..." is a nod; "Right now I'm..." is not
    re.IGNORECASE,
)


def is_agreement(text: str) -> bool:
    """ "Yes, that covers it, those are my options": a nod, with nothing new to hand back."""
    return bool(_AGREEMENT.match(text.replace("\u2019", "'")))


_ASKS_ADVICE = re.compile(
    r"\b(?:what\s+would\s+you\s+do|what\s+should\s+i\s+do|what\s+do\s+you\s+(?:think|suggest|"
    r"recommend)\s+i\s+(?:should|do)|(?:can|could)\s+you\s+(?:just\s+)?(?:tell|give)\s+me\s+"
    r"(?:what\s+to\s+do|some\s+advice|an?\s+(?:idea|tip|answer))|any\s+(?:advice|tips|ideas)\b|"
    r"in\s+my\s+shoes|(?:your|any)\s+advice|what'?s\s+your\s+(?:idea|suggestion|advice)|"
    r"what\s+do\s+you\s+(?:suggest|recommend)|(?:do\s+)?you\s+have\s+(?:an?\s+|any\s+)?"
    r"(?:idea|ideas|suggestions?)\b)",
    re.IGNORECASE,
)


_VAGUE_GOAL = re.compile(
    r"^(?:i'?d\s+(?:like|love)|i\s+(?:want|would\s+like)|just)\s+(?:to\s+)?(?:"
    r"(?:leave|come\s+away|walk\s+away|go\s+away)\s+with\s+(?:something|anything|a\s+bit|"
    r"a\s+little)(?:\s+\w+){0,2}|get\s+something\s+out\s+of\s+(?:this|it|today))[.!]*$",
    re.IGNORECASE,
)


def is_vague_goal(text: str) -> bool:
    """ "Could we look at one thing? I'd like to leave with something.": a wish to leave with
    something is not yet a goal for the session; what that something is, is the question."""
    said = " ".join(s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if not s.endswith("?"))
    return bool(said) and bool(_VAGUE_GOAL.match(said.strip()))


def asks_for_advice(text: str) -> bool:
    """ "What would you do in my shoes?": the client hands the thinking to the coach."""
    return bool(_ASKS_ADVICE.search(text))


_SUPPORT = re.compile(
    r"\b(?:[Mm]y\s+\w+|[A-Z][a-z]+)\s+(?:can|could|will|would|'ll|'d|said\s+(?:he|she|they)'?d)\s+"
    r"(?:\w+\s+)?(?:remind|help|check\s+(?:in|on)|nudge|support|keep\s+me|ask\s+me|text\s+me|"
    r"hold\s+me)\b"
)


def names_support(text: str) -> bool:
    """ "My partner can remind me", "Tom will nudge me": who will help, said unprompted."""
    return bool(_SUPPORT.search(text.replace("\u2019", "'")))


def says_nothing_more(text: str) -> bool:
    return bool(_NOTHING_MORE.search(text)) and len(content_words(text)) < 4


def says_none(text: str) -> bool:
    """A real answer of "nothing" or "no one" (to "what might get in the way?")."""
    return bool(_NONE_ANSWER.search(text))


_PROPOSAL = re.compile(
    r"^\s*(?:(?:so|well|ok(?:ay)?|hmm+|and),?\s+)?(?:i\s+could|i\s+might|maybe\s+i\s+(?:could|can)|"
    r"perhaps\s+i\s+could|what\s+if\s+i|one\s+option|i\s+suppose\s+i\s+could)\b",
    re.IGNORECASE,
)
_TRIED = re.compile(
    r"\b(?:i|we)\s+(?:(?:'ve|have)\s+)?(?:tried|attempted|had\s+a\s+go)\b|"
    r"\bi(?:'ve|\s+have)\s+been\s+trying\b|\bi\s+used\s+to\b|\blast\s+time\s+i\b",
    re.IGNORECASE,
)
# "I open it every night...": a first-person report of what happens now, no future in it.
_NOW = re.compile(
    r"^\s*(?:(?:well|so|honestly),?\s+)?(?:i|we)\s+(?:\w+ly\s+)?(?:keep|open|sit|spend|check|"
    r"look|stare|end\s+up|get|go|do|don'?t|can'?t|never|always|just|put|leave|avoid|work|"
    r"start|stop|close|try|feel|have\s+been|'ve\s+been)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:would|'d|will|'ll|when\s+i\s+(?:have|see|can)|i'?d\s+know|going\s+to|by\s+the\s+end)\b",
    re.IGNORECASE,
)


def is_bare_scale(text: str) -> bool:
    """ "Maybe a 4", "6": a 1-10 rating and little else."""
    return scale(text) is not None and len(content_words(text)) <= 2


def proposes_option(text: str) -> bool:
    """ "I could ask Sam": a reply that opens with a possibility of their own."""
    return bool(_PROPOSAL.search(text)) and has_content(text, 1)


def reports_tried(text: str) -> bool:
    return bool(_TRIED.search(text))


def reports_now(text: str) -> bool:
    """A report of what happens now ("I open it and close it again"), not a future."""
    return bool(_NOW.search(text)) and not _FUTURE.search(text)


_WOULD_HAVE = re.compile(
    r"\b(?:i'?d|i\s+would|i'?ll|i\s+will)\s+(?:have\s+(?:a|an|the|my|\w+ed|\w+en)\b|know\b|"
    r"be\s+\w+ing\b)",
    re.IGNORECASE,
)


def is_measurable(text: str) -> bool:
    """A measure of success names something observable, countable or dated, in the future.

    A report of today ("I open it every night"), something tried, an option or a bare
    rating is an answer to another question, however many numbers it holds.
    """
    if is_stuck(text) or not has_content(text, 1) or is_bare_scale(text):
        return False
    if reports_now(text) or reports_tried(text) or proposes_option(text):
        return False
    if _WOULD_HAVE.search(text):
        return True  # "I'd have replied to the organiser": a result they can point to
    return bool(_NUMBER.search(text) or _TIME.search(text) or _OBSERVABLE.search(text))


def is_option(text: str) -> bool:
    """A proposed action: "I could ask Sam", "block Monday mornings", "maybe say no"."""
    if is_stuck(text) or says_nothing_more(text):
        return False
    return has_content(text, 1) and bool(_ACTION_START.search(text))


_OPTION_START = re.compile(
    r"\b(?:i\s+could|i\s+might|i\s+can|maybe|perhaps|what\s+if|one\s+option)\b", re.IGNORECASE
)


def option_text(text: str) -> str:
    """The option itself: "I like that, I could write the headings" -> "I could write..."."""
    match = _OPTION_START.search(text)
    start = match.start() if match and match.start() > 0 else 0
    return clip(text[start:])


def states_reason(text: str) -> bool:
    """ "It matters because...", "Because the launch...": plainly a reason, whatever was asked."""
    return bool(re.match(r"(?i)^\s*(?:(?:it|this)\s+(?:matters|is\s+important)|because)\b", text))


def gives_reason(text: str) -> bool:
    if is_stuck(text) or is_bare_scale(text) or reports_tried(text) or proposes_option(text):
        return False
    if reports_now(text) and not _REASON.search(text):
        return False  # "I open it every night" says what happens, not why it matters
    # Any substantive reply to "what makes this important?" is their reason; the markers
    # rescue short ones ("it matters").
    return bool(_REASON.search(text)) and has_content(text, 1) or has_content(text, 2)


def scale(text: str) -> int | None:
    """A 1-10 rating in the client's reply."""
    return parse_score(text, low=1, high=10)


def names_accountability(text: str) -> bool:
    if is_stuck(text):
        return False
    return bool(_ACCOUNTABILITY.search(text)) or has_content(text, 3)


def checkin_status(text: str) -> str | None:
    """How a commitment went: "done", "partly" or "not"; None if the reply doesn't say."""
    if _PARTLY.search(text):
        return "partly"
    if _NOT.search(text):
        return "not"
    if _DONE.search(text):
        return "done"
    return None


def pick_option(text: str, options: Sequence[str]) -> str | None:
    """ "The second one" or words shared with one option -> that option."""
    if not options:
        return None
    for w in words(text):
        if w in _ORDINALS and re.search(rf"\b{w}\b(?:\s+one|\s+option|\s+idea)?", text.lower()):
            index = _ORDINALS[w]
            if -len(options) <= index < len(options):
                return options[index]
    said = set(content_words(text))
    best = max(options, key=lambda o: len(said & set(content_words(o))))
    return best if said & set(content_words(best)) else None


def touched_value(text: str, values: Sequence[str]) -> str | None:
    """The first of the client's ranked values their words touch, if any."""
    said = set(words(text))
    for value in values:
        key = value.lower()
        cues = VALUE_WORDS.get(key, ()) + (key,)
        if said & set(cues):
            return value
    return None


def clip(text: str, max_words: int = 40) -> str:
    """The client's words, tidied for storing: whitespace folded, kept to a sane length."""
    parts = text.split()
    clipped = " ".join(parts[:max_words])
    return clipped.strip()
