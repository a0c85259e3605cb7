"""Crisis signals in plain English that name no method: suicide and self-harm (layer 1).

patterns_en.py holds the explicit words ("kill myself", "suicide"). People in crisis
more often say it sideways: a farewell ("I won't be around much longer", "I've been
giving my things away"), a plan without the word ("I have the pills saved up"), a
passive wish ("it'd be a relief if a bus hit me"), self-harm described as a habit, a
threat at home described as a fact ("he won't let me leave the house"), a body in
trouble ("my throat is getting tight"). Each family here is written from the shape of
such statements, not from any one message. Harm to others, danger at home and a body in
trouble are in patterns_signals_harm.py.

Euphemisms are ambiguous on their own ("I won't be here next week"), so many carry a
`requires` (a second sign elsewhere in the message) or an `unless` (an ordinary
explanation such as a holiday or a job move). Patterns that mean something only with
their negation ("wouldn't care if I died") start the match at the negative word, so
context.py does not read that word as a denial.
"""

from __future__ import annotations

from onward.guard.patterns_base import DONT, IM, Pattern, S, pat

WONT = (
    r"(?:i\s+(?:won'?t|wont|will\s+not)|i'?m\s+not\s+going\s+to|i\s+am\s+not\s+going\s+to|"
    r"i'?m\s+not\s+gonna)"
)
# Ordinary reasons to be away, leave or hand things over.
_AWAY = (
    r"\b(?:holiday|holidays|vacation|travel\w*|trip|flight|abroad|overseas|conference|"
    r"(?:maternity|paternity|parental|annual|sick|study)\s+leave|on\s+leave|moving|move\s+(?:to|"
    r"out|house)|relocat\w*|new\s+(?:job|role|company|team|city)|leaving\s+(?:the|my|this)\s+"
    r"(?:job|company|team|firm|role)|resign\w*|notice\s+period|retir\w*|surgery|operation|"
    r"hospital\s+(?:for|stay)|wedding|honeymoon|festival|camping|retreat|course|exam|"
    r"declutter\w*|minimalis\w*|charity|donat\w*|spring\s+clean\w*|downsiz\w*)"
)
# Signs that a message is a farewell, used to confirm weaker euphemisms.
_FAREWELL = (
    r"\b(?:goodbye|good-bye|farewell|letters?|note|will|passwords|pills|tablets|rope|"
    r"gone|for\s+good|forever|sorry|last\s+time|one\s+last|right\s+time|it'?s\s+time|"
    r"loved\s+(?:her|him|them|you)|love\s+(?:her|him|them|you)|after\s+i|when\s+i'?m|"
    r"won'?t\s+be|not\s+(?:be\s+)?(?:here|around)|end\s+it|nobody|no\s+one|burden|"
    r"ready|peace|tonight|deleted|socials|loose\s+ends)\b"
)
_LOVED = (
    r"(?:people|everyone|everybody|my\s+(?:loved\s+ones|family|friends|kids|children|parents|"
    r"mum|mom|dad|sister|brother|partner|wife|husband|pets?|dog|cat)|the\s+people\s+i\s+love|"
    r"everyone\s+i\s+love)"
)
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
SIGNALS_EN: tuple[Pattern, ...] = (
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
        requires=_FAREWELL,
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
    # -- farewells and euphemisms ---------------------------------------------------------
    pat(
        "wont_be_around",
        S,
        r"\b" + WONT + r"\s+be\s+(?:around|here|alive)\s+(?:much\s+longer|for\s+(?:long|much"
        r"\s+longer|them|it|that|this|the\s+\w+|my\s+\w+|your\s+\w+|next\s+\w+)|to\s+(?:\w+)|by\s+"
        r"(?:then|next|the)|after\s+(?:this|that|tonight|today)|next\s+\w+|any\s?more|much\s+"
        r"more|then|when)"
        r"|\b(?:i|i'?m|i\s+am)\s+(?:\w+\s+){0,4}?(?:(?:won'?t|not|don'?t|do\s+not|won'?t\s+have|"
        r"not\s+have|don'?t\s+have|have)\s+(?:need\s+)?to\s+)?be\s+(?:around|here|alive|a\s+burden|a\s+problem|in\s+(?:the|your|"
        r"anyone'?s|their)\s+way)(?:\s+(?:on|to|for)\s+\w+(?:\s+\w+)?)?\s+(?:much|for\s+much|any|"
        r"for\s+any)\s+longer\b"
        r"|\bi\s+(?:" + DONT + r"|dont)\s+(?:plan|intend|expect)\s+(?:on|to)\s+(?:be(?:ing)?\s+)?"
        r"(?:here|around|alive)\s+(?:for|by|next|much|at|when|in)\b"
        r"|\bif\s+i'?m\s+(?:not|no\s+longer)\s+(?:here|around|alive)\s+(?:next|tomorrow|by|when|"
        r"any\s?more|after)\b",
        unless=_AWAY,
        person="self",
    ),
    pat(
        "when_im_gone",
        S,
        r"\b(?:after|when|once|for\s+after)\s+i'?m\s+(?:gone|dead|not\s+here|no\s+longer\s+here|"
        r"out\s+of\s+the\s+picture|not\s+around)\b|\bafter\s+i\s+(?:die|pass|pass\s+away)\b"
        r"|\bwhen\s+i\s+die\s+(?:soon|this\s+week|tonight)\b",
        unless=_AWAY + r"|\b(?:my\s+will|a\s+will|estate|pension|insurance|retire\w*)\b",
        person="self",
    ),
    pat(
        "giving_things_away",
        S,
        r"\bgiv(?:e|en|ing)\s+(?:all\s+)?(?:of\s+)?my\s+(?:\w+\s+)?(?:things|stuff|belongings|"
        r"possessions|valuables|savings|pets?|dog|cat|guitar|books|clothes)\s+away\b"
        r"|\bgiv(?:e|en|ing)\s+away\s+(?:all\s+)?(?:of\s+)?(?:my|the\s+last\s+of\s+my)\s+(?:\w+\s+)?"
        r"(?:things|stuff|belongings|possessions|valuables|savings|pets?|dog|cat)\b"
        r"|\bgave\s+away\s+(?:everything|all\s+my\s+\w+)\b",
        unless=_AWAY,
        person="self",
    ),
    pat(
        "saying_goodbye",
        S,
        r"\bsa(?:y|ying|id)\s+(?:my\s+)?(?:goodbyes?|good-?byes?|farewells?)\s+(?:to\s+" + _LOVED
        + r"|quietly)|\bquietly\s+saying\s+goodbye\b"
        r"|\bgoodbye\s+(?:letters?|notes?|messages?|texts?|videos?|posts?)\b"
        r"|\b(?:wrote|writing|written|write)\s+(?:\w+\s+){0,2}?letters?\s+(?:to|for)\s+(?:my\s+)?"
        r"(?:kids|children|family|parents|mum|mom|dad|wife|husband|partner|son|daughter|brother|"
        r"sister|friends|loved\s+ones)\b",
        unless=_AWAY + r"|\b(?:thank[-\s]?you\s+(?:letters?|notes?|cards?)|birthday|christmas|"
        r"anniversary|wedding|cards?)\b",
        person="self",
    ),
    pat(
        "disappear_forever",
        S,
        r"\b(?:disappear|vanish|evaporate|go\s+away)\s+(?:forever|for\s+good|permanently|and\s+"
        r"(?:never|not)\s+come\s+back)\b"
        r"|\b(?:want|wanna|wish|wishing|like|need)\s+(?:to\s+)?(?:i\s+could\s+)?(?:just\s+)?"
        r"(?:disappear|vanish|evaporate|stop\s+existing|cease\s+to\s+exist|not\s+exist|fade\s+away)"
        r"(?!\s+(?:for\s+(?:a|the|an)\b|to\b|on\b|into\b|until\b|till\b|from\b|off\b|"
        r"somewhere\b|under\b|in\s+(?:a|the)\b|with\b|after\b|during\b|at\b))",
        person="self",
    ),
    pat(
        "checking_out",
        S,
        r"\b" + IM + r"\s+(?:just\s+)?checking\s+out(?=\s*(?:$|[.!,;]|for\s+good|of\s+(?:life|"
        r"this\s+world|here\s+for\s+good)))"
        r"|\b(?:notice|resignation|checking\s+out|clock(?:ing)?\s+out|log(?:ging)?\s+off|"
        r"bowing\s+out)\s+(?:\w+\s+){0,4}?(?:at|from|of)\s+(?:life|living|this\s+world)\b"
        r"|\b(?:done|finished)\s+with\s+(?:life|living|this\s+world|being\s+alive|existing)\b"
        r"|\bquit(?:ting)?\s+(?:life|living)\b",
        person="self",
    ),
    pat(
        "nobody_has_to_deal",
        S,
        r"\b(?:nobody|no\s+one|noone|no-one)\s+(?:will\s+)?(?:has|have|needs?|will\s+need|will\s+"
        r"have)\s+to\s+(?:deal\s+with|worry\s+about|put\s+up\s+with|look\s+after|take\s+care\s+of|"
        r"see|carry|support)\s+me\s+(?:any\s?more|again|after|much\s+longer|soon|for\s+long)\b"
        r"|\b(?:make\s+it\s+so|make\s+sure)\s+(?:nobody|no\s+one|noone)\s+(?:has|have|needs?)\s+to\s+"
        r"(?:deal\s+with|worry\s+about|put\s+up\s+with|look\s+after)\s+me\b"
        r"|\b" + WONT + r"\s+be\s+(?:a\s+(?:problem|burden|bother|nuisance|weight)|taking\s+up\s+"
        r"(?:any|space|room))(?:\s+(?:for|to|on)\s+(?:anybody|anyone|everyone|you|them|my\s+\w+|"
        r"any\s?body))?(?=\s*(?:$|[.!,;]|much\s+longer|any\s?more|soon|after|for\s+long))"
        r"|\bsoon\s+" + WONT + r"\s+be\b",
        person="self",
    ),
    pat(
        "better_without_me",
        S,
        r"\b(?:would|'d|will|are|is|be)\s+(?:all\s+|so\s+much\s+|much\s+|a\s+lot\s+)?"
        r"(?:be\s+)?better\s+(?:off\s+)?without\s+me(?:\s+(?:in\s+it|around|here|alive|in\s+"
        r"(?:the|their|your|his|her)\s+(?:world|lives?)))?(?=\s*(?:$|[.!,;]|in\b|around\b|here\b|"
        r"alive\b|anyway\b))"
        r"|\bbetter\s+without\s+me\s+in\s+it\b"
        r"|\b(?:kids|children|family|wife|husband|partner)\s+deserve\s+(?:a\s+)?better\s+"
        r"(?:mum|mom|mother|dad|father|parent|wife|husband|partner)\b",
        person="self",
    ),
    pat(
        "world_without_me",
        S,
        r"\b(?:world|everyone|everybody|life|they|it)\s+(?:\w+\s+){0,3}?(?:without\s+me)\b",
        requires=r"\b(?:soon|much\s+longer|anyway|when\s+i'?m\s+gone|won'?t\s+be)\b",
        unless=_AWAY,
        person="self",
    ),
    pat(
        "pain_over_soon",
        S,
        r"\b(?:the|my|this)\s+(?:pain|suffering|hurt)\s+(?:will|'ll|is\s+going\s+to)\s+(?:all\s+)?"
        r"(?:be\s+over|end|stop)\s+(?:soon|tonight|shortly)\b"
        r"|\b(?:it|this|everything)\s+(?:will|'ll)\s+(?:all\s+)?be\s+over\s+(?:soon|tonight)\b"
        r"(?=[^.!?]*[.!?]?\s*(?:i'?ve\s+made\s+sure|i\s+made\s+sure|for\s+good|i\s+promise))"
        r"|\bsoon,?\s+none\s+of\s+(?:this|it)\s+will\s+matter\b"
        r"|\bnone\s+of\s+(?:this|it)\s+will\s+matter\s+(?:soon|for\s+(?:much|long)|to\s+me\s+soon)\b"
        r"|\b(?:get|getting|have|find)\s+(?:some\s+)?(?:peace|rest|quiet)\s*,?\s+(?:for\s+good|"
        r"forever|at\s+last\s+for\s+good)\b"
        r"|\b(?:eternal|permanent|final)\s+(?:rest|sleep|peace)\b"
        r"|\bmight\s+as\s+well\s+(?:make\s+it\s+official|end\s+it|be\s+dead|die|not\s+be\s+here|"
        r"not\s+exist|go\s+through\s+with\s+it)\b",
        person="self",
    ),
    pat(
        "not_waiting_around",
        S,
        r"\bnot\s+(?:waiting|sticking|hanging)\s+around\s+(?:to\s+(?:find\s+out|see)|for\s+it|"
        r"much\s+longer|any\s?more)\b|\bnot\s+(?:doing|going\s+through)\s+another\s+"
        r"(?:year|month|winter|christmas)\s+of\s+this\b(?=[^.!?]*(?:pills|gone|end|die|dead))",
        person="self",
    ),
    pat(
        "last_time_here",
        S,
        r"\bone\s+last\s+time(?=\s*(?:,?\s*you\s+know|[.!?]|$))",
        requires=r"\b(?:visit\w*|see(?:ing)?|seen|hug\w*|call\w*|log\s+in|talk|write|love)\b",
        unless=_AWAY,
        person="self",
    ),
    pat(
        "affairs_in_order",
        S,
        r"\b(?:sorted|sorting|wrote|written|writing|finished|updated|made|make)\s+(?:out\s+)?"
        r"(?:my|a)\s+will\b|\btying\s+up\s+(?:all\s+)?(?:my\s+)?loose\s+ends\b"
        r"|\b(?:gave|giving|given|handed|hand|sent)\s+(?:\w+\s+){0,3}?(?:my\s+)?passwords\b"
        r"|\b(?:has|have|with)\s+the\s+(?:spare\s+key|passwords)\s+and\s+the\s+(?:spare\s+key|"
        r"passwords)\b|\bwritten\s+instructions\s+for\s+everything\b"
        r"|\bdeleted\s+(?:all\s+)?(?:of\s+)?my\s+(?:socials|social\s+media|accounts)\b"
        r"|\b(?:made|making)\s+(?:all\s+)?my\s+(?:final\s+)?arrangements(?=\s*(?:[.!]|$))"
        r"|\bfinal\s+arrangements\b",
        requires=r"\b(?:letters?|goodbye|passwords|gone|sorry|last|will|loose\s+ends|"
        r"socials|burden|arrangements|problem\s+for|deal\s+with\s+me|for\s+after|ha\b)",
        unless=r"\b(?:holiday|vacation|travel\w*|trip|estate\s+planning|solicitor|lawyer|"
        r"retire\w*|baby\s+(?:is\s+)?due|pregnan\w*|surgery|operation)\b",
        person="self",
    ),
    pat(
        "farewell_requests",
        S,
        r"\b(?:asked|ask|asking)\s+(?:\w+\s+){0,3}?to\s+(?:look\s+after|take\s+care\s+of|take\s+in|"
        r"keep|feed|have)\s+my\s+(?:dog|cat|pets?|kids|children)\b"
        r"|\basking\s+for\s+(?:myself|me)\b"
        r"|\bit\s+wasn'?t\s+anything\s+you\s+did\b"
        r"|\bcancel\s+(?:all\s+)?(?:my\s+)?(?:future|upcoming|remaining)\s+(?:check-?ins|sessions|"
        r"appointments|reminders)\b",
        requires=_FAREWELL + r"|\b(?:die|dies|dead|death|right\s+time)\b",
        unless=_AWAY + r"|\b(?:away|while\s+i'?m|busy|work\s+trip)\b",
        person="self",
    ),
    pat(
        "last_words",
        S,
        r"\bplease\s+tell\s+my\s+(?:mum|mom|mother|dad|father|family|kids|children|wife|husband|"
        r"partner|parents|sister|brother|son|daughter)\s+(?:that\s+)?(?:i'?m\s+sorry|i\s+love\s+"
        r"(?:them|her|him))\b"
        r"|\b(?:this\s+(?:is|will\s+be|may\s+be|might\s+be)|maybe\s+this\s+is)\s+(?:the\s+)?last\s+"
        r"time\s+(?:i'?ll|i\s+will|i)\s+(?:log\s+in|talk\s+to\s+you|write\s+(?:to\s+you|here)|"
        r"message\s+you|speak\s+to\s+you|be\s+here)\b",
        unless=_AWAY,
        person="self",
    ),
    pat(
        "wont_need_plans",
        S,
        r"\b" + WONT + r"\s+(?:be\s+)?need(?:ing)?\s+(?:those|these|the|my|any|this|that)\s+"
        r"(?:\w+\s+)?(?:goals|plans?|coaching|sessions|check-?ins|cv|job\s+search)\b"
        r"(?!\s+(?:once|when|after|if|because|since|for\s+(?:a|the)\s+(?:week|month)))"
        r"|\bwon'?t\s+be\s+needing\s+(?:\w+\s+){0,3}?(?:after|or\s+anything|any\s?more)\b"
        r"|\b(?:can'?t|cannot|don'?t)\s+see\s+(?:any|a)\s+future\s+(?:for\s+(?:myself|me))\b"
        r"(?=[^.!?]*[.!?]?\s*[^.!?]*\b(?:won'?t|not\s+going\s+to)\b)",
        unless=_AWAY,
        person="self",
    ),
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
