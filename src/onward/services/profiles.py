"""Profiles and the coaching agreement."""

from __future__ import annotations

import re
from dataclasses import dataclass

from onward.domain.agreements import (
    AGREEMENT_VERSION,
    Acceptance,
    current_agreement_text,
    require_current_acceptance,
)
from onward.domain.clients import Client
from onward.domain.errors import AgreementRequired, AlreadyExists, InvalidInput, NotFound
from onward.domain.wheel import DEFAULT_AREAS, WheelArea
from onward.guard.resources import normalise_country
from onward.services.context import ServiceContext, load_client


@dataclass(frozen=True)
class NewProfile:
    name: str
    country: str
    timezone: str
    language: str = "en"
    email: str | None = None
    handle: str | None = None
    coach_name: str | None = None
    coach_email: str | None = None
    shares_with_coach: tuple[str, ...] = ()


# ISO 3166 reserves ZZ for "unknown": such a profile gets the fallback crisis resources.
UNKNOWN_COUNTRY = "ZZ"


def country_code(value: str) -> str:
    """An ISO code or English name; never guessed: unknown names are refused."""
    if value.strip().upper() == UNKNOWN_COUNTRY:
        return UNKNOWN_COUNTRY
    code = normalise_country(value)
    if code is None:
        raise InvalidInput(
            f"unknown country {value!r}; give a two-letter ISO code (e.g. GB, US, DE) "
            "or an English country name"
        )
    return code


def _handle_for(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug or "me"


class ProfileService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def create(self, new: NewProfile) -> tuple[Client, str]:
        client = Client(
            name=new.name, country=country_code(new.country), timezone=new.timezone,
            language=new.language, email=new.email, coach_name=new.coach_name,
            coach_email=new.coach_email, shares_with_coach=new.shares_with_coach,
            created_at=self.ctx.now(),
        )
        handle = new.handle or _handle_for(new.name)
        with self.ctx.db.transaction() as repos:
            if repos.clients.by_handle(handle) is not None:
                raise AlreadyExists(f"a profile called {handle!r} already exists")
            repos.clients.add(client, handle)
            for position, area in enumerate(DEFAULT_AREAS):
                repos.values.add_area(WheelArea(client.id, area, position))
        return client, handle

    def get(self, client_id: str) -> Client:
        with self.ctx.db.transaction() as repos:
            return load_client(repos, client_id)

    def resolve(self, handle: str | None) -> Client:
        """The client for a handle, or the only profile in the store."""
        with self.ctx.db.transaction() as repos:
            if handle:
                client = repos.clients.by_handle(handle)
                if client is None:
                    raise NotFound(f"no profile called {handle!r}; run `onward init`")
                return client
            handles = repos.clients.all_handles()
            if not handles:
                raise NotFound("no profile yet; run `onward init` to create one")
            if len(handles) > 1:
                raise InvalidInput(
                    f"several profiles here ({', '.join(handles)}); pick one with --client"
                )
            client = repos.clients.by_handle(handles[0])
            assert client is not None
            return client

    def handles(self) -> list[str]:
        with self.ctx.db.transaction() as repos:
            return repos.clients.all_handles()

    def handle_of(self, client_id: str) -> str:
        with self.ctx.db.transaction() as repos:
            handle = repos.clients.handle_of(client_id)
            if handle is None:
                raise NotFound("no such profile")
            return handle

    def update(self, client_id: str, **changes: object) -> Client:
        with self.ctx.db.transaction() as repos:
            client = load_client(repos, client_id)
            if "country" in changes and changes["country"] is not None:
                changes["country"] = country_code(str(changes["country"]))
            fields = {k: v for k, v in changes.items() if v is not None}
            updated = Client(**{**client.__dict__, **fields})
            repos.clients.update(updated)
            return updated

    # agreement
    @staticmethod
    def agreement_text() -> str:
        return current_agreement_text()

    def accept_agreement(self, client_id: str) -> Acceptance:
        acceptance = Acceptance(client_id, AGREEMENT_VERSION, self.ctx.now())
        with self.ctx.db.transaction() as repos:
            load_client(repos, client_id)
            repos.clients.accept(acceptance)
        return acceptance

    def has_accepted(self, client_id: str) -> bool:
        with self.ctx.db.transaction() as repos:
            try:
                require_current_acceptance(repos.clients.acceptances(client_id))
            except AgreementRequired:
                return False
            return True

    def record_intake(self, client_id: str, outcome: str, answers: dict[str, object]) -> None:
        with self.ctx.db.transaction() as repos:
            repos.clients.add_intake(client_id, outcome, dict(answers), self.ctx.now())
