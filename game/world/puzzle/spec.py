"""A map's puzzle content as the loader hands it over: who is on the map, the elements
placed in Tiled, and the puzzles (sections) that own parts of the map.

`build_puzzle` turns a map into the one Puzzle the world plays on it; `section_puzzle`
cuts one section out as a stand-alone Puzzle, which is what the solver tests prove.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from game.world.geometry import Cell, Direction
from game.world.mapdata import MapData
from game.world.puzzle import abilities as ab
from game.world.puzzle.elements import AllOf, AnyOf, Block, Crowd, Element, Gate, Junction, Lever, element_cells
from game.world.puzzle.party import ORDER, Party

HINT_TIERS = ("nudge", "clue", "answer")
"""The stitches of a puzzle's hint knot, from a nudge to the answer, asked for in order."""


@dataclass(frozen=True)
class Section:
    """One puzzle on a map (a `puzzle` rectangle in Tiled): the cells it owns, where a reset
    puts the protagonists inside it, and the element whose signal means it is solved."""

    name: str
    area: frozenset[Cell]
    entry: Cell
    solved_by: int
    entry_facing: Direction = Direction.DOWN
    label: str = ""
    """How messages name it (the Tiled object)."""
    party: tuple[str, ...] = ()
    """Who it is meant for, in party order (its `party` property); empty: the map's party.
    The solver proves it with them alone (`meant_for`)."""
    hints: str = ""
    """The Ink knot of its tiered hints (stitches `HINT_TIERS`), or "" for none."""

    def meant_for(self, spec: PuzzleSpec) -> tuple[str, ...]:
        """The protagonists the puzzle is proved with: its own party, else the map's."""
        return self.party or spec.party


@dataclass(frozen=True)
class PuzzleSpec:
    """Everything puzzle-shaped on one map."""

    party: tuple[str, ...]
    """The protagonists present, in party order (the map's `party` property)."""
    elements: tuple[Element, ...] = ()
    sections: tuple[Section, ...] = ()

    def section_at(self, cell: Cell) -> Section | None:
        return next((s for s in self.sections if cell in s.area), None)


def nearest_free(
    starts: Sequence[Cell], count: int, allowed: set[Cell] | frozenset[Cell], taken: set[Cell]
) -> list[Cell]:
    """`count` cells of `allowed`: the `starts` themselves first, then the nearest others
    (breadth-first, fixed neighbour order), skipping `taken`. Fewer when there is not enough
    room."""
    frontier = list(starts)
    chosen: list[Cell] = [c for c in frontier if c in allowed and c not in taken][:count]
    seen = set(frontier)
    while len(chosen) < count and frontier:
        nxt: list[Cell] = []
        for cell in frontier:
            for near in ab.neighbours(cell):
                if near in seen or near not in allowed:
                    continue
                seen.add(near)
                nxt.append(near)
                if near not in taken and len(chosen) < count:
                    chosen.append(near)
        frontier = nxt
    return chosen


def walkable_cells(map_data: MapData, within: frozenset[Cell] | None = None) -> set[Cell]:
    """Plain floor a protagonist can be placed on: in bounds, not solid, not a door, and not
    terrain that needs an ability."""
    cells = within if within is not None else {(x, y) for x in range(map_data.width) for y in range(map_data.height)}
    return {c for c in cells if not map_data.is_blocked(c) and not (map_data.terrain.get(c, frozenset()) & {"dark"})}


def placeable(map_data: MapData, elements: Sequence[Element], area: frozenset[Cell] | None = None) -> set[Cell]:
    """Where a protagonist may be put down (arriving, or by a reset): plain floor that no
    gate, switch, block or crowd stands on."""
    taken = {c for e in elements if isinstance(e, Gate | Lever | Junction | Block | Crowd) for c in element_cells(e)}
    return walkable_cells(map_data, area) - taken


def party_at(names: Sequence[str], start: Cell, facing: Direction, allowed: set[Cell]) -> Party:
    """The protagonists on `start` and the nearest free cells around it, in party order."""
    ordered = sorted(names, key=ORDER.index)
    cells = nearest_free((start,), len(ordered), allowed | {start}, set())
    if len(cells) < len(ordered):
        raise ValueError(f"no room near {start} for {len(ordered)} protagonists")
    return Party(dict(zip(ordered, cells, strict=False)), facing)


def section_elements(spec: PuzzleSpec, section: Section) -> list[Element]:
    """The elements placed inside `section`, plus logic (all_of, any_of) fed only by them.
    Links to anything outside are cut: a junction's output there becomes a dead wire."""
    inside: dict[int, Element] = {
        e.id: e for e in spec.elements if element_cells(e) and all(c in section.area for c in element_cells(e))
    }
    logic = [e for e in spec.elements if isinstance(e, AllOf | AnyOf)]
    changed = True
    while changed:
        changed = False
        for gate in logic:
            if gate.id not in inside and all(i in inside for i in gate.inputs):
                inside[gate.id] = gate
                changed = True
    kept: list[Element] = []
    for element in inside.values():
        cut: Element = element
        if isinstance(element, Junction):
            cut = replace(
                element,
                inputs=tuple(i for i in element.inputs if i in inside),
                outputs=tuple(o if o in inside else 0 for o in element.outputs),
            )
        elif isinstance(element, Gate | AllOf | AnyOf):
            cut = replace(element, inputs=tuple(i for i in element.inputs if i in inside))
        kept.append(cut)
    return sorted(kept, key=lambda e: e.id)


def section_map(map_data: MapData, section: Section) -> MapData:
    """The map with everything outside the section walled off."""
    outside = {(x, y) for x in range(map_data.width) for y in range(map_data.height) if (x, y) not in section.area}
    return replace(map_data, solid=frozenset(map_data.solid | outside))


def gates_of(elements: Sequence[Element]) -> list[Gate]:
    return [e for e in elements if isinstance(e, Gate)]
