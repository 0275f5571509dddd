"""The content note a new game opens with: a few calm words on what the story touches
(addiction, anxiety, grief) before the first news card, once per new game. Settings >
Accessibility > Content note turns it off (Settings.content_note).

It reads like the prologue's cards (dark, centred, fading in; the first press shows it all)
so a player tapping through the title does not lose it unseen; interact begins the game,
cancel goes back to the title.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.input import Action
from game.scenes.base import Scene, StepInput
from game.ui.font import PixelFont
from game.ui.prompts import prompt_label
from game.ui.readable import reading_font
from game.world import STEP_S

if TYPE_CHECKING:
    from game.scenes.services import Services

REVEAL_S = 0.6
"""How long the note takes to fade in (as a card does)."""
TITLE = "Before you sleep"
NOTE = (
    "Four people who would rather dream than wake. This story touches on addiction, anxiety and grief.",
    "Take it at your own pace; you can pause at any time.",
)
OFF_HINT = "Settings > Accessibility turns this note off."
TEXT_WIDTH_PX = 296


def start_new_game(services: Services) -> None:
    """New game from the title: the content note first when it is on, then the game."""
    flow = services.flow
    if flow is None:
        raise RuntimeError("a new game needs the game's flow (the App sets it)")
    if services.settings.content_note:
        services.scenes.push(ContentNote(services, flow.new_game))
    else:
        flow.new_game()


class ContentNote(Scene):
    """The note over a dark screen; `then` starts the game."""

    def __init__(self, services: Services, then: Callable[[], None]) -> None:
        super().__init__(services)
        self.then = then
        self.shown_at = services.steps

    def revealed(self) -> float:
        """How far the note has faded in (0..1)."""
        return min(1.0, (self.services.steps - self.shown_at) * STEP_S / REVEAL_S)

    def update(self, step: StepInput) -> None:
        if Action.CANCEL in step.pressed:
            self.services.audio.play_sfx("menu_select")
            if self.stack.top is self:
                self.stack.pop()
        elif Action.INTERACT in step.pressed:
            if self.revealed() < 1.0:
                self.shown_at -= round(REVEAL_S / STEP_S)  # the first press shows it all
                return
            self.services.audio.play_sfx("menu_select")
            if self.stack.top is self:
                self.stack.pop()
            self.then()

    def footer(self) -> str:
        settings, device = self.services.settings, self.services.device
        begin = prompt_label(settings, Action.INTERACT.value, device)
        back = prompt_label(settings, Action.CANCEL.value, device)
        return f"{begin}: begin    {back}: back"

    def draw(self, surface: pygame.Surface) -> None:
        assets = self.services.assets
        large = self.services.settings.large_text
        font = reading_font(assets.font, large)
        bold = reading_font(assets.bold_font, large)
        surface.fill(assets.colour("ink"))
        width, height = surface.get_size()
        text_w = min(width - 16, TEXT_WIDTH_PX * (2 if large else 1))
        gap = 4 if large else 6
        hint = font.wrap(OFF_HINT, width - 16)
        footer_h = font.line_height * (1 + len(hint)) + 2
        footer_top = height - 4 - footer_h
        blocks: list[tuple[list[str], str, PixelFont]] = [([TITLE], "cyan-glow", bold)]
        blocks += [(font.wrap(paragraph, text_w), "fog", font) for paragraph in NOTE]
        block_h = sum(len(lines) * font.line_height + gap for lines, _, _ in blocks) - gap
        top = max(2, (footer_top - block_h) // 2)
        layer = pygame.Surface((width, block_h + 2), pygame.SRCALPHA)
        y = 0
        for lines, colour, face in blocks:
            for line in lines:
                x = (width - face.measure(line)) // 2
                face.draw(layer, line, (x, y), assets.colour(colour), shadow=assets.colour("night-1"))
                y += font.line_height
            y += gap
        layer.set_alpha(round(255 * self.revealed()))
        surface.blit(layer, (0, top))
        if top >= 12:  # a thin neon rule above, as the news cards have, where there is room
            rule = assets.colour("neon-cyan")
            pygame.draw.line(surface, rule, (width // 2 - 40, top - 8), (width // 2 + 40, top - 8))
        if self.revealed() >= 1.0:
            footer = self.footer()
            y = footer_top
            x = (width - font.measure(footer)) // 2
            font.draw(surface, footer, (x, y), assets.colour("white"), shadow=assets.colour("night-1"))
            y += font.line_height + 2
            for line in hint:
                font.draw(surface, line, ((width - font.measure(line)) // 2, y), assets.colour("steel-3"))
                y += font.line_height
