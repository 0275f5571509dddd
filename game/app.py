"""The window and the one main loop: fixed 60 Hz logic steps, one render per frame, the
320x180 image scaled by a whole number and letterboxed into a resizable window."""

from __future__ import annotations

import argparse
import logging
import os
import random
import sys
import time
import traceback
from collections.abc import Hashable, Sequence
from typing import TYPE_CHECKING

import pygame

from game import __version__
from game.assets import Assets
from game.audio import Audio
from game.content.names import did_you_mean
from game.content.problems import ContentError, Problem
from game.input import Action, Input, clean_bindings
from game.recording import (
    Opened,
    Playback,
    Recorder,
    capture,
    live_state,
    quiet_scene,
    resume_start,
    write_start_files,
)
from game.render import INTERNAL_SIZE
from game.render.present import GameWindow, open_window
from game.replay import Replay, ReplayError
from game.report import RecentLog, write_report
from game.save import SaveStore, default_save_dir
from game.scenes.base import SceneStack, StepInput
from game.scenes.error import CrashScreen, ErrorScreen
from game.scenes.menus import TitleScreen
from game.scenes.overlays import ReloadPanel
from game.scenes.services import Services
from game.seen import SeenLines, seen_path_beside
from game.session import Session
from game.settings import Settings, SettingsStore
from game.storage import atomic_write, user_config_dir
from game.story.bridge import StoryConditions
from game.story.chapters import CHAPTERS_FILE, game_chapters
from game.story.runtime import Story, StoryError
from game.world import STEP_S

if TYPE_CHECKING:
    from game.hot_reload import HotReload

START_SPAWN = "start"
MAX_FRAME_S = 0.25
"""A frame longer than this (a stall, a dragged window) is cut short: the game skips time
instead of running a burst of catch-up steps (no spiral of death)."""
MAX_STEPS_PER_FRAME = 8
FPS_CAP = 60
FAST_DRAW_EVERY = 30
"""A replay played --fast draws one frame in this many (the window still shows it moving)."""
GAME_PACKAGE = os.path.dirname(os.path.abspath(__file__))
STRICT_ENV = "LULLABY_STRICT"
"""Set (the tests do) to let an unexpected error end the game with its traceback instead
of the crash screen."""
log = logging.getLogger(__name__)
"""Frames drawn per second at most; the loop sleeps in between (no busy loop)."""


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="lullaby", description="Lullaby Protocol")
    parser.add_argument(
        "--map", default=None, help="start on this map (a name in maps/ or a .tmx path), skipping the title"
    )
    parser.add_argument("--spawn", default=None, help="spawn name on that map (default: 'start' or the first)")
    parser.add_argument(
        "--chapter",
        default=None,
        help="start a new game at this chapter (a name in assets/story/chapters.json), where it begins",
    )
    parser.add_argument("--fullscreen", action="store_true", help="start in fullscreen")
    parser.add_argument("--scale", type=int, default=None, help="window size as a multiple of 320x180")
    parser.add_argument("--seed", type=int, default=0, help="seed for the game's random numbers")
    parser.add_argument("--frames", type=int, default=None, help="run this many frames, one logic step each, then exit")
    parser.add_argument("--screenshot", default=None, help="save the last frame (320x180) to this PNG")
    parser.add_argument("--settings", default=None, help="settings file (default: in the user config folder)")
    parser.add_argument("--save-dir", default=None, help="folder for saved games (default: in the user data folder)")
    parser.add_argument(
        "--replay",
        default=None,
        metavar="FILE",
        help="play a recorded replay (a .replay file: the game writes one beside the saves) and check where it ends",
    )
    parser.add_argument("--fast", action="store_true", help="with --replay: as fast as possible, not in real time")
    parser.add_argument(
        "--hot-reload",
        action="store_true",
        help="for designers: a map or story saved in Tiled or Inky shows in the running game; F5 reloads",
    )
    args = parser.parse_args(argv)
    if args.scale is not None and not 1 <= args.scale <= 8:
        parser.error("--scale must be between 1 and 8")
    if args.frames is not None and args.frames < 1:
        parser.error("--frames must be at least 1")
    if args.fast and args.replay is None:
        parser.error("--fast plays a replay faster: it needs --replay FILE")
    if args.replay is not None and (args.map or args.spawn or args.chapter or args.hot_reload):
        parser.error("--replay starts where the replay does: no --map, --spawn, --chapter or --hot-reload with it")
    return args


