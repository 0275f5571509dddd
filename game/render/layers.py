"""What the map view draws apart from pyscroll's buffer: image layers, tile layers with
opacity, tint, offset or parallax, and tile objects, as Tiled 1.8 draws them.

Each is pre-drawn once per map (tint and opacity multiplied in) into a `Piece`: a picture
at a map position that moves with its layer's offset and parallax. Every frame a piece
hands pyscroll's draw a (surface, rect, layer) blit whose layer number lies between the tile
layers it sits between, as the characters' do, so pyscroll keeps the order.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pygame
import pytmx

from game.content.features import (
    WHITE,
    Decoration,
    ImageLayerPart,
    Look,
    MapLook,
    ObjectLayerPart,
    Part,
    TileLayerPart,
)
from game.world import TILE_PX

Blit = tuple[pygame.Surface, pygame.Rect, float]
Frames = tuple[tuple[pygame.Surface, int], ...]
"""A picture's frames with their durations in ms (one frame of duration 0: still)."""
FAR_PX = 1 << 20
"""Further than this from the screen, a piece is not drawn (a hostile offset or parallax
would otherwise overflow pygame's rectangles)."""


@dataclass(frozen=True)
class Camera:
    """Where the map is on screen this frame: map pixel (0, 0) is at `origin`, the view's
    centre is map pixel `centre` (Tiled's parallax turns on it), `clip` is the view."""

    origin: tuple[int, int]
    centre: tuple[float, float]
    clip: pygame.Rect
    time_ms: float
    parallax_origin: tuple[float, float] = (0.0, 0.0)


def shift(look: Look, camera: Camera) -> tuple[float, float]:
    """A layer's displacement: its offset, plus Tiled's parallax offset, (1 - factor) x
    (view centre - the map's parallax origin)."""
    (ox, oy), (fx, fy) = look.offset, look.parallax
    cx, cy = camera.centre[0] - camera.parallax_origin[0], camera.centre[1] - camera.parallax_origin[1]
    return ox + (1.0 - fx) * cx, oy + (1.0 - fy) * cy


@dataclass
class Piece:
    """A picture (still or animated) drawn at map position `at` (its top-left) with its
    layer's offset and parallax, repeated across the view along x and/or y if asked."""

    frames: Frames
    at: tuple[float, float]
    look: Look
    layer: float
    repeat: tuple[bool, bool] = (False, False)

    def __post_init__(self) -> None:
        self.period_ms = sum(duration for _, duration in self.frames)

    def image(self, time_ms: float) -> pygame.Surface:
        if self.period_ms <= 0:
            return self.frames[0][0]
        left = time_ms % self.period_ms
        for image, duration in self.frames:
            if left < duration:
                return image
            left -= duration
        return self.frames[-1][0]

    def blits(self, camera: Camera) -> list[Blit]:
        image = self.image(camera.time_ms)
        dx, dy = shift(self.look, camera)
        clip = camera.clip
        xs = _spans(camera.origin[0] + self.at[0] + dx, image.get_width(), clip.left, clip.right, self.repeat[0])
        ys = _spans(camera.origin[1] + self.at[1] + dy, image.get_height(), clip.top, clip.bottom, self.repeat[1])
        return [(image, pygame.Rect(x, y, image.get_width(), image.get_height()), self.layer) for y in ys for x in xs]


def _spans(start: float, size: int, low: int, high: int, repeat: bool) -> list[int]:
    """Where copies of something `size` px long placed at `start` (once, or repeated both
    ways) begin, for those that reach into [low, high)."""
    if not math.isfinite(start):
        return []
    begin = math.floor(start + 0.5)
    if repeat:
        first = low - (low - begin) % size  # the copy that covers `low`
        return list(range(first, high, size))
    if not -FAR_PX < begin < FAR_PX:
        return []  # far off (a hostile offset or parallax): pygame's rectangles would overflow
    return [begin] if begin < high and begin + size > low else []


def recolour(image: pygame.Surface, look: Look) -> pygame.Surface:
    """`image` with the layer's tint and opacity multiplied in (Tiled 1.8 multiplies each
    pixel by the tint colour, its alpha by the tint's alpha and the opacity)."""
    if look.tint == WHITE and look.opacity >= 1.0:
        return image
    out = with_alpha(image).copy()
    r, g, b, a = look.tint
    out.fill((r, g, b, round(a * max(0.0, min(1.0, look.opacity)))), special_flags=pygame.BLEND_RGBA_MULT)
    return out


