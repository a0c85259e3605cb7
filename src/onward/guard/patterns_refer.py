"""Explicit English phrases that call for a licensed professional (layer 1, refer).

COACHING.md section 4: depression signs lasting two weeks or more or impairing life,
anxiety or panic that impairs functioning, trauma, eating disorders, substance
dependence, psychosis-like experiences, overwhelming grief, and requests for
diagnosis or treatment. Ordinary stress, sadness after a setback and goals about
sleep, food or smoking are coaching: weak signs only count with a second signal
(`requires`), and someone else's condition is dropped by context.py.
"""

from __future__ import annotations

from onward.guard.patterns_base import CANT, DURATION, IM, IMPAIRMENT, Pattern, pat

D = "depression"
X = "anxiety_panic"
TR = "trauma"
E = "eating_disorder"
SU = "substance"
P = "psychosis_mania"
G = "grief"
R = "request_diagnosis_treatment"

_LOW_MOOD = (
    r"\b(?:low|down|sad|miserable|empty|numb|hopeless|worthless|flat|grey|gray|crying|tearful|"
    r"(?:can'?t|cannot)\s+(?:eat|sleep|focus|concentrate|function|cope|enjoy))\b"
)
_CONDITION = (
    r"(?:adhd|add|autism|autistic|asperger'?s?|depression|depressed|bipolar|ocd|ptsd|"
    r"anxiety(?:\s+disorder)?|an?\s+(?:anxiety|eating|personality|mental(?:\s+health)?|mood|"
    r"panic|sleep|attention)\s+disorder|bpd|borderline|narcissis\w+|insomnia|dyslexi\w*|"
    r"schizo\w*|psychosis|a\s+mental\s+illness|something\s+wrong\s+with\s+(?:me|my\s+brain))"
)
_MED = (
    r"(?:meds|medication|medicine|antidepressants?|ssris?|pills|dose|dosage|prescription|"
    r"sertraline|zoloft|fluoxetine|prozac|citalopram|escitalopram|lexapro|venlafaxine|effexor|"
    r"mirtazapine|bupropion|wellbutrin|lithium|quetiapine|seroquel|olanzapine|aripiprazole|"
    r"abilify|lamotrigine|xanax|alprazolam|valium|diazepam|lorazepam|ativan|clonazepam|"
    r"adderall|ritalin|methylphenidate|concerta|vyvanse|melatonin|propranolol|benzos?|"
    r"sleeping\s+pills|st\.?\s+john'?s\s+wort)"
)
_OVERWHELMED = (
    r"\b(?:" + CANT + r"\s+(?:cope|function|go\s+on|stop\s+crying|get\s+out\s+of\s+bed|work|"
    r"accept|breathe|live\s+without|face)|overwhelm\w*|unbearable|consum\w+|falling\s+apart|"
    r"drowning|every\s+(?:day|night|minute)|still\s+(?:can'?t|crying)|broken|shattered|"
    r"destroyed|no\s+point|don'?t\s+know\s+how\s+to\s+(?:go\s+on|live|keep\s+going))"
)
_SUBSTANCE = (
    r"\b(?:drink\w*|alcohol|booze|drugs?|using|pills|heroin|cocaine|coke|meth|crack|opioids?|"
    r"sober|sobriety|rehab|aa|na|gambl\w*|weed|ketamine|benzos?)\b"
)
_MANIC_CUES = (
    r"(?:energy|energised|energized|amazing|invincible|unstoppable|genius|racing|"
    r"don'?t\s+need\s+(?:to\s+)?sleep|best\s+i'?ve\s+ever|on\s+top\s+of\s+the\s+world|wired|"
    r"euphori\w*|spent\s+all)"
)

