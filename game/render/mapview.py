"""The map on screen: pyscroll's BufferedRenderer, characters sorted by their feet, a
camera that follows and clamps, and small maps centred."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pygame
import pyscroll
import pytmx

from game.content.tiled import LoadedMap
from game.render import INTERNAL_SIZE
from game.world import TILE_PX

BACKDROP = (14, 12, 24)
"""Colour around a map smaller than the screen: the palette's "ink"."""


class ClockedMapData(pyscroll.data.TiledMapData):
    """pyscroll's map data, with tile animations driven by the game's clock instead of the
    wall clock, so the same steps always draw the same frames."""

    def __init__(self, tmx: pytmx.TiledMap) -> None:
        self.now_ms = 0.0
        super().__init__(tmx)

    def _update_time(self) -> None:
        self._last_time = self.now_ms


@dataclass(frozen=True)
class SpriteDraw:
    """One character image to draw, placed in map pixels; `feet_y` sorts it."""

    image: pygame.Surface
    rect: pygame.Rect
    feet_y: int


class MapView:
    """Draws one loaded map with its characters onto the internal surface."""

    def __init__(self, loaded: LoadedMap, screen_size: tuple[int, int] = INTERNAL_SIZE) -> None:
        tiled = loaded.tiled
        self.map_px = (tiled.width * TILE_PX, tiled.height * TILE_PX)
        self.view_size = (min(self.map_px[0], screen_size[0]), min(self.map_px[1], screen_size[1]))
        # A map smaller than the screen gets a renderer only as big as the map, drawn centred.
        self.dest = pygame.Rect(
            ((screen_size[0] - self.view_size[0]) // 2, (screen_size[1] - self.view_size[1]) // 2),
            self.view_size,
        )
        self.centred = self.view_size != screen_size
        self.data = ClockedMapData(tiled)
        self.renderer = pyscroll.BufferedRenderer(self.data, self.view_size, clamp_camera=True)
        tile_layers = [i for i, layer in enumerate(tiled.layers) if isinstance(layer, pytmx.TiledTileLayer)]
        depth = loaded.sprite_depth
        # pyscroll sorts what it draws by layer number: characters get a number between the
        # last tile layer below them and the first above, plus a fraction that grows with
        # their feet, so lower feet draw in front.
        self.sprite_layer = (tile_layers[depth - 1] if depth else -1) + 0.25
        self.camera = (0.0, 0.0)

    def look_at(self, point: tuple[float, float]) -> None:
        """Centre the camera on a map pixel; pyscroll clamps it at the map's edges."""
        self.camera = point
        self.renderer.center(point)

    def view_rect(self) -> pygame.Rect:
        """The part of the map on screen, in map pixels."""
        return self.renderer.view_rect.copy()

    def draw(self, surface: pygame.Surface, sprites: Sequence[SpriteDraw], time_ms: float) -> None:
        self.data.now_ms = time_ms
        if self.centred:
            surface.fill(BACKDROP)
        view = self.renderer.view_rect
        ox, oy = self.renderer.get_center_offset()
        ox, oy = ox + self.dest.x, oy + self.dest.y
        height = max(self.map_px[1], 1)
        layered = [
            (s.image, s.rect.move(ox, oy), self.sprite_layer + 0.5 * s.feet_y / (height + TILE_PX * 4))
            for s in sprites
            if s.rect.colliderect(view)
        ]
        self.renderer.draw(surface, self.dest, layered)
