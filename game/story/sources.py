"""The .ink sources behind a compiled story: which files went into it, and which file
defines each knot, so messages about the compiled JSON can name the file a writer edits."""

from __future__ import annotations

import re
from pathlib import Path

_INCLUDE = re.compile(r"^\s*INCLUDE\s+(.+?)\s*$", re.MULTILINE)
_KNOT_HEADER = re.compile(r"^\s*={2,}\s*(?:function\s+)?(\w+)", re.MULTILINE)


def _read(ink: Path) -> str:
    try:
        return ink.read_text(encoding="utf-8-sig", errors="replace")
    except OSError:
        return ""


def includes(ink: Path) -> list[Path]:
    """The files `ink` INCLUDEs (paths relative to the story folder, as Ink resolves them)."""
    return [ink.parent / name for name in _INCLUDE.findall(_read(ink))]


def sources_of(main: Path) -> list[Path]:
    """`main` and everything it INCLUDEs, directly or not, in a stable order."""
    seen: list[Path] = []
    pending = [main]
    while pending:
        ink = pending.pop(0).resolve()
        if ink in seen or not ink.exists():
            continue
        seen.append(ink)
        pending.extend(includes(ink))
    return seen


def knot_sources(compiled: Path) -> dict[str, str]:
    """Which .ink file defines each knot of the story compiled into `compiled`, as a path
    relative to its folder. The sources are `<name>.ink` beside `<name>.json` and what it
    INCLUDEs; without that file, every .ink in the folder (the first definition wins)."""
    directory = compiled.parent
    main = compiled.with_suffix(".ink")
    inks = sources_of(main) if main.is_file() else sorted(directory.glob("**/*.ink"))
    sources: dict[str, str] = {}
    for ink in inks:
        try:
            name = ink.resolve().relative_to(directory.resolve()).as_posix()
        except ValueError:
            name = ink.as_posix()
        for knot in _KNOT_HEADER.findall(_read(ink)):
            sources.setdefault(knot, name)
    return sources
