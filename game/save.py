"""Save games: three manual slots and an autosave, each a versioned JSON document.

A save holds when it was made, the play time, where the player stands, a thumbnail (PNG
bytes made by the caller: this module never touches pygame), the Ink story state and the
playthrough (the chapter, who is playing, every visited map's state). The play time and the
thumbnail are only shown, never played: a save without them still loads (the menu shows
"—" and a blank picture), and the thumbnail's bytes are checked by whoever decodes them. Only plain JSON is
written and read, so opening a save can never run code. A save of an older version is
upgraded as it is read (game/save_upgrade.py); the file itself is left as it was.

Writes are atomic (storage.atomic_write) and the previous good save of a slot is kept as
`slot_<slot>.bak.json`. A save that cannot be used (damaged, truncated, written by another
program or by a newer version of the game) is reported with its kind, and the game goes on.
Such a file is never deleted and never silently overwritten: saving over it moves it aside
first (storage.keep_damaged).
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from game.content.paths import name_problem
from game.save_upgrade import upgrade
from game.storage import atomic_write, keep_damaged, remove_stale_temps, user_data_dir

SAVE_FORMAT = "lullaby-protocol-save"
SAVE_VERSION = 2
"""Version 2 (the playthrough model) replaced version 1's "world"; see game/save_upgrade.py."""
SLOTS: tuple[str, ...] = ("1", "2", "3", "auto")
FACINGS: tuple[str, ...] = ("down", "up", "left", "right")
MAX_SAVE_BYTES = 64 * 1024 * 1024
"""A bigger file is not one of ours; refusing it keeps the load menu quick."""
MAX_PLAY_TIME_S = 10 * 366 * 24 * 3600
"""Ten years of play: more is not a real play time (and would not fit the menus)."""
EARLIEST_SAVE_YEAR, LATEST_SAVE_YEAR = 2000, 9998
"""A save's time must be one this game could have written (and one any clock can show)."""
MAX_CELL = 1 << 20
MAX_TEXT_CHARS = 120

ErrorKind = Literal["empty", "damaged", "truncated", "foreign", "newer"]
SlotStatus = Literal["ok", "empty", "damaged", "truncated", "foreign", "newer"]

# What may be left where the JSON parser stopped in a document that was cut off: part of a
# \uXXXX escape (or of a surrogate pair), of true/false/null, or of a number.
_PARTIAL_TOKEN = re.compile(
    r"u[0-9a-fA-F]{0,4}(?:\\u?[0-9a-fA-F]{0,3})?"
    r"|t(?:ru?)?|f(?:a(?:ls?)?)?|n(?:ul?)?|[-+.eE0-9]*"
)


def default_save_dir() -> str:
    """The folder saves live in unless `--save-dir` says otherwise (platformdirs)."""
    return os.path.join(user_data_dir(), "saves")


