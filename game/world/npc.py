"""Characters other than the player: they stand where Tiled put them, face the player when
spoken to, and may walk an idle route along a `path` object, pausing at each corner."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from game.world import STEP_S
from game.world.actor import Actor
from game.world.geometry import Cell, Direction
from game.world.mapdata import MapObject

IDLE_SPEED_TILES_PER_S = 2.0
PAUSE_STEPS = (60, 150)
"""How long (in steps) a character lingers at each corner of its route: a seeded random
choice in this range, so the same seed replays the same stroll."""


@dataclass
class Npc:
    obj: MapObject
    actor: Actor
    route: tuple[Cell, ...] = ()
    target: int = 0
    forward: bool = True
    pause_steps: int = 0
    home: Cell = (0, 0)
    blocked_steps: int = field(default=0)

    @classmethod
    def from_object(cls, obj: MapObject, paths: dict[int, tuple[Cell, ...]]) -> Npc:
        facing = Direction(str(obj.properties.get("facing", "down")))
        actor = Actor(str(obj.properties.get("character", obj.name or "npc")), obj.cells[0], facing)
        actor.speed_tiles_per_s = IDLE_SPEED_TILES_PER_S
        route = paths.get(int(obj.properties.get("path", 0) or 0), ())
        return cls(obj, actor, route, home=obj.cells[0])

    @property
    def occupied(self) -> tuple[Cell, ...]:
        """Cells nobody else may enter: where it stands, and where it is walking from."""
        if self.actor.origin is None:
            return (self.actor.cell,)
        return (self.actor.cell, self.actor.origin)

    def face_towards(self, cell: Cell) -> None:
        x, y = self.actor.cell
        dx, dy = cell[0] - x, cell[1] - y
        if abs(dx) >= abs(dy) and dx:
            self.actor.facing = Direction.RIGHT if dx > 0 else Direction.LEFT
        elif dy:
            self.actor.facing = Direction.DOWN if dy > 0 else Direction.UP
        self.pause_steps = max(self.pause_steps, PAUSE_STEPS[0])

    def step(self, rng: random.Random, blocked: Callable[[Cell], bool]) -> None:
        """Walk the route: towards the next corner one cell at a time, back and forth."""
        self.actor.advance(STEP_S)
        if self.actor.moving or len(self.route) < 2:
            return
        if self.pause_steps > 0:
            self.pause_steps -= 1
            return
        goal = self.route[self.target]
        here = self.actor.cell
        if here == goal:
            self._next_corner()
            self.pause_steps = rng.randint(*PAUSE_STEPS)
            return
        dx, dy = goal[0] - here[0], goal[1] - here[1]
        direction = (
            (Direction.RIGHT if dx > 0 else Direction.LEFT) if dx else (Direction.DOWN if dy > 0 else Direction.UP)
        )
        nxt = direction.step(here)
        self.actor.facing = direction
        if blocked(nxt):
            self.blocked_steps += 1
            return  # wait for the way to clear (the player standing in it, say)
        self.blocked_steps = 0
        self.actor.start_walk(direction)

    def _next_corner(self) -> None:
        last = len(self.route) - 1
        if self.forward and self.target == last:
            self.forward = False
        elif not self.forward and self.target == 0:
            self.forward = True
        self.target += 1 if self.forward else -1
