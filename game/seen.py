"""The lines of dialogue the player has read, on any save: what the skip key may pass over;
and the endings the player has reached (the title's Endings page, and its chapter select).

It belongs to the player, not to a playthrough, so it lives beside the settings file
(`seen_lines.json`), not in the saves: a second playthrough, or a load of an older save,
still knows what was read. A line is known by `line_id`: where it stands in the story
(its knot, stitch and labels) and a hash of its speaker and text, so a line a writer edits
counts as new, and the same words in two scenes are two lines.

The file is written atomically and kept small: at most MAX_LINES ids (the oldest are
forgotten first). Like settings, whatever the file holds, the game goes on:
- a file that cannot be read at all (not JSON, not an object, too big) is reported, moved
  aside (kept as `seen_lines.json.damaged`) and the record starts empty;
- ids that are not ids are dropped one by one with a notice, and the first save after such
  a load keeps the original aside first, so the player's own bytes are never lost.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field

from game.storage import atomic_write, keep_damaged

SEEN_FILE = "seen_lines.json"
SEEN_VERSION = 1
ID_HEX_DIGITS = 16
"""64 bits of sha256: no two lines of a story this size will share one."""
MAX_LINES = 20_000
"""About 400 KB of file; far more lines than the whole game has."""
MAX_ENDING_CHARS = 40
"""An ending's name (`dawn`, `half_light`...): letters and underscores."""
MAX_FILE_BYTES = 1024 * 1024
"""A bigger file is not this record; it is kept aside unread."""


def line_id(where: str, speaker: str | None, text: str) -> str:
    """The stable id of a line: where it stands in the story (e.g. `chamber.arrive`) and
    what it says, as ID_HEX_DIGITS hex digits."""
    key = "\x1f".join((where, speaker or "", text.strip()))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:ID_HEX_DIGITS]


def seen_path_beside(settings_path: str) -> str:
    """Where the record lives: in the settings file's folder (so `--settings` moves it too)."""
    return os.path.join(os.path.dirname(os.path.abspath(settings_path)), SEEN_FILE)


def _is_id(value: object) -> bool:
    return isinstance(value, str) and len(value) == ID_HEX_DIGITS and all(c in "0123456789abcdef" for c in value)


class SeenFileError(ValueError):
    """A record file that cannot be read at all."""


def _is_ending(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value) <= MAX_ENDING_CHARS and value.replace("_", "").isalpha()


def parse_seen_file(data: bytes) -> tuple[list[object], list[object]]:
    """The lists of ids and of endings in a record file (unchecked); SeenFileError says why
    there are none."""
    if len(data) > MAX_FILE_BYTES:
        raise SeenFileError(f"larger than {MAX_FILE_BYTES} bytes")
    try:
        raw = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise SeenFileError(f"not a text file (bad byte at {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise SeenFileError(f"not valid JSON ({exc.msg}, line {exc.lineno} column {exc.colno})") from None
    except (RecursionError, ValueError):
        raise SeenFileError("nested too deeply to be this record") from None
    if not isinstance(raw, dict):
        raise SeenFileError(f"the top level is {type(raw).__name__}, not an object")
    lines = raw.get("lines")
    if not isinstance(lines, list):
        raise SeenFileError("it has no list of lines")
    endings = raw.get("endings", [])
    return lines, endings if isinstance(endings, list) else [endings]


@dataclass
class SeenLines:
    """The ids of the lines read, oldest first. Without a `path` it is kept in memory only
    (tests, tools). After `load`, `warning` says why the file could not be used at all (if
    so) and `notices` what was left out of it."""

    path: str | None = None
    warning: str | None = None
    notices: list[str] = field(default_factory=list)
    failed_to_save: bool = False
    """The last save failed (the game says so once, not at every conversation)."""
    _ids: dict[str, None] = field(default_factory=dict)
    _endings: dict[str, None] = field(default_factory=dict)
    _dirty: bool = False
    _keep_before_write: bool = False

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, line: str) -> bool:
        return line in self._ids

    def __iter__(self) -> Iterator[str]:
        """The ids, oldest first."""
        return iter(self._ids)

    def add(self, line: str) -> None:
        """Remember a line as read; past MAX_LINES the oldest is forgotten."""
        if line in self._ids:
            return
        self._ids[line] = None
        while len(self._ids) > MAX_LINES:
            del self._ids[next(iter(self._ids))]
        self._dirty = True

    def add_ending(self, name: str) -> None:
        """Remember that the player reached the ending `name` (the story's `ending`)."""
        if _is_ending(name) and name not in self._endings:
            self._endings[name] = None
            self._dirty = True

    @property
    def endings(self) -> tuple[str, ...]:
        """The endings reached, in the order they were first reached."""
        return tuple(self._endings)

    @property
    def dirty(self) -> bool:
        """Lines were read since the last save."""
        return self._dirty

    @classmethod
    def load(cls, path: str) -> SeenLines:
        """The record in `path` (an empty one if there is none); never raises."""
        record = cls(path)
        if not os.path.lexists(path):
            return record
        try:
            if not os.path.isfile(path):
                raise SeenFileError("it is not a file")
            with open(path, "rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
        except (OSError, SeenFileError) as exc:  # unreadable: leave it where it is
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            record._keep_before_write = True
            record.warning = f"the lines you have read could not be read ({reason}); starting afresh"
            return record
        try:
            lines, endings = parse_seen_file(data)
        except SeenFileError as exc:
            record.warning = f"the lines you have read could not be read ({exc}); {record._keep_aside()}"
            return record
        for value in endings:
            if _is_ending(value):
                record._endings[str(value)] = None
        bad = [value for value in lines if not _is_id(value)] + [value for value in endings if not _is_ending(value)]
        for value in lines:
            if _is_id(value):
                record._ids[str(value)] = None
        while len(record._ids) > MAX_LINES:
            del record._ids[next(iter(record._ids))]
        if bad:
            record.notices.append(f"{len(bad)} entries that are not line ids or endings were left out")
            record._keep_before_write = True
        return record

    def _keep_aside(self) -> str:
        assert self.path is not None
        try:
            return f"kept as {os.path.basename(keep_damaged(self.path))}, starting afresh"
        except OSError as exc:
            self._keep_before_write = True
            return f"left in place (it could not be moved aside: {exc.strerror or exc}), starting afresh"

    def to_json(self) -> bytes:
        record = {"version": SEEN_VERSION, "lines": list(self._ids), "endings": list(self._endings)}
        return json.dumps(record, indent=0).encode("utf-8")

    def save(self) -> None:
        """Write the record atomically if it changed; OSError if the disk refuses (the
        record in memory stays, and a later save tries again)."""
        if self.path is None or not self._dirty:
            return
        if self._keep_before_write and os.path.lexists(self.path):
            keep_damaged(self.path)
        self._keep_before_write = False
        atomic_write(self.path, self.to_json())
        self._dirty = False
        self.failed_to_save = False
