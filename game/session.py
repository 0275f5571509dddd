"""The game as a whole, as menus see it (GameFlow): new game, continue, save and load,
quit to the title, and applying settings. Rebuilds the scene stack; menus never do."""

from __future__ import annotations

import io
import logging
from typing import TYPE_CHECKING

import pygame

from game import __version__
from game.content.problems import ContentError, Problem
from game.input import BindingError
from game.recording import Opened
from game.save import SLOTS, Location, SaveError, SaveGame, SaveStore, utc_now_iso
from game.scenes.base import Scene
from game.scenes.dialogue_log import DialogueLog
from game.scenes.error import ErrorScreen
from game.scenes.menu_base import Menu
from game.scenes.menu_saves import slot_name
from game.settings import Settings, SettingsStore
from game.story.chapters import CHAPTERS_FILE, Chapter, game_chapters
from game.story.runtime import StoryError
from game.world import STEP_S
from game.world.geometry import Direction
from game.world.mapdata import Link

if TYPE_CHECKING:
    from game.app import App
    from game.content.tiled import LoadedMap
    from game.scenes.explore import ExploreScene
    from game.scenes.services import Services

log = logging.getLogger(__name__)

NEW_GAME_MAP = "mara_flat"
NEW_GAME_SPAWN = "start"
PROLOGUE_KNOT = "prologue"
"""The news card a new game opens with (an Ink knot shown as full-screen cards)."""
THUMBNAIL_SIZE = (80, 45)
"""A quarter of the 320x180 screen; the load menu shows it at twice this size."""


def counts_as_play(top: Scene | None) -> bool:
    """Whether a fixed step with `top` as the top scene is play time. The clock runs while
    the player explores, reads a dialogue or a story card, or watches a fade or a message:
    that is playing. It stops while a menu is open (the title, pause, save and load,
    settings and bindings, a yes/no question), the dialogue log is being read back, or an
    error screen is up: a player who pauses to make tea does not expect the tea counted."""
    return top is not None and not isinstance(top, Menu | DialogueLog | ErrorScreen)


