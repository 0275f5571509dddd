"""Puzzle elements as plain, immutable definitions placed by id.

The map loader builds these from Tiled objects (ids are the Tiled object ids; links are
object references). Their changing state (a lever's position, a junction's rotation, where
a block has been pushed) lives in the Puzzle, so a snapshot is small and a reset exact.

Signal sources: Plate, Lever, Junction, AllOf, AnyOf, Zone. Signal consumers: Gate,
Junction, AllOf, AnyOf. Block, Crowd, Gaze, Voice and Memory carry no signal.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.world.geometry import Cell
from game.world.puzzle.weight import Weight


@dataclass(frozen=True)
class Plate:
    """A pressure plate: on while the total weight on its cells (characters, blocks, crates)
    reaches `min_weight`."""

    id: int
    cells: tuple[Cell, ...]
    min_weight: Weight = Weight.LIGHT


@dataclass(frozen=True)
class Gate:
    """A gate: open while any of its inputs is on. It never closes on anything standing in
    it: it stays open until its cells are clear."""

    id: int
    cells: tuple[Cell, ...]
    inputs: tuple[int, ...] = ()


@dataclass(frozen=True)
class Lever:
    """A lever on a blocking cell: interacting while facing it flips it."""

    id: int
    cell: Cell
    start_on: bool = False


@dataclass(frozen=True)
class Junction:
    """A wiring junction on a blocking cell: carries its inputs (any on) to exactly one of
    its outputs, chosen by the rotation. Mara rotates it with her lens on. An output id of 0
    is a dead wire. Elements listed as outputs read the junction without naming it."""

    id: int
    cell: Cell
    inputs: tuple[int, ...]
    outputs: tuple[int, ...]
    start_rotation: int = 0


@dataclass(frozen=True)
class AllOf:
    """On while every input is on in the same step ("four plates in one tick")."""

    id: int
    inputs: tuple[int, ...]


@dataclass(frozen=True)
class AnyOf:
    """On while at least one input is on."""

    id: int
    inputs: tuple[int, ...]


@dataclass(frozen=True)
class Zone:
    """On while at least `count` protagonists stand on its cells (an exit, a goal); `who`
    restricts which ones count (empty: anyone)."""

    id: int
    cells: tuple[Cell, ...]
    count: int = 1
    who: tuple[str, ...] = ()


@dataclass(frozen=True)
class Block:
    """A block, heavy unless its `weight` says light: only Roe pushes a heavy one, anyone
    but Mara a light one. It weighs on plates and keeps gates open."""

    id: int
    cell: Cell
    weight: Weight = Weight.HEAVY
    look: str = ""
    """How it is drawn (drawing only): the `kind` of a tile of the map, e.g. a filing cabinet
    in Roe's archive; empty for the standard block."""


@dataclass(frozen=True)
class Crowd:
    """A crowd of judging figures: its cells block everyone unless Roe stands within
    `calm_range_tiles` (Manhattan) of one of them; then it parts."""

    id: int
    cells: tuple[Cell, ...]
    calm_range_tiles: int = 2
    character: str = "npc_critic"
    """The figures' sprite sheet (drawing only): Jonas's critics, Roe's memories..."""


@dataclass(frozen=True)
class Gaze:
    """Cells under a judging gaze: a sketch touching them dissolves unless Roe pins it."""

    id: int
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Voice:
    """Someone's voice in Lila's dream (a friend's laugh, Mum humming): her light counts it
    as company, as it counts a companion standing there."""

    id: int
    cell: Cell


@dataclass(frozen=True)
class Memory:
    """Something half-remembered in Roe's dream that behaves like one of Jonas's sketches: a
    plank over gap cells (`kind` "plank") or a light crate on one cell ("crate"). It is there
    when the puzzle starts and after a reset; while someone is near it (MEMORY_WATCH_TILES) it
    fades with time unless Roe stands beside it (she pins it), and a judging gaze dissolves
    it. In play it is a sketch numbered -id."""

    id: int
    kind: str
    cells: tuple[Cell, ...]


Element = Plate | Gate | Lever | Junction | AllOf | AnyOf | Zone | Block | Crowd | Gaze | Voice | Memory
SOURCES = (Plate, Lever, Junction, AllOf, AnyOf, Zone)
CONSUMERS = (Gate, Junction, AllOf, AnyOf)


def element_cells(element: Element) -> tuple[Cell, ...]:
    """The cells an element is placed on (none for pure logic like AllOf)."""
    if isinstance(element, Lever | Junction | Block | Voice):
        return (element.cell,)
    if isinstance(element, AllOf | AnyOf):
        return ()
    return element.cells
