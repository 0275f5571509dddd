"""The static side of a puzzle: terrain, walls and where each element sits.

Built once from the map data and the element definitions; answers "what is on this cell"
without knowing any changing state.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from game.world.geometry import Cell
from game.world.mapdata import MapData
from game.world.puzzle.abilities import pin_cells, watch_cells
from game.world.puzzle.elements import (
    Block,
    Crowd,
    Element,
    Gate,
    Gaze,
    Junction,
    Lever,
    Memory,
    Plate,
    Voice,
    Zone,
)
from game.world.puzzle.signals import Circuit

OBJECT_BLOCKING_TERRAIN = frozenset({"gap", "vent", "hidden:trace", "hidden:glow"})
"""Blocks and crates stay on plain ground (dark ground is fine)."""
NO_TERRAIN: frozenset[str] = frozenset()
RULED_TERRAIN = frozenset({"gap", "vent", "dark", "hidden:trace", "hidden:glow"})
"""Ground where who may step depends on who it is or on the state (Puzzle.refusal)."""


class SketchReach(NamedTuple):
    """What a sketch's cells alone decide about it."""

    pinned_from: frozenset[Cell]
    """Roe pins it standing on one of these (abilities.pinned)."""
    gazed: bool
    """A judging gaze falls on it: it dissolves unless pinned."""
    watched_from: frozenset[Cell]
    """A memory there fades while someone stands on one of these (abilities.watch_cells)."""


class Board:
    """Terrain and element layout of one puzzle."""

    def __init__(self, map_data: MapData, elements: Sequence[Element]) -> None:
        self.map = map_data
        self.circuit = Circuit(elements)
        self.elements = tuple(elements)
        self.plates = [e for e in elements if isinstance(e, Plate)]
        self.zones = [e for e in elements if isinstance(e, Zone)]
        self.gates = [e for e in elements if isinstance(e, Gate)]
        self.levers = [e for e in elements if isinstance(e, Lever)]
        self.junctions = [e for e in elements if isinstance(e, Junction)]
        self.blocks = [e for e in elements if isinstance(e, Block)]
        self.block_weight = {b.id: b.weight for b in self.blocks}
        self.block_units = {b.id: b.weight.units for b in self.blocks}
        self.plate_needs: tuple[tuple[int, tuple[Cell, ...], int], ...] = tuple(
            (p.id, p.cells, p.min_weight.units) for p in self.plates
        )
        """Per plate: its id, its cells and the weight units that press it (the solver
        weighs every plate after every action)."""
        self.crowds = [e for e in elements if isinstance(e, Crowd)]
        self.gaze: frozenset[Cell] = frozenset(c for e in elements if isinstance(e, Gaze) for c in e.cells)
        self.memories = [e for e in elements if isinstance(e, Memory)]
        """Things half-remembered, present at the start as sketches numbered -id."""
        self.voices: tuple[Cell, ...] = tuple(e.cell for e in elements if isinstance(e, Voice))
        """Where voices keep Lila company (her light counts them as companions)."""
        self.switch_at: dict[Cell, Lever | Junction] = {e.cell: e for e in self.levers + self.junctions}
        self.gate_at: dict[Cell, Gate] = {c: g for g in self.gates for c in g.cells}
        self.gate_cells: dict[int, tuple[Cell, ...]] = {g.id: g.cells for g in self.gates}
        self.crowd_at: dict[Cell, Crowd] = {c: k for k in self.crowds for c in k.cells}
        self.ruled: frozenset[Cell] = frozenset(
            {c for c, tags in map_data.terrain.items() if tags & RULED_TERRAIN}
            | self.gate_at.keys()
            | self.crowd_at.keys()
        )
        """Cells where who may step depends on who it is or on the state (a gate, a crowd,
        gap, vent, dark or hidden ground): elsewhere only a wall or someone standing there
        refuses a step (Puzzle.refusal)."""
        self.open: frozenset[Cell] = frozenset(
            cell
            for cell in ((x, y) for x in range(map_data.width) for y in range(map_data.height))
            if cell not in map_data.solid and cell not in map_data.doors and cell not in self.switch_at
        )
        """Every cell on the map but the walls (solid, doors, levers and junctions): the
        solver asks `is_wall` for every step."""
        self.free: frozenset[Cell] = self.open - self.ruled
        """Cells where only someone standing there refuses a step: neither a wall nor ruled
        (Puzzle.refusal asks this first)."""
        self.no_objects: frozenset[Cell] = frozenset(
            {c for c, tags in map_data.terrain.items() if tags & OBJECT_BLOCKING_TERRAIN} | self.crowd_at.keys()
        )
        """Ground no block or crate may stand on, walls aside (see `plain_ground`)."""
        self.ground: frozenset[Cell] = self.open - self.no_objects
        """Where a block or crate may stand, ignoring what is on it (`plain_ground`)."""
        self.circuit_cells: frozenset[Cell] = frozenset(
            [c for p in self.plates for c in p.cells]
            + [c for z in self.zones for c in z.cells]
            + [c for g in self.gates for c in g.cells]
        )
        """The cells the circuit reads (who or what stands there): plates, zones and gates."""
        self.reaches: dict[tuple[Cell, ...], SketchReach] = {}
        """What `sketch_reach` has worked out, by the cells."""

    def sketch_reach(self, cells: tuple[Cell, ...]) -> SketchReach:
        """Where a sketch on `cells` is pinned from, whether a gaze falls on it and where it
        is watched from, worked out the first time a sketch lies there (the puzzle ages its
        sketches after every step, and they lie on few cells)."""
        reach = self.reaches.get(cells)
        if reach is None:
            gazed = not self.gaze.isdisjoint(cells)
            reach = self.reaches[cells] = SketchReach(pin_cells(cells), gazed, watch_cells(cells))
        return reach

    def terrain(self, cell: Cell) -> frozenset[str]:
        return self.map.terrain.get(cell, NO_TERRAIN)

    def is_wall(self, cell: Cell) -> bool:
        """Never enterable: outside the map, solid, a door, or a lever or junction."""
        return cell not in self.open

    def is_gap(self, cell: Cell) -> bool:
        return "gap" in self.map.terrain.get(cell, NO_TERRAIN)

    def is_bank(self, cell: Cell) -> bool:
        """Where a plank may end: ground that is not a gap."""
        return not self.is_wall(cell) and not self.is_gap(cell)

    def plain_ground(self, cell: Cell) -> bool:
        """Where a block or crate may stand (ignoring what is on it)."""
        return cell in self.ground
