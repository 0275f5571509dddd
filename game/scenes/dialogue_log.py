"""The dialogue log: what was said and chosen, newest at the bottom, to read back.

Every line wraps whole into the panel (none is cut), at the player's text size, and the
panel says what it is and how to close it with the player's own keys. Up/down scroll a
row (held, they keep scrolling), left/right a page; cancel or the log key closes it.
Also here: the box and text colours the dialogue box shares with it (the high-contrast
box is a setting for both).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pygame

from game.input import Action
from game.render import INTERNAL_SIZE
from game.scenes.base import Scene, StepInput
from game.ui.font import PixelFont
from game.ui.nineslice import NineSlice
from game.ui.prompts import prompt_labels
from game.ui.readable import draw_plain_box, plate_height, reading_font

if TYPE_CHECKING:
    from game.scenes.services import Services

LOG_LIMIT = 200
"""Entries the log keeps (the oldest go first)."""
TITLE = "Dialogue log"
HOLD_DELAY_STEPS = 18
"""Holding up or down: after this long the log scrolls on by itself..."""
HOLD_REPEAT_STEPS = 3
"""...a row every this many steps."""
PANEL_MARGIN_PX = 8
PAD_X_PX = 10
PAD_Y_PX = 8


def text_colours(assets: Any, high_contrast: bool) -> tuple[pygame.Color, pygame.Color | None]:
    """The text colour and its shadow on a dialogue box (none on the high-contrast one)."""
    if high_contrast:
        return assets.colour("white"), None
    return assets.colour("white"), assets.colour("ink")


def draw_box(
    surface: pygame.Surface, assets: Any, rect: pygame.Rect, high_contrast: bool, frame: NineSlice | None = None
) -> None:
    """A dialogue box (or `frame`) from the skin, or the solid high-contrast box."""
    if high_contrast:
        draw_plain_box(surface, rect, assets.colour("ink"), assets.colour("white"))
    else:
        (frame or assets.skin.dialog).draw(surface, rect)


@dataclass(frozen=True)
class LogRow:
    """One row of the log as drawn: `name` (the speaker's "Mara: ", or "") in the name's
    colour, then `text`; `choice` for what the player chose."""

    name: str
    text: str
    choice: bool = False


class DialogueLog(Scene):
    """What was said, newest at the bottom; up/down scroll, cancel or log closes."""

    overlay = True

    def __init__(self, services: Services) -> None:
        super().__init__(services)
        self.scroll = 0
        """Rows scrolled up from the newest."""
        self.held_steps = 0

    # -- layout (the same in update and draw, so draw changes nothing) ---------------------------
    @property
    def font(self) -> PixelFont:
        return reading_font(self.services.assets.font, self.services.settings.large_text)

    def panel(self) -> pygame.Rect:
        top = PANEL_MARGIN_PX + plate_height(self.font) - 6
        width, height = INTERNAL_SIZE
        return pygame.Rect(PANEL_MARGIN_PX, top, width - 2 * PANEL_MARGIN_PX, height - PANEL_MARGIN_PX - top)

    def text_area(self) -> pygame.Rect:
        """Where the rows go: the panel inside its padding, above the footer line."""
        panel, font = self.panel(), self.font
        top = panel.y + PAD_Y_PX + 2
        bottom = panel.bottom - PAD_Y_PX - font.height - 4
        return pygame.Rect(panel.x + PAD_X_PX, top, panel.w - 2 * PAD_X_PX - 6, bottom - top)

    def rows(self) -> list[LogRow]:
        font, width = self.font, self.text_area().w
        rows: list[LogRow] = []
        for who, text in self.services.dialogue_log:
            choice = who == ">"
            name = "> " if choice else (f"{who}: " if who else "")
            for i, line in enumerate(font.wrap(name + text, width)):
                if i == 0 and name and line.startswith(name.rstrip()):
                    head = name if line.startswith(name) else name.rstrip()
                    rows.append(LogRow(head, line[len(head) :], choice))
                else:
                    rows.append(LogRow("", line, choice))
        return rows

    def visible_count(self) -> int:
        """Whole rows that fit the text area (a row is never cut at the bottom)."""
        font, height = self.font, self.text_area().h
        count = 0
        while font.text_height(count + 1) <= height:
            count += 1
        return max(1, count)

    def max_scroll(self) -> int:
        return max(0, len(self.rows()) - self.visible_count())

    # -- input ------------------------------------------------------------------------------------
    def update(self, step: StepInput) -> None:
        if step.pressed & {Action.CANCEL, Action.LOG}:
            self.stack.pop()
            return
        page = max(1, self.visible_count() - 1)
        delta = 0
        if Action.UP in step.pressed:
            delta = 1
        elif Action.DOWN in step.pressed:
            delta = -1
        elif Action.LEFT in step.pressed:
            delta = page
        elif Action.RIGHT in step.pressed:
            delta = -page
        held = step.held & {Action.UP, Action.DOWN}
        if held and not step.pressed & held:
            self.held_steps += 1
            repeat = self.held_steps >= HOLD_DELAY_STEPS and self.held_steps % HOLD_REPEAT_STEPS == 0
            if repeat:
                delta = 1 if Action.UP in held else -1
        else:
            self.held_steps = 0
        self.scroll = max(0, min(self.scroll + delta, self.max_scroll()))

    # -- drawing ----------------------------------------------------------------------------------
    def footer(self) -> str:
        """How to scroll and close, with the player's bindings."""
        up, down, close = prompt_labels(self.services.settings, self.services.device, "up", "down", "log")
        return f"{up}/{down}: scroll   {close}: close"

    def draw(self, surface: pygame.Surface) -> None:
        assets = self.services.assets
        settings = self.services.settings
        contrast = settings.high_contrast_box
        font = self.font
        panel = self.panel()
        draw_box(surface, assets, panel, contrast, frame=assets.skin.menu)
        text, shadow = text_colours(assets, contrast)
        self._draw_title(surface, panel, contrast)
        area = self.text_area()
        rows = self.rows()
        shown = self.visible_count()
        scroll = max(0, min(self.scroll, len(rows) - shown))
        end = len(rows) - scroll
        first = max(0, end - shown)
        name_colour = assets.colour("lamp-glow" if contrast else "cyan-glow")
        choice_colour = assets.colour("cyan-glow" if contrast else "gold-3")
        y = area.y
        for row in rows[first:end]:
            x = area.x
            if row.name:
                font.draw(surface, row.name, (x, y), choice_colour if row.choice else name_colour, shadow=shadow)
                x += font.measure(row.name) + font.metrics.spacing
            font.draw(surface, row.text, (x, y), choice_colour if row.choice else text, shadow=shadow)
            y += font.line_height
        if not rows:
            font.draw(surface, "Nothing said yet.", (area.x, area.y), assets.colour("steel-4"), shadow=shadow)
        skin = assets.skin
        if first > 0:
            arrow = pygame.transform.flip(skin.cursor.frame("advance", 0), False, True)
            surface.blit(arrow, (panel.right - 14, area.y))
        if scroll > 0:
            surface.blit(skin.cursor.frame("advance", 0), (panel.right - 14, area.bottom - 8))
        footer_colour = assets.colour("white" if contrast else "steel-4")
        footer_y = panel.bottom - PAD_Y_PX - font.height + 1
        font.draw(surface, self.footer(), (area.x, footer_y), footer_colour, shadow=shadow)

    def _draw_title(self, surface: pygame.Surface, panel: pygame.Rect, contrast: bool) -> None:
        assets = self.services.assets
        bold = reading_font(assets.bold_font, self.services.settings.large_text)
        height = plate_height(bold)
        plate = pygame.Rect(panel.x + 4, panel.y - height + 4, bold.measure(TITLE) + 16, height)
        draw_box(surface, assets, plate, contrast, frame=assets.skin.nameplate)
        text, shadow = text_colours(assets, contrast)
        bold.draw(surface, TITLE, (plate.x + 8, plate.y + 3), text, shadow=shadow)
