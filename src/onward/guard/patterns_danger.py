"""More crisis phrasing (layer 1): plans and means, violence, danger at home, bodies in trouble.

A second table beside patterns_signals.py, kept apart so neither file grows past
reading. Same rules: written from the shape of statements, recall first, a
`requires` or `unless` where a phrase is ambiguous on its own, and `person="other"`
where the phrase is only ever about somebody else (remapped to third_party_danger).
"""

from __future__ import annotations

from onward.guard.context import MINOR_SOURCE
from onward.guard.patterns_base import PEOPLE, A, H, M, Pattern, S, T, pat

_WHO = PEOPLE[3:-1]
_VICTIM = (
    r"(?:him|her|them|someone|somebody|people|everyone|everybody|us|children|kids|babies|women|"
    r"men|(?:my|the|that|those|these|this|his|her|their|our)\s+(?:[\w']+\s+){0,2}?(?:" + _WHO
    + r"|people|guys?|man|men|woman|women|girl|boy|bully|bullies|person|neighbours?|family))"
)
_ATTACK = (
    r"(?:kill|murder|hurt|harm|stab|shoot|strangl|beat|batter|punch|attack|poison|smother|chok|"
    r"push|shov|run)\w*"
)
_NOT_A_CONTEST = (
    r"(?!\s+(?:at|in|to|on|by|up|back|for\s+(?:a|the)|with\s+(?:my|the|a|an|some|our)\s+"
    r"(?:facts|data|numbers|results|argument|questions?|kindness|feedback|proposal|ideas?|news))\b)"
)
_PILLS = r"(?:pills|tablets|paracetamol|painkillers|sleeping\s+pills|meds|medication|insulin)"

