"""Replays: a play recorded as the actions of each fixed step, played back exactly.

The game's logic is deterministic: a seeded random generator, a fixed 60 Hz step, and the
actions each step consumes (`StepInput`, read from the keys in one place). So a play is its
start and those actions. A replay records:

- where it starts (`Start`): the game launched (with its `--map`, `--spawn` or `--chapter`),
  or a save just opened; with everything outside the steps that the logic reads from then
  on: the settings, the lines already read, the files in the saves folder (a later load
  reads them), the random generator's state and the step counters;
- each step's actions, as runs of identical steps (`Runs`: a bit per action, pressed and held;
  a held arrow is one run however long), and the raw keys the bindings menu learns from;
- the state it ended in (`fingerprint`: the story's variables, the map, where the player
  stands, the playthrough), which a playback must reach.

The recording is bounded: when a save is opened the recording starts afresh from there, and
the part before it is dropped once it is older than `KEEP_S` (see `Recorder`).

The file is gzip-compressed JSON (`.replay`), written atomically. A damaged file, a file
that is not a replay, or one from a newer format is refused with a `ReplayError` that
names the file; one from another version of the game plays, with a warning (its steps may
no longer mean the same).
"""

from __future__ import annotations

import gzip
import io
import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from game.input import Action

FORMAT = "lullaby-replay"
FORMAT_VERSION = 1
ACTIONS = tuple(action.value for action in Action)
"""Bit i of a step's masks is ACTIONS[i] (the file lists them: a renamed action is caught)."""
KEEP_S = 30 * 60
"""How much play a recording keeps at least (seconds of play before it may be dropped)."""
MAX_FILE_BYTES = 64 * 1024 * 1024
"""A replay file larger than this (compressed or not) is refused: no play records that much."""


class ReplayError(Exception):
    """A replay file that cannot be played: `path` and a plain `message`."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


@dataclass
class Start:
    """Where a replay starts, and all that the logic reads from then on besides the steps."""

    kind: str
    """"launch" (the game started; `launch` holds its --map, --spawn, --chapter) or "save"
    (a save was opened: `save` holds its file's bytes, as text; `launch` says how the game
    was started, so a map file it named may be opened again)."""
    settings: str
    seen: str
    saves: dict[str, str]
    """The saves folder's files by name (slot_1.json, ...), as text."""
    rng: list[Any]
    """`random.Random.getstate()` as JSON."""
    steps: int = 0
    play_time_steps: int = 0
    launch: dict[str, str | None] = field(default_factory=dict)
    save: str | None = None
    rng_before: list[Any] | None = None
    """For a "save" start: the random generator's state when the save was opened."""
    steps_before: int = 0
    """For a "save" start: the step count when the save was opened (`steps` is after it)."""
    dialogue_log: list[list[str]] = field(default_factory=list)
    chapter_due: str | None = None
    live: dict[str, Any] = field(default_factory=dict)
    """For a "save" start the game took itself at a quiet step after an autosave (no save
    was opened): what the play holds that a save does not, such as where the characters
    who stroll are on their routes (game/recording.py `live_state`)."""


