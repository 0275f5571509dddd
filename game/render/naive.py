"""A deliberately naive renderer: every visible tile of every layer blitted every frame.
The benchmark draws the same frames with it to show what pyscroll's buffering saves."""

from __future__ import annotations

import pygame
import pytmx

from game.render.mapview import BACKDROP, MapView
from game.world import TILE_PX


def draw_naive(surface: pygame.Surface, view: MapView, tiled: pytmx.TiledMap) -> None:
    """Draw the map at `view`'s camera without any buffering (animation frames ignored)."""
    rect = view.view_rect()
    surface.fill(BACKDROP)
    ox, oy = view.dest.x - rect.x, view.dest.y - rect.y
    x0, y0 = rect.x // TILE_PX, rect.y // TILE_PX
    x1 = min(tiled.width, (rect.right + TILE_PX - 1) // TILE_PX)
    y1 = min(tiled.height, (rect.bottom + TILE_PX - 1) // TILE_PX)
    ordered = view.group.in_draw_order()
    depth_layers = [i for i, layer in enumerate(tiled.layers) if isinstance(layer, pytmx.TiledTileLayer)]
    blits: list[tuple[pygame.Surface, tuple[int, int]]] = []
    for index in depth_layers:
        if index > view.sprite_layer and ordered:
            blits += [(s.image, (s.rect.x + ox, s.rect.y + oy)) for s in ordered]
            ordered = []
        for ty in range(y0, y1):
            for tx in range(x0, x1):
                image = tiled.get_tile_image(tx, ty, index)
                if image is not None:
                    blits.append((image, (tx * TILE_PX + ox, ty * TILE_PX + oy)))
    blits += [(s.image, (s.rect.x + ox, s.rect.y + oy)) for s in ordered]
    with_clip = surface.get_clip()
    surface.set_clip(view.dest)
    surface.blits(blits, doreturn=False)
    surface.set_clip(with_clip)
