"""Export, import, forget and backup: the client owns their data."""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from onward.domain.actions import Action, CheckIn
from onward.domain.agreements import Acceptance
from onward.domain.clients import Client
from onward.domain.errors import AlreadyExists, InvalidInput
from onward.domain.goals import Goal
from onward.domain.referrals import Referral
from onward.domain.reflections import Saboteur, Value, Vision, Win
from onward.domain.sessions import CoachingSession, SessionFeedback, SessionTurn
from onward.domain.wheel import WheelArea, WheelSnapshot
from onward.services.codec import from_json, to_json
from onward.services.context import ServiceContext, load_client

EXPORT_FORMAT = "onward-export"
EXPORT_VERSION = 1


@dataclass
class SessionRecord:
    session: CoachingSession
    turns: list[SessionTurn] = field(default_factory=list)
    feedback: SessionFeedback | None = None


@dataclass
class ClientData:
    """Everything Onward holds about one client."""

    handle: str
    profile: Client
    agreements: list[Acceptance] = field(default_factory=list)
    intake: list[dict[str, Any]] = field(default_factory=list)
    flags: dict[str, Any] = field(default_factory=dict)
    values: list[Value] = field(default_factory=list)
    vision: Vision | None = None
    wheel_areas: list[WheelArea] = field(default_factory=list)
    wheel_snapshots: list[WheelSnapshot] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    checkins: list[CheckIn] = field(default_factory=list)
    wins: list[Win] = field(default_factory=list)
    saboteurs: list[Saboteur] = field(default_factory=list)
    sessions: list[SessionRecord] = field(default_factory=list)
    referrals: list[Referral] = field(default_factory=list)
    # reminder settings, deliveries and weekly reviews, as plain rows
    accountability: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def write_private(path: Path, text: str) -> None:
    """Exports and backups hold sensitive text: readable by the owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.chmod(path, 0o600)


class PortabilityService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def collect(self, client_id: str) -> ClientData:
        with self.ctx.db.transaction() as r:
            client = load_client(r, client_id)
            handle = r.clients.handle_of(client_id) or ""
            sessions = [
                SessionRecord(s, r.sessions.turns(s.id), r.sessions.feedback(s.id))
                for s in r.sessions.all(client_id)
            ]
            intake = [
                {**i, "taken_at": i["taken_at"].isoformat()} for i in r.clients.intakes(client_id)
            ]
            return ClientData(
                handle=handle, profile=client, agreements=r.clients.acceptances(client_id),
                intake=intake, flags=r.clients.flags(client_id),
                values=r.values.values(client_id), vision=r.values.vision(client_id),
                wheel_areas=r.values.areas(client_id),
                wheel_snapshots=r.values.snapshots(client_id), goals=r.goals.all(client_id),
                actions=r.actions.all(client_id), checkins=r.actions.checkins(client_id),
                wins=r.wins.all(client_id), saboteurs=r.saboteurs.all(client_id),
                sessions=sessions, referrals=r.referrals.all(client_id),
                accountability=r.raw.dump(client_id),
            )

    def export_json(self, client_id: str | None) -> str:
        doc: dict[str, Any] = {"format": EXPORT_FORMAT, "version": EXPORT_VERSION}
        doc["client"] = to_json(self.collect(client_id)) if client_id else None
        return json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=True) + "\n"

    def import_json(self, text: str) -> ClientData | None:
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InvalidInput(f"not an Onward export: invalid JSON ({exc.msg}, line {exc.lineno})"
                               ) from exc
        if not isinstance(doc, dict) or doc.get("format") != EXPORT_FORMAT:
            raise InvalidInput("not an Onward export: the format marker is missing")
        if doc.get("version") != EXPORT_VERSION:
            raise InvalidInput(f"unsupported export version {doc.get('version')!r}")
        if doc.get("client") is None:
            return None
        data = from_json(ClientData, doc["client"], "client")
        self._store(data)
        return data

    def _store(self, d: ClientData) -> None:
        with self.ctx.db.transaction() as r:
            if r.clients.get(d.profile.id) or r.clients.by_handle(d.handle):
                raise AlreadyExists(
                    f"profile {d.handle!r} is already in this store; nothing was imported"
                )
            r.clients.add(d.profile, d.handle)
            for a in d.agreements:
                r.clients.accept(a)
            for i in d.intake:
                r.clients.add_intake(d.profile.id, i["outcome"], i["answers"],
                                     datetime.fromisoformat(i["taken_at"]))
            for name, value in d.flags.items():
                r.clients.set_flag(d.profile.id, name, value, self.ctx.now())
            r.values.replace_values(d.profile.id, d.values)
            if d.vision:
                r.values.set_vision(d.vision)
            for area in d.wheel_areas:
                r.values.add_area(area)
            for snap in d.wheel_snapshots:
                r.values.add_snapshot(snap)
            for goal in d.goals:
                r.goals.add(goal)
            for sab in d.saboteurs:
                r.saboteurs.add(sab)
            for action in d.actions:
                r.actions.add(action)
            for checkin in d.checkins:
                r.actions.add_checkin(checkin)
            for win in d.wins:
                r.wins.add(win)
            for rec in d.sessions:
                r.sessions.add(rec.session)
                for turn in rec.turns:
                    r.sessions.add_turn(turn)
                if rec.feedback:
                    r.sessions.set_feedback(rec.feedback)
            for ref in d.referrals:
                r.referrals.add(ref)
            try:
                r.raw.load(d.accountability)
            except (ValueError, TypeError, KeyError) as exc:
                raise InvalidInput(f"client.accountability: {exc}") from exc

    def forget(self, client_id: str) -> None:
        """Hard delete of everything of the client; the schema cascades from the profile."""
        with self.ctx.db.transaction() as r:
            load_client(r, client_id)
            r.clients.delete(client_id)

    def backup(self, sqlite_path: Path | None, target: Path) -> Path:
        if sqlite_path is None:
            raise InvalidInput(
                "backups of a PostgreSQL store are made with pg_dump, e.g. "
                "`pg_dump --format=custom --file onward.dump <database>`"
            )
        if not sqlite_path.exists():
            raise InvalidInput(f"no database at {sqlite_path}; run `onward init` first")
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        os.close(fd)
        # SQLite's online backup copies a consistent snapshot while others write.
        src = sqlite3.connect(f"file:{sqlite_path}?mode=ro", uri=True)
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
        os.chmod(target, 0o600)
        return target
