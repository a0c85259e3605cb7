"""The words a verdict on oneself is made of: the gate before the saboteur probe.

Embeddings track topic and tone, so a plain report ("I keep putting it off", "it's
eating my evenings") can sit close to inner-critic talk. Self-judgement almost always
carries one of these cues (ability, worth, being found out, permission, sweeping blame,
perfect-or-nothing, futility, age, harsh "should", comparison, predicted failure); a
report of behaviour, feeling, constraint, plan or learning rarely does. A phrase must
pass this gate and then score high on the probe to count.
"""

from __future__ import annotations

import re

SELF_JUDGEMENT = re.compile(
    r"\b(?:"
    # verdicts on ability and worth
    r"not\s+(?:\w+\s+)?(?:good|smart|clever|talented|strong|experienced|skilled|qualified|"
    r"capable|brave|disciplined|organised|organized|confident)\s+enough|"
    r"(?:good|smart|clever)\s+enough\s+(?:to|for)|nowhere\s+near\s+(?:good|ready)|"
    r"not\s+(?:really\s+)?(?:cut\s+out|up\s+to\s+it|leader(?:ship)?\s+material|qualified)|"
    r"(?:don'?t|do\s+not)\s+have\s+(?:what\s+it\s+takes|the\s+(?:brains|talent|skills?\s+for))|"
    r"not\s+the\s+(?:kind|sort|type)\s+of\s+(?:person|people)|not\s+a\s+(?:real|proper)\s+\w+|"
    r"who\s+am\s+i\s+kidding|real\s+\w+s\s+(?:don'?t|do\s+not|never)\b|"
    r"(?:a\s+|such\s+a\s+)?(?:failure|fraud|fake|phon(?:e)?y|impost[eo]r|idiot|loser|mess)\b|"
    r"useless|hopeless\s+(?:at|with)|pathetic|stupid|"
    # being found out
    r"found\s+out|find\s+(?:me\s+)?out|see\s+through\s+me|expose|faking|winging\s+it|"
    r"conned|fooled|(?:only|just)\s+(?:got|here|hired|because)|lucky|luck|don'?t\s+(?:really\s+)?belong|"
    r"don'?t\s+deserve|mistake\s+(?:hiring|picking|choosing)|(?:soon|will|'ll)\s+(?:see|notice|realise|realize|work\s+out)|"
    r"out\s+of\s+my\s+depth|desperate|"
    # permission
    r"who\s+am\s+i\s+to|what\s+(?:gives\s+me\s+the\s+)?right|(?:the\s+)?right\s+to\s+(?:ask|disagree|say|want|lead)|"
    r"not\s+my\s+place|someone\s+like\s+me|people\s+like\s+me|(?:kids|folks|people|women|men)\s+(?:from|with|of)\s+my|"
    r"my\s+background|arrogant|presumptuous|no\s+business|selfish\s+to|where\s+i\s+come\s+from|"
    r"\w+\s+like\s+me\s+(?:don'?t|never|can'?t)|in\s+my\s+family\s+has\s+ever|other\s+kinds?\s+of\s+people|"
    r"not\s+the\s+type|right\s+world|my\s+sort|who\s+would\s+want\s+to\s+listen|(?:why|who)\s+would\s+(?:anyone|they)|"
    # sweeping self-blame
    r"(?:always|never|every\s*thing|every\s+time)\s+(?:\w+\s+)?(?:mess|screw|ruin|blow|let|fail|get\s+(?:it|anything)\s+wrong|wrong)|"
    r"(?:mess|screw)\w*\s+(?:up\s+)?(?:everything|things\s+up)|blown\s+every|let\s+(?:\w+\s+)*down\s+in\s+the\s+end|"
    r"never\s+get\s+anything\s+right|never\s+do\s+anything\s+right|ruin\s+everything|typical\s+me|"
    r"screwed\s+(?:it|things)\s+up|my\s+fault|weak\s+link|sabotage\s+myself|blow\s+it|lazy|undisciplined|can'?t\s+(?:even|do\s+anything)|"
    # all or nothing, futility
    r"perfect(?:ly)?\b|flawless|completely\s+right|everything\s+right|hundred\s+per\s?cent|"
    r"doesn'?t\s+count|not\s+worth|might\s+as\s+well\s+give\s+up|blown|disaster|(?:properly|all)\b.*\bat\s+all|"
    r"waste\s+of\s+time|none\s+of\s+it\s+works|why\s+(?:try|start)|no\s+use|goes\s+nowhere|"
    r"nothing\s+improves|nobody\s+notices|won'?t\s+work\s+anyway|(?:outcome|result)\s+will\s+be\s+the\s+same|ruined|wasted|no\s+point|pointless|why\s+(?:even\s+)?bother|what'?s\s+the\s+point|"
    r"(?:won'?t|doesn'?t|does\s+not|will\s+not)\s+make\s+(?:a|any)\s+difference|"
    r"nothing\s+(?:i\s+(?:do|try)|ever\s+(?:changes|works))|never\s+works\s+out|why\s+keep\s+trying|"
    # too late
    r"too\s+old|too\s+late\s+(?:for|to)|missed\s+the\s+boat|at\s+my\s+age|"
    r"far\s+too\s+late|too\s+far\s+behind|way\s+too\s+late|past\s+the\s+age|ship\s+has\s+sailed|"
    r"missed\s+my\s+chance|window\s+(?:\w+\s+){0,3}closed|set\s+in\s+my\s+ways|best\s+years|"
    # harsh should
    r"should\s+(?:be|have)\s+(?:\w+\s+){0,4}(?:by\s+now|years\s+ago|ahead|figured|sorted|further)|"
    r"should\s+(?:be\s+able|never|have\s+(?:finished|done|known|sorted|started)|be\s+(?:more|doing))|"
    r"shouldn'?t\s+need|must\s+never|proper\s+professional|push\s+through|ought\s+to|by\s+now|shouldn'?t\s+still|"
    # comparison
    r"(?:more|less)\s+(?:\w+\s+)?than\s+(?:me|i\s+am)|better\s+than\s+me|compared\s+to|"
    r"everyone\s+(?:else|around\s+me|i\s+(?:know|graduated))|all\s+my\s+friends|"
    r"it'?s\s+just\s+me|my\s+age|smarter\s+than\s+me|only\s+one\s+who|why\s+can'?t\s+i|miles\s+ahead|"
    r"next\s+to\s+them|amateur|naturals|"
    # fortune telling
    r"(?:i'?ll|i\s+will|i'?m\s+(?:never|going\s+to))\s+(?:never|fail|quit|make\s+a\s+fool|be\s+rejected)|"
    r"never\s+(?:be|going\s+to|stick|get)|turn\s+me\s+down|i\s+(?:just\s+)?know\s+(?:it|the)|"
    r"fool\s+of\s+myself|(?:think|say)\s+(?:\w+\s+){0,3}(?:is\s+)?stupid|nobody\s+(?:is\s+)?(?:ever\s+)?going\s+to|"
    r"like\s+i\s+always\s+do|go\s+terribly|say\s+no\s+anyway|fail\s+again|going\s+to\s+be\s+a\s+disaster|"
    r"laugh\s+at\s+me|i'?ll\s+freeze|for\s+sure|every\s+other\s+time|embarrass\s+myself|"
    r"not\s+a\s+natural|everyone\s+can\s+tell|(?:they'?ll|they\s+will)\s+(?:figure|say\s+no|think)|"
    r"nobody\s+would\s+want|no\s+idea\s+what\s+i'?m\s+doing|they\s+always\s+do|"
    r"not\s+capable|never\s+enough|\black\b|really\s+not\b|wasn'?t\s+me"
    r")",
    re.IGNORECASE,
)


