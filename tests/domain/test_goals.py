from datetime import date

import pytest

from onward.domain.errors import InvalidInput, InvalidTransition
from onward.domain.goals import Goal, gas_t_score, goal_t_score, overall_t_score


def make_goal(**kw: object) -> Goal:
    return Goal(client_id="c", title=kw.pop("title", "Run a 10k"), **kw)  # type: ignore[arg-type]


def test_all_goals_at_expected_level_give_t_50() -> None:
    assert gas_t_score([(1, 0), (2, 0), (1.5, 0)]) == pytest.approx(50)


def test_three_equal_goals_at_plus_one_give_about_63_7() -> None:
    assert gas_t_score([(1, 1), (1, 1), (1, 1)]) == pytest.approx(63.7, abs=0.01)


def test_single_goal_t_score_follows_formula() -> None:
    # one goal: denominator sqrt(w^2), so T = 50 + 10x
    assert gas_t_score([(2.0, -2)]) == pytest.approx(30)
    assert gas_t_score([]) is None


def test_goal_level_is_latest_score_or_baseline() -> None:
    goal = make_goal(baseline=-1)
    assert goal.current_level == -1
    goal.add_score(1, date(2026, 12, 1))
    goal.add_score(0, date(2026, 11, 25))
    assert goal.current_level == 1  # latest by date, not by order of entry
    assert goal_t_score(goal) == pytest.approx(60)
    assert overall_t_score([goal, make_goal()]) == pytest.approx(60)


@pytest.mark.parametrize("level", [-3, 3, 10])
def test_score_out_of_range_is_refused(level: int) -> None:
    with pytest.raises(InvalidInput, match="-2 to 2"):
        make_goal().add_score(level, date(2026, 1, 1))


def test_status_transitions() -> None:
    goal = make_goal()
    goal.change_status("paused")
    goal.change_status("active")
    goal.change_status("achieved")
    with pytest.raises(InvalidTransition, match="achieved cannot become paused"):
        goal.change_status("paused")
    goal.change_status("active")
    goal.change_status("dropped")
    with pytest.raises(InvalidInput):
        goal.change_status("finished")


def test_empty_title_and_bad_levels_are_refused() -> None:
    with pytest.raises(InvalidInput, match="goal title cannot be empty"):
        make_goal(title="   ")
    with pytest.raises(InvalidInput, match="-2 to \\+2"):
        make_goal(gas_levels={3: "too high"})
    with pytest.raises(InvalidInput, match="weight"):
        make_goal(weight=0)


def test_expected_trajectory_moves_from_baseline_to_zero() -> None:
    goal = make_goal(baseline=-2, target_date=date(2027, 1, 1))
    start = date(2026, 11, 2)
    assert goal.expected_level(start, start) == -2
    assert goal.expected_level(date(2026, 12, 2), start) == pytest.approx(-1, abs=0.05)
    assert goal.expected_level(date(2027, 3, 1), start) == 0
