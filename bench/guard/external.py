"""External labelled text for the guard benchmark, read from ../shared/data at run time.

Nothing here is copied into the repo: rows are read from the shared data folder each
run. The label mapping follows shared/data/README.md; labels are proxies (the
subreddit or topic a post came from), so results are reported per source.

Rows are deduplicated across sets (CAMS re-annotates SDCNL posts; CounselChat's two
files overlap, so only 20200325_counsel_chat.csv is read). RallyPoint (Apache-2.0) is
split in two by a hash of the text: one half may train the shipped head, the other
half is held out here (`held_out` tells which).
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import random
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DATA_DIR = Path(__file__).resolve().parents[3] / "shared" / "data"
SOURCES = ("sdcnl", "cams", "dreaddit", "rallypoint", "counselchat", "esconv", "nye",
           "pa_counseling", "smartspan")


@dataclass(frozen=True)
class ExternalRow:
    text: str
    level: str
    categories: tuple[str, ...]
    source: str
    label: str  # the original proxy label, e.g. "dreaddit:ptsd:1"
    held_out: bool = True


def data_dir() -> Path:
    return Path(os.environ.get("ONWARD_SHARED_DATA", DEFAULT_DATA_DIR))


def _csv(path: Path, encoding: str = "utf-8") -> Iterator[dict[str, str]]:
    with path.open(newline="", encoding=encoding, errors="replace") as f:
        yield from csv.DictReader(f)


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def rallypoint_in_training_half(text: str) -> bool:
    """Stable split of RallyPoint rows: True for the half the head may train on."""
    return in_training_half(_clean(text))


def in_training_half(key: str) -> bool:
    """Stable split of a permissively licensed set by a row's (or a dialogue's) key."""
    return hashlib.sha256(key.encode("utf-8")).digest()[0] % 2 == 0


def _half_matches(half: str, training: bool) -> bool:
    return half == "all" or (half == "training") == training


_RALLYPOINT_CATEGORY = {
    "anxiety": "anxiety_panic",
    "healthanxiety": "anxiety_panic",
    "socialanxiety": "anxiety_panic",
    "ptsd": "trauma",
    "depression": "depression",
    "alcoholism": "substance",
    "addiction": "substance",
    "schizophrenia": "psychosis_mania",
    "bipolarreddit": "psychosis_mania",
    "mentalhealth": "",  # clinical but no single category: level only
}
_RALLYPOINT_DROP = ("augment", "negated", "talklife", "highlighted")


def rallypoint(root: Path, *, half: str = "held_out") -> list[ExternalRow]:
    """half: "held_out", "training" or "all"."""
    rows: list[ExternalRow] = []
    path = root / "rallypoint_reddit_mh" / "rallypoint_reddit_mentalhealth_test_908.csv"
    for r in _csv(path):
        text, source = _clean(r["doc"]), r["source"]
        if not text or any(d in source for d in _RALLYPOINT_DROP):
            continue
        if source.startswith("reddit "):
            sub = source.removeprefix("reddit ")
            if sub not in _RALLYPOINT_CATEGORY:  # adhd, lonely: not a guard category
                continue
            cat = _RALLYPOINT_CATEGORY[sub]
            level, cats = "refer", ((cat,) if cat else ())
        elif source.startswith("rallypoint") and float(r["label"]) == 0.0:
            level, cats = "coachable", ()
        else:
            continue
        training = rallypoint_in_training_half(text)
        if _half_matches(half, training):
            rows.append(ExternalRow(text, level, cats, "rallypoint", source, not training))
    return rows


def sdcnl(root: Path) -> list[ExternalRow]:
    rows = []
    for name in ("training-set.csv", "testing-set.csv"):
        for r in _csv(root / "sdcnl" / name):
            text = _clean(f"{r['title']}. {r['selftext']}")
            crisis = r["is_suicide"].strip() == "1"
            rows.append(
                ExternalRow(
                    text,
                    "crisis" if crisis else "refer",
                    ("suicide_self_harm",) if crisis else ("depression",),
                    "sdcnl",
                    f"sdcnl:is_suicide={r['is_suicide'].strip()}",
                )
            )
    return rows


def cams(root: Path) -> list[ExternalRow]:
    # All CAMS posts come from depression/suicide subreddits: at least refer. The cause
    # label says why, not how severe, so only any-concern recall is meaningful here.
    return [
        ExternalRow(_clean(r["selftext"]), "refer", (), "cams", f"cams:cause={r['cause']}")
        for r in _csv(root / "cams_causes" / "added_CAMS_data.csv", encoding="cp1252")
        if _clean(r["selftext"])
    ]


_DREADDIT_COACHABLE = {"relationships", "assistance", "homeless", "almosthomeless", "food_pantry"}


def dreaddit(root: Path) -> list[ExternalRow]:
    rows = []
    for name in ("dreaddit-train.csv", "dreaddit-test.csv"):
        for r in _csv(root / "dreaddit" / name):
            sub, stressed, text = r["subreddit"], r["label"] == "1", _clean(r["text"])
            label = f"dreaddit:{sub}:{r['label']}"
            if sub == "domesticviolence" and stressed:
                rows.append(ExternalRow(text, "crisis", ("abuse_danger",), "dreaddit", label))
            elif sub == "ptsd" and stressed:
                rows.append(ExternalRow(text, "refer", ("trauma",), "dreaddit", label))
            elif sub == "anxiety" and stressed:
                rows.append(ExternalRow(text, "refer", ("anxiety_panic",), "dreaddit", label))
            elif not stressed and (sub in _DREADDIT_COACHABLE or sub == "stress"):
                rows.append(ExternalRow(text, "coachable", (), "dreaddit", label))
    return rows


_COUNSEL_TOPIC = {
    "self-harm": ("crisis", "suicide_self_harm"),
    "domestic-violence": ("crisis", "abuse_danger"),
    "depression": ("refer", "depression"),
    "anxiety": ("refer", "anxiety_panic"),
    "trauma": ("refer", "trauma"),
    "substance-abuse": ("refer", "substance"),
    "addiction": ("refer", "substance"),
    "eating-disorders": ("refer", "eating_disorder"),
    "grief-and-loss": ("refer", "grief"),
    "diagnosis": ("refer", "request_diagnosis_treatment"),
    "workplace-relationships": ("coachable", ""),
    "parenting": ("coachable", ""),
    "behavioral-change": ("coachable", ""),
}


def counselchat(root: Path) -> list[ExternalRow]:
    seen: set[str] = set()
    rows = []
    for r in _csv(root / "counselchat" / "20200325_counsel_chat.csv"):
        if r["questionID"] in seen or r["topic"] not in _COUNSEL_TOPIC:
            continue
        seen.add(r["questionID"])
        level, cat = _COUNSEL_TOPIC[r["topic"]]
        text = _clean(f"{r['questionTitle']}. {r['questionText']}")
        cats = (cat,) if cat else ()
        rows.append(ExternalRow(text, level, cats, "counselchat", f"counselchat:{r['topic']}"))
    return rows


_ESCONV_PROBLEM = {
    "ongoing depression": ("refer", "depression"),
    "alcohol abuse": ("refer", "substance"),
    "job crisis": ("coachable", ""),
    "academic pressure": ("coachable", ""),
    "procrastination": ("coachable", ""),
}


def esconv(root: Path) -> list[ExternalRow]:
    rows = []
    for name in ("train.jsonl", "valid.jsonl", "test.jsonl"):
        for line in (root / "esconv" / name).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            d = json.loads(line)
            problem = str(d.get("problem_type", "")).strip().lower()
            if problem not in _ESCONV_PROBLEM or not _clean(d.get("situation", "")):
                continue
            level, cat = _ESCONV_PROBLEM[problem]
            rows.append(
                ExternalRow(
                    _clean(d["situation"]),
                    level,
                    (cat,) if cat else (),
                    "esconv",
                    f"esconv:{problem}",
                )
            )
    return rows


def nye(root: Path) -> list[ExternalRow]:
    path = root / "nye_resolutions" / "New-years-resolutions-DFE.csv"
    return [
        ExternalRow(_clean(r["text"]), "coachable", (), "nye", f"nye:{r['Resolution_Category']}")
        for r in _csv(path, encoding="latin-1")
        if r["Resolution_Category"] != "Humor" and _clean(r["text"])
    ]


def pa_counseling(root: Path, *, half: str = "held_out") -> list[ExternalRow]:
    """Physical-activity coaching dialogues (Apache-2.0): every turn of a coaching
    session, client and coach, is coachable. Split by dialogue, so a held-out dialogue
    shares no context with a trained one. Turns under three words ("Okay.") are left out."""
    rows = []
    for r in _csv(root / "pa_counseling" / "pa_counseling_simulated_dialogs.csv"):
        text = _clean(r["utterance"])
        if len(text.split()) < 3:
            continue
        training = in_training_half(f"pa:{r['dialog']}")
        if _half_matches(half, training):
            rows.append(ExternalRow(text, "coachable", (), "pa_counseling",
                                    f"pa_counseling:{r['speaker_role']}", not training))
    return rows


def smartspan(root: Path, *, half: str = "held_out") -> list[ExternalRow]:
    """Health-coaching goals written in coaching notes (MIT), coachable; split by note."""
    rows = []
    notes = json.loads((root / "smartspan_goals" / "goals_all.json").read_text(encoding="utf-8"))
    for note in notes:
        training = in_training_half(f"smartspan:{note['ID']}")
        if not _half_matches(half, training):
            continue
        for goal in note.get("goals") or ():
            text = _clean(goal)
            if len(text.split()) >= 3:
                rows.append(ExternalRow(text, "coachable", (), "smartspan", "smartspan:goal",
                                        not training))
    return rows


def permissive_training_rows(root: Path) -> list[ExternalRow]:
    """The training halves of the permissively licensed sets (Apache-2.0, MIT): the only
    external rows a shipped model may learn from (shared/data/README.md)."""
    return [
        *rallypoint(root, half="training"),
        *pa_counseling(root, half="training"),
        *smartspan(root, half="training"),
    ]


def _key(text: str) -> str:
    # Re-saved copies differ in whitespace, punctuation and case; the first 200
    # letters and digits identify a post well enough.
    return re.sub(r"[^a-z0-9]", "", text.lower())[:200]


def load_external(
    root: Path | None = None, *, per_group: int | None = None, seed: int = 20261123
) -> list[ExternalRow]:
    """Held-out external rows, deduplicated; optionally at most per_group per (source, level)."""
    root = root or data_dir()
    loaders = (sdcnl, cams, dreaddit, rallypoint, counselchat, esconv, nye, pa_counseling,
               smartspan)
    seen: set[str] = set()
    groups: dict[tuple[str, str], list[ExternalRow]] = defaultdict(list)
    for loader in loaders:  # SDCNL before CAMS: a post both hold is kept with SDCNL's label
        for row in loader(root):
            key = _key(row.text)
            if not row.held_out or len(key) < 10 or key in seen:
                continue
            seen.add(key)
            groups[(row.source, row.level)].append(row)
    rng = random.Random(seed)
    out: list[ExternalRow] = []
    for group in sorted(groups):
        rows = groups[group]
        if per_group is not None and len(rows) > per_group:
            rows = rng.sample(rows, per_group)
        out.extend(rows)
    return out
