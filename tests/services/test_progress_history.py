"""Progress over time and its charts: the SVG holds the expected series and points."""

import re
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text

from onward.bootstrap import Services
from onward.domain.errors import InvalidInput
from onward.domain.ports import FixedClock
from onward.services.charts import render_chart
from onward.services.checkins import CheckInAnswer
from onward.services.goals import GoalDraft
from onward.services.history import streaks
from onward.services.profiles import NewProfile

SVG = "{http://www.w3.org/2000/svg}"


def fill(services: Services, clock: FixedClock) -> str:
    """Three weeks: goal 1 climbs -1 -> 0 -> +1, goal 2 stays at -1; weekly check-ins."""
    c, _ = services.profiles.create(NewProfile("Sam", "GB", "Europe/London"))
    clock.at = datetime(2026, 11, 2, 9, tzinfo=UTC)
    g1 = services.goals.add(c.id, GoalDraft("Run", baseline=-1))
    g2 = services.goals.add(c.id, GoalDraft("Read", baseline=-1))
    with services.ctx.db.transaction() as r:
        r.conn.execute(text("UPDATE goals SET created_at = :at"), {"at": clock.at})
    services.actions.add(c.id, "Stretch", due=date(2026, 11, 2), recurrence="weekly")
    for week, (level, outcome) in enumerate(((0, "done"), (1, "partly"), (1, "done"))):
        clock.at = datetime(2026, 11, 9, 9, tzinfo=UTC) + timedelta(weeks=week)
        services.goals.score(c.id, g1.number, level)
        services.checkins.record(c.id, [CheckInAnswer(1, outcome)])
    services.wins.add(c.id, "Ran in the rain")
    _ = g2
    return c.id


def test_history_series_for_known_data(services: Services, clock: FixedClock) -> None:
    cid = fill(services, clock)
    h = services.history.history(cid)
    goal1, goal2, overall = h.gas
    assert [v for _, v in goal1.points] == [40.0, 50.0, 60.0, 60.0]
    assert [d for d, _ in goal1.points] == [date(2026, 11, 2) + timedelta(weeks=n)
                                            for n in range(4)]
    assert [v for _, v in goal2.points] == [40.0]
    # both at -1, then goal 1 at 0, +1, +1 (T = 50 + 10*sum / sqrt(0.7*2 + 0.3*4))
    assert [round(v, 1) for _, v in overall.points] == [37.6, 43.8, 50.0, 50.0]
    assert [v for _, v in h.completion.points] == [1.0, 0.5, 1.0]
    assert (h.streak_weeks, h.best_streak_weeks) == (1, 1)  # a week of only 'partly' breaks it
    assert [v for _, v in h.wins.points] == [1.0]


def test_streaks_count_weeks_in_a_row() -> None:
    mondays = [date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 23)]
    assert streaks(mondays, date(2026, 11, 25)) == (1, 2)
    assert streaks(mondays[:2], date(2026, 11, 11)) == (2, 2)
    assert streaks(mondays[:2], date(2026, 11, 17)) == (2, 2)  # this week not over yet
    assert streaks(mondays[:2], date(2026, 11, 24)) == (0, 2)
    assert streaks([], date(2026, 11, 24)) == (0, 0)


def _points(group: ET.Element) -> list[tuple[float, float]]:
    path = group.find(f"{SVG}path")
    assert path is not None
    nums = [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?", path.attrib["d"])]
    return list(zip(nums[0::2], nums[1::2], strict=True))


def test_the_svg_holds_each_series_with_its_points(services: Services, clock: FixedClock
                                                  ) -> None:
    cid = fill(services, clock)
    svg = render_chart(services.history.history(cid), "svg")
    root = ET.fromstring(svg)
    groups = {g.attrib["id"]: g for g in root.iter(f"{SVG}g") if "id" in g.attrib}
    for key in ("gas-goal-1", "gas-goal-2", "gas-overall", "completion", "wins-0"):
        assert key in groups, key
    overall = _points(groups["gas-overall"])
    assert len(overall) == 4
    xs, ys = [x for x, _ in overall], [y for _, y in overall]
    assert xs == sorted(xs) and ys[0] > ys[1] > ys[2] == ys[3]  # rising (SVG y runs down)
    goal1 = _points(groups["gas-goal-1"])
    assert len(goal1) == 4 and len(_points(groups["gas-goal-2"])) == 1
    # equal steps of 10 T points between equally spaced weeks: a straight line
    assert goal1[1][1] - goal1[0][1] == pytest.approx(goal1[2][1] - goal1[1][1], abs=0.01)
    assert goal1[1][0] - goal1[0][0] == pytest.approx(goal1[2][0] - goal1[1][0], abs=0.01)
    completion = [y for _, y in _points(groups["completion"])]
    assert completion[0] == pytest.approx(completion[2]) and completion[1] > completion[0]
    text_ = svg.decode()
    assert "Goal Attainment" in text_ and "1. Run" in text_ and "Streak: 1 week(s)" in text_
    assert render_chart(services.history.history(cid), "svg") == svg  # deterministic


def test_png_and_bad_formats(services: Services, clock: FixedClock) -> None:
    cid = fill(services, clock)
    png = render_chart(services.history.history(cid), ".png")
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000
    with pytest.raises(InvalidInput, match="svg or .png"):
        render_chart(services.history.history(cid), "gif")
