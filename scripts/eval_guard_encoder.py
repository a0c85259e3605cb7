"""Compare guard models (encoder graph + head) side by side on the project's evaluation sets.

    .venv/bin/python scripts/eval_guard_encoder.py              # the shipped pair
    .venv/bin/python scripts/eval_guard_encoder.py \\
        --system shipped=default:default \\
        --system new=/tmp/ft/guard-encoder-int8.onnx:/tmp/ft/head.npz \\
        --guard --json /tmp/guard_eval.json

A system is NAME=ENCODER:HEAD; ENCODER is an ONNX encoder graph run by
OnnxMiniLMEmbedder(model_path=ENCODER) ("default": the guard's packaged
guard-encoder-int8.onnx; "stock": the plain minilm-l6-int8.onnx) and HEAD a head file of
scripts/train_guard_head.py ("default": the packaged model_head.npz). Without --system:
the shipped pair.

Evaluation sets (only these; never training data, never the benchmark's held-out rows):
guard_training/examples_more_holdout.jsonl, examples_round3_holdout.jsonl (and any other
guard_training/*_holdout.jsonl), and the rows with "split": "dev" of
bench/guard/slices/*.jsonl. The slices' "heldout" rows are dropped as each line is read,
before anything else looks at them; external benchmark data is not read at all.

Model layer (onward.guard.model.EmbeddingRiskModel, calibrated scores): a row is flagged
crisis if any crisis category scores >= 0.5, concern if any category does. Reported per
set: crisis recall, any-concern recall (refer + crisis rows), coachable false-alarm rate
(any concern flagged on a coachable row), and, for a threshold-free comparison, the
crisis and any-concern recall at the concern threshold that flags 5% of the pooled
coachable rows. Time per message: one message per call (threads=1, as the product runs
it) over a fixed sample, after a warm-up.

With --guard, the whole Guard (onward.guard.screen.Guard, patterns + model, default
context threshold) at the given crisis = refer thresholds (the shipped default is 0.95):
crisis recall (verdict level crisis), any-concern recall and coachable false alarms
(verdict level not coachable). Only texts and aggregate numbers are handled; no example
text is printed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from onward.embedding.onnx_minilm import OnnxMiniLMEmbedder, default_model_path  # noqa: E402
from onward.guard.model import EmbeddingRiskModel, default_encoder_path  # noqa: E402
from onward.guard.verdict import CATEGORIES, CRISIS_CATEGORIES  # noqa: E402

TRAINING_DIR = ROOT / "guard_training"
SLICES_DIR = ROOT / "bench" / "guard" / "slices"
FA_BUDGET = 0.05
TIMING_SAMPLE = 100


# -- evaluation data -------------------------------------------------------------------------


def dev_slice_rows(directory: Path = SLICES_DIR) -> dict[str, list[dict]]:
    """The dev rows of each slice; heldout rows are dropped as each line is parsed."""
    out: dict[str, list[dict]] = {}
    for path in sorted(directory.glob("*.jsonl")):
        rows = []
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                row = json.loads(line)
                if row.get("split") != "dev":
                    continue  # heldout: never read further, never scored
                rows.append({"text": row["text"], "level": row["level"],
                             "categories": row["categories"]})  # fmt: skip
        out[path.stem] = rows
    return out


def eval_sets() -> dict[str, list[dict]]:
    sets: dict[str, list[dict]] = {}
    for path in sorted(TRAINING_DIR.glob("*_holdout.jsonl")):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        sets[path.stem] = [r for r in rows if r]
    slices = dev_slice_rows()
    sets["slices_dev"] = [r for rows in slices.values() for r in rows]
    return sets


# -- systems ---------------------------------------------------------------------------------


def parse_system(spec: str) -> tuple[str, Path, Path | None]:
    name, _, rest = spec.partition("=")
    encoder, _, head = rest.rpartition(":")
    if not name or not encoder or not head:
        raise argparse.ArgumentTypeError(f"expected NAME=ENCODER:HEAD, got {spec!r}")
    graph = {"default": default_encoder_path(), "stock": default_model_path()}.get(encoder)
    return name, graph or Path(encoder), None if head == "default" else Path(head)


def build_model(encoder: Path, head: Path | None) -> EmbeddingRiskModel:
    model = EmbeddingRiskModel(OnnxMiniLMEmbedder(model_path=encoder), head_path=head)
    model.load()
    return model


class CachedModel:
    """A RiskModel that remembers scores by text, so Guard sweeps embed each text once."""

    def __init__(self, model: EmbeddingRiskModel) -> None:
        self.model = model
        self.cache: dict[str, dict[str, float]] = {}

    def scores(self, texts: Sequence[str]) -> list[dict[str, float]]:
        todo = sorted({t for t in texts if t not in self.cache})
        if todo:
            self.cache.update(zip(todo, self.model.scores(todo), strict=True))
        return [self.cache[t] for t in texts]


# -- metrics ---------------------------------------------------------------------------------


def _rate(flags: np.ndarray) -> float | None:
    return round(float(flags.mean()), 3) if flags.size else None


def model_metrics(rows: list[dict], scores: np.ndarray, concern_t: float) -> dict[str, Any]:
    """scores: (n, len(CATEGORIES)) calibrated; concern_t: the pooled 5%-FA threshold."""
    level = np.array([r["level"] for r in rows])
    crisis_max = scores[:, : len(CRISIS_CATEGORIES)].max(axis=1)
    any_max = scores.max(axis=1)
    crisis, concern, coach = level == "crisis", level != "coachable", level == "coachable"
    return {
        "n": len(rows),
        "n_crisis": int(crisis.sum()),
        "n_concern": int(concern.sum()),
        "n_coachable": int(coach.sum()),
        "crisis_recall": _rate(crisis_max[crisis] >= 0.5),
        "concern_recall": _rate(any_max[concern] >= 0.5),
        "coachable_fa": _rate(any_max[coach] >= 0.5),
        "coachable_crisis_fa": _rate(crisis_max[coach] >= 0.5),
        "crisis_recall_at_pooled_5fa": _rate(crisis_max[crisis] >= concern_t),
        "concern_recall_at_pooled_5fa": _rate(any_max[concern] >= concern_t),
        "coachable_fa_at_pooled_5fa": _rate(any_max[coach] >= concern_t),
    }


def guard_metrics(rows: list[dict], levels: list[str]) -> dict[str, Any]:
    gold = np.array([r["level"] for r in rows])
    got = np.array(levels)
    return {
        "crisis_recall": _rate(got[gold == "crisis"] == "crisis"),
        "concern_recall": _rate(got[gold != "coachable"] != "coachable"),
        "coachable_fa": _rate(got[gold == "coachable"] != "coachable"),
    }


def time_per_message(model: EmbeddingRiskModel, texts: list[str]) -> dict[str, float]:
    model.scores(texts[:5])  # warm-up
    took = []
    for text in texts:
        start = time.perf_counter()
        model.scores([text])
        took.append(time.perf_counter() - start)
    ms = np.array(took) * 1000
    return {"mean_ms": round(float(ms.mean()), 1), "p50_ms": round(float(np.median(ms)), 1),
            "p95_ms": round(float(np.percentile(ms, 95)), 1), "n": len(texts)}  # fmt: skip


# -- main ------------------------------------------------------------------------------------


def evaluate(
    systems: list[tuple[str, Path, Path | None]],
    guard_thresholds: list[float] | None,
    timing: int = TIMING_SAMPLE,
) -> dict[str, Any]:
    sets = eval_sets()
    pooled = [r for rows in sets.values() for r in rows]
    timing_texts = [r["text"] for r in sets["slices_dev"][:: max(1, len(sets["slices_dev"])
                                                             // timing)]][:timing]  # fmt: skip
    report: dict[str, Any] = {"sets": {k: len(v) for k, v in sets.items()}, "systems": {}}
    for name, encoder, head in systems:
        model = build_model(encoder, head)
        cached = CachedModel(model)
        start = time.perf_counter()
        raw = cached.scores([r["text"] for r in pooled])
        batch_s = time.perf_counter() - start
        all_scores = np.array([[s[c] for c in CATEGORIES] for s in raw], dtype=np.float32)
        coach = np.array([r["level"] == "coachable" for r in pooled])
        concern_t = float(np.quantile(all_scores[coach].max(axis=1), 1 - FA_BUDGET)) + 1e-6
        result: dict[str, Any] = {
            "encoder": str(encoder),
            "head": str(head or "default (model_head.npz)"),
            "pooled_5fa_threshold": round(concern_t, 4),
            "batched_ms_per_message": round(batch_s * 1000 / len(pooled), 1),
            "model": {},
        }
        at = 0
        for set_name, rows in {**sets, "pooled": pooled}.items():
            if set_name == "pooled":
                at = 0
            part = all_scores[at : at + len(rows)]
            at += len(rows)
            result["model"][set_name] = model_metrics(rows, part, concern_t)
        result["timing_one_message"] = time_per_message(model, timing_texts)
        if guard_thresholds:
            from onward.guard.screen import Guard

            result["guard"] = {}
            for t in guard_thresholds:
                guard = Guard(model=cached, crisis_threshold=t, refer_threshold=t)
                per = {}
                for set_name, rows in {**sets, "pooled": pooled}.items():
                    verdicts = guard.screen_many([r["text"] for r in rows])
                    per[set_name] = guard_metrics(rows, [v.level.value for v in verdicts])
                result["guard"][str(t)] = per
        report["systems"][name] = result
    return report


def print_tables(report: dict[str, Any]) -> None:
    names = list(report["systems"])
    sets = [*report["sets"], "pooled"]
    keys = ("crisis_recall", "concern_recall", "coachable_fa", "crisis_recall_at_pooled_5fa",
            "concern_recall_at_pooled_5fa")  # fmt: skip
    print("\n## Model layer (flag if a category >= 0.5; '@5%' = at the pooled 5% FA threshold)\n")
    print("| set | system | crisis rec | concern rec | coachable FA | crisis rec @5% "
          "| concern rec @5% |")
    print("|---|---|---|---|---|---|---|")
    for s in sets:
        for n in names:
            m = report["systems"][n]["model"][s]
            print(f"| {s} (n={m['n']}: {m['n_crisis']} crisis, {m['n_coachable']} coachable) "
                  f"| {n} | " + " | ".join(str(m[k]) for k in keys) + " |")
    print("\n## Time per message\n")
    for n in names:
        r = report["systems"][n]
        print(f"- {n}: one at a time {r['timing_one_message']}; batched "
              f"{r['batched_ms_per_message']} ms/message")
    if any("guard" in report["systems"][n] for n in names):
        print("\n## Whole guard (crisis = refer threshold)\n")
        print("| system | threshold | set | crisis rec | concern rec | coachable FA |")
        print("|---|---|---|---|---|---|")
        for n in names:
            for t, per in report["systems"][n].get("guard", {}).items():
                for s in sets:
                    g = per[s]
                    print(f"| {n} | {t} | {s} | {g['crisis_recall']} | {g['concern_recall']} "
                          f"| {g['coachable_fa']} |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--system", action="append", type=parse_system, default=[],
                    help="NAME=ENCODER:HEAD ('default' for the packaged file)")
    ap.add_argument("--guard", action="store_true", help="also run the whole Guard")
    ap.add_argument("--guard-thresholds", default="0.5,0.7,0.8,0.85,0.9,0.95",
                    help="comma-separated crisis = refer thresholds for --guard")
    ap.add_argument("--timing", type=int, default=TIMING_SAMPLE, help="messages to time")
    ap.add_argument("--json", type=Path, help="write the full report here")
    args = ap.parse_args(argv)  # fmt: skip
    systems = args.system or [("shipped", default_encoder_path(), None)]
    thresholds = [float(t) for t in args.guard_thresholds.split(",")] if args.guard else None
    report = evaluate(systems, thresholds, args.timing)
    print_tables(report)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