def with_alpha(image: pygame.Surface) -> pygame.Surface:
    """`image` with per-pixel alpha (a colour key becomes transparent pixels)."""
    if image.get_flags() & pygame.SRCALPHA:
        return image
    if pygame.display.get_surface() is not None:
        return image.convert_alpha()
    out = pygame.Surface(image.get_size(), pygame.SRCALPHA)
    out.blit(image, (0, 0))
    return out


def tile_layer_pieces(tiled: pytmx.TiledMap, part: TileLayerPart, layer: float) -> list[Piece]:
    """A tile layer drawn apart: its still tiles pre-drawn into one picture (the box around
    them), each animated tile a piece of its own."""
    grid = tiled.layers[part.index]
    images = tiled.images
    still: list[tuple[int, int, pygame.Surface]] = []
    pieces: list[Piece] = []
    for x, y, gid in grid.iter_data():
        if not gid or not isinstance(images[gid], pygame.Surface):
            continue
        frames = (tiled.tile_properties.get(gid) or {}).get("frames") or ()
        if frames:
            cut = tuple(
                (recolour(images[f.gid], part.look), int(f.duration)) for f in frames if _surface(images, f.gid)
            )
            if cut:
                pieces.append(Piece(cut, (x * TILE_PX, (y + 1) * TILE_PX - cut[0][0].get_height()), part.look, layer))
            continue
        still.append((x, y, images[gid]))
    if still:
        left, top = min(x for x, _, _ in still), min(y for _, y, _ in still)
        right, bottom = max(x for x, _, _ in still) + 1, max(y for _, y, _ in still) + 1
        canvas = pygame.Surface(((right - left) * TILE_PX, (bottom - top) * TILE_PX), pygame.SRCALPHA)
        canvas.fill((0, 0, 0, 0))
        for x, y, image in still:
            w, h = image.get_size()
            at = ((x - left) * TILE_PX, (y - top + 1) * TILE_PX - h)  # Tiled puts a tall tile's bottom on its cell's
            # Grid tiles never overlap, so adding them onto the empty canvas copies them exactly
            # (an ordinary blit onto transparent pixels would darken half-transparent ones).
            flags = pygame.BLEND_RGBA_ADD if (w, h) == (TILE_PX, TILE_PX) else 0
            canvas.blit(with_alpha(image), at, special_flags=flags)
        pieces.insert(0, Piece(((recolour(canvas, part.look), 0),), (left * TILE_PX, top * TILE_PX), part.look, layer))
    return pieces


def _surface(images: list[object], gid: int) -> bool:
    return 0 <= gid < len(images) and isinstance(images[gid], pygame.Surface)


def image_layer_piece(part: ImageLayerPart, layer: float) -> Piece | None:
    """An image layer: its picture at the layer's offset (the content checks made sure it
    is a PNG inside the game's folders)."""
    if not part.image:
        return None
    image = pygame.image.load(part.image)
    if part.trans:
        image.set_colorkey(pygame.Color(f"#{part.trans}"))
    return Piece(((recolour(with_alpha(image), part.look), 0),), (0.0, 0.0), part.look, layer, part.repeat)


def decoration_piece(tiled: pytmx.TiledMap, decoration: Decoration, look: Look, layer: float) -> Piece | None:
    """A tile object as Tiled draws it: its tile stretched to the object's size, flipped,
    turned about its bottom-left corner, animated."""
    images = tiled.images
    if not _surface(images, decoration.gid):
        return None
    if decoration.frames:
        flip_h, flip_v = decoration.flips
        raw = [
            (pygame.transform.flip(images[gid], flip_h, flip_v), duration)
            for gid, duration in decoration.frames
            if _surface(images, gid)
        ]
    else:
        raw = [(images[decoration.gid], 0)]
    if not raw:
        return None
    width = decoration.width if decoration.width > 0 else raw[0][0].get_width()
    height = decoration.height if decoration.height > 0 else raw[0][0].get_height()
    size = (max(1, round(width)), max(1, round(height)))
    frames = []
    for image, duration in raw:
        shown = image if image.get_size() == size else pygame.transform.scale(image, size)
        if decoration.rotation % 360:
            shown = pygame.transform.rotate(with_alpha(shown), -decoration.rotation)  # Tiled turns clockwise
        frames.append((recolour(shown, look), duration))
    dx, dy = _turned_corner(width, height, decoration.rotation)
    return Piece(tuple(frames), (decoration.x + dx, decoration.y + dy), look, layer)


