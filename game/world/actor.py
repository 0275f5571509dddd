"""Actors: things that stand on a cell, face a direction and walk from cell to cell."""

from __future__ import annotations

from dataclasses import dataclass

from game.world.geometry import Cell, Direction

WALK_SPEED_TILES_PER_S = 4.0
"""How fast a walking character crosses cells."""
ARRIVAL_EPSILON = 1e-9
"""Summed float steps (15 x 4/60) can fall a hair short of 1.0; that still arrives."""


@dataclass
class Actor:
    """A character on the grid.

    The logical position is `cell`; while walking, `origin` is the cell being left and
    `progress` (0..1) how far the actor has come, so drawing can interpolate smoothly
    while collision stays on whole cells (the target cell is claimed at once).
    """

    name: str
    cell: Cell
    facing: Direction = Direction.DOWN
    speed_tiles_per_s: float = WALK_SPEED_TILES_PER_S
    origin: Cell | None = None
    progress: float = 0.0
    hidden: bool = False
    """Out of sight (a cutscene put them in a pod): not drawn, still where they are."""

    @property
    def moving(self) -> bool:
        return self.origin is not None

    @property
    def position(self) -> tuple[float, float]:
        """Where the actor is now, in tiles (fractional while walking)."""
        if self.origin is None:
            return float(self.cell[0]), float(self.cell[1])
        ox, oy = self.origin
        tx, ty = self.cell
        return ox + (tx - ox) * self.progress, oy + (ty - oy) * self.progress

    def start_walk(self, direction: Direction, progress: float = 0.0) -> None:
        """Claim the next cell in `direction` and start walking into it."""
        self.facing = direction
        self.origin = self.cell
        self.cell = direction.step(self.cell)
        self.progress = progress

    def advance(self, dt_s: float) -> float | None:
        """Walk on for `dt_s` seconds. Returns the overshoot (as a fraction of a tile) when
        the actor arrives in this step, else None."""
        if self.origin is None:
            return None
        self.progress += self.speed_tiles_per_s * dt_s
        if self.progress < 1.0 - ARRIVAL_EPSILON:
            return None
        overshoot = max(0.0, self.progress - 1.0)
        self.origin = None
        self.progress = 0.0
        return overshoot

    def place(self, cell: Cell, facing: Direction) -> None:
        """Put the actor on `cell` at rest, facing `facing`."""
        self.cell = cell
        self.facing = facing
        self.origin = None
        self.progress = 0.0
