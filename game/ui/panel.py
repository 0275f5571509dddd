"""Interface panels drawn in palette colours: a framed box for messages and errors."""

from __future__ import annotations

import pygame


def draw_panel(
    surface: pygame.Surface,
    rect: pygame.Rect,
    fill: pygame.Color,
    border: pygame.Color,
    shadow: pygame.Color,
) -> None:
    """A box with a 1 px border, rounded by cutting its corner pixels, and a drop shadow
    below it (light comes from the top left)."""
    surface.fill(shadow, rect.move(0, 2).inflate(-2, 0))
    surface.fill(border, rect.inflate(0, -2))
    surface.fill(border, rect.inflate(-2, 0))
    surface.fill(fill, rect.inflate(-2, -2))