def _turned_corner(width: float, height: float, degrees: float) -> tuple[float, float]:
    """The top-left of the box around a width x height rectangle whose bottom-left corner
    (the origin) stays put while it turns `degrees` clockwise (y grows downwards)."""
    turn = math.radians(degrees)
    cos, sin = math.cos(turn), math.sin(turn)
    corners = [(0.0, 0.0), (width, 0.0), (width, -height), (0.0, -height)]
    turned = [(x * cos - y * sin, x * sin + y * cos) for x, y in corners]
    return min(x for x, _ in turned), min(y for _, y in turned)


# -- the map's order ---------------------------------------------------------------------


@dataclass(frozen=True)
class Slot:
    """A place in the drawing order between two tile layers drawn by pyscroll: its layer
    numbers run from `base` to `base + span`."""

    base: float
    span: float


SPRITES = None
"""Marks where the characters go among the parts."""


def slots(look: MapLook, ordinary: list[int]) -> Iterator[tuple[Part | None, Slot | None]]:
    """Each part (and the characters, as None) with its slot of layer numbers; pyscroll's
    own tile layers get no slot (their number is their pytmx index)."""
    order: list[Part | None] = list(look.parts)
    at = look.sprites_at
    here = order[at] if at < len(order) else None
    if not (isinstance(here, ObjectLayerPart) and here.sprites):  # a hidden "sprites" layer still places them
        order.insert(at, SPRITES)
    pending: list[Part | None] = []
    below = (ordinary[0] - 1) if ordinary else -1
    out: list[tuple[Part | None, Slot | None]] = []

    def settle(low: float, high: float) -> None:
        step = (high - low) / max(1, len(pending))
        for k, item in enumerate(pending):
            out.append((item, Slot(low + (k + 0.25) * step, 0.5 * step)))
        pending.clear()

    for item in order:
        if isinstance(item, TileLayerPart) and item.index in ordinary:
            settle(below, item.index)
            below = item.index
            out.append((item, None))
        else:
            pending.append(item)
    settle(below, below + 1)
    yield from out


@dataclass
class Scenery:
    """Everything of a map that pyscroll does not draw, with layer numbers, and the slot
    the characters sort within. `under` lies below pyscroll's first tile layer and below
    the characters, so it is drawn before pyscroll's buffer; `over` goes through pyscroll's
    draw with the characters. Tile objects on the "sprites" layer are in `over` with
    numbers from their bottom edge, as the characters' come from their feet."""

    under: list[Piece]
    over: list[Piece]
    sprite_slot: Slot


def depth_scale(slot: Slot, map_height_px: int) -> float:
    """Layer number per pixel of feet y within the characters' slot."""
    return slot.span / (map_height_px + 4 * TILE_PX)


def build_scenery(tiled: pytmx.TiledMap, look: MapLook, ordinary: list[int], map_height_px: int) -> Scenery:
    """Pre-draw every part pyscroll does not, and number it into the drawing order."""
    scenery = Scenery([], [], Slot(-0.75, 0.5))
    passed = not ordinary  # without pyscroll tile layers the view draws everything itself
    for item, slot in slots(look, ordinary):
        if slot is None:
            passed = True
            continue
        if item is SPRITES or (isinstance(item, ObjectLayerPart) and item.sprites):
            scenery.sprite_slot = slot
            passed = True
            if isinstance(item, ObjectLayerPart):
                scale = depth_scale(slot, map_height_px)
                for decoration in item.decorations:
                    piece = decoration_piece(tiled, decoration, item.look, slot.base)
                    if piece is not None:
                        piece.layer = slot.base + min(max(0.0, decoration.y), map_height_px + 4 * TILE_PX) * scale
                        scenery.over.append(piece)
            continue
        (scenery.over if passed else scenery.under).extend(_pieces(tiled, item, slot))
    return scenery


def _pieces(tiled: pytmx.TiledMap, item: Part | None, slot: Slot) -> list[Piece]:
    made: list[Piece] = []
    if isinstance(item, TileLayerPart):
        made = tile_layer_pieces(tiled, item, slot.base)
    elif isinstance(item, ImageLayerPart):
        piece = image_layer_piece(item, slot.base)
        made = [] if piece is None else [piece]
    elif isinstance(item, ObjectLayerPart):
        made = [p for d in item.decorations if (p := decoration_piece(tiled, d, item.look, slot.base)) is not None]
    # Numbered one after another inside the slot: pyscroll sorts equal numbers by position.
    for k, piece in enumerate(made):
        piece.layer = slot.base + slot.span * k / max(1, len(made))
    return made


def scenery_blits(pieces: list[Piece], camera: Camera, keep: Callable[[pygame.Rect], bool]) -> list[Blit]:
    """The blits of `pieces` this frame that `keep` (on screen) lets through."""
    return [blit for piece in pieces for blit in piece.blits(camera) if keep(blit[1])]
