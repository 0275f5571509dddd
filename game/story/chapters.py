"""The chapters: assets/story/chapters.json, one entry per chapter the story can begin.

    {"mara_day": {"title": "Mara's Friday", "protagonist": "mara"},
     "merge": {"title": "The Merge", "protagonist": "mara"}}

The story begins a chapter with `~ begin_chapter("mara_day")`. The game then records it in
the playthrough (saves and the load menu show its title), makes `protagonist` the one who
plays the maps without a party of their own (at once, if the chapter begins on such a map;
on a party map the player keeps whoever they chose), and autosaves. A new chapter is a new
entry here, its maps and its Ink: no new code. The story lint reports a `begin_chapter`
whose name is not in this table.

A chapter that another follows names it as `next`, and a chapter may have a `card`, the Ink
knot whose lines show full-screen before it begins:

    "mara_dream": {..., "next": "jonas_day"},
    "jonas_day": {..., "card": "jonas_card",
                  "begins": {"map": "jonas_loft", "spawn": "start", "knot": "jonas_day.morning"}}

A chapter started on its own (--chapter NAME, a route's `chapter NAME`) opens a new game's
story, with the variables the chapters before it would have left written as `given`:

    "showcase": {..., "given": {"day_done": true, "dreamt": true}}

When the story says `# next_chapter` (game/story/tags.py), the game shows the next chapter's
card, opens its `begins` map at the spawn with its protagonist playing, records the chapter,
plays the knot and autosaves once the player has control. So a chapter slots in between two
others by changing the `next` of the one before it.

A chapter may list its steps, for the pause menu's "what now" line and the journal:

    "steps": [{"goal": "Get to Halcyon before nine.",
               "done": "went_to_office",
               "journal": "Mara made it to Halcyon."}]

`done` is a condition on the story's variables (game/story/conditions.py). The pause menu
shows the goal of the first step not done; the journal lists the `journal` line of every
step done, in order. The validator checks that each condition names Ink variables.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from game.content.names import did_you_mean
from game.content.problems import Problem
from game.story.conditions import Condition, ConditionError, parse
from game.story.tables import read_table_text, table_entries
from game.world.puzzle.party import ORDER

log = logging.getLogger(__name__)

CHAPTERS_FILE = Path(__file__).resolve().parents[2] / "assets" / "story" / "chapters.json"
BEGIN_FUNCTION = "begin_chapter"
"""The EXTERNAL function whose literal argument names a chapter."""
MAX_TITLE_CHARS = 20
"""A chapter title fits on a load-menu row beside the place's title."""
MAX_GOAL_CHARS = 60
"""A goal is one short line under the pause menu."""
MAX_JOURNAL_CHARS = 140
"""A journal entry is two lines at most."""
STEP_KEYS = {"goal", "done", "journal"}
BEGINS_KEYS = {"map", "spawn", "knot"}
ENTRY_KEYS = {"title", "protagonist", "steps", "begins", "next", "card", "given"}


class ChaptersError(ValueError):
    """A chapter table that cannot be used; the message says which entry and why."""


@dataclass(frozen=True)
class Step:
    """One step of a chapter: what to do while `done` is false, and how the journal tells it
    once it is true."""

    goal: str
    done: Condition
    journal: str


@dataclass(frozen=True)
class Begins:
    """Where a chapter begins when it is started on its own (a route's `chapter` line, the
    game's --chapter): a map, a spawn on it, and the knot to play there ("" for none: the
    map's own arrival triggers speak)."""

    map: str
    spawn: str
    knot: str = ""


@dataclass(frozen=True)
class Chapter:
    """One entry of the table."""

    name: str
    title: str
    protagonist: str
    steps: tuple[Step, ...] = ()
    begins: Begins | None = None
    next: str = ""
    """The chapter that follows when the story says `# next_chapter` ("" for none)."""
    given: Mapping[str, bool | int | float | str] = field(default_factory=lambda: MappingProxyType({}))
    """The story's variables as the chapters before leave them, set in a new game's story
    when this chapter is started on its own (--chapter, a route's `chapter` line)."""
    card: str = ""
    """The knot whose lines are this chapter's full-screen card, shown before it begins when
    the chapter before it ends ("" for none)."""


@dataclass(frozen=True)
class Progress:
    """Where the player stands in a chapter: the goal now (None once every step is done)
    and the journal so far."""

    chapter: Chapter
    goal: str | None
    journal: tuple[str, ...]


def progress(chapter: Chapter, value: Callable[[str], Any]) -> Progress:
    """The chapter's progress with the story's variables read by `value`. A condition that
    cannot be answered (the validator reports it) counts as not done."""
    done: list[bool] = []
    for step in chapter.steps:
        try:
            done.append(bool(step.done(value)))
        except (ConditionError, ValueError, TypeError, KeyError):
            done.append(False)
    goal = next((step.goal for step, is_done in zip(chapter.steps, done, strict=True) if not is_done), None)
    journal = tuple(step.journal for step, is_done in zip(chapter.steps, done, strict=True) if is_done)
    return Progress(chapter, goal, journal)


def _text(value: object, limit: int) -> bool:
    return isinstance(value, str) and bool(value.strip()) and len(value) <= limit and value.isprintable()