class Session:
    """Implements game.scenes.flow.GameFlow for the app."""

    def __init__(self, app: App, saves: SaveStore, settings_store: SettingsStore) -> None:
        self.app = app
        self.saves = saves
        self.settings_store = settings_store
        self.chapter_due: str | None = None
        """A chapter the story began before there was a world to play it in (a card)."""
        self.opened: Opened | None = None
        """The save opened during this step, if one was (the App's recorder takes it)."""
        self.checkpoint_due = False
        """An autosave was made: the replay starts a checkpoint at the next quiet step."""

    @property
    def services(self) -> Services:
        return self.app.services

    # -- starting and leaving -------------------------------------------------------------------
    def _fresh_start(self) -> bool:
        """A new game's story and clock; False (and why, on screen) if the story cannot be
        opened: the game cannot be played without it."""
        problems = self.app.reset_story()
        if problems:
            self.services.scenes.push(ErrorScreen(self.services, "The story cannot be opened", problems))
            return False
        self.services.play_time_steps = 0
        self.chapter_due = None
        return True

    def new_game(self) -> None:
        if not self._fresh_start():
            return
        story = self.services.story
        if story is None or not story.has_path(PROLOGUE_KNOT):
            self._enter_new_game()
            return
        from game.scenes.card import CardScene  # cards are scenes; the session only starts them

        self.services.scenes.clear()
        self.services.scenes.push(CardScene(self.services, PROLOGUE_KNOT, self._enter_new_game, music="title"))

    def _enter_new_game(self) -> None:
        self._enter(NEW_GAME_MAP, NEW_GAME_SPAWN)

    def continue_game(self) -> None:
        """Load the newest save that this game can open; if a newer one is refused, say so
        on screen (the player would otherwise wonder why they are further back)."""
        ok = sorted((s for s in self.saves.summaries() if s.status == "ok"), key=lambda s: s.saved_at or "")
        refused: list[str] = []
        for summary in reversed(ok):
            message = self.load_game(summary.slot)
            if message is None:
                break
            refused.append(f"{slot_name(summary.slot)} could not be loaded: {message}")
        for message in refused:
            self.services.notify(message)

    def playing(self) -> str:
        """Who the player controls right now (the story's `playing()`): the active protagonist
        on the map, or the chapter's protagonist when no map is open."""
        scene = self.explore_scene()
        if scene is not None:
            return scene.world.player.name
        chapter = game_chapters().get(self.chapter_due or "")
        return chapter.protagonist if chapter is not None else "mara"

    def begin_chapter(self, name: str) -> None:
        scene = self.explore_scene()
        if scene is None:
            self.chapter_due = name
            return
        scene.world.playthrough.chapter = name
        chapter = game_chapters().get(name)
        if chapter is None:
            log.warning("the story began chapter %r, which assets/story/chapters.json does not list", name)
        elif scene.world.party_puzzle is None and scene.world.player.name != chapter.protagonist:
            scene.world.play_as(chapter.protagonist)  # a party map keeps whoever the player chose

    def next_chapter(self) -> None:
        """The story said `next_chapter`: the chapter being played gives way to its `next`,
        behind that chapter's card. A table without one says so on screen and play goes on."""
        scene = self.explore_scene()
        if scene is None:
            return
        chapters = game_chapters()
        current = scene.world.playthrough.chapter
        entry = chapters.get(current)
        following = chapters.get(entry.next) if entry is not None and entry.next else None
        if following is None or following.begins is None:
            why = "has no next chapter with a 'begins'" if entry is not None else "is not in the table"
            problem = Problem(str(CHAPTERS_FILE), f"chapter '{current}'", f"ends (# next_chapter) but {why}")
            self.services.scenes.push(ErrorScreen(self.services, "The story has nowhere to go next", [problem]))
            return
        if not following.card:
            self._open_chapter(following)
            return
        from game.scenes.card import CardScene  # cards are scenes; the session only starts them

        self.services.scenes.push(CardScene(self.services, following.card, lambda: self._open_chapter(following)))

    def _open_chapter(self, chapter: Chapter) -> None:
        """Where `chapter` begins, keeping the playthrough: its protagonist plays, the chapter
        is recorded, its knot plays, and it autosaves when the player has control."""
        scene = self.explore_scene()
        if scene is None or chapter.begins is None:
            return
        scene.world.playthrough.protagonist = chapter.protagonist
        scene.world.playthrough.chapter = chapter.name
        scene.open_chapter(Link(chapter.begins.map, chapter.begins.spawn))
        self.services.on_chapter(chapter.name)
        if chapter.begins.knot:
            scene.run_knot(chapter.begins.knot)

    def quit_to_title(self) -> None:
        from game.scenes.menus import TitleScreen  # menus import this module's protocol users

        self.services.scenes.clear()
        self.services.scenes.push(TitleScreen(self.services))

    def finish_game(self) -> None:
        from game.scenes.menus import CreditsScreen  # menus import this module's protocol users

        services = self.services
        ending = services.story.get("ending") if services.story is not None else ""
        if isinstance(ending, str) and ending:
            services.seen.add_ending(ending)
            services.save_seen()
        services.scenes.clear()
        services.scenes.push(CreditsScreen(services, then=self.quit_to_title))

    def start_chapter(self, name: str) -> None:
        if not self._fresh_start():
            return
        self.services.scenes.clear()
        self.app.start_chapter(name, [])

    def quit(self) -> None:
        self.app.stop()

    def explore(self, loaded: LoadedMap, spawn: str) -> ExploreScene:
        """A new exploration scene of `loaded` at `spawn`. The map's code (the scene, the
        world, puzzles, dialogue) is imported with the first map: the title starts without it."""
        from game.scenes.explore import ExploreScene

        return ExploreScene(self.services, loaded, spawn)

    def _enter(self, map_name: str, spawn: str) -> ExploreScene | None:
        scenes = self.services.scenes
        scenes.clear()
        try:
            loaded = self.services.assets.load_map(map_name)
            scene = self.explore(loaded, spawn)
        except (ContentError, KeyError) as exc:
            problems = exc.problems if isinstance(exc, ContentError) else []
            scenes.push(ErrorScreen(self.services, f"Cannot start on {map_name}: {exc}", problems, self.quit_to_title))
            return None
        scenes.push(scene)
        if self.chapter_due is not None:
            self.begin_chapter(self.chapter_due)
            self.chapter_due = None
        return scene

    def count_play_step(self) -> None:
        """One fixed step has run: add it to the play time if it was play (counts_as_play).
        Play time is counted in steps, never read from the wall clock, and travels with the
        saves (save_game, open_save)."""
        if counts_as_play(self.services.scenes.top):
            self.services.play_time_steps += 1

    # -- saves ----------------------------------------------------------------------------------
    def explore_scene(self) -> ExploreScene | None:
        from game.scenes.explore import ExploreScene  # see explore()

        return self.services.scenes.find(ExploreScene)

    def game_now(self) -> SaveGame | None:
        """The game in progress as a save holds it (None: no game to save here)."""
        scene = self.explore_scene()
        story = self.services.story
        if scene is None or story is None:
            return None
        world = scene.world
        return SaveGame(
            saved_at=utc_now_iso(),
            play_time_s=self.services.play_time_steps * STEP_S,
            location=Location(world.map.name, world.player.cell, world.player.facing.value, world.map.title),
            thumbnail_png=self._thumbnail(scene),
            ink_state=story.save_state(),
            playthrough=world.save_state(),
            game_version=__version__,
        )

    def save_game(self, slot: str) -> str | None:
        game = self.game_now()
        if game is None:
            return "There is no game to save here."
        try:
            self.saves.save(slot, game)
        except OSError as exc:
            log.warning("saving slot %s failed: %s", slot, exc)
            return f"The game could not be saved ({exc.strerror or exc}); the previous save is unchanged."
        except (ValueError, TypeError) as exc:
            log.error("saving slot %s failed: %s", slot, exc)
            return f"The game could not be saved ({exc}); the previous save is unchanged."
        self.services.audio.play_sfx("save")
        return None

    def autosave(self) -> None:
        message = self.save_game("auto")
        if message:
            self.services.notify(f"Autosave failed. {message} Your game goes on; try saving in a slot.")
        self.app.replay_after_step()  # the replay is kept as often as the autosave
        self.checkpoint_due = True  # and may start afresh from here (see App.frame)

    def load_game(self, slot: str, backup: bool = False) -> str | None:
        """Load a slot (or its older copy): a message saying why not, or None. A save that
        does not fit this game is refused whole, and the game goes on as it was."""
        if slot not in SLOTS:
            return f"There is no slot {slot}."
        try:
            game = self.saves.load_backup(slot) if backup else self.saves.load(slot)
        except SaveError as exc:
            return exc.message
        problem = self.open_save(game)
        if problem is None and backup:
            try:
                self.saves.restore_backup(slot)
            except (OSError, SaveError) as exc:
                log.warning("restoring the backup of slot %s failed: %s", slot, exc)
                self.services.notify(f"The older copy is loaded, but could not be put back in its slot ({exc}).")
        return problem

    def open_save(self, game: SaveGame) -> str | None:
        """Play `game`: everything is read and checked first (the story state, the map,
        the whole world state, where the player stands); only then does the game in
        progress give way. Returns what stopped it, or None."""
        loc = game.location
        try:
            loaded = self.services.assets.load_map(loc.map)
        except ContentError as exc:
            problem = exc.problems[0].message if exc.problems else str(exc)
            return f"The saved place cannot be opened: {problem}"
        story = self.app.make_story()
        if isinstance(story, Problem):
            return f"The story cannot be opened: {story.message}"
        try:
            story.load_state(game.ink_state)
        except StoryError as exc:
            return f"This save's story does not fit this version of the game: {exc}"
        from game.scenes.explore import ExploreScene  # see explore()
        from game.world.world import World

        before = (self.services.rng.getstate(), self.services.steps)
        playing = (self.services.story, self.services.conditions)
        """The game in progress: it goes on unchanged if this save cannot be opened."""
        self.app.install_story(story)  # the new map's conditions read the saved story
        try:
            world = World.resume(
                loaded.data,
                game.playthrough,
                loc.cell,
                Direction(loc.facing),
                self.services.rng,
                self.services.conditions,
            )
            scene = ExploreScene(self.services, loaded, world=world)
        except (ValueError, KeyError, ContentError) as exc:
            self.services.story, self.services.conditions = playing
            return f"This save cannot be restored: {exc}"
        self.services.scenes.clear()
        self.services.scenes.push(scene)
        self.chapter_due = None
        # A save that does not say how long it was played counts from here (the menu shows
        # "—" for it until it is saved again).
        self.services.play_time_steps = round((game.play_time_s or 0.0) / STEP_S)
        self.opened = Opened(game.to_bytes(), *before)
        return None

    def _thumbnail(self, scene: ExploreScene) -> bytes:
        """The place as it looks, without the menu or the dialogue box in front of it (the
        last frame shown is usually the save menu itself): the map scene drawn afresh,
        which changes nothing, then made a quarter the size. Averaged (smoothscale), not
        every fourth pixel: that would drop the characters and thin lines the player
        looks for."""
        full = pygame.Surface(self.app.internal.get_size(), depth=32)
        scene.draw(full)
        small = pygame.transform.smoothscale(full, THUMBNAIL_SIZE)
        buffer = io.BytesIO()
        pygame.image.save(small, buffer, "thumbnail.png")
        return buffer.getvalue()

    # -- settings -------------------------------------------------------------------------------
    def report_problem(self) -> str | None:
        from game.report import write_report  # only when a player asks for it

        return write_report(self.app, "The player wrote it from the pause menu.")

    def window_path(self) -> str:
        return self.app.window.path

    def apply_settings(self, settings: Settings) -> str | None:
        self.services.settings = settings
        try:
            self.app.input.rebind(settings)
        except BindingError as exc:
            return str(exc)
        self.app.apply_window(settings)
        self.services.audio.set_volumes(settings.music_volume, settings.sfx_volume)
        try:
            self.settings_store.save(settings)
        except OSError as exc:
            return f"Settings apply now but could not be saved: {exc}"
        return None
