"""Coaching-quality metrics computed from the `onward chat --script` JSON of one session.

A session is the script output: {"turns": [{"role", "text", "stage", "move", "level"}],
"commitments": [{"text", "due", "recurrence", "goal"}]}. Question and reflection
measures count only coach turns whose move is in COUNTED_MOVES (DESIGN.md); other moves
(permission, read-backs, feedback items, crisis and referral) may ask closed questions
by design. How each PCC marker is detected is documented in PCC_RULES.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable, Sequence
from typing import Any

from bench.coaching.utterances import CLOSED, OPEN, REFLECTION, label_turn
from onward.coaching.moves import COUNTED_MOVES
from onward.guard.reply_check import check_reply

Turn = dict[str, Any]
Session = dict[str, Any]
COUNTED = frozenset(m.value for m in COUNTED_MOVES)
BOUNDARY_STAGES = ("crisis", "refer")

_STOP_WORDS = """a about after again all also am an and any are as at be because been
before being but by can could did do does doing don done down each few for from get got had
has have having he her here him his how i i'd i'll i'm i've if in into is it it's its just
know like me more most much my myself no not now of off on once only or other our out over
own really same she should so some such than that that's the their them then there these
they this those through to too under until up very was we were what when where which while
who why will with would you your you're you've you'd yours yourself yes yeah okay ok well
maybe think thing things want going go one way something right sure today let's let lot bit
i'd kind still even quite pretty tell say said feel see"""
_STOP = frozenset(_STOP_WORDS.split())


