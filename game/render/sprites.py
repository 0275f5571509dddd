"""Character sprite sheets and choosing the frame for an actor's state."""

from __future__ import annotations

import pygame

from game.content.images import SHEET_FRAME_PX, SHEET_SIZES_PX
from game.world import TILE_PX
from game.world.actor import Actor
from game.world.geometry import Direction

FRAME_SIZE = SHEET_FRAME_PX
SHEET_ROWS = (Direction.DOWN, Direction.UP, Direction.LEFT, Direction.RIGHT)
"""Row order of every character sheet; column 0 is idle, columns 1-4 the walk cycle, and
the four protagonists have a column 5: the pose of their ability."""
WALK_FRAMES = 4
ABILITY_COLUMN = 5


class SheetError(ValueError):
    """A sprite sheet with the wrong size."""


class CharacterSheet:
    """The frames of one character, cut from a sheet of 5 columns x 4 rows."""

    def __init__(self, image: pygame.Surface, path: str = "") -> None:
        w, h = FRAME_SIZE
        sizes = SHEET_SIZES_PX  # the content layer checks the same sizes when a map names a sheet
        if image.get_size() not in sizes:
            raise SheetError(f"{path}: sprite sheet is {image.get_size()}, expected {sizes[0]} or {sizes[1]}")
        columns = image.get_width() // w
        self.frames = {
            direction: [image.subsurface((col * w, row * h, w, h)) for col in range(columns)]
            for row, direction in enumerate(SHEET_ROWS)
        }
        self.has_ability_pose = columns > ABILITY_COLUMN

    @classmethod
    def load(cls, path: str) -> CharacterSheet:
        image = pygame.image.load(path)
        if pygame.display.get_surface() is not None:
            image = image.convert_alpha()
        return cls(image, path)

    def frame_for(self, actor: Actor) -> pygame.Surface:
        """Idle frame at rest; while walking, a 4-frame cycle spread over two cells."""
        frames = self.frames[actor.facing]
        if actor.origin is None:
            return frames[0]
        parity = (actor.origin[0] + actor.origin[1]) % 2
        return frames[1 + parity * 2 + min(int(actor.progress * 2), 1)]


_NOTHING = pygame.Surface((1, 1), pygame.SRCALPHA)
"""What a hidden character shows."""


class ActorSprite(pygame.sprite.Sprite):
    """An actor on screen. `sync()` reads the actor's state (position, facing, walk
    progress) into `image`, `rect` (map pixels) and `feet_y`; it never changes the actor."""

    image: pygame.Surface
    rect: pygame.Rect

    def __init__(self, actor: Actor, sheet: CharacterSheet) -> None:
        super().__init__()
        self.actor = actor
        self.sheet = sheet
        self.sync()

    def sync(self) -> None:
        self.image = self.sheet.frame_for(self.actor) if not self.actor.hidden else _NOTHING
        self.rect = sprite_rect(self.actor)
        self.feet_y = self.rect.bottom


def feet_position(actor: Actor) -> tuple[int, int]:
    """The pixel at the middle of the actor's feet (bottom centre of its cell)."""
    x, y = actor.position
    return round(x * TILE_PX) + TILE_PX // 2, round(y * TILE_PX) + TILE_PX


def sprite_rect(actor: Actor) -> pygame.Rect:
    """Where the actor's 16x24 frame is drawn, in map pixels: feet on its cell's bottom."""
    fx, fy = feet_position(actor)
    w, h = FRAME_SIZE
    return pygame.Rect(fx - w // 2, fy - h, w, h)
