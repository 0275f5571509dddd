"""Recording the running game into a replay, and setting a game up to play one back (see
game/replay.py for the file). The App records each step's input (`Recorder.step`), starts
a checkpoint when a save is opened, and writes the replay beside the saves; `--replay FILE`
plays one (`Playback`)."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from game import __version__
from game.replay import KEEP_S, Replay, Start
from game.save import MAX_SAVE_BYTES, SaveError, read_save_bytes
from game.scenes.base import StepInput
from game.seen import seen_path_beside
from game.storage import atomic_write
from game.world import STEP_S

if TYPE_CHECKING:
    from game.app import App

log = logging.getLogger(__name__)

REPLAY_FOLDER = "replays"
LATEST = "latest.replay"
"""The replay of the current (or last) play, in REPLAY_FOLDER beside the saves."""


@dataclass(frozen=True)
class Opened:
    """A save the game has just opened: its file's bytes, and the random generator and step
    count it was opened with (what opening it may read)."""

    data: bytes
    rng_before: Any
    steps_before: int


def saves_folder_files(folder: str) -> dict[str, str]:
    """The save files (slot_*.json, their backups) in `folder` by name, as text: what a later
    load in the replay will read. Files that are not saves the game wrote are left out."""
    files: dict[str, str] = {}
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return files
    for name in names:
        path = os.path.join(folder, name)
        if not (name.startswith("slot_") and name.endswith(".json") and os.path.isfile(path)):
            continue
        try:
            if os.path.getsize(path) > MAX_SAVE_BYTES:
                continue
            with open(path, "rb") as handle:
                files[name] = handle.read().decode("utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # damaged: the replay's load finds the slot empty instead (it says so)
    return files


def capture(app: App, opened: Opened | None = None) -> Start:
    """The Start of a replay now: at launch, or (`opened`) just after a save was opened."""
    services, session = app.services, app.session
    args = app.args
    return Start(
        kind="launch" if opened is None else "save",
        settings=services.settings.to_json().decode("utf-8"),
        seen=services.seen.to_json().decode("utf-8"),
        saves=saves_folder_files(session.saves.folder),
        rng=_json_state(services.rng.getstate()),
        steps=services.steps,
        play_time_steps=services.play_time_steps,
        launch={"map": args.map, "spawn": args.spawn, "chapter": args.chapter} if opened is None else {},
        save=None if opened is None else opened.data.decode("utf-8"),
        rng_before=None if opened is None else _json_state(opened.rng_before),
        steps_before=0 if opened is None else opened.steps_before,
        dialogue_log=[[speaker, text] for speaker, text in services.dialogue_log],
        chapter_due=session.chapter_due,
    )


def _json_state(state: Any) -> list[Any]:
    """random.Random.getstate() as JSON (tuples become lists)."""
    result: list[Any] = json.loads(json.dumps(state))
    return result


def _rng_state(state: list[Any]) -> tuple[Any, ...]:
    version, internal, gauss = state
    return (version, tuple(internal), gauss)


def fingerprint(app: App) -> dict[str, Any]:
    """What a replay must reach: the story's variables, the scene on top, the map and where
    the player stands, the playthrough, and the step counters."""
    services = app.services
    story = services.story
    top = services.scenes.top
    state: dict[str, Any] = {
        "steps": services.steps,
        "play_time_steps": services.play_time_steps,
        "scene": type(top).__name__ if top is not None else None,
        "story": story.variables() if story is not None else None,
    }
    scene = app.session.explore_scene()
    if scene is not None:
        world = scene.world
        state["map"] = world.map.name
        state["player"] = [*world.player.cell, world.player.facing.value]
        state["playthrough"] = world.save_state()
    result: dict[str, Any] = json.loads(json.dumps(state))  # as the file will hold it
    return result


def differences(expected: dict[str, Any], found: dict[str, Any]) -> list[str]:
    """What differs between two fingerprints, a line each (story variables by name)."""
    lines: list[str] = []
    for key in sorted(set(expected) | set(found)):
        want, got = expected.get(key), found.get(key)
        if want == got:
            continue
        if key == "story" and isinstance(want, dict) and isinstance(got, dict):
            for name in sorted(set(want) | set(got)):
                if want.get(name) != got.get(name):
                    lines.append(f"story variable {name}: recorded {want.get(name)!r}, replayed {got.get(name)!r}")
        elif key == "playthrough":
            lines.append("the playthrough (maps visited, puzzles, party) differs")
        else:
            lines.append(f"{key}: recorded {want!r}, replayed {got!r}")
    return lines


class Recorder:
    """The replay of the play in progress. Each step's input is added as it is consumed;
    when a save is opened a checkpoint starts, and once a checkpoint is older than KEEP_S
    of play the part before it is dropped, so the recording stays bounded while keeping at
    least the last KEEP_S of play."""

    def __init__(self, start: Start, seed: int) -> None:
        self.replay = Replay(__version__, seed, start)
        self.checkpoints: list[tuple[int, Start]] = []
        """Later starts (a save opened) by the step they follow, oldest first."""

    def step(self, step: StepInput) -> None:
        inputs = self.replay.inputs
        inputs.add(step.pressed, step.held, step.raw)
        if self.checkpoints and inputs.count - self.checkpoints[0][0] >= round(KEEP_S / STEP_S):
            self._drop_before_checkpoint()

    def checkpoint(self, start: Start) -> None:
        """A save was just opened (`start` says how): the replay may start here later."""
        self.checkpoints.append((self.replay.inputs.count, start))

    def _drop_before_checkpoint(self) -> None:
        """Start the replay at its oldest checkpoint, which is KEEP_S of play old."""
        at, start = self.checkpoints.pop(0)
        self.checkpoints = [(n - at, later) for n, later in self.checkpoints]
        self.replay = Replay(self.replay.game_version, self.replay.seed, start, self.replay.inputs.after(at))

    def write(self, app: App, path: str | None = None) -> str | None:
        """Write the replay so far (with the state it reached) to `path` (default: beside
        the saves), atomically; its path, or None if it could not be written (the log says
        why)."""
        self.replay.end = fingerprint(app)
        path = path or os.path.join(app.session.saves.folder, REPLAY_FOLDER, LATEST)
        try:
            atomic_write(path, self.replay.to_bytes())
        except (OSError, ValueError) as exc:
            log.warning("the replay could not be written to %s: %s", path, exc)
            return None
        return path


class Playback:
    """A replay being played: its steps' inputs in order, then the check of where it ended."""

    def __init__(self, replay: Replay) -> None:
        self.replay = replay
        self._steps = replay.inputs.steps()
        self.played = 0

    def next_input(self) -> StepInput | None:
        """The next recorded step's input, or None when the recording is over."""
        found = next(self._steps, None)
        if found is None:
            return None
        self.played += 1
        pressed, held, raw = found
        return StepInput(pressed, held, raw)

    def verdict(self, app: App) -> list[str]:
        """Where the play ended against where the recording did: the differences (none: it
        replayed exactly)."""
        if self.replay.end is None:
            return ["the replay does not say where it ended, so nothing can be compared"]
        return differences(self.replay.end, fingerprint(app))