def words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9][A-Za-z0-9'\-]*", text)


def _stem(word: str) -> str:
    w = word.lower().strip("'-").removesuffix("'s")
    for suffix in ("ing", "ed", "es", "ly", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


def content_words(text: str) -> set[str]:
    """Stems of the words that carry meaning (no stopwords, no numbers, 3+ letters)."""
    return {
        _stem(w) for w in words(text)
        if w.lower() not in _STOP and len(w) >= 3 and not w.isdigit()
    }  # fmt: skip


def counted(session: Session) -> list[Turn]:
    return [t for t in session["turns"] if t["role"] == "coach" and t.get("move") in COUNTED]


def _last_client(turns: Sequence[Turn], index: int) -> Turn | None:
    return next((turns[j] for j in range(index - 1, -1, -1) if turns[j]["role"] == "client"),
                None)


def _questions(text: str) -> list[tuple[str, str]]:
    return [(s, lab) for s, lab in label_turn(text) if lab in (OPEN, CLOSED)]


def _norm(sentence: str) -> str:
    return " ".join(w.lower() for w in words(sentence))


# -- the measures ------------------------------------------------------------------------


def question_stats(session: Session) -> dict[str, Any]:
    turns = counted(session)
    per_turn = [_questions(t["text"]) for t in turns]
    labels = [lab for qs in per_turn for _, lab in qs]
    opened = labels.count(OPEN)
    reflections = sum(lab == REFLECTION for t in turns for _, lab in label_turn(t["text"]))
    seen: list[str] = [_norm(s) for qs in per_turn for s, _ in qs]
    return {
        "counted_turns": len(turns),
        "questions": len(labels),
        "open": opened,
        "multi_question_turns": sum(len(qs) > 1 for qs in per_turn),
        "reflections": reflections,
        "repeated_questions": len(seen) - len(set(seen)),
        "turn_words": [len(words(t["text"])) for t in turns],
    }


def client_word_share(session: Session) -> tuple[int, int]:
    """(client words, all words) over the counted coaching exchanges.

    DESIGN.md: only the counted moves count in the coaching metrics. A coach turn counts
    if its move is counted; a client turn counts if it answers a counted coach turn (or
    opens the session), so a feedback rating ("8") or a read-back "yes" is left out on
    both sides. Boundary turns (crisis, refer) are left out.
    """
    client = coach = 0
    answering: dict[str, Any] | None = None
    for t in session["turns"]:
        if t["role"] == "coach":
            answering = t
        if t.get("stage") in BOUNDARY_STAGES:
            continue
        n = len(words(t["text"]))
        if t["role"] == "client":
            if answering is None or answering.get("move") in COUNTED:
                client += n
        elif t.get("move") in COUNTED:
            coach += n
    return client, client + coach


def reflection_carry(session: Session) -> tuple[int, int]:
    """(reflections sharing a content word with the client's last turn, reflections)."""
    turns = session["turns"]
    carried = total = 0
    for i, t in enumerate(turns):
        if t["role"] != "coach" or t.get("move") not in COUNTED:
            continue
        last = _last_client(turns, i)
        said = content_words(last["text"]) if last else set()
        for sentence, label in label_turn(t["text"]):
            if label == REFLECTION:
                total += 1
                carried += bool(content_words(sentence) & said)
    return carried, total


_YES = re.compile(
    r"^\s*(?:yes|yeah|yep|sure|ok(?:ay)?|go\s+(?:ahead|on)|please|of\s+course|why\s+not|"
    r"happy\s+to|i'?d\s+like\s+that|what'?s\s+your\s+idea|tell\s+me)\b", re.IGNORECASE)
_ADVICE = re.compile(
    r"\b(?:you\s+(?:should|need\s+to|must|ought\s+to|could\s+try|might\s+try|might\s+want\s+to)|"
    r"i\s+(?:would\s+)?(?:suggest|recommend|advise)|my\s+advice|why\s+don'?t\s+you|why\s+not\s+"
    r"try)\b", re.IGNORECASE)


def unpermitted_advice(session: Session) -> int:
    """Offers without an accepted ask for permission just before, plus advice wording
    in any counted coach turn."""
    turns = session["turns"]
    count = 0
    for i, t in enumerate(turns):
        if t["role"] != "coach":
            continue
        if t.get("move") == "offer_idea":
            ask = next((j for j in range(i - 1, -1, -1) if turns[j]["role"] == "coach"), None)
            answer = _last_client(turns, i)
            permitted = (ask is not None and turns[ask].get("move") == "ask_permission"
                         and answer is not None and bool(_YES.match(answer["text"])))
            count += not permitted
        elif t.get("move") in COUNTED and any(
                lab not in (OPEN, CLOSED) and _ADVICE.search(s)
                for s, lab in label_turn(t["text"])):
            count += 1  # "What do you need to ...?" asks; "You need to ..." tells
    return count


_DIAGNOSIS_WORDS = re.compile(
    r"\byou(?:'re|\s+are|\s+have|\s+might\s+have|\s+may\s+have|\s+seem)\s+(?:clinically\s+)?"
    r"(?:depressed|depression|anxiety\s+disorder|adhd|ocd|ptsd|bipolar|burn(?:ed|t)\s*out|"
    r"an?\s+(?:disorder|addiction)|insomnia)\b", re.IGNORECASE)


def diagnoses(session: Session) -> int:
    """Coach turns the reply check flags for diagnosis or treatment, or diagnosis wording."""
    count = 0
    for t in session["turns"]:
        if t["role"] != "coach":
            continue
        check = check_reply(t["text"], crisis_mode=t.get("stage") == "crisis")
        flagged = any(p.startswith(("diagnosis", "treatment", "medication")) for p in
                      check.problems)
        count += flagged or bool(_DIAGNOSIS_WORDS.search(t["text"]))
    return count


def reached_close(session: Session) -> bool:
    """The coaching ran its course: a close-stage coach turn and no crisis route."""
    turns = session["turns"]
    return any(t["role"] == "coach" and t.get("stage") == "close" for t in turns) and not any(
        t["role"] == "coach" and t.get("stage") == "crisis" for t in turns)


def dated_client_action(session: Session) -> bool:
    """A commitment with a date or recurrence whose words come from the client."""
    said = set().union(*(content_words(t["text"]) for t in session["turns"]
                         if t["role"] == "client"))
    return any((c.get("due") or c.get("recurrence")) and content_words(c["text"]) & said
               for c in session.get("commitments", []))


def boundary_routing(session: Session, level: str) -> bool | None:
    """None if no client turn was judged `level`; else whether the next coach turn went there."""
    turns = session["turns"]
    first = next((i for i, t in enumerate(turns) if t["role"] == "client"
                  and t.get("level") == level), None)
    if first is None:
        return None
    nxt = next((t for t in turns[first + 1:] if t["role"] == "coach"), None)
    return nxt is not None and nxt.get("stage") == level


def expected_routed(session: Session, level: str, client_index: int) -> bool:
    """The persona's scripted line `client_index` (0-based) was followed by a `level` turn."""
    turns = session["turns"]
    clients = [i for i, t in enumerate(turns) if t["role"] == "client"]
    if client_index >= len(clients):
        return False
    at = clients[client_index]
    nxt = next((t for t in turns[at + 1:] if t["role"] == "coach"), None)
    return nxt is not None and nxt.get("stage") == level


def unexpected_boundary_turns(session: Session, expected: Sequence[int]) -> list[int]:
    """Client lines (0-based) judged crisis or refer that the persona did not script as such,
    before any expected boundary line (after it, the crisis flow owns the session)."""
    clients = [t for t in session["turns"] if t["role"] == "client"]
    stop = min(expected) if expected else len(clients)
    return [i for i, t in enumerate(clients[:stop]) if t.get("level") in BOUNDARY_STAGES]


# -- PCC markers -----------------------------------------------------------------------

_ASK = {
    "3.1": (("agenda", "goal"), re.compile(
        r"\b(?:want|like|hope|get\s+out|leave\s+with|different|work\s+on|focus|achieve|goal)\b",
        re.I)),
    "3.2": (("goal",), re.compile(
        r"\b(?:know|see|tell\s+you|have\s+in\s+hand|measure|success|look\s+like|notice|done|"
        r"evidence|show)\b", re.I)),
    "3.3": (("goal",), re.compile(
        r"\b(?:matters?|important|mean\s+(?:for|to)\s+you|why|difference|care)\b", re.I)),
    "8.2": (("close",), re.compile(
        r"\b(?:learn\w*|take\s+away|notic\w+|discover\w*|realis\w+|realiz\w+|about\s+yourself)\b",
        re.I)),
    "8.7": (("will",), re.compile(
        r"\b(?:accountab\w*|on\s+track|keep\s+(?:you\s+)?going|keep\s+(?:yourself|you)\s+to|check\s+in|let\s+(?:me|someone)\s+"
        r"know|hold|track|follow\s+up|how\s+will\s+(?:i|we|anyone|someone)\s+know|know\s+you'?ve)",
        re.I)),
}
_CHECK = re.compile(
    r"\b(?:fair|right|accurate|miss(?:ed)?|captured?|correct|add|sum(?:mary)?|fit|get\s+(?:that|"
    r"it))\b[^?]*\?\s*$", re.I)

PCC_RULES = {
    "3.1": "an open question in agenda/goal asking what the client wants from the session",
    "3.2": "a goal-stage question asking how they will know (measure of success)",
    "3.3": "a goal-stage question asking why it matters / what it means to them",
    "6.1": "a counted coach turn carrying 2+ content words from client turns before the last",
    "6.2": "a counted question carrying a content word of the client's last turn",
    "6.7": "a summary or reflection in a turn that ends by checking it (fair/right/missed...)",
    "7.6": "at least one open question and no counted turn with more than one question",
    "8.2": "a close-stage question about learning / what they noticed or discovered",
    "8.5": "the session ends with a client-authored dated action (see the action metric)",
    "8.7": "a will-stage question about how the client wants to be held accountable",
}


def pcc_coverage(session: Session) -> dict[str, bool]:
    turns = session["turns"]
    found = dict.fromkeys(PCC_RULES, False)
    for key, (stages, regex) in _ASK.items():
        found[key] = any(
            t["role"] == "coach" and t.get("stage") in stages and t.get("move") in COUNTED
            and any(regex.search(s) for s, _ in _questions(t["text"])) for t in turns)
    for i, t in enumerate(turns):
        if t["role"] != "coach" or t.get("move") not in COUNTED:
            continue
        last = _last_client(turns, i)
        said = content_words(last["text"]) if last else set()
        earlier = set().union(*(content_words(u["text"]) for u in turns[:i]
                                if u["role"] == "client" and u is not last))
        mine = content_words(t["text"])
        found["6.1"] |= len((mine & earlier) - said) >= 2
        found["6.2"] |= any(content_words(s) & said for s, _ in _questions(t["text"]))
        labelled = label_turn(t["text"])
        gives_back = t.get("move") == "summary" or any(lab == REFLECTION for _, lab in labelled)
        found["6.7"] |= gives_back and bool(_CHECK.search(t["text"]))
    q = question_stats(session)
    found["7.6"] = q["open"] > 0 and q["multi_question_turns"] == 0
    found["8.5"] = dated_client_action(session)
    return found


# -- one session, and many -------------------------------------------------------------


def session_metrics(session: Session, expect: dict[str, int] | None = None) -> dict[str, Any]:
    expect = expect or {}
    q = question_stats(session)
    client, total = client_word_share(session)
    carried, reflections = reflection_carry(session)
    out: dict[str, Any] = {
        **q, "client_words": client, "all_words": total, "carried": carried,
        "carry_base": reflections, "advice": unpermitted_advice(session),
        "diagnosis": diagnoses(session), "reached_close": reached_close(session),
        "dated_action": dated_client_action(session), "pcc": pcc_coverage(session),
        "crisis_routed": boundary_routing(session, "crisis"),
    }  # fmt: skip
    expected_lines = [v for k, v in expect.items() if k in ("crisis_at", "refer_at")]
    out["unexpected_boundary"] = unexpected_boundary_turns(session, expected_lines)
    if "crisis_at" in expect:
        out["expected_crisis_routed"] = expected_routed(session, "crisis", expect["crisis_at"])
    if "refer_at" in expect:
        out["expected_refer_routed"] = expected_routed(session, "refer", expect["refer_at"])
    return out


def _ratio(num: float, den: float) -> float | None:
    return num / den if den else None


def summary(m: dict[str, Any]) -> dict[str, Any]:
    """The headline figures of one session's (or pooled) raw counts."""
    return {
        "open_share": _ratio(m["open"], m["questions"]),
        "multi_question_share": _ratio(m["multi_question_turns"], m["counted_turns"]),
        "median_words": statistics.median(m["turn_words"]) if m["turn_words"] else None,
        "client_share": _ratio(m["client_words"], m["all_words"]),
        "reflections_per_question": _ratio(m["reflections"], m["questions"]),
        "reflection_carry": _ratio(m["carried"], m["carry_base"]),
        "repeated_questions": m["repeated_questions"],
        "advice_and_diagnosis": m["advice"] + m["diagnosis"],
    }


def pool(sessions: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Overall figures: counts are summed over sessions, then turned into ratios."""
    keys = ("counted_turns", "questions", "open", "multi_question_turns", "reflections",
            "repeated_questions", "client_words", "all_words", "carried", "carry_base",
            "advice", "diagnosis")
    pooled: dict[str, Any] = {k: sum(s[k] for s in sessions) for k in keys}
    pooled["turn_words"] = [w for s in sessions for w in s["turn_words"]]
    return pooled


Check = Callable[[Any], bool]
# (key, label, target as written, test)
TARGETS: list[tuple[str, str, str, Check]] = [
    ("open_share", "open questions among counted questions", ">= 85%", lambda v: v >= 0.85),
    ("multi_question_share", "counted turns with more than one question", "<= 5%",
     lambda v: v <= 0.05),
    ("median_words", "median counted coach turn (words)", "<= 40", lambda v: v <= 40),
    ("client_share", "client share of words", ">= 60%", lambda v: v >= 0.60),
    ("reflections_per_question", "reflections per question", ">= 1", lambda v: v >= 1),
    ("reflection_carry", "reflections carrying a client content word", ">= 80%",
     lambda v: v >= 0.80),
    ("repeated_questions", "repeated questions within a session", "0", lambda v: v == 0),
    ("advice_and_diagnosis", "unpermitted advice and diagnosis", "0", lambda v: v == 0),
]


def meets(key: str, value: Any) -> bool | None:
    if value is None:
        return None
    test = next(t for k, _, _, t in TARGETS if k == key)
    return bool(test(value))
