"""Text the player can read: the text size setting and the high-contrast box.

The frame is 320x180 pixel art, so "large" text is the same pixel font at twice the size
(PixelFont.scaled): crisp, and as wide as two normal glyphs, so the boxes that honour it
wrap sooner and show fewer lines at once. The high-contrast box is a solid near-black box
with a bright rim; the text on it is bright and plain, with no translucency anywhere.
"""

from __future__ import annotations

import pygame

from game.ui.font import PixelFont

LARGE_TEXT_SCALE = 2
RIM_PX = 1


def reading_font(font: PixelFont, large: bool) -> PixelFont:
    """The face to draw reading text in, at the player's text size."""
    return font.scaled(LARGE_TEXT_SCALE) if large else font


def plate_height(font: PixelFont) -> int:
    """The height of a name plate (a speaker's name, a menu's title) around one line."""
    return font.height + 7


def draw_plain_box(surface: pygame.Surface, rect: pygame.Rect, fill: pygame.Color, rim: pygame.Color) -> None:
    """The high-contrast box: a dark outline, a one-pixel bright rim, a solid dark fill."""
    rect = pygame.Rect(rect)
    surface.fill(fill, rect)
    pygame.draw.rect(surface, rim, rect.inflate(-2, -2), width=RIM_PX)
