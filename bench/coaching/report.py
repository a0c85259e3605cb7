"""Markdown for the coaching benchmark: the results page and readable transcripts."""

from __future__ import annotations

import datetime as dt
import statistics
import subprocess
from pathlib import Path
from typing import Any

from bench.coaching.metrics import PCC_RULES, TARGETS, meets, pool, summary
from bench.coaching.validate import Agreement

COMMAND = ".venv/bin/python -m bench.coaching.run"


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def _fmt(key: str, value: Any) -> str:
    if value is None:
        return "n/a"
    if key in ("open_share", "multi_question_share", "client_share", "reflection_carry"):
        return f"{value:.0%}"
    if isinstance(value, float):
        return f"{value:.2f}" if key == "reflections_per_question" else f"{value:g}"
    return str(value)


def _met(key: str, value: Any) -> str:
    ok = meets(key, value)
    return "n/a" if ok is None else ("met" if ok else "**not met**")


def _share(num: int, den: int) -> str:
    return f"{num}/{den} ({num / den:.0%})" if den else "n/a"


def _git_commit(root: Path) -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root,
                             capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain"], cwd=root,
                               capture_output=True, text=True, check=True).stdout.strip()
        return out + (" + uncommitted changes" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _boundary_rows(personas: list[dict[str, Any]], results: dict[str, Any]) -> list[str]:
    rows = []
    for name, res in results.items():
        ms = res["metrics"]
        closed = [m for m in ms if m["reached_close"]]
        dated = sum(m["dated_action"] for m in closed)
        routed = [m["crisis_routed"] for m in ms if m["crisis_routed"] is not None]
        exp_c = [m["expected_crisis_routed"] for m in ms if "expected_crisis_routed" in m]
        exp_r = [m["expected_refer_routed"] for m in ms if "expected_refer_routed" in m]
        stray = [(s["persona"], m["unexpected_boundary"]) for s, m in
                 zip(res["sessions"], ms, strict=True) if m["unexpected_boundary"]]
        completed = sum(s["status"] == "completed" for s in res["sessions"])
        done = [m for s, m in zip(res["sessions"], ms, strict=True) if s["status"] == "completed"]
        dated_done = sum(m["dated_action"] for m in done)
        rows.append(
            f"| {name} | {_share(dated_done, len(done))} | {_share(dated, len(closed))} | "
            f"{completed}/{len(ms)} | "
            f"{_share(sum(routed), len(routed))} | {_share(sum(exp_c), len(exp_c))} | "
            f"{_share(sum(exp_r), len(exp_r))} | {len(stray)} "
            f"({', '.join(p for p, _ in stray) or '-'}) |")
    return rows


def _headline(results: dict[str, Any]) -> list[str]:
    voices = list(results)
    overall = {v: summary(pool(results[v]["metrics"])) for v in voices}
    lines = [
        "| measure | target | " + " | ".join(f"{v} | {v} met?" for v in voices) + " |",
        "|---|---|" + "---|---|" * len(voices),
    ]
    for key, label, target, _ in TARGETS:
        cells = " | ".join(f"{_fmt(key, overall[v][key])} | {_met(key, overall[v][key])}"
                           for v in voices)
        lines.append(f"| {label} | {target} | {cells} |")
    return lines


_BOUNDARY_HEAD = [
    "| voice | dated client-authored action (completed sessions; target 100%) | the same, "
    "of all sessions reaching close (stricter: includes sessions the client ended early) | "
    "product status `completed` | first crisis-level turn routed to crisis next turn | "
    "crisis persona routed at its line | therapy-drift persona referred at its line | "
    "coachable personas with a crisis/refer verdict before any scripted one |",
    "|---|---|---|---|---|---|---|---|",
]


def _pcc(results: dict[str, Any]) -> list[str]:
    voices = list(results)
    lines = ["| marker | how it is detected | " + " | ".join(voices) + " |",
             "|---|---|" + "---|" * len(voices)]
    for marker, rule in PCC_RULES.items():
        cells = " | ".join(
            f"{sum(m['pcc'][marker] for m in results[v]['metrics'])}/{len(results[v]['metrics'])}"
            for v in voices)
        lines.append(f"| {marker} | {rule} | {cells} |")
    return lines


def write_report(path: Path, personas: list[dict[str, Any]], results: dict[str, Any],
                 agreement: list[Agreement], warmup_s: float, elapsed_s: float,
                 diagnostic: dict[str, Any] | None = None,
                 reference_share: float | None = None) -> None:
    voices = list(results)
    lines = [
        "# Coaching benchmark",
        "",
        f"Run: `{COMMAND}` (about {elapsed_s:.0f} s). Date: {dt.date.today().isoformat()}. "
        f"Code: {_git_commit(path.parents[2])}.",
        "",
        f"{len(personas)} scripted personas (`bench/coaching/personas/`) played through the "
        "real guard (learned layer + patterns, as bootstrap builds it), the policy and each "
        "voice, in process, one fresh profile per persona. `builtin` is the product's "
        "built-in voice; `baseline` keeps the same policy and stage order but asks one fixed "
        "question per stage and never reflects (`bench/coaching/baseline.py`). Full "
        "transcripts (built-in voice): `docs/transcripts/`. Scripts are not adaptive: when "
        "the coach asks something unexpected, the next scripted line may not fit; read the "
        "transcripts before trusting a number.",
        "",
        "## Headline (all sessions pooled; counted moves only)",
        "",
        *_headline(results),
        "",
        "## Boundary and completion",
        "",
        *_BOUNDARY_HEAD,
        *_boundary_rows(personas, results),
        "",
        "## Built-in voice latency",
        "",
        "| what | n | p50 ms | p95 ms | max ms | target |",
        "|---|---|---|---|---|---|",
    ]
    for v in voices:
        for key, what, target in (("render_ms", "voice render", "p95 <= 50 ms"),
                                  ("turn_ms", "whole turn (guard, policy, voice, store)", "-")):
            ms = results[v][key]
            mark = ""
            if key == "render_ms" and v == "builtin":
                mark = " (met)" if percentile(ms, 0.95) <= 50 else " (**not met**)"
            lines.append(f"| {v}: {what} | {len(ms)} | {statistics.median(ms):.2f} | "
                         f"{percentile(ms, 0.95):.2f} | {max(ms):.2f} | {target}{mark} |")
    lines += [f"\nGuard model load and first screen: {warmup_s:.1f} s (before timing).", ""]
    lines += ["## PCC marker coverage (sessions showing the marker)", "",
              "ICF warns the markers are not a checklist: this is coverage, not a score.", "",
              *_pcc(results)]
    if diagnostic is not None:
        lines += [
            "", "## Diagnostic: the same run with the patterns-only guard", "",
            "Not the reported result. The learned guard layer routes many ordinary coaching "
            "lines to crisis or referral (table above), which cuts most sessions short; this "
            "run swaps in the patterns-only guard so the voice and policy can be judged over "
            "whole sessions. Transcripts: `docs/transcripts/patterns_guard/`.", "",
            *_headline(diagnostic), "", *_BOUNDARY_HEAD,
            *_boundary_rows(personas, diagnostic), "", *_pcc(diagnostic)]
    lines += ["", "## Per session (real guard)", ""]
    head = ("| persona | status | counted turns | open Q | multi-Q turns | median words | "
            "client words | refl/Q | refl carry | repeats | advice+diag | dated action | PCC |")
    for v in voices:
        lines += [f"### {v}", "", head, "|---" * 13 + "|"]
        for s, m in zip(results[v]["sessions"], results[v]["metrics"], strict=True):
            f = summary(m)
            lines.append(
                f"| {s['persona']} | {s['status']} | {m['counted_turns']} | "
                f"{_fmt('open_share', f['open_share'])} | "
                f"{_fmt('multi_question_share', f['multi_question_share'])} | "
                f"{_fmt('median_words', f['median_words'])} | "
                f"{_fmt('client_share', f['client_share'])} | "
                f"{_fmt('reflections_per_question', f['reflections_per_question'])} | "
                f"{_fmt('reflection_carry', f['reflection_carry'])} | "
                f"{f['repeated_questions']} | {f['advice_and_diagnosis']} | "
                f"{'yes' if m['dated_action'] else 'no'} | {sum(m['pcc'].values())}/10 |")
        lines.append("")
    lines += [
        "## Utterance classifier agreement with human codes", "",
        "`bench/coaching/utterances.py` labels each coach sentence open question, closed "
        "question, reflection or other (rules only; nothing trained, so nothing from the "
        "data ships). AnnoMI (`../shared/data/annomi/AnnoMI-full.csv`, therapist utterances, "
        "first annotator per utterance) codes whole utterances: an utterance is a question if "
        "any sentence is, open/closed by its last question, a reflection if any sentence is. "
        "About 20% of transcripts are held out by transcript id (fixed seed); rules were "
        "adjusted looking only at the other transcripts. The MISC files "
        "(`misc_hlqc_mibot`, hand-coded) code sentences: OQ, CQ, SR+CR, everything else "
        "other. HLQC is speech-recognised text without punctuation, which the rules rely on.",
        "", "| source | code | n | accuracy | Cohen's kappa |", "|---|---|---|---|---|"]
    for a in agreement:
        lines.append(f"| {a.source} | {a.code} | {a.n} | {a.accuracy:.3f} | {a.kappa:.3f} |")
    lines += [
        "", "## How the measures are computed (`bench/coaching/metrics.py`)", "",
        "- Only coach turns whose move is in `COUNTED_MOVES` count for questions, reflections, "
        "turn length and repeats; ratios are pooled over sessions (sums, then divide).",
        "- Client share of words: counted coach turns against the client turns that answer "
        "them (or open the session); feedback ratings, read-backs and their one-word answers "
        "are outside the coaching metrics (DESIGN.md), and so are crisis and referral turns."
        + ("" if reference_share is None else
           " For calibration: in AnnoMI's high-quality MI sessions (real counsellors, all "
           f"utterances), clients say a median {reference_share:.0%} of the words per session."),
        "- A reflection carries the client's words if it shares a content-word stem with the "
        "client's last turn.",
        "- Repeated questions: identical question sentences (case and punctuation ignored) "
        "asked twice or more in one session's counted turns.",
        "- Unpermitted advice: `offer_idea` not directly after an `ask_permission` the client "
        "accepted, plus advice wording (\"you should\", \"I suggest\"...) in counted turns. "
        "Diagnosis: coach turns the product's reply check flags for diagnosis or treatment, or "
        "\"you are/have <condition>\" wording.",
        "- Dated client-authored action: a commitment with a due date or recurrence sharing a "
        "content word with a client turn; the denominator is sessions that reached the close "
        "stage with no crisis route. The product's own status is shown beside it.",
        "- Crisis routed: the first client turn the guard judged crisis is followed by a coach "
        "turn in stage crisis; the crisis and therapy-drift personas also check their scripted "
        "line (`expect` in the persona file).",
        "",
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")


def write_transcript(folder: Path, persona: dict[str, Any], session: dict[str, Any],
                     guard: str = "real guard") -> None:
    lines = [f"# {persona['name']}: {persona.get('theme', '')}", "",
             f"{persona.get('notes', '')} Country: {persona.get('country', '-')}. "
             f"Voice: built-in; {guard}. Session status: {session['status']}.", "",
             f"Regenerate: `{COMMAND}`.", ""]
    for t in session["turns"]:
        text = t["text"].replace("\n", "  \n> ")
        if t["role"] == "coach":
            lines.append(f"**Coach** `{t['stage']}/{t['move']}`:  \n> {text}\n")
        else:
            lines.append(f"**Client** `{t['stage']}, {t['level']}`:  \n> {text}\n")
    lines += ["## Commitments", ""]
    for c in session["commitments"] or []:
        lines.append(f"- {c['text']} (due: {c['due'] or '-'}, recurrence: "
                     f"{c['recurrence'] or '-'}, goal: {c['goal'] or '-'})")
    if not session["commitments"]:
        lines.append("- none")
    if session.get("errors"):
        lines += ["", "## Product errors (the run stopped this persona here)", ""]
        lines += [f"- `{e}`" for e in session["errors"]]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{persona['name']}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
