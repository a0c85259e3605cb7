"""Explicit crisis phrases in Spanish, French and German (layer 1).

Suicide, self-harm, wanting to die and passive wishes to be dead, first person unless
the pattern names someone else. Written from the grammar of each language, not
translated word for word: a client writes "me quiero morir", not "quiero morir me".
Negation ("no quiero morir", "je ne veux pas mourir", "ich will nicht sterben") either
cannot match these phrases or is caught by context.py's negation words.
"""

from __future__ import annotations

from onward.guard.patterns_base import Pattern, pat

S = "suicide_self_harm"

CRISIS_INTL: tuple[Pattern, ...] = (
    # -- Spanish ---------------------------------------------------------------------
    pat(
        "es_want_to_die",
        S,
        r"\b(?:me\s+)?quiero\s+morir(?:me)?\b|\bquisiera\s+morir(?:me)?\b"
        r"|\bquiero\s+estar\s+muert[oa]\b|\bdeseo\s+morir(?:me)?\b|\bganas\s+de\s+morir(?:me)?\b",
        person="self",
    ),
    pat(
        "es_kill_myself",
        S,
        r"\b(?:quiero|voy\s+a|pienso\s+en|pensando\s+en|ganas\s+de)\s+(?:matarme|suicidarme|"
        r"quitarme\s+la\s+vida|acabar\s+con\s+mi\s+vida)\b|\bme\s+(?:voy|quiero)\s+a?\s*"
        r"(?:matar|suicidar|quitar\s+la\s+vida)\b|\bsuicidarme\b|\bquitarme\s+la\s+vida\b"
        r"|\bacabar\s+con\s+mi\s+vida\b|\bacabar\s+con\s+todo\s+de\s+una\s+vez\b",
        person="self",
    ),
    pat("es_suicide_word", S, r"\bsuicidio\b|\bsuicida\b"),
    pat(
        "es_passive_wish",
        S,
        r"\bno\s+quiero\s+(?:seguir\s+)?(?:vivir|viviendo|estar\s+viv[oa]|despertar(?:me)?)\b"
        r"|\bno\s+(?:tengo|hay|le\s+veo)\s+(?:ganas|razones?|motivos?|sentido)\s+(?:de|para|a)\s+"
        r"(?:vivir|la\s+vida|seguir)\b|\bojal[aá]\s+(?:estuviera|estuviese)\s+muert[oa]\b"
        r"|\bojal[aá]\s+no\s+(?:despertara|despertase|existiera|hubiera\s+nacido)\b"
        r"|\bdormir(?:me)?\s+y\s+no\s+(?:volver\s+a\s+)?despertar\b"
        r"|\bestar[ií]an\s+mejor\s+sin\s+m[ií]\b|\bla\s+vida\s+no\s+vale\s+la\s+pena\b"
        r"|\bdesaparecer\s+para\s+siempre\b",
        person="self",
    ),
    pat(
        "es_self_harm",
        S,
        r"\bme\s+(?:corto|lastimo\s+a\s+prop[oó]sito|hago\s+da[ñn]o)\b|\bautolesi\w*"
        r"|\b(?:hacerme\s+da[ñn]o|cortarme(?:\s+las\s+venas|\s+los\s+brazos)?)\b",
        person="self",
    ),
    pat(
        "es_other",
        S,
        r"\bse\s+(?:quiere|va\s+a)\s+(?:matar|suicidar)\b|\bquiere\s+(?:suicidarse|matarse|"
        r"morirse)\b",
        person="other",
    ),
    # -- French -----------------------------------------------------------------------
    pat(
        "fr_want_to_die",
        S,
        r"\bje\s+veux\s+(?:juste\s+)?(?:mourir|crever|dispara[iî]tre)\b"
        r"|\benvie\s+de\s+(?:mourir|crever|me\s+tuer|me\s+suicider|en\s+finir)\b"
        r"|\bje\s+(?:voudrais|souhaite|aimerais)\s+(?:mourir|[eê]tre\s+morte?|dispara[iî]tre)\b",
        person="self",
    ),
    pat(
        "fr_kill_myself",
        S,
        r"\bje\s+(?:veux|vais)\s+(?:me\s+tuer|me\s+suicider|en\s+finir)\b|\bme\s+suicider\b"
        r"|\bmettre\s+fin\s+[aà]\s+(?:mes\s+jours|ma\s+vie)\b"
        r"|\ben\s+finir\s+avec\s+(?:la\s+vie|tout|ma\s+vie)\b",
        person="self",
    ),
    pat(
        "fr_passive_wish",
        S,
        r"\bje\s+ne\s+veux\s+plus\s+vivre\b|\b(?:plus|pas)\s+envie\s+de\s+vivre\b"
        r"|\bne\s+(?:plus|jamais|pas)\s+me\s+r[ée]veiller\b"
        r"|\bmieux\s+sans\s+moi\b|\bla\s+vie\s+ne\s+vaut\s+(?:pas|plus)\s+la\s+peine\b",
        person="self",
    ),
    pat(
        "fr_self_harm",
        S,
        r"\bme\s+(?:scarifier|mutiler|couper\s+(?:les\s+)?(?:bras|veines|poignets)|faire\s+du\s+"
        r"mal)\b|\bje\s+me\s+(?:scarifie|mutile|fais\s+du\s+mal)\b|\bautomutil\w*|\bscarification",
        person="self",
    ),
    pat(
        "fr_other",
        S,
        r"\b(?:il|elle)\s+(?:veut|va)\s+se\s+(?:tuer|suicider)\b|\b(?:il|elle)\s+veut\s+mourir\b",
        person="other",
    ),
    # -- German -----------------------------------------------------------------------
    pat(
        "de_want_to_die",
        S,
        r"\bich\s+(?:will|m[öo]chte|moechte|w[üu]rde\s+gerne?)\s+(?:einfach\s+|nur\s+)?"
        r"(?:sterben|tot\s+sein)\b|\bich\s+w[äa]re\s+lieber\s+tot\b",
        person="self",
    ),
    pat(
        "de_kill_myself",
        S,
        r"\bmich\s+(?:selbst\s+)?um(?:zu)?bringen\b|\bbringe\s+mich\s+um\b"
        r"|\bmir\s+das\s+leben\s+(?:zu\s+)?nehmen\b|\bselbstmord\w*|\bsuizid\w*|\bfreitod\b",
    ),
    pat(
        "de_passive_wish",
        S,
        r"\bich\s+(?:will|m[öo]chte|moechte)\s+nicht\s+mehr\s+(?:leben|aufwachen|da\s+sein)\b"
        r"|\b(?:w[üu]nschte|w[üu]nsche\s+mir),?\s+ich\s+(?:w[äa]re\s+(?:tot|nie\s+geboren)|"
        r"w[üu]rde\s+nicht\s+mehr\s+aufwachen)\b|\beinschlafen\s+und\s+nicht\s+mehr\s+aufwachen\b"
        r"|\blebensm[üu]de\b|\bkeinen\s+sinn\s+mehr\s+(?:zu\s+leben|im\s+leben)\b"
        r"|\bbesser\s+ohne\s+mich\b",
        person="self",
    ),
    pat(
        "de_self_harm",
        S,
        r"\britze\s+mich\b|\bmich\s+(?:selbst\s+)?(?:ritzen|verletzen|schneiden)\b"
        r"|\bselbstverletz\w*",
        person="self",
    ),
    pat(
        "de_other",
        S,
        r"\b(?:er|sie)\s+will\s+sich\s+(?:umbringen|das\s+leben\s+nehmen|t[öo]ten)\b"
        r"|\b(?:er|sie)\s+will\s+sterben\b",
        person="other",
    ),
)
