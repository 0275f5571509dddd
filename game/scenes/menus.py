"""The game's menus: the title screen and the credits, plus (re-exported from their own
modules) the save/load, settings and bindings menus. The pause menu is in menu_pause: it
reads the game beneath it, which the title never needs (so the title starts without it).

Each is a game.scenes.menu_base.Menu: keyboard and gamepad alike, since menus see only
actions. They change the game only through `services.flow` (GameFlow).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING

import pygame

from game.input import Action
from game.render import INTERNAL_SIZE
from game.scenes.base import Scene, StepInput
from game.scenes.content_note import start_new_game
from game.scenes.menu_base import ConfirmMenu, Menu, MenuItem, ScreenMenu
from game.scenes.menu_endings import title_items
from game.scenes.menu_saves import SaveLoadMenu
from game.scenes.menu_settings import BindingsMenu, SettingsMenu
from game.scenes.menu_sky import NightSky, Skyline
from game.world import STEP_S

if TYPE_CHECKING:
    from game.scenes.services import Services

__all__ = [
    "BindingsMenu",
    "ConfirmMenu",
    "CreditsScreen",
    "Menu",
    "MenuItem",
    "SaveLoadMenu",
    "ScreenMenu",
    "SettingsMenu",
    "TitleScreen",
]

GAME_TITLE = "Lullaby Protocol"
SUBTITLE = "Vesper City, 2045. Bedtime is a product."
TITLE_SCALE = 2


class TitleScreen(Menu):
    """New game, Continue (only with a good save), Load, Endings and Chapters (once an ending
    has been reached), Settings, Credits, Quit, over a
    calm night skyline where one SomniCo pod sign breathes a cyan glow."""

    overlay = False
    width_px = 112
    centre = (72, 120)

    def __init__(self, services: Services) -> None:
        super().__init__(services)
        self.sky = NightSky(services.assets)
        self.city = Skyline(services.assets)
        self._title_image: pygame.Surface | None = None

    def enter(self) -> None:
        self.services.audio.play_music("title")
        super().enter()

    def build_items(self) -> list[MenuItem]:
        can_continue = any(summary.status == "ok" for summary in self.saves())
        return [
            MenuItem("New game", lambda: start_new_game(self.services)),
            MenuItem("Continue", lambda: self.flow.continue_game(), enabled=can_continue),
            MenuItem("Load", lambda: self.stack.push(SaveLoadMenu(self.services, "load"))),
            *title_items(self.services),
            MenuItem("Settings", lambda: self.stack.push(SettingsMenu(self.services))),
            MenuItem("Credits", lambda: self.stack.push(CreditsScreen(self.services))),
            MenuItem("Quit", lambda: self.flow.quit()),
        ]

    def back(self) -> None:
        """Cancel on the title goes to Quit (it never closes the game by itself)."""
        if self.current is not None and self.current.label != "Quit":
            self.sfx("menu_move")
            self.select_label("Quit")

    def look(self) -> Hashable | None:
        """The menu, the stars and the city: the title is drawn only when one of them moves."""
        return (self.menu_look(), self.sky.look(self.anim_steps), self.city.look(self.anim_steps))

    def draw_background(self, surface: pygame.Surface) -> None:
        assets = self.services.assets
        self.sky.draw(surface, self.anim_steps)
        self.city.draw(surface, self.anim_steps)
        surface.blit(self.title_image(), (16, 14))
        assets.font.draw(surface, SUBTITLE, (18, 38), assets.colour("fog"), shadow=assets.colour("ink"))

    def title_image(self) -> pygame.Surface:
        """The title in the bold font at twice the size, neon cyan on a deep teal shadow."""
        if self._title_image is None:
            assets = self.services.assets
            bold = assets.bold_font
            small = pygame.Surface((bold.measure(GAME_TITLE) + 1, bold.height + 1), pygame.SRCALPHA)
            bold.draw(small, GAME_TITLE, (0, 0), assets.colour("neon-cyan"), shadow=assets.colour("teal-1"))
            self._title_image = pygame.transform.scale_by(small, TITLE_SCALE)
        return self._title_image


CREDITS: tuple[tuple[str, str], ...] = (
    ("title", GAME_TITLE),
    ("", ""),
    ("head", "Mara"),
    ("body", "who let someone else hold the lever"),
    ("head", "Jonas"),
    ("body", "who left the canvas unfinished"),
    ("head", "Lila"),
    ("body", "who kept walking in first"),
    ("head", "Elder Roe"),
    ("body", "who let herself be guided"),
    ("", ""),
    ("head", "A game by"),
    ("body", "The Lullaby Protocol developers"),
    ("", ""),
    ("head", "Made with"),
    ("body", "pygame-ce, pytmx, pyscroll,"),
    ("body", "Tiled and Ink"),
    ("", ""),
    ("head", "Art, sound, music and font"),
    ("body", "All made for this project,"),
    ("body", "with the project's own tools"),
    ("", ""),
    ("", ""),
    ("body", "Bedtime became the one safe place."),
    ("body", "What keeps it from swallowing us"),
    ("body", "is letting somebody see us afraid."),
    ("", ""),
    ("body", "Thank you for playing."),
    ("head", "Sleep well. Then wake up."),
)
CREDITS_MUSIC = "credits"
CREDITS_SCROLL_PX_PER_S = 14.0


class CreditsScreen(Scene):
    """The credits rise slowly over the night sky; interact or cancel returns. From the
    title they start again at the end; at the end of the game (`then`) they roll once, to
    their own music, and then `then` runs (the title)."""

    def __init__(self, services: Services, then: Callable[[], None] | None = None) -> None:
        super().__init__(services)
        self.sky = NightSky(services.assets)
        self.anim_steps = 0
        self.then = then

    def enter(self) -> None:
        if self.then is not None:
            self.services.audio.play_music(CREDITS_MUSIC)

    def rolled(self, height: int) -> bool:
        """Whether the last line has risen out of a screen `height` pixels tall."""
        line_h = self.services.assets.font.line_height + 4
        return self.anim_steps * STEP_S * CREDITS_SCROLL_PX_PER_S >= len(CREDITS) * line_h + height

    def update(self, step: StepInput) -> None:
        self.anim_steps += 1
        skipped = bool(step.pressed & {Action.INTERACT, Action.CANCEL, Action.MENU})
        if skipped:
            self.services.audio.play_sfx("menu_select")
        if self.then is not None and (skipped or self.rolled(INTERNAL_SIZE[1])):
            self.then()
        elif skipped and self.stack.top is self:
            self.stack.pop()

    def draw(self, surface: pygame.Surface) -> None:
        assets = self.services.assets
        self.sky.draw(surface, self.anim_steps)
        font, bold = assets.font, assets.bold_font
        line_h = font.line_height + 4
        total = len(CREDITS) * line_h + surface.get_height()
        scrolled = int(self.anim_steps * STEP_S * CREDITS_SCROLL_PX_PER_S) % total
        y = surface.get_height() - scrolled
        styles = {"title": (bold, "neon-cyan"), "head": (bold, "pink-glow"), "body": (font, "fog")}
        for style, text in CREDITS:
            if text and -line_h < y < surface.get_height():
                face, tint = styles[style]
                x = (surface.get_width() - face.measure(text)) // 2
                face.draw(surface, text, (x, y), assets.colour(tint), shadow=assets.colour("ink"))
            y += line_h
