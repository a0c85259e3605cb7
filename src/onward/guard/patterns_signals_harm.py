"""Crisis signals in plain English, continued: harm to others, abuse and danger now, a
body in trouble (layer 1, crisis).

The suicide and self-harm families are in patterns_signals.py; the same rules hold here:
written from the shape of statements, a `requires` or `unless` where a phrase is
ambiguous on its own, and `person="other"` where it is only ever about somebody else.
"""

from __future__ import annotations

from onward.guard.context import MINOR_SOURCE
from onward.guard.patterns_base import CANT, FAMILY_OR_PARTNER, IM, PEOPLE, A, H, M, Pattern, pat

_PERSON_VICTIM = (
    r"(?:him|her|them|someone|somebody|people|everyone|everybody|us|"
    r"(?:my|the|that|those|these|this|his|her|their)\s+(?:\w+\s+){0,2}?(?:" + PEOPLE[3:-1]
    + r"|people|guys?|man|men|woman|women|girl|boy|bully|bullies|person|idiot|bastard|prick))"
)
_INTENT_NOW = (
    r"(?:" + IM + r"\s+(?:\w+\s+)?(?:going\s+to|gonna|about\s+to|planning\s+(?:to|on)|ready\s+to)|"
    r"i\s+(?:really|actually|seriously|definitely|honestly|truly)\s+am\s+(?:going\s+to|gonna)|"
    r"i'?ll|i\s+will|i\s+(?:really\s+)?(?:want|need|plan|intend|mean)\s+to|i\s+wanna)"
)
# A real attack, not a win: "beat him at chess", "hit them with the facts".
_NOT_A_CONTEST = (
    r"(?!\s+(?:at|in|to|on|by|with\s+(?:my|the|a|an|some|our)\s+(?:facts|data|numbers|results|"
    r"argument|question|questions|kindness|feedback|proposal|idea|ideas|news)|back\s+at)\b)"
)

