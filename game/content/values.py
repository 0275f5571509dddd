"""Reading numbers, flags and colours from Tiled XML text without ever raising.

pytmx converts attribute and property text with bare `int()`, `float()` and its own
`convert_to_bool`, and a value they cannot read becomes a traceback. Every reader here
accepts a subset of what pytmx accepts (so whatever passes also converts there), returns
None for text that does not parse, and refuses infinities and NaN, which pytmx would read
and the loader's arithmetic (`math.floor`, `range`) would then choke on.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Collection
from typing import Any

import pytmx

INT32_MIN = -(2**31)
INT32_MAX = 2**31 - 1
UINT32_MAX = 2**32 - 1
"""Tiled stores ids, gids and integer attributes in 32 bits; anything beyond is hostile."""

_WHOLE = re.compile(r"\s*[+-]?[0-9]+\s*")
_MAX_DIGITS = 20
"""Longer digit strings are out of any range we accept; Python refuses to convert more
than 4300 digits at all, so they are never handed to `int()`."""
_HUGE: int = 10**_MAX_DIGITS
"""What such a digit string reads as: beyond every range checked."""
_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{2})?[0-9a-fA-F]{6}")
"""How Tiled writes colours: `#rrggbb` or `#aarrggbb`."""
_HEX_COLOUR = re.compile(r"[0-9a-fA-F]{6}(?:[0-9a-fA-F]{2})?")
"""An image's transparent colour (`trans="ff00ff"`): pygame reads it as `#` + the text."""
_BOOL_STARTS = frozenset("1yt-0nf")
"""The first letters pytmx's `convert_to_bool` accepts (true, yes, 1 / false, no, 0, -)."""


def whole(text: str | None) -> int | None:
    """The whole number `text` spells (surrounding spaces allowed), or None."""
    if text is None or _WHOLE.fullmatch(text) is None:
        return None
    digits = text.strip().lstrip("+-")
    if len(digits.lstrip("0")) > _MAX_DIGITS:
        return -_HUGE if text.strip().startswith("-") else _HUGE
    return int(text)


def finite(text: str | None) -> float | None:
    """The finite number `text` spells, or None (for text, NaN and infinities)."""
    if text is None:
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def is_bool(text: str | None) -> bool:
    """Whether pytmx's `convert_to_bool` reads `text` (a missing value reads as false)."""
    stripped = str(text).strip()
    return not stripped or stripped[0].lower() in _BOOL_STARTS


def is_colour(text: str | None) -> bool:
    """Whether `text` is a Tiled colour (`#rrggbb`, `#aarrggbb`) or empty (no colour)."""
    return not text or _COLOUR.fullmatch(text) is not None


def is_hex_colour(text: str | None) -> bool:
    """Whether `text` is an image's transparent colour as pygame reads it (`ff00ff`)."""
    return text is not None and _HEX_COLOUR.fullmatch(text) is not None


def int_problem(text: str | None, low: int = INT32_MIN, high: int = UINT32_MAX) -> str | None:
    """Why `text` is not a whole number from `low` to `high`, or None."""
    value = whole(text)
    if value is None:
        return f"is {text!r}, not a whole number" if text is not None else "is missing"
    if not low <= value <= high:
        return f"is {str(text).strip()}, out of range ({low} to {high})"
    return None


def float_problem(text: str | None) -> str | None:
    """Why `text` is not a finite number, or None."""
    if text is None:
        return "is missing"
    if finite(text) is None:
        return f"is {text!r}, not a finite number"
    return None


def _converter_problem(convert: Callable[[str], Any], text: str) -> str | None:
    """Why pytmx's converter `convert` (from its attribute table) would fail on `text`."""
    if convert is int:
        return int_problem(text)
    if convert is float:
        return float_problem(text)
    if convert is pytmx.pytmx.convert_to_bool:
        return None if is_bool(text) else f"is {text!r}, not true or false"
    return None


TILED_TYPED: dict[str, Callable[[str], str | None]] = {
    "parallaxx": float_problem,
    "parallaxy": float_problem,
    "parallaxoriginx": float_problem,
    "parallaxoriginy": float_problem,
    "tintcolor": lambda text: None if is_colour(text) else f"is {text!r}, not a colour like #ff8040",
    "backgroundcolor": lambda text: None if is_colour(text) else f"is {text!r}, not a colour like #ff8040",
}
"""Attributes pytmx keeps as text but Tiled defines as numbers or colours: checked too, so
that nothing downstream (pyscroll, a later pytmx) meets a value Tiled would never write."""


def attribute_problems(element: ET.Element, skip: Collection[str] = ()) -> list[str]:
    """Messages for every attribute of `element` that pytmx converts (its `types` table:
    int, float or bool) or Tiled types, whose text does not convert, such as "y is 'nan',
    not a finite number". Attributes in `skip` have checks (and messages) of their own."""
    table = pytmx.pytmx.types
    problems = []
    for key, text in element.attrib.items():
        if key in skip:
            message = None
        elif key in TILED_TYPED:
            message = TILED_TYPED[key](text)
        elif key in table:
            message = _converter_problem(table[key], text)
        else:
            message = None
        if message is not None:
            problems.append(f"{key} {message}")
    return problems
