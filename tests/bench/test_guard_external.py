"""The external sets' permissive training halves: stable, disjoint from what is held out."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from bench.guard.external import pa_counseling, permissive_training_rows, smartspan


def _fake_data(root: Path) -> Path:
    pa = root / "pa_counseling"
    pa.mkdir(parents=True)
    with (pa / "pa_counseling_simulated_dialogs.csv").open("w", newline="") as f:
        w = csv.DictWriter(f, ["dialog", "speaker_role", "utterance"])
        w.writeheader()
        for d in range(12):
            w.writerow({"dialog": f"d{d}", "speaker_role": "coach",
                        "utterance": f"How did the walking go this week, number {d}?"})
            w.writerow({"dialog": f"d{d}", "speaker_role": "participant", "utterance": "Fine."})
    goals = root / "smartspan_goals"
    goals.mkdir()
    notes = [{"ID": i, "goals": [f"Walk for {i + 10} minutes after lunch"]} for i in range(12)]
    (goals / "goals_all.json").write_text(json.dumps(notes))
    rally = root / "rallypoint_reddit_mh"
    rally.mkdir()
    with (rally / "rallypoint_reddit_mentalhealth_test_908.csv").open("w", newline="") as f:
        w = csv.DictWriter(f, ["doc", "source", "label"])
        w.writeheader()
        w.writerow({"doc": "Planning my transition out of the army next year.",
                    "source": "rallypoint", "label": "0.0"})
    return root


def test_halves_are_disjoint_and_cover_every_dialogue(tmp_path: Path) -> None:
    root = _fake_data(tmp_path)
    for loader in (pa_counseling, smartspan):
        train = {r.text for r in loader(root, half="training")}
        held = {r.text for r in loader(root, half="held_out")}
        assert train and held and not train & held
        assert train | held == {r.text for r in loader(root, half="all")}
        assert all(r.level == "coachable" for r in loader(root, half="all"))
    # "Fine." is too short to say anything about a message; it is left out.
    assert all(len(r.text.split()) >= 3 for r in pa_counseling(root, half="all"))


def test_training_rows_are_never_in_the_benchmark(tmp_path: Path) -> None:
    root = _fake_data(tmp_path)
    trained = {r.text for r in permissive_training_rows(root)
               if r.source in ("pa_counseling", "smartspan")}
    benchmarked = set()
    for loader in (pa_counseling, smartspan):
        benchmarked |= {r.text for r in loader(root) if r.held_out}
    assert trained and benchmarked and not trained & benchmarked
