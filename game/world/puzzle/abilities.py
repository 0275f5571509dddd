"""The four abilities as rules on the grid: Trace, Sketch, Glow and Anchor.

These are pure functions and small values; the Puzzle calls them with its current state.
Every range is a Manhattan distance in tiles (light looks like a diamond, which reads well
in pixel art and keeps the rule easy to see).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from game.world import STEP_S
from game.world.geometry import Cell, Direction
from game.world.puzzle.assist import FORGIVING_LIGHT_BONUS_TILES
from game.world.puzzle.elements import Crowd
from game.world.puzzle.weight import Weight

# -- Sketch (Jonas) ------------------------------------------------------------------------------
SKETCH_LIMIT = 2
"""Jonas keeps at most this many sketches at a time."""
SKETCH_LIFE_S = 8.0
"""An unpinned sketch fades this long after it was drawn (or last pinned)."""
PLANK_MAX_TILES = 2
"""A plank spans a gap of 1 or 2 cells in a straight line."""
CRATE_WEIGHT = Weight.LIGHT
CRATE_UNITS = CRATE_WEIGHT.units
PLANK = "plank"
CRATE = "crate"
MEMORY_WATCH_TILES = 3
"""A memory (a sketch numbered below 0) fades only while someone of the party is this near
(Manhattan, tiles): one nobody has come to yet waits as it was."""

# -- Glow (Lila) ---------------------------------------------------------------------------------
LIGHT_RADIUS_NEAR_TILES = 3
"""Lila's light while a companion is within COMPANION_RANGE_TILES of her."""
LIGHT_RADIUS_ALONE_TILES = 1
"""Lila's light when no companion is near: just around her feet."""
COMPANION_RANGE_TILES = 2


def steps_for(seconds: float) -> int:
    """A duration in whole fixed steps."""
    return max(1, round(seconds / STEP_S))


def distance(a: Cell, b: Cell) -> int:
    """Manhattan distance in tiles."""
    return abs(a[0] - b[0]) + abs(a[1] - b[1])


def neighbours(cell: Cell) -> list[Cell]:
    return [d.step(cell) for d in Direction]


@dataclass(frozen=True)
class Sketch:
    """One of Jonas's drawings: a plank over gap cells, or a light crate on one cell.
    `remaining_steps` counts down while unpinned; at zero it fades (a plank waits until
    nobody stands on it). A map's memory plays as a sketch numbered below 0 (`is_memory`)."""

    id: int
    kind: str
    cells: tuple[Cell, ...]
    remaining_steps: int

    @property
    def is_memory(self) -> bool:
        """One of the map's memories (there from the start), not something Jonas drew."""
        return self.id < 0

    def aged(self, remaining_steps: int) -> Sketch:
        """This sketch with `remaining_steps` left (itself, if that is what it has: the
        solver ages sketches from each of many thousands of states)."""
        if remaining_steps == self.remaining_steps:
            return self
        return Sketch(self.id, self.kind, self.cells, remaining_steps)


def drawn(sketches: Iterable[Sketch]) -> int:
    """How many of `sketches` Jonas drew (his SKETCH_LIMIT counts these, not memories)."""
    count = 0
    for sketch in sketches:  # a loop, not sum(): the solver counts from every state it searches
        if not sketch.is_memory:
            count += 1
    return count


def plank_span(
    start: Cell, direction: Direction, is_gap: Callable[[Cell], bool], is_bank: Callable[[Cell], bool]
) -> tuple[Cell, ...] | None:
    """The gap cells a plank drawn from `start` towards `direction` covers: 1 or 2 gap cells
    in a line, ending on a bank cell (`is_bank`). None when there is no such gap."""
    cells: list[Cell] = []
    cell = direction.step(start)
    while is_gap(cell):
        cells.append(cell)
        if len(cells) > PLANK_MAX_TILES:
            return None
        cell = direction.step(cell)
    if not cells or not is_bank(cell):
        return None
    return tuple(cells)


def pinned(sketch: Sketch, anchor: Cell | None) -> bool:
    """Roe pins a sketch by standing next to it (for a plank, at its end on the bank or
    beside it). A pinned sketch neither fades nor dissolves in a gaze."""
    if anchor is None:
        return False
    x, y = anchor
    for cell in sketch.cells:  # distance(anchor, cell) == 1, inlined: the solver asks this often
        if abs(x - cell[0]) + abs(y - cell[1]) == 1:
            return True
    return False


def pin_cells(cells: Iterable[Cell]) -> frozenset[Cell]:
    """Where Roe stands to pin a sketch on `cells` (as `pinned` says): worked out once per
    sketch, since Roe's cell is then one look-up."""
    return frozenset(d.step(cell) for cell in cells for d in Direction)


def watch_cells(cells: Iterable[Cell]) -> frozenset[Cell]:
    """Where someone stands to watch a memory on `cells` (within MEMORY_WATCH_TILES of one
    of them): worked out once per memory, since each protagonist's cell is then one look-up."""
    reach = MEMORY_WATCH_TILES
    return frozenset(
        (x + dx, y + dy)
        for x, y in cells
        for dx in range(-reach, reach + 1)
        for dy in range(abs(dx) - reach, reach - abs(dx) + 1)
    )


# -- Glow (Lila) ---------------------------------------------------------------------------------
def light_radius(lila: Cell, companions: Iterable[Cell], forgiving: bool = False) -> int:
    """Large while a companion is near, small when Lila is alone; `forgiving` (the assist
    option) keeps it large and a tile larger."""
    if forgiving:
        return LIGHT_RADIUS_NEAR_TILES + FORGIVING_LIGHT_BONUS_TILES
    near = any(distance(lila, other) <= COMPANION_RANGE_TILES for other in companions)
    return LIGHT_RADIUS_NEAR_TILES if near else LIGHT_RADIUS_ALONE_TILES


def company(positions: dict[str, Cell], voices: Iterable[Cell] = ()) -> list[Cell]:
    """Who keeps Lila company: the others of the party where they stand, and the voices."""
    return [c for name, c in positions.items() if name != "lila"] + list(voices)


def is_lit(cell: Cell, positions: dict[str, Cell], forgiving: bool = False, voices: Iterable[Cell] = ()) -> bool:
    """Whether `cell` lies in Lila's light with the party at `positions` and `voices` (the
    map's voices) keeping her company (no Lila: dark)."""
    lila = positions.get("lila")
    if lila is None:
        return False
    reach = distance(cell, lila)
    if reach <= LIGHT_RADIUS_ALONE_TILES:  # lit however small her light is: no need to ask who is near
        return True
    if reach > LIGHT_RADIUS_NEAR_TILES + (FORGIVING_LIGHT_BONUS_TILES if forgiving else 0):
        return False  # dark however large her light is: no need either
    return reach <= light_radius(lila, company(positions, voices), forgiving)


# -- Anchor (Roe) --------------------------------------------------------------------------------
def crowd_parted(crowd: Crowd, roe: Cell | None) -> bool:
    """A crowd parts while Roe stands within its calm range of any of its cells."""
    return roe is not None and any(distance(roe, cell) <= crowd.calm_range_tiles for cell in crowd.cells)
