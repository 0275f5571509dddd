"""The map on screen: pyscroll's BufferedRenderer for the ordinary tile layers, the rest of
what Tiled draws (image layers, layers with opacity, tint, offset or parallax, tile
objects; see game/render/layers.py) pre-drawn and interleaved by layer number, characters
sorted by their feet, a camera that follows and clamps, and small maps centred."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator

import pygame
import pyscroll
import pytmx

from game.content.features import TileLayerPart
from game.content.tiled import LoadedMap
from game.render import INTERNAL_SIZE
from game.render.layers import Blit, Camera, Scenery, Slot, build_scenery, depth_scale, scenery_blits
from game.render.sprites import ActorSprite
from game.world import TILE_PX

BACKDROP = (14, 12, 24)
"""Colour around a map smaller than the screen: the palette's "ink"."""
UNDERLAY_FEET_PX = -3 * TILE_PX
"""Where underlay images sort among the characters: below flat puzzle pieces (plates and
open gates sort at -2 tiles), above the tile layers under the characters."""
EMPTY = (0, 0, 0)
"""What a map cell without any tile shows when the map sets no background colour."""


class ClockedMapData(pyscroll.data.TiledMapData):  # type: ignore[misc]  # pyscroll has no types
    """pyscroll's map data, with tile animations driven by the game's clock instead of the
    wall clock, so the same steps always draw the same frames, and without the tile layers
    drawn apart (`apart`: pytmx indices), which the view pre-draws itself."""

    def __init__(self, tmx: pytmx.TiledMap, apart: frozenset[int] = frozenset()) -> None:
        self.now_ms = 0.0
        self.apart = apart
        self.animated_now = False
        """Whether the tiles pyscroll is about to draw are new animation frames."""
        super().__init__(tmx)

    def _update_time(self) -> None:
        self._last_time = self.now_ms

    def animation_due(self, time_ms: float) -> bool:
        """Whether an animated tile in view is due its next frame at `time_ms` (pyscroll
        turns it at the next draw)."""
        return any(token.next <= time_ms and token.positions for token in self._animation_queue)

    def process_animation_queue(self, tile_view: pygame.Rect) -> list[tuple[int, int, int, pygame.Surface]]:
        tiles: list[tuple[int, int, int, pygame.Surface]] = super().process_animation_queue(tile_view)
        self.animated_now = bool(tiles)
        return tiles

    def convert_surfaces(self, parent: pygame.Surface, alpha: bool = False) -> None:
        """Keep pytmx's images: its pygame loader converted them already, and pyscroll's
        conversion (for a buffer with alpha) would replace the cached map's images."""

    @property
    def visible_tile_layers(self) -> Iterable[int]:
        layers: Iterable[int] = self.tmx.visible_tile_layers
        return [index for index in layers if index not in self.apart] if self.apart else layers

    def get_tile_images_by_rect(self, rect: pygame.Rect) -> Iterator[tuple[int, int, int, pygame.Surface]]:
        """pyscroll's own, over `visible_tile_layers` (its version reads pytmx's list)."""
        if not self.apart:
            yield from super().get_tile_images_by_rect(rect)
            return
        x1, y1, x2, y2 = pyscroll.common.rect_to_bb(rect)
        images, layers = self.tmx.images, self.tmx.layers
        animated, tracked, animations = self._animated_tile, self._tracked_gids, self._animation_map
        track = bool(self._animation_queue)
        for index in self.visible_tile_layers:
            rows = layers[index].data
            for y in range(max(0, y1), min(len(rows), y2 + 1)):
                row = rows[y]
                for x in range(max(0, x1), min(len(row), x2 + 1)):
                    gid = row[x]
                    if not gid:
                        continue
                    if track and gid in tracked:
                        animations[gid].positions.add((x, y, index))
                    tile = animated.get((x, y, index), images[gid])
                    if tile:
                        yield x, y, index, tile


class ClearingRenderer(pyscroll.BufferedRenderer):  # type: ignore[misc]
    """pyscroll's renderer, with empty cells showing the map's background colour. With a
    transparent buffer (a backdrop below), a cell is cleared before pyscroll draws an
    animation frame's column of tiles over it, so the frame before never shows through
    (pyscroll clears new edges and full redraws itself; an opaque buffer is drawn over
    from its bottom tile up, as pyscroll always did)."""

    _tile_queue: Iterable[tuple[int, int, int, pygame.Surface]]

    def __init__(self, data: ClockedMapData, size: tuple[int, int], clear: tuple[int, int, int], alpha: bool):
        self._rgb_clear_color = clear  # read by pyscroll's _clear_surface in opaque mode
        self.see_through = alpha
        super().__init__(data, size, clamp_camera=True, alpha=alpha)

    def _flush_tile_queue(self, surface: pygame.Surface) -> None:
        data: ClockedMapData = self.data
        if data.animated_now and self.see_through:
            queue: list[tuple[int, int, int, pygame.Surface]] = list(self._tile_queue)
            self._tile_queue = queue
            tw, th = data.tile_size
            left, top = self._tile_view.left * tw, self._tile_view.top * th
            for x, y in {(x, y) for x, y, _, _ in queue}:
                surface.fill(self._clear_color, (x * tw - left, y * th - top, tw, th))
        data.animated_now = False
        super()._flush_tile_queue(surface)


