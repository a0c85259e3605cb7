"""Explicit English crisis phrases (layer 1): stop coaching now.

Written for recall: a crisis that is missed costs far more than one that is asked
about. Traps (idioms, negation, quotes, fiction, someone else's past) are handled by
context.py, so the phrases here can stay plain. Idioms that contain these words
("killing myself at the gym", "career suicide") are masked before matching.
"""

from __future__ import annotations

from onward.guard.patterns_base import (
    CANT,
    DONT,
    DRUGS,
    FAMILY_OR_PARTNER,
    IM,
    PEOPLE,
    A,
    H,
    M,
    Pattern,
    S,
    T,
    pat,
)

_HARM_VERB = (
    r"(?:kill|killing|murder|murdering|hurt|hurting|harm|harming|stab|stabbing|shoot|shooting|"
    r"strangle|strangling|beat\s+up|beating\s+up|attack|attacking|poison|poisoning|smother|"
    r"smothering|choke|choking|run\s+over)"
)
_VICTIM = (
    r"(?:him|her|them|you|someone|somebody|people|everyone|everybody|"
    r"my\s+(?:\w+\s+)?" + PEOPLE + r"|the\s+(?:baby|kids|children|whole\s+(?:office|team|class)))"
)
_INTENT = (
    r"(?:" + IM + r"\s+(?:going\s+to|gonna|about\s+to|planning\s+(?:to|on)|ready\s+to)|"
    r"i'?ll|i\s+will|i\s+(?:really\s+)?(?:want|need|plan|intend|mean)\s+to|i\s+wanna|"
    r"i\s+(?:keep\s+)?(?:thinking|fantasi[sz]ing|dreaming)\s+(?:about|of)|"
    r"i\s+(?:have|get|keep\s+having)\s+(?:thoughts|urges)\s+(?:of|about|to)|"
    r"(?:urges?|thoughts)\s+(?:to|of|about))"
)
_ABUSE_VERB = (
    r"(?:hits|hit|hitting|beats|beat|beating|kicks|kicked|punches|punched|slaps|slapped|chokes|"
    r"choked|strangles|strangled|burns|burned|locks|locked|touches|touched|touching|rapes|raped|"
    r"molests|molested|abuses|abused|abusing|threatens|threatened|hurts|hurt|hurting)"
)

CRISIS_EN: tuple[Pattern, ...] = (
    # -- suicide and self-harm, first person or read from context --------------------
    pat("kill_myself", S, r"\bkill(?:ing)?\s+my\s?self\b|\bkms\b", person="self"),
    pat("end_my_life", S, r"\b(?:end|ending|take|taking)\s+my\s+(?:own\s+)?life\b", person="self"),
    pat(
        "end_it_all",
        S,
        r"\bend(?:ed|ing|s)?\s+it\s+(?:all|tonight|today|now|soon|for\s+good)\b"
        r"|\bend(?:ed|ing|s)?\s+(?:things|everything)\b"
        r"(?!\s+(?:with|on|between|at|early|for|off|up|here|there|nicely|well))",
    ),
    pat("suicide", S, r"\bsuicid(?:e|al|ality)\b"),
    pat(
        "want_to_die",
        S,
        r"\b(?:wants?\s+to|wanting\s+to|wanna|ready\s+to|wish\s+i\s+could|"
        r"(?:would|'d)\s+(?:like|love)\s+to)\s+(?:just\s+|simply\s+)?die\b"
        r"|\bfeel(?:s|ing)?\s+like\s+dying\b|\b(?:i'?d|i\s+would)\s+rather\s+(?:be\s+dead|die)\b",
    ),
    pat(
        "wish_dead",
        S,
        r"\b(?:wish|wished|wishing)\s+(?:that\s+)?i\s+(?:was|were|'?d\s+be|could\s+be)\s+dead\b"
        r"|\bbetter\s+off\s+dead\b",
    ),
    pat(
        "not_want_to_live",
        S,
        r"\b(?:" + DONT + r"|doesn'?t|does\s+not|no\s+longer)\s+(?:really\s+|even\s+|think\s+i\s+)?"
        r"wants?\s+to\s+(?:live|be\s+alive|exist|wake\s+up)\b"
        r"|\b(?:" + DONT + r"|doesn'?t|does\s+not)\s+(?:really\s+|even\s+)?wants?\s+to\s+"
        r"(?:be\s+here|go\s+on|keep\s+going|carry\s+on)\s+any\s?(?:more|longer)\b"
        r"|\b(?:(?:don'?t|do\s+not)\s+know|not\s+sure)\s+(?:if|whether)\s+i\s+(?:still\s+|even\s+)?want\s+to\s+(?:live|"
        r"be\s+alive|exist|be\s+here|go\s+on|keep\s+going)\b",
    ),
    pat(
        "no_reason_to_live",
        S,
        r"\bno\s+(?:reason|point)\s+(?:to|in)\s+(?:living|live|going\s+on|being\s+alive|"
        r"carrying\s+on)\b|\bnothing\s+(?:left\s+)?to\s+live\s+for\b"
        r"|\b(?:(?:don'?t|do\s+not|can'?t|cannot)\s+see|what'?s)\s+(?:the|any)\s+point\s+(?:in|of)\s+(?:living|life|being\s+alive|"
        r"going\s+on)\b"
        r"|\b(?:life|living)\s+(?:is\s+not|isn'?t|is\s+no\s+longer|doesn'?t\s+feel)\s+worth\s+"
        r"(?:living|it)\b|\btired\s+of\s+(?:being\s+alive|life\b|living)"
        r"(?!\s+(?:paycheck|pay\s?check|like|in|with|here|at|on|off|for|out|from))",
    ),
    pat(
        "cant_go_on",
        S,
        r"\b" + CANT + r"\s+(?:go\s+on|carry\s+on|keep\s+going)(?:\s+living)?"
        r"(?=\s*(?:$|[.!,;?]|any\s?more|any\s+longer|living))",
    ),
    pat(
        "sleep_and_not_wake",
        S,
        r"\b(?:go\s+to\s+sleep|fall\s+asleep|sleep)\s+and\s+(?:never|not)\s+wake\s+up\b"
        r"|\b(?:hope|wish|pray)\s+(?:that\s+)?i\s+(?:don'?t|do\s+not|never|won'?t)\s+wake\s+up\b"
        r"|\bnever\s+(?:want\s+to\s+)?wake\s+up\s+again\b",
    ),
    pat(
        "wish_not_exist",
        S,
        r"\b(?:wish|if)\s+i(?:'d)?\s+(?:just\s+)?(?:didn'?t|did\s+not|never|wasn'?t|weren'?t|hadn'?t)\s+"
        r"(?:exist|existed|be\s+here|here|around|alive|been\s+born|born)\b"
        r"|\b(?:wish|if)\s+i\s+(?:could\s+)?(?:just\s+)?(?:disappear|vanish|stop\s+existing|"
        r"cease\s+to\s+exist)(?!\s+(?:for\s+a|to|on|into|until|till|from|off|somewhere))"
        r"|\beasier\s+if\s+i\s+(?:just\s+)?(?:wasn'?t|weren'?t|was\s+not|were\s+not|didn'?t|"
        r"did\s+not)\s+(?:here|around|alive|exist)\b"
        r"|\beasier\s+if\s+i\s+(?:just\s+)?(?:was|were)\s+(?:gone|dead)\b|\beasier\s+if\s+i\s+died\b",
        person="self",
    ),
    pat(
        "burden_better_off",
        S,
        r"\b(?:everyone|everybody|my\s+(?:family|kids|children|wife|husband|partner|friends|"
        r"parents)|the\s+world|they|people|you\s+all)\s+(?:would|'d|will)\s+(?:all\s+)?be\s+"
        r"better\s+off\s+without\s+me\b"
        r"|\b(?:nobody|no\s+one|noone)\s+would\s+(?:care|notice|miss\s+me)\s+if\s+i\s+"
        r"(?:died|was\s+gone|were\s+gone|disappeared|wasn'?t\s+here|killed\s+myself)\b",
        person="self",
    ),
    pat("self_harm_word", S, r"\bself[-\s]?(?:harm\w*|injur\w*|mutilat\w*)\b"),
    pat(
        "hurt_myself",
        S,
        r"\b(?:cutting|burning|harming|hurting|scratching|punishing)\s+myself\b"
        r"|\b(?:cut|burn|burned|harm|hurt)\s+myself\s+(?:again|on\s+purpose|deliberately|to\s+cope)\b"
        r"|\b(?:want|wanted|urges?|need|going|thinking\s+about|thought\s+about|feel\s+like|"
        r"started|start|keep)\s+(?:to\s+)?(?:cut|cutting|burn|harm|hurt|hurting|punish)\s+myself\b"
        r"|\bcut\s+(?:my|into\s+my)\s+(?:wrists?|arms?|legs?|thighs?|skin)\b",
        person="self",
    ),
    pat(
        "method_self",
        S,
        r"\b(?:hang|shoot|drown|poison|stab|suffocate|gas)\s+myself\b"
        r"|\b(?:jump|jumping|throw\s+myself|step)\s+(?:off|from|in\s+front\s+of|under)\s+"
        r"(?:a|the)\s+(?:bridge|building|roof|cliff|train|car|bus|balcony|tower|lorry|truck)\b"
        r"|\b(?:take|taking|going\s+to\s+take)\s+an\s+overdose\b",
    ),
    # Asking for means, or a plan already made: no context excuses these.
    pat(
        "means_or_plan",
        S,
        r"\bhow\s+(?:many|much)\s+(?:\w+\s+){0,2}" + DRUGS + r"\s+(?:would\s+it\s+take|does\s+it\s+"
        r"take|(?:would|does)\s+it\s+take\s+to|to\s+(?:die|overdose|kill|be\s+fatal))"
        r"|\b(?:painless|easiest|quickest|fastest|surest|best)\s+way\s+to\s+(?:die|kill\s+"
        r"(?:my|your|one)self|end\s+(?:it|my\s+life))\b"
        r"|\bhow\s+(?:to|do\s+(?:i|you))\s+(?:kill\s+(?:my|your|one)self|commit\s+suicide|"
        r"end\s+my\s+life)\b|\b(?:wrote|written|writing|left)\s+(?:a|my)\s+(?:suicide\s+note|"
        r"goodbye\s+(?:letter|note)s?)|\b(?:bought|got|saving|saved|stockpil\w+|hoard\w*|"
        r"collecting)\s+(?:up\s+)?(?:a\s+)?(?:rope|noose|" + DRUGS + r")\s+(?:to|so|for\s+when)\b",
        person="self",
        contextual=False,
    ),
    # -- someone else named in the pattern itself --------------------------------------
    pat(
        "kill_themselves",
        S,
        r"\bkill(?:s|ing)?\s+(?:him|her|them)sel(?:f|ves)\b"
        r"|\b(?:end|take)\s+(?:his|her|their)\s+(?:own\s+)?life\b",
        person="other",
    ),
    pat(
        "on_the_ledge",
        T,
        r"\b(?:he|she|they)(?:'s|'re|\s+is|\s+are)\s+(?:standing\s+|sitting\s+)?on\s+"
        r"(?:the|a)\s+(?:ledge|roof|bridge|edge|tracks)\b",
        person="other",
    ),
    pat(
        "not_responding",
        T,
        r"\b(?:he|she|they|my\s+(?:\w+\s+)?" + PEOPLE + r")\s+(?:\w+\s+)?(?:won'?t|will\s+not|"
        r"can'?t|isn'?t|is\s+not|aren'?t)\s+(?:wake\s+up|waking\s+up|respond\w*|breathing)\b",
        person="other",
    ),
    pat(
        "abuse_of_other",
        T,
        r"\b(?:hits|beats|hurts|kicks|punches|slaps|chokes|abuses|touches|burns)\s+"
        r"(?:my\s+(?:little\s+|baby\s+|younger\s+|older\s+)?(?:brother|sister|sibling|siblings|mum|"
        r"mom|mother|kids?|son|daughter|children|child)|the\s+(?:kids|children|baby))\b",
        person="other",
        past_category="trauma",
    ),
    # -- harm to others ------------------------------------------------------------
    pat(
        "intent_to_harm",
        H,
        r"\b" + _INTENT + r"\s+(?:\w+\s+){0,2}?" + _HARM_VERB + r"\s+" + _VICTIM + r"\b",
        person="self",
    ),
    pat(
        "weapon_to_work",
        H,
        r"\b(?:bring|take|bringing|taking)\s+a\s+(?:gun|knife|weapon|rifle|machete)\s+to\s+"
        r"(?:work|school|the\s+office|class|campus|the\s+meeting)\b"
        r"|\bshoot\s+up\s+(?:the|my)\s+(?:school|office|work|workplace|class|campus)\b",
        person="self",
    ),
    pat(
        "others_intent_to_harm",
        T,
        r"\b(?:he|she|they)(?:'s|'re|\s+is|\s+are|\s+says\s+(?:he|she|they)(?:'s|'ll|\s+will|"
        r"\s+is)?)?\s*(?:going\s+to|gonna|'ll|will|wants?\s+to)\s+" + _HARM_VERB + r"\s+"
        r"(?:his|her|their|someone|somebody|people|everyone)\b",
        person="other",
    ),
    # -- abuse or danger to the client -----------------------------------------------
    pat(
        "abused_by_someone",
        A,
        r"\b(?:he|she|they|my\s+(?:step-?)?" + FAMILY_OR_PARTNER + r")\s+(?:\w+\s+){0,2}?"
        + _ABUSE_VERB
        + r"\s+me\b",
        person="self",
        past_category="trauma",
    ),
    pat(
        "being_abused",
        A,
        r"\b(?:is|are|keeps?|been|has\s+been|have\s+been|still)\s+(?:\w+\s+)?(?:abusing|raping|"
        r"molesting|hitting|beating|hurting|touching)\s+me\b",
        person="self",
        past_category="trauma",
    ),
    pat(
        "unsafe_at_home",
        A,
        r"\b(?:(?:" + IM + r"|i\s+feel)\s+(?:not\s+safe|unsafe|scared|afraid|terrified)|"
        r"i\s+(?:don'?t|do\s+not)\s+feel\s+safe)\s+(?:at\s+home|to\s+go\s+home|in\s+my\s+(?:own\s+)?(?:home|house)|"
        r"of\s+my\s+(?:step-?)?" + FAMILY_OR_PARTNER + r"|(?:he|she|they)(?:'ll|\s+will|\s+might|"
        r"\s+is\s+going\s+to)\s+(?:hurt|kill|hit|find)\s+me)\b|\bafraid\s+to\s+go\s+home\b",
        person="self",
    ),
    pat(
        "threatened_me",
        A,
        r"\b(?:threaten\w*\s+to|tried\s+to|says?\s+(?:he|she|they)(?:'ll|'d|\s+will|\s+would)|"
        r"said\s+(?:he|she|they)(?:'d|\s+would))\s+(?:kill|hurt|beat|stab|shoot|strangle|choke)\s+"
        r"(?:me|us)\b",
        person="self",
    ),
    # -- medical emergency ------------------------------------------------------------
    pat(
        "overdose_taken",
        M,
        r"\b(?:took|taken|swallowed|downed)\s+(?:a\s+(?:whole\s+)?(?:bottle|packet|pack|box|handful|"
        r"bunch|load|strip)\s+of|all\s+(?:of\s+)?(?:my|his|her|their|the)|(?:way\s+)?too\s+many|"
        r"loads\s+of|[1-9]\d+|twenty|thirty|forty|fifty|a\s+hundred)\s+(?:(?:of\s+)?(?:my|his|"
        r"her|their|the|these|those)\s+)?(?:\w+\s+)?" + DRUGS + r"\b"
        r"|\boverdosed\b|\b(?:took|taken)\s+an\s+overdose\b|\bod'?d\b",
    ),
    pat(
        "poison_swallowed",
        M,
        r"\b(?:drank|drunk|swallowed|ingested)\s+(?:some\s+)?(?:bleach|antifreeze|poison|"
        r"weed\s?killer|rat\s+poison|drain\s+cleaner)\b",
    ),
    pat(
        "chest_pain",
        M,
        r"\bchest\s+(?:pain|pains|hurts|is\s+(?:tight|crushing|hurting))\b"
        r"|\b(?:crushing|sharp)\s+pain\s+in\s+my\s+chest\b|\bpain\s+in\s+my\s+chest\b",
    ),
    pat(
        "cant_breathe_emergency",
        M,
        r"\b(?:" + CANT + r"|unable\s+to|struggling\s+to)\s+breathe\b",
        requires=r"chest|heart|throat|swell|lips|blue|faint|collaps|ambulance|\b911\b|\b999\b|"
        r"\b112\b|right\s+now|help\s+me|allerg|asthma|inhaler|stung|bee",
    ),
    pat(
        "acute_event",
        M,
        r"\b(?:having|is\s+having|'s\s+having)\s+(?:a\s+)?(?:heart\s+attack|stroke|seizure|fit|"
        r"anaphyla\w+|severe\s+allergic\s+reaction)\b"
        r"|\bbleeding\s+(?:heavily|a\s+lot|badly|everywhere)\b|\b(?:won'?t|can'?t)\s+stop\s+"
        r"(?:the\s+)?bleeding\b|\b(?:unconscious|unresponsive|stopped\s+breathing)\b",
    ),
)
