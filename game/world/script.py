"""Cutscene movement inside the world's step: scripted walks, turns and placings.

A cutscene (an Ink stage direction) asks the world to walk a character somewhere; the
world walks it one cell at a time by the rules everyone plays by: a protagonist by the
puzzle's rules (gates, gaps, vents, darkness, crowds), a character around walls, closed
gates and others. The way is looked up afresh at every cell, so a gate that opens lets the
walker on and someone stepping into the way makes it go round or wait. A walk that stays
blocked for PATIENCE_STEPS ends where it stands, and says so; nothing ever jumps.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from game.world.commands import ScriptCommand, ScriptFace, ScriptHide, ScriptPlace
from game.world.events import Event, ScriptEnded
from game.world.geometry import Cell, Direction
from game.world.mapdata import MapData
from game.world.npc import Npc
from game.world.paths import distances
from game.world.puzzle.events import PuzzleEvent, Refused
from game.world.puzzle.party import Member

if TYPE_CHECKING:
    from game.world.world import World

log = logging.getLogger(__name__)

PATIENCE_S = 3.0
"""How long a scripted walk waits for a blocked way to clear before it gives up."""
PATIENCE_STEPS = round(PATIENCE_S * 60)

Who = Member | Npc
"""Whom a cutscene moves: a protagonist on the map, or another character."""


@dataclass
class Walker:
    """One scripted walk in progress."""

    actor: str
    goal: Cell
    waited_steps: int = 0


def next_step(map_data: MapData, start: Cell, goal: Cell, enterable: Callable[[Cell], bool]) -> Direction | None:
    """The first step of a shortest way from `start` to `goal` (or, when the goal itself
    cannot be entered, to the nearest cell beside it), or None when there is no way now.
    Call only when not yet arrived (see `arrived`)."""
    ends = _ends(map_data, goal, enterable)
    tree = distances(map_data, start, passable=enterable)
    reachable = [cell for cell in ends if cell in tree]
    if not reachable:
        return None
    cell = min(reachable, key=lambda c: (tree[c][0], c))
    direction: Direction | None = None
    while True:
        _, previous, taken = tree[cell]
        if previous is None:
            return direction
        direction, cell = taken, previous


def arrived(map_data: MapData, here: Cell, goal: Cell, enterable: Callable[[Cell], bool]) -> bool:
    """On the goal, or beside a goal nobody can stand on (a door, a counter, a character)."""
    return here == goal or here in _ends(map_data, goal, enterable)


def _ends(map_data: MapData, goal: Cell, enterable: Callable[[Cell], bool]) -> set[Cell]:
    if enterable(goal):
        return {goal}
    return {n for n in (d.step(goal) for d in Direction) if map_data.in_bounds(n) and enterable(n)}


class Cutscenes:
    """The scripted walks, turns and placings of one map, carried out in the world's step."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.walkers: dict[str, Walker] = {}

    def busy(self) -> bool:
        return bool(self.walkers)

    def walking(self, npc: Npc) -> bool:
        """Whether a cutscene walks `npc` (it does not stroll its own route meanwhile)."""
        return npc.actor.name in self.walkers or npc.obj.name in self.walkers

    def who(self, name: str) -> Who | None:
        """A protagonist on the map (or "player": the active one), else a character by its
        object name or character name."""
        party = self.world.puzzle.party
        if party.has(name):
            return party.member(name)
        if name == "player":
            return party.active
        return next((npc for npc in self.world.npcs if name in (npc.obj.name, npc.actor.name)), None)

    def enterable_for(self, who: Who) -> Callable[[Cell], bool]:
        """Where `who` may step now, by the rules the player plays by (never a door or a
        warp: a cutscene changes maps with `warp:`)."""
        world = self.world
        puzzle = world.puzzle
        exits = world.map.doors.keys() | world.map.warps.keys()
        if isinstance(who, Member):
            positions = puzzle.positions()

            def member_may(cell: Cell) -> bool:
                if cell in exits or (cell != who.cell and puzzle.occupied(cell)):
                    return False
                return puzzle.refusal(who, cell, {**positions, who.name: cell}) is None

            return member_may
        return lambda cell: cell == who.actor.cell or not (world.is_blocked(cell) or cell in exits)

    def command(self, command: ScriptCommand, events: list[Event | PuzzleEvent]) -> None:
        who = self.who(command.actor)
        if who is None:
            log.warning("%s: a cutscene names %r, who is not on this map", self.world.map.name, command.actor)
            events.append(ScriptEnded(command.actor, False))
            return
        actor = who.actor
        if isinstance(command, ScriptFace):
            actor.facing = command.facing
        elif isinstance(command, ScriptHide):
            actor.hidden = command.hidden
        elif isinstance(command, ScriptPlace):
            free = actor.cell == command.cell or self.enterable_for(who)(command.cell)
            if free and not actor.moving:
                actor.place(command.cell, command.facing or actor.facing)
            else:
                log.warning("%s: a cutscene cannot place %s on %s", self.world.map.name, command.actor, command.cell)
            events.append(ScriptEnded(command.actor, free))
        else:
            self.walkers[command.actor] = Walker(command.actor, command.goal)

    def step(self, events: list[Event | PuzzleEvent]) -> None:
        """One step of every scripted walk: a character at rest takes the next cell of the
        way as it is now, or waits while the way is blocked."""
        data = self.world.map
        for name, walker in list(self.walkers.items()):
            who = self.who(name)
            if who is None:
                del self.walkers[name]
                events.append(ScriptEnded(name, False))
                continue
            if who.actor.moving:
                continue
            enterable = self.enterable_for(who)
            if arrived(data, who.actor.cell, walker.goal, enterable):
                del self.walkers[name]
                events.append(ScriptEnded(name, True))
                continue
            way = next_step(data, who.actor.cell, walker.goal, enterable)
            if way is not None and self._take(who, way, events):
                walker.waited_steps = 0
                continue
            walker.waited_steps += 1
            if walker.waited_steps > PATIENCE_STEPS:
                log.warning("%s: a cutscene's walk of %s to %s found no way", data.name, name, walker.goal)
                del self.walkers[name]
                events.append(ScriptEnded(name, False))

    def _take(self, who: Who, way: Direction, events: list[Event | PuzzleEvent]) -> bool:
        """Step `who` one cell: a character just walks (the way was checked); a protagonist
        walks by the puzzle's own rule, as if the player had her in hand (without followers)."""
        if isinstance(who, Npc):
            who.actor.start_walk(way)
            return True
        puzzle = self.world.puzzle
        party = puzzle.party
        keep = party.active_index, party.following
        party.active_index, party.following = party.index[who.name], False
        try:
            result = puzzle.walk(way)
        finally:
            party.active_index, party.following = keep
        events += [e for e in result if not isinstance(e, Refused)]
        return who.actor.moving
