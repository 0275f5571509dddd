"""The world: one map, the player and the other characters on it, and the rules that
advance them in fixed steps."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from typing import Any

from game.world import STEP_S
from game.world.actor import Actor
from game.world.commands import Command, Interact, Walk
from game.world.events import Bumped, Event, Inspected, Locked, Stepped, Talked, Travel, Triggered
from game.world.geometry import Cell, Direction
from game.world.mapdata import Link, MapData, MapObject
from game.world.npc import Npc

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
        self.player = Actor(player_name, arrival.cell, arrival.facing)
        self.map = map_data
        self.npcs: list[Npc] = []
        self._bumped_into: Cell | None = None
        self._pending: list[Event] = []
        self._populate()

    def enter_map(self, map_data: MapData, spawn: str) -> None:
        """Move the player to `spawn` on another map (after a door or warp)."""
        arrival = map_data.spawn(spawn)
        self.map = map_data
        self.player.place(arrival.cell, arrival.facing)
        self._bumped_into = None
        self._populate()

    def place_player(self, cell: Cell, facing: Direction) -> None:
        """Put the player on a cell (loading a save)."""
        self.player.place(cell, facing)

    def _populate(self) -> None:
        """Characters of the new map, and its arrival triggers (delivered next step)."""
        self.npcs = [Npc.from_object(obj, self.map.paths) for obj in self.map.npcs if self._allowed(obj)]
        for trigger in self.map.arrival_triggers:
            self._fire(trigger, self._pending)

    # -- state for saves ---------------------------------------------------------------------
    def state(self) -> dict[str, Any]:
        """What a save needs beyond the story: fired triggers and where the player is."""
        return {"fired": sorted([m, i] for m, i in self.fired), "tick": self.tick}

    def restore(self, state: dict[str, Any]) -> None:
        self.fired = {(str(m), int(i)) for m, i in state.get("fired", [])}
        self.tick = int(state.get("tick", 0))
        self._pending = []

    # -- the step ------------------------------------------------------------------------------
    def step(self, commands: Iterable[Command] = ()) -> list[Event]:
        """Advance the world by one fixed step of STEP_S seconds."""
        self.tick += 1
        walk: Direction | None = None
        interact = False
        for command in commands:
            if isinstance(command, Walk):
                walk = command.direction
            elif isinstance(command, Interact):
                interact = True

        events: list[Event] = self._pending
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

    # -- rules ---------------------------------------------------------------------------------
    def is_blocked(self, cell: Cell) -> bool:
        """The map's rule plus characters: nobody walks into another character."""
        if self.map.is_blocked(cell):
            return True
        if cell == self.player.cell or cell == self.player.origin:
            return True
        return any(cell in npc.occupied for npc in self.npcs)

    def faced_cell(self) -> Cell:
        return self.player.facing.step(self.player.cell)

    def npc_at(self, cell: Cell) -> Npc | None:
        return next((npc for npc in self.npcs if cell in npc.occupied), None)

    def _allowed(self, obj: MapObject) -> bool:
        condition = str(obj.properties.get("condition", "") or "")
        return not condition or self.condition(condition)

    def _fire(self, trigger: MapObject, events: list[Event]) -> None:
        key = (self.map.name, trigger.id)
        once = bool(trigger.properties.get("once", True))
        if (once and key in self.fired) or not self._allowed(trigger):
            return
        if once:
            self.fired.add(key)
        events.append(Triggered(trigger, str(trigger.properties.get("knot", ""))))

    def _try_walk(self, direction: Direction, overshoot: float, events: list[Event]) -> None:
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

    def _use_door(self, entry: tuple[MapObject, Link], events: list[Event]) -> None:
        door, link = entry
        if self._allowed(door):
            events.append(Travel(door, link))
        elif self._bumped_into != door.cells[0]:
            self._bumped_into = door.cells[0]
            props = door.properties
            events.append(Locked(door, str(props.get("locked_text", "")), str(props.get("locked_knot", ""))))

    def _interact(self, events: list[Event]) -> None:
        target = self.faced_cell()
        door = self.map.doors.get(target)
        if door is not None:
            self._bumped_into = None
            self._use_door(door, events)
            return
        npc = self.npc_at(target)
        if npc is not None:
            npc.face_towards(self.player.cell)
            events.append(Talked(npc.obj, str(npc.obj.properties.get("knot", ""))))
            return
        for cell in (target, self.player.cell):
            for trigger in self.map.triggers.get(cell, ()):
                if trigger.properties.get("on") == "interact" and self._allowed(trigger):
                    self._fire(trigger, events)
                    return
        spot = self.map.inspects.get(target) or self.map.inspects.get(self.player.cell)
        if spot is not None and self._allowed(spot):
            props = spot.properties
            events.append(Inspected(spot, str(props.get("text", "")), str(props.get("knot", ""))))
