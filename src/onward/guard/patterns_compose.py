"""Compositional crisis patterns (layer 1): building blocks, not memorised phrases.

The phrase tables (patterns_en.py, patterns_intl.py, patterns_signals.py) list wordings
one by one and miss new ones. These patterns join small families with bounded gaps:

- a wish, intent or plan verb ("want to", "gonna", "thinking about", "ready to",
  "decided to", "tempted to", "would rather" ...) and, up to three words later, a death
  or self-harm object ("die", "end it", "kill myself", "not wake up", "disappear for
  good", "take my own life", "hurt myself", "overdose" ...);
- passive wishes: "wish / hope / pray (that) I" + dying, not being here, not waking up;
- burden and farewell frames, recent behaviour, means and plans;
- the same blocks in Spanish, French and German, with common spellings without accents.

Context (negation before the phrase, quotes, fiction, someone else's past) is read by
context.py exactly as for the phrase tables; idioms are masked before any of this runs.
"""

from __future__ import annotations

from onward.guard.patterns_base import DRUGS, H, M, Pattern, S, pat
from onward.guard.patterns_compose_blocks import (
    DE_DEATH,
    DE_WISH,
    DEATH,
    ES_DEATH,
    ES_WISH,
    FR_DEATH,
    FR_WISH,
    GAP,
    NEG,
    NOT_RELATIONSHIP,
    WISH,
)

