"""Building blocks of the compositional crisis patterns (patterns_compose.py).

Small families of words, joined there with bounded gaps: wish, intent and plan verbs,
death and self-harm objects, and the same in Spanish, French and German. Kept apart from
the table so each file reads as one thing: the vocabulary here, the combinations there.
"""

from __future__ import annotations

# A bounded gap that never swallows a negation ("ich will nicht sterben", "je veux pas").
NEG = r"(?!(?:not|never|no|nicht|nie|kein\w*|pas|jamais|plus|nunca|ni)\b)"
GAP = r"(?:" + NEG + r"[\w']+\s+){0,3}?"

# -- English blocks ----------------------------------------------------------------
WISH = (
    r"(?:wants?\s+to|wanting\s+to|wanna|going\s+to|gonna|goin\s+to|about\s+to|"
    r"plan(?:ning)?\s+(?:to|on)|planned\s+(?:to|on)|thinking\s+(?:about|of|abt)|"
    r"thought\s+(?:about|of)|think\s+(?:about|of)|keep\s+(?:thinking|dreaming)\s+(?:about|of)|"
    r"(?:can'?t|cannot)\s+stop\s+thinking\s+(?:about|of)|ready\s+to|decided\s+to|"
    r"(?:i'?ve|i\s+have)\s+decided\s+(?:i'?m\s+)?(?:going\s+to|gonna)|tempted\s+to|"
    r"(?:would|'d|i'?d)\s+rather|need\s+to|have\s+to|urges?\s+to|feel\s+like|considering|"
    r"contemplating|fantasi[sz]ing\s+about|dream(?:ing)?\s+(?:about|of)|intend\s+to|"
    r"mean\s+to|trying\s+to|try\s+to|going\s+to\s+try\s+(?:to|and)|i'?ll|i\s+will|"
    r"i'?m\s+(?:just\s+)?gonna|would\s+(?:like|love)\s+to|'d\s+(?:like|love)\s+to|"
    r"wish\s+i\s+could|way\s+to|ways\s+to|how\s+to|"
    r"started\s+thinking\s+(?:about|of)|looking\s+up\s+(?:ways|how)\s+to)"
)
DEATH = (
    r"(?:die|dying|be\s+dead|being\s+dead|kill\s+my\s?self|killing\s+my\s?self|kms|"
    r"unalive(?:\s+my\s?self)?|unaliving(?:\s+my\s?self)?|end\s+it(?:\s+all)?|ending\s+it(?:\s+all)?|"
    r"end\s+(?:my|this)\s+(?:own\s+)?life|ending\s+(?:my|this)\s+(?:own\s+)?life|"
    r"end\s+(?:everything|things|my\s+suffering)|take\s+my\s+(?:own\s+)?life|"
    r"taking\s+my\s+(?:own\s+)?life|not\s+(?:be|being)\s+(?:here|around|alive)|"
    r"stop\s+(?:existing|living|being\s+alive|breathing|being)\b(?!\s+(?:so|such|a|an|the|"
    r"scared|afraid|late|lazy|angry))|not\s+exist(?:ing)?|cease\s+to\s+exist|"
    r"disappear(?:ing)?\s+(?:for\s+good|forever|permanently)|vanish\s+(?:for\s+good|forever)|"
    r"go(?:ing)?\s+to\s+sleep\s+(?:forever|for\s+good|and\s+(?:not|never)\s+wake)|"
    r"sleep\s+forever|never\s+wake\s+up|not\s+(?:bother(?:ing)?\s+to\s+)?wak(?:e|ing)\s+up|"
    r"hurt(?:ing)?\s+my\s?self|harm(?:ing)?\s+my\s?self|cut(?:ting)?\s+my\s?self|"
    r"burn(?:ing)?\s+my\s?self|overdos(?:e|ing)(?!\s+on\s+(?!(?:my|the|pills|tablets|meds|drugs|"
    r"paracetamol|insulin|heroin|sleeping)\b))|od(?:ing)?\b|jump(?:ing)?\s+(?:off|from|in\s+front)|"
    r"hang(?:ing)?\s+my\s?self|throw(?:ing)?\s+my\s?self|drown(?:ing)?\s+my\s?self|"
    r"shoot(?:ing)?\s+my\s?self|step(?:ping)?\s+(?:off|in\s+front)|drive\s+(?:\w+\s+){0,2}into|"
    r"driving\s+(?:\w+\s+){0,2}into|crash(?:ing)?\s+(?:my|the)\s+car|"
    r"(?:use|using)\s+it\s+on\s+my\s?self|do\s+it\s+to\s+my\s?self|"
    r"(?:leave|leaving)\s+this\s+(?:world|life)|check(?:ing)?\s+out\s+for\s+good|"
    r"finish\s+(?:it\s+all|my\s?self)|stop\s+it\s+my\s?self|suicide|"
    r"make\s+sure\s+(?:nobody|no\s+one)\s+finds\s+me|"
    r"go\s+(?:away\s+)?(?:for\s+good|forever|permanently))"
)
NOT_RELATIONSHIP = (
    r"\b(?:relationship|marriage|friendship|partnership|engagement|contract|subscription|"
    r"lease|affair|talks|negotiation|membership|tenancy|call|streak|season|series|chapter)\b"
)

