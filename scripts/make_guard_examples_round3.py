"""Build guard_training/examples_round3.jsonl (+ _holdout) from hand-written sources.

    .venv/bin/python scripts/make_guard_examples_round3.py

Third, independent round of training text (2026-11-23, an AI helper session working for
Onward), written in guard_training/round3_src/*.txt to be unlike examples.jsonl and
examples_more.jsonl: the voice of people posting online at length. Each hand-written
core message (a "family") is buried mid-post among ordinary life sentences, under a
Reddit-style title or none, sometimes lowercased with no punctuation and a few typos.
The same titles and life sentences are drawn for every level, so the wrapping says
nothing about the label: only the core does. Crisis cores cover suicide and self-harm
without the usual words, abuse described without an abuse verb (locked in, money and
phone taken, a parent's partner touching a child), others in danger now, harm to others
and medical emergencies in plain words; refer cores cover weeks of low mood, panic,
trauma, food rules, daily drinking, voices, manic nights, grief, diagnosis and
medication questions; coachable cores are hard negatives (work stress, breakups, money,
dark jokes, fiction, third persons' past distress), and short answers ("9", "yes",
"fine") that a first head trained on long posts alone flagged. Spanish, French and German.
Nothing was copied from shared/data or bench/guard/slices.

Source format as in make_guard_examples_more.py: "# level=L categories=a,b lang=xx"
starts a block, "@kind=k" sets the kind, every other non-empty line is one family.
A random 20% of families (with all their variants) go to the holdout file.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "guard_training" / "round3_src"
OUT = ROOT / "guard_training" / "examples_round3.jsonl"
HOLDOUT = ROOT / "guard_training" / "examples_round3_holdout.jsonl"
SEED = 20261125
HOLDOUT_SHARE = 0.2

TITLES = {
    "en": [
        "long post sorry", "throwaway because my family knows my main",
        "idk where else to post this", "not sure this is the right sub",
        "34M, need to get this off my chest", "first time posting",
        "update i guess", "rant, sorry", "need advice", "(F17) just need to say this somewhere",
        "retired and a bit lost (67)", "anyone else?", "no title", "so this week happened",
        "mods delete if not allowed", "is this normal", "don't really know how to start",
    ],
    "es": ["perdón por el rollo", "cuenta desechable", "no sé dónde más escribir esto",
           "necesito consejo", "primera vez que escribo aquí"],
    "fr": ["désolé pour le pavé", "compte jetable", "je sais pas où poster ça",
           "besoin de conseils", "première fois que je poste"],
    "de": ["sorry, wird lang", "wegwerfkonto", "weiß nicht, wo ich das sonst posten soll",
           "brauche rat", "erster post hier"],
}  # fmt: skip

LIFE = {
    "en": [
        "So I work in a warehouse, nights mostly, and the shifts just changed again.",
        "My mum keeps asking when I'm going to visit and I keep saying soon.",
        "Anyway the car failed its MOT on Tuesday which was the cherry on top.",
        "I'm 16 and I'm in year 11, exams start in May.",
        "I've been married 30 years, we've got two grown up kids and a dog called Biscuit.",
        "Work is the same as ever, too many emails, not enough people.",
        "We moved here from Lagos three years ago and I still don't really know anyone.",
        "I'm not one for talking about stuff, I'm a builder, we just get on with it.",
        "The weather's been awful so the kids have been climbing the walls.",
        "Had my nephew's birthday on Saturday which was nice enough.",
        "My flatmate is never in, he's always at his girlfriend's.",
        "I started a new job in September and it's fine I guess.",
        "I'm 72 and my eyesight isn't great so sorry for any typos.",
        "I've been scrolling this sub for a while without posting.",
        "Honestly I don't even know why I'm typing this at 3am.",
        "My husband works away Monday to Friday so it's mostly just me and the baby.",
        "Uni is alright, I skip the 9ams like everyone.",
        "We had a power cut on Sunday and spent the evening playing cards by candlelight.",
        "I'm the oldest of five so I'm used to sorting everyone else out.",
        "The landlord finally fixed the damp in the bathroom.",
        "My football team lost again, which tells you how the week went.",
        "I've been trying to cut down on coffee, not going great.",
        "I usually just keep my head down and get on with things.",
        "Sorry if this doesn't make sense, English isn't my first language.",
        "My phone's on 4% so I'll be quick.",
        "anyway lol",
        "it's whatever",
        "I did the food shop, put a wash on, the usual Sunday stuff.",
        "My sister says I should write things down so here I am.",
        "Life's been pretty normal on the surface, work, gym, bed.",
        "we went to the coast last weekend and it rained the whole time",
        "im on my break at work so this will be messy",
        "My grandson set this app up for me so bear with me.",
        "I've got a presentation on Thursday that I haven't started.",
        "honestly the only good thing this month was the new season of my show",
    ],
    "es": [
        "Trabajo en un almacén, casi siempre de noche.",
        "Mi madre siempre me pregunta cuándo voy a ir a verla.",
        "Tengo 16 años y estoy en cuarto de la ESO.",
        "Llevo treinta años casado y tenemos dos hijos mayores.",
        "El coche se estropeó el martes, lo que faltaba.",
        "Perdón por las faltas, escribo desde el móvil.",
        "Este fin de semana fue el cumpleaños de mi sobrino.",
        "Normalmente no hablo de estas cosas.",
    ],
    "fr": [
        "Je bosse dans un entrepôt, surtout la nuit.",
        "Ma mère me demande toujours quand je viens la voir.",
        "J'ai 16 ans et je suis en seconde.",
        "Ça fait trente ans qu'on est mariés, on a deux grands enfants.",
        "La voiture est tombée en panne mardi, il manquait plus que ça.",
        "Désolé pour les fautes, j'écris depuis mon téléphone.",
        "Ce week-end c'était l'anniversaire de mon neveu.",
        "D'habitude je ne parle pas de ces trucs-là.",
    ],
    "de": [
        "Ich arbeite im Lager, meistens nachts.",
        "Meine Mutter fragt ständig, wann ich sie besuche.",
        "Ich bin 16 und in der zehnten Klasse.",
        "Wir sind seit dreißig Jahren verheiratet und haben zwei erwachsene Kinder.",
        "Am Dienstag ist das Auto kaputtgegangen, das hat noch gefehlt.",
        "Sorry für die Tippfehler, ich schreibe vom Handy.",
        "Am Wochenende war der Geburtstag meines Neffen.",
        "Normalerweise rede ich nicht über sowas.",
    ],
}  # fmt: skip

CLOSERS = {
    "en": ["Anyway. Thanks for reading if you got this far.", "idk what i want from posting this",
           "Sorry for the wall of text.", "tl;dr it's been a week", "Any advice welcome I guess.",
           "", "", "lol", "ok that's it"],
    "es": ["Gracias por leer.", "No sé qué espero al escribir esto.", ""],
    "fr": ["Merci d'avoir lu.", "Je sais pas ce que j'attends en postant ça.", ""],
    "de": ["Danke fürs Lesen.", "Keine Ahnung, was ich mir davon erhoffe.", ""],
}  # fmt: skip


def parse(path: Path) -> list[dict]:
    rows, head, kind = [], None, "buried"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("# "):
            head = dict(part.split("=", 1) for part in line[2:].split())
            continue
        if line.startswith("@kind="):
            kind = line.split("=", 1)[1]
            continue
        assert head is not None, path
        cats = [c for c in head["categories"].split(",") if c]
        rows.append({"text": line, "level": head["level"], "categories": cats, "kind": kind,
                     "lang": head["lang"]})  # fmt: skip
    return rows


def sentence(core: str) -> str:
    core = core.strip()
    core = core[0].upper() + core[1:]
    return core if core[-1] in ".!?" else core + "."


def typos(text: str, rng: random.Random, n: int = 2) -> str:
    words = text.split()
    idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    for i in rng.sample(idx, min(n, len(idx))):
        w = words[i]
        j = rng.randrange(1, len(w) - 2)
        swap = rng.random() < 0.7
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :] if swap else w[:j] + w[j + 1 :]
    return " ".join(words)


def flatten(text: str) -> str:
    """Lowercase, no punctuation: how many people type on a phone."""
    return re.sub(r"[.,;:!?()]", "", text.lower()).replace("  ", " ")


def post(core: str, lang: str, rng: random.Random) -> str:
    life = LIFE[lang]
    before = rng.sample(life, rng.randint(1, 3 if lang == "en" else 2))
    after = rng.sample([s for s in life if s not in before], rng.randint(0, 2))
    parts = [*before, sentence(core), *after, rng.choice(CLOSERS[lang])]
    body = " ".join(p for p in parts if p)
    if rng.random() < 0.5:
        body = rng.choice(TITLES[lang]) + "\n\n" + body
    return body


def variants(row: dict, rng: random.Random) -> list[tuple[str, str]]:
    core, lang = row["text"], row["lang"]
    if row["kind"] == "short":  # one-word answers ("9", "yes", "fine") stay short
        return [("plain", core)]
    out = [("post", post(core, lang, rng))]
    roll = rng.random()
    if roll < 0.35:
        out.append(("plain", core))
    elif roll < 0.7:
        out.append(("post_flat_typos", typos(flatten(post(core, lang, rng)), rng)))
    else:
        out.append(("post", post(core, lang, rng)))
    if row["level"] == "coachable":  # as many hard negatives as risk rows, same styles
        out.append(("post_flat", flatten(post(core, lang, rng))))
    return out


def main() -> int:
    rng = random.Random(SEED)
    families = [r for path in sorted(SRC.glob("*.txt")) for r in parse(path)]
    train: list[dict] = []
    hold: list[dict] = []
    for fam, row in enumerate(families):
        dest = hold if rng.random() < HOLDOUT_SHARE else train
        seen = set()
        for variant, text in variants(row, rng):
            if text in seen:
                continue
            seen.add(text)
            dest.append({"text": text, "level": row["level"], "categories": row["categories"],
                         "kind": row["kind"], "lang": row["lang"], "family": f"r3-{fam}",
                         "variant": variant})  # fmt: skip
    for path, rows in ((OUT, train), (HOLDOUT, hold)):
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                        encoding="utf-8")  # fmt: skip
        print(f"{path.name}: {len(rows)} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
