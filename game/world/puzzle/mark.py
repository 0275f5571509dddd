"""A mark: a puzzle's state held live, to return to many times over.

The solver tries every action from one state, and after each puts the state back. A
`Snapshot` is the state as a value (for saves and the search's records); putting one back
rebuilds every piece. A mark keeps the pieces ready instead, and returning to it puts back
only those an action changed: most actions move one or two protagonists and nothing else.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from game.world.actor import Actor
from game.world.geometry import Cell, Direction
from game.world.puzzle.abilities import CRATE, Sketch

if TYPE_CHECKING:
    from game.world.puzzle.puzzle import Puzzle


@dataclass(frozen=True)
class Mark:
    """Every piece of a puzzle's changing state as it stood when marked. The dicts are the
    mark's own copies (the rules change a puzzle's dicts in place); the signals are shared,
    since a puzzle only ever replaces its signals."""

    places: tuple[tuple[Actor, Cell, Direction], ...]
    active_index: int
    lens_on: bool
    following: bool
    levers: dict[int, bool]
    rotations: dict[int, int]
    gates: dict[int, bool]
    blocks: dict[int, Cell]
    sketches: tuple[Sketch, ...]
    next_sketch: int
    solved: bool
    signals: Mapping[int, bool]


def mark(puzzle: Puzzle) -> Mark:
    """The puzzle's state now, to return to (actors at rest: a walk in progress is not kept)."""
    party = puzzle.party
    return Mark(
        places=tuple((m.actor, m.actor.cell, m.actor.facing) for m in party.members),
        active_index=party.active_index,
        lens_on=party.lens_on,
        following=party.following,
        levers=dict(puzzle.levers),
        rotations=dict(puzzle.rotations),
        gates=dict(puzzle.gates),
        blocks=dict(puzzle.blocks),
        sketches=puzzle.sketches,
        next_sketch=puzzle.next_sketch,
        solved=puzzle.solved,
        signals=puzzle.signals,
    )


def return_to(puzzle: Puzzle, marked: Mark) -> None:
    """Put the puzzle back as it was when `marked` (actors at rest), touching only what
    differs: a protagonist who did not move is left alone, a dict that was not changed is
    not copied."""
    for actor, cell, facing in marked.places:
        # `is`: a protagonist still on the marked cell holds that very tuple (no equality to work out)
        if actor.cell is not cell or actor.facing is not facing or actor.origin is not None:
            actor.place(cell, facing)
    party = puzzle.party
    party.active_index = marked.active_index
    party.lens_on = marked.lens_on
    party.following = marked.following
    if puzzle.levers != marked.levers:
        puzzle.levers = dict(marked.levers)
    if puzzle.rotations != marked.rotations:
        puzzle.rotations = dict(marked.rotations)
    if puzzle.gates != marked.gates:
        puzzle.gates = dict(marked.gates)
    if puzzle.blocks != marked.blocks:
        puzzle.blocks = dict(marked.blocks)
    puzzle.sketches = marked.sketches
    puzzle.next_sketch = marked.next_sketch
    puzzle.solved = marked.solved
    puzzle.signals = marked.signals


def circuit_reads_alike(puzzle: Puzzle, marked: Mark) -> bool:
    """Whether the circuit reads the same now as at `marked`: the same levers, junctions,
    gates and blocks, and no protagonist or crate has come onto or gone off a cell it reads
    (`Board.circuit_cells`). A circuit settled at the mark is then settled still."""
    if (
        puzzle.levers != marked.levers
        or puzzle.rotations != marked.rotations
        or puzzle.gates != marked.gates
        or puzzle.blocks != marked.blocks
    ):
        return False
    read = puzzle.board.circuit_cells
    if puzzle.sketches is not marked.sketches:  # drawn, pushed, erased or faded
        if read_crates(puzzle.sketches, read) != read_crates(marked.sketches, read):
            return False
    for actor, cell, _ in marked.places:
        if actor.cell is not cell and (actor.cell in read or cell in read):
            return False
    return True


def read_crates(sketches: tuple[Sketch, ...], read: frozenset[Cell]) -> list[Cell]:
    """Where the crates among `sketches` stand on cells the circuit reads."""
    return [s.cells[0] for s in sketches if s.kind == CRATE and s.cells[0] in read]