def judges_self(text: str) -> bool:
    return bool(SELF_JUDGEMENT.search(text.replace("\u2019", "'")))


# Cues that are a verdict on their own, whatever the topic: the probe only has to not
# object. Everything else in SELF_JUDGEMENT also needs a confident probe.
STRONG_JUDGEMENT = re.compile(
    r"\b(?:who\s+am\s+i\s+to|what\s+right\s+do\s+i|fraud|impost[eo]r|phon(?:e)?y|"
    r"i'?m\s+not\s+(?:really\s+)?a\s+(?:real|proper)\s+\w+|who\s+am\s+i\s+kidding|"
    r"real\s+\w+s\s+(?:don'?t|do\s+not|never)\b|"
    r"not\s+(?:\w+\s+)?(?:good|smart|clever|talented|capable)\s+enough|"
    r"i'?m\s+not\s+(?:\w+\s+)?\w+\s+enough|too\s+old|"
    r"(?:people|someone|folks|kids)\s+like\s+me|why\s+(?:even\s+)?bother|what'?s\s+the\s+point|"
    r"i'?m\s+(?:such\s+)?an?\s+(?:idiot|failure|mess|loser|fake)|"
    r"(?:if|unless)\b[^.]*\bperfect\b|whole\s+\w+\s+is\s+(?:ruined|wasted)|is\s+(?:ruined|wasted)|"
    r"(?:lucky|luck)\b[^.]*\b(?:see|notice|find\s+out|realise|realize)|"
    r"(?:always|never)\s+(?:screw|mess|let\s+\w+\s+down|get\s+anything\s+right))",
    re.IGNORECASE,
)


def strongly_judges_self(text: str) -> bool:
    return bool(STRONG_JUDGEMENT.search(text.replace("\u2019", "'")))
