"""Layer 1: explicit patterns per category and per trap. Sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from onward.guard.patterns import ALL_PATTERNS, screen_patterns
from onward.guard.patterns_idioms import mask_idioms
from onward.guard.verdict import CATEGORIES, Level


def categories(text: str) -> set[str]:
    return {e.category for e in screen_patterns(text).evidence}


def level(text: str) -> Level:
    return screen_patterns(text).level


CRISIS_CASES = [
    # suicide and self-harm, first person
    ("I want to kill myself", "suicide_self_harm"),
    ("honestly I just want to die", "suicide_self_harm"),
    ("I've been having suicidal thoughts again", "suicide_self_harm"),
    ("I'm thinking about ending it all", "suicide_self_harm"),
    ("I'm going to end my life this weekend", "suicide_self_harm"),
    ("i dont want to live anymore", "suicide_self_harm"),
    ("There's no reason to live now", "suicide_self_harm"),
    ("I can't go on.", "suicide_self_harm"),
    ("I've been cutting myself to cope", "suicide_self_harm"),
    ("I started self-harming again last month", "suicide_self_harm"),
    ("how many paracetamol would it take", "suicide_self_harm"),
    ("I wrote a suicide note yesterday", "suicide_self_harm"),
    ("I'd rather be dead", "suicide_self_harm"),
    ("I don't know if I want to live anymore", "suicide_self_harm"),
    ("I just don't see the point in living", "suicide_self_harm"),
    ("I am going to end it tonight", "suicide_self_harm"),
    ("she said \"I'm going to kill myself\" and hung up", "third_party_danger"),
    ("I feel like dying most days", "suicide_self_harm"),
    # passive wishes
    ("I wish I could go to sleep and not wake up", "suicide_self_harm"),
    ("it'd be easier if I just didn't exist", "suicide_self_harm"),
    ("I wish I was dead", "suicide_self_harm"),
    ("everyone would be better off without me", "suicide_self_harm"),
    ("nobody would notice if I disappeared", "suicide_self_harm"),
    ("I hope I don't wake up tomorrow", "suicide_self_harm"),
    ("I wish I'd never been born", "suicide_self_harm"),
    # harm to others
    ("I'm going to kill my boss tomorrow", "harm_to_others"),
    ("I keep having thoughts of hurting my baby", "harm_to_others"),
    ("I want to stab him", "harm_to_others"),
    ("I'm thinking about bringing a knife to work", "harm_to_others"),
    # abuse and danger
    ("my husband hits me when he's drunk", "abuse_danger"),
    ("I'm scared to go home, he said he'd kill me", "abuse_danger"),
    ("I don't feel safe at home", "abuse_danger"),
    ("I'm 14 and my stepdad touches me", "abuse_danger"),
    ("my uncle abused me last year. I'm 13", "abuse_danger"),
    ("I'm 15 and I was sexually abused by my coach", "abuse_danger"),
    # third party in danger now
    ("my friend just told me she took a bottle of pills", "third_party_danger"),
    ("my brother says he'll kill himself tonight", "third_party_danger"),
    ("my flatmate wants to die and won't talk to anyone", "third_party_danger"),
    ("she's standing on the bridge right now", "third_party_danger"),
    ("my dad hits my little brother", "third_party_danger"),
    ("my mum won't wake up", "third_party_danger"),
    # medical emergency
    ("I just took a whole bottle of pills", "medical_emergency"),
    ("I have chest pain and can't breathe", "medical_emergency"),
    ("I overdosed an hour ago", "medical_emergency"),
    ("I think I'm having a heart attack", "medical_emergency"),
    ("I swallowed bleach", "medical_emergency"),
]


@pytest.mark.parametrize(("text", "category"), CRISIS_CASES)
def test_crisis_phrases(text: str, category: str) -> None:
    assert level(text) is Level.CRISIS
    assert category in categories(text)


REFER_CASES = [
    ("I've been depressed since the spring", "depression"),
    ("I feel worthless and empty", "depression"),
    ("I've lost interest in everything I used to love", "depression"),
    ("I've been feeling low for weeks", "depression"),
    ("I can't sleep and I can't eat, everything feels grey", "depression"),
    ("I can't get out of bed most mornings", "depression"),
    ("crying every day and missing work", "depression"),
    ("I keep having panic attacks on the train", "anxiety_panic"),
    ("my anxiety is ruining my life", "anxiety_panic"),
    ("I'm so anxious I can't leave the house", "anxiety_panic"),
    ("I get flashbacks to the crash", "trauma"),
    ("I was assaulted two years ago and still jump at every noise", "trauma"),
    ("nightmares about what happened in the army", "trauma"),
    ("I make myself sick after every meal", "eating_disorder"),
    ("I think I'm bulimic", "eating_disorder"),
    ("I haven't eaten in three days so I can lose weight", "eating_disorder"),
    ("I binge every night and hate myself", "eating_disorder"),
    ("I can't stop drinking", "substance"),
    ("I need a drink to get through the morning", "substance"),
    ("I relapsed on cocaine last weekend", "substance"),
    ("I'm an alcoholic", "substance"),
    ("I hear voices telling me I'm being watched", "psychosis_mania"),
    ("the neighbours are spying on me through the wifi", "psychosis_mania"),
    ("I haven't slept in four days and I feel invincible", "psychosis_mania"),
    ("since my dad died I can't function", "grief"),
    ("I lost my wife in March and the grief is unbearable", "grief"),
    ("do you think I have ADHD", "request_diagnosis_treatment"),
    ("should I stop my antidepressants", "request_diagnosis_treatment"),
    ("am I depressed?", "request_diagnosis_treatment"),
    ("how much melatonin should I take", "request_diagnosis_treatment"),
    ("can you diagnose me", "request_diagnosis_treatment"),
    ("do I need medication?", "request_diagnosis_treatment"),
]


@pytest.mark.parametrize(("text", "category"), REFER_CASES)
def test_refer_phrases(text: str, category: str) -> None:
    assert level(text) is Level.REFER
    assert category in categories(text)


COACHABLE_CASES = [
    # ordinary life and goal talk
    "I want to sleep better and quit smoking by June",
    "I'd like to eat healthier and lose 5 kg",
    "I'm stressed about the quarterly review",
    "I'm sad the pitch didn't go well",
    "I feel a bit down after losing the client, but I want to bounce back",
    "I'm anxious about the interview on Friday",
    "I can't sleep before big presentations",
    "my goal is to cut back on wine at weekends",
    "I'm tired and need a holiday",
    # idioms
    "this deadline is killing me",
    "I could murder a pizza right now",
    "I'm dying to start the new role",
    "I'm dead tired after the marathon",
    "I'm going to kill it at the interview",
    "I'm killing my procrastination this week",
    "I was bored to death in that meeting",
    "I nearly died of embarrassment on stage",
    "going back to that job would be career suicide",
    "I'd rather die than sing karaoke again",
    "I'm killing myself to hit these targets",
    "I'd kill for a coffee",
    "my phone died halfway through the call",
    "I shot myself in the foot with that email",
    "it hit me that I need to change teams",
    "my inner voice tells me I'm not good enough",
    # negation
    "I'm not suicidal, just tired",
    "I don't want to die, I want to change jobs",
    "I would never kill myself, I just need a break",
    "I'm not depressed, I'm bored",
    "no panic attacks since I changed roles",
    # quotes, lyrics, fiction, hypotheticals
    "In my novel the hero wants to die",
    "The song goes 'I wanna die'",
    'the chorus is "I want to end it all" and it is stuck in my head',
    "What if a character wants to die in chapter two?",
    "my screenplay has a villain who threatens to kill himself",
    # someone else's past or general distress
    "my mum had depression years ago",
    "my brother was anorexic as a teenager",
    "my uncle killed himself when I was a kid",
    "my sister has panic attacks",
    "my colleague is an alcoholic",
    "my grandad passed away last year and I want to run a marathon for him",
    "I'm tired of living paycheck to paycheck",
    "I want to end things with my cofounder",
    "I hurt myself at the gym yesterday",
    "I cut myself shaving",
    "I'm addicted to coffee",
    "we did suicide prevention training at work",
    "my boss is going to kill me when she sees this",
    "I'm scared of my boss",
    "I'm 16 and want to start a business",
]


@pytest.mark.parametrize("text", COACHABLE_CASES)
def test_coachable_traps(text: str) -> None:
    screen = screen_patterns(text)
    assert screen.level is Level.COACHABLE, screen.evidence


MIXED_CASES = [
    ("I'm not ok, I want to die", Level.CRISIS),
    ("I'm not suicidal but I do want to die sometimes", Level.CRISIS),
    ("I don't want to die but I don't want to live either", Level.CRISIS),
    ("I can't stop thinking about killing myself", Level.CRISIS),
    ("this deadline is killing me and honestly I want to die", Level.CRISIS),
    ("In my novel the hero wants to die. I want to die too.", Level.CRISIS),
    ("What if I just ended it all?", Level.CRISIS),
    ("I told my sister 'I want to kill myself'", Level.CRISIS),
    ("my friend texted 'I took all my pills'", Level.CRISIS),
    ("how many pills would it take, asking for a story", Level.CRISIS),
    ("my mum had depression and now I've been depressed for months", Level.REFER),
    ("my dad hit me when I was a kid and I still have nightmares about it", Level.REFER),
]


@pytest.mark.parametrize(("text", "expected"), MIXED_CASES)
def test_context_does_not_hide_real_risk(text: str, expected: Level) -> None:
    assert level(text) is expected


INTL_CRISIS = [
    "quiero morir",
    "Me quiero morir, ya no puedo más",
    "estoy pensando en suicidarme",
    "no quiero seguir viviendo",
    "ojalá no despertara mañana",
    "me corto los brazos cuando estoy mal",
    "je veux mourir",
    "j'ai envie de me tuer",
    "je ne veux plus vivre",
    "je voudrais m'endormir et ne plus me réveiller",
    "je me scarifie depuis des mois",
    "ich will sterben",
    "ich will nicht mehr leben",
    "ich denke daran, mich umzubringen",
    "ich wünschte, ich wäre tot",
    "ich ritze mich wieder",
    "einfach einschlafen und nicht mehr aufwachen",
]


@pytest.mark.parametrize("text", INTL_CRISIS)
def test_other_languages_crisis(text: str) -> None:
    assert "suicide_self_harm" in categories(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mi hermano dice que se va a matar esta noche", "third_party_danger"),
        ("elle veut se suicider", "third_party_danger"),
        ("er will sich umbringen", "third_party_danger"),
    ],
)
def test_other_languages_third_person(text: str, expected: str) -> None:
    assert categories(text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "no quiero morir, quiero un trabajo nuevo",
        "me muero de hambre",
        "je ne veux pas mourir",
        "je suis mort de rire",
        "ich will nicht sterben",
        "ich sterbe vor Hunger",
    ],
)
def test_other_languages_coachable(text: str) -> None:
    assert level(text) is Level.COACHABLE


def test_evidence_quotes_the_client_with_pattern_source() -> None:
    text = "Honestly?  I WANT to die."
    [evidence] = screen_patterns(text).evidence
    assert evidence.words == "WANT to die"
    assert evidence.turn == 0
    assert evidence.source == "pattern:want_to_die"
    assert text[text.index("WANT"):].startswith(evidence.words)


def test_curly_apostrophes_are_read_like_straight_ones() -> None:
    assert level("I don\u2019t want to live anymore") is Level.CRISIS
    assert level("I\u2019m not suicidal") is Level.COACHABLE


def test_discounts_say_why() -> None:
    screen = screen_patterns("I'm not suicidal, just tired")
    assert [d.reason for d in screen.discounted] == ["negation"]
    assert screen.context_cleared
    assert screen_patterns("my mum had depression years ago").discounted[0].reason == (
        "third_person"
    )


def test_idioms_are_masked_with_the_same_length() -> None:
    text = "this deadline is killing me, I want to die"
    masked, found = mask_idioms(text)
    assert len(masked) == len(text)
    assert found and "killing me" in found[0][1]
    assert "want to die" in masked


def test_pattern_table_is_well_formed() -> None:
    names = [p.name for p in ALL_PATTERNS]
    assert len(names) == len(set(names)), "pattern names must be unique"
    for p in ALL_PATTERNS:
        assert p.category in CATEGORIES, p.name
        assert re.fullmatch(r"[a-z_]+", p.name), p.name
        assert p.past_category is None or p.past_category in CATEGORIES
    covered = {p.category for p in ALL_PATTERNS}
    assert covered == set(CATEGORIES)
