"""Near misses: the one helper every check uses to suggest the name a typo meant."""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterable


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """` (did you mean 'x'?)` for the closest of `candidates` to `word`, or nothing."""
    close = difflib.get_close_matches(word, sorted(set(candidates)), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def stems(folder: str, suffix: str) -> list[str]:
    """The names of the `suffix` files in `folder` (none if it cannot be listed)."""
    try:
        return [name[: -len(suffix)] for name in os.listdir(folder) if name.endswith(suffix)]
    except OSError:
        return []