@dataclass
class Runs:
    """Steps as runs of equal input: [count, pressed bits, held bits] each, plus the raw keys
    pressed (by step number from the start) for the bindings menu."""

    runs: list[list[int]] = field(default_factory=list)
    raw: list[list[Any]] = field(default_factory=list)
    count: int = 0

    def add(self, pressed: set[Action], held: set[Action], raw: list[tuple[str, str]]) -> None:
        masks = (mask(pressed), mask(held))
        last = self.runs[-1] if self.runs else None
        if last is not None and (last[1], last[2]) == masks:
            last[0] += 1
        else:
            self.runs.append([1, *masks])
        self.raw.extend([self.count, kind, name] for kind, name in raw)
        self.count += 1

    def after(self, first: int) -> Runs:
        """The steps from step number `first` on (the ones before dropped)."""
        return self.span(first, self.count)

    def span(self, first: int, end: int) -> Runs:
        """The steps from step number `first` up to, not including, `end`."""
        runs: list[list[int]] = []
        number = 0
        for count, pressed, held in self.runs:
            kept = min(number + count, end) - max(number, first)
            if kept > 0:
                runs.append([kept, pressed, held])
            number += count
        raw = [[n - first, kind, name] for n, kind, name in self.raw if first <= n < end]
        return Runs(runs, raw, max(0, min(end, self.count) - first))

    def steps(self) -> Iterator[tuple[set[Action], set[Action], list[tuple[str, str]]]]:
        """Each step's pressed and held actions and raw keys, in order."""
        raw: dict[int, list[tuple[str, str]]] = {}
        for number, kind, name in self.raw:
            raw.setdefault(number, []).append((kind, name))
        number = 0
        for count, pressed, held in self.runs:
            for _ in range(count):
                yield actions_of(pressed), actions_of(held), raw.get(number, [])
                number += 1


def mask(actions: set[Action]) -> int:
    return sum(1 << ACTIONS.index(action.value) for action in actions)


def actions_of(bits: int) -> set[Action]:
    return {Action(value) for i, value in enumerate(ACTIONS) if bits >> i & 1}


