"""The world: one map, the player on it, and the rules that advance them in fixed steps."""

from __future__ import annotations

import random
from collections.abc import Iterable

from game.world import STEP_S
from game.world.actor import Actor
from game.world.commands import Command, Interact, Walk
from game.world.events import Bumped, Event, Inspected, Stepped, Travel
from game.world.geometry import Cell, Direction
from game.world.mapdata import MapData


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
    ) -> None:
        self.map = map_data
        self.rng = rng
        self.tick = 0
        arrival = map_data.spawn(spawn)
        self.player = Actor(player_name, arrival.cell, arrival.facing)
        self._bumped_into: Cell | None = None

    def enter_map(self, map_data: MapData, spawn: str) -> None:
        """Move the player to `spawn` on another map (after a door or warp)."""
        arrival = map_data.spawn(spawn)
        self.map = map_data
        self.player.place(arrival.cell, arrival.facing)
        self._bumped_into = None

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

        events: list[Event] = []
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
            if warp is not None:
                events.append(Travel(*warp))
            elif walk is not None:
                self._try_walk(walk, overshoot, events)
        return events

    def faced_cell(self) -> Cell:
        return self.player.facing.step(self.player.cell)

    def _try_walk(self, direction: Direction, overshoot: float, events: list[Event]) -> None:
        player = self.player
        player.facing = direction
        target = direction.step(player.cell)
        door = self.map.doors.get(target)
        if door is not None:
            events.append(Travel(*door))
            return
        if self.map.is_blocked(target):
            if self._bumped_into != target:
                events.append(Bumped(target))
                self._bumped_into = target
            return
        self._bumped_into = None
        player.start_walk(direction, overshoot)

    def _interact(self, events: list[Event]) -> None:
        target = self.faced_cell()
        door = self.map.doors.get(target)
        if door is not None:
            events.append(Travel(*door))
            return
        spot = self.map.inspects.get(target) or self.map.inspects.get(self.player.cell)
        if spot is not None:
            events.append(Inspected(spot, str(spot.properties.get("text", ""))))