class App:
    """Owns the window, the loop and the scene stack."""

    def __init__(self, args: argparse.Namespace, playback: Playback | None = None) -> None:
        self.args = args
        RecentLog.installed()  # the recent log lines, for a bug report
        pygame.display.init()
        pygame.display.set_caption("Lullaby Protocol")
        store = SettingsStore(args.settings or os.path.join(user_config_dir(), "settings.json"))
        settings = store.load()
        store.note(clean_bindings(settings))
        if args.scale is not None:
            settings.scale = args.scale
        if args.fullscreen:
            settings.fullscreen = True
        self.headless = os.environ.get("SDL_VIDEODRIVER") == "dummy"
        self.window: GameWindow = open_window(
            INTERNAL_SIZE, settings.scale, settings.fullscreen, settings.gpu_scaling, self.headless
        )
        self.internal = pygame.Surface(INTERNAL_SIZE).convert()
        self.input = Input(settings)
        audio = Audio.start(sfx_volume=settings.sfx_volume, music_volume=settings.music_volume)
        self.services = Services(SceneStack(), Assets(), settings, random.Random(args.seed), audio)
        seen = self.services.seen = SeenLines.load(seen_path_beside(store.path))
        self.clock = pygame.time.Clock()
        self.running = True
        self._pending = StepInput()
        self._injected_held: set[Action] = set()
        self._lag_s = 0.0
        self._shown = b""
        """The picture the window shows now (the internal image's bytes when last presented)."""
        self._drawn_look: Hashable | None = None
        """The scenes' look when the internal image was last drawn (see Scene.look)."""
        self.strict = bool(os.environ.get(STRICT_ENV))
        problems = [Problem(store.path, "settings", text) for text in filter(None, [store.warning, *store.notices])]
        problems += [Problem(seen.path or "", "lines read", t) for t in filter(None, [seen.warning, *seen.notices])]
        problems += self.open_story()
        self.session = Session(self, SaveStore(args.save_dir or default_save_dir()), store)
        self.services.flow = self.session
        self.services.saves = self.session.saves
        self.hot_reload = self._hot_reload() if args.hot_reload else None
        self.reload_panel = ReloadPanel()
        if args.chapter is not None:
            self.start_chapter(args.chapter, problems)
        else:
            self.start(args.map, args.spawn, problems)
        self.playback = playback
        """The replay being played (--replay): its steps are the input; the keys are not."""
        self.recorder = (
            None if playback is not None or self.hot_reload is not None else Recorder(capture(self), args.seed)
        )
        """The replay of this play (none while playing one back, or while maps change under
        a designer's hands with --hot-reload)."""
        self.replays_due: list[str | None] = []
        """Where to write the replay once the step in progress is over (None: beside the
        saves), so that it ends on a whole step: an autosave, a bug report, a crash."""
        self.replay_verdict: list[str] | None = None
        """When a replay played to its end: how the end differs from the recording's."""

    def _hot_reload(self) -> HotReload:
        """--hot-reload's watcher, imported only then: it brings the validator, the story
        checks and the cutscene checks, which a player's start-up never needs."""
        from game.hot_reload import HotReload

        return HotReload(self)

    def start_chapter(self, name: str, problems: list[Problem]) -> None:
        """--chapter: a new game's story, opened where the chapter begins (its `begins` in
        chapters.json), the chapter recorded and its protagonist playing; a chapter the
        table lacks, or without a `begins`, is said on the title screen."""
        chapter = game_chapters().get(name)
        if chapter is None or chapter.begins is None:
            why = "is not in" if chapter is None else "has no 'begins' in"
            hint = did_you_mean(name, game_chapters())
            problems = [*problems, Problem(str(CHAPTERS_FILE), f"chapter '{name}'", f"{why} the table{hint}")]
            self.start(None, None, problems)
            return
        begins = chapter.begins
        story = self.services.story
        for variable, value in chapter.given.items():  # what the chapters before leave
            try:
                if story is not None:
                    story.set(variable, value)
            except StoryError as exc:
                problems = [*problems, Problem(str(CHAPTERS_FILE), f"chapter '{name}' given", str(exc))]
        self.start(begins.map, begins.spawn, problems)
        scene = self.session.explore_scene()
        if scene is not None:
            self.session.begin_chapter(name)
            if begins.knot:
                scene.run_knot(begins.knot)

    def reset_story(self) -> list[Problem]:
        """A fresh story for a new game; the problems if it cannot be opened (the game
        then goes on without one, so the player sees why instead of a crash)."""
        return self.open_story()

    def apply_window(self, settings: Settings) -> None:
        """The window as the settings say: fullscreen or the windowed scale, and the way
        frames reach it (the GPU or software: a new window, the same game)."""
        wanted = "gpu" if settings.gpu_scaling and not self.headless else "software"
        if wanted != self.window.path:
            self.window.close()
            self.window = open_window(
                INTERNAL_SIZE, settings.scale, settings.fullscreen, settings.gpu_scaling, self.headless
            )
        elif settings.fullscreen != self.window.fullscreen:
            self.window.toggle_fullscreen()
        elif not settings.fullscreen and settings.scale != self.window.windowed_scale():
            self.window.resize(settings.scale)
        self._shown, self._drawn_look = b"", None  # whatever changed, the window shows the picture again

    def open_story(self) -> list[Problem]:
        """Load the compiled Ink story and connect it (see make_story, install_story)."""
        story = self.make_story()
        if isinstance(story, Problem):
            return [story]
        self.install_story(story)
        return []

    def make_story(self) -> Story | Problem:
        """The compiled Ink story, fresh from its file, with its external functions bound
        to the game; or the problem that stops it from opening. Nothing is replaced yet."""
        path = os.path.join(self.services.assets.assets_dir, "story", "main.json")
        try:
            story = Story.load(path)
        except StoryError as exc:
            return Problem(path, "story", str(exc))
        story.seed(self.args.seed)  # not the clock: the same --seed tells the same story
        audio = self.services.audio
        story.bind("play_sfx", lambda name: audio.play_sfx(str(name)))
        story.bind("begin_chapter", lambda name: self.services.on_chapter(str(name)))
        story.bind("playing", lambda: self.session.playing())
        return story

    def install_story(self, story: Story) -> None:
        """Make `story` the one the game plays: its variables answer the maps' conditions."""
        self.services.story = story
        self.services.conditions = StoryConditions(story)

    def start(self, map_name: str | None, spawn: str | None, problems: list[Problem]) -> None:
        """Open the title screen, or with --map the map itself (for designers); a broken
        map shows its problems instead."""
        scenes = self.services.scenes
        if map_name is None:
            scenes.push(TitleScreen(self.services))
            if problems:
                scenes.push(ErrorScreen(self.services, "Something needs attention", problems))
            return
        assets = self.services.assets
        try:
            # a .tmx path is the designer's own file, wherever it is; a name is looked up in maps/
            loaded = assets.load_map_file(map_name) if map_name.endswith(".tmx") else assets.load_map(map_name)
            names = list(loaded.data.spawns)
            if spawn is None:
                spawn = START_SPAWN if START_SPAWN in names else (names[0] if names else None)
            if spawn not in loaded.data.spawns:
                raise ContentError(
                    [Problem(loaded.path, "map", f"has no spawn '{spawn}' (it has: {', '.join(names) or 'none'})")]
                )
            scenes.push(self.session.explore(loaded, spawn))
        except ContentError as exc:
            scenes.push(ErrorScreen(self.services, "This map cannot be played", exc.problems, on_close=self.stop))
        if problems:
            scenes.push(ErrorScreen(self.services, "Something needs attention", problems))

    def stop(self) -> None:
        self.running = False

    def run(self) -> int:
        """Play until the window closes (or `--frames` frames have been drawn)."""
        frames = self.args.frames
        fixed = frames is not None or self.playback is not None  # exactly one logic step per frame
        fast = self.args.fast  # a replay as fast as it goes: drawn now and then, never waiting
        previous = time.perf_counter()
        drawn = 0
        while self.running:
            now = time.perf_counter()
            self.frame(None if fixed else now - previous, draw=not fast or drawn % FAST_DRAW_EVERY == 0)
            previous = now
            drawn += 1
            if frames is not None and drawn >= frames:
                break
            if not (fixed and self.headless) and not fast:
                self.clock.tick(FPS_CAP)  # sleeps; never a busy loop
        if self.args.screenshot:
            if fast:
                self.draw()
            pygame.image.save(self.internal, self.args.screenshot)
        self.write_replay()
        self.services.scenes.clear()
        pygame.quit()
        return 0

    def inject(self, pressed: set[Action], held: set[Action]) -> None:
        """Act as a player would, for routes and tests: `pressed` counts for the next step,
        `held` stays held until injected again."""
        self._pending.pressed |= pressed
        self._injected_held = set(held)

    def frame(self, elapsed_s: float | None, draw: bool = True) -> int:
        """One frame: read input, run the logic steps that `elapsed_s` of real time owes
        (exactly one when None), draw once (unless `draw` is False: tools that play many
        steps and look at none of them, like the route runner). Returns the steps run."""
        polled = self.input.poll()
        if polled.quit:
            self.running = False
            return 0
        if polled.toggle_fullscreen:
            self.window.toggle_fullscreen()
            self.services.settings.fullscreen = self.window.fullscreen
        if polled.resized:
            self.window.window_changed()
        if polled.resized or polled.exposed or polled.toggle_fullscreen:
            self._shown, self._drawn_look = b"", None  # the window needs the picture again
        if self.playback is None:
            self._pending.pressed |= polled.pressed
            self._pending.raw.extend(polled.raw)
            self._pending.held = polled.held | self._injected_held
        self.services.device = polled.device
        if self.hot_reload is not None:
            try:
                self.hot_reload.frame(force=polled.reload)
            except Exception as exc:
                self.recover(exc)
        if elapsed_s is None:
            steps = 1
        else:
            self._lag_s += min(elapsed_s, MAX_FRAME_S)
            steps = min(int(self._lag_s / STEP_S), MAX_STEPS_PER_FRAME)
            self._lag_s = 0.0 if steps == MAX_STEPS_PER_FRAME else self._lag_s - steps * STEP_S
        for _ in range(steps):
            if self.playback is not None and not self._play_back():
                break
            if self.recorder is not None:
                self.recorder.step(self._pending)
            try:
                self.services.scenes.update(self._pending)
            except Exception as exc:
                self.recover(exc)
            self.services.steps += 1
            self.session.count_play_step()
            self._pending = StepInput(held=self._pending.held)  # a press counts for one step only
            if self.session.opened is not None:
                if self.recorder is not None:
                    self.recorder.checkpoint(self, capture(self, self.session.opened))
                self.session.opened = None
                self.session.checkpoint_due = False
            elif self.recorder is not None and (self.session.checkpoint_due or self.recorder.checkpoint_wanted()):
                self._checkpoint_if_quiet()
            self._write_replays_due()
            if self.services.scenes.top is None:
                self.running = False
                break
        if self.running and draw:
            try:
                self.draw()
            except Exception as exc:
                self.recover(exc)
        self._write_replays_due()
        return steps

    def _checkpoint_if_quiet(self) -> None:
        """After an autosave, once the game is at rest, the replay may start afresh here:
        the game as a save holds it, with what the play holds besides (recording.live_state)."""
        scene = quiet_scene(self)
        if scene is None:
            return
        self.session.checkpoint_due = False
        game = self.session.game_now()
        if self.recorder is None or game is None:  # (the caller checked the recorder; mypy cannot tell)
            return
        now = Opened(game.to_bytes(), self.services.rng.getstate(), self.services.steps)
        self.recorder.checkpoint(self, capture(self, now, live_state(scene)))

    def _play_back(self) -> bool:
        """Take the next step's input from the replay; at its end, say whether the play
        ended where the recording did, and stop. False when there is no step left."""
        assert self.playback is not None
        recorded = self.playback.next_input()
        if recorded is not None:
            self._pending = recorded
            return True
        self.replay_verdict = self.playback.verdict(self)
        self.running = False
        return False

    def write_replay(self, path: str | None = None) -> str | None:
        """Write the replay so far to `path` (default: beside the saves; see Recorder.write);
        its path, or None. Between steps only: in a step, use replay_after_step."""
        return self.recorder.write(self, path) if self.recorder is not None else None

    def replay_after_step(self, path: str | None = None) -> None:
        """Write the replay to `path` (None: beside the saves) once the step in progress is
        over: the recording then holds that step, and the state it reached, whole."""
        self.replays_due.append(path)

    def _write_replays_due(self) -> None:
        for path in self.replays_due:
            self.write_replay(path)
        self.replays_due.clear()

    def recover(self, error: Exception) -> None:
        """A bug got past every check: write it whole to a crash log, then show it in plain
        words and go back to the title, instead of closing the window on the player. With
        LULLABY_STRICT set (the tests), or if the crash screen itself fails, it is raised."""
        scenes = self.services.scenes
        if self.strict or isinstance(scenes.top, CrashScreen):
            raise error
        log.error("unexpected error; showing it and returning to the title", exc_info=error)
        frames = traceback.extract_tb(error.__traceback__)
        ours = [f for f in frames if os.path.dirname(os.path.abspath(f.filename)).startswith(GAME_PACKAGE)]
        where = f"{os.path.basename(ours[-1].filename)}:{ours[-1].lineno}" if ours else "the game"
        problem = Problem(where, type(error).__name__, str(error) or "no details")
        self.replay_after_step()  # the play up to the error, whole with the step that met it
        text = "".join(traceback.format_exception(error))
        report = write_report(self, f"The game wrote it when it met an error: {problem}", text)
        scenes.clear()
        self.services.toasts.shown = []
        logged = self._write_crash_log(text)
        scenes.push(CrashScreen(self.services, problem, self.session.quit_to_title, logged, report))

    def _write_crash_log(self, text: str) -> str | None:
        """The whole error with its traceback (`text`) in a file beside the saves; its path,
        or None if it could not be written (then the log output has it)."""
        folder = os.path.join(self.session.saves.folder, "logs")
        name = f"crash-{time.strftime('%Y%m%d-%H%M%S')}.log"
        try:
            path = os.path.join(folder, name)
            atomic_write(path, f"Lullaby Protocol {__version__}\n{text}".encode())
        except OSError:
            return None
        return path

    def draw(self) -> None:
        """Draw the frame, unless every scene it shows says it looks as it did last time
        (Scene.look) and nothing else is on screen; send it to the window if it changed."""
        look = self.services.scenes.look()
        if self.services.toasts.active(self.services.steps) or self.hot_reload is not None:
            look = None
        if look is not None and look == self._drawn_look:
            return  # the same picture as last frame: neither drawn nor sent
        self._drawn_look = look
        self.internal.fill((0, 0, 0))
        self.services.scenes.draw(self.internal)
        if self.hot_reload is not None:
            self.reload_panel.draw(self.internal, self.services, self.hot_reload.problems)
        self.services.toasts.draw(self.internal, self.services)
        picture = self.internal.get_buffer().raw
        if picture == self._shown:
            return  # the window already shows this picture: nothing to send (a paused menu)
        self._shown = picture
        self.window.present(self.internal)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.replay is not None:
        return play_replay(args)
    try:
        app = App(args)
    except pygame.error as exc:
        print(f"lullaby: cannot open a window: {exc}", file=sys.stderr)
        print("(on a machine without a screen, set SDL_VIDEODRIVER=dummy)", file=sys.stderr)
        return 1
    return app.run()


