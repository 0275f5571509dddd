"""Shortest paths on the grid (for the benchmark's walk, cutscenes and the route runner)."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from game.world.geometry import Cell, Direction
from game.world.mapdata import MapData


def walkable(map_data: MapData, cell: Cell, *, avoid_warps: bool = True) -> bool:
    """A cell the player can stand on (warps count as not walkable when avoided, since
    stepping on one leaves the map)."""
    return not map_data.is_blocked(cell) and not (avoid_warps and cell in map_data.warps)


def distances(
    map_data: MapData,
    start: Cell,
    blocked: Callable[[Cell], bool] | None = None,
    passable: Callable[[Cell], bool] | None = None,
) -> dict[Cell, tuple[int, Cell | None, Direction | None]]:
    """Breadth-first search from `start`: cell -> (steps, previous cell, direction taken).
    Directions are tried in a fixed order, so the result is deterministic. `blocked` adds
    cells to avoid (other characters, say); `passable` replaces the map's own rule (a party
    map asks its puzzle)."""
    enterable = passable or (lambda cell: walkable(map_data, cell))
    seen: dict[Cell, tuple[int, Cell | None, Direction | None]] = {start: (0, None, None)}
    queue = deque([start])
    while queue:
        cell = queue.popleft()
        steps = seen[cell][0]
        for direction in Direction:
            nxt = direction.step(cell)
            if nxt not in seen and enterable(nxt) and not (blocked and blocked(nxt)):
                seen[nxt] = (steps + 1, cell, direction)
                queue.append(nxt)
    return seen


def find_path(
    map_data: MapData,
    start: Cell,
    goal: Cell,
    blocked: Callable[[Cell], bool] | None = None,
    passable: Callable[[Cell], bool] | None = None,
) -> list[Direction] | None:
    """The directions of a shortest walk from `start` to `goal`, or None if unreachable."""
    tree = distances(map_data, start, blocked, passable)
    if goal not in tree:
        return None
    return way_back(tree, goal)


def way_back(tree: dict[Cell, tuple[int, Cell | None, Direction | None]], goal: Cell) -> list[Direction]:
    """The directions from the root of a breadth-first `tree` (from `distances`) to `goal`."""
    path: list[Direction] = []
    cell = goal
    while True:
        _, previous, direction = tree[cell]
        if previous is None or direction is None:
            break
        path.append(direction)
        cell = previous
    path.reverse()
    return path


def farthest(map_data: MapData, start: Cell) -> Cell:
    """A reachable cell as far as possible from `start` (ties: the first found)."""
    tree = distances(map_data, start)
    return max(tree, key=lambda c: (tree[c][0], -c[1], -c[0]))
