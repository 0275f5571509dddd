"""Recording the running game into a replay, and setting a game up to play one back (see
game/replay.py for the file). The App records each step's input (`Recorder.step`), starts
a checkpoint when a save is opened, and writes the replay beside the saves; `--replay FILE`
plays one (`Playback`)."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from game import __version__
from game.input import Action
from game.replay import KEEP_S, Replay, Start
from game.save import MAX_SAVE_BYTES, SaveError, read_save_bytes
from game.scenes.base import StepInput
from game.seen import seen_path_beside
from game.storage import atomic_write
from game.world import STEP_S
from game.world.geometry import Direction

if TYPE_CHECKING:
    from game.app import App
    from game.scenes.explore import ExploreScene

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


def capture(app: App, opened: Opened | None = None, live: dict[str, Any] | None = None) -> Start:
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
        launch={"map": args.map, "spawn": args.spawn, "chapter": args.chapter},
        save=None if opened is None else opened.data.decode("utf-8"),
        rng_before=None if opened is None else _json_state(opened.rng_before),
        steps_before=0 if opened is None else opened.steps_before,
        dialogue_log=[[speaker, text] for speaker, text in services.dialogue_log],
        chapter_due=session.chapter_due,
        live=live or {},
    )


def quiet_scene(app: App) -> ExploreScene | None:
    """The map being played, if the game is at rest on it: nothing but the map on screen (no
    fade, dialogue or menu), nobody walking, no cutscene or story direction under way. What a
    save holds, with `live_state`, is then the whole of the game's state."""
    scenes = app.services.scenes
    scene = app.session.explore_scene()
    if scene is None or scenes.top is not scene or len(scenes) != 1 or app.services.autosave_due:
        return None
    world = scene.world
    if world.scripting() or any(actor.moving for actor in world.actors):
        return None
    if any(npc.actor.moving for npc in world.npcs):
        return None
    if scene.pending_end or scene.chapter_ends or scene.crash is not None or scene.stage.camera is not None:
        return None
    return scene


def live_state(scene: ExploreScene) -> dict[str, Any]:
    """What the play holds at a quiet step that a save does not, and the next steps read:
    where each character who strolls a route is on it, whom the player last walked into,
    the order the held arrows were pressed in, and Lila's anxiety and breath."""
    world, anxiety = scene.world, scene.anxiety
    return {
        "npcs": [
            [*npc.actor.cell, npc.actor.facing.value, npc.target, npc.forward, npc.pause_steps, npc.blocked_steps]
            for npc in world.npcs
        ],
        "bumped_into": list(world.bumped_into) if world.bumped_into is not None else None,
        "held_order": [action.value for action in scene.picker.order],
        "anxiety": [anxiety.level, anxiety.breath_steps, anxiety.calm_steps],
    }


def restore_live(scene: ExploreScene, live: dict[str, Any]) -> str | None:
    """Put back what `live_state` took; why not (a damaged replay), or None."""
    world, anxiety = scene.world, scene.anxiety
    npcs, bumped, order, calm = live.get("npcs"), live.get("bumped_into"), live.get("held_order"), live.get("anxiety")
    if type(npcs) is not list or len(npcs) != len(world.npcs):
        return "its characters on the map are not the map's"
    for npc, held in zip(world.npcs, npcs, strict=True):
        if not (type(held) is list and len(held) == 7 and [type(n) for n in held] == _NPC_TYPES):
            return f"its characters on the map are damaged ({held!r:.60})"
        x, y, facing, target, forward, pause, blocked = held
        if facing not in _DIRECTIONS:
            return f"its characters on the map are damaged ({held!r:.60})"
        npc.actor.place((x, y), Direction(facing))
        npc.target, npc.forward, npc.pause_steps, npc.blocked_steps = target, forward, pause, blocked
    if not (bumped is None or (type(bumped) is list and [type(n) for n in bumped] == [int, int])):
        return f"whom the player walked into is damaged ({bumped!r:.60})"
    if not (type(order) is list and all(name in _ACTIONS for name in order)):
        return f"the arrows held are damaged ({order!r:.60})"
    if not (type(calm) is list and [type(n) for n in calm] == [float, int, int]):
        return f"Lila's anxiety is damaged ({calm!r:.60})"
    world.remember_bump((bumped[0], bumped[1]) if bumped is not None else None)
    scene.picker.restore([Action(name) for name in order])
    anxiety.level, anxiety.breath_steps, anxiety.calm_steps = calm
    return None


