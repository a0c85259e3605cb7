"""`onward guard` (an analysis tool that records nothing) and `onward help-now`.

Kept free of the database layer so that screening a message starts fast.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import typer

from onward.guard.verdict import Verdict

guard_app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)


def register(app: typer.Typer) -> None:
    app.command("guard")(guard)


def _build_guard() -> Any:
    from onward.bootstrap_guard import build_guard

    return build_guard()


def _print_verdict(verdict: Verdict) -> None:
    from rich.console import Console

    console = Console(highlight=False)
    colour = {"coachable": "green", "refer": "yellow", "crisis": "bold red"}[verdict.level.value]
    console.print(f"level: [{colour}]{verdict.level.value}[/]")
    console.print(f"categories: {', '.join(verdict.categories) or '-'}")
    console.print(f"confidence: {verdict.confidence:.2f}")
    console.print(f"model available: {'yes' if verdict.model_available else 'no'}")
    for e in verdict.evidence:
        console.print(f"  evidence: {e.category} <- \"{e.words}\" ({e.source}, turn {e.turn})",
                      soft_wrap=True)
    for note in verdict.notes:
        console.print(f"  note: {note}", soft_wrap=True)


def guard(
    text: str = typer.Argument(None, help="A message to screen."),
    file: Path = typer.Option(  # noqa: B008
        None, "--file", "-f", help="CSV with a text column, or JSONL with a text field."
    ),
    country: str = typer.Option(None, "--country", help="ISO code or English name."),
    json_out: bool = typer.Option(False, "--json", help="Print the verdict as JSON."),
) -> None:
    """Screen text with the boundary guard and print the verdict. Records nothing."""
    if (text is None) == (file is None):
        _fail("give either a text to screen or --file FILE")
    screener = _build_guard()
    if file is not None:
        _screen_file(screener, file)
        return
    verdict = screener.screen(text, (), country)
    if json_out:
        sys.stdout.write(json.dumps(verdict.as_dict()) + "\n")
    else:
        _print_verdict(verdict)


def _fail(message: str) -> None:
    sys.stderr.write(f"error: {message}\n")
    raise typer.Exit(1)


def _screen_file(screener: Any, path: Path) -> None:
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"cannot read {path}: {exc}")
        return
    is_jsonl = path.suffix.lower() in (".jsonl", ".ndjson") or raw.lstrip().startswith("{")
    rows = list(_jsonl_rows(raw) if is_jsonl else _csv_rows(raw))
    texts = [r["text"] if isinstance(r.get("text"), str) and r["text"].strip() else ""
             for r in rows]
    verdicts = screener.screen_many(texts)
    for row, text, verdict in zip(rows, texts, verdicts, strict=True):
        if "_error" in row:
            row["error"] = row.pop("_error")
        elif not text:
            row["error"] = "no usable text"
        else:
            row["level"] = verdict.level.value
            row["categories"] = list(verdict.categories)
            row["confidence"] = round(verdict.confidence, 4)
            row["model_available"] = verdict.model_available
    out = sys.stdout
    if is_jsonl:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        _write_csv(rows, out)
    bad = sum(1 for r in rows if "error" in r)
    sys.stderr.write(f"screened {len(rows) - bad} rows, {bad} without usable text\n")


def _jsonl_rows(raw: str) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            yield {"_error": f"line {number}: invalid JSON ({exc.msg})"}
            continue
        yield value if isinstance(value, dict) else {"_error": f"line {number}: not an object"}


def _csv_rows(raw: str) -> Iterator[dict[str, Any]]:
    reader = csv.DictReader(io.StringIO(raw))
    if reader.fieldnames is None or "text" not in reader.fieldnames:
        _fail("the CSV file needs a header row with a 'text' column")
    for row in reader:
        yield {k: v for k, v in row.items() if k is not None}


def _write_csv(rows: list[dict[str, Any]], out: Any) -> None:
    columns: list[str] = []
    for row in rows:
        columns += [c for c in row if c not in columns]
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        flat = dict(row)
        if isinstance(flat.get("categories"), list):
            flat["categories"] = ";".join(flat["categories"])
        if isinstance(flat.get("model_available"), bool):
            flat["model_available"] = str(flat["model_available"]).lower()
        writer.writerow(flat)


guard_app.command()(guard)
