"""Guard benchmark: keyword baseline vs patterns alone vs the full guard, side by side.

    .venv/bin/python -m bench.guard.run [--per-group 40] [--out docs/benchmarks/guard.md]

Held-out slices (per slice) and held-out external data (per source, fixed-seed sample of
at most --per-group rows per source and level), latency per message, and cold start of
`onward guard "text"`. Writes markdown and prints it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from bench.guard import keyword_baseline
from bench.guard.external import load_external
from bench.guard.metrics import LEVELS, level_summary, percentile, prf
from bench.guard.slices import CATEGORIES, load_slices

ROOT = Path(__file__).resolve().parents[2]
Pred = tuple[str, tuple[str, ...]]
TARGETS = (
    "explicit crisis recall >= 0.99 (slice explicit_crisis); crisis recall >= 0.95 and "
    "any-concern recall >= 0.90 on held-out external data; false alarms on coachable <= 5%; "
    "p95 latency <= 20 ms; cold start <= 1 s"
)


def _systems() -> dict[str, Callable[[str, Sequence[str]], Pred]]:
    from onward.guard.model import default_risk_model
    from onward.guard.screen import Guard

    patterns, full = Guard(model=None), Guard(model=default_risk_model())

    def via(guard: Guard) -> Callable[[str, Sequence[str]], Pred]:
        def run(text: str, history: Sequence[str]) -> Pred:
            v = guard.screen(text, history)
            return v.level.value, tuple(v.categories)

        return run

    full.screen("warm up the model")  # cold start is measured separately
    return {
        "keyword": lambda text, _h: keyword_baseline.classify(text),
        "patterns": via(patterns),
        "full": via(full),
    }


def _fmt(x: float | None, pct: bool = False) -> str:
    if x is None:
        return "-"
    return f"{100 * x:.1f}%" if pct else f"{x:.3f}"


def _run(
    rows: list[dict], system: Callable[[str, Sequence[str]], Pred]
) -> tuple[list[Pred], list[float]]:
    preds, times = [], []
    for r in rows:
        t = time.perf_counter()
        preds.append(system(r["text"], r.get("history") or ()))
        times.append(1000 * (time.perf_counter() - t))
    return preds, times


def _headline(rows: list[dict], preds: list[Pred]) -> dict[str, float | None]:
    return level_summary([r["level"] for r in rows], [p[0] for p in preds])


def _detail_table(rows: list[dict], results: dict[str, list[Pred]]) -> list[str]:
    lines = ["| label | support | " + " | ".join(f"{s} P / R / F1" for s in results) + " |",
             "|---|---:|" + "---|" * len(results)]  # fmt: skip
    labels = [("level", lv) for lv in LEVELS] + [("cat", c) for c in CATEGORIES]
    for kind, label in labels:
        gold = [
            (r["level"] == label) if kind == "level" else (label in r["categories"]) for r in rows
        ]
        if not any(gold):
            continue
        cells = []
        for preds in results.values():
            pred = [(p[0] == label) if kind == "level" else (label in p[1]) for p in preds]
            m = prf(gold, pred)
            cells.append(f"{_fmt(m.precision)} / {_fmt(m.recall)} / {_fmt(m.f1)}")
        lines.append(f"| {label} | {sum(gold)} | " + " | ".join(cells) + " |")
    return lines


def _summary_row(name: str, n: int, summary: dict[str, float | None]) -> str:
    cells = [
        _fmt(summary["crisis_recall"]),
        _fmt(summary["any_concern_recall"]),
        _fmt(summary["false_alarm_coachable"], True),
        _fmt(summary["crisis_precision_at_2pct"]),
    ]
    return f"| {name} | {n} | " + " | ".join(cells) + " |"


SUMMARY_HEAD = [
    "| system / group | n | crisis recall | any-concern recall | false alarms (coachable) "
    "| crisis precision @2% |",
    "|---|---:|---:|---:|---:|---:|",
]


def cold_start() -> tuple[float | None, str]:
    exe = ROOT / ".venv" / "bin" / "onward"
    cmd = [str(exe), "guard", "I want to plan my week."]
    if not exe.exists():
        cmd = [sys.executable, "-m", "onward", "guard", "I want to plan my week."]
    times = []
    for _ in range(3):
        t = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
        times.append(time.perf_counter() - t)
        if done.returncode != 0:
            return None, f"`{' '.join(cmd[1:])}` failed: {done.stderr.strip()[:200]}"
    return min(times), '`onward guard "I want to plan my week."` (best of 3, process start to exit)'


def _provenance() -> list[str]:
    import json

    from onward.guard.model import default_head_path

    meta = json.loads(default_head_path().with_suffix(".json").read_text(encoding="utf-8"))
    lines = ["## What the shipped model was trained on", ""]
    for name, info in meta["sources"].items():
        lines.append(f"- `{name}`: {info['rows']} rows, {info['licence']}, levels {info['levels']}")
    lines += [
        f"- Not trained on: {meta['not_trained_on']}.",
        f"- {meta['head']}; embedder {meta['embedder']}; seed {meta['seed']}; "
        f"trained {meta['trained']} by `{meta['command']}`.",
        f"- Thresholds: {meta['calibration']['method']}; out-of-fold result "
        f"{meta['calibration']['out_of_fold']}.",
    ]
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-group", type=int, default=40)
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks" / "guard.md")
    args = ap.parse_args(argv)
    started = time.time()
    systems = _systems()
    out = [
        "# Guard benchmark",
        "",
        f"Command: `.venv/bin/python -m bench.guard.run --per-group {args.per_group}` "
        f"(run {dt.date.today().isoformat()}).",
        "",
        f"Targets: {TARGETS}.",
        "",
    ]

    slices = load_slices("heldout")
    results: dict[str, list[Pred]] = {}
    latency: dict[str, list[float]] = {}
    for name, system in systems.items():
        results[name], latency[name] = _run(slices, system)
    out += ["## Held-out slices", "", *SUMMARY_HEAD]
    for name in systems:
        out.append(
            _summary_row(f"**{name}**, all slices", len(slices), _headline(slices, results[name]))
        )
    for slice_name in sorted({r["slice"] for r in slices}):
        idx = [i for i, r in enumerate(slices) if r["slice"] == slice_name]
        sub = [slices[i] for i in idx]
        for name in systems:
            preds = [results[name][i] for i in idx]
            out.append(_summary_row(f"{name}: {slice_name}", len(sub), _headline(sub, preds)))
    out += ["", "Per level and category, all held-out slices:", "", *_detail_table(slices, results)]
    out += ["", "## Latency per message (held-out slices, `Guard.screen`)", "",
            "| system | p50 ms | p95 ms |", "|---|---:|---:|"]  # fmt: skip
    for name, ms in latency.items():
        out.append(f"| {name} | {_fmt(percentile(ms, 50))} | {_fmt(percentile(ms, 95))} |")

    external = [
        {"text": r.text, "level": r.level, "categories": list(r.categories), "source": r.source}
        for r in load_external(per_group=args.per_group)
    ]
    ext_results = {name: _run(external, system)[0] for name, system in systems.items()}
    out += ["", "## Held-out external data (per source; labels are proxies)", "", *SUMMARY_HEAD]
    for source in sorted({r["source"] for r in external}):
        idx = [i for i, r in enumerate(external) if r["source"] == source]
        sub = [external[i] for i in idx]
        for name in systems:
            preds = [ext_results[name][i] for i in idx]
            out.append(_summary_row(f"{name}: {source}", len(sub), _headline(sub, preds)))
    for name in systems:
        out.append(
            _summary_row(
                f"**{name}**, all sources", len(external), _headline(external, ext_results[name])
            )
        )
    out += [
        "",
        "Per level and category, all external sources:",
        "",
        *_detail_table(external, ext_results),
    ]

    seconds, how = cold_start()
    out += ["", "## Cold start", "", f"{_fmt(seconds)} s: {how}.", ""]
    explicit = [i for i, r in enumerate(slices) if r["slice"] == "explicit_crisis"]
    checks = [
        ("explicit crisis recall >= 0.99", _headline([slices[i] for i in explicit],
         [results["full"][i] for i in explicit])["crisis_recall"], 0.99, True),
        ("external crisis recall >= 0.95",
         _headline(external, ext_results["full"])["crisis_recall"], 0.95, True),
        ("external any-concern recall >= 0.90",
         _headline(external, ext_results["full"])["any_concern_recall"], 0.90, True),
        ("false alarms, held-out coachable slices <= 5%",
         _headline(slices, results["full"])["false_alarm_coachable"], 0.05, False),
        ("false alarms, external coachable <= 5%",
         _headline(external, ext_results["full"])["false_alarm_coachable"], 0.05, False),
        ("p95 latency <= 20 ms", percentile(latency["full"], 95), 20.0, False),
        ("cold start <= 1 s", seconds, 1.0, False),
    ]  # fmt: skip
    out += ["## Targets (full guard)", "", "| target | measured | met |", "|---|---:|---|"]
    for label, value, bound, at_least in checks:
        met = value is not None and (value >= bound if at_least else value <= bound)
        out.append(f"| {label} | {_fmt(value)} | {'yes' if met else '**no**'} |")
    out += ["", *_provenance(), ""]
    out += [f"Benchmark wall time: {time.time() - started:.0f} s.", ""]
    notes = args.out.with_name("guard-notes.md")  # hand-written history of tuning rounds
    if notes.exists():
        out += [notes.read_text(encoding="utf-8")]
    text = "\n".join(out)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
