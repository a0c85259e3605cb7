"""Load the boundary guard's frozen evaluation slices (``bench/guard/slices/*.jsonl``).

Each line is one hand-written message with its expected ``level`` and ``categories``.
The ``heldout`` half of every slice is never used for tuning; see the README there.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from onward.guard.verdict import CATEGORIES as CATEGORIES
from onward.guard.verdict import Level

SLICES_DIR = Path(__file__).with_name("slices")
SPLITS = ("dev", "heldout")
LANGS = ("en", "es", "fr", "de")
# The names shared by code, transcripts and benchmarks (DESIGN.md).
LEVELS = tuple(level.value for level in Level)


def slice_files(directory: Path = SLICES_DIR) -> list[Path]:
    """The slice files, sorted by name."""
    return sorted(directory.glob("*.jsonl"))


def read_slice(path: Path) -> list[dict[str, Any]]:
    """Rows of one slice file, each with a ``slice`` key taken from the file name."""
    rows = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path.name}:{lineno}: not valid JSON: {exc}") from exc
            if not isinstance(row, dict):
                raise ValueError(f"{path.name}:{lineno}: expected a JSON object")
            row["slice"] = path.stem
            rows.append(row)
    return rows


def load_slices(split: str | None = None, directory: Path = SLICES_DIR) -> list[dict[str, Any]]:
    """Every row of every slice, optionally only one split (``"dev"`` or ``"heldout"``)."""
    if split is not None and split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; use one of {', '.join(SPLITS)} or None")
    rows = [row for path in slice_files(directory) for row in read_slice(path)]
    if split is None:
        return rows
    return [row for row in rows if row.get("split") == split]
