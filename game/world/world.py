"""The world: one map, the player and the other characters on it, and the rules that
advance them in fixed steps.

On a map with a party (its `party` property), the protagonists are a `Party` inside a
`Puzzle` that covers the whole map: the active one is `player`, the puzzle's rules decide
where anyone may step, and doors, warps, triggers, inspect spots and characters work for
the active protagonist as on any other map."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from typing import Any

from game.world import STEP_S
from game.world.actor import Actor
from game.world.commands import Command, Interact, Walk
from game.world.events import Bumped, Event, Inspected, Locked, Stepped, Talked, Travel, Triggered
from game.world.geometry import Cell, Direction
from game.world.jsonread import StateError
from game.world.mapdata import Link, MapData, MapObject
from game.world.npc import Npc
from game.world.puzzle import state as puzzle_state
from game.world.puzzle.commands import Cycle, PuzzleCommand, ResetPuzzle, SwapTo
from game.world.puzzle.events import PuzzleEvent, Refused
from game.world.puzzle.puzzle import Puzzle
from game.world.puzzle.runner import Runner
from game.world.puzzle.state import Snapshot
from game.world.saved import read_world_state

Condition = Callable[[str], bool]
"""Answers a condition written in Tiled (e.g. "pod_hours >= 2"); the story supplies it, so
the world never keeps a copy of story state."""


def always(_: str) -> bool:
    return True


class World:
    """Game state for the map the player is on.

    Call `step(commands)` once per fixed logic step; it returns what happened. The world
    never reads a clock: `tick` counts steps, and randomness comes from the `rng` given.
    """

    def __init__(
        self,
        map_data: MapData,
        spawn: str,
        rng: random.Random,
        player_name: str = "mara",
        condition: Condition = always,
    ) -> None:
        self.rng = rng
        self.tick = 0
        self.condition = condition
        self.fired: set[tuple[str, int]] = set()
        """Once-only triggers that have fired, by (map name, object id): world state."""
        arrival = map_data.spawn(spawn)
        self.solo = Actor(player_name, arrival.cell, arrival.facing)
        """The one protagonist of maps without a party."""
        self.player = self.solo
        self.map = map_data
        self.npcs: list[Npc] = []
        self.puzzle: Puzzle | None = None
        self.runner: Runner | None = None
        self._bumped_into: Cell | None = None
        self._pending: list[Event | PuzzleEvent] = []
        self.party_restored = False
        """Whether `restore` placed the party from a saved puzzle state."""
        self._setup_party(arrival.cell, arrival.facing)
        self._populate()

    def enter_map(self, map_data: MapData, spawn: str) -> None:
        """Move the player to `spawn` on another map (after a door or warp)."""
        arrival = map_data.spawn(spawn)
        self.map = map_data
        self.solo.place(arrival.cell, arrival.facing)
        self._bumped_into = None
        self._setup_party(arrival.cell, arrival.facing)
        self._populate()

    def _setup_party(self, cell: Cell, facing: Direction) -> None:
        """A map with a party gets its puzzle, the party arriving around `cell`."""
        spec = self.map.puzzle
        if spec is None:
            self.puzzle = self.runner = None
            self.player = self.solo
            return
        self.puzzle = Puzzle.for_map(self.map, spec, cell, facing)
        self.puzzle.occupied_by_others = lambda c: self.npc_at(c) is not None
        self.runner = Runner(self.puzzle, stops_at=self._stops_here)
        self.player = self.puzzle.party.active.actor

    @property
    def actors(self) -> list[Actor]:
        """The protagonists on the map (the party, or the one player)."""
        if self.puzzle is None:
            return [self.player]
        return [m.actor for m in self.puzzle.party]

    def place_player(self, cell: Cell, facing: Direction) -> None:
        """Put the player on a cell (loading a save). On a party map the saved puzzle state
        (see `restore`) places everyone; without one, the party gathers around `cell`."""
        if self.puzzle is None:
            self.player.place(cell, facing)
        elif not self.party_restored:
            self._setup_party(cell, facing)

    def _populate(self) -> None:
        """Characters of the new map, and its arrival triggers (delivered next step)."""
        self.npcs = [Npc.from_object(obj, self.map.paths) for obj in self.map.npcs if self._allowed(obj)]
        for trigger in self.map.arrival_triggers:
            self._fire(trigger, self._pending)

    # -- state for saves ---------------------------------------------------------------------
    def state(self) -> dict[str, Any]:
        """What a save needs beyond the story: fired triggers, the step count and, on a
        party map, the whole puzzle state (who stands where, levers, blocks, sketches...)."""
        state: dict[str, Any] = {"fired": sorted([m, i] for m, i in self.fired), "tick": self.tick}
        # A save made on arrival (the autosave) comes before the arrival's story runs.
        state["pending"] = [e.trigger.id for e in self._pending if isinstance(e, Triggered)]
        if self.puzzle is not None:
            state["puzzle"] = {"map": self.map.name, **puzzle_state.to_json(self.puzzle.snapshot())}
        return state

    def restore(self, state: Any) -> None:
        """Put back what `state` saved. Everything is checked before anything changes: a
        state that does not fit this map (another map's puzzle, another party, a trigger
        the map lacks, someone inside a wall...) raises ValueError (a StateError saying
        where) and leaves the world as it was."""
        saved = read_world_state(state, self.map)
        snapshot: Snapshot | None = None
        if saved.puzzle is not None and self.puzzle is not None:
            try:
                self.puzzle.check_fits(saved.puzzle)
            except ValueError as exc:
                raise StateError(f"world.puzzle: the saved puzzle of {self.map.name} does not fit it: {exc}") from None
            snapshot = saved.puzzle
        by_id = {obj.id: obj for obj in self.map.objects}
        self.fired = set(saved.fired)
        self.tick = saved.tick
        self._pending = [Triggered(by_id[i], str(by_id[i].properties.get("knot") or "")) for i in saved.pending]
        self.party_restored = False
        if self.puzzle is not None and snapshot is not None:
            self.puzzle.restore(snapshot)
            self.player = self.puzzle.party.active.actor
            self.party_restored = True

    # -- the step ------------------------------------------------------------------------------
    def step(self, commands: Iterable[Command | PuzzleCommand] = ()) -> list[Event | PuzzleEvent]:
        """Advance the world by one fixed step of STEP_S seconds."""
        if self.runner is not None:
            return self._party_step(list(commands))
        self.tick += 1
        walk: Direction | None = None
        interact = False
        for command in commands:
            if isinstance(command, Walk):
                walk = command.direction
            elif isinstance(command, Interact):
                interact = True

        events: list[Event | PuzzleEvent] = self._pending
        self._pending = []
        player = self.player
        if not player.moving:
            if walk is not None:
                self._try_walk(walk, 0.0, events)
            else:
                self._bumped_into = None
            if interact and not player.moving:
                self._interact(events)
        overshoot = player.advance(STEP_S)
        if overshoot is not None:
            events.append(Stepped(player.name, player.cell))
            warp = self.map.warps.get(player.cell)
            if warp is not None and self._allowed(warp[0]):
                events.append(Travel(*warp))
            else:
                for trigger in self.map.triggers.get(player.cell, ()):
                    if trigger.properties.get("on", "enter") == "enter":
                        self._fire(trigger, events)
                if walk is not None and not any(isinstance(e, Triggered) for e in events):
                    self._try_walk(walk, overshoot, events)
        for npc in self.npcs:
            npc.step(self.rng, self.is_blocked)
        return events

    def _party_step(self, commands: list[Command | PuzzleCommand]) -> list[Event | PuzzleEvent]:
        """One step on a party map: doors, characters and story objects first (they work as
        on any map), then the puzzle's runner for walking and abilities."""
        assert self.puzzle is not None and self.runner is not None
        puzzle = self.puzzle
        self.tick += 1
        events: list[Event | PuzzleEvent] = self._pending
        self._pending = []
        for command in commands:  # swaps first, so this step's walk is the new one's
            if isinstance(command, SwapTo):
                events += puzzle.swap_to(command.name)
            elif isinstance(command, Cycle):
                events += puzzle.cycle(command.offset)
        active = puzzle.party.active
        self.player = active.actor
        for_runner: list[PuzzleCommand] = []
        for command in commands:
            if isinstance(command, SwapTo | Cycle):
                continue
            if isinstance(command, Walk) and not active.actor.moving:
                target = command.direction.step(active.cell)
                door = self.map.doors.get(target)
                if door is not None or self.npc_at(target) is not None:
                    active.actor.facing = command.direction
                    if door is not None:
                        self._use_door(door, events)
                    elif self._bumped_into != target:
                        self._bumped_into = target
                        events.append(Bumped(target))
                    continue
                self._bumped_into = None
                for_runner.append(command)
            elif isinstance(command, Interact):
                if not active.actor.moving and not self._puzzle_faces_something():
                    self._interact(events)
                    continue
                for_runner.append(command)
            elif isinstance(command, ResetPuzzle):
                section = puzzle.section_at(active.cell)
                if section is None:
                    events.append(Refused(active.name, "no_puzzle"))
                else:
                    events += puzzle.reset_section(section)
                    self._bumped_into = None
            else:
                for_runner.append(command)
        for event in self.runner.step(for_runner):
            events.append(event)
            if isinstance(event, Stepped) and event.actor == active.name:
                if self._arrive_on(event.cell, events):
                    break
        for npc in self.npcs:
            npc.step(self.rng, self.is_blocked)
        return events

    def _arrive_on(self, cell: Cell, events: list[Event | PuzzleEvent]) -> bool:
        """The active protagonist arrived on `cell`: a warp leads on (True), enter triggers
        fire."""
        warp = self.map.warps.get(cell)
        if warp is not None and self._allowed(warp[0]):
            events.append(Travel(*warp))
            return True
        for trigger in self.map.triggers.get(cell, ()):
            if trigger.properties.get("on", "enter") == "enter":
                self._fire(trigger, events)
        return False

    def _stops_here(self, cell: Cell) -> bool:
        """Whether the active protagonist, arriving on `cell`, stops there rather than
        walking on with the key held: a warp leads away, or a trigger will speak."""
        warp = self.map.warps.get(cell)
        if warp is not None and self._allowed(warp[0]):
            return True
        return any(
            self._would_fire(t) for t in self.map.triggers.get(cell, ()) if t.properties.get("on", "enter") == "enter"
        )

    def _would_fire(self, trigger: MapObject) -> bool:
        once = bool(trigger.properties.get("once", True))
        return not (once and (self.map.name, trigger.id) in self.fired) and self._allowed(trigger)

    def _puzzle_faces_something(self) -> bool:
        """Whether interacting now works a lever, junction or sketch (else the story's
        objects answer)."""
        assert self.puzzle is not None
        member = self.puzzle.party.active
        target = member.actor.facing.step(member.cell)
        if target in self.puzzle.board.switch_at:
            return True
        return member.profile.ability == "sketch" and any(target in s.cells for s in self.puzzle.sketches)

    # -- rules ---------------------------------------------------------------------------------
    def is_blocked(self, cell: Cell) -> bool:
        """The map's rule plus characters: nobody walks into another character."""
        if self.map.is_blocked(cell):
            return True
        if any(cell == a.cell or cell == a.origin for a in self.actors):
            return True
        if self.puzzle is not None and (cell in self.puzzle.board.gate_at or self.puzzle.block_at(cell) is not None):
            return True
        return any(cell in npc.occupied for npc in self.npcs)

    def faced_cell(self) -> Cell:
        return self.player.facing.step(self.player.cell)

    def npc_at(self, cell: Cell) -> Npc | None:
        return next((npc for npc in self.npcs if cell in npc.occupied), None)

    def _allowed(self, obj: MapObject) -> bool:
        condition = str(obj.properties.get("condition", "") or "")
        return not condition or self.condition(condition)

    def _fire(self, trigger: MapObject, events: list[Event | PuzzleEvent]) -> None:
        if not self._would_fire(trigger):
            return
        if bool(trigger.properties.get("once", True)):
            self.fired.add((self.map.name, trigger.id))
        events.append(Triggered(trigger, str(trigger.properties.get("knot") or "")))

    def _try_walk(self, direction: Direction, overshoot: float, events: list[Event | PuzzleEvent]) -> None:
        player = self.player
        player.facing = direction
        target = direction.step(player.cell)
        door = self.map.doors.get(target)
        if door is not None:
            self._use_door(door, events)
            return
        if self.map.is_blocked(target) or self.npc_at(target) is not None:
            if self._bumped_into != target:
                events.append(Bumped(target))
                self._bumped_into = target
            return
        self._bumped_into = None
        player.start_walk(direction, overshoot)

    def _use_door(self, entry: tuple[MapObject, Link], events: list[Event | PuzzleEvent]) -> None:
        door, link = entry
        if self._allowed(door):
            events.append(Travel(door, link))
        elif self._bumped_into != door.cells[0]:
            self._bumped_into = door.cells[0]
            props = door.properties
            events.append(Locked(door, str(props.get("locked_text") or ""), str(props.get("locked_knot") or "")))

    def _interact(self, events: list[Event | PuzzleEvent]) -> None:
        target = self.faced_cell()
        door = self.map.doors.get(target)
        if door is not None:
            self._bumped_into = None
            self._use_door(door, events)
            return
        npc = self.npc_at(target)
        if npc is not None:
            npc.face_towards(self.player.cell)
            events.append(Talked(npc.obj, str(npc.obj.properties.get("knot") or "")))
            return
        for cell in (target, self.player.cell):
            for trigger in self.map.triggers.get(cell, ()):
                if trigger.properties.get("on") == "interact" and self._allowed(trigger):
                    self._fire(trigger, events)
                    return
        spot = self.map.inspects.get(target) or self.map.inspects.get(self.player.cell)
        if spot is not None and self._allowed(spot):
            props = spot.properties
            events.append(Inspected(spot, str(props.get("text") or ""), str(props.get("knot") or "")))
