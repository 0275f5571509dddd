"""Hot reload, for designers and writers (`python -m game --hot-reload`): save the map you are
standing on (or one of its tilesets, templates or images) in Tiled, or the story in Inky,
and the running game shows the change within a second.

- A map is checked by the validator first. If it has problems they are shown in a panel
  over the game and the last good version goes on playing; fix the map, save, and it
  reloads. A good map replaces the old one with this map's record kept (levers, triggers
  that fired, characters) and everyone where they stood, or on the nearest free cell.
- A changed `.ink` file is compiled in the background (`python -m game.tools.ink`, which
  needs Node.js as it does by hand); the new story then takes over with the story state
  kept (every variable, visit count and the current knot). A story that does not compile,
  or whose state no longer fits, is shown in the panel and the old one goes on.
- F5 reloads the map and the story at once, changed or not.
- Changes wait while a dialogue, a cutscene or a menu is open, and apply when the player
  has control again.

Files are looked at every few frames (their modification time and size); nothing runs
without the flag, so release play never touches the disk for it.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from game.content.dependencies import map_files
from game.content.problems import ContentError, Problem, display_path
from game.content.validate import validate
from game.scenes.explore import ExploreScene
from game.story.bridge import story_problems
from game.story.chapters import game_chapters
from game.story.cutscene_checks import cutscene_problems
from game.story.runtime import Story, StoryError
from game.story.speakers import game_speakers
from game.world.jsonread import StateError
from game.world.mapdata import MapData

if TYPE_CHECKING:
    from game.app import App

log = logging.getLogger(__name__)

POLL_FRAMES = 15
"""Files are looked at every this many frames (a quarter of a second at 60 frames a second)."""
STORY_TABLES = ("main.json", "speakers.json", "chapters.json")
"""Files of assets/story/ the running game reads; a change to any reloads the story."""
Stamp = tuple[int, int] | None


def stamp(path: str) -> Stamp:
    """What says a file changed: its modification time and size (None: it is not there)."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size)


@dataclass
class FileWatch:
    """A set of files and how each looked when last asked."""

    seen: dict[str, Stamp] = field(default_factory=dict)

    def watch(self, paths: Iterable[str]) -> None:
        """Look after exactly `paths` from now on; new ones count as they are now."""
        wanted = {os.path.abspath(p) for p in paths}
        self.seen = {p: self.seen[p] if p in self.seen else stamp(p) for p in wanted}

    def changed(self) -> set[str]:
        """The files that changed (or appeared, or went) since the last look."""
        now = {p: stamp(p) for p in self.seen}
        moved = {p for p, s in now.items() if s != self.seen[p]}
        self.seen = now
        return moved


