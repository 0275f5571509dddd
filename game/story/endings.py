"""The game's endings as data (assets/story/endings.json): each one's title and the line the
title screen's Endings page shows once the player has reached it. The story names the ending
it reaches in its `ending` variable (main.ink, decide_ending); the game records that name in
the player's record (game.seen) when the end card closes."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from game.story.tables import read_table_text, table_entries

log = logging.getLogger(__name__)

ENDINGS_FILE = Path(__file__).resolve().parents[2] / "assets" / "story" / "endings.json"
MAX_TEXT_CHARS = 120
"""A title or line longer than this does not fit the Endings page."""


class EndingsError(ValueError):
    """assets/story/endings.json cannot be used; the message names the ending."""


@dataclass(frozen=True)
class Ending:
    name: str
    title: str
    line: str


def parse_endings(text: str) -> Mapping[str, Ending]:
    """The endings table from its JSON text, in the file's order; EndingsError names what is wrong."""
    found: dict[str, Ending] = {}
    for name, entry in table_entries(text, "ending", '{"dawn": {"title": "Dawn", "line": "..."}}', EndingsError):
        found[name] = _ending(name, entry)
    if not found:
        raise EndingsError("the table lists no ending")
    return MappingProxyType(found)


def _ending(name: str, entry: Any) -> Ending:
    if not isinstance(entry, dict):
        raise EndingsError(f"ending '{name}': expected an object with 'title' and 'line'")
    unknown = sorted(set(entry) - {"title", "line"})
    if unknown:
        raise EndingsError(f"ending '{name}': unknown key {unknown[0]!r} (it has 'title' and 'line')")
    texts = []
    for key in ("title", "line"):
        value = entry.get(key)
        if not isinstance(value, str) or not value.strip() or len(value) > MAX_TEXT_CHARS:
            raise EndingsError(f"ending '{name}': '{key}' should be text of 1 to {MAX_TEXT_CHARS} characters")
        texts.append(value.strip())
    return Ending(name, texts[0], texts[1])


def load_endings(path: Path = ENDINGS_FILE) -> Mapping[str, Ending]:
    return parse_endings(read_table_text(path, EndingsError))


@cache
def game_endings() -> Mapping[str, Ending]:
    """The game's own table, read once; a broken file leaves the Endings page empty (the
    validator and the tests report it) rather than stopping the game."""
    try:
        return load_endings()
    except EndingsError as error:
        log.warning("%s: %s; the Endings page lists none", ENDINGS_FILE, error)
        return MappingProxyType({})
