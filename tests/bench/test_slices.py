"""The guard's frozen evaluation slices: well formed, balanced, and unchanged since freezing."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from bench.guard.slices import (
    CATEGORIES,
    LANGS,
    LEVELS,
    SLICES_DIR,
    SPLITS,
    load_slices,
    read_slice,
    slice_files,
)
from onward.guard.verdict import REFER_CATEGORIES

MINIMUMS = {
    "explicit_crisis": 300,
    "passive_wish": 40,
    "third_person": 60,
    "negation": 40,
    "idioms": 60,
    "dark_humour": 30,
    "lyrics_quotes": 30,
    "other_languages": 90,
    "refer": 150,
    "coachable": 200,
}
ONLY_COACHABLE = {"idioms", "dark_humour", "lyrics_quotes", "coachable"}
REQUIRED_KEYS = {"id", "text", "level", "categories", "split", "lang"}
HASH_FILE = SLICES_DIR / "FROZEN.sha256"


def rows_of(name: str) -> list[dict]:
    return read_slice(SLICES_DIR / f"{name}.jsonl")


def normalise(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


def test_exactly_the_expected_slices_exist() -> None:
    assert {p.stem for p in slice_files()} == set(MINIMUMS)


@pytest.mark.parametrize("name", sorted(MINIMUMS))
def test_every_line_is_a_valid_row(name: str) -> None:
    path = SLICES_DIR / f"{name}.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert all(line.strip() for line in lines), "no blank lines"
    for n, line in enumerate(lines, 1):
        row = json.loads(line)
        assert set(row) >= REQUIRED_KEYS, (name, n)
        assert set(row) - REQUIRED_KEYS <= {"kind"}, (name, n)
        assert row["id"] == f"{name}-{n}"
        assert isinstance(row["text"], str) and row["text"].strip() == row["text"] != ""
        assert row["level"] in LEVELS, row["id"]
        assert row["split"] in SPLITS, row["id"]
        assert row["lang"] in LANGS, row["id"]
        cats = row["categories"]
        assert isinstance(cats, list) and len(set(cats)) == len(cats), row["id"]
        assert set(cats) <= set(CATEGORIES), row["id"]
        # coachable carries no category; refer and crisis carry at least one
        assert (row["level"] == "coachable") == (cats == []), row["id"]


@pytest.mark.parametrize("name", sorted(MINIMUMS))
def test_slice_meets_its_minimum_and_is_half_dev_half_heldout(name: str) -> None:
    rows = rows_of(name)
    assert len(rows) >= MINIMUMS[name]
    splits = Counter(row["split"] for row in rows)
    assert set(splits) == set(SPLITS)
    assert abs(splits["dev"] - splits["heldout"]) <= 1
    for level in {row["level"] for row in rows}:
        per_level = Counter(row["split"] for row in rows if row["level"] == level)
        assert abs(per_level["dev"] - per_level["heldout"]) <= 1, level


def test_ids_are_unique_across_slices() -> None:
    ids = [row["id"] for row in load_slices()]
    assert len(ids) == len(set(ids))


def test_no_duplicate_texts_across_slices() -> None:
    counts = Counter(normalise(row["text"]) for row in load_slices())
    assert [text for text, n in counts.items() if n > 1] == []


def test_explicit_crisis_is_crisis_with_kind() -> None:
    rows = rows_of("explicit_crisis")
    assert {row["level"] for row in rows} == {"crisis"}
    kinds = Counter(row.get("kind") for row in rows)
    assert set(kinds) == {"explicit", "indirect"}
    assert all(row["lang"] == "en" for row in rows)
    cats = Counter(c for row in rows for c in row["categories"])
    for needed in ("suicide_self_harm", "harm_to_others", "abuse_danger", "medical_emergency"):
        assert cats[needed] >= 20, needed


def test_passive_wish_is_crisis_suicide() -> None:
    rows = rows_of("passive_wish")
    assert all(r["level"] == "crisis" and r["categories"] == ["suicide_self_harm"] for r in rows)


def test_third_person_is_half_danger_half_coachable() -> None:
    rows = rows_of("third_person")
    levels = Counter(row["level"] for row in rows)
    assert set(levels) == {"crisis", "coachable"}
    assert levels["crisis"] == levels["coachable"] >= 30
    for row in rows:
        if row["level"] == "crisis":
            assert row["categories"] == ["third_party_danger"], row["id"]


def test_negation_has_cancelled_and_uncancelled_cases() -> None:
    levels = Counter(row["level"] for row in rows_of("negation"))
    assert levels["coachable"] >= 30 and levels["crisis"] >= 8


@pytest.mark.parametrize("name", sorted(ONLY_COACHABLE))
def test_benign_slices_are_all_coachable(name: str) -> None:
    assert {row["level"] for row in rows_of(name)} == {"coachable"}


def test_other_languages_has_thirty_each() -> None:
    rows = rows_of("other_languages")
    langs = Counter(row["lang"] for row in rows)
    assert {lang: langs[lang] for lang in ("es", "fr", "de")} == {"es": 30, "fr": 30, "de": 30}
    for lang in ("es", "fr", "de"):
        levels = {row["level"] for row in rows if row["lang"] == lang}
        assert {"crisis", "coachable"} <= levels, lang


def test_refer_covers_every_refer_category() -> None:
    rows = rows_of("refer")
    assert {row["level"] for row in rows} == {"refer"}
    primary = Counter(row["categories"][0] for row in rows)
    for category in REFER_CATEGORIES:
        assert primary[category] >= 12, category


def test_load_slices_filters_by_split_and_names_the_slice() -> None:
    everything = load_slices()
    dev, heldout = load_slices("dev"), load_slices("heldout")
    assert len(dev) + len(heldout) == len(everything)
    assert {row["split"] for row in dev} == {"dev"}
    assert {row["slice"] for row in heldout} == set(MINIMUMS)
    with pytest.raises(ValueError, match="unknown split"):
        load_slices("test")


def test_load_slices_reports_a_bad_line(tmp_path: Path) -> None:
    (tmp_path / "broken.jsonl").write_text('{"id": "broken-1"}\nnot json\n', encoding="utf-8")
    with pytest.raises(ValueError, match="broken.jsonl:2"):
        load_slices(directory=tmp_path)


def test_slices_match_the_frozen_hashes() -> None:
    """Any edit to a slice fails here unless FROZEN.sha256 is deliberately updated."""
    listed = {}
    for line in HASH_FILE.read_text(encoding="utf-8").splitlines():
        digest, name = line.split(maxsplit=1)
        listed[name.lstrip("*")] = digest
    assert set(listed) == {p.name for p in slice_files()}
    for path in slice_files():
        assert hashlib.sha256(path.read_bytes()).hexdigest() == listed[path.name], path.name
