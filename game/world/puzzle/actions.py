"""What the active protagonist can do on the grid: walk (trading places, pushing, leading
followers), interact with what she faces, and (Jonas) sketch. The Puzzle's methods of the
same names call these; they are kept apart only to keep each module small."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from game.world.geometry import Cell, Direction
from game.world.puzzle import abilities as ab
from game.world.puzzle.elements import Junction, Lever
from game.world.puzzle.events import (
    JunctionRotated,
    LeverFlipped,
    Pushed,
    PuzzleEvent,
    Refused,
    SketchGone,
    SketchMade,
    TradedPlaces,
)
from game.world.puzzle.party import Member
from game.world.puzzle.weight import Weight

if TYPE_CHECKING:
    from game.world.puzzle.puzzle import Puzzle


def walk(puzzle: Puzzle, direction: Direction) -> list[PuzzleEvent]:
    """The active protagonist steps one cell (pushing a block or crate if that is what is
    there), and followers step into the cells left behind."""
    party = puzzle.party
    mover = party.active
    actor = mover.actor
    if actor.origin is not None:  # still walking
        return []
    actor.facing = direction
    origin = actor.cell
    target = direction.step(origin)
    other = party.at(target)
    if other is not None:
        return _trade_places(puzzle, mover, other, direction)
    reason = puzzle.refusal(mover, target)
    if reason is not None:
        return [Refused(mover.name, reason, target)]
    events: list[PuzzleEvent] = []
    if not _push(puzzle, mover, target, direction, events):
        return events
    actor.speed_tiles_per_s = party.speed_of(mover)
    actor.start_walk(direction)
    if party.following:
        _follow(puzzle, origin, actor.speed_tiles_per_s)
    return events


def _trade_places(puzzle: Puzzle, mover: Member, other: Member, direction: Direction) -> list[PuzzleEvent]:
    """Walking into an idle companion trades places with her or him, when each may stand
    on the other's cell: nobody can wall the party into a corridor."""
    here, there = mover.cell, other.cell
    if other.actor.moving or puzzle.refusal(mover, there, trading=other) or puzzle.refusal(other, here, trading=mover):
        return [Refused(mover.name, "blocked", there)]
    mover.actor.speed_tiles_per_s = puzzle.party.speed_of(mover)
    other.actor.speed_tiles_per_s = mover.actor.speed_tiles_per_s
    mover.actor.start_walk(direction)
    other.actor.start_walk(direction.opposite)
    return [TradedPlaces(mover.name, other.name)]


def _push(puzzle: Puzzle, mover: Member, target: Cell, direction: Direction, events: list[PuzzleEvent]) -> bool:
    """Push what stands on `target`, if anything. False (with a Refused event) when it
    cannot move."""
    block = puzzle.block_at(target)
    crate = puzzle.sketch_at(target, ab.CRATE)
    if block is None and crate is None:
        return True
    beyond = direction.step(target)
    if not mover.profile.pushes:
        events.append(Refused(mover.name, "no_push", target))
        return False
    heavy = block is not None and puzzle.board.block_weight[block] is Weight.HEAVY
    if (heavy and not mover.profile.pushes_heavy) or not puzzle.room_for_object(beyond):
        events.append(Refused(mover.name, "push", target))
        return False
    if block is not None:
        puzzle.blocks[block] = beyond
        events.append(Pushed(mover.name, block, beyond))
    elif crate is not None:
        puzzle.sketches = tuple(replace(s, cells=(beyond,)) if s is crate else s for s in puzzle.sketches)
        events.append(Pushed(mover.name, crate.id, beyond))
    return True


def _follow(puzzle: Puzzle, left: Cell, speed: float) -> None:
    """Each follower steps into the cell its leader just left, if it is next to it and may
    enter it; the trail stops at the first one that cannot."""
    for follower in puzzle.party.trail()[1:]:
        here = follower.cell
        step = next((d for d in Direction if d.step(here) == left), None)
        if follower.actor.moving or step is None:
            return
        if puzzle.refusal(follower, left) is not None:
            return
        follower.actor.speed_tiles_per_s = speed
        follower.actor.start_walk(step)
        left = here


def interact(puzzle: Puzzle) -> list[PuzzleEvent]:
    """Flip the faced lever, (Mara with her lens on) rotate the faced junction, or (Jonas)
    erase the faced sketch."""
    actor = puzzle.party.active
    target = actor.actor.facing.step(actor.cell)
    switch = puzzle.board.switch_at.get(target)
    if isinstance(switch, Lever):
        puzzle.levers[switch.id] = not puzzle.levers[switch.id]
        return [LeverFlipped(switch.id, puzzle.levers[switch.id])]
    if isinstance(switch, Junction):
        if actor.profile.ability != "trace" or not puzzle.party.lens_on:
            return [Refused(actor.name, "not_ability", target)]
        rotation = (puzzle.rotations[switch.id] + 1) % len(switch.outputs)
        puzzle.rotations[switch.id] = rotation
        return [JunctionRotated(switch.id, rotation, switch.outputs[rotation])]
    sketch = puzzle.sketch_at(target, ab.CRATE) or puzzle.sketch_at(target, ab.PLANK)
    if sketch is not None and not sketch.is_memory and actor.profile.ability == "sketch":
        if any(puzzle.party.at(c) for c in sketch.cells):
            return [Refused(actor.name, "occupied", target)]
        puzzle.sketches = tuple(s for s in puzzle.sketches if s is not sketch)
        return [SketchGone(sketch.id, sketch.kind, "erased")]
    return [Refused(actor.name, "nothing", target)]


def sketch(puzzle: Puzzle, kind: str) -> list[PuzzleEvent]:
    """Jonas draws a plank over the faced gap, or a crate on the faced cell."""
    actor = puzzle.party.active
    if actor.profile.ability != "sketch":
        return [Refused(actor.name, "not_ability")]
    if ab.drawn(puzzle.sketches) >= ab.SKETCH_LIMIT:
        return [Refused(actor.name, "limit")]
    facing = actor.actor.facing
    cells: tuple[Cell, ...] | None
    if kind == ab.PLANK:
        cells = ab.plank_span(
            actor.cell,
            facing,
            lambda c: puzzle.board.is_gap(c) and puzzle.sketch_at(c, ab.PLANK) is None,
            puzzle.board.is_bank,
        )
        if cells is None:
            return [Refused(actor.name, "no_gap", facing.step(actor.cell))]
    elif kind == ab.CRATE:
        cells = (facing.step(actor.cell),)
        if not puzzle.room_for_object(cells[0]):
            return [Refused(actor.name, "no_room", cells[0])]
    else:
        raise ValueError(f"unknown sketch kind {kind!r}")
    made = ab.Sketch(puzzle.next_sketch, kind, cells, puzzle.sketch_life_steps)
    puzzle.next_sketch += 1
    puzzle.sketches += (made,)
    return [SketchMade(made.id, kind, cells)]
