"""What the coach remembers between sessions, where each item came from, and the
client's right to correct it or make the coach forget it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from onward.coaching.feedback import feedback_is_low_or_falling
from onward.coaching.memory import (
    DueCommitment,
    GoalItem,
    Memory,
    SaboteurItem,
    SummaryItem,
    ValueItem,
    WinItem,
)
from onward.domain.clients import Client
from onward.domain.errors import InvalidInput, NotFound
from onward.services.context import ServiceContext, load_client
from onward.store.unit_of_work import Repos

HIDDEN_FLAG = "memory_hidden"  # item keys the client asked the coach to forget
REVIEW_FLAG = "review_approach"  # set by the stall signal (accountability)
PAUSE_FLAG = "paused_after_crisis"


@dataclass(frozen=True)
class MemoryItem:
    key: str  # e.g. "win:3", "summary:2": what `onward memory forget` takes
    kind: str
    text: str
    source: str


def memory_items(repos: Repos, client: Client, today: date) -> list[MemoryItem]:
    items: list[MemoryItem] = []
    for a in repos.actions.all(client.id, "open"):
        if a.due is not None and a.due <= today:
            items.append(MemoryItem(f"action:{a.number}", "commitment",
                                    a.text, f"action {a.number}, due {a.due}"))
    for g in repos.goals.all(client.id, "active"):
        items.append(MemoryItem(f"goal:{g.number}", "goal", g.title, f"goal {g.number}"))
    for v in repos.values.values(client.id):
        items.append(MemoryItem(f"value:{v.rank}", "value", v.name, f"values, rank {v.rank}"))
    for s in repos.saboteurs.all(client.id):
        items.append(MemoryItem(f"saboteur:{s.number}", "saboteur",
                                f"{s.name}: {s.says or ''}".strip(": "),
                                f"saboteur {s.number}"))
    for w in repos.wins.all(client.id)[-3:]:
        items.append(MemoryItem(f"win:{w.number}", "win", w.text,
                                f"win {w.number}, {w.happened_on}"))
    finished = [s for s in repos.sessions.all(client.id) if s.summary]
    if finished:
        last = finished[-1]
        items.append(MemoryItem(f"summary:{last.number}", "summary", last.summary or "",
                                f"session {last.number}, {last.started_at:%Y-%m-%d}"))
    hidden = set(repos.clients.flags(client.id).get(HIDDEN_FLAG, []))
    return [i for i in items if i.key not in hidden]


def build_memory(repos: Repos, client: Client, today: date) -> Memory:
    items = memory_items(repos, client, today)
    flags = repos.clients.flags(client.id)
    history = [
        fb.scores for s in repos.sessions.all(client.id)
        if (fb := repos.sessions.feedback(s.id)) is not None
    ]
    by_kind: dict[str, list[MemoryItem]] = {}
    for item in items:
        by_kind.setdefault(item.kind, []).append(item)
    summaries = by_kind.get("summary", [])
    return Memory(
        commitments_due=tuple(
            DueCommitment(i.text, None, "open", i.source) for i in by_kind.get("commitment", [])
        ),
        goals=tuple(GoalItem(i.text, i.source) for i in by_kind.get("goal", [])),
        values=tuple(
            ValueItem(i.text, int(i.key.split(":")[1]), i.source)
            for i in by_kind.get("value", [])
        ),
        saboteurs=tuple(
            SaboteurItem(i.text.split(":")[0], i.text.partition(": ")[2], i.source)
            for i in by_kind.get("saboteur", [])
        ),
        wins=tuple(WinItem(i.text, i.source) for i in by_kind.get("win", [])),
        last_summary=SummaryItem(summaries[-1].text, summaries[-1].source) if summaries
        else None,
        ask_how_coaching_is_working=bool(
            REVIEW_FLAG in flags or (history and feedback_is_low_or_falling(history))
        ),
        paused_after_crisis=PAUSE_FLAG in flags,
    )


class MemoryService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def show(self, client_id: str) -> list[MemoryItem]:
        with self.ctx.db.transaction() as repos:
            client = load_client(repos, client_id)
            return memory_items(repos, client, self.ctx.today_for(client))

    def forget(self, client_id: str, key: str) -> None:
        """The coach stops using this item; the record itself stays yours to keep."""
        with self.ctx.db.transaction() as repos:
            client = load_client(repos, client_id)
            known = {i.key for i in memory_items(repos, client, self.ctx.today_for(client))}
            if key not in known:
                raise NotFound(f"the coach does not remember {key!r}; `onward memory` lists keys")
            hidden = list(repos.clients.flags(client_id).get(HIDDEN_FLAG, []))
            repos.clients.set_flag(client_id, HIDDEN_FLAG, [*hidden, key], self.ctx.now())

    def correct(self, client_id: str, key: str, text: str) -> None:
        """Correct what the coach remembers: a summary, win, goal or saboteur's words."""
        text = text.strip()
        if not text:
            raise InvalidInput("give the corrected text")
        kind, _, raw = key.partition(":")
        if not raw.isdigit():
            raise InvalidInput(f"{key!r} is not a memory key; `onward memory` lists them")
        number = int(raw)
        if kind not in _CORRECTABLE:
            raise InvalidInput(
                f"{kind!r} items are corrected with their own command "
                "(e.g. `onward values`, `onward action edit`)"
            )
        repo_name, field = _CORRECTABLE[kind]
        with self.ctx.db.transaction() as repos:
            load_client(repos, client_id)
            repo = getattr(repos, repo_name)
            record = repo.get(client_id, number)
            if record is None:
                raise NotFound(f"no {kind} {number}; `onward memory` lists what is remembered")
            setattr(record, field, text)
            repo.save(record)


# memory key kind -> (repository on Repos, the field that holds the remembered words)
_CORRECTABLE = {
    "summary": ("sessions", "summary"),
    "win": ("wins", "text"),
    "goal": ("goals", "title"),
    "saboteur": ("saboteurs", "says"),
}
