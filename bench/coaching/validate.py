"""Agreement of the utterance classifier with human codes (AnnoMI; hand-coded MISC).

The data is read from ../shared/data at run time and never copied into the repo.
AnnoMI codes whole therapist utterances (several sentences); MISC codes sentences.
The classifier is rule-based, so nothing is trained: the AnnoMI transcripts are still
split by transcript id (about 20% held out, fixed seed) and the held-out part is the
headline, so a later learned layer can be compared on the same rows.
"""

from __future__ import annotations

import csv
import random
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.coaching.utterances import CLOSED, OPEN, REFLECTION, label_sentence, turn_codes

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
HOLDOUT_SHARE = 0.2
SEED = 13


@dataclass(frozen=True)
class Agreement:
    code: str
    source: str
    n: int
    accuracy: float
    kappa: float


def cohen_kappa(human: Sequence[object], predicted: Sequence[object]) -> float:
    """Cohen's kappa for two raters over the same items (1.0 when both agree fully)."""
    n = len(human)
    if n == 0:
        return float("nan")
    labels = set(human) | set(predicted)
    observed = sum(a == b for a, b in zip(human, predicted, strict=True)) / n
    expected = sum((list(human).count(k) / n) * (list(predicted).count(k) / n) for k in labels)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def _agreement(code: str, source: str, human: list[object], pred: list[object]) -> Agreement:
    n = len(human)
    acc = sum(a == b for a, b in zip(human, pred, strict=True)) / n if n else float("nan")
    return Agreement(code, source, n, acc, cohen_kappa(human, pred))


def annomi_rows(data: Path = DATA) -> list[dict[str, str]]:
    """Therapist utterances, one row each (the first annotator's codes when several)."""
    path = data / "annomi" / "AnnoMI-full.csv"
    seen: set[tuple[str, str]] = set()
    rows = []
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            key = (row["transcript_id"], row["utterance_id"])
            if row["interlocutor"] != "therapist" or key in seen:
                continue
            seen.add(key)
            rows.append(row)
    return rows


def annomi_client_share(data: Path = DATA, quality: str = "high") -> float:
    """Median share of words the client says per AnnoMI session of the given MI quality:
    what real counsellors leave to their clients, as a reference for our own measure."""
    from bench.coaching.metrics import words

    totals: dict[str, list[int]] = {}
    seen: set[tuple[str, str]] = set()
    with (data / "annomi" / "AnnoMI-full.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            key = (row["transcript_id"], row["utterance_id"])
            if row["mi_quality"] != quality or key in seen:
                continue
            seen.add(key)
            pair = totals.setdefault(row["transcript_id"], [0, 0])
            pair[0 if row["interlocutor"] == "client" else 1] += len(words(row["utterance_text"]))
    return statistics.median(c / (c + t) for c, t in totals.values() if c + t)


def heldout_ids(rows: list[dict[str, str]]) -> set[str]:
    ids = sorted({r["transcript_id"] for r in rows}, key=int)
    random.Random(SEED).shuffle(ids)
    return set(ids[: round(len(ids) * HOLDOUT_SHARE)])


def annomi_agreement(rows: list[dict[str, str]], source: str) -> list[Agreement]:
    codes = [turn_codes(r["utterance_text"]) for r in rows]
    q_h = [r["question_exists"] == "True" for r in rows]
    q_p = [c["question"] for c in codes]
    asked = [i for i, r in enumerate(rows) if r["question_subtype"] in ("open", "closed")]
    oc_h: list[object] = [rows[i]["question_subtype"] for i in asked]
    oc_p: list[object] = ["open" if codes[i]["open"] else "closed" for i in asked]
    r_h = [r["reflection_exists"] == "True" for r in rows]
    r_p = [c["reflection"] for c in codes]
    return [
        _agreement("question yes/no", source, list(q_h), list(q_p)),
        _agreement("open vs closed (human questions)", source, oc_h, oc_p),
        _agreement("reflection yes/no", source, list(r_h), list(r_p)),
    ]


_MISC = {"OQ": OPEN, "CQ": CLOSED, "SR": REFLECTION, "CR": REFLECTION}


def misc_agreement(data: Path = DATA) -> list[Agreement]:
    """Sentence-level agreement on the hand-coded MISC files (HLQC and MIBot)."""
    out = []
    for name, label in (("HLQC_balanced_manual.csv", "MISC HLQC (human)"),
                        ("MIV6.3A_manual.csv", "MISC MIBot (human)")):
        path = data / "misc_hlqc_mibot" / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8-sig") as f:
            rows = [r for r in csv.DictReader(f) if r["speaker"] == "counsellor"]
        human = [_MISC.get(r["t2_label_GT"], "other") for r in rows]
        pred = [label_sentence(r["utt_text"]) for r in rows]
        out.append(_agreement("4 codes (open/closed/reflection/other)", label, list(human),
                              list(pred)))
        for code in (OPEN, CLOSED, REFLECTION):
            out.append(_agreement(f"{code} yes/no", label, [h == code for h in human],
                                  [p == code for p in pred]))
    return out


def all_agreement(data: Path = DATA) -> list[Agreement]:
    rows = annomi_rows(data)
    held = heldout_ids(rows)
    test = [r for r in rows if r["transcript_id"] in held]
    dev = [r for r in rows if r["transcript_id"] not in held]
    return [
        *annomi_agreement(test, f"AnnoMI held-out ({len(held)} transcripts)"),
        *annomi_agreement(dev, "AnnoMI other transcripts"),
        *misc_agreement(data),
    ]


if __name__ == "__main__":
    for a in all_agreement():
        print(f"{a.source:40} {a.code:42} n={a.n:5} acc={a.accuracy:.3f} kappa={a.kappa:.3f}")
