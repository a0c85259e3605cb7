"""Crisis signals in plain English that name no method: suicide and self-harm (layer 1).

patterns_en.py holds the explicit words ("kill myself", "suicide"). People in crisis
more often say it sideways: a farewell ("I won't be around much longer", "I've been
giving my things away"), a plan without the word ("I have the pills saved up"), a
passive wish ("it'd be a relief if a bus hit me"), self-harm described as a habit, a
threat at home described as a fact ("he won't let me leave the house"), a body in
trouble ("my throat is getting tight"). Each family here is written from the shape of
such statements, not from any one message. Farewells and euphemisms for dying are in
patterns_farewells.py (run in this table's order); harm to others, danger at home and a
body in trouble are in patterns_signals_harm.py.

Euphemisms are ambiguous on their own ("I won't be here next week"), so many carry a
`requires` (a second sign elsewhere in the message) or an `unless` (an ordinary
explanation such as a holiday or a job move). Patterns that mean something only with
their negation ("wouldn't care if I died") start the match at the negative word, so
context.py does not read that word as a denial.
"""

from __future__ import annotations

from onward.guard.patterns_base import DONT, Pattern, S, pat
from onward.guard.patterns_farewells import FAREWELL, FAREWELLS_EN

_DEATH_TAIL = (
    r"(?:died|die|dead|crashed|crash|hit\s+me|ran\s+me\s+over|run\s+over|got\s+hit|got\s+run\s+"
    r"over|was\s+hit|didn'?t\s+wake(?:\s+up)?|never\s+woke(?:\s+up)?|don'?t\s+wake(?:\s+up)?|"
    r"wasn'?t\s+here|were\s+gone|was\s+gone|stopped|killed|caught\s+fire|happened\s+to\s+me|"
    r"got\s+sick|got\s+cancer)"
)
_ACCEPTING = (
    r"(?:i'?d\s+(?:\w+\s+)?(?:be\s+)?(?:relie\w*|happy|glad|fine|okay|ok|at\s+peace|grateful)|"
    r"i\s+(?:think\s+i'?d|would)\s+(?:\w+\s+)?(?:be\s+)?(?:relie\w*|happy|glad|fine|okay|ok)|"
    r"(?:i\s+)?wouldn'?t\s+(?:fight|mind|care|bother|run|move|try)|(?:don'?t|do\s+not)\s+think\s+"
    r"i'?d\s+(?:bother|mind|care|fight|move|run|try)|at\s+least\s+i\s+wouldn'?t\s+have\s+to|"
    r"(?:be\s+)?a\s+(?:relief|mercy))"
)
_BEFORE_FAREWELLS: tuple[Pattern, ...] = (
    # -- suicide: slang, typos and plain wishes ---------------------------------------
    pat(
        "suicide_slang",
        S,
        r"\b(?:off|top|unalive|end)\s+my\s?self\b|\bdo\s+myself\s+in\b"
        r"|\bunaliv\w*|\bsewer\s?slide\b",
        person="self",
    ),
    # Disguised spellings only ("s*icidal", "su1cide"): the plain word is patterns_en's.
    pat(
        "suicide_spelling",
        S,
        r"\bs(?:[*@]+i?|u[1*]|[*@]+u?[i1*])c[i1*]d(?:e|al)\b|\bsuic[1*]d(?:e|al)\b",
    ),
    pat(
        "want_to_die_loose",
        S,
        r"\b(?:wa?nt|wana|wanna|need)\s*(?:to|2|t)?\s+(?:just\s+)?(?:die|be\s+dead|"
        r"not\s+(?:be\s+)?(?:alive|exist|here)\s*(?:any\s?more|$|[.!,]))"
        r"|\blike\s+not\s+(?:be|being)\s+alive\b"
        r"|\b(?:" + DONT + r"|dont)\s+(?:really\s+)?want\s+to\s+be\s+(?:here|alive|around)"
        r"(?=\s*(?:$|[.!;]|any\s?more|any\s+longer))",
        person="self",
    ),
    pat(
        "picturing_own_death",
        S,
        r"\b(?:picturing|imagining|fantasi[sz]ing\s+about|dreaming\s+about|planning|plan(?:ned)?|"
        r"thinking\s+about|obsessing\s+over|longing\s+for|wanting)\s+my\s+(?:own\s+)?"
        r"(?:death|dying|funeral|suicide|last\s+day)\b"
        r"|\b(?:playlist|music|songs|readings?|flowers)\s+for\s+my\s+(?:own\s+)?funeral\b",
        person="self",
    ),
    pat(
        "still_alive_disappointed",
        S,
        r"\b(?:disappointed|sad|upset|angry|annoyed|gutted|sorry|frustrated)\s+(?:that\s+)?"
        r"(?:i'?m|i\s+am|to\s+be)\s+still\s+(?:alive|here|breathing)\b"
        r"|\bwak(?:e|ing)\s+up\s+(?:every\s+\w+\s+)?(?:disappointed|sad|angry|upset)\s+"
        r"(?:that\s+)?i'?m\s+(?:still\s+)?alive\b",
        person="self",
    ),
    # -- a plan, means, a date, a recent attempt ---------------------------------------
    pat(
        "means_ready",
        S,
        r"\b(?:pills|tablets|meds|medication|paracetamol|painkillers)\s+(?:are\s+)?(?:saved|"
        r"stashed|hidden|hid|stockpiled|put\s+aside|collected|counted\s+out|lined\s+up|ready)\b"
        r"|\b(?:saved|stashed|hid|hidden|stockpiled|collected|hoarded|been\s+saving|been\s+"
        r"collecting|counted\s+out|lined\s+up)\s+(?:up\s+)?(?:all\s+)?(?:my\s+|some\s+|the\s+|"
        r"enough\s+|a\s+lot\s+of\s+)?(?:pills|tablets|meds|medication|painkillers)\b"
        r"|\b(?:staring|looking)\s+at\s+(?:the|a|my)\s+(?:bottle|box|packet|pile)\s+of\s+"
        r"(?:pills|tablets|meds|painkillers)\b"
        r"|\b(?:bottle|box|packet|stash|pile)\s+of\s+(?:pills|tablets|painkillers)\s+(?:in\s+"
        r"(?:the|my)\s+(?:car|bag|drawer|room)|ready|hidden|waiting)\b"
        r"|\b(?:a\s+)?(?:rope|noose)\s+(?:ready|in\s+(?:the|my)|set\s+up|tied)\b",
        person="self",
        contextual=False,
    ),
    pat(
        "take_them_all",
        S,
        r"\b(?:take|swallow)\s+(?:them|it)\s+all\b|\b(?:take|swallow)\s+all\s+of\s+(?:them|my|the)\b",
        requires=r"\b(?:pills|tablets|meds|medication|paracetamol|painkillers|bottle|packet)\b",
        person="self",
    ),
    pat(
        "the_night_is_set",
        S,
        r"\b(?:tonight|today|tomorrow|this\s+weekend)(?:'s|\s+is|\s+will\s+be)\s+the\s+(?:night|"
        r"day)\b|\bi\s+think\s+it'?s\s+time(?=\s*(?:[.!]|$))"
        r"|\bit\s+(?:feels|felt)\s+like\s+the\s+right\s+time(?=\s*(?:[.!]|$))",
        requires=FAREWELL,
        person="self",
    ),
    pat(
        "how_id_do_it",
        S,
        r"\b(?:know|knew|figured\s+out|worked\s+out|thought\s+(?:about|through)|decided)\s+"
        r"(?:exactly\s+)?(?:how|when|where)\s+(?:i'?d|i\s+would|i'?ll|i\s+will|i'?m\s+going\s+to)\s+"
        r"do\s+it(?:\s+and\s+(?:when|where|how))?(?=\s*(?:[.!,]|$|and\s+when))"
        r"|\b(?:i'?ve|i\s+have)\s+thought\s+about\s+how(?=\s*(?:[.!]|$))"
        r"|\bstarted\s+planning\s+to\s+(?:change\s+that|end\s+(?:it|things)|make\s+it\s+stop)\b",
        person="self",
    ),
    pat(
        "recent_attempt",
        S,
        r"\b(?:made|make)\s+an?\s+(?:suicide\s+)?attempt\s+on\s+my\s+(?:own\s+)?life\b"
        r"|\battempt(?:ed|ing)?\s+(?:suicide|to\s+(?:kill|end)\s+(?:myself|my\s+life))\b"
        r"|\btried\s+to\s+(?:kill\s+myself|end\s+(?:it|it\s+all|my\s+life|things)|take\s+my\s+"
        r"(?:own\s+)?life|overdose|hang\s+myself)\b"
        r"|\b(?:nearly|almost)\s+(?:did(?:\s+it)?|went\s+through\s+with\s+it|ended\s+it|jumped|"
        r"took\s+(?:them|the\s+pills))\s+(?:last\s+night|tonight|yesterday|today|again|this\s+"
        r"(?:morning|week))\b"
        r"|\bdon'?t\s+know\s+what\s+stopped\s+me(?=\s*(?:[.!]|$))",
    ),
    pat(
        "last_day",
        S,
        r"\b(?:last|final)\s+(?:day|night|week)\s+(?:on\s+(?:this\s+)?earth|alive|of\s+my\s+life|"
        r"on\s+this\s+planet)\b|\b(?:his|her|their|my)\s+last\s+day\s+(?:on\s+earth|alive)\b",
    ),
    # -- self-harm described as a habit --------------------------------------------------
    pat(
        "self_harm_acts",
        S,
        r"\bcut(?:ting)?\s+myself(?!\s+(?:some\s+slack|slack|off|out|free|a\s+(?:break|deal|slice|"
        r"piece)|short|shaving|while|on\s+(?:a|the)|cooking|chopping|by\s+accident|in\s+the\s+"
        r"kitchen))\b"
        r"|\bi\s+(?:cut|cutting|burn|burned)\s+(?:deeper|again|to\s+cope|when(?:ever)?\s+i|every)\b"
        r"|\b(?:started|start|stopped|been|keep|kept|back\s+to)\s+(?:cutting|self-?harming)"
        r"(?=\s*(?:again|$|[.!,;?]))"
        r"|\b(?:sh|self\s?harm)\s+(?:again|urges?|relapse)\b|\brelaps\w+\s+(?:on|with|into)\s+sh\b"
        r"|\bhurt(?:ing)?\s+myself(?=\s*(?:$|[.!,;?]|again|tonight|today|whenever|every|after|because|to\s+"
        r"(?:cope|feel|punish|make)|on\s+purpose|deliberately|so\s+|until|when(?:ever)?\s+i\s+"
        r"(?:feel|mess|get|fail)))"
        r"|\b(?:hit|hitting|punch|punching|slap|slapping|bite|biting|scratch|scratching|pinch|"
        r"pinching|burn|burning)\s+myself\b"
        r"|\b(?:hurting|picking|scratching|burning|cutting|tearing)\s+(?:at\s+)?my\s+(?:skin|arms?|"
        r"legs?|wrists?|thighs?|stomach)\b"
        r"|\bdeserve[ds]?\s+(?:to\s+(?:hurt|bleed|suffer|be\s+hurt|feel\s+pain|die)|the\s+pain)\b"
        r"|\bwant(?:ed)?\s+it\s+to\s+hurt\s+me\b",
        person="self",
    ),
    pat(
        "self_injury_on_purpose",
        S,
        r"\b(?:punched|punch|punching|hit|hitting|kicked|bang\w*|smash\w*)\s+(?:my\s+(?:head|fist|"
        r"hand)\s+(?:against|into|on)\s+)?(?:a|the)\s+(?:wall|door|mirror|floor)\b"
        r"|\bbang\w*\s+my\s+head\s+(?:against|on)\b",
        requires=r"\b(?:until|on\s+purpose|deliberately|bruis\w*|bleed\w*|blood|broke|punish\w*|"
        r"deserve\w*|literally|knuckles)\b",
        person="self",
    ),
)

