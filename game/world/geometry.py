"""Directions and grid cells."""

from __future__ import annotations

from enum import Enum

Cell = tuple[int, int]
"""A map cell as (column, row), in tiles."""


class Direction(Enum):
    """The four facings. The value is the name used in Tiled properties and save data."""

    DOWN = "down"
    UP = "up"
    LEFT = "left"
    RIGHT = "right"

    _step: Cell
    _back: Direction
    """Set once below: a member's own attributes, read without hashing it (the solver
    steps hundreds of thousands of times a second, and an Enum hashes in Python)."""

    @property
    def delta(self) -> Cell:
        """One step in this direction, in tiles."""
        return self._step

    def step(self, cell: Cell) -> Cell:
        """The cell next to `cell` in this direction."""
        dx, dy = self._step
        return cell[0] + dx, cell[1] + dy

    @property
    def opposite(self) -> Direction:
        return self._back


_DELTAS: dict[Direction, Cell] = {
    Direction.DOWN: (0, 1),
    Direction.UP: (0, -1),
    Direction.LEFT: (-1, 0),
    Direction.RIGHT: (1, 0),
}
_OPPOSITES = {
    Direction.DOWN: Direction.UP,
    Direction.UP: Direction.DOWN,
    Direction.LEFT: Direction.RIGHT,
    Direction.RIGHT: Direction.LEFT,
}
for _direction in Direction:
    _direction._step = _DELTAS[_direction]
    _direction._back = _OPPOSITES[_direction]
