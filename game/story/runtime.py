"""The Ink runtime wrapper: runs a compiled Ink story (JSON) with `bink` and hands out lines.

Ink's variables are the one store of story state (flags, pod hours, bonds). The game reads
them with `get`/`variables`, is told about changes through `observe`, and changes them only
by running Ink: by starting a knot, through external functions Ink calls (`bind`), or, for
the debug and route tools, `set`. Nothing here keeps a copy of a story value.

`has_path` walks the compiled JSON's container tree (knots, their stitches and labels)
rather than asking bink: bink can only find out by jumping there, which moves the story.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, cast

import bink.story as bink_story  # type: ignore[import-untyped]

from game.story.sources import knot_sources as find_knot_sources
from game.story.tags import StageDirection, TagError, parse_directions, split_tag
from game.story.tree import find_container, iter_tags

InkValue = bool | int | float | str
"""What an Ink variable or external-function argument holds (Ink lists are not used)."""
Observer = Callable[[str, InkValue], None]
_T = TypeVar("_T")
__all__ = ["Choice", "InkValue", "Line", "Story", "StoryError", "find_container", "iter_tags"]
REBUILD = "rebuild it from the .ink sources with python -m game.tools.ink"


class StoryError(Exception):
    """The story cannot be loaded or was asked for something it does not have.

    When the story file itself is the trouble, `path` names it and the message does not
    (callers print `path: story: message`), and the message says what to do.
    """

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


@dataclass(frozen=True)
class Line:
    """One line of story output with its tags already sorted out."""

    text: str
    speaker: str | None
    mood: str | None
    tags: dict[str, str]
    raw_tags: list[str]
    directions: tuple[StageDirection, ...] = field(default=())
    path: str = ""
    """Where the line stands in the story: its knot, stitch and labels (`chamber.arrive`,
    `mara_morning.phone`), without Ink's numbered positions, so it stays the same when the
    lines around it change (the record of lines read keys on it)."""


@dataclass(frozen=True)
class Choice:
    """A choice on offer; pass `index` to `Story.choose`."""

    index: int
    text: str


_NUMBERED = re.compile(r"^(?:\d+|[cg]-\d+|s\d*|b|\$r\d*)$")
"""Parts of an Ink path the compiler numbers or generates (positions, choices, gathers)."""


def _readable_path(path: str) -> str:
    """`chamber.arrive.13` -> `chamber.arrive`; `mara_morning.0.phone.c-0.0` ->
    `mara_morning.phone`: the names a writer gave, in order."""
    return ".".join(part for part in path.split(".") if part and not _NUMBERED.match(part))


def _global_names(root: Any) -> list[str]:
    decl = find_container(root, "global decl") or []
    return [item["VAR="] for item in decl if isinstance(item, dict) and isinstance(item.get("VAR="), str)]


def _not_compiled_ink(data: Any) -> str | None:
    """Why parsed JSON is not a compiled Ink story bink can be handed, or None if it may be.
    bink rejects most malformed stories itself, but panics (and prints a Rust backtrace)
    on some, such as an empty root; these checks catch the shapes that are plainly wrong."""
    if not isinstance(data, dict):
        return f"it holds a JSON {_json_kind(data)}, not a compiled story"
    version = data.get("inkVersion")
    if isinstance(version, bool) or not isinstance(version, int):
        return "it has no inkVersion number"
    root = data.get("root")
    if not isinstance(root, list) or not root:
        return "its root is not a list of story content"
    if not isinstance(data.get("listDefs"), dict):
        return "it has no listDefs object"
    return None


def _json_error(error: Exception) -> str:
    if isinstance(error, json.JSONDecodeError):
        return f"{error.msg} at line {error.lineno}, column {error.colno}"
    if isinstance(error, RecursionError):
        return "nested too deeply"
    return str(error)


def _json_kind(value: Any) -> str:
    kinds = {list: "list", str: "string", bool: "true/false", int: "number", float: "number", type(None): "null"}
    return kinds.get(type(value), type(value).__name__)


def _same_kind(old: InkValue, new: InkValue) -> bool:
    """Whether `new` may replace `old` without changing what the variable means."""
    if isinstance(old, bool) or isinstance(new, bool) or isinstance(old, str) or isinstance(new, str):
        return type(old) is type(new)
    return True  # int and float may stand in for each other


INK_SEEDS = 100
"""Ink's story seeds are 0..99 (as Ink picks them itself)."""


