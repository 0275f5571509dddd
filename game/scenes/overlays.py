"""Overlay scenes: a fade between maps and a message box; toasts, the notices drawn over
every scene; and hot reload's panel of problems (only with --hot-reload)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from game.content.problems import Problem
from game.input import Action
from game.scenes.base import Scene, StepInput
from game.scenes.dialogue_log import draw_box, text_colours
from game.ui.readable import reading_font
from game.world import STEP_S

if TYPE_CHECKING:
    from game.scenes.services import Services

FADE_S = 0.25
"""Length of each half of a fade (out to black, then back in)."""


class Fade(Scene):
    """Fades to black, calls `at_black` (load the next map there), then fades back in and
    pops itself. The scene below is paused throughout, so input cannot act mid-fade."""

    overlay = True

    def __init__(self, services: Services, at_black: Callable[[], None], half_s: float = FADE_S) -> None:
        super().__init__(services)
        self.at_black = at_black
        self.half_steps = max(1, round(half_s / STEP_S))
        self.steps = 0
        self._veil = pygame.Surface((1, 1))

    @property
    def darkness(self) -> float:
        """0 (clear) to 1 (black)."""
        if self.steps <= self.half_steps:
            return self.steps / self.half_steps
        return max(0.0, 1 - (self.steps - self.half_steps) / self.half_steps)

    def update(self, step: StepInput) -> None:
        self.steps += 1
        if self.steps == self.half_steps:
            self.at_black()
        if self.steps >= 2 * self.half_steps and self.stack.top is self:
            self.stack.pop()

    def draw(self, surface: pygame.Surface) -> None:
        alpha = round(255 * self.darkness)
        if alpha <= 0:
            return
        if self._veil.get_size() != surface.get_size():
            self._veil = pygame.Surface(surface.get_size())
            self._veil.fill(self.services.assets.colour("ink"))
        self._veil.set_alpha(alpha)
        surface.blit(self._veil, (0, 0))


class MessageBox(Scene):
    """A line of text at the bottom of the screen; interact or cancel closes it."""

    overlay = True
    MARGIN_PX = 6
    PADDING_PX = 9

    def __init__(self, services: Services, text: str) -> None:
        super().__init__(services)
        self.text = text

    def update(self, step: StepInput) -> None:
        if step.pressed & {Action.INTERACT, Action.CANCEL}:
            self.stack.pop()

    def draw(self, surface: pygame.Surface) -> None:
        """At the player's text size, on the high-contrast box if they chose it; a text too
        long for the screen shows its last lines (it never happens with our texts)."""
        assets, settings = self.services.assets, self.services.settings
        font = reading_font(assets.font, settings.large_text)
        width = surface.get_width() - 2 * self.MARGIN_PX
        lines = font.wrap(self.text, width - 2 * self.PADDING_PX)
        room = (surface.get_height() - 2 * self.MARGIN_PX - 2 * self.PADDING_PX) // font.line_height
        lines = lines[-max(1, room) :]
        height = font.text_height(len(lines)) + 2 * self.PADDING_PX
        rect = pygame.Rect(self.MARGIN_PX, surface.get_height() - self.MARGIN_PX - height, width, height)
        draw_box(surface, assets, rect, settings.high_contrast_box)
        colour, shadow = text_colours(assets, settings.high_contrast_box)
        y = rect.y + self.PADDING_PX
        for line in lines:
            font.draw(surface, line, (rect.x + self.PADDING_PX, y), colour, shadow=shadow)
            y += font.line_height


TOAST_S = 5.0
"""How long a notice stays on screen."""
MAX_TOASTS = 3


@dataclass
class Toast:
    """A notice the player must see but need not answer: a save that failed, say."""

    text: str
    until_step: int


class Toasts:
    """Notices drawn over every scene at the top of the screen, newest last, each for
    TOAST_S of game time. They never take input, so nothing the player does is blocked."""

    MARGIN_PX = 4
    PADDING_PX = 6

    def __init__(self) -> None:
        self.shown: list[Toast] = []

    def add(self, text: str, now_step: int) -> None:
        self.shown = [*self.shown, Toast(text, now_step + round(TOAST_S / STEP_S))][-MAX_TOASTS:]

    def active(self, now_step: int) -> list[Toast]:
        return [toast for toast in self.shown if toast.until_step > now_step]

    def draw(self, surface: pygame.Surface, services: Services) -> None:
        toasts = self.active(services.steps)
        if not toasts:
            return
        assets = services.assets
        font = assets.font
        width = surface.get_width() - 2 * self.MARGIN_PX
        y = self.MARGIN_PX
        for toast in toasts:
            lines = font.wrap(toast.text, width - 2 * self.PADDING_PX)[:3]
            rect = pygame.Rect(self.MARGIN_PX, y, width, font.text_height(len(lines)) + 2 * self.PADDING_PX)
            assets.skin.nameplate.draw(surface, rect)
            for i, line in enumerate(lines):
                at = (rect.x + self.PADDING_PX, rect.y + self.PADDING_PX + i * font.line_height)
                font.draw(surface, line, at, assets.colour("white"), shadow=assets.colour("ink"))
            y = rect.bottom + 2


class ReloadPanel:
    """Hot reload's problems (game/hot_reload.py), drawn over the bottom of every scene while
    the last good map or story goes on playing: what the validator said, exactly as it
    prints it, as many as fit. It never takes input."""

    MARGIN_PX = 4
    PADDING_PX = 5
    MAX_HEIGHT_PX = 96

    def draw(self, surface: pygame.Surface, services: Services, problems: list[Problem]) -> None:
        if not problems:
            return
        assets = services.assets
        font = assets.font
        width = surface.get_width() - 2 * self.MARGIN_PX
        inner = width - 2 * self.PADDING_PX
        head = f"Not reloaded ({len(problems)} problem{'s' if len(problems) != 1 else ''}): fix and save, or F5"
        lines: list[tuple[str, str]] = [(line, "pink-glow") for line in font.wrap(head, inner)]
        for problem in problems:
            lines += [(line, "fog") for line in font.wrap(str(problem), inner)]
        fit = max(1, (self.MAX_HEIGHT_PX - 2 * self.PADDING_PX) // font.line_height)
        lines = lines[:fit]
        height = font.text_height(len(lines)) + 2 * self.PADDING_PX
        rect = pygame.Rect(self.MARGIN_PX, surface.get_height() - self.MARGIN_PX - height, width, height)
        assets.skin.menu.draw(surface, rect)
        for i, (line, colour) in enumerate(lines):
            at = (rect.x + self.PADDING_PX, rect.y + self.PADDING_PX + i * font.line_height)
            font.draw(surface, line, at, assets.colour(colour), shadow=assets.colour("ink"))
