"""How sketches fade while time passes: Roe pins them, a gaze dissolves them, the clock runs
down the rest (a plank waits for whoever stands on it). The Puzzle's `tick` calls this; it
is kept apart only to keep each module small."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from game.world.puzzle import abilities as ab
from game.world.puzzle.events import SketchGone

if TYPE_CHECKING:
    from game.world.puzzle.puzzle import Puzzle


class Fading(NamedTuple):
    """The sketches after some steps, in two spans: `now` (the first step) and `later` (the
    rest). The circuit is evaluated between the two, so what goes in each is told apart."""

    kept: tuple[ab.Sketch, ...]
    """What is left after both spans."""
    gone_now: list[SketchGone]
    crate_gone_now: bool
    """A crate went from a cell the circuit reads (`Board.circuit_cells`; elsewhere a crate
    changes nothing it settles on)."""
    gone_later: list[SketchGone]
    crate_gone_later: bool
    """A crate went from a cell the circuit reads in the second span: it must read the
    crates as they stood in between (`age(puzzle, now, 0).kept`), then again."""


def age(puzzle: Puzzle, now: int, later: int) -> Fading:
    """The puzzle's sketches after `now` steps and then `later` more, worked out in one pass
    (nothing a sketch's fading depends on changes in between: who stands where, the gaze,
    the assist). Changes nothing; an unchanged sketch is kept as it is, and when none
    changes the very same tuple comes back (the solver tells it by identity)."""
    party = puzzle.party
    roe = party.cell_of("roe")
    board = puzzle.board
    reaches = board.reaches
    life = puzzle.sketch_life_steps
    lasting = party.assist.lasting_sketches
    read = board.circuit_cells
    kept: list[ab.Sketch] = []
    gone_now: list[SketchGone] = []
    gone_later: list[SketchGone] = []
    crate_now = crate_later = changed = False
    for sketch in puzzle.sketches:
        # board.sketch_reach, its look-up first: this runs for every sketch after every action
        pinned_from, gazed, watched_from = reaches.get(sketch.cells) or board.sketch_reach(sketch.cells)
        remaining = sketch.remaining_steps
        if roe in pinned_from:  # as ab.pinned: Roe stands beside it, it stays fresh
            left_now = left_later = life
        elif gazed:
            left_now = left_later = 0
        else:
            if sketch.id >= 0:  # Jonas's (not is_memory): the lasting-sketches assist keeps it
                fades = not lasting
            else:  # a memory: it fades while watched, assist or not (letting go is its puzzle)
                fades = any(m.actor.cell in watched_from for m in party.members)
            if fades:
                left_now = remaining - now if remaining > now else 0
                left_later = left_now - later if left_now > later else 0
            else:
                left_now = left_later = remaining
        if left_later == 0 and not (sketch.kind == ab.PLANK and any(party.at(c) for c in sketch.cells)):
            gone = SketchGone(sketch.id, sketch.kind, "gaze" if gazed else "faded")
            changed = True
            read_crate = sketch.kind == ab.CRATE and sketch.cells[0] in read
            if left_now == 0:
                gone_now.append(gone)
                crate_now = crate_now or read_crate
            else:
                gone_later.append(gone)
                crate_later = crate_later or read_crate
            continue
        if left_later != remaining:
            sketch = sketch.aged(left_later)
            changed = True
        kept.append(sketch)
    return Fading(tuple(kept) if changed else puzzle.sketches, gone_now, crate_now, gone_later, crate_later)
