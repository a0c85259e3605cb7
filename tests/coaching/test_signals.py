"""Small reads of a client's words that the policy and the voice rely on."""

from __future__ import annotations

import pytest

from onward.coaching.signals import is_agreement


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yes.", True),
        ("Yes, that covers it, those are my options.", True),
        ("Right, that's the list.", True),
        ("okay", True),
        ("Right now I'm a senior analyst and the form is still closed.", False),
        ("Sure thing, I'll send it on Friday.", False),
        ("I'd like to leave with a plan.", False),
    ],
)
def test_a_nod_is_told_apart_from_a_sentence_that_starts_like_one(
    text: str, expected: bool
) -> None:
    assert is_agreement(text) is expected
