"""Reading saved state back from plain JSON values, strictly.

A save can be edited by hand, cut short or come from another version, so nothing in it is
trusted: each reader checks the exact JSON type (a bool is not a number, a float is not a
whole number) and the range, and a `StateError` names where the bad value sits
(`world.puzzle.members[1].cell`), so the load menu can say what is wrong in plain words.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from game.world.geometry import Cell, Direction

MAX_COORDINATE = 1 << 20
"""Far beyond any map; a bigger cell is nonsense, not a place."""
MAX_LIST = 100_000
"""No saved list is anywhere near this long."""
MAX_TEXT = 200


class StateError(ValueError):
    """Saved state that cannot be used as it is; the message says where and why."""


def _what(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    return {int: "a whole number", float: "a number", str: "text", list: "a list", dict: "an object"}.get(
        type(value), type(value).__name__
    )


def need(raw: dict[str, Any], key: str, where: str) -> Any:
    """`raw[key]`, or a StateError saying it is missing."""
    if key not in raw:
        raise StateError(f"{where}.{key} is missing")
    return raw[key]


def need_dict(value: Any, where: str) -> dict[str, Any]:
    if type(value) is not dict:
        raise StateError(f"{where} should be an object, not {_what(value)}")
    return value


def need_list(value: Any, where: str, max_len: int = MAX_LIST) -> list[Any]:
    if type(value) is not list:
        raise StateError(f"{where} should be a list, not {_what(value)}")
    if len(value) > max_len:
        raise StateError(f"{where} has {len(value)} entries; at most {max_len} make sense")
    return value


def need_bool(value: Any, where: str) -> bool:
    if type(value) is not bool:
        raise StateError(f"{where} should be true or false, not {_what(value)}")
    return value


def need_int(value: Any, where: str, low: int, high: int) -> int:
    if type(value) is not int:
        raise StateError(f"{where} should be a whole number, not {_what(value)}")
    if not low <= value <= high:
        raise StateError(f"{where} is {value}, outside {low}..{high}")
    return value


def need_str(value: Any, where: str, choices: Collection[str] | None = None, max_len: int = MAX_TEXT) -> str:
    if type(value) is not str:
        raise StateError(f"{where} should be text, not {_what(value)}")
    if len(value) > max_len:
        raise StateError(f"{where} is {len(value)} characters long; at most {max_len}")
    if choices is not None and value not in choices:
        raise StateError(f"{where} is {value[:40]!r}, not one of {', '.join(sorted(choices))}")
    return value


def need_cell(value: Any, where: str) -> Cell:
    pair = need_list(value, where, 2)
    if len(pair) != 2:
        raise StateError(f"{where} should be a cell [column, row], not {len(pair)} numbers")
    x = need_int(pair[0], f"{where}[0]", -MAX_COORDINATE, MAX_COORDINATE)
    y = need_int(pair[1], f"{where}[1]", -MAX_COORDINATE, MAX_COORDINATE)
    return x, y


def need_facing(value: Any, where: str) -> Direction:
    return Direction(need_str(value, where, [d.value for d in Direction]))