_PASSIVE_WISHES: tuple[Pattern, ...] = (
    # -- passive wishes to be dead ----------------------------------------------------------
    pat(
        "accepting_death",
        S,
        r"\b(?:(?:wouldn'?t|would\s+not|won'?t|don'?t|do\s+not|couldn'?t)\s+(?:really\s+|honestly\s+"
        r"|even\s+)?(?:be\s+(?:so|that|too|all\s+that)\s+bad|mind|care|bother\s+me|be\s+sad|be\s+"
        r"upset)|(?:would|'d|it'?d)\s+(?:honestly\s+|probably\s+|actually\s+|just\s+|almost\s+)?"
        r"(?:be\s+)?(?:a\s+)?(?:relief|relieved|fine|okay|ok|nice|peaceful|a\s+mercy|welcome)|"
        r"be\s+relieved|be\s+(?:honestly\s+)?fine)\s+if\s+(?:i|a\s+\w+|my\s+\w+|something|someone|"
        r"the\s+\w+)\b[^.!?]{0,40}?\b" + _DEATH_TAIL + r"\b"
        r"|\bif\s+(?:i|a\s+\w+|something|someone|the\s+\w+|my\s+\w+)\b[^.!?]{0,40}?\b"
        + _DEATH_TAIL
        + r"\b[^.!?]{0,50}?\b" + _ACCEPTING,
        person="self",
    ),
    pat(
        "hoping_for_harm",
        S,
        r"\b(?:hope|hoping|hopes|wish|wishing|pray|praying)\s+(?:that\s+)?(?:a|the)\s+(?:car|bus|"
        r"train|truck|lorry|plane)\s+(?:doesn'?t|won'?t|wouldn'?t|does\s+not)\s+(?:stop|brake|"
        r"see\s+me|swerve)\b"
        r"|\b(?:hope|hoping|hopes|wish|wishing|pray|praying)\s+(?:that\s+)?(?:the\s+)?(?:scan|test|"
        r"tests|results|biopsy|doctor|lump)\s+(?:finds?|shows?|comes?\s+back\s+with|is)\s+"
        r"(?:something\s+)?(?:serious|bad|terminal|cancer|fatal)\b"
        r"|\b(?:hope|hoping|wish|wishing|pray|praying)\s+(?:that\s+)?something\s+(?:bad|terrible|"
        r"awful|fatal)\s+(?:will\s+|would\s+)?happens?\s+to\s+me\b"
        r"|\b(?:wish|want|hope|hoping|wishing|pray)\s+(?:\w+\s+){0,3}?(?:would|'d|could|will)?\s*"
        r"(?:just\s+)?put\s+me\s+out\s+of\s+my\s+misery\b"
        r"|\b(?:dying|die|died)\s+in\s+my\s+sleep\b(?=[^.!?]*\b(?:sounds|best|wish|hope|nice|"
        r"peaceful|relief|want|outcome|fine|care|mind)\b)"
        r"|\b(?:sounds|best|wish|hope|nice|peaceful|relief|want|care|mind)\b[^.!?]{0,40}?\b"
        r"(?:dying|die|died)\s+in\s+my\s+sleep\b"
        r"|\b(?:months|weeks|year|days)\s+(?:left\s+)?to\s+live\b(?=[^.!?]*\b(?:happy|relie\w*|glad|"
        r"good\s+news|wouldn'?t\s+mind|finally|fine)\b)"
        r"|\b(?:life|existence|i)\s+(?:had|has|came\s+with)\s+an?\s+(?:off|kill)\s+switch\b"
        r"|\b(?:wish|hope|hoping|want|wanna|could|pray|relief|would|'d|like\s+to)\b[^.!?]{0,30}?"
        r"\b(?:sleep|asleep)\b[^.!?]{0,40}?\b(?:and\s+)?(?:just\s+)?(?:never|not|don'?t|didn'?t)\s+"
        r"(?:ever\s+)?wake\s+up\b"
        r"|\b(?:relief|wish|hope|hoping|pray|praying)\b[^.!?]{0,30}?\b(?:just\s+)?(?:never|didn'?t|"
        r"don'?t|wouldn'?t|won'?t)\s+(?:ever\s+)?wake\s+up\b",
        person="self",
    ),
)

# The same order as before the split: farewells sit between self-harm and passive wishes.
SIGNALS_EN: tuple[Pattern, ...] = _BEFORE_FAREWELLS + FAREWELLS_EN + _PASSIVE_WISHES
