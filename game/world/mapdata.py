"""A map as plain data: size, blocked cells and the objects placed in Tiled.

The content loader builds these from TMX files; nothing here knows about Tiled or pytmx.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from game.world.geometry import Cell, Direction

if TYPE_CHECKING:
    from game.world.puzzle.spec import PuzzleSpec

IMPASSABLE_TERRAIN = frozenset({"gap", "vent", "hidden:trace", "hidden:glow"})
"""Terrain that blocks walking until an ability (a later milestone) makes it passable."""


@dataclass(frozen=True)
class MapObject:
    """One object placed on a map, converted from Tiled.

    `cells` are the grid cells its shape covers (a point covers the cell it lies in).
    `properties` hold the typed values after template resolution and schema defaults.
    """

    id: int
    kind: str
    name: str
    cells: tuple[Cell, ...]
    properties: dict[str, Any] = field(default_factory=dict)
    layer: str = ""

    @property
    def label(self) -> str:
        """How messages name this object: its id and, if it has one, its name."""
        return f"object {self.id} ({self.name})" if self.name else f"object {self.id}"


@dataclass(frozen=True)
class Spawn:
    """A named arrival point."""

    name: str
    cell: Cell
    facing: Direction


@dataclass(frozen=True)
class Link:
    """Where a door or warp leads."""

    target_map: str
    target_spawn: str


@dataclass
class MapData:
    """Everything the world needs to know about one map."""

    name: str
    width: int
    height: int
    title: str = ""
    solid: frozenset[Cell] = frozenset()
    terrain: dict[Cell, frozenset[str]] = field(default_factory=dict)
    """Puzzle semantics of the tiles on each cell: "gap", "vent", "dark", "hidden:trace",
    "hidden:glow" (see the tile properties in game/content/schema.py)."""
    objects: tuple[MapObject, ...] = ()
    spawns: dict[str, Spawn] = field(default_factory=dict)
    doors: dict[Cell, tuple[MapObject, Link]] = field(default_factory=dict)
    warps: dict[Cell, tuple[MapObject, Link]] = field(default_factory=dict)
    inspects: dict[Cell, MapObject] = field(default_factory=dict)
    npcs: tuple[MapObject, ...] = ()
    triggers: dict[Cell, tuple[MapObject, ...]] = field(default_factory=dict)
    arrival_triggers: tuple[MapObject, ...] = ()
    paths: dict[int, tuple[Cell, ...]] = field(default_factory=dict)
    """Polyline `path` objects by id: the cells of their corners, in order."""
    puzzle: PuzzleSpec | None = None
    """Party and puzzle content (set by the loader on maps with a `party` property): when
    present, the world plays the map with the party and the puzzle rules."""

    def in_bounds(self, cell: Cell) -> bool:
        return 0 <= cell[0] < self.width and 0 <= cell[1] < self.height

    def is_blocked(self, cell: Cell) -> bool:
        """True for cells outside the map, solid cells and doors (doors are walked into),
        and for terrain no one can cross yet: gaps (until a plank spans them), vents (until
        Lila crawls through) and hidden walkways (until an ability reveals them)."""
        if not self.in_bounds(cell) or cell in self.solid or cell in self.doors:
            return True
        return bool(self.terrain.get(cell, frozenset()) & IMPASSABLE_TERRAIN)

    def spawn(self, name: str) -> Spawn:
        """The named spawn; a KeyError names the map and the missing spawn."""
        try:
            return self.spawns[name]
        except KeyError:
            raise KeyError(f"map {self.name!r} has no spawn {name!r}") from None

    @classmethod
    def build(
        cls,
        name: str,
        width: int,
        height: int,
        *,
        title: str = "",
        solid: set[Cell] | frozenset[Cell] = frozenset(),
        objects: list[MapObject] | tuple[MapObject, ...] = (),
        terrain: dict[Cell, frozenset[str]] | None = None,
    ) -> MapData:
        """Index the objects by kind: spawns, doors, warps and inspect spots; `solid`
        objects and objects on a layer named "collision" add blocked cells."""
        data = cls(name=name, width=width, height=height, title=title, objects=tuple(objects), terrain=terrain or {})
        blocked = set(solid)
        for obj in objects:
            if obj.layer == "collision" or obj.kind == "solid":
                blocked.update(obj.cells)
            elif obj.kind == "spawn":
                facing = Direction(obj.properties.get("facing", "down"))
                data.spawns[obj.name] = Spawn(obj.name, obj.cells[0], facing)
            elif obj.kind in ("door", "warp"):
                link = Link(str(obj.properties["target_map"]), str(obj.properties["target_spawn"]))
                index = data.doors if obj.kind == "door" else data.warps
                for cell in obj.cells:
                    index[cell] = (obj, link)
            elif obj.kind == "inspect":
                for cell in obj.cells:
                    data.inspects[cell] = obj
            elif obj.kind == "npc":
                data.npcs += (obj,)
            elif obj.kind == "trigger":
                if obj.properties.get("on") == "arrive":
                    data.arrival_triggers += (obj,)
                else:
                    for cell in obj.cells:
                        data.triggers[cell] = data.triggers.get(cell, ()) + (obj,)
            elif obj.kind == "path":
                data.paths[obj.id] = obj.cells
        data.solid = frozenset(blocked)
        return data