def play_replay(args: argparse.Namespace) -> int:
    """`--replay FILE`: play it in a scratch folder (the player's own settings and saves are
    never touched) and say whether it ended where it was recorded: 0 if so, 1 if not, 2 if
    the file cannot be played."""
    import tempfile

    try:
        replay = Replay.read(args.replay)
    except ReplayError as exc:
        print(f"lullaby: {exc.path}: {exc.message}", file=sys.stderr)
        return 2
    if replay.game_version != __version__:
        print(
            f"lullaby: {args.replay} was recorded by version {replay.game_version} of the game; this is "
            f"{__version__}, so it may not play the same",
            file=sys.stderr,
        )
    with tempfile.TemporaryDirectory(prefix="lullaby-replay-") as scratch:
        start = replay.start
        args.settings, args.save_dir = write_start_files(start, scratch)
        args.seed = replay.seed
        launch = [start.launch.get(k) for k in ("map", "spawn", "chapter")]
        args.map, args.spawn, args.chapter = launch if start.kind == "launch" else (None, None, None)
        try:
            app = App(args, Playback(replay))
        except pygame.error as exc:
            print(f"lullaby: cannot open a window: {exc}", file=sys.stderr)
            return 1
        if start.kind == "save" and launch[0]:
            try:
                app.services.assets.allow_map(launch[0])  # the save may stand on it
            except ContentError:
                pass  # then the save's own map is not found, and resume_start says so
        why = resume_start(app, start)
        if why is not None:
            print(f"lullaby: {args.replay}: cannot start where it was recorded: {why}", file=sys.stderr)
            return 2
        app.run()
        verdict = app.replay_verdict
    played = f"{args.replay}: {replay.inputs.count} steps"
    if verdict is None:
        print(f"{played}: stopped before its end")
        return 0
    if verdict:
        print(f"{played}: it ended differently from the recording:", *verdict, sep="\n  ")
        return 1
    print(f"{played}: it ended as recorded")
    return 0


if __name__ == "__main__":
    sys.exit(main())
