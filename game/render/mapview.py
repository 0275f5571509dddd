"""The map on screen: pyscroll's BufferedRenderer, characters sorted by their feet, a
camera that follows and clamps, and small maps centred."""

from __future__ import annotations

import pygame
import pyscroll
import pytmx

from game.content.tiled import LoadedMap
from game.render import INTERNAL_SIZE
from game.render.sprites import ActorSprite
from game.world import TILE_PX

BACKDROP = (14, 12, 24)
"""Colour around a map smaller than the screen: the palette's "ink"."""


class ClockedMapData(pyscroll.data.TiledMapData):  # type: ignore[misc]  # pyscroll has no types
    """pyscroll's map data, with tile animations driven by the game's clock instead of the
    wall clock, so the same steps always draw the same frames."""

    def __init__(self, tmx: pytmx.TiledMap) -> None:
        self.now_ms = 0.0
        super().__init__(tmx)

    def _update_time(self) -> None:
        self._last_time = self.now_ms


class FeetSortedGroup(pyscroll.PyscrollGroup):  # type: ignore[misc]
    """pyscroll's sprite group, drawing characters in the order of their feet.

    pyscroll sorts what it draws by layer number, then by x. Each sprite gets a number
    between the last tile layer below the characters and the first one above them, plus a
    fraction that grows with its feet's y, so lower feet draw in front and tile layers above
    the "sprites" layer still cover everyone."""

    def __init__(self, map_layer: pyscroll.BufferedRenderer, base_layer: float, map_height_px: int, dest: pygame.Rect):
        super().__init__(map_layer)
        self.base_layer = base_layer
        self.depth_scale = 0.5 / (map_height_px + 4 * TILE_PX)
        self.dest = dest

    def draw(self, surface: pygame.Surface) -> list[pygame.Rect]:
        ox, oy = self._map_layer.get_center_offset()
        ox, oy = ox + self.dest.x, oy + self.dest.y
        view = self.view
        layered = [
            (sprite.image, sprite.rect.move(ox, oy), self.base_layer + sprite.feet_y * self.depth_scale)
            for sprite in self.sprites()
            if sprite.rect.colliderect(view)
        ]
        drawn: list[pygame.Rect] = self._map_layer.draw(surface, self.dest, layered)
        return drawn

    def in_draw_order(self) -> list[ActorSprite]:
        return sorted(self.sprites(), key=lambda sprite: sprite.feet_y)


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
        self.group = FeetSortedGroup(self.renderer, self.sprite_layer, self.map_px[1], self.dest)
        self.camera = (0.0, 0.0)

    def look_at(self, point: tuple[float, float]) -> None:
        """Centre the camera on a map pixel; pyscroll clamps it at the map's edges."""
        self.camera = point
        self.renderer.center(point)

    def view_rect(self) -> pygame.Rect:
        """The part of the map on screen, in map pixels."""
        rect: pygame.Rect = self.renderer.view_rect.copy()
        return rect

    def screen_offset(self) -> tuple[int, int]:
        """Where map pixel (0, 0) is on the screen now (as the sprites are drawn)."""
        ox, oy = self.renderer.get_center_offset()
        return ox + self.dest.x, oy + self.dest.y

    def add(self, sprite: pygame.sprite.Sprite) -> None:
        self.group.add(sprite)

    def follow(self, sprite: ActorSprite) -> None:
        """Centre the camera on a character (a little above its feet)."""
        sprite.sync()
        self.look_at((sprite.rect.centerx, sprite.feet_y - TILE_PX // 2))

    def draw(self, surface: pygame.Surface, time_ms: float) -> None:
        """Draw the map and its characters as they are now; `time_ms` is the game clock
        that drives tile animations."""
        self.data.now_ms = time_ms
        for sprite in self.group.sprites():
            sprite.sync()
        if self.centred:
            surface.fill(BACKDROP)
        self.group.draw(surface)
