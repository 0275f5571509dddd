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

    @property
    def delta(self) -> Cell:
        """One step in this direction, in tiles."""
        return _DELTAS[self]

    def step(self, cell: Cell) -> Cell:
        """The cell next to `cell` in this direction."""
        dx, dy = _DELTAS[self]
        return cell[0] + dx, cell[1] + dy

    @property
    def opposite(self) -> Direction:
        return _OPPOSITES[self]


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