# -- Spanish, French, German blocks ------------------------------------------------
ES_WISH = (
    r"(?:(?:ya\s+)?(?:quiero|qiuero|quero|kiero|quisiera|deseo)|voy\s+a|vamos\s+a|pienso\s+en|"
    r"pensando\s+en|he\s+pensado\s+en|pens[eé]\s+en|tengo\s+ganas\s+de|ganas\s+de|"
    r"estoy\s+por|a\s+punto\s+de|prefiero|preferir[ií]a|decid[ií]|he\s+decidido|"
    r"no\s+paro\s+de\s+pensar\s+en|intent[eé])"
)
ES_DEATH = (
    r"(?:morir(?:me)?|matarme|suicidarme|desaparecer(?:\s+para\s+siempre)?|"
    r"acabar\s+con\s+todo(?!\s+(?:el|la|lo|los|las|esto|eso))|acabar\s+con\s+mi\s+vida|"
    r"quitarme\s+la\s+vida|terminar\s+con\s+todo|tirarme\s+(?:del|de\s+un|desde|por|al|a\s+las)|"
    r"colgarme|ahorcarme|cortarme|hacerme\s+da[ñn]o|tomarme\s+todas|dejar\s+de\s+existir|"
    r"no\s+despertar(?:me)?|dormirme\s+(?:y\s+no|para\s+siempre)|estrellarme|"
    r"no\s+estar\s+aqu[ií]|irme\s+para\s+siempre|usarla|"
    r"no\s+(?:seguir\s+)?(?:vivir|viviendo))"
)
FR_WISH = (
    r"(?:je\s+veux|j'?veux|jveux|je\s+voudrais|j'aimerais|jaimerais|je\s+vais|j'?vais|jvais|"
    r"je\s+pense\s+[àa]|j'ai\s+pens[ée]\s+[àa]|jai\s+pens[ée]\s+[àa]|pens[ée]\s+[àa]|"
    r"envie\s+de|enive\s+de|anvie\s+de|je\s+compte|j'ai\s+d[ée]cid[ée]\s+de|jai\s+d[ée]cid[ée]\s+de|"
    r"pr[êe]te?\s+[àa]|r[ée]fl[ée]chi\s+[àa]|je\s+pr[ée]f[èe]rerais|besoin\s+de)"
)
FR_DEATH = (
    r"(?:mourir|crever|me\s+tuer|me\s+suicider|en\s+finir(?!\s+avec\s+(?:mon|ma|mes|ce|cette|"
    r"les|le|la)\s+(?!vie\b))|dispara[iî]tre|me\s+foutre\s+en\s+l'air|"
    r"sauter(?!\s+(?:le|la|les|un|une|des|du|de\s+joie|en\s+parachute))|me\s+jeter|me\s+pendre|"
    r"me\s+couper|me\s+faire\s+du\s+mal|me\s+scarifier|avaler\s+tou(?:s|tes)|"
    r"foncer\s+dans\s+un\s+(?:mur|arbre)|ne\s+plus\s+(?:me\s+)?r[ée]veiller|"
    r"ne\s+plus\s+(?:[êe]tre\s+l[àa]|vivre|exister)|plus\s+(?:[êe]tre\s+l[àa]|vivre|exister)|"
    r"m'en\s+servir|mettre\s+fin\s+[àa]\s+(?:mes\s+jours|ma\s+vie))"
)
DE_WISH = (
    r"(?:ich\s+(?:will|m[öo]chte|moechte|werde|w[üu]rde\s+(?:gerne?|lieber))|will|werde|"
    r"denke\s+(?:st[äa]ndig\s+|oft\s+|jeden\s+\w+\s+)?(?:daran|an|ans)|gedacht|"
    r"(?:habe|hab)\s+(?:mir\s+)?(?:\w+\s+){0,3}?(?:vor|[üu]berlegt)|lust|bereit|w[üu]nsche\s+mir)"
)
DE_DEATH = (
    r"(?:sterben|tot\s+sein|mich\s+(?:zu\s+)?(?:umbringen|t[öo]ten|erh[äa]ngen|ritzen|"
    r"schneiden|verletzen)|umzubringen|springen|zu\s+springen|verschwinden|"
    r"nicht\s+mehr\s+(?:leben|am\s+leben\s+sein|aufwachen|da\s+sein|hier\s+sein|existieren)|"
        r"gegen\s+(?:eine\s+wand|einen\s+baum|einen\s+lkw)\s+(?:zu\s+)?fahren|"
    r"mir\s+das\s+leben\s+(?:zu\s+)?nehmen|alle\s+(?:meine\s+)?tabletten)"
)