def utc_now_iso() -> str:
    """Now, as the ISO 8601 UTC string a save's `saved_at` holds."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def format_play_time(seconds: float | None) -> str:
    """Play time for menus in whole minutes: 3930 -> "1 h 05 min", 750 -> "12 min", under a
    minute "< 1 min", and "—" for a save that does not say (None)."""
    if seconds is None:
        return "—"
    total_min = int(seconds // 60) if math.isfinite(seconds) and seconds > 0 else 0
    hours, minutes = divmod(total_min, 60)
    if hours:
        return f"{hours} h {minutes:02d} min"
    return f"{minutes} min" if total_min else "< 1 min"


class SaveError(Exception):
    """A slot that cannot be loaded. `kind` says why, for the load menu: "empty",
    "damaged" (unreadable, not JSON or the wrong shape), "truncated" (cut off), "foreign"
    (JSON, but not a save of this game) or "newer" (made by a newer version)."""

    def __init__(self, kind: ErrorKind, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.kind: ErrorKind = kind
        self.path, self.message = path, message


class NotJsonSafeError(TypeError):
    """World state that JSON cannot carry faithfully; the message says where it is."""


def check_json_safe(value: Any, where: str = "playthrough", _inside: tuple[int, ...] = ()) -> None:
    """Raise NotJsonSafeError unless `value` comes back from JSON exactly as it went in:
    dicts with string keys, lists, str, int, finite float, bool and None, without cycles.
    Tuples, sets, enums and other subclasses are refused: they would come back changed."""
    kind = type(value)
    if value is None or kind in (str, int, bool):
        return
    if kind is float:
        if not math.isfinite(value):
            raise NotJsonSafeError(f"{where}: {value!r} is not a finite number; JSON has no NaN or infinity")
        return
    if kind is dict or kind is list:
        if id(value) in _inside:
            raise NotJsonSafeError(f"{where}: contains itself")
        inside = (*_inside, id(value))
        for key, item in value.items() if kind is dict else enumerate(value):
            if kind is dict and type(key) is not str:
                raise NotJsonSafeError(f"{where}: key {key!r} is a {type(key).__name__}; keys must be strings")
            check_json_safe(item, f"{where}[{key!r}]", inside)
        return
    hint = " (use a list)" if isinstance(value, tuple) else ""
    raise NotJsonSafeError(f"{where}: a {kind.__name__} is not JSON-safe{hint}; use dict, list, str, number, None")


@dataclass(frozen=True)
class Location:
    """Where the player stands: map name, cell (column, row), facing, and the place's
    title as the load menu shows it."""

    map: str
    cell: tuple[int, int]
    facing: str
    title: str


@dataclass
class SaveGame:
    """One saved game. `ink_state` is bink's save_state JSON, kept as an opaque string;
    `playthrough` is the world's playthrough model as JSON (game.world.playthrough: the
    chapter, who is playing, a record of every map visited), checked by the world when
    the save is opened; here only that it is JSON-safe (see check_json_safe)."""

    saved_at: str
    play_time_s: float | None
    """Seconds played in all (fixed steps, never the wall clock); None if the save does
    not say, and then the file has no "play_time_s"."""
    location: Location
    thumbnail_png: bytes
    ink_state: str
    playthrough: dict[str, Any]
    game_version: str

    def to_document(self) -> dict[str, Any]:
        """The JSON document for this save. Raises NotJsonSafeError or ValueError, saying
        which field is wrong, if it could not be loaded back exactly."""
        check_json_safe(self.playthrough, "playthrough")
        if type(self.thumbnail_png) is not bytes:
            raise ValueError(f"thumbnail_png should be PNG bytes, not {type(self.thumbnail_png).__name__}")
        cell = self.location.cell
        document: dict[str, Any] = {
            "format": SAVE_FORMAT,
            "version": SAVE_VERSION,
            "game_version": self.game_version,
            "saved_at": self.saved_at,
        }
        if self.play_time_s is not None:
            document["play_time_s"] = self.play_time_s
        document["location"] = {
            "map": self.location.map,
            "cell": list(cell) if isinstance(cell, tuple) else cell,
            "facing": self.location.facing,
            "title": self.location.title,
        }
        document["thumbnail_png"] = base64.b64encode(self.thumbnail_png).decode("ascii")
        document["ink_state"] = self.ink_state
        document["playthrough"] = self.playthrough
        _parse_document(document)  # the same checks a load makes, before anything is written
        return document

    def to_bytes(self) -> bytes:
        """The save file's contents (pure ASCII JSON)."""
        return json.dumps(self.to_document(), indent=1, allow_nan=False).encode("ascii") + b"\n"


def _field(raw: dict[str, Any], key: str, kinds: tuple[type, ...], where: str = "") -> Any:
    if key not in raw:
        raise ValueError(f"{where}{key} is missing")
    value = raw[key]
    if type(value) not in kinds:
        wanted = " or ".join(kind.__name__ for kind in kinds)
        raise ValueError(f"{where}{key} should be {wanted}, not {type(value).__name__}")
    return value


