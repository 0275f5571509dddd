"""Full-screen cards: the prologue's news and the end card. The lines come from an Ink knot,
one card each; interact shows the rest of a line at once, then the next; at the end the
card calls `then`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.input import Action
from game.scenes.base import Scene, StepInput
from game.story.runtime import StoryError
from game.ui.readable import reading_font
from game.world import STEP_S

if TYPE_CHECKING:
    from game.scenes.services import Services

REVEAL_S = 0.6
"""How long a card's text takes to fade in."""
TEXT_WIDTH_PX = 240


class CardScene(Scene):
    """Shows the lines of one knot as cards over a dark screen."""

    def __init__(self, services: Services, knot: str, then: Callable[[], None], music: str = "") -> None:
        super().__init__(services)
        self.knot = knot
        self.then = then
        self.music = music
        self.lines: list[str] = []
        self.index = 0
        self.shown_at = 0
        self.problem = ""

    def enter(self) -> None:
        story = self.services.story
        if self.music:
            self.services.audio.play_music(self.music)
        if story is None:
            self.problem = "The story is not loaded."
            return
        try:
            story.start(self.knot)
            while (line := story.step()) is not None:
                if line.text:
                    self.lines.append(line.text)
        except StoryError as exc:
            self.problem = str(exc)
        self.shown_at = self.services.steps

    def revealed(self) -> float:
        """How far the current card has faded in (0..1)."""
        return min(1.0, (self.services.steps - self.shown_at) * STEP_S / REVEAL_S)

    def update(self, step: StepInput) -> None:
        if not ({Action.INTERACT, Action.CANCEL, Action.MENU} & step.pressed):
            return
        if self.revealed() < 1.0 and Action.INTERACT in step.pressed:
            self.shown_at -= round(REVEAL_S / STEP_S)
            return
        self.services.audio.play_sfx("menu_select")
        self.index += 1
        self.shown_at = self.services.steps
        if self.index >= len(self.lines) or Action.MENU in step.pressed:
            if self.stack.top is self:
                self.stack.pop()
            self.then()

    def draw(self, surface: pygame.Surface) -> None:
        assets = self.services.assets
        surface.fill(assets.colour("ink"))
        width, height = surface.get_size()
        if self.problem:
            assets.font.draw_wrapped(
                surface, self.problem, pygame.Rect(20, 20, width - 40, height - 40), assets.colour("amber")
            )
            return
        if self.index >= len(self.lines):
            return
        large = self.services.settings.large_text
        font = reading_font(assets.font, large)
        rows = font.wrap(self.lines[self.index], width - 24 if large else TEXT_WIDTH_PX)
        block_h = len(rows) * font.line_height
        y = (height - block_h) // 2
        text = pygame.Surface((width, block_h + 2), pygame.SRCALPHA)
        for i, row in enumerate(rows):
            x = (width - font.measure(row)) // 2
            font.draw(text, row, (x, i * font.line_height), assets.colour("fog"), shadow=assets.colour("night-1"))
        text.set_alpha(round(255 * self.revealed()))
        surface.blit(text, (0, y))
        # A thin neon rule above and below: the look of Vesper's news tickers.
        rule = assets.colour("neon-cyan")
        pygame.draw.line(surface, rule, (width // 2 - 40, y - 10), (width // 2 + 40, y - 10))
        pygame.draw.line(surface, rule, (width // 2 - 40, y + block_h + 8), (width // 2 + 40, y + block_h + 8))
        if self.revealed() >= 1.0 and (self.services.steps // 30) % 2 == 0:
            arrow = assets.skin.cursor.frame("advance")
            surface.blit(arrow, ((width - arrow.get_width()) // 2, y + block_h + 16))
        dots = f"{self.index + 1} / {len(self.lines)}"
        small = assets.font
        small.draw(surface, dots, (width - small.measure(dots) - 8, height - 14), assets.colour("steel-3"))
