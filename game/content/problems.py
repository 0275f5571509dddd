"""Problems found in content, reported as `path: where: message`."""

from __future__ import annotations

import os
from dataclasses import dataclass


def display_path(path: str | os.PathLike[str]) -> str:
    """`path` relative to the working directory when it lies below it, else as given."""
    text = os.fspath(path)
    try:
        rel = os.path.relpath(text)
    except ValueError:
        return text
    return text if rel.startswith("..") else rel


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a content file. `where` is e.g. "object 7 (front_door)",
    "map", "layer 'ground'" or "tileset 'waking'"."""

    path: str
    where: str
    message: str

    def __str__(self) -> str:
        return f"{display_path(self.path)}: {self.where}: {self.message}"


def object_label(obj_id: object, name: str | None) -> str:
    """How a problem names a Tiled object: `object 7 (front_door)` or `object 7`."""
    return f"object {obj_id} ({name})" if name else f"object {obj_id}"


class ContentError(Exception):
    """Content that cannot be used. Carries every problem found, one per line."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems
