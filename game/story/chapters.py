"""The chapters: assets/story/chapters.json, one entry per chapter the story can begin.

    {"mara_day": {"title": "Mara's Friday", "protagonist": "mara"},
     "merge": {"title": "The Merge", "protagonist": "mara"}}

The story begins a chapter with `~ begin_chapter("mara_day")`. The game then records it in
the playthrough (saves and the load menu show its title), makes `protagonist` the one who
plays the maps without a party of their own (at once, if the chapter begins on such a map;
on a party map the player keeps whoever they chose), and autosaves. A new chapter is a new
entry here, its maps and its Ink: no new code. The story lint reports a `begin_chapter`
whose name is not in this table.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from game.story.tables import read_table_text, table_entries
from game.world.puzzle.party import ORDER

log = logging.getLogger(__name__)

CHAPTERS_FILE = Path(__file__).resolve().parents[2] / "assets" / "story" / "chapters.json"
BEGIN_FUNCTION = "begin_chapter"
"""The EXTERNAL function whose literal argument names a chapter."""
MAX_TITLE_CHARS = 20
"""A chapter title fits on a load-menu row beside the place's title."""


class ChaptersError(ValueError):
    """A chapter table that cannot be used; the message says which entry and why."""


@dataclass(frozen=True)
class Chapter:
    """One entry of the table."""

    name: str
    title: str
    protagonist: str


def parse_chapters(text: str) -> Mapping[str, Chapter]:
    """Read the table from JSON text; raises ChaptersError saying what is wrong."""
    example = '{"mara_day": {"title": "Mara\'s Friday", "protagonist": "mara"}}'
    chapters: dict[str, Chapter] = {}
    for name, entry in table_entries(text, "chapter", example, ChaptersError):
        if not isinstance(entry, dict) or set(entry) != {"title", "protagonist"}:
            raise ChaptersError(f'chapter \'{name}\': expected {{"title": ..., "protagonist": ...}}')
        title, protagonist = entry["title"], entry["protagonist"]
        if not isinstance(title, str) or not title.strip() or len(title) > MAX_TITLE_CHARS or not title.isprintable():
            limit = f"at most {MAX_TITLE_CHARS} characters"
            raise ChaptersError(f"chapter '{name}': title should be a line of text of {limit}")
        if protagonist not in ORDER:
            raise ChaptersError(f"chapter '{name}': protagonist {protagonist!r} is not one of {', '.join(ORDER)}")
        chapters[name] = Chapter(name, title, protagonist)
    return MappingProxyType(chapters)


def load_chapters(path: Path = CHAPTERS_FILE) -> Mapping[str, Chapter]:
    """Read the table from a file; raises ChaptersError saying what is wrong."""
    text = read_table_text(path, ChaptersError)
    return parse_chapters(text)


@functools.cache
def game_chapters() -> Mapping[str, Chapter]:
    """The game's own table, read once. A broken file must not stop the game (the validator
    reports it): chapters are then recorded by name, and nobody changes who is playing."""
    try:
        return load_chapters()
    except ChaptersError as error:
        log.warning("%s: %s; chapters are recorded by name only", CHAPTERS_FILE, error)
        return MappingProxyType({})


def chapter_title(name: str | None) -> str | None:
    """The title the load menu shows for a chapter name; None for none, the name itself
    (spaced) for a chapter not in the table."""
    if not name:
        return None
    chapter = game_chapters().get(name)
    return chapter.title if chapter is not None else name.replace("_", " ")
