"""Dataclasses to JSON and back, driven by their type hints (for export and import)."""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date, datetime
from typing import Any, TypeVar, Union

from onward.domain.errors import InvalidInput

T = TypeVar("T")


def to_json(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_json(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    if isinstance(obj, dict):
        return {str(k): to_json(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [to_json(v) for v in obj]
    return obj


def from_json(cls: type[T], data: Any, where: str = "") -> T:
    return typing.cast(T, _decode(cls, data, where or cls.__name__))


def _decode(tp: Any, data: Any, where: str) -> Any:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (Union, types.UnionType):
        if data is None and type(None) in args:
            return None
        inner = [a for a in args if a is not type(None)]
        return _decode(inner[0], data, where)
    if dataclasses.is_dataclass(tp):
        if not isinstance(data, dict):
            raise InvalidInput(f"{where}: expected an object")
        hints = typing.get_type_hints(tp)
        kwargs = {}
        for f in dataclasses.fields(tp):
            if f.name in data:
                kwargs[f.name] = _decode(hints[f.name], data[f.name], f"{where}.{f.name}")
        try:
            return tp(**kwargs)  # type: ignore[operator]
        except (TypeError, ValueError) as exc:
            raise InvalidInput(f"{where}: {exc}") from exc
    if origin in (list, tuple):
        if not isinstance(data, list):
            raise InvalidInput(f"{where}: expected a list")
        items = [_decode(args[0], v, f"{where}[{i}]") for i, v in enumerate(data)]
        return items if origin is list else tuple(items)
    if origin is dict:
        if not isinstance(data, dict):
            raise InvalidInput(f"{where}: expected an object")
        key_type = args[0] if args else str
        value_type = args[1] if len(args) > 1 else Any
        return {
            _key(key_type, k, where): _decode(value_type, v, f"{where}.{k}")
            for k, v in data.items()
        }
    if tp is datetime or tp is date:
        if not isinstance(data, str):
            raise InvalidInput(f"{where}: expected an ISO date")
        try:
            return tp.fromisoformat(data)
        except ValueError as exc:
            raise InvalidInput(f"{where}: {data!r} is not a valid date") from exc
    if tp is Any or tp is object:
        return data
    if tp is float and isinstance(data, int | float) and not isinstance(data, bool):
        return float(data)
    if tp in (str, int, bool) and type(data) is tp:
        return data
    raise InvalidInput(f"{where}: expected {getattr(tp, '__name__', tp)}, got {data!r:.40}")


def _key(tp: Any, key: str, where: str) -> Any:
    if tp is int:
        try:
            return int(key)
        except ValueError as exc:
            raise InvalidInput(f"{where}: key {key!r} is not a number") from exc
    return key
