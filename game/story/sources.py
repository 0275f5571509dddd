"""The .ink sources behind a compiled story: which files went into it, which file defines
each knot (so messages about the compiled JSON can name the file a writer edits), and which
files in the game's story folder the game never plays because main.ink does not INCLUDE them."""

from __future__ import annotations

import re
from pathlib import Path

_INCLUDE = re.compile(r"^\s*INCLUDE\s+(.+?)\s*$", re.MULTILINE)
_KNOT_HEADER = re.compile(r"^\s*={2,}\s*(?:function\s+)?(\w+)", re.MULTILINE)

MAIN = "main.ink"
"""The story the game plays (compiled to main.json). A writer's new .ink file beside it is
part of the game only once main.ink INCLUDEs it, directly or through a file it includes;
otherwise the ink tool compiles it into a story of its own that nothing loads."""


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


def left_out(main: Path) -> list[tuple[Path, Path | None]]:
    """Every .ink file in `main`'s folder (or below it) that `main` does not reach by INCLUDE,
    each with the left-out file that includes it (None when none does), in path order."""
    if not main.is_file():
        return []
    reached = set(sources_of(main))
    others = [ink.resolve() for ink in sorted(main.parent.rglob("*.ink")) if ink.resolve() not in reached]
    included = {ink: {path.resolve() for path in includes(ink)} for ink in others}
    return [(ink, next((other for other in others if ink in included[other] and other != ink), None)) for ink in others]
