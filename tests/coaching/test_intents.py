from __future__ import annotations

import pytest

from onward.coaching.intents import classify_reply

YES = ["sure", "Sure!", "go ahead", "Go ahead.", "yeah ok", "YES", "yesss", "yep", "ok", "okay",
       "why not?", "please do", "yes please", "that's right", "absolutely", "fire away",
       "I don't mind", "no problem", "no, go ahead", "maybe, yes", "sounds good", "correct",
       "yeah sure, sounds good", "of course", "let's do it", "that works for me"]  # fmt: skip
NO = ["not really", "no thanks", "Nope", "I'd rather not", "no", "NO!", "nooo", "nah",
      "not now", "not today", "yeah, no", "sure... actually no", "I'm good thanks", "not quite",
      "that's wrong", "let's not", "please don't", "skip it", "never mind"]  # fmt: skip
UNCLEAR = ["hmm maybe", "maybe", "not sure", "I don't know", "perhaps", "yes and no", "",
           "what do you mean?", "it depends", "yeah maybe", "hmm", "kind of"]  # fmt: skip


@pytest.mark.parametrize("text", YES)
def test_yes(text: str) -> None:
    assert classify_reply(text) == "yes"


@pytest.mark.parametrize("text", NO)
def test_no(text: str) -> None:
    assert classify_reply(text) == "no"


@pytest.mark.parametrize("text", UNCLEAR)
def test_unclear(text: str) -> None:
    assert classify_reply(text) == "unclear"