def write_start_files(start: Start, folder: str) -> tuple[str, str]:
    """The settings, lines read and saves folder of `start`, written into `folder` for a
    replay to play in (never the player's own files): the settings path and saves folder."""
    settings_path = os.path.join(folder, "settings.json")
    saves = os.path.join(folder, "saves")
    os.makedirs(saves, exist_ok=True)
    atomic_write(settings_path, start.settings.encode("utf-8"))
    atomic_write(seen_path_beside(settings_path), start.seen.encode("utf-8"))
    for name, text in start.saves.items():
        if os.path.basename(name) == name and name.startswith("slot_"):
            atomic_write(os.path.join(saves, name), text.encode("utf-8"))
    return settings_path, saves


def resume_start(app: App, start: Start) -> str | None:
    """Put `app` (just launched at the title, in the start's files) where a "save" start
    was recorded: the save opened as it was, then the counters and the random generator as
    they were after that step. Returns why not, or None."""
    if start.kind != "save" or start.save is None or start.rng_before is None:
        return None
    services = app.services
    try:
        game = read_save_bytes(start.save.encode("utf-8"), "the replay's opened save")
        services.rng.setstate(_rng_state(start.rng_before))
    except SaveError as exc:
        return f"its opened save cannot be read: {exc.message}"
    except (ValueError, TypeError) as exc:
        return f"its random generator's state is damaged: {exc}"
    services.steps = start.steps_before
    why = app.session.open_save(game)
    if why is not None:
        return why
    services.steps = start.steps
    services.play_time_steps = start.play_time_steps
    services.dialogue_log[:] = [(speaker, text) for speaker, text in start.dialogue_log]
    services.rng.setstate(_rng_state(start.rng))
    app.session.chapter_due = start.chapter_due
    return None
