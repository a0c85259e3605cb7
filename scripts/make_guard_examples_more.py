"""Build guard_training/examples_more.jsonl (+ _holdout) from the hand-written sources.

    .venv/bin/python scripts/make_guard_examples_more.py

Sources: guard_training/more_src/*.txt, written by hand for the project (2026-11-23, an
AI helper session working for Onward) in a style deliberately unlike examples.jsonl:
long rambling posts, texting shorthand, euphemisms, farewells, burden talk, means and
plans without the word "suicide", self-harm slang, abuse by adults and of minors,
harm to others, medical emergencies, third persons in danger now; lived-in refer
messages; coachable hard negatives; Spanish, French and German. Nothing was copied from
shared/data or bench/guard/slices.

Source format: "# level=L categories=a,b lang=xx" starts a block, "@kind=k" sets the
kind, every other non-empty line is one message (a "family").

Each family gives its own text and, by a fixed seed, some surface variants: texting
shorthand, a few typos, or the message buried in an ordinary coaching-session wrapper
(the same wrappers are used for every level, so a wrapper says nothing about the label).
A random 20% of FAMILIES (with all their variants) go to the holdout file, so the
holdout measures new messages, not new spellings of training messages.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "guard_training" / "more_src"
OUT = ROOT / "guard_training" / "examples_more.jsonl"
HOLDOUT = ROOT / "guard_training" / "examples_more_holdout.jsonl"
SEED = 20261124
HOLDOUT_SHARE = 0.2

TEXTING = {
    "you": "u", "are": "r", "because": "bc", "tonight": "tn", "really": "rly",
    "going to": "gonna", "want to": "wanna", "i'm": "im", "i am": "im", "okay": "ok",
    "please": "pls", "people": "ppl", "about": "abt", "don't know": "dunno", "to be honest": "tbh",
    "tomorrow": "tmrw", "anymore": "anymore", "something": "smth", "though": "tho",
    "don't": "dont", "can't": "cant", "won't": "wont", "it's": "its", "that's": "thats",
    "i've": "ive", "i'll": "ill", "everyone": "every1", "before": "b4",
}  # fmt: skip

WRAPPERS = {
    "en": [
        ("sorry this is long. ", " anyway that's where I'm at this week."),
        (
            "Update since last session: the new schedule sort of worked, I got two early nights. ",
            " Not sure what to focus on next.",
        ),
        ("ok so. ", " idk what I want from this chat tbh"),
        ("Before we start on my goals: ", ""),
        (
            "It's been a weird week, the kids were off school and work was nonstop. ",
            " Anyway, can we talk about it?",
        ),
        ("", " Sorry for the wall of text, I just needed to get it out."),
        ("hey, long day. ", " anyway how are you lol"),
        ("I wasn't going to write this but here goes. ", ""),
    ],
    "es": [
        ("perdona el rollo. ", " bueno, así estoy esta semana."),
        ("antes de hablar de mis objetivos: ", ""),
        ("", " perdón por el mensaje tan largo."),
        ("semana rara, mucho trabajo y los niños en casa. ", " ¿podemos hablarlo?"),
    ],
    "fr": [
        ("désolé pour le pavé. ", " bref, voilà où j'en suis cette semaine."),
        ("avant de parler de mes objectifs : ", ""),
        ("", " pardon pour le long message."),
        (
            "semaine bizarre, beaucoup de boulot et les enfants à la maison. ",
            " on peut en parler ?",
        ),
    ],
    "de": [
        ("sorry, wird lang. ", " so, das ist mein stand diese woche."),
        ("bevor wir über meine ziele reden: ", ""),
        ("", " sorry für die lange nachricht."),
        ("komische woche, viel arbeit und die kinder zu hause. ", " können wir darüber reden?"),
    ],
}


def parse(path: Path) -> list[dict]:
    rows: list[dict] = []
    head: dict = {}
    kind = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            fields = dict(part.split("=", 1) for part in line[1:].split())
            cats = [c for c in fields.get("categories", "").split(",") if c]
            head = {"level": fields["level"], "categories": cats, "lang": fields["lang"]}
            continue
        if line.startswith("@kind="):
            kind = line.split("=", 1)[1]
            continue
        rows.append({"text": line, **head, "kind": kind})
    return rows


def texting(text: str, rng: random.Random) -> str:
    out = text.lower().replace("\u2019", "'")
    for long, short in TEXTING.items():
        if rng.random() < 0.8:
            out = re.sub(rf"\b{re.escape(long)}\b", short, out)
    out = out.replace("'", "") if rng.random() < 0.6 else out
    return out.rstrip(".!?") + ("" if rng.random() < 0.7 else " ..")


def typos(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    long_idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    for i in rng.sample(long_idx, k=min(len(long_idx), rng.choice((1, 2)))):
        w = words[i]
        j = rng.randrange(1, len(w) - 2)
        if rng.random() < 0.6:
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]  # swap two letters
        else:
            words[i] = w[:j] + w[j + 1 :]  # drop one letter
    return " ".join(words)


def wrap(text: str, lang: str, rng: random.Random) -> str:
    before, after = rng.choice(WRAPPERS[lang])
    body = text if not before or before.endswith(": ") else text[:1].lower() + text[1:]
    return f"{before}{body}{after}".strip()


def variants(row: dict, rng: random.Random) -> list[str]:
    text, lang = row["text"], row["lang"]
    out = [text]
    if rng.random() < 0.6:
        out.append(texting(text, rng))
    if rng.random() < 0.55 and len(text) < 220:
        out.append(wrap(text, lang, rng))
    if rng.random() < 0.4:
        out.append(typos(text, rng))
    return list(dict.fromkeys(out))


def main() -> int:
    rng = random.Random(SEED)
    families = [r for path in sorted(SRC.glob("*.txt")) for r in parse(path)]
    seen: set[str] = set()
    train: list[dict] = []
    hold: list[dict] = []
    for fam_id, row in enumerate(families):
        key = row["text"].lower()
        if key in seen:
            raise SystemExit(f"duplicate source line: {row['text']}")
        seen.add(key)
        target = hold if rng.random() < HOLDOUT_SHARE else train
        for k, text in enumerate(variants(row, rng)):
            target.append({
                "text": text, "level": row["level"], "categories": row["categories"],
                "kind": row["kind"] or "plain", "lang": row["lang"], "family": fam_id,
                "variant": ["original", "styled"][min(k, 1)],
            })  # fmt: skip
    for path, rows in ((OUT, train), (HOLDOUT, hold)):
        path.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
        )
        print(f"{path.name}: {len(rows)} rows")
    print(f"families: {len(families)}; total rows {len(train) + len(hold)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
