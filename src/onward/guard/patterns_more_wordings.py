"""Crisis wordings the other tables missed, in four languages (layer 1).

Found by a probe set written for the purpose by someone who never saw the patterns
(`guard_training/probe_round7.jsonl`, session 3): plain statements of intent without a
death word ("I have a plan and a date"), farewells ("I've written my notes. I'm
ready."), joining someone who died, slang ("ctb"), recent self-harm said as an act
("scratched my skin until it bled"), harm meant for a named person, danger now (a spiked
drink, someone at the door), a third person in danger now, and someone not breathing
(Spanish, French, German; English had it), in four languages. The probe is tuning data
now, not a test: the benchmark's held-out slices stay the measure. Context rules
(negation, quotes, fiction, someone else's past) apply as for every table.
"""

from __future__ import annotations

from onward.guard.patterns_base import A, H, M, Pattern, S, T, pat

_KIN = (
    r"(?:him|her|them|my\s+(?:dad|mum|mom|mother|father|wife|husband|partner|son|daughter|"
    r"brother|sister|friend|grandma|gran|grandad|grandpa|nan|baby|boy|girl))"
)
_PERSON = r"(?:him|her|them|my\s+\w+(?:\s+\w+)?|[a-z]+)"

MORE_WORDINGS: tuple[Pattern, ...] = (
    # -- suicide: intent, plan, farewell, said plainly -----------------------------------
    pat(
        "plan_and_date",
        S,
        r"\b(?:i\s+have|i'?ve\s+got|i\s+got|got)\s+a\s+plan\s+and\s+a\s+(?:date|time|day)\b"
        r"|\bbreaking\s+that\s+promise\s+tonight\b"
        r"|\b(?:stopped|stop)\s+(?:being\s+)?scared\s+of\s+dying\b"
        r"|\b(?:do\s+not|don'?t|no\s+longer)\s+(?:intend|want|plan|mean)\s+to\s+(?:continue\s+|go\s+on\s+)?"
        r"(?:living|live|being\s+alive|existing)\b",
        person="self",
    ),
    pat(
        "going_to_do_it_told",
        S,
        r"\bi'?m\s+(?:going\s+to|gonna)\s+do\s+it\W+(?:i\s+)?(?:just\s+)?wanted\s+(?:someone|somebody|"
        r"you|one\s+person)\s+to\s+know\b",
        person="self",
    ),
    pat(
        "join_the_dead",
        S,
        r"\b(?:go\s+(?:and\s+)?be\s+with|ready\s+to\s+join|going\s+to\s+join|want\s+to\s+join|be\s+with)"
        r"\s+" + _KIN + r"\b",
        person="self",
        requires=r"\b(?:gone|died|passed|dead|lost|heaven|grave|funeral)\b",
    ),
    pat(
        "where_im_going",
        S,
        r"\bwon'?t\s+need\s+(?:\w+\s+){0,3}where\s+i'?m\s+going\b"
        r"|\bknow\s+(?:exactly\s+)?where\s+i'?d\s+go\s+to\s+(?:do\s+it|end\s+it|end\s+things)\b"
        r"|\bknow\s+(?:exactly\s+)?where\s+i'?d\s+go\b\W+i\s+(?:drove|went|walked)\s+(?:past|there)\b",
        person="self",
    ),
    pat(
        "stockpiled_meds",
        S,
        r"\b(?:stopped|stop)\s+taking\s+my\s+(?:meds|medication|pills|tablets)\s+so\s+(?:that\s+)?i\s+"
        r"(?:could|can)\s+(?:stockpile|save|keep|collect|hoard)\b",
        person="self",
        contextual=False,
    ),
    pat(
        "written_my_notes",
        S,
        r"\b(?:written|wrote|finished|left)\s+(?:my|the)\s+(?:notes|letters|goodbye\s+notes?)\b"
        r"|\bi'?ve\s+written\s+a\s+note\s+and\s+i'?m\s+planning\b",
        person="self",
        requires=r"\b(?:goodbye|paid\s+off|affairs|for\s+(?:my\s+)?family|for\s+everyone|sorry|"
        r"i'?m\s+planning)\b",
        unless=r"\b(?:meeting|exam|presentation|talk|class|lecture|interview|speech|essay)\b",
    ),
    pat(
        "giving_belongings_away",
        S,
        r"\bgiving\s+(?:all\s+)?my\s+(?:stuff|things|belongings|possessions)\s+away\b",
        person="self",
        requires=r"\b(?:not\s+decluttering|i'?m\s+not\b|won'?t\s+need|goodbye|ready|last)\b",
    ),
    pat("ctb_slang", S, r"\bctb\b", person="self"),
    pat(
        "terminal_relief",
        S,
        r"\bterminal\s+(?:diagnosis|illness)\b[^.!?]{0,40}\b(?:relief|relieved|grateful|glad)\b",
        person="self",
    ),
    pat(
        "bled_on_purpose",
        S,
        r"\b(?:scratched|scraped|cut|hit|burned|burnt|picked\s+at)\s+(?:at\s+)?(?:my\s+(?:skin|arms?|"
        r"legs?|wrists?|thighs?|hands?)|myself)\s+(?:until|till|til)\s+(?:it|they|i)\s+(?:bled|bleed)\b",
        person="self",
    ),
    # -- harm to others, danger now, a third person, medical -----------------------------
    pat(
        "beat_someone_up",
        H,
        r"\b(?:i'?m|ima|imma|i'?m\s+gonna|i'?m\s+going\s+to|gonna|going\s+to)\s+(?:beat|batter|kick)\s+"
        r"(?:the\s+(?:hell|shit|crap|life)\s+out\s+of)\s+" + _PERSON,
        person="self",
    ),
    pat(
        "thoughts_of_harming_someone",
        H,
        r"\bthoughts?\s+of\s+(?:seriously\s+|really\s+)?(?:harming|hurting|killing|attacking)\s+"
        r"(?!myself\b|me\b)(?:my|him|her|them|someone|somebody|people|[a-z]+)\b",
        person="self",
    ),
    pat(
        "unsafe_now",
        A,
        r"\bfear\s+for\s+my\s+(?:physical\s+)?(?:safety|life)\b|\bin\s+an?\s+unsafe\s+(?:domestic\s+"
        r"|home\s+)?situation\b"
        r"|\b(?:someone|somebody)\s+(?:put|slipped)\s+something\s+in(?:to)?\s+my\s+drink\b"
        r"|\bmy\s+drink\s+(?:was|got|has\s+been)\s+spiked\b"
        r"|\b(?:someone|somebody)\s+is\s+trying\s+to\s+(?:get\s+in|break\s+in|open\s+my\s+door)\b",
        person="self",
    ),
    pat(
        "not_breathing",
        M,
        r"\bno\s+respira\b|\bne\s+respire\s+(?:plus|pas)\b|\batmet\s+nicht\s+(?:mehr|richtig)\b",
    ),
    # -- Spanish -------------------------------------------------------------------------
    pat(
        "es_more",
        S,
        r"\bya\s+no\s+quiero\s+estar\s+aqu[ií]\b|\bpara\s+acabar\s+con\s+todo\b"
        r"|\bcuando\s+los\s+ni[ñn]os\s+se\s+duerman\s+lo\s+voy\s+a\s+hacer\b",
        person="self",
    ),
    pat(
        "es_harm_more",
        H,
        r"\bhacerle\s+da[ñn]o\b(?:\s+\w+){0,3}\s+a\s+mi\b",
        person="self",
    ),
    # -- French --------------------------------------------------------------------------
    pat(
        "fr_more",
        S,
        r"\ben\s+finir?\s+avec\s+la\s+vie\b|\bpour\s+en\s+finir\b(?!\s+avec)"
        r"|\bscarifi\w*\b",
        person="self",
    ),
    pat(
        "fr_danger_more",
        A,
        r"\bessaie\s+d'?ouvrir\s+ma\s+porte\b|\bquelqu'?un\s+(?:essaie|tente)\s+d'?entrer\b",
        person="self",
    ),
    pat(
        "fr_third_party_more",
        T,
        r"\b(?:elle|il)\s+voulait\s+mourir\b[^.!?]*\bplan\b"
        r"|\b(?:la|le)\s+frappe\s+en\s+ce\s+moment\b|\ben\s+train\s+de\s+(?:la|le)\s+frapper\b",
    ),
    pat(
        "fr_medical_more",
        M,
        r"\bje\s+(?:crois\s+que\s+je\s+)?fais\s+un\s+avc\b",
    ),
    # -- German --------------------------------------------------------------------------
    pat(
        "de_more",
        S,
        r"\bbring\w*\s+ich\s+mich\s+um\b|\bbin\s+raus\W+f[üu]r\s+immer\b"
        r"|\bschluss\s+(?:zu\s+)?machen\W+mit\s+meinem\s+leben\b",
        person="self",
    ),
    pat(
        "de_harm_more",
        H,
        r"\b(?:meinem|meiner|ihm|ihr)\s+(?:\w+\s+){0,3}etwas\s+(?:antun|antue|anzutun)\b"
        r"|\bkrankenhausreif\b",
        person="self",
    ),
)
