"""What every command shares: settings, services, the chosen client, friendly errors."""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import typer
from rich.console import Console
from sqlalchemy.exc import SQLAlchemyError

from onward.bootstrap import Services, build_services
from onward.config import Settings, SettingsError, load_settings
from onward.domain.clients import Client
from onward.domain.errors import DomainError, InvalidInput
from onward.store.db import StoreUnavailable

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)

F = TypeVar("F", bound=Callable[..., Any])


class Runtime:
    """Built lazily from the global options, so `--help` never touches the database."""

    def __init__(self, home: Path | None = None, client: str | None = None) -> None:
        self.home = home
        self.client_handle = client
        self._settings: Settings | None = None
        self._services: Services | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = load_settings(home=self.home)
        return self._settings

    def services(self, migrate: bool = True) -> Services:
        if self._services is None:
            self._services = build_services(self.settings)
            if migrate:
                self._services.migrate()
        return self._services

    def client(self) -> Client:
        services = self.services()
        handle = self.client_handle or self.settings.client or _home_profile(self.settings)
        return services.profiles.resolve(handle)

    def remember_profile(self, handle: str) -> None:
        path = self.settings.home / "profile"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(handle + "\n", encoding="utf-8")


def _home_profile(settings: Settings) -> str | None:
    path = settings.home / "profile"
    if path.exists():
        return path.read_text(encoding="utf-8").strip() or None
    return None


def runtime(ctx: typer.Context) -> Runtime:
    root = ctx.find_root()
    if not isinstance(root.obj, Runtime):
        root.obj = Runtime()
    return root.obj


def friendly(func: F) -> F:
    """Errors a person can cause become one clear line and exit code 1, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (DomainError, SettingsError, StoreUnavailable) as exc:
            fail(str(exc))
        except SQLAlchemyError as exc:
            fail(f"database error: {str(exc).splitlines()[0]}")
        except OSError as exc:
            fail(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
        except KeyboardInterrupt:
            err_console.print("\nStopped. Nothing half-written was kept.")
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]


def fail(message: str, code: int = 1) -> None:
    err_console.print(f"[bold red]error:[/] {message}", soft_wrap=True)
    raise typer.Exit(code)


def parse_date(text: str | None, today: date, what: str = "date") -> date | None:
    """ISO dates directly; words like 'next friday' or 'in 3 days' via dateparser."""
    if text is None or not text.strip():
        return None
    raw = text.strip()
    if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", raw):
        try:
            return date.fromisoformat("-".join(p.zfill(2) for p in raw.split("-")))
        except ValueError:
            raise InvalidInput(f"{raw!r} is not a real {what}") from None
    from datetime import datetime

    import dateparser  # slow to import; only paid when a date is given in words

    parsed = dateparser.parse(
        raw,
        languages=["en"],
        settings={
            "PREFER_DATES_FROM": "future",
            "RELATIVE_BASE": datetime(today.year, today.month, today.day),
        },
    )
    if parsed is None:
        raise InvalidInput(f"cannot read {raw!r} as a {what}; try 2026-12-03 or 'next friday'")
    return parsed.date()


def is_interactive() -> bool:
    return sys.stdin.isatty()