COMPOSED: tuple[Pattern, ...] = (
    # -- wish / intent / plan + death object -----------------------------------------
    pat(
        "wish_verb_death",
        S,
        r"\b" + WISH + r"\s+(?:just\s+|simply\s+|finally\s+|actually\s+|really\s+)?" + GAP
        + DEATH + r"(?!\w)",
        unless=NOT_RELATIONSHIP,
    ),
    pat(
        "self_intent_death",
        S,
        r"\b(?:i'?m|im|i\s+am|i'?ll|ill|i\s+will|i'?ve|ive|i)\s+(?:\w+\s+){0,2}?"
        r"(?:going\s+to|gonna|about\s+to|ready\s+to|decided|planning|plan)\s+(?:\w+\s+){0,2}?"
        r"(?:end\s+it|finish\s+it|do\s+it|go\s+through\s+with\s+it)"
        r"(?=\s*(?:$|[.!,;?]|tonight|tn|today|tomorrow|this\s+(?:weekend|week|time)|soon|now|"
        r"for\s+(?:real|good)|when|once|after|before))",
        requires=r"\b(?:die|dead|death|end|gone|goodbye|bye|pills|rope|bridge|roof|no\s+point|"
        r"nothing|hopeless|can'?t\s+(?:do|take|go)|the\s+pain|future|last|note|letters?|"
        r"kids\s+(?:are|r)\s+at|house\s+is\s+empty|nobody|no\s+one|burden|lost\s+everything|"
        r"no\s+(?:job|wife|husband|house|home)|reasons|tired|done|sorry)\b",
    ),
    pat(
        "ready_to_be_done",
        S,
        r"\b(?:ready\s+to\s+be|want\s+to\s+be|wanna\s+be|i'?m|im)\s+(?:so\s+)?done\b"
        r"(?=[^!?]{0,40}\b(?:permanently|for\s+good|forever|with\s+(?:life|living|it\s+all|"
        r"all\s+of\s+it|everything|existing)|not\s+coming\s+back))"
        r"|\b(?:so\s+)?done\s+with\s+(?:life|living|existing|being\s+alive)\b"
        r"|\bnot\s+coming\s+back\s+from\s+this\b",
    ),
    pat(
        "want_out_of_life",
        S,
        r"\bwant\s+out\s+of\s+(?:life|this\s+life|existence|being\s+alive)\b"
        r"|\btired\s+of\s+existing\b|\b(?:stop|stopped)\s+being\s+now\b"
        r"|\b(?:the\s+)?only\s+way\s+out\s+(?:of\s+this\s+)?(?:is\s+)?(?:to\s+)?(?:die|death|"
        r"not\s+(?:exist|be\s+here)|end\s+it|suicide|killing\s+myself)\b"
        r"|\bnot\s+sticking\s+around\b|\b(?:this\s+is|it'?s)\s+my\s+last\s+(?:week|day|night|"
        r"weekend|message|post|goodbye)\b|\bmy\s+last\s+(?:message|night|post)\s+(?:to|on|here|"
        r"ever)\b|\bmake\s+sure\s+i\s+(?:don'?t|do\s+not)\s+have\s+(?:one|a\s+future)\b"
        r"|\bwaiting\s+for\s+(?:a|the)\s+(?:chance|right\s+moment)\s+to\s+(?:go|end|die)\b"
        r"|\bthe\s+rest\s+of\s+me\s+is\s+(?:just\s+)?waiting\b",
    ),
    # -- passive wishes -------------------------------------------------------------
    pat(
        "passive_wish_frame",
        S,
        r"\b(?:wish(?:ing|ed)?|hop(?:e|ing|ed)|pray(?:ing|ed)?)\s+(?:that\s+|to\s+god\s+)?"
        r"(?:i'?d|i|i\s+would|i\s+could)\s+(?:\w+\s+){0,2}?(?:die|died|dying|was\s+dead|were\s+dead|"
        r"be\s+dead|wasn'?t\s+(?:here|alive|around)|weren'?t\s+(?:here|alive|around)|"
        r"(?:don'?t|didn'?t|won'?t|never|wouldn'?t)\s+wake(?:\s+up)?|not\s+wake|"
        r"(?:get|got|gets)\s+(?:hit|run\s+over|killed|cancer)|disappear|stop(?:ped)?\s+(?:existing|"
        r"being|breathing)|(?:had\s+)?never\s+(?:been\s+)?born|hadn'?t\s+been\s+born|"
        r"(?:just\s+)?cease\s+to\s+exist|fade\s+(?:out|away)|go\s+to\s+sleep\s+forever)\b"
        r"|\b(?:wish|hope|pray|praying|hoping)\s+(?:\w+\s+)?not\s+to\s+wake(?:\s+up)?\b"
        r"|\b(?:hope|hoping|pray|praying|wish)\s+(?:that\s+)?(?:the|my)\s+(?:plane|car|bus|train)\s+"
        r"(?:goes\s+down|crashes|crash|would\s+crash|went\s+down)\b"
        r"|\b(?:hope|hoping|wish)\s+(?:that\s+)?(?:something|a\s+\w+|someone)\s+(?:kills|hits|"
        r"would\s+kill|would\s+hit)\s+me\b",
        person="self",
    ),
    pat(
        "would_not_mind_dying",
        S,
        r"\b(?:wouldn'?t|would\s+not|won'?t|will\s+not)\s+(?:really\s+)?mind\s+(?:if\s+i\s+"
        r"(?:\w+\s+)?(?:died|didn'?t\s+wake|never\s+woke|wasn'?t\s+here|got\s+hit|was\s+gone)|"
        r"dying|being\s+dead|not\s+waking\s+up)\b"
        r"|\b(?:it|things|life|everything)\s+(?:would|'d)\s+be\s+(?:so\s+much\s+|so\s+|much\s+)?"
        r"(?:better|easier|simpler|a\s+relief|fine|okay|ok|peaceful)\s+(?:for\s+\w+\s+)?if\s+i\s+"
        r"(?:just\s+)?(?:died|was\s+(?:gone|dead)|were\s+(?:gone|dead)|wasn'?t\s+(?:here|around|alive)|"
        r"weren'?t\s+(?:here|around|alive)|didn'?t\s+(?:wake|exist)|disappeared|wasn'?t\s+born)\b"
        r"|\b(?:i'?d|i\s+would)\s+be\s+(?:happy|relieved|glad|fine|okay|ok|content)\s+(?:to|if\s+i)\s+"
        r"(?:just\s+)?(?:die|died|fade\s+(?:out|away)|disappear|not\s+wake|didn'?t\s+wake|stop\s+"
        r"existing|be\s+gone)\b"
        r"|\bdeath\s+(?:sounds|feels|seems|would\s+be)\s+(?:like\s+)?(?:a\s+|the\s+)?(?:rest|relief|"
        r"peace|peaceful|freedom|release|escape|answer|way\s+out|mercy)\b"
        r"|\b(?:i'?d|i\s+would)\s+(?:feel\s+)?(?:relieved|glad|happy)\s+(?:if|to\s+get)\s+(?:i\s+"
        r"(?:got|had|was\s+given)\s+)?(?:a\s+)?terminal\b|\bterminal\s+(?:diagnosis|illness|"
        r"cancer)\s+(?:\w+\s+){0,2}(?:i'?d|i\s+would)\s+(?:feel\s+)?(?:relieved|glad|happy)\b"
        r"|\bif\s+i\s+got\s+a\s+terminal\s+\w+\s+i'?d\s+(?:feel\s+)?(?:relieved|glad|happy)\b"
        r"|\b(?:keep|kept)\s+wishing\s+i'?d\s+(?:just\s+)?die\b|\bdie\s+in\s+my\s+sleep\b",
        person="self",
    ),
    # -- burden ------------------------------------------------------------------------
    pat(
        "burden_frame",
        S,
        r"\b(?:better|easier|happier|lighter)\s+(?:\w+\s+){0,2}?(?:off\s+)?without\s+me\b"
        r"(?!\s+(?:in\s+the\s+(?:meeting|team|room|project)|there|on\s+(?:the|this)|at\s+the))"
        r"|\b(?:easier|better)\s+(?:life|lives|time)\s+without\s+me\b"
        r"|\bif\s+i'?m\s+gone\s+(?:the|their|everything|it|all|they|the\s+problem)\b"
        r"|\b(?:won'?t|will\s+not|wouldn'?t|would\s+not|nobody\s+will|no\s+one\s+will|nobody\s+would|"
        r"no\s+one\s+would)\s+(?:even\s+)?(?:miss|notice|care\s+about)\s+me\s+(?:when|if|once)\s+"
        r"i'?m\s+(?:dead|gone)\b"
        r"|\b(?:nobody|no\s+one|noone)\s+(?:will|would|is\s+going\s+to|'d)\s+(?:even\s+)?"
        r"(?:miss\s+me|notice|care)\s+(?:when|if|once)\s+i'?m\s+(?:gone|dead|not\s+here)\b"
        r"|\bkindest\s+thing\s+i\s+(?:can|could)\s+do\s+(?:\w+\s+){0,3}?(?:is\s+)?(?:leave|go|"
        r"disappear|die|end\s+it)\b|\btime\s+to\s+stop\s+\w+,?\s+permanently\b"
        r"|\bworld\s+would\s+keep\s+(?:spinning|going|turning)\s+without\s+me\b"
        r"|\b(?:forget|forgotten)\s+me\s+(?:soon\s+enough\s+)?if\s+i\s+(?:went|was\s+gone|died)\b",
        person="self",
    ),
    # -- farewells and putting affairs in order ----------------------------------------
    pat(
        "farewell_frame",
        S,
        r"\bthis\s+is\s+(?:my\s+)?(?:goodbye|good-?bye|farewell)\b"
        r"|\b(?:last|final)\s+time\s+(?:you'?ll|you\s+will|anyone\s+will)\s+hear\s+from\s+me\b"
        r"|\blast\s+message\s+to\s+(?:anyone|you|everyone)\b"
        r"|\b(?:wrote|written|writing|left|leaving|drafting|drafted|recorded|recording)\s+"
        r"(?:\w+\s+)?(?:goodbye\s+|farewell\s+|final\s+)?(?:notes?|letters?|messages?|videos?)\s+"
        r"(?:for|to)\s+(?:my|each\s+of\s+my|everyone|the\s+people|them)\b"
        r"(?!\s+(?:old|younger|past|future|teenage|inner)\s+self)"
        r"(?=[^.!?]{0,60}(?:drawer|when\s+(?:i'?m|they'?re)|won'?t\s+be|after|gone|goodbye|"
        r"older|put\s+them|in\s+case|$|[.!?]))"
        r"|\bmessage\s+i'?d\s+leave\s+behind\b|\bleave\s+behind\b(?=[^.!?]{0,30}\brewording\b)"
        r"|\b(?:said|saying|say)\s+(?:my\s+)?(?:goodbyes?|bye)\s+(?:properly|to\s+(?:everyone|the\s+"
        r"people))\b"
        r"|\b(?:gave|giving|given|give)\s+away\s+(?:all\s+)?(?:of\s+)?my\s+(?:\w+\s+){0,4}?"
        r"(?:stuff|things|belongings|possessions|guitar|books|clothes|cat|dog|pets?|games|"
        r"jewel+ery|records)\b"
        r"|\bgiven\s+(?:the|my)\s+(?:cat|dog|pets?)\s+to\b"
        r"|\bwon'?t\s+need\s+(?:them|it|these|those|any\s+of\s+(?:it|this))\s+(?:any\s?more|where\s+"
        r"i'?m\s+going|after)\b|\bwhere\s+i'?m\s+going\b(?=[^.!?]{0,20}$)"
        r"|\bbecause\s+i\s+won'?t\s+need\s+(?:them|it)\b"
        r"|\b(?:sort(?:ing|ed)?|put(?:ting)?|get(?:ting)?)\s+(?:out\s+)?my\s+affairs\s+in\s+order\b"
        r"|\bat\s+peace\s+with\s+(?:what\s+comes\s+next|my\s+decision|dying|the\s+decision)\b"
        r"|\bwon'?t\s+be\s+(?:bothering|burdening|troubling)\s+(?:anyone|you|anybody)\s+(?:after|"
        r"any\s?more|for\s+much|much)\b"
        r"|\bwon'?t\s+be\s+(?:there|here|around)\s+to\s+(?:tell|see|watch)\b"
        r"|\bif\s+i\s+(?:don'?t|do\s+not)\s+(?:reply|answer|respond|show\s+up)\s+(?:tomorrow|again)"
        r"(?=[^.!?]{0,40}not\s+your\s+fault)"
        r"|\bwhere\s+the\s+important\s+papers\s+are\b|\bwill\s+is\s+up\s+to\s+date\b(?=.{0,60}"
        r"\b(?:it'?s|its)\s+time\b)|\b(?:don'?t|do\s+not)\s+see\s+my\s?self\s+(?:being\s+)?"
        r"(?:around|alive|here)\s+(?:by|for|next|in|at)\b"
        r"|\b(?:don'?t|do\s+not)\s+think\s+i'?ll\s+make\s+it\s+to\s+(?:my|the|next)\b"
        r"(?=[^.!?]{0,40}\brelief\b)",
        person="self",
    ),
    # -- recent behaviour ------------------------------------------------------------
    pat(
        "recent_behaviour",
        S,
        r"\b(?:cut|burned|burnt|hurt|harmed)\s+(?:my\s?self\s+)?(?:again|last\s+night|earlier|"
        r"today|tonight|this\s+(?:morning|week)|yesterday)\b"
        r"|\b(?:relapsed|slipped\s+up)\b[^.!?]{0,40}\b(?:cut|cutting|harm\w*|sh|burn\w*)\b"
        r"|\blast\s+night\s+i\s+cut\b|\b(?:fresh|new)\s+cuts\b|\b(?:using|used)\s+the\s+blade\b"
        r"|\bburn\s+my\s+(?:arm|arms|skin|leg|legs|hand|wrist)s?\b|\bsh\s+urges?\b"
        r"|\b(?:tried|attempted|try|trying)\s+to\s+(?:kill\s+my\s?self|end\s+(?:it|my\s+life)|"
        r"hang\s+my\s?self|overdose|die|take\s+my\s+(?:own\s+)?life)\b"
        r"|\bmy\s+(?:last|first|second|previous|most\s+recent)\s+(?:suicide\s+)?attempt\b"
        r"|\bwoke\s+up\s+in\s+(?:the\s+)?hospital\s+after\b|\bafter\s+what\s+i\s+did\b"
        r"|\bengine\s+running\b[^.!?]{0,60}\b(?:garage|stopped|closed|hose)\b"
        r"|\bgarage\s+with\s+the\s+engine\s+running\b"
        r"|\bswallowed\s+(?:everything|all)\s+(?:in|of|from)\b"
        r"|\b(?:took|taken|swallowed)\s+(?:everything|all\s+(?:of\s+)?(?:my|the))\s+"
        r"(?:\w+\s+)?(?:pills|tablets|meds|medication|medicine)\b",
        past_category="depression",
    ),
    pat(
        "trying_again",
        S,
        r"\b(?:thinking|think|thought)\s+(?:about|of)\s+trying\s+(?:it\s+)?again\b"
        r"|\btry(?:ing)?\s+(?:it\s+)?again\s+(?:tonight|soon|this\s+time)\b",
        requires=r"\b(?:hospital|attempt|what\s+i\s+did|overdose|ambulance|last\s+time|"
        r"survived|woke\s+up)\b",
    ),
    # -- means and plans ---------------------------------------------------------------
    pat(
        "means_and_plan",
        S,
        r"\b(?:stockpil\w+|stocked\s+up\s+on|hoard(?:ing|ed)|saving\s+up|saved\s+up|"
        r"collecting|collected)\s+(?:\w+\s+)?(?:" + DRUGS + r")\b"
        r"|\b(?:bought|buying|got|ordered|have)\s+(?:a|the|some)\s+(?:rope|noose)\b"
        r"|\bb\w{2,4}t\s+a\s+rope\b"
        r"|\b(?:picked|chosen|chose|set|decided\s+on)\s+(?:a|the)\s+(?:date|day|place|spot|time|"
        r"bridge|method)\b(?=[^.!?]{0,60}(?:\bi\b|$|[.!?]))"
        r"|\bknow\s+(?:exactly\s+)?how\s+(?:i'?d|i\s+would|i'?ll|i\s+will|i'?m\s+going\s+to)\s+do\s+it\b"
        r"|\b(?:i'?ve|i\s+have|ive)\s+planned\s+it\b|\bplanned\s+(?:it\s+)?(?:how|when|where)\s+i'?(?:ll|d)\b"
        r"|\b(?:looked|looking|look)\s+up\s+(?:ways|how|methods)\s+to\s+(?:die|not\s+be|end|kill)\b"
        r"|\b(?:researching|researched|looked\s+up|googling|googled)\s+(?:which|what|how\s+much|how\s+"
        r"many)\s+(?:\w+\s+)?(?:dose|pills|tablets|would\s+be\s+(?:enough|fatal))\b"
        r"|\bwhich\s+dose\s+would\s+be\s+enough\b"
        r"|\blooked\s+up\s+how\s+(?:high|tall|far|deep)\s+(?:the\s+)?(?:\w+\s+){0,3}(?:is|are)\b"
        r"|\b(?:stand|standing|stood|sit|sitting|sat)\s+(?:on|at)\s+the\s+(?:edge|ledge|railing)\b"
        r"(?=[^.!?]{0,40}(?:longer|night|again|each\s+time|think|$|[.!?]))"
        r"|\b(?:writing|typing)\s+this\s+from\s+the\s+(?:roof|bridge|ledge|edge|tracks)\b"
        r"|\bone\s+step\s+would\s+(?:fix|end|solve)\b"
        r"|\b(?:gun|rope|pills|knife)\b[^.!?]{0,40}\b(?:on|to)\s+my\s?self\b"
        r"|\b(?:drive|driving|crash)\s+(?:\w+\s+){0,2}into\s+a\s+(?:wall|tree|lorry|truck)\b"
        r"(?=[^.!?]{0,30}\b(?:be\s+done|end|over|gone)\b)"
        r"|\bholding\s+my\s+(?:meds|pills|tablets)\b[^.!?]{0,50}\b(?:decide|deciding)\b"
        r"|\blife\s+insurance\s+pays\s+out\s+even\s+for\s+this\b"
        r"|\bstopping\s+the\s+car\s+and\s+getting\s+out\b"
        r"|\b(?:cancel+ed|cancel+ing)\s+(?:\w+\s+){0,5}because\s+i\s+won'?t\s+need\b"
        r"|\bhouse\s+is\s+empty\.?\s+that'?s\s+when\b",
        person="self",
    ),
    # -- Spanish -----------------------------------------------------------------------
    pat(
        "es_wish_death",
        S,
        r"\b" + ES_WISH + r"\s+(?:" + NEG + r"\w+\s+){0,2}?" + ES_DEATH + r"(?!\w)"
        r"|\bme\s+(?:quiero|qiuero|quero|kiero|voy\s+a)\s+(?:matar|morir|suicidar|tirar|colgar)\b",
    ),
    pat(
        "es_frames",
        S,
        r"\bcartas?\s+de\s+de\w{4,8}da\b|\b(?:esta\s+es\s+|es\s+)mi\s+despedida\b"
        r"|\bmi\s+[uú]ltimo\s+mensaje\b|\b(?:regal[eé]|he\s+regalado|di)\s+(?:todas\s+)?mis\s+cosas\b"
        r"|\bno\s+(?:las|los|la|lo)\s+voy\s+a\s+necesitar\b"
        r"|\bnadie\s+me\s+(?:va\s+a\s+echar\s+de\s+menos|echar[aá]\s+de\s+menos|va\s+a\s+extra[ñn]ar|"
        r"extra[ñn]ar[aá])\b|\bcuando\s+ya\s+no\s+est[eé]\b"
        r"|\bsi\s+yo\s+no\s+(?:existiera|estuviera)\b|\bmejor\s+sin\s+m[ií]\b"
        r"|\bcuerda\b[^.!?]{0,50}\busarla\b|\btomarme\s+todas\s+las\s+pastillas\b"
        r"|\bsoy\s+una?\s+(?:carga|estorbo)\b|\bme\s+siento\s+una?\s+(?:carga|estorbo)\b"
        r"|\bme\s+(?:volv[ií]\s+a\s+cortar|he\s+vuelto\s+a\s+cortar|cort[eé])\b",
        person="self",
    ),
    # -- French ------------------------------------------------------------------------
    pat(
        "fr_wish_death",
        S,
        r"(?<!\w)" + FR_WISH + r"\s+(?:" + NEG + r"[\w']+\s+){0,2}?" + FR_DEATH + r"(?!\w)"
        r"|\b(?:envie|besoin)\s+d'\s?(?:en\s+finir|aller\s+mourir)\b"
        r"|\b(?:j'?veux|jveux|je\s+veux|je\s+ne\s+veux|j'ai|jai)\s+(?:plus|pas|plus\s+envie\s+de)\s+"
        r"(?:[êe]tre\s+l[àa]|vivre|exister)\b",
    ),
    pat(
        "fr_frames",
        S,
        r"\blettres?\s+d'?\s?adieu\b|\bmon\s+dernier\s+message\b|\bma\s+derni[èe]re\s+nuit\b"
        r"|\bquand\s+je\s+ne\s+serai\s+plus\s+l[àa]\b|\bsi\s+je\s+(?:partais|disparaissais|"
        r"n'?[ée]tais\s+plus\s+l[àa]|mourais)\b|\bj'?ai\s+donn[ée]\s+(?:toutes\s+)?mes\s+affaires\b"
        r"|\bje\s+n'?en\s+aurai\s+plus\s+besoin\b|\bje\s+suis\s+un\s+fardeau\b"
        r"|\bcorde\b[^.!?]{0,50}\bm'en\s+servir\b"
        r"|\b(?:recommenc[ée]|continue)\s+[àa]\s+me\s+(?:couper|scarifier|faire\s+du\s+mal)\b",
        person="self",
    ),
    # "I've thought about how to do it": only with hopelessness in the same message.
    pat(
        "intl_how_to_do_it",
        S,
        r"\bpensado\s+c[oó]mo\s+hacerlo\b|\br[ée]fl[ée]chi\s+[àa]\s+comment\s+le\s+faire\b"
        r"|\b[üu]berlegt,?\s+wie\s+ich\s+es\s+mache\b",
        person="self",
        requires=r"\b(?:sentido|futuro|esperanza|avenir|sens|espoir|zukunft|sinn|hoffnung)\b",
    ),
    # -- German ------------------------------------------------------------------------
    pat(
        "de_wish_death",
        S,
        r"\b" + DE_WISH + r",?\s+(?:" + NEG + r"\w+,?\s+){0,3}?" + DE_DEATH + r"(?!\w)"
        r"|\b(?:ich\s+)?will\s+nich?t?\s+mehr(?=\s*(?:$|[.,!?;]|bin|ich\s+kann))"
        r"|\bschluss\s+mit\s+(?:allem|dem\s+leben|meinem\s+leben)\b"
        r"|\bans\s+springen\b|\bspringen\b(?=[^.!?]{0,20}\bbr[üu]cke\b)",
    ),
    pat(
        "de_frames",
        S,
        r"\bniemand\s+wird\s+mich\s+vermissen\b|\bwenn\s+ich\s+(?:weg|tot|nicht\s+mehr\s+da)\s+"
        r"(?:bin|w[äa]re)\b|\bmeine\s+letzte\s+nachricht\b|\bmein\s+abschied\b"
        r"|\bseil\b[^.!?]{0,50}\b(?:denke|benutzen)\b"
        r"|\bnehme\s+(?:heute\s+(?:nacht|abend)\s+)?alle\s+(?:meine\s+)?tabletten\b"
        r"|\bverletze\s+mich\s+(?:absichtlich|selbst|wieder)\b|\bmich\s+zu\s+schneiden\b"
        r"|\b(?:es\s+)?w[äa]re\s+mir\s+(?:egal|lieber),?\s+wenn\s+ich\s+(?:morgen\s+)?sterbe\b"
        r"|\bleichter\s+ohne\s+mich\b|\b(?:hoffe|w[üu]nschte),?\s+ich\s+wache\s+(?:\w+\s+)?"
        r"n\w{1,4}t\s+mehr\s+auf\b|\bsachen\s+verschenkt\b|\bbrauche\s+sie\s+nicht\s+mehr\b"
        r"|\bf[üu]r\s+immer\s+verschwinden\b|\bklotz\s+am\s+bein\b",
        person="self",
    ),
)