_NPC_TYPES = [int, int, str, int, bool, int, int]
_DIRECTIONS = frozenset(direction.value for direction in Direction)
_ACTIONS = frozenset(action.value for action in Action)


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


CHECKPOINT_EVERY_S = KEEP_S / 3
"""Play between checkpoints at most (while the game is not at rest, the next quiet step)."""


@dataclass(frozen=True)
class Checkpoint:
    """A place the replay may start from later: after step `at` (counted from the replay's
    start), as `start` says; with `reached`, the state the play was in there."""

    at: int
    start: Start
    reached: dict[str, Any] | None = None


class Recorder:
    """The replay of the play in progress. Each step's input is added as it is consumed.
    A checkpoint starts when a save is opened, and at the first quiet step after an autosave
    or after CHECKPOINT_EVERY_S of play; once a checkpoint is older than KEEP_S of play the
    part before it is dropped, so the recording stays bounded while keeping at least the
    last KEEP_S of play."""

    def __init__(self, start: Start, seed: int) -> None:
        self.replay = Replay(__version__, seed, start)
        self.checkpoints: list[Checkpoint] = []
        """Later starts, oldest first."""
        self.keeps_reached = False
        """Whether each checkpoint also keeps the state the play was in there (`segments`)."""
        self.afresh = False
        """The play so far cannot be replayed (`start_afresh`): the next checkpoint starts
        the replay, and all before it goes."""

    def step(self, step: StepInput) -> None:
        inputs = self.replay.inputs
        inputs.add(step.pressed, step.held, step.raw)
        if self.checkpoints and inputs.count - self.checkpoints[0].at >= round(KEEP_S / STEP_S):
            self._drop_before_checkpoint()

    def checkpoint(self, app: App, start: Start) -> None:
        """A save was just opened, or the game is at rest after an autosave or a long while
        (`start` says how): the replay may start here later."""
        count = self.replay.inputs.count
        if self.afresh:
            self.afresh = False
            self.checkpoints = []
            self.replay = Replay(self.replay.game_version, self.replay.seed, start, self.replay.inputs.after(count))
            return
        reached = fingerprint(app) if self.keeps_reached else None
        self.checkpoints.append(Checkpoint(count, start, reached))

    def start_afresh(self) -> None:
        """The game was just changed by other means than its steps (a route's setup sets the
        story and opens a map itself), so what came before cannot be replayed: the replay
        starts at the next quiet step instead."""
        self.afresh = True

    def checkpoint_wanted(self) -> bool:
        """Whether the replay waits to start afresh, or the last checkpoint (or the start)
        is CHECKPOINT_EVERY_S of play old: a play that stays on one map still drops its
        oldest part."""
        last = self.checkpoints[-1].at if self.checkpoints else 0
        return self.afresh or self.replay.inputs.count - last >= round(CHECKPOINT_EVERY_S / STEP_S)

    def _drop_before_checkpoint(self) -> None:
        """Start the replay at its oldest checkpoint, which is KEEP_S of play old."""
        oldest = self.checkpoints.pop(0)
        self.checkpoints = [replace(later, at=later.at - oldest.at) for later in self.checkpoints]
        self.replay = Replay(
            self.replay.game_version, self.replay.seed, oldest.start, self.replay.inputs.after(oldest.at)
        )

    def segments(self, app: App) -> list[Replay]:
        """The play so far cut at its checkpoints (which must keep what they reached): a
        replay from each one to the next, ending where the play was at the next, and the
        last one where it is now. Each one that replays exactly proves its checkpoint
        holds all that the play goes on from."""
        inputs, replay = self.replay.inputs, self.replay
        starts = [(0, replay.start), *[(c.at, c.start) for c in self.checkpoints]]
        ends = [c.at for c in self.checkpoints] + [inputs.count]
        reached = [c.reached for c in self.checkpoints] + [fingerprint(app)]
        return [
            Replay(replay.game_version, replay.seed, start, inputs.span(at, end), state)
            for (at, start), end, state in zip(starts, ends, reached, strict=True)
        ]

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
    scene = app.session.explore_scene()
    if start.live and scene is not None:
        return restore_live(scene, start.live)
    return None
