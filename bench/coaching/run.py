"""Coaching benchmark: every persona through the built-in voice and the plain baseline.

    .venv/bin/python -m bench.coaching.run

In process, with the real guard (learned layer + patterns) built as bootstrap builds it,
one fresh profile per persona, the same policy for both voices. Writes
docs/benchmarks/coaching.md and docs/transcripts/<persona>.md (built-in voice).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.coaching.baseline import BaselineVoice
from bench.coaching.metrics import session_metrics
from bench.coaching.report import percentile, write_report, write_transcript
from bench.coaching.validate import all_agreement, annomi_client_share
from onward.bootstrap import build_services
from onward.bootstrap_guard import build_embedder, build_guard
from onward.coaching.moves import Move
from onward.config import load_settings
from onward.services.profiles import NewProfile
from onward.voices.builtin import BuiltinVoice
from onward.voices.port import Utterance, Voice, VoiceContext

ROOT = Path(__file__).resolve().parents[2]
PERSONAS = Path(__file__).resolve().parent / "personas"
VOICES = ("builtin", "baseline")


class TimedVoice:
    """Times every render of the voice it wraps (the fallback voice is not timed)."""

    def __init__(self, inner: Voice) -> None:
        self.inner = inner
        self.name = inner.name
        self.seconds: list[float] = []

    def render(self, move: Move, context: VoiceContext) -> Utterance:
        start = time.perf_counter()
        try:
            return self.inner.render(move, context)
        finally:
            self.seconds.append(time.perf_counter() - start)

    def stream(self, move: Move, context: VoiceContext) -> Iterator[str]:
        return self.inner.stream(move, context)


def load_personas(folder: Path = PERSONAS) -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]


def _country(persona: dict[str, Any]) -> str:
    from onward.guard.resources import normalise_country
    from onward.services.profiles import UNKNOWN_COUNTRY

    raw = persona.get("country")
    return (normalise_country(raw) if raw else None) or UNKNOWN_COUNTRY


def run_voice(voice_name: str, personas: list[dict[str, Any]], guard: Any,
              embedder: Any) -> tuple[list[dict[str, Any]], list[float], list[float]]:
    """Sessions in the script JSON shape (plus status), render and whole-turn seconds."""
    inner: Voice = BuiltinVoice(0) if voice_name == "builtin" else BaselineVoice()
    voice = TimedVoice(inner)
    turn_seconds: list[float] = []
    sessions = []
    with tempfile.TemporaryDirectory(prefix="onward-bench-") as tmp:
        services = build_services(load_settings(env={}, home=Path(tmp)), guard=guard,
                                  voice=voice, saboteur_embedder=embedder)
        services.migrate()
        for persona in personas:
            client, _ = services.profiles.create(
                NewProfile("Alex", _country(persona), "UTC", handle=persona["name"]))
            services.profiles.accept_agreement(client.id)
            session, _ = services.sessions.start(client.id)
            errors: list[str] = []
            for i, message in enumerate(persona["turns"]):
                start = time.perf_counter()
                try:
                    services.sessions.send(client.id, session.number, message)
                except Exception as exc:  # a product error ends this persona, not the run
                    errors.append(f"client line {i}: {type(exc).__name__}: {exc}")
                    break
                turn_seconds.append(time.perf_counter() - start)
            try:
                services.sessions.close(client.id, session.number)
            except Exception as exc:
                errors.append(f"close: {type(exc).__name__}: {exc}")
            session, turns = services.sessions.show(client.id, session.number)
            status = session.status if not errors else f"error ({session.status})"
            sessions.append({
                "persona": persona["name"], "session_id": session.id, "status": status,
                "errors": errors,
                "turns": [{"role": t.role, "text": t.text, "stage": t.stage,
                           "move": t.move if t.role == "coach" else None,
                           "level": t.level if t.role == "client" else None} for t in turns],
                "commitments": services.sessions.commitments(client.id, session.number),
            })
        services.ctx.db.engine.dispose()
    return sessions, voice.seconds, turn_seconds


def run_all(personas: list[dict[str, Any]], guard: Any, embedder: Any) -> dict[str, Any]:
    expect = {p["name"]: p.get("expect", {}) for p in personas}
    results: dict[str, Any] = {}
    for name in VOICES:
        sessions, render_s, turn_s = run_voice(name, personas, guard, embedder)
        results[name] = {
            "sessions": sessions,
            "metrics": [session_metrics(s, expect[s["persona"]]) for s in sessions],
            "render_ms": [s * 1000 for s in render_s],
            "turn_ms": [s * 1000 for s in turn_s],
        }
        print(f"{name}: {len(sessions)} sessions, render p95 "
              f"{percentile(results[name]['render_ms'], 0.95):.2f} ms", file=sys.stderr)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--json", type=Path, help="also write raw sessions and metrics here")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    personas = load_personas()
    embedder = build_embedder()
    guard = build_guard()
    load_start = time.perf_counter()
    guard.screen("I want to plan my week.", [], "GB")  # load the model before timing turns
    warmup = time.perf_counter() - load_start
    results = run_all(personas, guard, embedder)
    # Diagnostic only (not the reported result): the same run with the patterns-only
    # guard, so the voice can be read over whole sessions when the learned layer misfires.
    diagnostic = run_all(personas, build_guard(use_model=False), embedder)
    agreement = all_agreement()
    for persona, session in zip(personas, results["builtin"]["sessions"], strict=True):
        write_transcript(args.out / "transcripts", persona, session)
    for persona, session in zip(personas, diagnostic["builtin"]["sessions"], strict=True):
        write_transcript(args.out / "transcripts" / "patterns_guard", persona, session,
                         guard="patterns-only guard (diagnostic run)")
    elapsed = time.perf_counter() - started
    write_report(args.out / "benchmarks" / "coaching.md", personas, results, agreement,
                 warmup_s=warmup, elapsed_s=elapsed, diagnostic=diagnostic,
                 reference_share=annomi_client_share())
    if args.json:
        args.json.write_text(json.dumps({"real_guard": results, "patterns_guard": diagnostic},
                                        indent=1, default=str), encoding="utf-8")
    print(f"wrote {args.out / 'benchmarks' / 'coaching.md'} in {elapsed:.0f} s "
          f"(median turn {statistics.median(results['builtin']['turn_ms']):.0f} ms)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
