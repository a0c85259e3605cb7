"""Train the guard's head on sentence embeddings (numpy only, fixed seed).

    .venv/bin/python scripts/train_guard_head.py            # project examples + permissive halves
    .venv/bin/python scripts/train_guard_head.py --no-external
    .venv/bin/python scripts/train_guard_head.py --hidden 0  # linear head (format 1 layout)
    .venv/bin/python scripts/train_guard_head.py \
        --encoder src/onward/embedding/minilm-l6-int8.onnx --out /tmp/head.npz  # another graph

Embeddings come from the guard's own encoder, src/onward/guard/guard-encoder-int8.onnx
(all-MiniLM-L6-v2 fine-tuned on the same rows by scripts/finetune_guard_encoder.py), run
by OnnxMiniLMEmbedder; with --encoder PATH, from another graph of the same interface (for
example the stock MiniLM, to compare). A head only fits the encoder it was trained over,
so --out must then name another file. The head is one shared ReLU hidden layer (--hidden
units) feeding the category heads (sigmoids) and the level head (softmax), trained
jointly with Adam.

Writes src/onward/guard/model_head.npz and model_head.json (provenance). Training data:
guard_training/examples.jsonl, examples_more.jsonl, examples_round3.jsonl,
examples_round4.jsonl, examples_round5.jsonl (coaching-session replies) and
examples_round6.jsonl (health-habit session talk, with contrast pairs) and
probe_round7.jsonl (explicit crisis wordings and hard negatives; all written by the
project; the *_holdout.jsonl files are never trained on) and, unless --no-external, the
training halves of the permissively licensed sets of ../shared/data: RallyPoint/Reddit
(Apache-2.0), the physical-activity coaching dialogues (Apache-2.0, coachable session
talk) and SMARTSpan's coaching goals (MIT), by the hash splits of bench/guard/external.py
(the other halves stay held out for the benchmark).
No other external data is trained on: the rest is research-only or non-commercial.

Thresholds are calibrated on out-of-fold predictions for the project's own examples
(5 folds; external rows only ever train), never on external or benchmark data.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # bench.guard.external holds the one external mapping

from bench.guard.external import data_dir, permissive_training_rows  # noqa: E402
from onward.guard.model import HEAD_FORMAT, LEVELS, Head  # noqa: E402
from onward.guard.verdict import CATEGORIES, CRISIS_CATEGORIES  # noqa: E402

SEED = 20261123
EXAMPLES = ROOT / "guard_training" / "examples.jsonl"
EXAMPLES_MORE = ROOT / "guard_training" / "examples_more.jsonl"
EXAMPLES_R3 = ROOT / "guard_training" / "examples_round3.jsonl"
EXAMPLES_R4 = ROOT / "guard_training" / "examples_round4.jsonl"
EXAMPLES_R5 = ROOT / "guard_training" / "examples_round5.jsonl"  # coaching-session replies
EXAMPLES_R6 = ROOT / "guard_training" / "examples_round6.jsonl"  # health-habit sessions
PROBE_R7 = ROOT / "guard_training" / "probe_round7.jsonl"  # explicit crisis wordings probe
GUARD_ENCODER = ROOT / "src" / "onward" / "guard" / "guard-encoder-int8.onnx"
HOLDOUTS = (  # never trained on
    ROOT / "guard_training" / "examples_more_holdout.jsonl",
    ROOT / "guard_training" / "examples_round3_holdout.jsonl",
    ROOT / "guard_training" / "examples_round4_holdout.jsonl",
    ROOT / "guard_training" / "examples_round5_holdout.jsonl",
    ROOT / "guard_training" / "examples_round6_holdout.jsonl",
)
OUT = ROOT / "src" / "onward" / "guard" / "model_head.npz"
FOLDS = 5
# Each threshold keeps a recall floor on held-out folds unless that would flag more than a
# budget of the coachable examples (which are adversarial on purpose: idioms, negations,
# quotes). The pattern layer carries explicit crisis; the model must not drown it in
# false alarms, so the budget wins. Crisis heads get a larger budget than refer heads.
CRISIS_RECALL, REFER_RECALL = 0.97, 0.90
CRISIS_FP_BUDGET, REFER_FP_BUDGET, LEVEL_FP_BUDGET = 0.02, 0.01, 0.02


def load_examples(path: Path) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    for r in rows:
        assert r["level"] in LEVELS and all(c in CATEGORIES for c in r["categories"]), r
    return rows


def embed_cached(texts: list[str], cache: Path, embedder: Any, name: str) -> np.ndarray:
    """Embeddings keyed by `name` (the encoder graph's hash) + text hash, so re-running
    the script skips the forward pass and vectors of different graphs never mix."""
    store: dict[str, np.ndarray] = {}
    if cache.is_file():
        with np.load(cache) as data:
            store = {k: data[k] for k in data.files}
    keys = [hashlib.sha256(f"{name}\0{t}".encode()).hexdigest()[:24] for t in texts]
    missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in store}.items())
    if missing:
        print(f"embedding {len(missing)} texts with {name} ...", file=sys.stderr)
        vecs = embedder.embed([t for _, t in missing])  # type: ignore[attr-defined]
        store.update({k: v for (k, _), v in zip(missing, vecs, strict=True)})
        cache.parent.mkdir(parents=True, exist_ok=True)
        np.savez(cache, **store)
    return np.stack([store[k] for k in keys]).astype(np.float32)


def fit_logistic(
    x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float, softmax: bool, steps: int = 600
) -> tuple[np.ndarray, np.ndarray]:
    """One-vs-rest sigmoids, or one softmax over the columns of y; full-batch Adam, L2.

    y: (n, k) targets in [0, 1]; w: (n, k) or (n, 1) row weights (0 masks a row out).
    """
    d, k = x.shape[1], y.shape[1]
    sigmoid = not softmax
    coef, bias = np.zeros((d, k)), np.zeros(k)
    m = [np.zeros_like(coef), np.zeros_like(bias)]
    v = [np.zeros_like(coef), np.zeros_like(bias)]
    lr, b1, b2 = 0.05, 0.9, 0.999
    for t in range(1, steps + 1):
        z = x @ coef + bias
        if sigmoid:
            p = 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))
        else:
            e = np.exp(z - z.max(axis=1, keepdims=True))
            p = e / e.sum(axis=1, keepdims=True)
        g = (p - y) * w / max(w.sum() / k, 1.0)
        grads = [x.T @ g + l2 * coef, g.sum(axis=0)]
        for i, (param, grad) in enumerate(zip((coef, bias), grads, strict=True)):
            m[i] = b1 * m[i] + (1 - b1) * grad
            v[i] = b2 * v[i] + (1 - b2) * grad**2
            param -= lr * (m[i] / (1 - b1**t)) / (np.sqrt(v[i] / (1 - b2**t)) + 1e-8)
    return coef, bias


def targets(rows: list[dict]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Category targets and weights, level targets and weights (class-balanced)."""
    n = len(rows)
    cat_y = np.zeros((n, len(CATEGORIES)))
    cat_mask = np.ones((n, len(CATEGORIES)))
    for i, r in enumerate(rows):
        for c in r["categories"]:
            cat_y[i, CATEGORIES.index(c)] = 1.0
        if r["level"] != "coachable" and not r["categories"]:
            cat_mask[i] = 0.0  # clinical but of unknown category: says nothing per category
    pos = (cat_y * cat_mask).sum(axis=0)
    neg = ((1 - cat_y) * cat_mask).sum(axis=0)
    cat_w = cat_mask * np.where(cat_y == 1, neg / np.maximum(pos, 1), 1.0)
    lvl = np.array([LEVELS.index(r["level"]) for r in rows])
    lvl_y = np.eye(3)[lvl]
    counts = np.bincount(lvl, minlength=3)
    lvl_w = (n / (3 * np.maximum(counts, 1)))[lvl][:, None]
    return cat_y, cat_w, lvl_y, lvl_w


def fit_mlp(
    x: np.ndarray, cat_y: np.ndarray, cat_w: np.ndarray, lvl_y: np.ndarray, lvl_w: np.ndarray,
    hidden: int, l2: float, steps: int, seed: int,
) -> tuple[np.ndarray, ...]:
    """One shared ReLU layer, category sigmoids and a level softmax; full-batch Adam.

    Loss: class-weighted binary cross-entropy per category + weighted level cross-entropy,
    each averaged over its weights, plus l2/2 * |W|^2 on every weight matrix.
    """
    rng = np.random.default_rng(seed)
    d, k = x.shape[1], cat_y.shape[1]
    params = [
        rng.normal(0, np.sqrt(2.0 / d), (d, hidden)), np.zeros(hidden),
        rng.normal(0, 0.01, (hidden, k)), np.zeros(k),
        rng.normal(0, 0.01, (hidden, 3)), np.zeros(3),
    ]  # fmt: skip
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    lr, b1, b2 = 0.003, 0.9, 0.999
    norm_c, norm_l = max(cat_w.sum() / k, 1.0), max(float(lvl_w.sum()), 1.0)
    for t in range(1, steps + 1):
        w1, bh, wc, bc, wl, bl = params
        pre = x @ w1 + bh
        h = np.maximum(pre, 0.0)
        pc = 1.0 / (1.0 + np.exp(-np.clip(h @ wc + bc, -40, 40)))
        zl = h @ wl + bl
        e = np.exp(zl - zl.max(axis=1, keepdims=True))
        pl = e / e.sum(axis=1, keepdims=True)
        gc = (pc - cat_y) * cat_w / norm_c
        gl = (pl - lvl_y) * lvl_w / norm_l
        dh = (gc @ wc.T + gl @ wl.T) * (pre > 0)
        grads = [x.T @ dh + l2 * w1, dh.sum(axis=0), h.T @ gc + l2 * wc, gc.sum(axis=0),
                 h.T @ gl + l2 * wl, gl.sum(axis=0)]  # fmt: skip
        for i, (param, grad) in enumerate(zip(params, grads, strict=True)):
            m[i] = b1 * m[i] + (1 - b1) * grad
            v[i] = b2 * v[i] + (1 - b2) * grad**2
            param -= lr * (m[i] / (1 - b1**t)) / (np.sqrt(v[i] / (1 - b2**t)) + 1e-8)
    return tuple(params)


def train(x: np.ndarray, rows: list[dict], l2: float, hidden: int = 0, steps: int = 600) -> Head:
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    xs = (x - mean) / scale
    cat_y, cat_w, lvl_y, lvl_w = targets(rows)
    f32 = np.float32
    if hidden <= 0:
        cw, cb = fit_logistic(xs, cat_y, cat_w, l2, softmax=False)
        lw, lb = fit_logistic(xs, lvl_y, lvl_w, l2, softmax=True)
        return Head(
            mean.astype(f32), scale.astype(f32), cw.astype(f32), cb.astype(f32),
            np.zeros(len(CATEGORIES), f32), lw.astype(f32), lb.astype(f32), np.zeros(2, f32),
            CATEGORIES,
        )  # fmt: skip
    w1, bh, cw, cb, lw, lb = fit_mlp(xs, cat_y, cat_w, lvl_y, lvl_w, hidden, l2, steps, SEED)
    return Head(
        mean.astype(f32), scale.astype(f32), cw.astype(f32), cb.astype(f32),
        np.zeros(len(CATEGORIES), f32), lw.astype(f32), lb.astype(f32), np.zeros(2, f32),
        CATEGORIES, hid_w=w1.astype(f32), hid_b=bh.astype(f32),
    )  # fmt: skip


def pick_threshold(
    scores: np.ndarray, positive: np.ndarray, coachable: np.ndarray, recall: float, budget: float
) -> float:
    """Highest threshold keeping the recall floor, raised to keep coachable alarms in budget."""
    pos = np.sort(scores[positive])
    if len(pos) == 0:
        return 0.5
    allowed_misses = int(np.floor((1 - recall) * len(pos)))
    by_recall = pos[allowed_misses] - 1e-6
    by_budget = np.quantile(scores[coachable], 1 - budget) + 1e-6
    return float(np.clip(max(by_recall, by_budget), 0.02, 0.98))


def logit(p: float) -> float:
    return float(np.log(p / (1 - p)))


def calibrate(
    x: np.ndarray, rows: list[dict], own: np.ndarray, l2: float, hidden: int, steps: int
) -> dict:
    """Out-of-fold scores for own examples -> thresholds, and what they give on those folds."""
    rng = np.random.default_rng(SEED)
    fold = np.full(len(rows), -1)
    own_idx = np.flatnonzero(own)
    # Folds by family: the styled variants of one message (examples_more) share its fold,
    # so out-of-fold scores never see another spelling of the same message.
    groups = [f"more:{rows[i]['family']}" if "family" in rows[i] else f"row:{i}" for i in own_idx]
    names = sorted(set(groups))
    group_fold = dict(zip(names, rng.permutation(len(names)) % FOLDS, strict=True))
    fold[own_idx] = [group_fold[g] for g in groups]
    cat_p = np.zeros((len(rows), len(CATEGORIES)))
    lvl_p = np.zeros((len(rows), 3))
    for f in range(FOLDS):
        test, fit = fold == f, fold != f  # external rows (fold -1) always train
        head = train(x[fit], [r for r, k in zip(rows, fit, strict=True) if k], l2, hidden, steps)
        cat_p[test] = 1 / (1 + np.exp(-head.category_logits(x[test])))
        lvl_p[test] = head.level_probs(x[test])
    o = own_idx
    cat_y, _, _, _ = targets(rows)
    levels = np.array([LEVELS.index(rows[i]["level"]) for i in o])
    coach = levels == 0
    thresholds = {}
    for j, c in enumerate(CATEGORIES):
        crisis = c in CRISIS_CATEGORIES
        floor, budget = (
            (CRISIS_RECALL, CRISIS_FP_BUDGET) if crisis else (REFER_RECALL, REFER_FP_BUDGET)
        )
        thresholds[c] = pick_threshold(cat_p[o, j], cat_y[o, j] == 1, coach, floor, budget)
    crisis_t = pick_threshold(lvl_p[o, 2], levels == 2, coach, CRISIS_RECALL, LEVEL_FP_BUDGET)
    concern = lvl_p[o, 1] + lvl_p[o, 2]
    concern_t = pick_threshold(concern, levels >= 1, coach, REFER_RECALL, LEVEL_FP_BUDGET)
    return {"categories": thresholds, "crisis": crisis_t, "concern": concern_t,
            "oof": (o, cat_p[o], lvl_p[o], levels)}  # fmt: skip


def oof_report(cal: dict) -> dict:
    """Level metrics on the out-of-fold own examples at the chosen thresholds."""
    o, cat_p, lvl_p, levels = cal["oof"]
    over = cat_p >= np.array([cal["categories"][c] for c in CATEGORIES])
    crisis_hit = over[:, : len(CRISIS_CATEGORIES)].any(axis=1) | (lvl_p[:, 2] >= cal["crisis"])
    concern_hit = over.any(axis=1) | (lvl_p[:, 1] + lvl_p[:, 2] >= cal["concern"])
    coach = levels == 0
    return {
        "crisis_recall": round(float(crisis_hit[levels == 2].mean()), 3),
        "any_concern_recall": round(float(concern_hit[levels >= 1].mean()), 3),
        "false_alarm_rate_coachable": round(float(concern_hit[coach].mean()), 3),
        "n": int(len(o)),
    }


def finish(head: Head, cal: dict) -> Head:
    shift = np.array([logit(cal["categories"][c]) for c in CATEGORIES], np.float32)
    level_shift = np.array([logit(cal["crisis"]), logit(cal["concern"])], np.float32)
    return Head(head.mean, head.scale, head.cat_w, head.cat_b, shift, head.level_w,
                head.level_b, level_shift, head.categories, head.hid_w, head.hid_b)  # fmt: skip


def training_rows(
    external: bool = True, extra: tuple[Path, ...] = ()
) -> tuple[list[tuple[str, Path, list[dict]]], list[dict]]:
    """(name, path, rows) of each own training file (the seven above, then `extra`),
    and the training halves of the permissively licensed external sets."""
    if any("holdout" in path.name for path in extra):
        raise SystemExit("refusing to train on a holdout file")
    own = [
        (f"guard_training/{path.name}", path, load_examples(path))
        for path in (EXAMPLES, EXAMPLES_MORE, EXAMPLES_R3, EXAMPLES_R4, EXAMPLES_R5, EXAMPLES_R6,
                     PROBE_R7, *extra)
    ]
    ext_rows: list[dict] = []
    if external:
        ext_rows = [
            {"text": r.text, "level": r.level, "categories": list(r.categories), "src": r.label}
            for r in permissive_training_rows(data_dir())
        ]
    return own, ext_rows


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-external", action="store_true", help="train on own examples only")
    ap.add_argument("--l2", type=float, default=0.01, help="L2 penalty on the weights")
    ap.add_argument("--hidden", type=int, default=128, help="hidden units (0: linear head)")
    ap.add_argument("--steps", type=int, default=400, help="Adam steps (hidden layer only)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--encoder", type=Path, default=GUARD_ENCODER,
                    help="ONNX encoder graph to embed with (default: the guard's own)")
    ap.add_argument("--extra", type=Path, action="append", default=[],
                    help="another project training file (never a *_holdout.jsonl)")
    ap.add_argument(
        "--cache", type=Path, default=Path("/tmp/onward_guard_embeddings_by_embedder.npz")
    )
    args = ap.parse_args(argv)
    if args.encoder.resolve() != GUARD_ENCODER.resolve() and args.out.resolve() == OUT.resolve():
        ap.error("--encoder needs its own --out: the shipped head belongs to the guard encoder")

    own_parts, ext_rows = training_rows(not args.no_external, tuple(args.extra))
    own_rows = [r for _, _, part in own_parts for r in part]
    rows = own_rows + ext_rows
    own = np.array([True] * len(own_rows) + [False] * len(ext_rows))
    from onward.embedding.onnx_minilm import OnnxMiniLMEmbedder

    embedder = OnnxMiniLMEmbedder(model_path=args.encoder)
    graph_sha = sha256_file(args.encoder)
    cache_name = f"OnnxMiniLMEmbedder:{graph_sha}"
    embedder_text = (
        f"OnnxMiniLMEmbedder(model_path={args.encoder.name}) (graph sha256 {graph_sha}; "
        "see its JSON sidecar), mean pooled, L2-normalised"
    )
    x = embed_cached([r["text"] for r in rows], args.cache, embedder, cache_name)

    cal = calibrate(x, rows, own, args.l2, args.hidden, args.steps)
    head = finish(train(x, rows, args.l2, args.hidden, args.steps), cal)
    hidden_arrays = {} if head.hid_w is None else {"hid_w": head.hid_w, "hid_b": head.hid_b}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        args.out, format=np.int64(HEAD_FORMAT if head.hid_w is not None else 1),
        **hidden_arrays, mean=head.mean, scale=head.scale,
        cat_w=head.cat_w, cat_b=head.cat_b, cat_shift=head.cat_shift, level_w=head.level_w,
        level_b=head.level_b, level_shift=head.level_shift, categories=np.array(CATEGORIES),
    )  # fmt: skip
    provenance = {
        "trained": dt.date.today().isoformat(),
        "command": "python scripts/train_guard_head.py" + (" --no-external" * args.no_external)
        + f" --hidden {args.hidden} --l2 {args.l2} --steps {args.steps}"
        + "".join(f" --extra {path}" for path in args.extra)
        + ("" if args.encoder.resolve() == GUARD_ENCODER.resolve()
           else f" --encoder {args.encoder} --out {args.out}"),
        "seed": SEED,
        "embedder": embedder_text,
        "head": (f"one shared ReLU hidden layer ({args.hidden} units) feeding one-vs-rest "
                 "sigmoids per category + a softmax level head, trained jointly, numpy Adam"
                 if args.hidden > 0 else
                 "one-vs-rest logistic regression per category + softmax level head, numpy"),
        "l2": args.l2,
        "sources": {
            **{name: {
                "licence": "project's own (Apache-2.0)",
                "rows": len(part),
                "sha256": sha256_file(path),
                "levels": _count(r["level"] for r in part),
                "categories": _count(c for r in part for c in r["categories"]),
            } for name, path, part in own_parts},
            **({} if args.no_external else {
                "external training halves (bench/guard/external.py)": {
                    "licence": "RallyPoint and pa_counseling Apache-2.0, SMARTSpan MIT; "
                               "read from ../shared/data at training time",
                    "rows": len(ext_rows),
                    "sources": _count(r["src"].split(":")[0] for r in ext_rows),
                    "levels": _count(r["level"] for r in ext_rows),
                    "note": "hash splits; the other halves are held out for the benchmark",
                }}),
        },
        "calibration": {
            "method": f"{FOLDS}-fold out-of-fold scores on the project's own examples only",
            "recall_floors": {"crisis": CRISIS_RECALL, "refer": REFER_RECALL},
            "coachable_alarm_budgets": {"crisis_heads": CRISIS_FP_BUDGET,
                                        "refer_heads": REFER_FP_BUDGET,
                                        "level_heads": LEVEL_FP_BUDGET},
            "thresholds": {k: round(v, 4) for k, v in cal["categories"].items()},
            "level_thresholds": {"crisis": round(cal["crisis"], 4),
                                 "concern": round(cal["concern"], 4)},
            "out_of_fold": oof_report(cal),
        },
        "not_trained_on": ", ".join(f"guard_training/{p.name}" for p in HOLDOUTS)
        + " (own checks); the held-out halves of RallyPoint, pa_counseling and SMARTSpan; "
        "SDCNL, CAMS, Dreaddit, ESConv, CounselChat, NYE resolutions (evaluation only); "
        "bench/guard/slices (evaluation only)",
    }  # fmt: skip
    sidecar = args.out.with_suffix(".json")
    sidecar.write_text(json.dumps(provenance, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(provenance["calibration"], indent=2))
    return 0


def _count(items: object) -> dict[str, int]:
    out: dict[str, int] = {}
    for item in items:  # type: ignore[attr-defined]
        out[item] = out.get(item, 0) + 1
    return dict(sorted(out.items()))


if __name__ == "__main__":
    raise SystemExit(main())