def _parse_document(doc: dict[str, Any]) -> SaveGame:
    """Build a SaveGame from a document of our format; ValueError says what is wrong."""
    saved_at = _field(doc, "saved_at", (str,))
    try:
        moment = datetime.fromisoformat(saved_at[:MAX_TEXT_CHARS])
    except ValueError:
        raise ValueError(f"saved_at {saved_at[:40]!r} is not an ISO 8601 time") from None
    if not EARLIEST_SAVE_YEAR <= moment.year <= LATEST_SAVE_YEAR:
        raise ValueError(f"saved_at {saved_at!r} is not a time this game could have saved at")
    play_time_s = _field(doc, "play_time_s", (int, float)) if "play_time_s" in doc else None
    if play_time_s is not None and (not math.isfinite(play_time_s) or not 0 <= play_time_s <= MAX_PLAY_TIME_S):
        raise ValueError(f"play_time_s {play_time_s!r} should be a number of seconds from 0 to {MAX_PLAY_TIME_S}")
    place = _field(doc, "location", (dict,))
    cell = _field(place, "cell", (list,), "location.")
    if len(cell) != 2 or any(type(c) is not int or abs(c) > MAX_CELL for c in cell):
        raise ValueError(f"location.cell {cell!r:.40} should be two whole numbers")
    facing = _field(place, "facing", (str,), "location.")
    if facing not in FACINGS:
        raise ValueError(f"location.facing {facing!r:.40} should be one of {', '.join(FACINGS)}")
    map_name, title = _field(place, "map", (str,), "location."), _field(place, "title", (str,), "location.")
    problem = name_problem(map_name, "location.map", nested=True)
    if problem is not None:
        raise ValueError(problem)
    if len(title) > MAX_TEXT_CHARS or not title.isprintable():
        raise ValueError(f"location.title should be a short line of text, not {len(title)} characters")
    if len(_field(doc, "game_version", (str,))) > MAX_TEXT_CHARS:
        raise ValueError("game_version is too long to be a version")
    location = Location(map_name, (cell[0], cell[1]), facing, title)
    try:
        thumbnail = (
            base64.b64decode(_field(doc, "thumbnail_png", (str,)), validate=True) if "thumbnail_png" in doc else b""
        )
    except binascii.Error:
        raise ValueError("thumbnail_png is not base64") from None
    return SaveGame(
        saved_at=saved_at,
        play_time_s=None if play_time_s is None else float(play_time_s),
        location=location,
        thumbnail_png=thumbnail,
        ink_state=_field(doc, "ink_state", (str,)),
        playthrough=_field(doc, "playthrough", (dict,)),
        game_version=_field(doc, "game_version", (str,)),
    )


def _decode(path: str, data: bytes) -> Any:
    """Parse a save file's bytes as JSON, telling a cut-off file from a damaged one: a
    cut-off file ends inside a character, or the parser ran out of text (an unterminated
    string is only reported at the end) or stopped on a token that was cut short."""
    cut_off = SaveError("truncated", path, f"the save was cut off after {len(data)} bytes")
    try:
        text = data.decode("utf-8")
        return json.loads(text)
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data":
            raise cut_off from None
        raise SaveError("damaged", path, f"not a text file (bad byte at {exc.start})") from None
    except json.JSONDecodeError as exc:
        if exc.msg.startswith("Unterminated string") or _PARTIAL_TOKEN.fullmatch(text[exc.pos :].rstrip()):
            raise cut_off from None
        raise SaveError("damaged", path, f"not valid JSON ({exc.msg}, line {exc.lineno} column {exc.colno})") from None
    except RecursionError:
        raise SaveError("damaged", path, "JSON nested too deeply") from None


