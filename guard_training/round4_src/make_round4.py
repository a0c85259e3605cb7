"""Build guard_training/examples_round4.jsonl (+ _holdout) from the hand-written cores here.

    python3 guard_training/round4_src/make_round4.py

Round 4 (2026-11-23), written by an AI helper session working for Onward. Every core
message in *.txt was written fresh for this round. Source format: "# level=L
categories=a,b lang=xx" starts a block, "@kind=k" sets the kind, every other non-empty
line is one core message = one family. Each family gets the core as written ("plain"),
and, depending on a per-family seeded draw, a surface variant (lowercase without
punctuation, typos, text-speak, sentence case) and/or a "buried" variant: a 60-120 word
coaching check-in (work, goals, habits) with the core somewhere inside. The filler
sentences are the same pool for every level, so only the core carries the label.
Reply kinds (scale scores, one-word answers) stay plain.

Holdout: every 5th family (family index % 5 == 4) with all its variants.
Deterministic: no global randomness, each family seeds its own Random.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUTDIR = HERE.parent
OUT = OUTDIR / "examples_round4.jsonl"
HOLDOUT = OUTDIR / "examples_round4_holdout.jsonl"
SEED = "onward-r4-20261123"
FILES = ["en_suicide.txt", "en_crisis_other.txt", "en_refer.txt", "en_coachable.txt",
         "es.txt", "fr.txt", "de.txt"]  # fmt: skip
REPLY_KINDS = {"scale", "short_reply"}

FILLER = {
    "en": [
        "Quick update before our session on Thursday.",
        "I managed three of my five morning routines this week, which is better than last week.",
        "My manager finally signed off on the project plan, so that's one thing off the list.",
        "I'd like to go back to the time-blocking idea we talked about.",
        "I've been using the habit tracker you suggested, mostly in the mornings.",
        "The quarterly review is next Tuesday and I still need to prepare the slides.",
        "I started reading the book on deep work, about halfway through now.",
        "We had the team offsite on Wednesday, lots of sticky notes and not much decided.",
        "I want to get better at saying no to extra projects.",
        "My goal for this month was to walk ten thousand steps a day, I'm hitting it about half the time.",
        "I finally cleared my inbox to under fifty emails on Monday.",
        "I've been trying to batch my admin into one afternoon a week.",
        "The new starter on my team is shadowing me, which takes up a lot of time.",
        "I signed up for the evening Spanish class I mentioned.",
        "I'm still thinking about whether to apply for the team lead role.",
        "The kids are back at school so mornings are a bit more structured again.",
        "I did the journaling prompt you gave me twice, not every day.",
        "Budget season at work means everything is spreadsheets right now.",
        "I moved my weekly planning to Sunday evenings like we discussed.",
        "I had a decent one-to-one with my manager, she wants me to take on more client work.",
        "My step count dropped when it rained all week.",
        "I'm trying to keep my lunch break as an actual break, away from the desk.",
        "We're redecorating the spare room, so the weekend went on painting.",
        "I want to use today's session to talk about priorities for the next quarter.",
        "I've been meal prepping on Sundays, which saves me a lot of time.",
        "Work has been steady, nothing dramatic.",
        "I said I'd update my CV and I've done about half of it.",
        "I've got a performance review coming up in two weeks.",
        "My sister visited at the weekend, it was nice to see her.",
        "I keep forgetting to drink water during the day, so I bought a bigger bottle.",
        "My calendar is packed until the end of the month.",
        "I'm trying the two-minute rule for small tasks.",
        "Sorry this is a bit all over the place, I'm typing on my phone.",
        "I want to be honest in these check-ins, that's the point of them.",
        "So, the main things from this week.",
        "Other than that, not much to report.",
        "Anyway, that's where things are.",
        "I'm looking forward to our next session.",
    ],
    "es": [
        "Te escribo antes de la sesión del jueves.",
        "Esta semana he cumplido tres de las cinco rutinas de la mañana.",
        "Mi jefa por fin aprobó el plan del proyecto.",
        "Quiero retomar lo de organizar el día por bloques.",
        "He usado el registro de hábitos que me sugeriste.",
        "La revisión trimestral es el martes y aún tengo que preparar las diapositivas.",
        "Me he apuntado a la clase de inglés por las tardes.",
        "Sigo pensando si presentarme al puesto de responsable de equipo.",
        "He empezado a preparar la comida los domingos.",
        "En el trabajo todo bastante normal, nada especial.",
        "He actualizado la mitad del currículum.",
        "Perdona el desorden, escribo desde el móvil.",
        "Eso es lo principal de esta semana.",
        "Quiero usar la sesión para hablar de prioridades.",
    ],
    "fr": [
        "Petit point avant notre séance de jeudi.",
        "Cette semaine j'ai tenu trois de mes cinq routines du matin.",
        "Ma responsable a enfin validé le plan du projet.",
        "J'aimerais revenir sur l'idée de bloquer des créneaux dans l'agenda.",
        "J'ai utilisé le suivi d'habitudes que tu m'as conseillé.",
        "L'entretien trimestriel est mardi et je dois encore préparer les slides.",
        "Je me suis inscrite au cours d'espagnol du soir.",
        "Je me demande toujours si je postule au poste de chef d'équipe.",
        "Je prépare mes repas le dimanche maintenant.",
        "Au boulot c'est plutôt calme, rien de spécial.",
        "J'ai mis à jour la moitié de mon CV.",
        "Désolée si c'est un peu décousu, j'écris depuis mon téléphone.",
        "Voilà l'essentiel de la semaine.",
        "Je voudrais parler de mes priorités pendant la séance.",
    ],
    "de": [
        "Kurzes Update vor unserer Sitzung am Donnerstag.",
        "Diese Woche habe ich drei von fünf Morgenroutinen geschafft.",
        "Meine Chefin hat endlich den Projektplan abgesegnet.",
        "Ich würde gern nochmal auf das Zeitblocken zurückkommen.",
        "Ich habe den Habit-Tracker benutzt, den du vorgeschlagen hast.",
        "Das Quartalsgespräch ist am Dienstag und die Folien sind noch nicht fertig.",
        "Ich habe mich für den Spanischkurs am Abend angemeldet.",
        "Ich überlege immer noch, ob ich mich auf die Teamleitung bewerbe.",
        "Sonntags koche ich jetzt für die ganze Woche vor.",
        "Bei der Arbeit ist es gerade ruhig, nichts Besonderes.",
        "Meinen Lebenslauf habe ich zur Hälfte aktualisiert.",
        "Sorry, dass es etwas durcheinander ist, ich schreibe vom Handy.",
        "Das war das Wichtigste von dieser Woche.",
        "Ich möchte in der Sitzung über Prioritäten sprechen.",
    ],
}  # fmt: skip

TEXTSPEAK = [
    (r"\bto be honest\b", "tbh"), (r"\bI don't know\b", "idk"), (r"\byou're\b", "ur"),
    (r"\byour\b", "ur"), (r"\byou\b", "u"), (r"\bare\b", "r"), (r"\bbecause\b", "bc"),
    (r"\bgoing to\b", "gonna"), (r"\bwant to\b", "wanna"), (r"\btomorrow\b", "tmrw"),
    (r"\btonight\b", "tonite"), (r"\bpeople\b", "ppl"), (r"\breally\b", "rly"),
    (r"\bthough\b", "tho"), (r"\bwith\b", "w"), (r"\babout\b", "abt"), (r"\bplease\b", "pls"),
    (r"\bI'm\b", "im"), (r"\bdon't\b", "dont"), (r"\bcan't\b", "cant"), (r"\bI've\b", "ive"),
    (r"\bthanks\b", "thx"), (r"\bsomeone\b", "some1"), (r"\banyone\b", "any1"),
]  # fmt: skip


def parse(path: Path) -> list[dict]:
    rows, head, kind = [], None, None
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
        assert head is not None and kind is not None, path
        cats = [c for c in head["categories"].split(",") if c]
        rows.append({"text": line, "level": head["level"], "categories": cats, "kind": kind,
                     "lang": head["lang"]})  # fmt: skip
    return rows


def sentence_case(text: str, lang: str) -> str:
    text = text.strip()
    text = text[0].upper() + text[1:]
    if lang == "en":
        text = re.sub(r"\bi(?=\b|')", "I", text)
    return text if text[-1] in ".!?" else text + "."


def flatten(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[.,;:!?¿¡()]", "", text.lower())).strip()


def typos(text: str, rng: random.Random, n: int = 2) -> str:
    words = text.split()
    idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    for i in rng.sample(idx, min(n, len(idx))):
        w = words[i]
        j = rng.randrange(1, len(w) - 2)
        if rng.random() < 0.6:
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
        elif rng.random() < 0.5:
            words[i] = w[:j] + w[j + 1 :]
        else:
            words[i] = w[: j + 1] + w[j] + w[j + 1 :]
    return " ".join(words)


def textspeak(text: str) -> str:
    out = text
    for pat, rep in TEXTSPEAK:
        out = re.sub(pat, rep, out, flags=re.IGNORECASE)
    return re.sub(r"\bI\b", "i", flatten(out).replace("  ", " "))


def surface(core: str, lang: str, rng: random.Random) -> tuple[str, str]:
    options = []
    flat = flatten(core)
    if flat != core:
        options.append(("lower_nopunct", flat))
    if lang == "en":
        ts = textspeak(core)
        if ts not in (core, flat):
            options += [("textspeak", ts)] * 2
    ty = typos(flat if rng.random() < 0.5 else core, rng)
    if ty not in (core, flat):
        options.append(("typos", ty))
    sc = sentence_case(core, lang)
    if sc != core:
        options.append(("sentence_case", sc))
    return rng.choice(options) if options else ("", "")


OPENERS = {
    "en": {"Quick update before our session on Thursday.", "So, the main things from this week.",
           "Sorry this is a bit all over the place, I'm typing on my phone.",
           "I want to be honest in these check-ins, that's the point of them."},
    "es": {"Te escribo antes de la sesión del jueves.", "Perdona el desorden, escribo desde el móvil."},
    "fr": {"Petit point avant notre séance de jeudi.", "Désolée si c'est un peu décousu, j'écris depuis mon téléphone."},
    "de": {"Kurzes Update vor unserer Sitzung am Donnerstag.", "Sorry, dass es etwas durcheinander ist, ich schreibe vom Handy."},
}  # fmt: skip
CLOSERS = {
    "en": {"Other than that, not much to report.", "Anyway, that's where things are.",
           "I'm looking forward to our next session.",
           "I want to use today's session to talk about priorities for the next quarter."},
    "es": {"Eso es lo principal de esta semana.", "Quiero usar la sesión para hablar de prioridades."},
    "fr": {"Voilà l'essentiel de la semaine.", "Je voudrais parler de mes priorités pendant la séance."},
    "de": {"Das war das Wichtigste von dieser Woche.", "Ich möchte in der Sitzung über Prioritäten sprechen."},
}  # fmt: skip


def words(parts: list[str]) -> int:
    return sum(len(p.split()) for p in parts)


def buried(core: str, lang: str, rng: random.Random) -> str:
    """A 60-120 word coaching check-in with the core somewhere after the first sentence."""
    opens = sorted(OPENERS[lang])
    closes = sorted(CLOSERS[lang])
    mids = [s for s in FILLER[lang] if s not in OPENERS[lang] and s not in CLOSERS[lang]]
    rng.shuffle(mids)
    core_s = core if core[-1] in ".!?" else core + "."
    core_s = core_s[0].upper() + core_s[1:]
    if lang == "en":
        core_s = re.sub(r"\bi(?=\b|')", "I", core_s)
    head = [rng.choice(opens)] if rng.random() < 0.6 else []
    tail = [rng.choice(closes)] if rng.random() < 0.6 else []
    target = rng.randint(68, 110)
    body: list[str] = []
    while mids and words(head + body + tail + [core_s]) < target:
        nxt = mids.pop()
        if words(head + body + tail + [core_s, nxt]) > 118:
            break
        body.append(nxt)
    pos = rng.randint(0 if head else 1, max(1, len(body) - (0 if tail else 1)))
    return " ".join(head + body[:pos] + [core_s] + body[pos:] + tail)


def variants(row: dict, rng: random.Random) -> list[tuple[str, str]]:
    core, lang = row["text"], row["lang"]
    out = [("plain", core)]
    if row["kind"] in REPLY_KINDS:
        return out
    coach = row["level"] == "coachable"
    want_bury = coach or rng.random() < 0.7
    want_surface = coach or rng.random() < 0.8 or not want_bury
    if want_surface:
        name, text = surface(core, lang, rng)
        if text:
            out.append((name, text))
    if want_bury:
        post = buried(core, lang, rng)
        if rng.random() < 0.3:
            out.append(("buried_flat", typos(flatten(post), rng, 3) if rng.random() < 0.5 else flatten(post)))
        else:
            out.append(("buried", post))
    return out


def main() -> int:
    families = [r for name in FILES for r in parse(HERE / name)]
    train: list[dict] = []
    hold: list[dict] = []
    seen: set[str] = set()
    for fam, row in enumerate(families):
        rng = random.Random(f"{SEED}-{fam}")
        dest = hold if fam % 5 == 4 else train
        for variant, text in variants(row, rng):
            if text in seen:
                continue
            seen.add(text)
            dest.append({"text": text, "level": row["level"], "categories": row["categories"],
                         "kind": row["kind"], "lang": row["lang"], "family": f"r4-{fam}",
                         "variant": variant})  # fmt: skip
    for path, rows in ((OUT, train), (HOLDOUT, hold)):
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                        encoding="utf-8")  # fmt: skip
        print(f"{path.name}: {len(rows)} rows")
    print(f"families: {len(families)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
