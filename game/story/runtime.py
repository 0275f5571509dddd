"""The Ink runtime wrapper: runs a compiled Ink story (JSON) with `bink` and hands out lines.

Ink's variables are the one store of story state (flags, pod hours, bonds). The game reads
them with `get`/`variables`, is told about changes through `observe`, and changes them only
by running Ink: by starting a knot, through external functions Ink calls (`bind`), or, for
the debug and route tools, `set`. Nothing here keeps a copy of a story value.

`has_path` walks the compiled JSON's container tree (knots, their stitches and labels)
rather than asking bink: bink can only find out by jumping there, which moves the story.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import bink.story as bink_story  # type: ignore[import-untyped]

from game.story.tags import StageDirection, TagError, parse_directions, split_tag

InkValue = bool | int | float | str
"""What an Ink variable or external-function argument holds (Ink lists are not used)."""
Observer = Callable[[str, InkValue], None]
_T = TypeVar("_T")
_KNOT_HEADER = re.compile(r"^\s*={2,}\s*(?:function\s+)?(\w+)", re.MULTILINE)
_GENERATED_NAME = re.compile(r"^(?:[cg]-\d+|s|b|\$r\d*)$")


class StoryError(Exception):
    """The story cannot be loaded or was asked for something it does not have."""


@dataclass(frozen=True)
class Line:
    """One line of story output with its tags already sorted out."""

    text: str
    speaker: str | None
    mood: str | None
    tags: dict[str, str]
    raw_tags: list[str]
    directions: tuple[StageDirection, ...] = field(default=())


@dataclass(frozen=True)
class Choice:
    """A choice on offer; pass `index` to `Story.choose`."""

    index: int
    text: str


def find_container(root: Any, path: str) -> Any | None:
    """The container at an Ink path (`knot`, `knot.stitch`, `knot.0.label`) in compiled JSON."""
    node = root
    for part in path.split("."):
        if not isinstance(node, list) or not part:
            return None
        if part.isdigit():
            node = node[int(part)] if int(part) < len(node) else None
        else:
            named = node[-1] if node and isinstance(node[-1], dict) else {}
            node = None if part.startswith("#") else named.get(part)
    return node if isinstance(node, list) else None


def iter_tags(root: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Every literal tag in compiled JSON as (container path, tag text), in source order."""
    if not isinstance(root, list):
        return
    in_tag, text = False, ""
    for item in root:
        if item == "#":
            in_tag, text = True, ""
        elif item == "/#":
            in_tag = False
            yield path, text
        elif in_tag and isinstance(item, str) and item.startswith("^"):
            text += item[1:]
        elif isinstance(item, dict) and isinstance(item.get("#"), str):
            yield path, item["#"]  # tags as older compilers wrote them
        elif isinstance(item, list):
            yield from iter_tags(item, path)
    named = root[-1] if root and isinstance(root[-1], dict) else {}
    for name, child in named.items():
        if not name.startswith("#"):
            readable = path if _GENERATED_NAME.match(name) else f"{path}.{name}".lstrip(".")
            yield from iter_tags(child, readable)


def _global_names(root: Any) -> list[str]:
    decl = find_container(root, "global decl") or []
    return [item["VAR="] for item in decl if isinstance(item, dict) and "VAR=" in item]


def _knot_sources(directory: Path) -> dict[str, str]:
    """Which .ink file next to the compiled story defines each knot (for error messages)."""
    sources: dict[str, str] = {}
    for ink in sorted(directory.glob("**/*.ink")):
        for name in _KNOT_HEADER.findall(ink.read_text(encoding="utf-8", errors="replace")):
            sources.setdefault(name, ink.relative_to(directory).as_posix())
    return sources


def _same_kind(old: InkValue, new: InkValue) -> bool:
    """Whether `new` may replace `old` without changing what the variable means."""
    if isinstance(old, bool) or isinstance(new, bool) or isinstance(old, str) or isinstance(new, str):
        return type(old) is type(new)
    return True  # int and float may stand in for each other


class Story:
    """A running Ink story. Use `Story.load(path)`, then `start(knot)` and `step()` lines."""

    def __init__(self, json_text: str, name: str = "<story>", knot_sources: dict[str, str] | None = None) -> None:
        self.name = name
        try:
            self._tree: dict[str, Any] = json.loads(json_text)
            self._ink = bink_story.Story(json_text)
        except (ValueError, RuntimeError) as error:
            raise StoryError(f"{name}: not a compiled Ink story ({error})") from None
        self._names = _global_names(self._tree.get("root"))
        self._knot_sources = knot_sources or {}
        self._observers: dict[str, list[Observer]] = {}
        self._callback_error: BaseException | None = None
        self._knot = ""
        # Unbound externals run their Ink fallback, so tests and tools need not bind them all.
        self._ink.set_allow_external_function_fallbacks(True)

    @classmethod
    def load(cls, path: str | Path) -> Story:
        """Load compiled Ink JSON; raises `StoryError` naming the file if missing or corrupt."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise StoryError(f"{path}: cannot read the story ({error})") from None
        if text.startswith("\ufeff"):
            raise StoryError(f"{path}: starts with a byte-order mark; rebuild it with python -m game.tools.ink")
        return cls(text, str(path), _knot_sources(path.parent))

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
            text = self._guard(self._ink.cont).strip()
            raw_tags = [str(tag).strip() for tag in self._ink.get_current_tags()]
            self._note_knot()
            if text or raw_tags:
                return self._line(text, raw_tags)
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

    def save_state(self) -> str:
        """Ink's whole state (position, variables, visit counts) as a JSON string."""
        return str(self._ink.save_state())

    def load_state(self, state: str) -> None:
        """Restore `save_state` output, then tell observers about every value that changed."""
        before = {name: self.get(name) for name in self._observers}
        try:
            self._ink.load_state(state)
        except RuntimeError as error:
            raise StoryError(f"{self.name}: cannot restore the saved story state ({error})") from None
        self._knot = ""
        for name, old in before.items():
            if (new := self.get(name)) != old or type(new) is not type(old):
                self._notify(name, new)

    # -- helpers ------------------------------------------------------------------------
    def where(self) -> str:
        """The Ink file and knot the story is in, for error messages."""
        if not self._knot:
            return self.name
        return f"{self._knot_sources.get(self._knot, self.name)}, knot '{self._knot}'"

    def _line(self, text: str, raw_tags: list[str]) -> Line:
        tags = dict(split_tag(raw) for raw in raw_tags)
        try:
            directions = parse_directions(raw_tags, self.where())
        except TagError as error:
            raise StoryError(str(error)) from None
        return Line(text, tags.get("speaker") or None, tags.get("mood") or None, tags, raw_tags, directions)

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
