"""Progress charts as SVG or PNG. matplotlib is imported on first use (it is slow to
load and most commands never draw), and only its object API with the Agg canvas is
used: no pyplot, no global figure state, no display needed."""

from __future__ import annotations

import io
from datetime import timedelta
from typing import Any

from onward.domain.errors import InvalidInput
from onward.services.history import ProgressHistory, Series

FORMATS = ("svg", "png")


def render_chart(history: ProgressHistory, fmt: str) -> bytes:
    fmt = fmt.lower().lstrip(".")
    if fmt not in FORMATS:
        raise InvalidInput(f"charts are .svg or .png, not .{fmt}")
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "onward",
                                "font.size": 9}):
        fig = Figure(figsize=(10, 7), layout="constrained")
        FigureCanvasAgg(fig)
        (gas, done), (feedback, other) = fig.subplots(2, 2)
        _lines(gas, history.gas, "Goal Attainment (GAS T-score; 50 = as expected)")
        gas.axhline(50, color="grey", linewidth=0.8, linestyle=":")
        _lines(done, [_percent(history.completion)], "Actions done per week (%)", (0, 105))
        _lines(feedback, [history.feedback], "Session feedback (0-10)", (0, 10.5))
        _lines(other, [history.wheel], "Wins per week and wheel of life (0-10)", (0, 10.5),
               empty_note=not history.wins.points)
        if history.wins.points:
            bars = other.bar([d for d, _ in history.wins.points],
                             [v for _, v in history.wins.points], width=5, alpha=0.4,
                             color="tab:green", label="wins")
            for n, patch in enumerate(bars):
                patch.set_gid(f"wins-{n}")
            other.legend(loc="upper left")
        streak = (f"Streak: {history.streak_weeks} week(s) in a row with an action done "
                  f"(best {history.best_streak_weeks})")
        fig.suptitle(f"Onward progress. {streak}")
        buffer = io.BytesIO()
        metadata: dict[str, Any] = {"Date": None} if fmt == "svg" else {}
        fig.savefig(buffer, format=fmt, dpi=100, metadata=metadata)
    return buffer.getvalue()


def _percent(series: Series) -> Series:
    return Series(series.key, series.label, [(d, v * 100) for d, v in series.points])


def _lines(ax: Any, series: list[Series], title: str,
           ylim: tuple[float, float] | None = None, empty_note: bool = True) -> None:
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    ax.set_title(title)
    drawn = False
    for s in series:
        if not s.points:
            continue
        (line,) = ax.plot([d for d, _ in s.points], [v for _, v in s.points], marker="o",
                          label=s.label, linewidth=2.2 if s.key == "gas-overall" else 1.4)
        line.set_gid(s.key)  # the SVG group id: tests and readers find each series by it
        drawn = True
    if ylim:
        ax.set_ylim(*ylim)
    if not drawn and empty_note:
        ax.text(0.5, 0.5, "no data yet", ha="center", va="center", transform=ax.transAxes,
                color="grey")
        ax.set_xticks([])
        return
    days = [d for s in series for d, _ in s.points]
    if days and min(days) == max(days):  # one day of data: give the axis a week's width
        ax.set_xlim(min(days) - timedelta(days=3), max(days) + timedelta(days=3))
    locator = AutoDateLocator(maxticks=6)  # a few readable dates, not one per tick
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    if len(series) > 1:
        ax.legend(loc="best")
