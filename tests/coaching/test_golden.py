"""Golden transcripts: client lines replayed through policy + built-in voice, fixed seed.

Each file in golden/ holds the client's lines, the memory the session starts from, and
the expected transcript. After an intended change in wording or method, regenerate and
then read the transcripts aloud before committing:

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/coaching/test_golden.py -q
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from onward.coaching.memory import Memory
from tests.coaching.replay import Session, real_saboteurs, replay

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(GOLDEN.glob("*.json"))


def _run(case: dict[str, Any]) -> Session:
    saboteurs = None
    if case.get("saboteurs"):
        saboteurs = real_saboteurs()
        if saboteurs is None:
            pytest.skip("this transcript uses the real saboteur detector (MiniLM)")
    return replay(
        case["client"],
        memory=Memory.from_dict(case.get("memory", {})),
        seed=case.get("seed", 0),
        saboteurs=saboteurs,
    )


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_transcript_matches_golden(path: Path) -> None:
    case = json.loads(path.read_text())
    session = _run(case)
    if os.environ.get("UPDATE_GOLDEN"):
        case["transcript"] = session.turns
        case["language_tools"] = "onward.coaching"
        path.write_text(json.dumps(case, indent=2, ensure_ascii=False) + "\n")
        return
    assert session.turns == case["transcript"], f"regenerate with UPDATE_GOLDEN=1 ({path.name})"


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_golden_coach_turns_ask_one_question(path: Path) -> None:
    turns = _run(json.loads(path.read_text())).turns
    for turn in turns:
        if turn["role"] == "coach":
            assert turn["text"].count("?") <= 1, turn["text"]


def test_full_grow_session_ends_with_confirmed_commitment() -> None:
    session = _run(json.loads((GOLDEN / "full_grow.json").read_text()))
    assert session.state.ended
    [commitment] = session.state.confirmed_commitments
    assert commitment.due == "2026-11-25"
    assert "headings" in commitment.text
    assert set(session.state.feedback) == {"heard", "focus", "approach", "overall"}
    kinds = [m.kind.value for m in session.moves]
    # The idea came only after permission, and the link to a value happened.
    assert kinds.index("ask_permission") + 1 == kinds.index("offer_idea")
    assert "link_value" in kinds and "summary" in kinds


def test_early_stop_records_commitment_and_ends() -> None:
    session = _run(json.loads((GOLDEN / "early_stop.json").read_text()))
    assert session.state.ended and session.state.short_close
    assert [c.text for c in session.state.confirmed_commitments] == [
        "Archive everything older than a month."
    ] or session.state.confirmed_commitments[0].text.startswith("Archive everything")
    assert session.state.feedback == {"overall": 7}