class FeetSortedGroup(pyscroll.PyscrollGroup):  # type: ignore[misc]
    """pyscroll's sprite group, drawing characters in the order of their feet.

    pyscroll sorts what it draws by layer number, then by x. Each sprite gets a number
    in the slot between the last tile layer below the characters and the first one above
    them (`base_layer` to `base_layer + span`), growing with its feet's y, so lower feet
    draw in front and tile layers above the "sprites" layer still cover everyone. The map's
    other pre-drawn pieces (`scenery`) are handed to pyscroll's draw the same way."""

    def __init__(
        self,
        map_layer: pyscroll.BufferedRenderer,
        base_layer: float,
        map_height_px: int,
        dest: pygame.Rect,
        span: float = 0.5,
        scenery: Scenery | None = None,
    ):
        super().__init__(map_layer)
        self.base_layer = base_layer
        self.depth_scale = depth_scale(Slot(base_layer, span), map_height_px)
        self.dest = dest
        self.scenery = scenery
        self.parallax_origin = (0.0, 0.0)
        self.time_ms = 0.0
        self.underlay: list[tuple[pygame.Surface, tuple[int, int]]] = []
        """Images at map pixels drawn on the floor, under every character and puzzle piece
        (the lens's wiring); the scene sets them before each draw."""

    def camera(self) -> Camera:
        ox, oy = self._map_layer.get_center_offset()
        centre = self._map_layer.view_rect.center
        return Camera((ox + self.dest.x, oy + self.dest.y), centre, self.dest, self.time_ms, self.parallax_origin)

    def layered(self, camera: Camera) -> list[Blit]:
        """The characters and the pieces pyscroll draws, as (image, screen rect, layer)."""
        view = self.view
        ox, oy = camera.origin
        layered = [
            (sprite.image, sprite.rect.move(ox, oy), self.base_layer + sprite.feet_y * self.depth_scale)
            for sprite in self.sprites()
            if sprite.rect.colliderect(view)
        ]
        if self.scenery is not None:
            layered += scenery_blits(self.scenery.over, camera, self.dest.colliderect)
        floor = self.base_layer + UNDERLAY_FEET_PX * self.depth_scale
        for image, (x, y) in self.underlay:
            rect = image.get_rect(topleft=(x + ox, y + oy))
            if self.dest.colliderect(rect):
                layered.append((image, rect, floor))
        return layered

    def draw(self, surface: pygame.Surface) -> list[pygame.Rect]:
        layered = self.layered(self.camera())
        drawn: list[pygame.Rect] = self._map_layer.draw(surface, self.dest, layered)
        return drawn

    def in_draw_order(self) -> list[ActorSprite]:
        return sorted(self.sprites(), key=lambda sprite: sprite.feet_y)


class MapView:
    """Draws one loaded map with its characters onto the internal surface."""

    def __init__(self, loaded: LoadedMap, screen_size: tuple[int, int] = INTERNAL_SIZE) -> None:
        tiled = loaded.tiled
        look = loaded.look
        self.map_px = (tiled.width * TILE_PX, tiled.height * TILE_PX)
        self.view_size = (min(self.map_px[0], screen_size[0]), min(self.map_px[1], screen_size[1]))
        # A map smaller than the screen gets a renderer only as big as the map, drawn centred.
        self.dest = pygame.Rect(
            ((screen_size[0] - self.view_size[0]) // 2, (screen_size[1] - self.view_size[1]) // 2),
            self.view_size,
        )
        self.centred = self.view_size != screen_size
        self.background = look.background or EMPTY
        # pyscroll draws the ordinary tile layers (each numbered by its pytmx index); the
        # rest is pre-drawn once and numbered in between.
        self.ordinary = [
            part.index for part in look.parts if isinstance(part, TileLayerPart) and part.index not in look.apart
        ]
        self.data = ClockedMapData(tiled, look.apart)
        self.scenery = build_scenery(tiled, look, self.ordinary, self.map_px[1])
        # Pieces below pyscroll's layers are drawn first, so its buffer must let them show.
        self.renderer = ClearingRenderer(self.data, self.view_size, self.background, alpha=bool(self.scenery.under))
        slot = self.scenery.sprite_slot
        self.sprite_layer = slot.base
        self.group = FeetSortedGroup(self.renderer, slot.base, self.map_px[1], self.dest, slot.span, self.scenery)
        self.group.parallax_origin = look.parallax_origin
        self.camera = (0.0, 0.0)
        self.animated_pieces = [piece for piece in (*self.scenery.under, *self.scenery.over) if piece.period_ms > 0]

    def frames_at(self, time_ms: float) -> Hashable:
        """What the map's animations show at `time_ms`: whether a tile in view is due its
        next frame, and the frame each animated picture shows. While nobody moves and the
        camera stays, equal values draw the same picture."""
        due = self.data.animation_due(time_ms)
        return due, tuple(id(piece.image(time_ms)) for piece in self.animated_pieces)

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
        self.group.time_ms = time_ms
        for sprite in self.group.sprites():
            sprite.sync()
        if self.centred:
            surface.fill(BACKDROP)
        if not self.ordinary:  # no layer for pyscroll: draw everything in order here
            self.draw_sorted(surface, self.group.layered(self.group.camera()))
            return
        if self.scenery.under:  # below pyscroll's buffer, which lets them show through
            self.draw_sorted(surface, scenery_blits(self.scenery.under, self.group.camera(), self.dest.colliderect))
        self.group.draw(surface)

    def draw_sorted(self, surface: pygame.Surface, layered: list[Blit]) -> None:
        """Fill the view with the background and blit `layered` in layer order, clipped."""
        surface.fill(self.background, self.dest)
        with_clip = surface.get_clip()
        surface.set_clip(self.dest)
        ordered = sorted(layered, key=lambda blit: blit[2])
        surface.blits([(image, rect) for image, rect, _ in ordered], doreturn=False)
        surface.set_clip(with_clip)