# Harm to others and overdoses, the same blocks (first person intent + act + victim).
COMPOSED_OTHERS: tuple[Pattern, ...] = (
    pat(
        "intent_harm_act",
        H,
        r"\b(?:i'?m|im|i\s+am|i'?ll|ill|i\s+will)\s+(?:\w+\s+)?(?:going\s+to|gonna)\s+"
        r"(?:run\s+(?:him|her|them)\s+over|smash\s+(?:his|her|their)\s+(?:face|head)|"
        r"burn\s+(?:his|her|their)\s+(?:car|house|flat)|(?:stab|strangle)\s+(?:him|her|them|my\s+\w+)|"
        r"push\s+(?:him|her|my)|"
        r"go\s+round\s+there\s+with\s+a\s+(?:hammer|knife|bat|gun))"
        r"|\bvoy\s+a\s+matar\s+a\b|\bclavar\s+un\s+cuchillo\b|\bhacerle\s+da[ñn]o\s+a\s+mi\b"
        r"|\bje\s+(?:lui|leur)\s+plante\s+un\s+couteau\b|\bfaire\s+du\s+mal\s+[àa]\s+mon\b"
        r"|\bbringe\s+(?:\w+\s+){0,3}?(?:meinen|meine|ihn|sie)\s+(?:\w+\s+)?um\b"
        r"|\bsteche\s+ich\s+(?:ihn|sie)\s+ab\b|\bmeinem\s+baby\s+etwas\s+anzutun\b",
        person="self",
    ),
    pat(
        "too_many_taken",
        M,
        r"\b(?:me\s+)?tom[eé]\s+demasiadas\s+(?:pastillas|medicinas)\b"
        r"|\bpris\s+trop\s+de\s+(?:comprim[ée]s|m[ée]dicaments|cachets|pilules)\b"
        r"|\bzu\s+viele\s+(?:tabletten|pillen|medikamente)\s+(?:\w+\s+){0,3}?genommen\b"
        r"|\bmixed\s+my\s+(?:sleeping\s+)?(?:pills|tablets|meds)\s+with\b"
        r"|\btook\s+way\s+too\s+much\s+(?:of\s+)?my\s+\w+",
    ),
)