def _load_file(path: str) -> tuple[bytes, SaveGame]:
    """Read and check one save file: its exact bytes and the game. Raises SaveError."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_SAVE_BYTES + 1)
    except FileNotFoundError:
        raise SaveError("empty", path, "no save here") from None
    except OSError as exc:
        raise SaveError("damaged", path, f"could not be read ({exc.strerror or exc})") from None
    if len(data) > MAX_SAVE_BYTES:
        raise SaveError("damaged", path, f"larger than {MAX_SAVE_BYTES} bytes, so not a save")
    return data, _check_document(path, _decode(path, data))


def _check_document(path: str, document: Any) -> SaveGame:
    """The game in a parsed save document (upgraded from an older version). Raises SaveError."""
    if type(document) is not dict or document.get("format") != SAVE_FORMAT:
        raise SaveError("foreign", path, "valid JSON, but not a Lullaby Protocol save")
    version = document.get("version")
    if type(version) is not int or version < 1:
        raise SaveError("damaged", path, f"save version {version!r} is not a version")
    if version > SAVE_VERSION:
        message = f"made by a newer version of the game (save version {version}; this game reads {SAVE_VERSION})"
        raise SaveError("newer", path, message)
    try:
        if version < SAVE_VERSION:
            document = upgrade(document, version, SAVE_VERSION)
        return _parse_document(document)
    except ValueError as exc:
        raise SaveError("damaged", path, f"a save, but damaged: {exc}") from None


def read_save_bytes(data: bytes, where: str) -> SaveGame:
    """The game in a save file's bytes (a replay carries the save it opened), checked as a
    load checks a file; SaveError (`where` as its path) if it is not a usable save."""
    return _check_document(where, _decode(where, data))


def _try_load(path: str) -> tuple[bytes, SaveGame] | SaveError:
    try:
        return _load_file(path)
    except SaveError as exc:
        return exc


def _keep_aside_if_bad(path: str) -> bool:
    """Move `path` aside if it exists but is not a usable save; True if it was moved."""
    found = _try_load(path)
    if isinstance(found, SaveError) and found.kind != "empty":
        keep_damaged(path)
        return True
    return False


@dataclass(frozen=True)
class SlotSummary:
    """One slot in the load menu. `status` is "ok" or a SaveError kind; `message` says
    what is wrong ("" when ok); `has_backup` is true when the previous save loads;
    `play_time_s` is None when the save does not say (or cannot be read)."""

    slot: str
    status: SlotStatus
    saved_at: str | None
    play_time_s: float | None
    title: str | None
    message: str
    has_backup: bool
    backup_saved_at: str | None = None
    """When the previous save (the backup) was made, if it loads."""
    chapter: str | None = None
    """The chapter the save was made in (its name in assets/story/chapters.json), if any."""
    thumbnail_png: bytes = b""
    """The save's picture as stored: PNG bytes as the file holds them, not yet checked (the
    menu decodes them carefully, and shows a blank picture for anything it cannot use)."""


class SaveStore:
    """The save slots in one folder (default_save_dir() unless `--save-dir` is given)."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = os.fspath(folder)

    def path(self, slot: str) -> str:
        """The file of `slot`; ValueError for a slot that is not in SLOTS."""
        if slot not in SLOTS:
            raise ValueError(f"unknown save slot {slot!r}; the slots are {', '.join(SLOTS)}")
        return os.path.join(self.folder, f"slot_{slot}.json")

    def backup_path(self, slot: str) -> str:
        """Where the previous save of `slot` is kept."""
        return self.path(slot)[: -len(".json")] + ".bak.json"

    def save(self, slot: str, game: SaveGame) -> None:
        """Write `game` to `slot` atomically. The current good save becomes the backup; a
        bad file in the way is moved aside, never overwritten. The game is checked before
        any file is touched (NotJsonSafeError, ValueError); OSError if the disk refuses."""
        data = game.to_bytes()
        path, backup = self.path(slot), self.backup_path(slot)
        for written in (path, backup):
            remove_stale_temps(written)  # left by a write that was killed before its rename
        found = _try_load(path)
        if isinstance(found, tuple):
            _keep_aside_if_bad(backup)
            # A copy, not a rename: the slot file stays whole until the new one replaces it.
            atomic_write(backup, found[0])
        elif found.kind != "empty":
            keep_damaged(path)
        atomic_write(path, data)

    def load(self, slot: str) -> SaveGame:
        """The game saved in `slot`; SaveError (with its kind) if there is none usable."""
        return _load_file(self.path(slot))[1]

    def load_backup(self, slot: str) -> SaveGame:
        """The previous save of `slot`, to recover from; SaveError as for load()."""
        return _load_file(self.backup_path(slot))[1]

    def restore_backup(self, slot: str) -> None:
        """Make the previous save of `slot` its save again: the slot's own file (which the
        player could not use) is moved aside, never deleted, and the backup copied in. The
        backup stays as it is. SaveError if the backup cannot be loaded; OSError if the disk
        refuses (then nothing was lost: at worst the slot is empty and both copies kept)."""
        path, backup = self.path(slot), self.backup_path(slot)
        data, _ = _load_file(backup)
        if os.path.lexists(path):
            keep_damaged(path)
        atomic_write(path, data)

    def delete(self, slot: str) -> None:
        """Delete the save in `slot` and its backup. A bad file is moved aside instead."""
        for path in (self.path(slot), self.backup_path(slot)):
            if not _keep_aside_if_bad(path) and os.path.lexists(path):
                os.remove(path)

    def summaries(self) -> list[SlotSummary]:
        """Every slot, in SLOTS order, for the load menu. Never raises."""
        return [self._summary(slot) for slot in SLOTS]

    def _summary(self, slot: str) -> SlotSummary:
        try:
            backup = _try_load(self.backup_path(slot))
            has_backup = isinstance(backup, tuple)
            backup_at = backup[1].saved_at if isinstance(backup, tuple) else None
            try:
                game = self.load(slot)
            except SaveError as exc:
                return SlotSummary(slot, exc.kind, None, None, None, exc.message, has_backup, backup_at)
            title = game.location.title
            chapter = game.playthrough.get("chapter")
            chapter = chapter if type(chapter) is str and chapter else None
            return SlotSummary(
                slot,
                "ok",
                game.saved_at,
                game.play_time_s,
                title,
                "",
                has_backup,
                backup_at,
                chapter,
                game.thumbnail_png,
            )
        except Exception as exc:  # the load menu must open whatever is on the disk
            return SlotSummary(slot, "damaged", None, None, None, f"could not be read ({exc})", False)
