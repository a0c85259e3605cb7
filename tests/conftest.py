"""Shared fixtures: a fresh store per test, on SQLite and (where configured) PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from onward.bootstrap import Services, build_services
from onward.config import load_settings
from onward.domain.ports import FixedClock
from onward.guard.fake import FakeScreener

# Tests never reach the network: the LLM client refuses non-loopback URLs with this set.
os.environ["ONWARD_FORBID_NETWORK"] = "1"

POSTGRES_URL = os.environ.get("ONWARD_TEST_POSTGRES_URL", "")
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]

CRISIS_TRIGGERS = {
    "end it all": "suicide_self_harm",
    "can't stop drinking": "substance",
}


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 23, 9, 0, tzinfo=UTC))


@pytest.fixture
def screener() -> FakeScreener:
    return FakeScreener(CRISIS_TRIGGERS)


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'onward.db'}"
        return
    if not POSTGRES_URL:
        if os.environ.get("ONWARD_REQUIRE_POSTGRES") or os.environ.get("CI"):
            pytest.fail("PostgreSQL tests must run in CI: ONWARD_TEST_POSTGRES_URL is not set")
        pytest.skip("set ONWARD_TEST_POSTGRES_URL to run the PostgreSQL tests")
    # Each test gets its own schema, so tests never share data.
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL.replace("postgresql://", "postgresql+psycopg://"))
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in POSTGRES_URL else "?"
    yield f"{POSTGRES_URL}{sep}options=-csearch_path%3D{schema}"
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture
def services(
    database_url: str, tmp_path: Path, clock: FixedClock, screener: FakeScreener
) -> Iterator[Services]:
    settings = load_settings(env={"ONWARD_DATABASE_URL": database_url}, home=tmp_path / "home")
    built = build_services(settings, clock=clock, guard=screener)
    built.migrate()
    yield built
    built.ctx.db.engine.dispose()
