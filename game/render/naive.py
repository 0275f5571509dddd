"""A deliberately naive renderer: every visible tile of every layer blitted every frame.
The benchmark draws the same frames with it to show what pyscroll's buffering saves."""

from __future__ import annotations

import pygame
import pytmx

from game.render.layers import Blit
from game.render.mapview import BACKDROP, MapView
from game.world import TILE_PX


def draw_naive(surface: pygame.Surface, view: MapView, tiled: pytmx.TiledMap) -> None:
    """Draw the map at `view`'s camera without any buffering (animation frames ignored):
    the tiles of pyscroll's layers, the view's pre-drawn pieces and the characters, all
    sorted by the same layer numbers."""
    rect = view.view_rect()
    surface.fill(BACKDROP)
    ox, oy = view.dest.x - rect.x, view.dest.y - rect.y
    x0, y0 = rect.x // TILE_PX, rect.y // TILE_PX
    x1 = min(tiled.width, (rect.right + TILE_PX - 1) // TILE_PX)
    y1 = min(tiled.height, (rect.bottom + TILE_PX - 1) // TILE_PX)
    layered: list[Blit] = []
    for index in view.data.visible_tile_layers:
        for ty in range(y0, y1):
            for tx in range(x0, x1):
                image = tiled.get_tile_image(tx, ty, index)
                if image is not None:
                    layered.append((image, pygame.Rect(tx * TILE_PX + ox, ty * TILE_PX + oy, TILE_PX, TILE_PX), index))
    camera = view.group.camera()
    layered += [blit for piece in view.scenery.under for blit in piece.blits(camera)]
    layered += view.group.layered(camera)
    view.draw_sorted(surface, layered)