def _begins(name: str, raw: object) -> Begins:
    example = '{"map": "mara_flat", "spawn": "start", "knot": "mara_morning"}'
    if not isinstance(raw, dict) or not {"map", "spawn"} <= set(raw) <= BEGINS_KEYS:
        raise ChaptersError(f"chapter '{name}': begins should be like {example}")
    values = [raw.get(key, "") for key in ("map", "spawn", "knot")]
    if not all(isinstance(value, str) and value.isprintable() and len(value) <= MAX_GOAL_CHARS for value in values):
        raise ChaptersError(f"chapter '{name}': begins names a map, a spawn and a knot as text, like {example}")
    return Begins(*values)


def _steps(name: str, raw: object) -> tuple[Step, ...]:
    if not isinstance(raw, list):
        raise ChaptersError(f'chapter \'{name}\': steps should be a list of {{"goal", "done", "journal"}}')
    steps: list[Step] = []
    for n, entry in enumerate(raw, start=1):
        where = f"chapter '{name}' step {n}"
        if not isinstance(entry, dict) or set(entry) != STEP_KEYS:
            raise ChaptersError(f'{where}: expected {{"goal": ..., "done": ..., "journal": ...}}')
        if not _text(entry["goal"], MAX_GOAL_CHARS):
            raise ChaptersError(f"{where}: goal should be a line of text of at most {MAX_GOAL_CHARS} characters")
        if not _text(entry["journal"], MAX_JOURNAL_CHARS):
            raise ChaptersError(f"{where}: journal should be text of at most {MAX_JOURNAL_CHARS} characters")
        if not isinstance(entry["done"], str):
            raise ChaptersError(f"{where}: done should be a condition on Ink variables, as text")
        try:
            done = parse(entry["done"])
        except ConditionError as exc:
            raise ChaptersError(f"{where}: done: {exc}") from None
        steps.append(Step(entry["goal"], done, entry["journal"]))
    return tuple(steps)


def parse_chapters(text: str) -> Mapping[str, Chapter]:
    """Read the table from JSON text; raises ChaptersError saying what is wrong."""
    example = '{"mara_day": {"title": "Mara\'s Friday", "protagonist": "mara"}}'
    chapters: dict[str, Chapter] = {}
    for name, entry in table_entries(text, "chapter", example, ChaptersError):
        if not isinstance(entry, dict) or not {"title", "protagonist"} <= set(entry) <= ENTRY_KEYS:
            raise ChaptersError(f'chapter \'{name}\': expected {{"title": ..., "protagonist": ..., "steps": [...]}}')
        title, protagonist = entry["title"], entry["protagonist"]
        if not isinstance(title, str) or not title.strip() or len(title) > MAX_TITLE_CHARS or not title.isprintable():
            limit = f"at most {MAX_TITLE_CHARS} characters"
            raise ChaptersError(f"chapter '{name}': title should be a line of text of {limit}")
        if protagonist not in ORDER:
            raise ChaptersError(f"chapter '{name}': protagonist {protagonist!r} is not one of {', '.join(ORDER)}")
        steps = _steps(name, entry["steps"]) if "steps" in entry else ()
        begins = _begins(name, entry["begins"]) if "begins" in entry else None
        following, card = (_name_of(name, key, entry.get(key, "")) for key in ("next", "card"))
        given = _given(name, entry.get("given", {}))
        chapters[name] = Chapter(name, title, protagonist, steps, begins, following, given, card)
    for chapter in chapters.values():
        if chapter.next and chapter.next not in chapters:
            hint = did_you_mean(chapter.next, chapters)
            raise ChaptersError(f"chapter '{chapter.name}': next names '{chapter.next}', not a chapter here{hint}")
        if chapter.next and chapters[chapter.next].begins is None:
            raise ChaptersError(f"chapter '{chapter.name}': next is '{chapter.next}', which has no 'begins'")
    return MappingProxyType(chapters)


def _given(name: str, raw: object) -> Mapping[str, bool | int | float | str]:
    """`given`: Ink variable names and the plain values (true, 2, "text") they hold."""
    if not isinstance(raw, dict) or not all(
        isinstance(key, str) and key.isidentifier() and isinstance(value, bool | int | float | str)
        for key, value in raw.items()
    ):
        raise ChaptersError(f'chapter \'{name}\': given should be like {{"day_done": true, "pod_hours": 2}}')
    return MappingProxyType(dict(raw))


def _name_of(name: str, key: str, value: object) -> str:
    """A `next` chapter or `card` knot: one name, with dots for a stitch (mara_day, prologue.card)."""
    if not isinstance(value, str) or (value and not all(part.isidentifier() for part in value.split("."))):
        raise ChaptersError(f"chapter '{name}': {key} should be a name like \"jonas_day\", got {value!r}")
    return value


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


def step_problems(
    chapters: Mapping[str, Chapter], declared: Collection[str], path: Path = CHAPTERS_FILE
) -> list[Problem]:
    """Each chapter step whose `done`, and each `given`, names something that is not an Ink
    variable of the story (`declared`), with the nearest one it may have meant."""
    problems: list[Problem] = []
    for chapter in chapters.values():
        unknown_given = [f"{name}{did_you_mean(name, declared)}" for name in chapter.given if name not in declared]
        if unknown_given:
            where = f"chapter '{chapter.name}' given"
            problems.append(Problem(str(path), where, f"names {', '.join(unknown_given)}, not Ink variables"))
        for n, step in enumerate(chapter.steps, start=1):
            unknown = [
                f"{name}{did_you_mean(name, declared)}" for name in sorted(step.done.names()) if name not in declared
            ]
            if unknown:
                where = f"chapter '{chapter.name}' step {n}"
                problems.append(Problem(str(path), where, f"done names {', '.join(unknown)}, not Ink variables"))
    return problems
