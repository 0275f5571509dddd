"""Reading the story's small JSON tables (speakers.json, chapters.json): an object whose
keys are plain names and whose values are entries. Each table checks its own entries; this
reads the file, parses it and checks the names, raising the table's own error class."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from game.content.paths import name_problem


def read_table_text(path: Path, error: type[ValueError]) -> str:
    """The file's text; `error` saying why it cannot be read."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise error(f"cannot be read ({getattr(exc, 'strerror', None) or exc})") from None


def table_entries(text: str, kind: str, example: str, error: type[ValueError]) -> list[tuple[str, Any]]:
    """The (name, entry) pairs of a table's JSON text, every name a plain one (`kind` names
    them in messages: "speaker", "chapter"); `error` saying what is wrong."""
    try:
        data: Any = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise error(f"not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise error(f"expected a JSON object of {kind}s, e.g. {example}")
    for name in data:
        problem = name_problem(name, kind)
        if problem is not None:
            raise error(problem)
    return list(data.items())
