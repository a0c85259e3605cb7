"""Farewells and euphemisms for dying, in plain English (layer 1).

"I won't be around much longer", "I've been giving my things away", "everyone would be
fine without me": said sideways, and ambiguous on their own ("I won't be here next
week"), so most patterns here carry a `requires` (a second sign of farewell elsewhere in
the message, FAREWELL) or an `unless` (an ordinary reason to be away or to hand things
over, AWAY). Split from patterns_signals.py, which runs them in the same place in its
table (between self-harm as a habit and passive wishes).
"""

from __future__ import annotations

from onward.guard.patterns_base import DONT, IM, Pattern, S, pat

WONT = (
    r"(?:i\s+(?:won'?t|wont|will\s+not)|i'?m\s+not\s+going\s+to|i\s+am\s+not\s+going\s+to|"
    r"i'?m\s+not\s+gonna)"
)
# Ordinary reasons to be away, leave or hand things over.
AWAY = (
    r"\b(?:holiday|holidays|vacation|travel\w*|trip|flight|abroad|overseas|conference|"
    r"(?:maternity|paternity|parental|annual|sick|study)\s+leave|on\s+leave|moving|move\s+(?:to|"
    r"out|house)|relocat\w*|new\s+(?:job|role|company|team|city)|leaving\s+(?:the|my|this)\s+"
    r"(?:job|company|team|firm|role)|resign\w*|notice\s+period|retir\w*|surgery|operation|"
    r"hospital\s+(?:for|stay)|wedding|honeymoon|festival|camping|retreat|course|exam|"
    r"declutter\w*|minimalis\w*|charity|donat\w*|spring\s+clean\w*|downsiz\w*)"
)
# Signs that a message is a farewell, used to confirm weaker euphemisms.
FAREWELL = (
    r"\b(?:goodbye|good-bye|farewell|letters?|note|will|passwords|pills|tablets|rope|"
    r"gone|for\s+good|forever|sorry|last\s+time|one\s+last|right\s+time|it'?s\s+time|"
    r"loved\s+(?:her|him|them|you)|love\s+(?:her|him|them|you)|after\s+i|when\s+i'?m|"
    r"won'?t\s+be|not\s+(?:be\s+)?(?:here|around)|end\s+it|nobody|no\s+one|burden|"
    r"ready|peace|tonight|deleted|socials|loose\s+ends)\b"
)
LOVED = (
    r"(?:people|everyone|everybody|my\s+(?:loved\s+ones|family|friends|kids|children|parents|"
    r"mum|mom|dad|sister|brother|partner|wife|husband|pets?|dog|cat)|the\s+people\s+i\s+love|"
    r"everyone\s+i\s+love)"
)

FAREWELLS_EN: tuple[Pattern, ...] = (
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
        unless=AWAY,
        person="self",
    ),
    pat(
        "when_im_gone",
        S,
        r"\b(?:after|when|once|for\s+after)\s+i'?m\s+(?:gone|dead|not\s+here|no\s+longer\s+here|"
        r"out\s+of\s+the\s+picture|not\s+around)\b|\bafter\s+i\s+(?:die|pass|pass\s+away)\b"
        r"|\bwhen\s+i\s+die\s+(?:soon|this\s+week|tonight)\b",
        unless=AWAY + r"|\b(?:my\s+will|a\s+will|estate|pension|insurance|retire\w*)\b",
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
        unless=AWAY,
        person="self",
    ),
    pat(
        "saying_goodbye",
        S,
        r"\bsa(?:y|ying|id)\s+(?:my\s+)?(?:goodbyes?|good-?byes?|farewells?)\s+(?:to\s+" + LOVED
        + r"|quietly)|\bquietly\s+saying\s+goodbye\b"
        r"|\bgoodbye\s+(?:letters?|notes?|messages?|texts?|videos?|posts?)\b"
        r"|\b(?:wrote|writing|written|write)\s+(?:\w+\s+){0,2}?letters?\s+(?:to|for)\s+(?:my\s+)?"
        r"(?:kids|children|family|parents|mum|mom|dad|wife|husband|partner|son|daughter|brother|"
        r"sister|friends|loved\s+ones)\b",
        unless=AWAY + r"|\b(?:thank[-\s]?you\s+(?:letters?|notes?|cards?)|birthday|christmas|"
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
        unless=AWAY,
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
        unless=AWAY,
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
        requires=FAREWELL + r"|\b(?:die|dies|dead|death|right\s+time)\b",
        unless=AWAY + r"|\b(?:away|while\s+i'?m|busy|work\s+trip)\b",
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
        unless=AWAY,
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
        unless=AWAY,
        person="self",
    ),
)