@functools.lru_cache(maxsize=1)
def _parsed(json_text: str, name: str) -> dict[str, Any]:
    """The tree of a compiled story's JSON text (read only), or `StoryError` naming what is
    wrong. The last one is kept: a loaded save gets a fresh story from the same text."""
    try:
        tree: dict[str, Any] = json.loads(json_text)
    except (ValueError, RecursionError) as error:
        raise StoryError(f"the compiled story is not valid JSON ({_json_error(error)}); {REBUILD}", name) from None
    wrong = _not_compiled_ink(tree)
    if wrong is not None:
        raise StoryError(f"the file is not a compiled Ink story ({wrong}); {REBUILD}", name)
    return tree


class Story:
    """A running Ink story. Use `Story.load(path)`, then `start(knot)` and `step()` lines."""

    def __init__(
        self, json_text: str, name: str = "<story>", knot_sources: dict[str, str] | Path | None = None
    ) -> None:
        """Parse compiled Ink JSON. Raises `StoryError` (never anything else) for any text
        that is not a compiled story bink can run; `name` becomes the error's `path`."""
        self.name = name
        tree = _parsed(json_text, name)
        try:
            self._ink = bink_story.Story(json_text)
        except (ValueError, RuntimeError) as error:
            raise StoryError(f"the Ink runtime cannot read the compiled story ({error}); {REBUILD}", name) from None
        self._tree: dict[str, Any] = tree
        self._names = _global_names(self._tree.get("root"))
        self._sources_of: Path | None = knot_sources if isinstance(knot_sources, Path) else None
        """The compiled file whose .ink sources name each knot's file, read when first asked."""
        self._knot_sources: dict[str, str] = knot_sources if isinstance(knot_sources, dict) else {}
        self._observers: dict[str, list[Observer]] = {}
        self._callback_error: BaseException | None = None
        self._knot = ""
        # Unbound externals run their Ink fallback, so tests and tools need not bind them all.
        self._ink.set_allow_external_function_fallbacks(True)

    @classmethod
    def load(cls, path: str | Path) -> Story:
        """Load compiled Ink JSON. Raises `StoryError` whose `path` is the file and whose
        message says what is wrong with it and how to rebuild it."""
        path = Path(path)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise StoryError(f"the compiled story is missing; {REBUILD}", str(path)) from None
        except OSError as error:
            raise StoryError(f"the compiled story cannot be read ({error.strerror or error})", str(path)) from None
        if data.startswith(b"\xef\xbb\xbf"):
            raise StoryError(
                f"the compiled story starts with a byte-order mark, which the Ink runtime rejects; {REBUILD}", str(path)
            )
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise StoryError(
                f"the compiled story is not UTF-8 text (byte {error.start}); {REBUILD}", str(path)
            ) from None
        return cls(text, str(path), path)  # its knots' files are read only if an error needs them

    @property
    def knot_sources(self) -> dict[str, str]:
        """Which .ink file (relative to the story's folder) defines each knot."""
        return dict(self._sources())

    def _sources(self) -> dict[str, str]:
        if self._sources_of is not None:
            self._knot_sources, self._sources_of = find_knot_sources(self._sources_of), None
        return self._knot_sources

    @property
    def root(self) -> Any:
        """The compiled story's root container (read-only use: the story lint walks it)."""
        return self._tree.get("root")

    # -- flow ---------------------------------------------------------------------------
    def has_path(self, path: str) -> bool:
        """Whether the compiled story has a knot, `knot.stitch` or label at `path`."""
        return find_container(self._tree.get("root"), path) is not None

    def start(self, path: str) -> None:
        """Jump to a knot (or `knot.stitch`); whatever was pending is dropped."""
        if not self.has_path(path):
            raise StoryError(f"{self.name}: no knot or stitch {path!r} in the story")
        self._guard(self._ink.choose_path_string, path)
        self._knot = path.split(".")[0]

    def step(self) -> Line | None:
        """The next line, or None when the story waits for a choice or has ended.

        Blank lines are skipped unless they carry tags (a line of stage directions only).
        Raises `StoryError` naming the Ink file and knot for a malformed stage direction.
        """
        while self._ink.can_continue():
            self._note_knot()
            where = _readable_path(str(self._ink.get_current_path() or ""))
            text = self._guard(self._ink.cont).strip()
            raw_tags = [str(tag).strip() for tag in self._ink.get_current_tags()]
            self._note_knot()
            if text or raw_tags:
                return self._line(text, raw_tags, where)
        return None

    @property
    def choices(self) -> list[Choice]:
        """The choices on offer now (empty while there are lines to step through)."""
        return [Choice(index, str(text)) for index, text in enumerate(self._ink.get_current_choices())]

    def choose(self, index: int) -> None:
        """Take choice `index` from `choices`."""
        count = len(self._ink.get_current_choices())
        if not 0 <= index < count:
            raise StoryError(f"{self.name}: no choice {index} (there are {count})")
        self._guard(self._ink.choose_choice_index, index)

    @property
    def done(self) -> bool:
        """True when there is nothing more to read and nothing to choose."""
        return not self._ink.can_continue() and not self.choices

    # -- state --------------------------------------------------------------------------
    def call(self, name: str, *args: InkValue) -> InkValue | None:
        """Run the Ink function `name` with `args` and return its value (None for a function
        that returns nothing): how tests ask the story's own rules, such as which ending a
        state leads to, from its variables alone."""
        try:
            value, _ = self._ink.evaluate_function(name, list(args))
        except RuntimeError as exc:
            if "must not be NULL" in str(exc):  # bink's word for a function without a return value
                return None
            raise StoryError(f"{self.name}: function {name!r}: {exc}") from exc
        return cast(InkValue, value)

    def get(self, name: str) -> InkValue:
        """The current value of the Ink global variable `name`."""
        self._require(name)
        value: InkValue = self._ink.get_variable(name)
        return value

    def set(self, name: str, value: InkValue) -> None:
        """Set an Ink global (debug and route tools only); the type must stay the same."""
        current = self.get(name)
        if not _same_kind(current, value):
            raise StoryError(f"{self.name}: {name} holds a {type(current).__name__}, not {value!r}")
        self._guard(self._ink.set_variable, name, value)

    def variables(self) -> dict[str, InkValue]:
        """A snapshot of every Ink global, for saves and debug views (a copy, never a store)."""
        return {name: self.get(name) for name in self._names}

    def observe(self, name: str, callback: Observer) -> None:
        """Call `callback(name, value)` whenever Ink changes `name` (and after `load_state`)."""
        self._require(name)
        if name not in self._observers:
            self._observers[name] = []
            self._ink.observe_variable(name, self._catching(lambda n, v: self._notify(n, v)))
        self._observers[name].append(callback)

    def bind(self, name: str, fn: Callable[..., InkValue | None]) -> None:
        """Run `fn(*args)` when Ink calls `EXTERNAL name`; its return value goes back to Ink.

        An exception inside `fn` cannot pass through bink's C callback: it is held and raised
        again from the `step`, `choose` or `set` that made Ink call the function.
        """
        self._ink.bind_external_function(name, self._catching(lambda _name, *args: fn(*args)))

    def seed(self, seed: int) -> None:
        """Seed Ink's own random numbers (`{ shuffle: }`, RANDOM()), which bink otherwise
        seeds from the clock: the same game seed then tells the same story, and a replay
        shuffles as the play did. A save keeps the seed and where its sequence stands."""
        state = json.loads(self.save_state())
        state["storySeed"], state["previousRandom"] = seed % INK_SEEDS, 0
        self._ink.load_state(json.dumps(state))

    def save_state(self) -> str:
        """Ink's whole state (position, variables, visit counts) as a JSON string."""
        return str(self._ink.save_state())

    def load_state(self, state: str) -> None:
        """Restore `save_state` output, then tell observers about every value that changed.
        A state that is not one this story could have saved (not Ink's shape, or a variable
        holding another kind of value, which the maps' conditions would then misread) raises
        StoryError before bink sees it."""
        self._check_saved_state(state)
        before = {name: self.get(name) for name in self._observers}
        try:
            self._ink.load_state(state)
        except RuntimeError as error:
            raise StoryError(f"{self.name}: cannot restore the saved story state ({error})") from None
        self._knot = ""
        for name, old in before.items():
            if (new := self.get(name)) != old or type(new) is not type(old):
                self._notify(name, new)

    def _check_saved_state(self, state: str) -> None:
        try:
            raw = json.loads(state)
        except (ValueError, RecursionError):
            raise StoryError("the saved story state is not valid JSON") from None
        flows = raw.get("flows") if isinstance(raw, dict) else None
        saved = raw.get("variablesState", {}) if isinstance(raw, dict) else None
        if not isinstance(flows, dict) or not flows or not isinstance(saved, dict):
            raise StoryError("the saved story state is not one an Ink story writes")
        for name in self._names:
            if name not in saved:
                continue  # Ink saves only the variables that changed
            value, now = saved[name], self.get(name)
            if isinstance(value, str):  # Ink writes a string value as "^text"
                value = value[1:] if value.startswith("^") else None
            finite = not isinstance(value, float) or math.isfinite(value)
            if not isinstance(value, (bool, int, float, str)) or not finite or not _same_kind(now, value):
                kind = "true or false" if isinstance(now, bool) else "text" if isinstance(now, str) else "a number"
                shown = str(saved[name])[:40]
                raise StoryError(f"the saved story variable {name} holds {shown!r}, not {kind}")

    # -- helpers ------------------------------------------------------------------------
    def where(self) -> str:
        """The Ink file and knot the story is in, for error messages."""
        if not self._knot:
            return self.name
        return f"{self._sources().get(self._knot, self.name)}, knot '{self._knot}'"

    def _line(self, text: str, raw_tags: list[str], where: str = "") -> Line:
        tags = dict(split_tag(raw) for raw in raw_tags)
        try:
            directions = parse_directions(raw_tags, self.where())
        except TagError as error:
            raise StoryError(str(error)) from None
        speaker, mood = tags.get("speaker") or None, tags.get("mood") or None
        return Line(text, speaker, mood, tags, raw_tags, directions, where or self._knot)

    def _note_knot(self) -> None:
        head = str(self._ink.get_current_path() or "").split(".")[0]
        if head and not head.isdigit() and self.has_path(head):
            self._knot = head

    def _require(self, name: str) -> None:
        if name not in self._names:
            raise StoryError(f"{self.name}: no VAR {name} in the story (have: {', '.join(self._names)})")

    def _notify(self, name: str, value: InkValue) -> None:
        for callback in list(self._observers.get(name, [])):
            callback(name, value)

    def _catching(self, fn: Callable[..., _T]) -> Callable[..., _T | None]:
        def call(*args: Any) -> _T | None:
            try:
                return fn(*args)
            except Exception as error:  # re-raised by _guard once bink has returned
                self._callback_error = self._callback_error or error
                return None

        return call

    def _guard(self, fn: Callable[..., _T], *args: Any) -> _T:
        """Call into bink, turn its errors into StoryError and re-raise any callback error."""
        try:
            result = fn(*args)
        except RuntimeError as error:
            raise StoryError(f"{self.where()}: {error}") from None
        finally:
            pending, self._callback_error = self._callback_error, None
        if pending is not None:
            raise pending
        return result
