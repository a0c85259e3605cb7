"""Turn "I'll send the draft to Maya by Friday" into an action, a due date and a rhythm.

Date choices (so a commitment reads the same to client, coach and reminder):
- a bare weekday ("by Friday", "on Friday", "next Friday") is the next such day
  after today; "this Friday" may be today;
- "this week" / "end of the week" is this week's Friday (today if later in the week);
  "next week" is next week's Friday, the last working day of the week named, except
  "by next week", which is next Monday (done before that week starts);
- "end of the month" / "this month" is its last day; "next month" the last day of
  next month, "by next month" the 1st of next month;
- "on the 3rd" is the next 3rd of a month that is not in the past;
- anything else ("in two weeks", "15 December", "2026-12-03") goes to dateparser
  with PREFER_DATES_FROM=future and RELATIVE_BASE=today. Impossible dates give None.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_NUMBER_WORDS = {
    "zero": 0,
    "one": 1,
    "a": 1,
    "an": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
_NUM = r"(?:\d+|" + "|".join(k for k in _NUMBER_WORDS if len(k) > 2) + r"|a|an)"
_PREP = r"(?:(?:by|before|on|for|until|till|no later than|at the latest by|due)\s+)?"
_DATE_EXPR = re.compile(
    r"\b" + _PREP + r"(?:"
    r"(?P<iso>\d{4}-\d{1,2}-\d{1,2})"
    r"|(?P<rel>today|tonight|tomorrow|the day after tomorrow)"
    r"|(?:(?P<which>this|next|coming|the coming)\s+)?(?P<wd>" + _DAY + r")(?!s)"
    r"|(?P<wk>(?:this|next|the end of (?:the|this|next)|end of (?:the|this|next)) (?:week|month))"
    r"|(?P<in>in\s+" + _NUM + r"\s+(?:days?|weeks?|months?))"
    r"|(?P<abs>(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+" + _MONTH + r"(?:\s+\d{4})?"
    r"|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)"
    r"|(?:the\s+)(?P<nth>\d{1,2})(?:st|nd|rd|th)"
    r")\b",
    re.IGNORECASE,
)
_RECURRENCE = [
    (
        re.compile(
            r"\b(?:every|each)\s+(?:week)?day\b(?! of)|\bdaily\b|\bevery single day\b", re.I
        ),
        "daily",
        True,
    ),
    (
        re.compile(r"\b(?:every|each)\s+(?:morning|evening|night|lunchtime|lunch)\b[^,.;]*", re.I),
        "daily",
        False,
    ),
    (
        re.compile(r"\b(?:every\s+weekday|on\s+weekdays|weekdays|monday to friday)\b", re.I),
        "weekdays",
        True,
    ),
    (re.compile(r"\b(?:every|each|on)\s+(?:weekend|weekends)\b", re.I), "weekends", True),
    (
        re.compile(r"\b(?:every other week|every two weeks|fortnightly)\b", re.I),
        "every 2 weeks",
        True,
    ),
    (
        re.compile(
            # "on Monday" is a date; "on Mondays" and "every Monday" are a rhythm
            r"\b(?:(?:every|each)\s+(?=\w+day)|on\s+(?=\w+days))"
            r"((?:" + _DAY + r")s?(?:\s*(?:,|and)\s*(?:" + _DAY + r")s?)*)\b",
            re.I,
        ),
        "weekly on",
        True,
    ),
    (re.compile(r"\b(?:every|each)\s+week\b|\bweekly\b|\bonce a week\b", re.I), "weekly", True),
    (re.compile(r"\b(?:every|each)\s+month\b|\bmonthly\b|\bonce a month\b", re.I), "monthly", True),
    (re.compile(r"\b(twice|" + _NUM + r" times) a week\b", re.I), "times a week", True),
]
_MARKER = re.compile(
    r"^(?:(?:ok(?:ay)?|so|right|yes|yeah|well|then|i think|i guess|alright)[,\s]+)*"
    r"(?:i\s*'?ll|i will|i'm going to|i am going to|i'm gonna|i commit to|i'm committing to|"
    r"my plan is to|i plan to|i promise to|i intend to|i've decided to|i have decided to)\s+"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
_SOFT_MARKER = re.compile(
    r"^(?:i (?:need|want|have|should|could|can|would like|'d like|hope) to|i'd)\s+", re.I
)
_HEDGES = re.compile(r"^(?:(?:definitely|really|probably|actually|just|try to|also)\s+)+", re.I)
_NOT_ACTIONS = {
    "be",
    "see",
    "never",
    "not",
    "fail",
    "lose",
    "mess",
    "screw",
    "forget",
    "die",
    "admit",
    "say",
    "tell",
    "probably",
    "regret",
    "struggle",
    "end",
    "have",
}
_SCALE_WORDS = {**_NUMBER_WORDS, "zero": 0, "nought": 0}


@dataclass(frozen=True)
class ParsedCommitment:
    text: str  # the action in the client's words, marker and date removed
    due: date | None
    recurrence: str | None


def _settings(today: date) -> dict[str, Any]:
    return {
        "PREFER_DATES_FROM": "future",
        "RELATIVE_BASE": datetime(today.year, today.month, today.day),
        "RETURN_AS_TIMEZONE_AWARE": False,
    }


def _end_of_month(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _resolve(match: re.Match[str], today: date) -> date | None:
    text = match.group(0).lower()
    by = text.startswith(("by ", "before "))
    if match.group("iso"):
        try:
            return date.fromisoformat("-".join(p.zfill(2) for p in match.group("iso").split("-")))
        except ValueError:
            return None
    rel = (match.group("rel") or "").lower()
    if rel:
        offset = {"today": 0, "tonight": 0, "tomorrow": 1}.get(rel, 2)
        return today + timedelta(days=offset)
    if match.group("wd"):
        target = _WEEKDAYS.index(match.group("wd").lower())
        ahead = (target - today.weekday()) % 7
        if ahead == 0 and (match.group("which") or "").lower() != "this":
            ahead = 7
        return today + timedelta(days=ahead)
    span = (match.group("wk") or "").lower()
    if span:
        if span.endswith("month"):
            if "next" in span:
                nxt = _add_months(today.replace(day=1), 1)
                return nxt if by else _end_of_month(nxt)
            return _end_of_month(today)
        monday = today - timedelta(days=today.weekday())
        if "next" in span:
            return monday + timedelta(days=7) if by else monday + timedelta(days=11)
        return max(today, monday + timedelta(days=4))
    if match.group("nth"):
        nth = int(match.group("nth"))
        for months in range(0, 3):
            first = _add_months(today.replace(day=1), months)
            if nth <= calendar.monthrange(first.year, first.month)[1]:
                candidate = first.replace(day=nth)
                if candidate >= today:
                    return candidate
        return None
    return _dateparser(match.group("in") or match.group("abs") or "", today)


def _dateparser(expr: str, today: date) -> date | None:
    import dateparser  # deferred: heavy import

    words = expr.split()
    words = [str(_NUMBER_WORDS.get(w.lower(), w)) for w in words]
    try:
        parsed = dateparser.parse(" ".join(words), languages=["en"], settings=_settings(today))
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed else None


def _due_expression(text: str) -> re.Match[str] | None:
    """The date that is a deadline: "block Tuesday morning by Wednesday" is due Wednesday."""
    matches = list(_DATE_EXPR.finditer(text))
    deadlines = [m for m in matches if re.match(r"(?i)by|before|until|till|no later|due", m[0])]
    chosen = deadlines or matches
    return chosen[0] if chosen else None


def parse_due(text: str, today: date) -> date | None:
    """A due date from free text ("next friday", "2026-12-03", "in 3 days"), or None."""
    if not text or not text.strip():
        return None
    match = _due_expression(text)
    if match:
        return _resolve(match, today)
    if re.search(r"\d{4}-\d{1,2}-\d{1,2}|\d+/\d+", text):
        return None  # malformed numeric dates: dateparser would guess
    return _dateparser(text.strip(), today)


def looks_like_commitment(text: str) -> bool:
    """True for "I'll / I will / I'm going to / I commit to / my plan is to" + an action."""
    from lemminflect import getAllLemmas  # deferred: loads tables on import

    match = _MARKER.match(text.strip().replace("\u2019", "'"))
    if not match:
        return False
    rest = _HEDGES.sub("", match.group("rest").strip())
    first = re.split(r"\W+", rest.lower(), maxsplit=1)[0] if rest else ""
    if not first or first in _NOT_ACTIONS:
        return False
    return "VERB" in getAllLemmas(first) or "AUX" in getAllLemmas(first)


def _recurrence(text: str) -> tuple[str | None, str]:
    for pattern, label, remove in _RECURRENCE:
        match = pattern.search(text)
        if not match:
            continue
        if label == "weekly on":
            days = re.findall(_DAY, match.group(1).lower())
            label = "weekly on " + " and ".join(dict.fromkeys(days))
        elif label == "times a week":
            count = match.group(1).split()[0].lower()
            label = f"{2 if count == 'twice' else _NUMBER_WORDS.get(count, count)} times a week"
        return label, (pattern.sub(" ", text) if remove else text)
    return None, text


_TIME_AFTER = re.compile(r"(?:at|by|before|around|from)\b", re.I)  # "tomorrow at 9am"
_PREPOSITION = re.compile(r"(?:by|on|before|until|till|from|starting|no\s+later\s+than)\b", re.I)


def parse_commitment(text: str, today: date) -> ParsedCommitment | None:
    """The action, due date and recurrence in a commitment; None if there is no action."""
    if not text or not text.strip() or text.strip().endswith("?"):
        return None
    clean = text.strip().replace("\u2019", "'")
    match = _MARKER.match(clean)
    action = match.group("rest") if match else _SOFT_MARKER.sub("", clean)
    action = _HEDGES.sub("", action.strip())
    if re.match(r"(?i)(never|not|no longer)\b", action):
        return None  # "I'll never be a leader" is a saboteur, not an action
    recurrence, action = _recurrence(action)
    due = None
    found = _due_expression(action)
    if found:
        due = _resolve(found, today)
        rest = action[found.end() :].strip(" .!,;")
        # "block Tuesday morning": the day is part of what they'll do, so the words stay.
        # "by Tuesday", "on Friday to Sam" or a day at the end: the date is said apart.
        if not rest or _PREPOSITION.match(found.group()) or _TIME_AFTER.match(rest):
            action = action[: found.start()] + " " + action[found.end() :]
    elif re.search(r"\b\d{4}-\d{1,2}-\d{1,2}\b", action):
        action = re.sub(r"\b(?:by|on|before)?\s*\d{4}-\d{1,2}-\d{1,2}\b", " ", action)
    action = re.sub(r"\s+([,.;!])", r"\1", re.sub(r"\s{2,}", " ", action))
    action = re.sub(r"(?:\s*(?:,|\bat the latest\b|\bthen\b))+\s*$", "", action.strip(" .!,;"))
    action = action.strip(" .!,;")
    if len(action.split()) < 1 or not re.search(r"[A-Za-z]{2,}", action):
        return None
    return ParsedCommitment(text=action[0].upper() + action[1:], due=due, recurrence=recurrence)


def parse_scale(text: str) -> int | None:
    """A 0-10 rating from "8", "eight", "about a 7", "7/10", "7 out of 10"; else None.

    A range ("6 or 7", "6-7") gives the lower end: the cautious reading of a
    commitment score. Ratings on another scale ("3/5") are rescaled to 0-10.
    """
    if not text:
        return None
    low = text.lower().replace("\u2019", "'")
    for word, number in _SCALE_WORDS.items():
        if len(word) > 2:
            low = re.sub(rf"\b{word}\b", str(number), low)
    out_of = re.search(r"(\d+(?:\.\d+)?)\s*(?:/|out of)\s*(\d+)", low)
    if out_of:
        value, scale = float(out_of.group(1)), float(out_of.group(2))
        if scale <= 0 or value > scale:
            return None
        return round(value * 10 / scale)
    numbers = re.findall(r"(?<![\d.-])-?\d+(?:\.\d+)?", low)
    if not numbers:
        return None
    value = float(numbers[0])
    if not 0 <= value <= 10:
        return None
    return int(value + 0.5)


_ANY_DAY = date(2000, 1, 3)  # which day a weekday resolves to does not change the words


def commitment_words(text: str) -> str:
    """An action as it is read back and saved: "I'll write for an hour tomorrow at 9am"
    -> "Write for an hour at 9am"; the text itself when nothing can be taken off."""
    parsed = parse_commitment(text, _ANY_DAY)
    return parsed.text if parsed is not None and parsed.text else text.strip()