class HotReload:
    """Watches the current map's files and the story for the app, and reloads them."""

    def __init__(self, app: App, compile_command: list[str] | None = None) -> None:
        self.app = app
        self.story_dir = os.path.join(app.services.assets.assets_dir, "story")
        self.compile_command = compile_command or [
            sys.executable,
            "-m",
            "game.tools.ink",
            "--story-dir",
            self.story_dir,
        ]
        self.maps = FileWatch()
        self.stories = FileWatch()
        self.map_path = ""
        self.frames = 0
        self.map_due = False
        self.story_due = False
        self.compiling: subprocess.Popen[str] | None = None
        self.shown: dict[str, list[Problem]] = {}
        """What stopped a reload, by what it stopped ("map", "story", "compile"): shown
        over the game until that kind of reload works again."""
        self.stories.watch(self._story_files())

    # -- looking -------------------------------------------------------------------------------
    def frame(self, force: bool = False) -> None:
        """Called once a frame by the app; `force` is the reload key."""
        self.frames += 1
        self._follow_map()
        if force or self.frames % POLL_FRAMES == 0:
            self.check(force)

    def _follow_map(self) -> ExploreScene | None:
        """The exploration scene; on a new map (a door, a load) its files are watched from
        the frame it opened."""
        scene = self.app.services.scenes.find(ExploreScene)
        if scene is not None and scene.loaded.path != self.map_path:
            self.map_path = scene.loaded.path
            self.maps.watch(map_files(self.map_path))
            loaded_ns = self.app.services.assets.map_loaded_ns(self.map_path)
            saved_ns = max((s[0] for s in self.maps.seen.values() if s is not None), default=0)
            self.map_due |= loaded_ns is not None and saved_ns > loaded_ns  # edited while away
        return scene

    def check(self, force: bool = False) -> None:
        """Look at the files now and reload what changed (or everything, with `force`)."""
        scene = self._follow_map()
        self.map_due |= force or bool(self.maps.changed())
        changed = self.stories.changed()
        self.stories.watch(self._story_files())  # a new .ink file is watched from now on
        if any(p.endswith(".ink") for p in changed):
            self._compile()
        self.story_due |= force or any(os.path.basename(p) in STORY_TABLES for p in changed)
        self._compiled()
        if scene is None or self.app.services.scenes.top is not scene or scene.world.cutscenes.busy():
            return  # a dialogue, a cutscene or a menu: wait until the player has control
        if self.story_due:
            self.story_due = False
            self.reload_story(scene)
        if self.map_due:
            self.map_due = False
            self.reload_map(scene)

    def _story_files(self) -> list[str]:
        try:
            names = os.listdir(self.story_dir)
        except OSError:
            return []
        return [os.path.join(self.story_dir, n) for n in names if n.endswith(".ink") or n in STORY_TABLES]

    # -- the story -----------------------------------------------------------------------------
    def _compile(self) -> None:
        if self.compiling is not None:
            return  # the running compile started after the first change; its result is awaited
        root = os.path.dirname(os.path.dirname(self.story_dir))
        log.info("hot reload: compiling the story (%s)", " ".join(self.compile_command))
        self.app.services.notify("Compiling the story...")
        self.compiling = subprocess.Popen(
            self.compile_command, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )

    def _compiled(self) -> None:
        process = self.compiling
        if process is None or process.poll() is None:
            return
        self.compiling = None
        output = process.stdout.read() if process.stdout is not None else ""
        if process.returncode != 0:
            lines = [line for line in output.splitlines() if line.strip()] or ["the compiler gave no reason"]
            where = display_path(self.story_dir)
            self._show("compile", [Problem(where, "story", f"does not compile: {line}") for line in lines[-12:]])
            return
        self.shown.pop("compile", None)
        self.story_due = True

    def reload_story(self, scene: ExploreScene) -> None:
        """The story again from its compiled file, in the state the old one was in."""
        app, services = self.app, self.app.services
        old = services.story
        game_speakers.cache_clear()
        game_chapters.cache_clear()
        story = app.make_story()
        if isinstance(story, Problem):
            self._show("story", [story])
            return
        if old is not None:
            try:
                story.load_state(old.save_state())
            except StoryError as exc:
                self._show("story", [Problem(story.name, "story", f"the running game's state does not fit it: {exc}")])
                return
        app.install_story(story)
        scene.world.condition = services.conditions
        self._reloaded("story", f"Story reloaded ({os.path.basename(story.name)})")

    # -- the map -------------------------------------------------------------------------------
    def reload_map(self, scene: ExploreScene) -> None:
        """The map the player stands on again from its files, when the validator passes it."""
        path = self.map_path
        assets = self.app.services.assets
        problems = validate([path], assets.maps_dir, extra=self._story_checks, assets_dir=assets.assets_dir)
        if problems:
            self._show("map", problems)
            return
        old = scene.loaded
        try:
            assets.forget_map(path)
            loaded = assets.load_map_file(path)
            scene.reload_map(loaded)
        except (ContentError, StateError, ValueError) as exc:
            shown = exc.problems if isinstance(exc, ContentError) else [Problem(path, "map", str(exc))]
            scene.reload_map(old)
            self._show("map", shown)
            return
        self.maps.watch(map_files(path))  # a tileset or template added or dropped
        self._reloaded("map", f"Map reloaded ({os.path.basename(path)})")

    def _story_checks(self, path: str, data: MapData) -> list[Problem]:
        story: Story | None = self.app.services.story
        if story is None:
            return []
        return story_problems(path, data, story) + cutscene_problems(path, data, story.root)

    # -- telling -------------------------------------------------------------------------------
    @property
    def problems(self) -> list[Problem]:
        """Everything the panel shows: what stopped the map, the story, its compile."""
        return [p for kind in ("map", "compile", "story") for p in self.shown.get(kind, [])]

    def _show(self, kind: str, problems: list[Problem]) -> None:
        self.shown[kind] = problems
        for problem in problems:
            log.warning("hot reload: %s", problem)

    def _reloaded(self, kind: str, what: str) -> None:
        log.info("hot reload: %s", what)
        self.shown.pop(kind, None)
        self.app.services.notify(what)