SIGNALS_HARM_EN: tuple[Pattern, ...] = (
    # -- harm to others ----------------------------------------------------------------
    pat(
        "intent_to_harm_broad",
        H,
        r"\b" + _INTENT_NOW + r"\s+(?:\w+\s+){0,3}?(?:kill|murder|hurt|harm|stab|shoot|strangle|"
        r"beat|batter|punch|hit|attack|poison|smother|choke|run\s+over|make\s+(?:him|her|them)\s+"
        r"(?:pay|suffer|bleed))\s+" + _PERSON_VICTIM + _NOT_A_CONTEST
        + r"|\b(?:when|once)\s+i\s+get\s+(?:home|there|back)\s+" + IM
        + r"\s+(?:going\s+to|gonna)\s+(?:beat|hit|hurt|kill|stab)\s+(?:him|her|them)\b"
        r"|\b(?:keep|kept)\s+(?:thinking|picturing)\s+(?:about\s+)?(?:hurting|killing|harming|"
        r"smothering|shaking|drowning)\s+(?:my\s+)?(?:baby|babies|son|daughter|kids?|child|toddler|"
        r"him|her|them)\b",
        person="self",
    ),
    pat(
        "harmed_and_again",
        H,
        r"\bi\s+(?:hit|punched|slapped|kicked|choked|strangled|shoved|pushed|shook|hurt|beat|"
        r"attacked|threw\s+\w+\s+at)\s+(?:my\s+(?:\w+\s+)?" + PEOPLE + r"|him|her|them|someone)\b",
        requires=r"\b(?:again|next\s+time|what\s+i'?(?:ll|d|\s+might|\s+could)\s+do|scared\s+i'?ll|"
        r"afraid\s+i'?ll|can'?t\s+control|lost\s+control|fell|hospital|bleed\w*|bruis\w*|"
        r"wouldn'?t\s+stop\s+crying)\b",
        person="self",
    ),
    pat(
        "shook_baby",
        H,
        r"\b(?:shook|shake|shaking|shaken)\s+(?:my|the|our)\s+(?:baby|newborn|infant|toddler)\b",
        person="self",
    ),
    pat(
        "afraid_of_what_ill_do",
        H,
        r"\b(?:afraid|scared|frightened|terrified|worried)\s+(?:of\s+)?what\s+i'?(?:ll|d|\s+might|"
        r"\s+could|\s+will|\s+would)\s+do(?:\s+(?:to\s+(?:him|her|them|someone|my\s+\w+)|next\s+"
        r"time))?\b(?!\s+(?:to\s+myself|at\s+work|in\s+the\s+(?:interview|meeting|exam)))"
        r"|\b(?:afraid|scared|frightened|terrified)\s+i'?(?:ll|\s+will|\s+might|\s+could)\s+"
        r"(?:hurt|kill|hit|snap\s+and\s+hurt)\s+(?:him|her|them|someone|somebody|my\s+\w+)\b",
        person="self",
    ),
    pat(
        "weapon_for_someone",
        H,
        r"\b(?:got|have|carrying|brought|bought|bring(?:ing)?|hid|hidden|keep|got\s+hold\s+of|"
        r"getting\s+hold\s+of)\s+(?:hold\s+of\s+)?(?:a|my|the)\s+(?:gun|weapon|machete|crowbar|"
        r"(?:knife|blade|bat)\s+(?:in\s+my\s+(?:bag|pocket|car|coat)|on\s+me))\b"
        r"|\buse\s+it\s+on\s+(?:him|her|them|my\s+\w+|the\s+\w+|someone|people)\b"
        r"|\bi'?m\s+(?:bringing|taking|carrying)\s+something(?=\s*(?:[.!,]|$|with\s+me))",
        requires=r"\b(?:use\s+it|who\s+it'?s\s+for|it'?s\s+for\s+(?:him|her|them)|going\s+to|gonna|"
        r"planning|make\s+(?:him|her|them)\s+pay|teach\s+(?:him|her|them)|find\s+(?:the|him|her|"
        r"them)|jumped|revenge|coworker|colleague|knife|gun|weapon)\b",
        person="self",
    ),
    pat(
        "revenge_violent",
        H,
        r"\b(?:planning|plan|plotting|want|get(?:ting)?|take|taking|have)\s+(?:my\s+)?revenge\b"
        r"|\bget\s+(?:back\s+at|even\s+with)\s+(?:him|her|them|my\s+\w+)\b",
        requires=r"\b(?:violent|violence|hurt|blood|kill\w*|pay\s+for|weapon|knife|gun|suffer|"
        r"beat|stab|shoot|bleed)\b",
        person="self",
    ),
    pat(
        "rid_of_person",
        H,
        r"\b(?:get(?:ting)?\s+rid\s+of|deal(?:ing)?\s+with|take\s+(?:care\s+of|out)|eliminat\w+|"
        r"silenc\w+)\s+(?:him|her|them|my\s+(?:\w+[-\s])?" + PEOPLE + r")\s+(?:permanently|for\s+"
        r"good|once\s+and\s+for\s+all|forever)\b",
        person="self",
    ),
    pat(
        "stop_them_for_good",
        H,
        r"\bmake\s+sure\s+(?:he|she|they|my\s+[\w-]+(?:\s+[\w-]+)?)\s+never\s+(?:hurts?|touch\w*|"
        r"bother\w*|comes?\s+near)\s+(?:anyone|anybody|me|us|her|him|them)\s+again\b",
        requires=r"\b(?:permanently|for\s+good|forever|whatever\s+it\s+takes|tonight|once\s+and\s+"
        r"for\s+all|weapon|knife|gun)\b",
        person="self",
    ),
    pat(
        "planning_what_ill_do",
        H,
        r"\b(?:planning|plan|thinking\s+about|decided|deciding|worked\s+out)\s+what\s+i'?(?:ll|"
        r"\s+will|m\s+going\s+to|\s+want\s+to)\s+do\s+to\s+(?:him|her|them|my\s+\w+)\b"
        r"|\b(?:list|names)\s+of\s+(?:\w+\s+){0,4}?(?:i|i'?d)\s+(?:want|like|plan|am\s+going|need)"
        r"\s+to\s+(?:hurt|kill|get|harm|shoot|stab|punish|make\s+pay)\b"
        r"|\bpeople\s+(?:at\s+\w+\s+)?(?:that\s+|who\s+)?i\s+(?:want|plan|am\s+going)\s+to\s+"
        r"(?:hurt|kill|harm|shoot|stab)\b"
        r"|\b(?:been\s+)?watching\s+(?:when|where)\s+(?:he|she|they)\s+(?:leaves?|lives?|goes|"
        r"parks?|walks?)\b(?=[^.!?]*(?:hurt|kill|get\s+(?:him|her)|pay))"
        r"|\b(?:hurt|kill|get)\s+(?:him|her|them|the\s+\w+)\b[^.!?]{0,60}[.!?]?\s*i'?ve\s+been\s+"
        r"watching\s+(?:when|where)\b",
        person="self",
    ),
    pat(
        "told_to_hurt",
        H,
        r"\b(?:tell|telling|told|tells|ordering|order)\s+(?:him|her|them|me)\s+to\s+(?:hurt|kill|"
        r"harm|attack|stab)\s+(?:us|me|people|someone|him|her|them|my|the|everyone|others)\b",
    ),
    # -- abuse and danger now ------------------------------------------------------------
    pat(
        "threat_to_kill_me",
        A,
        r"\b(?:he|she|they)\s*(?:'ll|will|'d|would|is\s+going\s+to|'s\s+going\s+to|is\s+gonna|"
        r"'s\s+gonna|(?:said|says|swore|swears)\s+(?:that\s+)?(?:he|she|they)\s*(?:'d|'ll|would|"
        r"will))\s+(?:\w+\s+)?(?:kill|hurt|beat|stab|shoot|strangle|choke|finish|end)\s+(?:me|us)\b",
        requires=r"\b(?:leave|left|believe\s+(?:him|her|them)|scared|afraid|terrified|frightened|"
        r"threat\w*|knife|gun|hit\w*|hurt\s+me|means?\s+it|serious|not\s+joking|police|told|"
        r"drunk|drinking)\b",
        person="self",
    ),
    pat(
        "controlled_me",
        A,
        r"\b(?:won'?t|doesn'?t|does\s+not|will\s+not|never)\s+let\s+me\s+(?:leave|go\s+out|out\s+of|"
        r"out|see\s+(?:my|anyone|friends)|have\s+(?:my\s+)?(?:phone|money|keys|passport)|talk\s+"
        r"to\s+anyone|call\s+anyone|eat)\b(?!\s+(?:early|before|until|till|work|on\s+time|the\s+"
        r"(?:office|meeting|team|company|job|call|table)|my\s+(?:job|shift|desk)))"
        r"|\b(?:took|takes|taken|taking)\s+(?:away\s+)?my\s+(?:phone|keys|car\s+keys|passport|"
        r"money|bank\s+card|pension|wages)\b(?=[^.!?]*\b(?:won'?t\s+let|locked|can'?t\s+leave|"
        r"trapped|scared|afraid|frightened|shouts|hits|threat\w*)\b)",
        past_category="trauma",
        person="self",
    ),
    pat(
        "controlled_at_home",
        A,
        r"\b(?:isn'?t|is\s+not|aren'?t|are\s+not|am\s+not|'m\s+not|not)\s+allowed\s+(?:to\s+)?"
        r"(?:leave\s+the\s+(?:house|flat|room|home)|go\s+out|out\s+of\s+the\s+house|see\s+anyone|"
        r"have\s+a\s+phone|call\s+anyone)\b"
        r"|\b(?:being\s+)?(?:held|kept|locked)\s+(?:at\s+home|in\s+(?:the|my|her|his|a)\s+(?:house|"
        r"room|flat|bedroom))\b(?!\s+(?:for\s+(?:a|the)\s+(?:meeting|call)))",
        past_category="trauma",
    ),
    pat(
        "followed_or_cornered",
        A,
        r"\b(?:following|stalking|followed)\s+me\s+(?:home|to\s+(?:work|school)|everywhere|"
        r"around|again)\b|\bstalking\s+me\b"
        r"|\b(?:outside|at)\s+my\s+(?:house|door|flat|window|work|car)\s+(?:again|right\s+now|now|"
        r"every\s+night|tonight|just\s+now)\b"
        r"|\b(?:forc(?:ed|es|ing)\s+(?:him|her|them)sel(?:f|ves)\s+on\s+me|forc(?:ed|es|ing)\s+me\s+"
        r"(?:to\s+(?:have\s+sex|do\s+(?:things|stuff|sexual))|into\s+(?:sex|bed)))"
        r"|\b(?:he|she|they|my\s+(?:\w+\s+)?" + PEOPLE + r")\s+(?:\w+\s+){0,2}?(?:grabbed|groped|"
        r"cornered|pinned|choked|strangled|raped|molested|assaulted|threatened)\s+me\b",
        past_category="trauma",
        person="self",
    ),
    pat(
        "hurt_at_home",
        A,
        r"\b(?:i'?m|i\s+am|i'?ve\s+been|i\s+have\s+been|i\s+get|i\s+got|i\s+keep\s+getting)\s+"
        r"(?:being\s+)?(?:hit|beaten|hurt|abused|attacked|kicked|punched|slapped|choked|"
        r"threatened|raped)\s+(?:at\s+home|by\s+(?:my|him|her|them|\w+))\b"
        r"|\bthreaten(?:s|ed|ing)?\s+(?:me|us|my\s+\w+)\s+with\s+(?:a|his|her|the)\s+(?:knife|gun|"
        r"weapon|bat|belt)\b"
        r"|\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:in\s+danger|not\s+safe|unsafe)\b(?!\s+(?:of|to\s+"
        r"drive|from\s+(?:the|being\s+(?:fired|late))))"
        r"|\bhome\s+(?:isn'?t|is\s+not|doesn'?t\s+feel|never\s+feels|isnt)\s+safe\b"
        r"|\b(?:finish|end)\s+what\s+(?:he|she|they)\s+started\b"
        r"|\b(?:cover|hide|covering|hiding)\s+(?:up\s+)?(?:the|my)\s+(?:marks|bruises|bruising|"
        r"black\s+eye|welts)\b",
        past_category="trauma",
        person="self",
    ),
    pat(
        "frightened_of_carer",
        A,
        r"\b" + IM + r"\s+(?:\w+\s+)?(?:frightened|scared|afraid|terrified)\s+of\s+(?:him|her|them|"
        r"my\s+(?:step[-\s]?)?" + FAMILY_OR_PARTNER + r")\b",
        requires=r"\b(?:hit\w*|hurt\w*|takes?|took|money|pension|threat\w*|lock\w*|drunk|bruis\w*|"
        r"marks|safe|home|leave|shouts?|screams?|grab\w*|kill)\b",
        person="self",
    ),
    pat(
        "watched_at_home",
        A,
        r"\bin\s+case\s+(?:he|she|they)\s+(?:checks?|reads?|sees?|looks\s+at|goes\s+through)\s+my\b",
        requires=r"\b(?:not\s+(?:ok|okay|safe|good)|careful|scared|afraid|hurt|angry|hit|monitor\w*|"
        r"control\w*|at\s+home)\b",
        person="self",
    ),
    pat(
        "grooming",
        A,
        r"\bcomes?\s+into\s+my\s+(?:room|bed|bedroom)\b"
        r"|\b(?:tells?|told|makes?\s+me\s+promise)\s+(?:me\s+)?not\s+to\s+tell\s+(?:anyone|anybody|"
        r"my\s+\w+)\b|\b(?:keep|keeping)\s+(?:it\s+)?(?:a\s+)?secrets?\s+(?:with|from|between)\b"
        r"|\bour\s+(?:little\s+)?secret\b|\bdoes\s+things\s+to\s+me\b|\btouch(?:es|ed|ing)?\s+me\b"
        r"|\bwants?\s+to\s+meet\s+(?:me\s+)?(?:alone|in\s+secret|without\s+my)\b"
        r"|\bmessages?\s+that\s+make\s+me\s+(?:uncomfortable|scared|feel\s+weird)\b"
        r"|\b(?:don'?t|do\s+not|dont)\s+want\s+to\s+go\s+home\b",
        requires=MINOR_SOURCE + r"|\b(?:teacher|coach|uncle|step\s?dad|stepfather|boyfriend|"
        r"babysit\w*|tutor|priest|older|adult|scared|afraid|not\s+safe|isn'?t\s+safe)\b",
        past_category="trauma",
        person="self",
    ),
    pat(
        "scared_to_go_home",
        A,
        r"\b(?:scared|afraid|terrified|frightened)\s+(?:to\s+go|of\s+going)\s+(?:back\s+)?home\b"
        r"|\bgoing\s+back\s+(?:there|home|to\s+him|to\s+her)\s+tonight\b",
        requires=r"\b(?:scared|afraid|terrified|frightened|hit\w*|abus\w*|chok\w*|hurt\w*|beat\w*|"
        r"rap\w*|threat\w*)\b",
    ),
    pat(
        "others_abused_now",
        "third_party_danger",
        r"\b(?:he|she|they|(?:my|his|her|their)\s+(?:\w+\s+)?(?:" + PEOPLE[3:-1] + r"))'?s?\s+"
        r"(?:\w+\s+){0,2}?(?:abuses|abused|is\s+abusing|hits|beats|rapes|raped|touches|molests|"
        r"molested|choked|strangled|beat|hit)\s+(?:her|him|them)\b"
        r"|\b(?:she|he|they)(?:'s|\s+has|\s+was|'ve|\s+have|\s+is)\s+(?:been\s+|being\s+)?"
        r"(?:raped|assaulted|abused|attacked|beaten)\s+by\b",
        requires=r"\b(?:scared|tonight|now|still|again|keys|going\s+back|has\s+keys|lives\s+with|"
        r"home|says|said|told)\b",
        person="other",
        past_category="trauma",
    ),
    pat(
        "others_intent_broad",
        "third_party_danger",
        r"\b(?:he|she|they)(?:'s|'re|\s+is|\s+are|\s+says?|\s+said)?\s*(?:that\s+)?(?:\w+\s+){0,2}?"
        r"(?:(?:he|she|they)(?:'s|'re|\s+is|\s+are)\s+)?(?:going\s+to|gonna|'ll|will|wants?\s+to)\s+"
        r"(?:\w+\s+){0,5}?(?:kill|hurt|harm|stab|shoot|attack|beat|strangle)\s+" + _PERSON_VICTIM
        + _NOT_A_CONTEST,
        person="other",
    ),
    # -- medical emergencies ----------------------------------------------------------------
    pat(
        "allergic_reaction",
        M,
        r"\b(?:allergic\s+reaction|anaphyla\w*|allergic\s+to\s+\w+\s+and\s+(?:i\s+)?(?:just\s+)?"
        r"(?:ate|had|ate\s+something))\b"
        r"|\b(?:throat|tongue|lips|face)\s+(?:is\s+|are\s+|keeps\s+)?(?:getting\s+|going\s+)?"
        r"(?:tight|tighter|closing(?:\s+up)?|swelling(?:\s+up)?|swollen)\b"
        r"|\bhives\s+everywhere\b",
        requires=r"\b(?:swell\w*|tight\w*|breath\w*|hives|lips|tongue|throat|dizzy|epi-?pen|"
        r"allerg\w*|stung|nuts?|rash)\b",
    ),
    pat(
        "head_injury",
        M,
        r"\b(?:hit|banged|bumped|knocked|smacked|cracked)\s+(?:my|his|her|their)\s+head\b"
        r"|\bfell\s+and\s+hit\s+(?:my|his|her)\s+head\b",
        requires=r"\b(?:throwing\s+up|vomit\w*|seeing\s+double|double\s+vision|confus\w*|dizzy|"
        r"blood\s+thinners|headache|passed\s+out|unconscious|drowsy|sleepy|worse|blurr\w*|"
        r"can'?t\s+remember)\b",
    ),
    pat(
        "pills_and_drink",
        M,
        r"\b(?:took|taken|swallowed|had|taking)\s+(?:some|a\s+few|a\s+lot\s+of|lots\s+of|loads\s+of|"
        r"too\s+many|extra|a\s+handful\s+of|more)\s+(?:\w+\s+)?(?:pills|tablets|paracetamol|"
        r"painkillers|sleeping\s+pills|meds|of\s+(?:my|the)\s+(?:pills|tablets|meds))\b",
        requires=r"\b(?:drink\w*|drank|drunk|alcohol|wine|vodka|eyes\s+open|drowsy|stay\s+awake|sick|"
        r"scared|vomit\w*|dizzy|wanted|end\s+it|feel\s+fine|on\s+purpose|make\s+it\s+stop)\b",
    ),
    pat(
        "acute_symptoms",
        M,
        r"\bworst\s+headache\s+(?:of|in)\s+my\s+life\b|\bthunderclap\s+headache\b"
        r"|\b(?:vomiting|throwing\s+up|coughing\s+up|puking|spitting\s+up|peeing|pooing)\s+"
        r"(?:\w+\s+)?blood\b"
        r"|\b(?:just\s+)?(?:fainted|passed\s+out|collapsed)\b(?=[^.!?]*\b(?:desk|just|now|again|"
        r"haven'?t\s+eaten|chest|can'?t|floor|work|office)\b)"
        r"|\b(?:injected|took|taken|double|doubled)\s+(?:my\s+)?insulin\s+(?:twice|double|two\s+"
        r"times)|\binsulin\s+twice\b|\b(?:too\s+much|double|extra)\s+(?:my\s+)?insulin\b"
        r"|\basthma\s+attack\b|\binhaler\s+(?:isn'?t|is\s+not|not)\s+(?:helping|working)\b"
        r"|\b(?:burned|burnt|scalded)\s+(?:my\s+)?(?:\w+\s+)?(?:badly|severely)\b"
        r"|\bskin\s+is\s+(?:white|black|charred|peeling\s+off)\b"
        r"|\b(?:face\s+is\s+drooping|(?:slurring|slurred)\s+(?:my\s+)?(?:words|speech)|can'?t\s+"
        r"(?:feel|move)\s+(?:my\s+)?(?:left|right)\s+(?:arm|leg|side))\b"
        r"|\b(?:left\s+)?arm\s+(?:is\s+|has\s+gone\s+|went\s+)?numb\b(?=[^.!?]*chest)"
        r"|\bhaven'?t\s+eaten\s+(?:anything\s+)?(?:in|for)\s+(?:over\s+|more\s+than\s+)?(?:a\s+week|"
        r"weeks|\w+\s+days|days)\b(?=[^.!?]*\b(?:fainted|passed\s+out|collapsed|dizzy)\b)",
    ),
    pat(
        "poison_taken",
        M,
        r"\b(?:drank|drunk|swallowed|ingested|took|ate)\s+(?:some\s+|something\s+)?(?:bleach|"
        r"antifreeze|poison\w*|toxic|weed\s?killer|rat\s+poison|drain\s+cleaner|detergent|"
        r"pesticide)\b",
    ),
    pat(
        "breathing_emergency",
        M,
        r"\b(?:hard|difficult)\s+to\s+breathe\b|\b(?:trouble|difficulty)\s+breathing\b"
        r"|\b" + CANT + r"\s+(?:catch\s+my\s+breath|get\s+(?:any\s+)?air)\b",
        requires=r"\b(?:chest|throat|swell\w*|lips|blue|faint\w*|collaps\w*|ambulance|911|999|112|"
        r"allerg\w*|asthma|inhaler|stung|bee|hives|dizzy)\b",
    ),
)
