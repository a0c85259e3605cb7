"""Figures of speech that contain risk words but carry no risk.

"This deadline is killing me", "I could murder a pizza", "career suicide". They are
masked (replaced by filler of the same length) before the risk patterns run, so a
pattern can never match inside one, and the verdict notes which idiom was seen. Only
the idiom's own words are masked: "the deadline is killing me, I want to die" still
matches "want to die".
"""

from __future__ import annotations

import re

from onward.guard.patterns_base import FLAGS

_IDIOM_SOURCES: tuple[tuple[str, str], ...] = (
    ("killing_me", r"\b(?:is|are|was|were|'s|'re|it's|that's)\s+(?:really\s+|literally\s+)?"
     r"killing\s+me\b|\bkill\s+me\s+now\b|\bshoot\s+me\s+now\b"),
    ("kill_for_food", r"\b(?:could|would|'d)\s+(?:murder\s+(?:a|an|some)|kill\s+for\s+(?:a|an|"
     r"some|that|this))\s+\w+"),
    ("dying_to", r"\b(?:dying|dieing)\s+to\s+(?!die\b)\w+"),
    ("dead_tired", r"\bdead\s+(?:tired|beat|on\s+my\s+feet|serious|set|easy|good|funny|last|"
     r"wrong|right|end|ends|weight)\b|\bover\s+my\s+dead\s+body\b|\bdrop[-\s]dead\s+\w+"),
    ("kill_it", r"\b(?:kill|kills|killed|killing)\s+it\b|\bkiller\b|\bkill\s+two\s+birds\b"
     r"|\bkill(?:ing)?\s+time\b"),
    ("kill_a_habit", r"\bkill(?:s|ed|ing)?\s+(?:off\s+)?(?:my|the|this|that|our|your)\s+"
     r"(?:\w+\s+)?(?:procrastination|habit|habits|vibe|mood|momentum|motivation|buzz|bugs?|"
     r"process|project|idea|feature|meeting|lights|battery|notifications|distractions|excuses|"
     r"inner\s+critic|doubts?|fears?|budget|plans?|engine|deal|joke|conversation|darlings)\b"),
    ("to_death", r"\b(?:bored|scared|worried|sick|tired|frightened|loves?|loved|worked|working|"
     r"work|freezing|starving)\s+(?:\w+\s+)?to\s+death\b"),
    ("die_of", r"\b(?:die|died|dying)\s+(?:of|from|with)\s+(?:embarrassment|shame|boredom|"
     r"laughter|laughing|curiosity|envy|jealousy|cuteness|excitement|happiness|cringe)\b"
     r"|\bdied\s+laughing\b|\bto\s+die\s+for\b|\b(?:nearly|almost)\s+died\b"),
    ("rather_die_than", r"\b(?:rather|sooner)\s+(?:die|be\s+dead|jump\s+off\s+a\s+\w+|kill\s+"
     r"myself)\s+than\b"),
    ("device_died", r"\b(?:phone|laptop|battery|car|computer|plants?|wifi|internet|tv|printer|"
     r"conversation|project|idea|startup|deal|dream|band)\s+(?:just\s+|finally\s+)?(?:died|is\s+"
     r"dying|is\s+dead|dead)\b"),
    ("overwork", r"\b(?:killing|kill|hurting|hurt|working)\s+myself\s+(?:to\s+(?:get|meet|hit|"
     r"finish|make|keep|pay|impress|please)|at\s+(?:work|the\s+gym|the\s+office)|working|"
     r"over\s+(?:this|work|it|that|the)|for\s+(?:this|work|nothing|a|my|the)|by\s+(?:not|over|"
     r"working|skipping|staying|eating|drinking|smoking)|laughing|with\s+(?:work|overtime|"
     r"hours))\b"),
    ("shoot_foot", r"\bshoot(?:ing)?\s+(?:myself|yourself|ourselves)\s+in\s+the\s+foot\b"),
    ("career_suicide", r"\b(?:career|political|social|professional|commercial|financial|"
     r"fashion)\s+suicide\b|\bsuicide\s+(?:squad|runs?|sprints?|drills?|doors?|mission)\b"
     r"|\bsuicide\s+(?:prevention|awareness)\b"),
    ("it_hit_me", r"\b(?:it|this|that|reality|the\s+(?:realisation|realization|truth|idea|"
     r"thought|news))\s+(?:finally\s+|really\s+|suddenly\s+)?(?:hit|hits|struck)\s+me\b"),
    ("gave_me_ptsd", r"\b(?:gave|give|giving|gives)\s+me\s+(?:ptsd|flashbacks|trauma|a\s+heart\s+"
     r"attack|a\s+panic\s+attack)\b|\b(?:nearly|almost)\s+had\s+a\s+(?:heart|panic)\s+attack\b"),
    ("so_ocd", r"\b(?:so|bit|little|totally|kinda|kind\s+of|super)\s+ocd\b"),
    ("bit_depressed", r"\b(?:a\s+(?:bit|little|tad)|kind\s+of|kinda|slightly|sort\s+of)\s+"
     r"depressed\s+(?:about|that|after|because|by|when)\b"),
    ("tried_to_kill_us", r"\b(?:instructor|trainer|workout|class|hike|session|pt|"
     r"coach'?s\s+drills?)\s+(?:\w+\s+)?tried\s+to\s+kill\s+(?:us|me)\b"),
    ("sports_depressed", r"\bdepressed\s+(?:that\s+)?(?:the|my|our)\s+(?:team|club|side)\s+"
     r"(?:lost|got\s+knocked\s+out|went\s+out|was\s+relegated|got\s+relegated)\b"),
    ("inner_voice", r"\b(?:inner|critical|negative|little|doubting|saboteur)\s+voices?\b"),
    ("ending_call", r"\bend(?:ing)?\s+(?:things|it\s+all)\s+(?:with|on)\b"),
    # Spanish, French, German
    ("es_muero_de", r"\bme\s+muero\s+de\s+\w+|\bmorir(?:me)?\s+de\s+(?:risa|verg[üu]enza|"
     r"hambre|aburrimiento|ganas)\b"),
    ("fr_mourir_de", r"\bmourir\s+de\s+(?:rire|faim|honte|ennui|soif|chaud|froid)\b"
     r"|\bmort[e]?\s+de\s+(?:rire|fatigue|faim|honte)\b|\bcrever\s+de\s+(?:faim|chaud|soif)\b"),
    ("de_sterbe_vor", r"\bsterbe\s+vor\s+\w+|\bzum\s+sterben\s+\w+"),
)

IDIOMS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(source, FLAGS)) for name, source in _IDIOM_SOURCES
)
MASK_CHAR = "_"  # a word character: masked text never creates new word boundaries


def mask_idioms(text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """Return the text with idioms masked (same length) and (idiom name, words) seen."""
    found: list[tuple[str, str]] = []
    chars: list[str] | None = None
    for name, regex in IDIOMS:
        for m in regex.finditer(text):
            if chars is None:
                chars = list(text)
            found.append((name, m.group(0)))
            for i in range(m.start(), m.end()):
                if not chars[i].isspace():
                    chars[i] = MASK_CHAR
    if chars is None:
        return text, ()
    return "".join(chars), tuple(found)
