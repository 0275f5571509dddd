"""Where names that come from data may lead: only inside the game's own folders.

A map name in a save, a door's `target_map`, a `warp:` tag, a sound, a music track, a
sprite sheet or a portrait is a *name*, not a path: letters, digits, `_` and `-` in one or
more `/`-separated parts, never `..`, never absolute. `resolve` turns a checked name into a
file inside one root folder and makes sure (symlinks followed) that it stays there; files a
map refers to by relative path (tilesets, templates, images) must likewise resolve inside
an allowed root (`inside`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable

_PART = r"[A-Za-z0-9_][A-Za-z0-9_-]*"
NAME = re.compile(_PART)
"""One name without folders: a sound, a music track, a sprite sheet, a portrait."""
NESTED_NAME = re.compile(rf"{_PART}(?:/{_PART})*")
"""A name that may sit in a subfolder: a map such as `samples/dream_mara`."""
MAX_NAME_CHARS = 120

GAME_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MAPS_DIR = os.path.join(GAME_ROOT, "maps")
ASSETS_DIR = os.path.join(GAME_ROOT, "assets")
"""The game's own folders: every name from data resolves inside one of them."""


class NameError_(ValueError):  # noqa: N801 - NameError is a builtin
    """A name from data that is not a plain name, or leads outside the game's folders."""


def name_problem(name: object, what: str, *, nested: bool = False) -> str | None:
    """Why `name` cannot name a `what` (a sentence), or None if it is a plain name."""
    if not isinstance(name, str):
        return f"{what} name should be text, not {type(name).__name__}"
    if not name:
        return f"{what} name is empty"
    if len(name) > MAX_NAME_CHARS:
        return f"{what} name is {len(name)} characters long (at most {MAX_NAME_CHARS})"
    pattern = NESTED_NAME if nested else NAME
    if pattern.fullmatch(name) is None:
        allowed = "letters, digits, _ and -" + (" in /-separated parts" if nested else "")
        return f"{what} name {name!r} is not a plain name ({allowed}; no '..', no folders outside the game)"
    return None


def inside(path: str | os.PathLike[str], roots: Iterable[str | os.PathLike[str]]) -> bool:
    """Whether `path`, with symlinks followed, lies inside one of `roots`."""
    real = os.path.realpath(path)
    for root in roots:
        top = os.path.realpath(root)
        if real == top or real.startswith(top.rstrip(os.sep) + os.sep):
            return True
    return False


def resolve(root: str | os.PathLike[str], name: str, suffix: str, what: str, *, nested: bool = False) -> str:
    """The file `root/name + suffix`. Raises NameError_ (a readable sentence) if `name` is
    not a plain name or the file would lie outside `root`. The file need not exist."""
    problem = name_problem(name, what, nested=nested)
    if problem is not None:
        raise NameError_(problem)
    path = os.path.join(os.fspath(root), *name.split("/")) + suffix
    if not inside(path, [root]):
        raise NameError_(f"{what} {name!r} leads outside {os.fspath(root)}")
    return path