DANGER_EN: tuple[Pattern, ...] = (
    # -- suicide: plans, means, places -------------------------------------------------
    pat(
        "looked_up_ways",
        S,
        r"\b(?:looked|looking|look)\s+up\s+(?:\w+\s+){0,2}?(?:ways|how)\s+to\s+(?:die|kill\s+myself|"
        r"end\s+(?:it|my\s+life)|overdose)\b"
        r"|\b(?:research\w*|googl\w*|search\w*)\s+(?:for\s+)?(?:ways\s+to\s+(?:die|end\s+it)|how\s+"
        r"(?:many|much)\s+(?:\w+\s+){0,2}?(?:it\s+would|would\s+it)\s+take|how\s+to\s+(?:die|"
        r"overdose|end\s+it))"
        r"|\b(?:have|got)\s+(?:a|the)\s+plan\s+(?:for\s+)?how\s+(?:i'?d|i\s+would|i'?ll|to)\s+do\s+it\b"
        r"|\b(?:have|got)\s+the\s+means\b"
        r"|\b(?:plan|planning|intend|expect)\s+(?:to\s+be|on\s+being)\s+dead\b",
        person="self",
    ),
    pat(
        "at_the_edge",
        S,
        r"\b(?:i'?m|i\s+am)\s+(?:\w+\s+)?(?:standing|sitting|stood|sat)\s+on\s+(?:the|a)\s+(?:ledge|"
        r"roof|bridge|edge|tracks|railing|cliff)\b"
        r"|\b(?:driv\w*|steer\w*|crash\w*|swerv\w*)\s+(?:my|her|his|their|the)\s+car\s+(?:into|off)\s+"
        r"(?:a|the)\s+(?:wall|tree|bridge|road|cliff|river|lorry|truck|oncoming\s+\w+)\b"
        r"|\bsteer\w*\s+off\s+(?:it|the\s+(?:bridge|road|cliff|edge))\b"
        r"|\bmeaning\s+to\s+(?:go\s+over|jump|do\s+it|end\s+it)\b"
        r"|\b(?:going\s+to|gonna|about\s+to|wants?\s+to|threatening\s+to)\s+jump(?!\s+(?:in|into|at|"
        r"on|ship|start|the\s+gun|through|for|back|up|ahead|the\s+queue))\b"
        r"|\b(?:bought|got|have)\s+(?:a\s+)?(?:rope|noose)(?=\s*(?:today|yesterday|[.!]|$))"
        r"|\b(?:razor|razors|blades?|knife)\s+(?:\w+\s+)?(?:next\s+to|beside|in\s+front\s+of)\s+me\b"
        r"|\bhold(?:ing)?\s+(?:the|a)\s+(?:knife|blade|razor)\s+(?:to|against)\s+my\b",
    ),
    pat(
        "end_it_intent",
        S,
        r"\b(?:going\s+to|gonna|'ll|will|want\s+to|wants\s+to|plan\s+to|ready\s+to)\s+end\s+it"
        r"(?=\s*(?:$|[.!,]|after|when|before|once|tonight|today|tomorrow|this|soon|for\s+good))"
        r"|\b(?:stopping|stops|keeping|keeps)\s+me\s+from\s+(?:ending\s+it|doing\s+it|killing\s+myself|"
        r"going\s+through\s+with\s+it)\b"
        r"|\b(?:want|wish|need)\s+(?:for\s+)?(?:everything|it\s+all|my\s+life|life)\s+to\s+(?:end|be\s+"
        r"over|stop)\b"
        r"|\bgiv(?:e|ing)\s+up\s+on\s+(?:life|living)\b"
        r"|\bdeath\s+(?:would|will|'d)\s+(?:be\s+)?(?:a\s+)?(?:relief|release|welcome|easier|better|"
        r"peaceful|mercy)\b"
        r"|\b(?:fantasi[sz]\w*|dream\w*|obsess\w*|thinking)\s+(?:about|of|over)\s+(?:dying|being\s+"
        r"dead|my\s+(?:own\s+)?death)\b"
        r"|\b(?:about|of)\s+(?:just\s+)?not\s+(?:existing|being\s+(?:here|alive|around))\b"
        r"|\b(?:tired|sick)\s+of\s+(?:existing|being\s+alive)\b"
        r"|\b(?:can'?t|cannot|don'?t)\s+(?:see|imagine|picture)\s+myself\s+(?:being\s+|still\s+)?"
        r"(?:alive|here|around)\s+(?:in|by|next|at)\b"
        r"|\bwish(?:ing|ed)?\s+i'?d\s+never\s+been\s+born\b"
        r"|\b(?:" r"don'?t|do\s+not)\s+want\s+to\s+keep\s+(?:living|existing|being\s+alive)\b"
        r"|\b(?:better|lighter|easier|happier)\s+(?:off\s+)?without\s+me(?=\s*(?:$|[.!,;]|in\b))"
        r"|\bbetter\s+off\s+with\s+(?:the\s+)?(?:life\s+)?insurance\b"
        r"|\b(?:nobody|no\s+one|noone|no-one)\s+(?:would|will|'d)\s+(?:even\s+|really\s+)?(?:care|"
        r"notice|miss\s+me|mind)\s+if\s+i\s+(?:was|were|died|disappeared|wasn'?t|vanished|went)\b",
    ),
    pat(
        "self_harm_more",
        S,
        r"\b(?:hurt|pick|scratch|burn|cut|tear)(?:ing|s)?\s+(?:at\s+)?my\s+(?:skin|arms?|legs?|wrists?|"
        r"thighs?)\s+(?:until|till|to\s+(?:cope|feel|punish)|when(?:ever)?|on\s+purpose|again)\b"
        r"|\bcut\s+deeper\b"
        r"|\b(?:scared|afraid|worried|frightened|terrified)\s+(?:that\s+)?i'?(?:ll|\s+will|\s+might|"
        r"\s+could|m\s+going\s+to)\s+(?:hurt|harm|kill|cut)\s+myself\b"
        r"|\b(?:i'?m|i\s+am)\s+saying\s+goodbye(?=\s*(?:[,.!]|$|to\s+(?:you|everyone)))",
        person="self",
    ),
    pat(
        "others_self_harm",
        S,
        r"\b(?:cutting|hurting|harming|burning)\s+(?:him|her|them)sel(?:f|ves)\b"
        r"|\bsaid\s+goodbye\s+in\s+a\s+(?:weird|strange|odd|final|scary)\s+way\b"
        r"|\bgoing\s+to\s+do\s+something\s+(?:stupid|to\s+(?:him|her|them)sel(?:f|ves)|drastic|"
        r"terrible)\b|\b(?:he|she|they)(?:'s|'re|\s+is|\s+are)\s+going\s+to\s+do\s+something"
        r"(?=\s*(?:[.!]|$))"
        r"|\bsorry\s+for\s+everything\b(?=[^.!?]*\b(?:pills|goodbye|gone|phone|answer\w*)\b)"
        r"|\b(?:photo|picture|pic)\s+of\s+(?:\w+\s+)?(?:pills|tablets|a\s+rope|a\s+knife|blades?)\b",
        person="other",
    ),
    # -- violence ------------------------------------------------------------------------
    pat(
        "violent_fantasy",
        H,
        r"\b(?:fantasi[sz]\w*|dream\w*|picturing|thinking|thought|urges?|impulses?)\s+(?:about\s+|of\s+|"
        r"to\s+)?(?:\w+\s+){0,2}?" + _ATTACK + r"\s+" + _VICTIM + _NOT_A_CONTEST
        + r"|\b(?:could|might|would)\s+(?:really\s+|seriously\s+)?(?:hurt|kill)\s+(?:her|him|them)"
        r"\b(?=[^.!?]*\b(?:driv\w+\s+past|outside|follow\w*|knife|gun|plan\w*|house)\b)",
        person="self",
    ),
    pat(
        "weapon_use",
        H,
        r"\bus(?:e|ing)\s+it\s+on\s+(?:him|her|them|my\s+\w+|the\s+\w+|someone|people)\b",
        requires=r"\b(?:gun|knife|weapon|blade|machete|bat|acid)\b",
        person="self",
    ),
    pat(
        "make_them_pay",
        H,
        r"\bmake\s+(?:him|her|them|my\s+[\w']+|the\s+\w+)\s+(?:all\s+)?(?:suffer|pay)\b",
        requires=r"\b(?:physical\w*|violent\w*|hurt|blood|bleed|weapon|knife|gun|planning|plan\w*|"
        r"survive)\b",
        person="self",
    ),
    pat(
        "attack_plans",
        H,
        r"\bmake\s+(?:him|her|them)\s+bleed\b"
        r"|\bburn\s+(?:his|her|their|the|my\s+[\w']+)\s+(?:\w+\s+)?(?:house|flat|car|place|office)\s+"
        r"down\b|\bset\s+fire\s+to\s+(?:his|her|their)\b"
        r"|\bi\s+threatened\s+to\s+(?:kill|hurt|stab|shoot)\b"
        r"|\blesson\s+(?:he|she|they)\s+(?:won'?t|will\s+never)\s+(?:walk\s+away\s+from|survive|"
        r"recover\s+from)\b|\b(?:he|she|they)\s+won'?t\s+survive\s+it\b"
        r"|\bfinish\s+the\s+job\b(?=[^.!?]*\b(?:fight|him|her|them)\b|.*\bfight\b)"
        r"|\bshoot\s+up\s+(?:the|my)\s+(?:place|school|office|work|workplace)\b"
        r"|\b(?:someone|somebody|people|everyone)\s+(?:\w+\s+){0,3}?(?:is|are)\s+going\s+to\s+(?:get\s+"
        r"hurt|die|pay)\b(?=[^.!?]*\b(?:i'?m\s+going\s+to|i'?ll|make\s+sure)\b)"
        r"|\bgrab(?:bed|bing|s)?\s+(?:him|her|them|my\s+\w+)\s+by\s+the\s+(?:throat|neck)\b"
        r"|\bsmash(?:ed)?\s+(?:my\s+)?(?:[\w']+\s+)?head\s+(?:against|into)\b"
        r"|\b(?:afraid|scared|frightened|terrified)\s+(?:that\s+)?i'?(?:ll|\s+will|\s+might|\s+could)\s+"
        r"(?:[\w']+\s+){0,4}?(?:hurt|kill|hit)\s+(?:him|her|them|someone|my\s+\w+)\b"
        r"|\b(?:frightened|scared|afraid|terrified)\s+of\s+myself\b",
        person="self",
    ),
    # -- abuse and danger now -----------------------------------------------------------
    pat(
        "hit_me",
        A,
        r"\b(?:hit|hits|punched|punches|slapped|slaps|kicked|kicks|choked|chokes|strangled|beat|"
        r"beats|shoved|pushed)\s+me\b(?:\s+(?:down|into|against|over))?"
        r"(?!\s+(?:up\b|to\s+it|at\b|in\s+(?:the|a)\s+(?:race|game|match|final)|with\s+(?:a|the|"
        r"some)\s+(?:question|idea|fact|deadline|request|bill)|over\s+the\s+line|off\s+the))",
        person="self",
        past_category="trauma",
    ),
    pat(
        "danger_at_home_more",
        A,
        r"\b(?:he|she|they)(?:'s|\s+is|'re|\s+are)\s+(?:\w+\s+)?(?:throwing\s+things\s+at|kicking|"
        r"attacking|chasing|banging\s+on)\s+(?:me|the\s+door|my\s+door)\b"
        r"|\bhiding\s+(?:in\s+(?:the|my)\s+(?:bathroom|bedroom|cupboard|closet|car)|from\s+(?:him|her|"
        r"them))\b(?=[^.!?]*\b(?:he|she|they|him|her)\b)"
        r"|\bforced\s+to\s+(?:have\s+sex|do\s+(?:things|sexual))\b|\bforc\w+\s+(?:his|her|their)\s+"
        r"way\s+into\b"
        r"|\b(?:is|are|keeps?|been|'s|started)\s+threatening\s+(?:me|us)\b"
        r"|\bthreaten\w*\s+to\s+(?:hurt|kill|take|harm)\s+(?:me|us|the\s+kids|our\s+kids|the\s+children|"
        r"my\s+\w+)\b"
        r"|\b(?:afraid|scared|fear\w*|terrified)\s+for\s+my\s+(?:life|safety)\b"
        r"|\b(?:raped|sexually\s+assaulted|assaulted|attacked|spiked)\s+(?:at\s+the\s+weekend|last\s+"
        r"night|yesterday|today|this\s+(?:morning|week|weekend)|on\s+(?:monday|tuesday|wednesday|"
        r"thursday|friday|saturday|sunday)|(?:a\s+few|two|three)\s+days\s+ago)\b"
        r"|\b(?:scared|afraid|terrified)\s+(?:that\s+)?(?:he|she|they)'?(?:ll|\s+will|\s+might|\s+is\s+"
        r"going\s+to)\s+(?:come\s+back|find\s+me|hurt|kill|hit)\b"
        r"|\b(?:found|find|finds)\s+out\s+where\s+i'?m\s+(?:staying|living|hiding)\b"
        r"|\btraffick\w*|\b(?:they|he|she)\s+(?:have|has|took|keep|keeps)\s+my\s+passport\b"
        r"|\bnot\s+safe\s+(?:to\s+go\s+home|at\s+home|for\s+me\s+at\s+home|to\s+be\s+home)\b"
        r"|\b(?:being\s+)?held\s+(?:by|captive|hostage)\b",
        person="self",
        past_category="trauma",
    ),
    pat(
        "grooming_more",
        A,
        r"\bmakes?\s+me\s+do\s+(?:things|stuff)\b|\b(?:says|said)\s+it'?s\s+(?:a|our)\s+secret\b"
        r"|\bdoes\s+(?:things|stuff)\s+to\s+me\b|\block(?:s|ed)?\s+me\s+(?:out|in)\b"
        r"|\b(?:don'?t|doesn'?t|never)\s+feed\s+me\b"
        r"|\bask(?:s|ed|ing)?\s+(?:me\s+)?for\s+(?:pictures|photos|pics|nudes)\b"
        r"|\b(?:stay|come)\s+(?:behind|over)\s+alone\b"
        r"|\bsends?\s+me\s+(?:sexual|dirty|inappropriate|explicit|creepy)\s+(?:messages|pictures|photos|"
        r"texts|stuff)\b"
        r"|\bscared\s+to\s+be\s+(?:at\s+)?home\b|\bhurts\s+me\b",
        requires=MINOR_SOURCE + r"|\b(?:teacher|coach|uncle|step\s?dad|stepfather|boyfriend|"
        r"babysit\w*|tutor|priest|older|adult|man|scared|afraid|not\s+safe|isn'?t\s+safe|"
        r"threaten\w*)\b",
        person="self",
        past_category="trauma",
    ),
    # -- someone else in danger now ------------------------------------------------------
    pat(
        "others_attacked_now",
        T,
        r"\b(?:is|are|'s)\s+being\s+(?:beaten|hit|attacked|hurt|abused|stabbed|strangled)\b"
        r"|\bscreaming\s+for\s+help\b"
        r"|\b(?:is|'s|are)\s+(?:hitting|beating|attacking|choking|strangling|hurting)\s+(?:her|him|"
        r"them|my\s+\w+|the\s+\w+)\b"
        r"|\b(?:threatening|talking\s+about|saying\s+(?:he|she|they)'?(?:ll|\s+will))\s+(?:to\s+)?"
        r"(?:kill|hurt|stab|shoot|attack|killing|hurting|stabbing|attacking)\s+(?:him|her|them|my\s+"
        r"\w+|his\s+\w+|her\s+\w+|their\s+\w+|the\s+\w+|people|someone)\b"
        r"|\b(?:has|had|got)\s+a\s+(?:gun|knife|weapon)\b(?=[^.!?]*\b(?:end\s+it|kill|hurt|use\s+it|"
        r"shoot|threaten\w*)\b)"
        r"|\b(?:says|said|told\s+me)\s+(?:that\s+)?(?:her|his|their)\s+(?:\w+\s+)?(?:dad|father|mum|"
        r"mom|mother|stepdad|stepfather|uncle|boyfriend|husband|partner)\s+(?:beats|hits|hurts|"
        r"abuses|touches)\s+(?:her|him|them)\b",
        person="other",
    ),
    # -- medical emergencies -------------------------------------------------------------
    pat(
        "medical_more",
        M,
        r"\b(?:swallowed|took|taken|had)\s+(?:a\s+lot\s+of|a\s+handful\s+of|loads\s+of|lots\s+of|"
        r"a\s+whole\s+(?:pack|packet|bottle|box|strip)\s+of)\s+(?:\w+\s+)?" + _PILLS + r"\b"
        r"|\b(?:keep|kept)\s+(?:fainting|passing\s+out|collapsing)\b|\bfainted\s+(?:twice|again|"
        r"three\s+times)\b"
        r"|\b(?:feel\s+like\s+i'?m|i'?m|i\s+am)\s+(?:going|about)\s+to\s+(?:pass\s+out|faint)\b"
        r"|\b(?:isn'?t|is\s+not|not|stopped)\s+breathing\b"
        r"|\b(?:i'?ve\s+been|i\s+was|i\s+think\s+i'?ve\s+been)\s+poisoned\b"
        r"|\bcan'?t\s+(?:feel|move)\s+(?:one\s+side|(?:my\s+)?(?:left|right)\s+(?:arm|leg|side)|my\s+"
        r"(?:legs|arms|face))\b|\bspeech\s+is\s+slurred\b|\bvision\s+(?:went|has\s+gone|suddenly)\b"
        r"|\bstiff\s+neck\b(?=[^.!?]*\b(?:fever|rash)\b)|\bfever\b(?=[^.!?]*\bstiff\s+neck\b)"
        r"|\bheadache\b(?=[^.!?]*\b(?:worst\s+(?:of|in)\s+my\s+life|came\s+on\s+suddenly)\b)",
    ),
    pat(
        "medical_with_cue",
        M,
        r"\bheart(?:beat)?\s+(?:is\s+|keeps\s+|feels\s+like\s+it'?s\s+)?(?:racing|pounding|skipping|"
        r"over\s+\d+)\b"
        r"|\bmixed\s+(?:\w+\s+)?(?:alcohol|drink|drinks|pills|medication|meds)\s+(?:with|and)\b"
        r"|\b(?:can|could)\s+barely\s+(?:stay\s+awake|keep\s+my\s+eyes\s+open)\b"
        r"|\b(?:took|taken)\s+(?:double|twice|two\s+doses\s+of)\s+(?:my\s+)?(?:\w+\s+)?(?:medication|"
        r"meds|dose|pills|tablets|insulin)\b"
        r"|\bdiabetic\b(?=[^.!?]*\b(?:shaky|pass\s+out|faint\w*|confus\w*|hypo\w*)\b)",
        requires=r"\b(?:pills|tablets|took|taken|drank|drunk|drinking|alcohol|medication|meds|"
        r"insulin|chest|pass\s+out|light-?headed|awake|1[5-9]\d|2\d\d|shaky|diabetic)\b",
    ),
)