REFER_EN: tuple[Pattern, ...] = (
    # -- depression ----------------------------------------------------------------
    pat("depressed", D, r"\bdepress(?:ed|ion|ive)\b|\bclinical(?:ly)?\s+depress\w*"),
    pat(
        "worthless_empty",
        D,
        r"\bfeel(?:s|ing)?\s+(?:so\s+|completely\s+|totally\s+|utterly\s+|just\s+)?(?:worthless|"
        r"hopeless|empty|numb|dead\s+inside)\b|\b" + IM + r"\s+(?:so\s+|completely\s+|just\s+)?"
        r"(?:worthless|useless\s+at\s+everything|a\s+failure\s+at\s+everything)\b"
        r"|\b(?:dead|dying)\s+inside\b",
    ),
    pat(
        "lost_interest",
        D,
        r"\b(?:lost|losing|no|zero)\s+(?:all\s+)?(?:interest|joy|pleasure|motivation)\s+in\s+"
        r"(?:anything|everything|life|things|the\s+things)\b|\b(?:can'?t|don'?t)\s+enjoy\s+"
        r"anything\b|\bnothing\s+(?:makes\s+me\s+happy|brings\s+me\s+joy|matters\s+any\s?more|"
        r"feels\s+good\s+any\s?more)\b|\bdon'?t\s+care\s+about\s+anything\s+any\s?more\b",
    ),
    pat(
        "cant_get_out_of_bed",
        D,
        r"\b" + CANT + r"\s+(?:even\s+)?get\s+out\s+of\s+bed\b|\bhaven'?t\s+(?:left|got\s+out\s+of|"
        r"gotten\s+out\s+of)\s+(?:my\s+)?(?:bed|room|the\s+house|flat|apartment)\s+(?:in|for)\b",
    ),
    pat(
        "low_mood_lasting",
        D,
        r"\b(?:feel(?:ing)?|felt|been|so)\s+(?:so\s+|really\s+|very\s+)?(?:low|down|sad|"
        r"miserable|flat|hopeless)\b|\bcry(?:ing)?\s+(?:a\s+lot|all\s+the\s+time|every\s+"
        r"(?:day|night)|myself\s+to\s+sleep)\b",
        requires=DURATION + "|" + IMPAIRMENT,
    ),
    pat(
        "sleep_appetite_with_mood",
        D,
        r"\b(?:" + CANT + r"\s+(?:sleep|eat)|(?:no|lost\s+my|don'?t\s+have\s+an?)\s+appetite|"
        r"not\s+sleeping|barely\s+(?:sleeping|sleep|eating|eat)|sleeping\s+(?:all\s+day|too\s+"
        r"much)|insomnia|wak(?:e|ing)\s+up\s+at\s+(?:3|4|three|four)\s*(?:am)?\b)",
        requires=_LOW_MOOD + "|" + IMPAIRMENT,
    ),
    pat("cant_go_on_like_this", D, r"\b" + CANT + r"\s+go\s+on\s+like\s+this\b"),
    # -- anxiety and panic ---------------------------------------------------------
    pat("panic_attacks", X, r"\b(?:panic|anxiety)\s+(?:attacks?|disorder)\b|\bpanic\s+attack"),
    pat(
        "anxiety_impairing",
        X,
        r"\banxiety\s+(?:is|has\s+been|keeps)\s+(?:\w+\s+){0,2}?(?:ruining|taking\s+over|"
        r"controlling|stopping|crippling|unbearable|out\s+of\s+control|destroying)\b"
        r"|\b(?:crippling|constant|severe|debilitating)\s+anxiety\b|\bgenerali[sz]ed\s+anxiety\b"
        r"|\b(?:so|too)\s+(?:anxious|scared|panicky)\s+(?:that\s+)?i\s+(?:can'?t|couldn'?t)\s+"
        r"(?:leave|go\s+out|work|eat|sleep|function|breathe|get\s+out|drive|speak)\b"
        r"|\b(?:agoraphobi\w*|social\s+anxiety|intrusive\s+thoughts|compulsions)\b|\bocd\b",
    ),
    pat("anxious_and_impaired", X, r"\b(?:anxious|anxiety|panic\w*|dread)\b", requires=IMPAIRMENT),
    pat("cant_breathe", X, r"\b" + CANT + r"\s+breathe\b"),
    # -- trauma ----------------------------------------------------------------------
    pat(
        "trauma_signs",
        TR,
        r"\b(?:c-?ptsd|ptsd|flashbacks?|post[-\s]traumatic)\b"
        r"|\bnightmares\s+(?:about|of)\s+(?:the|what|it|that|him|her)\b"
        r"|\breliv(?:e|ing)\s+(?:it|the|that|what)\b|\btraumati[sz]ed\b|\bmy\s+trauma\b",
    ),
    pat(
        "was_assaulted",
        TR,
        r"\b(?:i\s+was|i\s+got|i'?ve\s+been|i\s+have\s+been)\s+(?:\w+\s+)?(?:raped|"
        r"sexually\s+(?:abused|assaulted)|abused|assaulted|molested|attacked|mugged|groomed)\b",
        person="self",
    ),
    pat(
        "since_the_event",
        TR,
        r"\b(?:since|after)\s+(?:the|my)\s+(?:accident|assault|attack|crash|war|deployment|rape|"
        r"abuse|miscarriage|robbery|shooting)\b",
        requires=r"can'?t\s+stop\s+(?:thinking|reliving|seeing)|nightmare|flashback|jump\s+at|"
        r"on\s+edge|(?:can'?t|cannot)\s+(?:sleep|function|drive|go\s+out|cope)|numb|panic",
        person="self",
    ),
    # -- eating disorders --------------------------------------------------------------
    pat(
        "eating_disorder",
        E,
        r"\b(?:anorexi\w*|bulimi\w*|eating\s+disorder|binge[-\s]eating\s+disorder|arfid)\b"
        r"|\b(?:make|made|making)\s+myself\s+(?:sick|throw\s+up|vomit|puke)\b"
        r"|\b(?:purge|purging|purged)\b|\bstarv(?:e|ing)\s+myself\b"
        r"|\b(?:abusing|taking)\s+laxatives\b|\blaxatives\s+to\s+lose\b"
        r"|\bhaven'?t\s+eaten\s+(?:anything\s+)?(?:in|for)\s+(?:days|(?:two|three|four|five|\d+)\s+"
        r"days)\b|\b(?:terrified|scared|afraid)\s+(?:of\s+)?(?:eating|gaining\s+(?:any\s+)?weight)\b",
    ),
    pat(
        "bingeing",
        E,
        r"\bbing(?:e|ed|es|eing|ing)(?:[-\s]?eat\w*)?\b(?![-\s]?watch)",
        requires=r"\b(?:every|nightly|out\s+of\s+control|can'?t\s+stop|hate\s+myself|disgust\w*|"
        r"secret\w*|purg\w*|sick|ashamed|food|eat\w*)\b",
    ),
    # -- substance dependence -----------------------------------------------------
    pat(
        "dependence",
        SU,
        r"\b" + IM + r"\s+(?:an?\s+)?(?:alcoholic|addict|junkie)\b|\b(?:my\s+)?(?:addiction|"
        r"alcoholism|drinking\s+problem|drug\s+problem|gambling\s+problem)\b"
        r"|\baddicted\s+to\s+(?:alcohol|drinking|booze|drugs|pills|painkillers|opioids|opiates|"
        r"heroin|cocaine|coke|meth|crack|weed|cannabis|xanax|benzos|gambling|vodka|wine|"
        r"ketamine|oxy\w*|fentanyl)\b|\b" + CANT + r"\s+stop\s+(?:drinking|using|gambling|taking\s+"
        r"(?:pills|drugs|painkillers))\b",
    ),
    pat(
        "daily_use",
        SU,
        r"\b(?:drink|drinking|drunk|using|high|stoned)\s+every\s+(?:single\s+)?(?:day|night|"
        r"morning)\b|\bneed\s+(?:a\s+drink|to\s+drink|a\s+hit|to\s+use|my\s+fix)\s+(?:to\s+|"
        r"before\s+|just\s+to\s+)?(?:get\s+through|start|cope|function|face|sleep|work)\b"
        r"|\bdrink(?:ing)?\s+(?:in\s+the\s+morning|alone\s+every|to\s+cope|to\s+forget|until\s+i\s+"
        r"black\s+out)\b|\bblack(?:ed|ing)?\s+out\s+(?:again|every|most|from\s+drinking)\b"
        r"|\bhid(?:e|ing)\s+(?:my\s+)?(?:drinking|bottles|pills|using)\b",
    ),
    pat(
        "relapse_withdrawal",
        SU,
        r"\brelaps(?:e|ed|ing)\b|\bwithdrawals?\b|\bthe\s+shakes\b",
        requires=_SUBSTANCE,
    ),
    # -- psychosis and mania ---------------------------------------------------------
    pat(
        "psychosis_signs",
        P,
        r"\b(?:hear|hearing|heard)\s+(?:voices|things\s+(?:that\s+)?(?:aren'?t|other\s+people\s+"
        r"can'?t))\b|\bvoices\s+(?:in\s+my\s+head\s+)?(?:tell|telling|told|say|saying)\b"
        r"|\b(?:see|seeing|saw)\s+things\s+(?:that\s+)?(?:aren'?t|other\s+people\s+can'?t|"
        r"nobody\s+else)\b|\bhallucinat\w*"
        r"|\b(?:they|people|someone|the\s+government|the\s+cia|the\s+neighbou?rs|my\s+"
        r"neighbou?rs?)\s+(?:are|is|keep)\s+(?:\w+\s+)?(?:watching|following|tracking|monitoring|"
        r"spying\s+on|poisoning|controlling)\s+me\b|\b(?:reading|read|controlling|stealing)\s+my\s+"
        r"(?:thoughts|mind)\b|\b(?:putting|put|inserting)\s+thoughts\s+(?:in|into)\s+my\s+(?:head|"
        r"mind)\b|\bmessages?\s+(?:meant\s+)?(?:for\s+me\s+)?(?:in|from|through)\s+the\s+"
        r"(?:tv|radio|news|numbers)\b|\b(?:manic|mania|hypomani\w*|psychosis|psychotic|"
        r"schizo\w*|bipolar)\b",
    ),
    pat(
        "mania_no_sleep",
        P,
        r"\bhaven'?t\s+(?:slept|needed\s+(?:to\s+)?sleep)\s+(?:in|for)\s+(?:days|\w+\s+days|"
        r"\w+\s+nights)\b|\b(?:don'?t|barely)\s+need\s+(?:to\s+)?sleep\b|\bracing\s+thoughts\b",
        requires=_MANIC_CUES,
    ),
    # -- grief -------------------------------------------------------------------
    pat(
        "overwhelming_grief",
        G,
        r"\b(?:since|after)\s+(?:my\s+\w+(?:\s+\w+)?|he|she|they)\s+(?:died|passed(?:\s+away)?|"
        r"was\s+killed|killed\s+(?:him|her|them)sel(?:f|ves)|took\s+(?:his|her|their)\s+"
        r"(?:own\s+)?life)\b|\b(?:lost|losing)\s+my\s+(?:husband|wife|partner|mum|mom|mother|dad|"
        r"father|son|daughter|baby|child|brother|sister|best\s+friend|friend|grandma|grandmother|"
        r"grandad|grandfather|fiance|fiancee|twin|dog|cat)\b|\bmy\s+\w+(?:\s+\w+)?\s+(?:died|"
        r"passed\s+away|(?:killed|hanged)\s+(?:him|her|them)sel(?:f|ves)|took\s+(?:his|her|their)"
        r"\s+(?:own\s+)?life)\b|\bgrie(?:f|ving)\b|\bbereave\w*",
        requires=_OVERWHELMED,
        person="self",
    ),
    # -- requests for diagnosis or treatment -----------------------------------------
    pat(
        "asks_diagnosis",
        R,
        r"\b(?:do|would|could)\s+you\s+(?:think|say|reckon)\s+(?:that\s+)?(?:i|my\s+\w+|he|she|they)"
        r"\s+(?:have|has|might\s+have|could\s+have|may\s+have|am|is|are|might\s+be|could\s+be|"
        r"'?ve\s+got|got)\s+(?:got\s+)?" + _CONDITION + r"\b"
        r"|\b(?:do|could|might|may)\s+i\s+have\s+" + _CONDITION + r"\b"
        r"|\bam\s+i\s+(?:\w+\s+)?(?:depressed|bipolar|autistic|adhd|ocd|psychotic|an\s+alcoholic|"
        r"an\s+addict|anorexic|bulimic|mentally\s+ill)\b"
        r"|\b(?:is\s+(?:this|it|that)|could\s+(?:this|it)\s+be|symptoms\s+of|signs\s+of)\s+"
        + _CONDITION
        + r"\s*\?"
        r"|\b(?:can|could|will|would)\s+you\s+(?:diagnose|assess|test|screen)\s+me\b",
        person="self",
    ),
    pat(
        "asks_treatment",
        R,
        r"\bshould\s+i\s+(?:stop|start|quit|come\s+off|go\s+off|get\s+off|increase|reduce|lower|"
        r"raise|double|change|switch|skip|try|take|be\s+(?:on|taking))\s+(?:taking\s+)?(?:my\s+|"
        r"some\s+|the\s+|a\s+|an\s+|more\s+|less\s+)?(?:\w+\s+)?" + _MED + r"\b"
        r"|\b(?:what|which|how\s+much|how\s+many)\s+(?:\w+\s+){0,2}?" + _MED + r"\s+(?:should|do\s+"
        r"you\s+recommend|would\s+you|can\s+i|to\s+take|is\s+(?:best|safe|good))"
        r"|\b(?:is\s+it\s+(?:ok|okay|safe|fine|bad)\s+to|can\s+i)\s+(?:stop|come\s+off|mix|drink\s+"
        r"on|double|skip)\s+(?:\w+\s+){0,2}?" + _MED + r"\b"
        r"|\b(?:do|would)\s+(?:you\s+think\s+)?i\s+need\s+(?:meds|medication|antidepressants|"
        r"therapy|a\s+psychiatrist|to\s+be\s+medicated)\b"
        r"|\bwhat\s+(?:treatment|therapy)\s+(?:should|would|do)\b",
        person="self",
    ),
)
