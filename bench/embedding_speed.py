"""How fast the MiniLM embedders load and run on this machine: numpy and ONNX side by side.

    .venv/bin/python bench/embedding_speed.py [--rows 1000] [--singles 300] [--threads N]
                                              [--only numpy|onnx]

For each embedder (numpy: the float forward pass, MiniLMEmbedder; onnx: the int8 graph
on onnxruntime, OnnxMiniLMEmbedder) prints import+load time in a fresh interpreter,
p50/p95 latency for one ~30-word message, and throughput for a batch of rows of mixed
length. Single messages are timed interleaved (one embedder, then the other, per
message) so a busy neighbour slows both alike. Texts come from a fixed seed so runs
compare; timings are wall clock and vary with whatever else the machine is doing.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from typing import Any

from tokenizers import Tokenizer

from onward.embedding import MiniLMEmbedder, OnnxMiniLMEmbedder, default_model_dir

_VOCABULARY = (
    "i want to get better at saying no my manager keeps adding projects and the deadline "
    "slipped again because i was afraid the report would not be good enough so i put it off "
    "this week running sleep family career promotion team meeting feedback goal plan focus "
    "time energy confidence habit morning email budget colleague delegate priority"
)
_WORDS = _VOCABULARY.split(" ")
_CLASSES = {"numpy": "MiniLMEmbedder", "onnx": "OnnxMiniLMEmbedder"}
_LOAD_SNIPPET = """
import time
t0 = time.perf_counter()
from onward.embedding import {cls}
e = {cls}(threads={threads})
e.load()
t1 = time.perf_counter()
e.embed(["warm up"])
print(t1 - t0, time.perf_counter() - t1)
"""


def _message(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words)).capitalize() + "."


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _load_times(name: str, threads: int | None) -> tuple[float, float]:
    """(import + load, first embed) seconds, best of 3 fresh interpreters."""
    code = _LOAD_SNIPPET.format(cls=_CLASSES[name], threads=threads)
    runs = []
    for _ in range(3):
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        load_s, first_s = (float(x) for x in done.stdout.split())
        runs.append((load_s, first_s))
    return min(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1000, help="rows for the throughput run")
    parser.add_argument("--singles", type=int, default=300, help="single-message timings")
    parser.add_argument(
        "--threads",
        type=int,
        default=1,
        help="BLAS / onnxruntime threads while embedding; 0 lets them use every core",
    )
    parser.add_argument("--only", choices=sorted(_CLASSES), help="time one embedder")
    args = parser.parse_args()
    threads = args.threads or None
    names = [args.only] if args.only else ["numpy", "onnx"]
    embedders: dict[str, Any] = {
        "numpy": MiniLMEmbedder(threads=threads),
        "onnx": OnnxMiniLMEmbedder(threads=threads),
    }
    rng = random.Random(7)
    singles = [_message(rng, 30) for _ in range(args.singles)]
    rows = [_message(rng, rng.randint(3, 80)) for _ in range(args.rows)]

    loads = {name: _load_times(name, threads) for name in names}
    for name in names:
        embedders[name].load()
        for text in singles[:20]:
            embedders[name].embed([text])
    latencies: dict[str, list[float]] = {name: [] for name in names}
    cpu: dict[str, float] = dict.fromkeys(names, 0.0)
    for text in singles:
        for name in names:
            c0, t0 = time.process_time(), time.perf_counter()
            embedders[name].embed([text])
            latencies[name].append((time.perf_counter() - t0) * 1000)
            cpu[name] += time.process_time() - c0
    batch_s = {}
    for name in names:
        t0 = time.perf_counter()
        embedders[name].embed(rows)
        batch_s[name] = time.perf_counter() - t0

    tokenizer = Tokenizer.from_file(str(default_model_dir() / "tokenizer.json"))
    tokenizer.no_padding()
    tokens = sum(len(enc.ids) for enc in tokenizer.encode_batch(rows))
    words = sum(len(text.split()) for text in rows)
    single_tokens = statistics.mean(len(enc.ids) for enc in tokenizer.encode_batch(singles))

    print(
        f"threads {args.threads or 'library default'}; one message = 30 words, "
        f"{single_tokens:.0f} tokens; {args.rows} rows of 3-80 words (mean {words / args.rows:.0f})"
    )
    print(f"{'':26s}" + "".join(f"{name:>14s}" for name in names))
    table = [
        ("import+load (ms)", [loads[n][0] * 1000 for n in names]),
        ("first embed (ms)", [loads[n][1] * 1000 for n in names]),
        ("one message p50 (ms)", [statistics.median(latencies[n]) for n in names]),
        ("one message p95 (ms)", [_percentile(latencies[n], 0.95) for n in names]),
        ("one message max (ms)", [max(latencies[n]) for n in names]),
        ("one message cpu (ms)", [cpu[n] * 1000 / len(singles) for n in names]),
        (f"{args.rows} rows (s)", [batch_s[n] for n in names]),
        ("rows/s", [args.rows / batch_s[n] for n in names]),
        ("tokens/s", [tokens / batch_s[n] for n in names]),
    ]
    for label, values in table:
        print(f"{label:26s}" + "".join(f"{value:14.2f}" for value in values))


if __name__ == "__main__":
    main()
