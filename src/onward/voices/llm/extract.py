"""Session summary and commitment extraction by the model, validated strictly.

Both return None on any failure (model unreachable, bad JSON, a wrong field) so the caller
uses the built-in extractor: a wrong commitment stored as the client's own is worse than
the plainer built-in one.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from onward.voices.llm.client import ChatClient, ChatMessage, LLMCallFailed
from onward.voices.llm.voice import LOGGER_NAME, ReplyChecker
from onward.voices.port import Turn

logger = logging.getLogger(LOGGER_NAME)

SUMMARY_MAX_CHARS = 600
COMMITMENT_MAX_CHARS = 300
RECURRENCE_MAX_CHARS = 60
_COMMITMENT_KEYS = frozenset({"text", "due", "recurrence"})
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_FENCE = re.compile(r"^```(?:json)?\s*(.*?)\s*```$", re.DOTALL | re.IGNORECASE)
_WORD = re.compile(r"[a-z0-9']{3,}")
# fmt: off
_STOP_WORDS = frozenset({
    "the", "and", "for", "you", "your", "will", "i'll", "i'm", "can", "with", "this", "that",
    "then", "than", "from", "into", "have", "has", "get", "got", "are", "was", "were", "not",
    "but", "all", "any", "our", "out", "its", "it's",
})
# fmt: on

SUMMARY_PROMPT = """\
Summarise this coaching session for the client in at most 60 words, using the client's own \
words where you can: what they wanted, what they noticed, what they will do. No advice, no \
diagnosis, no labels for feelings the client did not use. Reply with the summary only."""

COMMITMENT_PROMPT = """\
Today is {weekday} {today}. From the client's message, extract the one action the client \
commits to. Reply with JSON only, no other text:
{{"text": "...", "due": "YYYY-MM-DD" or null, "recurrence": "..." or null}}
- text: the action, in the client's own words.
- due: the date it is due, worked out from today; null if the client gave no date.
- recurrence: how often it repeats, such as "daily" or "every monday"; null if once.
If the client commits to nothing, reply null."""


def _transcript(turns: Sequence[Turn]) -> str:
    return "\n".join(
        f"{'Client' if t.role == 'client' else 'Coach'}: {t.text.strip()}" for t in turns
    )


def _ask(client: ChatClient, messages: list[ChatMessage], max_tokens: int, what: str) -> str | None:
    try:
        return client.complete(messages, temperature=0.0, max_tokens=max_tokens).text
    except LLMCallFailed as exc:
        logger.warning("llm %s unavailable, using built-in: %s: %s", what, type(exc).__name__, exc)
        return None


def summarise(
    client: ChatClient, turns: Sequence[Turn], *, reply_checker: ReplyChecker | None = None
) -> str | None:
    """A short summary of the session, or None. Pass reply_checker when it is shown as is."""
    if not any(t.text.strip() for t in turns):
        return None
    messages: list[ChatMessage] = [
        {"role": "system", "content": SUMMARY_PROMPT},
        {"role": "user", "content": _transcript(turns)},
    ]
    raw = _ask(client, messages, 160, "summary")
    text = (raw or "").strip()
    if not text or len(text) > SUMMARY_MAX_CHARS:
        if raw is not None:
            logger.warning("llm summary rejected, using built-in: empty or too long")
        return None
    if reply_checker is not None:
        result = reply_checker(text, crisis_mode=False)
        if not result.ok:
            labels = "; ".join(p.split(":", 1)[0] for p in result.problems)  # no conversation text
            logger.warning("llm summary rejected, using built-in: %s", labels)
            return None
    return text


def _content_words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower())) - _STOP_WORDS


def _load_json(raw: str) -> Any:
    text = raw.strip()
    fenced = _FENCE.match(text)  # models often wrap JSON in a code fence despite the prompt
    if fenced:
        text = fenced.group(1)
    return json.loads(text)


def _parse_due(value: Any, today: date) -> tuple[bool, str | None]:
    if value is None:
        return True, None
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        return False, None
    try:
        due = date.fromisoformat(value)
    except ValueError:  # e.g. 2026-02-30
        return False, None
    return due >= today, due.isoformat()


def validate_commitment(payload: Any, client_text: str, today: date) -> dict[str, Any] | None:
    """Exactly {"text": str, "due": ISO date | None, "recurrence": str | None}, or None."""
    if not isinstance(payload, dict) or set(payload) != _COMMITMENT_KEYS:
        return None
    text, recurrence = payload["text"], payload["recurrence"]
    if not isinstance(text, str) or not text.strip() or len(text) > COMMITMENT_MAX_CHARS:
        return None
    if recurrence is not None and (
        not isinstance(recurrence, str)
        or not recurrence.strip()
        or len(recurrence) > RECURRENCE_MAX_CHARS
    ):
        return None
    ok, due = _parse_due(payload["due"], today)
    if not ok:
        return None
    # The action must be the client's (PCC 8.5): it shares a content word with their message.
    if not _content_words(text) & _content_words(client_text):
        return None
    return {
        "text": text.strip(),
        "due": due,
        "recurrence": recurrence.strip() if isinstance(recurrence, str) else None,
    }


def extract_commitment(client: ChatClient, text: str, today: date) -> dict[str, Any] | None:
    """{"text", "due" (ISO date or None), "recurrence" (str or None)} or None."""
    if not text.strip():
        return None
    prompt = COMMITMENT_PROMPT.format(weekday=today.strftime("%A"), today=today.isoformat())
    messages: list[ChatMessage] = [
        {"role": "system", "content": prompt},
        {"role": "user", "content": text},
    ]
    raw = _ask(client, messages, 120, "commitment extraction")
    if raw is None:
        return None
    try:
        payload = _load_json(raw)
    except ValueError:
        logger.warning("llm commitment extraction gave invalid JSON, using built-in")
        return None
    if payload is None:
        return None  # the model found no commitment: the built-in extractor may disagree
    commitment = validate_commitment(payload, text, today)
    if commitment is None:
        logger.warning("llm commitment extraction gave invalid fields, using built-in")
    return commitment
