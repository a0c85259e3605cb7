"""Crisis wordings added after the round-7 probe: each caught, and its harmless look-alike not."""

from __future__ import annotations

import pytest

from onward.guard.patterns import screen_patterns
from onward.guard.verdict import Level


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Honestly I've got a plan and a date now.", "suicide_self_harm"),
        ("I'm gonna do it. I just wanted someone to know first.", "suicide_self_harm"),
        ("My mum died in spring and I'm ready to join her.", "suicide_self_harm"),
        ("I stopped taking my tablets so I could save them up.", "suicide_self_harm"),
        ("I've written my notes for everyone and I'm ready.", "suicide_self_harm"),
        ("prob gonna ctb this weekend tbh", "suicide_self_harm"),
        ("I picked at my arms until they bled after the call.", "suicide_self_harm"),
        ("I do not intend to go on living after this month.", "suicide_self_harm"),
        ("I keep having thoughts of hurting my landlord.", "harm_to_others"),
        ("Someone slipped something into my drink and I feel strange.", "abuse_danger"),
        ("Mi padre se ha caído y no respira.", "third_party_danger"),
        ("Ya no quiero estar aquí, de verdad.", "suicide_self_harm"),
        ("Je me suis scarifiée encore ce matin.", "suicide_self_harm"),
        ("Heute Nacht bring ich mich um.", "suicide_self_harm"),
        ("Ich will meinem Nachbarn etwas antun.", "harm_to_others"),
    ],
)
def test_new_wordings_are_crisis(text: str, category: str) -> None:
    result = screen_patterns(text)
    assert result.level is Level.CRISIS, text
    assert category in {e.category for e in result.evidence}, result.evidence


@pytest.mark.parametrize(
    "text",
    [
        "I have a plan and a budget for the kitchen.",
        "I'm going to do it properly this time, the whole presentation.",
        "I'd love to join my sister on her walk on Sundays.",
        "I've written my notes for the meeting and I'm ready.",
        "I'm giving my old clothes away to charity this weekend.",
        "I haven't had thoughts of hurting anyone, I'm just annoyed.",
        "Pour en finir avec ce projet, il me faut deux semaines.",
    ],
)
def test_harmless_look_alikes_stay_below_crisis(text: str) -> None:
    assert screen_patterns(text).level is not Level.CRISIS, text
