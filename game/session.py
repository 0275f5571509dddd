"""The game as a whole, as menus see it (GameFlow): new game, continue, save and load,
quit to the title, and applying settings. Rebuilds the scene stack; menus never do."""

from __future__ import annotations

import io
import logging
from typing import TYPE_CHECKING, Any

import pygame

from game import __version__
from game.content.problems import ContentError
from game.input import BindingError
from game.save import SLOTS, Location, SaveError, SaveGame, SaveStore, utc_now_iso
from game.scenes.error import ErrorScreen
from game.scenes.explore import ExploreScene
from game.settings import Settings, SettingsStore
from game.story.runtime import StoryError
from game.world import STEP_S
from game.world.geometry import Direction

if TYPE_CHECKING:
    from game.app import App, Services

log = logging.getLogger(__name__)

NEW_GAME_MAP = "mara_flat"
NEW_GAME_SPAWN = "start"
PROLOGUE_KNOT = "prologue"
"""The news card a new game opens with (an Ink knot shown as full-screen cards)."""
THUMBNAIL_SIZE = (80, 45)


class Session:
    """Implements game.scenes.flow.GameFlow for the app."""

    def __init__(self, app: App, saves: SaveStore, settings_store: SettingsStore) -> None:
        self.app = app
        self.saves = saves
        self.settings_store = settings_store

    @property
    def services(self) -> Services:
        return self.app.services

    # -- starting and leaving -------------------------------------------------------------------
    def new_game(self) -> None:
        self.app.reset_story()
        self.services.play_time_steps = 0
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
        ok = [s for s in self.saves.summaries() if s.status == "ok"]
        if ok:
            latest = max(ok, key=lambda s: s.saved_at or "")
            self.load_game(latest.slot)

    def quit_to_title(self) -> None:
        from game.scenes.menus import TitleScreen  # menus import this module's protocol users

        self.services.scenes.clear()
        self.services.scenes.push(TitleScreen(self.services))

    def quit(self) -> None:
        self.app.stop()

    def _enter(self, map_name: str, spawn: str) -> ExploreScene | None:
        scenes = self.services.scenes
        scenes.clear()
        try:
            loaded = self.services.assets.load_map(map_name)
            scene = ExploreScene(self.services, loaded, spawn)
        except (ContentError, KeyError) as exc:
            problems = exc.problems if isinstance(exc, ContentError) else []
            scenes.push(ErrorScreen(self.services, f"Cannot start on {map_name}: {exc}", problems, self.quit_to_title))
            return None
        scenes.push(scene)
        return scene

    # -- saves ----------------------------------------------------------------------------------
    def explore_scene(self) -> ExploreScene | None:
        return self.services.scenes.find(ExploreScene)

    def save_game(self, slot: str) -> str | None:
        scene = self.explore_scene()
        story = self.services.story
        if scene is None or story is None:
            return "There is no game to save here."
        world = scene.world
        game = SaveGame(
            saved_at=utc_now_iso(),
            play_time_s=self.services.play_time_steps * STEP_S,
            location=Location(world.map.name, world.player.cell, world.player.facing.value, world.map.title),
            thumbnail_png=self._thumbnail(),
            ink_state=story.save_state(),
            world=world.state(),
            game_version=__version__,
        )
        try:
            self.saves.save(slot, game)
        except (OSError, ValueError, TypeError) as exc:
            log.warning("saving slot %s failed: %s", slot, exc)
            return f"The game could not be saved: {exc}"
        self.services.audio.play_sfx("save")
        return None

    def autosave(self) -> None:
        message = self.save_game("auto")
        if message:
            self.services.messages.append(message)

    def load_game(self, slot: str) -> str | None:
        if slot not in SLOTS:
            return f"There is no slot {slot}."
        try:
            game = self.saves.load(slot)
        except SaveError as exc:
            return exc.message
        playing = (self.services.story, self.services.conditions)
        """The game in progress: it goes on unchanged if this save cannot be opened."""
        try:
            self.app.reset_story()
            story = self.services.story
            if story is None:
                problem: str | None = "The story could not be loaded."
            else:
                story.load_state(game.ink_state)
                loc = game.location
                problem = self._enter_at(loc.map, loc.cell, loc.facing, game.world)
        except StoryError as exc:
            problem = f"This save's story does not fit this version of the game: {exc}"
        if problem:
            self.services.story, self.services.conditions = playing
            return problem
        self.services.play_time_steps = round(game.play_time_s / STEP_S)
        return None

    def _enter_at(self, map_name: str, cell: tuple[int, int], facing: str, world_state: dict[str, Any]) -> str | None:
        """Open the saved map with the saved world on it; what went wrong, or None."""
        try:
            loaded = self.services.assets.load_map(map_name)
        except ContentError:
            return "The saved place could not be opened."
        spawn = next(iter(loaded.data.spawns), None)
        if spawn is None:
            return "The saved place could not be opened."
        scene = ExploreScene(self.services, loaded, spawn)
        try:
            scene.world.restore(world_state)
        except ValueError as exc:
            return f"This save cannot be restored: {exc}"
        scene.world.place_player(cell, Direction(facing))
        self.services.scenes.clear()
        self.services.scenes.push(scene)
        return None

    def _thumbnail(self) -> bytes:
        small = pygame.transform.scale(self.app.internal, THUMBNAIL_SIZE)
        buffer = io.BytesIO()
        pygame.image.save(small, buffer, "thumbnail.png")
        return buffer.getvalue()

    # -- settings -------------------------------------------------------------------------------
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
