"""The world's part of a save, read back and checked against the map before any of it is
applied: the triggers that fired, the step count, the arrival story still to run, where
the player stands and, on a party map, the whole puzzle state.

Reading never changes the world; `World.restore` applies a `WorldState` only once all of
it has been read, so a save that does not fit leaves the game exactly as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from game.world.geometry import Cell
from game.world.jsonread import MAX_TEXT, StateError, need_dict, need_int, need_list, need_str
from game.world.mapdata import MapData
from game.world.puzzle import state as puzzle_state

MAX_TICK = 60 * 60 * 24 * 366 * 100
"""A hundred years of fixed steps: any bigger step count is not from a real game."""
MAX_OBJECT_ID = (1 << 31) - 1


@dataclass(frozen=True)
class WorldState:
    """A save's world part, every value checked for type and range."""

    fired: frozenset[tuple[str, int]]
    tick: int
    pending: tuple[int, ...]
    puzzle: puzzle_state.Snapshot | None


def read_world_state(raw: Any, data: MapData) -> WorldState:
    """Read and check `raw` (a save's "world") for the map `data`. Raises StateError naming
    the first value that is wrong. Missing parts take their starting values (a save of an
    earlier build of the same version)."""
    state = need_dict(raw, "world")
    fired: set[tuple[str, int]] = set()
    for n, item in enumerate(need_list(state.get("fired", []), "world.fired")):
        at = f"world.fired[{n}]"
        pair = need_list(item, at, 2)
        if len(pair) != 2:
            raise StateError(f"{at} should be [map name, trigger id]")
        fired.add((need_str(pair[0], f"{at}[0]", max_len=MAX_TEXT), need_int(pair[1], f"{at}[1]", 0, MAX_OBJECT_ID)))
    tick = need_int(state.get("tick", 0), "world.tick", 0, MAX_TICK)
    triggers = {obj.id for obj in data.objects if obj.kind == "trigger"}
    pending: list[int] = []
    for n, item in enumerate(need_list(state.get("pending", []), "world.pending", len(triggers))):
        trigger = need_int(item, f"world.pending[{n}]", 0, MAX_OBJECT_ID)
        if trigger not in triggers:
            raise StateError(f"world.pending[{n}]: {data.name} has no trigger {trigger}")
        pending.append(trigger)
    snapshot = None
    saved_puzzle = state.get("puzzle")
    if saved_puzzle is not None:
        if data.puzzle is None:
            raise StateError(f"world.puzzle: {data.name} has no puzzle, but the save has one")
        puzzle = need_dict(saved_puzzle, "world.puzzle")
        owner = need_str(puzzle.get("map"), "world.puzzle.map", max_len=MAX_TEXT)
        if owner != data.name:
            raise StateError(f"world.puzzle belongs to map {owner!r}, not to {data.name}")
        snapshot = puzzle_state.from_json(puzzle, "world.puzzle")
    return WorldState(frozenset(fired), tick, tuple(pending), snapshot)


def check_standing(cell: Cell, data: MapData) -> None:
    """Raise StateError unless the player can stand on `cell` of a map without a party
    (inside the map, not in a wall)."""
    if not data.in_bounds(cell):
        raise StateError(f"location.cell {list(cell)} lies outside {data.name} ({data.width} x {data.height} cells)")
    if data.is_blocked(cell):
        raise StateError(f"location.cell {list(cell)} is inside a wall of {data.name}")