@dataclass
class Replay:
    """One recorded play (see the module docstring)."""

    game_version: str
    seed: int
    start: Start
    inputs: Runs = field(default_factory=Runs)
    end: dict[str, Any] | None = None
    """The fingerprint of the state the play reached after the last step."""

    def to_bytes(self) -> bytes:
        document = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "game_version": self.game_version,
            "seed": self.seed,
            "actions": list(ACTIONS),
            "start": vars(self.start),
            "steps": self.inputs.count,
            "runs": self.inputs.runs,
            "raw": self.inputs.raw,
            "end": self.end,
        }
        text = json.dumps(document, separators=(",", ":"), allow_nan=False)
        return gzip.compress(text.encode("utf-8"), mtime=0)

    @classmethod
    def read(cls, path: str) -> Replay:
        """The replay in `path`. Raises ReplayError naming the file and what is wrong."""
        try:
            with open(path, "rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise ReplayError(path, f"cannot be read ({exc.strerror or exc})") from None
        return cls.from_bytes(data, path)

    @classmethod
    def from_bytes(cls, data: bytes, path: str = "<replay>") -> Replay:
        if len(data) > MAX_FILE_BYTES:
            raise ReplayError(path, f"larger than {MAX_FILE_BYTES} bytes, so not a replay")
        if not data.startswith(b"\x1f\x8b"):
            raise ReplayError(path, "not a replay (a replay is a gzip-compressed file the game writes)")
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as unzipped:
                text = unzipped.read(MAX_FILE_BYTES + 1)
            if len(text) > MAX_FILE_BYTES:
                raise ReplayError(path, "unpacks to more than a replay can hold")
            document = json.loads(text.decode("utf-8"))
        except (OSError, EOFError, zlib.error) as exc:
            raise ReplayError(path, f"damaged: it cannot be unpacked ({exc})") from None
        except UnicodeDecodeError as exc:
            raise ReplayError(path, f"damaged: not text inside (bad byte at {exc.start})") from None
        except json.JSONDecodeError as exc:
            raise ReplayError(path, f"damaged: not valid JSON inside ({exc.msg}, line {exc.lineno})") from None
        except RecursionError:
            raise ReplayError(path, "damaged: JSON nested too deeply") from None
        return _parse(document, path)


def _parse(document: Any, path: str) -> Replay:
    """A Replay from the parsed JSON, every field checked; ReplayError says which is wrong."""
    if type(document) is not dict or document.get("format") != FORMAT:
        raise ReplayError(path, "valid, but not a Lullaby Protocol replay")
    version = document.get("format_version")
    if type(version) is not int or version < 1:
        raise ReplayError(path, f"damaged: format_version {version!r} is not a version")
    if version > FORMAT_VERSION:
        raise ReplayError(
            path, f"made by a newer version of the game (replay format {version}; this game plays {FORMAT_VERSION})"
        )
    if document.get("actions") != list(ACTIONS):
        raise ReplayError(path, "its actions are not this game's (the keys would mean something else)")
    game_version = _get(document, "game_version", str, path)
    seed = _get(document, "seed", int, path)
    raw_start = _get(document, "start", dict, path)
    start = Start(
        kind=_get(raw_start, "kind", str, path, "start."),
        settings=_get(raw_start, "settings", str, path, "start."),
        seen=_get(raw_start, "seen", str, path, "start."),
        saves=_get(raw_start, "saves", dict, path, "start."),
        rng=_get(raw_start, "rng", list, path, "start."),
        steps=_get(raw_start, "steps", int, path, "start."),
        play_time_steps=_get(raw_start, "play_time_steps", int, path, "start."),
        launch=_get(raw_start, "launch", dict, path, "start."),
        save=_get(raw_start, "save", (str, type(None)), path, "start."),
        rng_before=_get(raw_start, "rng_before", (list, type(None)), path, "start."),
        steps_before=_get(raw_start, "steps_before", int, path, "start."),
        dialogue_log=_get(raw_start, "dialogue_log", list, path, "start."),
        chapter_due=_get(raw_start, "chapter_due", (str, type(None)), path, "start."),
        live=_get(raw_start, "live", dict, path, "start.") if "live" in raw_start else {},
    )
    saved = start.save is not None and start.rng_before is not None
    if start.kind not in ("launch", "save") or (start.kind == "save") != saved:
        raise ReplayError(path, f"damaged: start.kind {start.kind!r} does not fit what it holds")
    if not all(type(k) is str and type(v) is str for k, v in start.saves.items()):
        raise ReplayError(path, "damaged: start.saves should map file names to their text")
    if not all(type(v) in (str, type(None)) for v in start.launch.values()):
        raise ReplayError(path, "damaged: start.launch should hold names")
    runs = _get(document, "runs", list, path)
    raw = _get(document, "raw", list, path)
    limit = 1 << len(ACTIONS)
    for run in runs:
        if not (type(run) is list and len(run) == 3 and all(type(n) is int for n in run)):
            raise ReplayError(path, f"damaged: a run of steps should be [count, pressed, held], not {run!r:.60}")
        if run[0] < 1 or not 0 <= run[1] < limit or not 0 <= run[2] < limit:
            raise ReplayError(path, f"damaged: a run of steps is out of range: {run!r}")
    inputs = Runs(runs, raw, sum(run[0] for run in runs))
    if _get(document, "steps", int, path) != inputs.count:
        raise ReplayError(path, f"damaged: it says {document['steps']} steps but holds {inputs.count}")
    for entry in raw:
        if not (type(entry) is list and len(entry) == 3 and type(entry[0]) is int and 0 <= entry[0] < inputs.count):
            raise ReplayError(path, f"damaged: a raw key should be [step, kind, name], not {entry!r:.60}")
        if not (type(entry[1]) is str and type(entry[2]) is str):
            raise ReplayError(path, f"damaged: a raw key should be [step, kind, name], not {entry!r:.60}")
    end = _get(document, "end", (dict, type(None)), path)
    return Replay(game_version, seed, start, inputs, end)


def _get(raw: dict[str, Any], key: str, kinds: type | tuple[type, ...], path: str, where: str = "") -> Any:
    if key not in raw:
        raise ReplayError(path, f"damaged: {where}{key} is missing")
    value = raw[key]
    allowed = kinds if isinstance(kinds, tuple) else (kinds,)
    if type(value) not in allowed:
        raise ReplayError(path, f"damaged: {where}{key} should not be {type(value).__name__}")
    return value
