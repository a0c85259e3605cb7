"""Settings: read once at start-up (never at import), passed down explicitly.

Precedence, lowest to highest: built-in default, `ONWARD_HOME/config.toml`, environment
(`ONWARD_*`). Every value remembers where it came from so `onward config show` can say.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

ENV_PREFIX = "ONWARD_"


class SettingsError(ValueError):
    """A setting has a value Onward cannot use; the message says which and why."""


@dataclass(frozen=True)
class SettingSpec:
    name: str
    default: str
    help: str
    secret: bool = False


# One declarative table: the docs test checks every row is documented.
SETTINGS_TABLE: tuple[SettingSpec, ...] = (
    SettingSpec("database_url", "", "SQLAlchemy URL; empty means SQLite in the data dir"),
    SettingSpec("client", "", "Client profile the CLI acts for; empty means the home profile"),
    SettingSpec("default_country", "", "Country (ISO code) offered for a new profile"),
    SettingSpec("default_timezone", "UTC", "Time zone offered for a new profile"),
    SettingSpec("default_language", "en", "Language for a new profile"),
    SettingSpec("voice", "builtin", "Coach voice: builtin (offline) or llm"),
    SettingSpec("llm_base_url", "", "OpenAI-compatible endpoint, e.g. http://localhost:11434/v1"),
    SettingSpec("llm_model", "", "Model name at the LLM endpoint"),
    SettingSpec("llm_api_key", "", "API key for a hosted endpoint", secret=True),
    SettingSpec("llm_timeout_s", "20", "Seconds before the LLM voice falls back to built-in"),
    SettingSpec("smtp_host", "", "Mail server for reminders; empty disables email"),
    SettingSpec("smtp_port", "587", "Mail server port"),
    SettingSpec("smtp_tls", "starttls", "starttls, ssl or none"),
    SettingSpec("smtp_username", "", "Mail server user"),
    SettingSpec("smtp_password", "", "Mail server password", secret=True),
    SettingSpec("smtp_from", "", "Sender address for reminders"),
)


@dataclass(frozen=True)
class Settings:
    home: Path
    database_url: str
    client: str
    default_country: str
    default_timezone: str
    default_language: str
    voice: str
    llm_base_url: str
    llm_model: str
    llm_api_key: str
    llm_timeout_s: float
    smtp_host: str
    smtp_port: int
    smtp_tls: str
    smtp_username: str
    smtp_password: str
    smtp_from: str
    sources: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        raw = self.database_url.split("///", 1)[-1]
        return Path(raw) if raw and raw != ":memory:" else None

    def shown(self) -> list[tuple[str, str, str]]:
        """(name, value, source) rows with secrets masked, for `onward config show`."""
        rows = [("home", str(self.home), self.sources.get("home", "default"))]
        secret = {s.name for s in SETTINGS_TABLE if s.secret}
        for f in fields(self):
            if f.name in ("home", "sources"):
                continue
            value = str(getattr(self, f.name))
            if f.name in secret and value:
                value = "********"
            rows.append((f.name, value, self.sources.get(f.name, "default")))
        return rows


def default_home() -> Path:
    return Path(platformdirs.user_data_dir("onward", appauthor=False))


def load_settings(
    env: Mapping[str, str] | None = None, home: Path | None = None, **overrides: str
) -> Settings:
    env = os.environ if env is None else env
    sources: dict[str, str] = {}
    if home is not None:
        sources["home"] = "command line"
    elif env.get(ENV_PREFIX + "HOME"):
        home = Path(env[ENV_PREFIX + "HOME"]).expanduser()
        sources["home"] = "env ONWARD_HOME"
    else:
        home = default_home()
    config_file = home / "config.toml"
    file_values = _read_config_file(config_file)

    raw: dict[str, str] = {}
    for spec in SETTINGS_TABLE:
        raw[spec.name] = spec.default
        if spec.name in file_values:
            raw[spec.name] = str(file_values[spec.name])
            sources[spec.name] = f"file {config_file}"
        env_name = ENV_PREFIX + spec.name.upper()
        if env.get(env_name) is not None:
            raw[spec.name] = env[env_name]
            sources[spec.name] = f"env {env_name}"
        if overrides.get(spec.name) is not None:
            raw[spec.name] = overrides[spec.name]
            sources[spec.name] = "command line"
    unknown = sorted(set(file_values) - {s.name for s in SETTINGS_TABLE})
    if unknown:
        raise SettingsError(f"{config_file}: unknown setting(s): {', '.join(unknown)}")
    if not raw["database_url"]:
        raw["database_url"] = f"sqlite:///{home / 'onward.db'}"
    return Settings(
        home=home,
        database_url=raw["database_url"],
        client=raw["client"],
        default_country=raw["default_country"],
        default_timezone=raw["default_timezone"],
        default_language=raw["default_language"],
        voice=_choice("voice", raw["voice"], ("builtin", "llm")),
        llm_base_url=raw["llm_base_url"],
        llm_model=raw["llm_model"],
        llm_api_key=raw["llm_api_key"],
        llm_timeout_s=_number("llm_timeout_s", raw["llm_timeout_s"], float),
        smtp_host=raw["smtp_host"],
        smtp_port=int(_number("smtp_port", raw["smtp_port"], int)),
        smtp_tls=_choice("smtp_tls", raw["smtp_tls"], ("starttls", "ssl", "none")),
        smtp_username=raw["smtp_username"],
        smtp_password=raw["smtp_password"],
        smtp_from=raw["smtp_from"],
        sources=sources,
    )


def _read_config_file(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise SettingsError(f"cannot read {path}: {exc}") from exc


def _choice(name: str, value: str, allowed: tuple[str, ...]) -> str:
    value = value.strip().lower()
    if value not in allowed:
        raise SettingsError(f"setting {name} must be one of {', '.join(allowed)}, not {value!r}")
    return value


def _number(name: str, value: str, kind: type) -> float:
    try:
        number = float(kind(value))
    except ValueError as exc:
        raise SettingsError(f"setting {name} must be a number, not {value!r}") from exc
    if number <= 0:
        raise SettingsError(f"setting {name} must be positive, not {value!r}")
    return number
