"""The world: the map the player is on, its record, the party and the other characters on
it, and the one set of rules that advances them all in fixed steps.

Every map is played by a party of at least one: the map's own (its `party` property), or
else the playthrough's protagonist alone. The party lives in a `Puzzle` that covers the
whole map (with no elements on a map without a puzzle), so walking, pushing and turning
follow one rule everywhere; doors, warps, triggers, inspect spots and characters work for
the active protagonist. Cutscenes move characters with script commands inside the same
step (see game.world.script). Leaving a map files its record in the playthrough; coming
back puts it back (see game.world.playthrough).
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from game.world import STEP_S, always
from game.world.actor import Actor
from game.world.commands import (
    Command,
    Interact,
    ScriptCommand,
    ScriptFace,
    ScriptHide,
    ScriptPlace,
    ScriptWalk,
    Walk,
)
from game.world.events import (
    Bumped,
    Event,
    Inspected,
    Locked,
    Stepped,
    Talked,
    Travel,
    Triggered,
)
from game.world.geometry import Cell, Direction
from game.world.jsonread import StateError
from game.world.mapdata import Link, MapData, MapObject
from game.world.npc import Npc
from game.world.playthrough import MapRecord, NpcRecord, Playthrough, check_standing, read_playthrough, to_json
from game.world.puzzle.assist import OFF, Assist
from game.world.puzzle.commands import Cycle, PuzzleCommand, ResetPuzzle, SwapTo
from game.world.puzzle.elements import Junction, Lever
from game.world.puzzle.events import PuzzleEvent, Refused
from game.world.puzzle.party import profile
from game.world.puzzle.puzzle import Puzzle
from game.world.puzzle.runner import Runner
from game.world.puzzle.spec import PuzzleSpec, nearest_free, walkable_cells
from game.world.script import Cutscenes

log = logging.getLogger(__name__)

Condition = Callable[[str], bool]
"""Answers a condition written in Tiled (e.g. "pod_hours >= 2"); the story supplies it, so
the world never keeps a copy of story state."""

AnyCommand = Command | PuzzleCommand | ScriptCommand
AnyEvent = Event | PuzzleEvent


PROMPT_VERBS = {"door": "Open", "npc": "Talk", "inspect": "Look", "trigger": "Use"}
"""What the interact prompt says for an object without a `prompt` of its own."""


class World:
    """Game state for the map the player is on, inside the playthrough.

    Call `step(commands)` once per fixed logic step; it returns what happened. The world
    never reads a clock: the playthrough's `tick` counts steps, and randomness comes from
    the `rng` given.
    """

    def __init__(
        self,
        map_data: MapData,
        spawn: str,
        rng: random.Random,
        player_name: str = "mara",
        condition: Condition = always,
        playthrough: Playthrough | None = None,
    ) -> None:
        self.rng = rng
        self.condition = condition
        self.playthrough = playthrough if playthrough is not None else Playthrough(protagonist=player_name)
        self._pending: list[AnyEvent] = []
        self._assist = OFF
        arrival = map_data.spawn(spawn)
        self._open(map_data, arrival.cell, arrival.facing, self.playthrough.records.pop(map_data.name, MapRecord()))

    @classmethod
    def resume(
        cls,
        map_data: MapData,
        saved: Any,
        cell: Cell,
        facing: Direction,
        rng: random.Random,
        condition: Condition = always,
    ) -> World:
        """The world a save describes: `saved` is its playthrough object, `cell` and
        `facing` where the player stood. Everything is checked before the world exists, so
        a save that does not fit (another map, a trigger the map lacks, someone inside a
        wall, a puzzle the map no longer has) raises StateError saying where."""
        found = read_playthrough(saved)
        if found.map != map_data.name:
            raise StateError(f"playthrough.map is {found.map!r}, but the save stands on {map_data.name}")
        triggers = {obj.id: obj for obj in map_data.objects if obj.kind == "trigger"}
        for n, trigger in enumerate(found.pending):
            if trigger not in triggers:
                raise StateError(f"playthrough.pending[{n}]: {map_data.name} has no trigger {trigger}")
        record = found.playthrough.records.pop(map_data.name)
        if record.puzzle is not None and map_data.puzzle is None:
            raise StateError(f"playthrough.maps[{map_data.name!r}].puzzle: {map_data.name} has no puzzle any more")
        if record.puzzle is None:
            check_standing(cell, map_data)
        world = cls.__new__(cls)
        world.rng, world.condition, world.playthrough = rng, condition, found.playthrough
        world._assist = OFF
        world._pending = [Triggered(triggers[i], str(triggers[i].properties.get("knot") or "")) for i in found.pending]
        world._open(map_data, cell, facing, record, exact=True)
        return world

    # -- entering and leaving maps -----------------------------------------------------------
    def enter_map(self, map_data: MapData, spawn: str) -> None:
        """Move the player to `spawn` on another map (after a door or warp): this map's
        record is filed, the other's put back (the party arriving at the spawn)."""
        arrival = map_data.spawn(spawn)
        self.playthrough.records[self.map.name] = self.record()
        self._open(map_data, arrival.cell, arrival.facing, self.playthrough.records.pop(map_data.name, MapRecord()))

    def reload_map(self, map_data: MapData) -> None:
        """The current map changed on disk (hot reload): play the new `map_data` with this
        map's record (triggers, characters, puzzle) and everyone where they stood. When
        that no longer fits the edited map, the party stands on the nearest free cell to
        the player's instead and what does not fit starts afresh. Nothing arrives: the
        arrival story does not run again."""
        record, player = self.record(), self.player
        try:
            check_standing(player.cell, map_data)
            self._open(map_data, player.cell, player.facing, record, exact=True)
            return
        except StateError as exc:
            log.info("reloading %s: %s; the party stands on the nearest free cell", map_data.name, exc)
        free = walkable_cells(map_data) - {c for obj in map_data.npcs for c in obj.cells}
        near = nearest_free((player.cell,), 1, free, set())
        if not near:
            raise StateError(f"{map_data.name} has no free cell left to stand on")
        self._open(map_data, near[0], player.facing, record, arriving=False)

    def _open(
        self,
        map_data: MapData,
        cell: Cell,
        facing: Direction,
        record: MapRecord,
        exact: bool = False,
        arriving: bool = True,
    ) -> None:
        """Make `map_data` the current map as `record` left it. With `exact` (a save) the
        party stands as recorded and a record that does not fit raises StateError; else
        the party arrives at `cell` and a record that no longer fits (the map was edited)
        is dropped with a warning. The map's arrival triggers fire when the party is
        `arriving` (not for a save, nor for a reload)."""
        self.map = map_data
        self.fired = set(record.fired)
        """Once-only triggers of this map that have fired, by object id."""
        self.cutscenes = Cutscenes(self)
        self._bumped_into: Cell | None = None
        self._side: list[AnyEvent] = []
        spec = map_data.puzzle or PuzzleSpec(party=(self.playthrough.protagonist,))
        saved = record.puzzle if map_data.puzzle is not None else None
        blocks = frozenset(c for _, c in saved.blocks) if saved is not None and not exact else frozenset()
        standing = {name: at for name, at, _ in saved.members} if saved is not None and exact else None
        self.puzzle = Puzzle.for_map(
            map_data, spec, cell, facing, active=self.playthrough.protagonist, taken=blocks, standing=standing
        )
        self.puzzle.party.assist = self._assist
        self.puzzle.occupied_by_others = lambda c: self.npc_at(c) is not None
        if saved is not None:
            self._restore_puzzle(saved, exact)
        self.runner = Runner(self.puzzle, stops_at=self._stops_here, takes_walk=self._takes_walk)
        self.npcs = [Npc.from_object(obj, map_data.paths) for obj in map_data.npcs if self._allowed(obj)]
        self._place_npcs(record.npcs)
        if arriving and not exact:
            for trigger in map_data.arrival_triggers:
                self._fire(trigger, self._pending)

    def _restore_puzzle(self, saved: Any, exact: bool) -> None:
        puzzle = self.puzzle
        if not exact:  # arriving: the party stands at the door; sketches faded meanwhile
            now = puzzle.snapshot()
            saved = replace(saved, members=now.members, active=now.active, sketches=(), signals=())
        try:
            puzzle.check_fits(saved)
        except ValueError as exc:
            where = f"playthrough.maps[{self.map.name!r}].puzzle"
            if exact:
                raise StateError(f"{where}: the saved puzzle of {self.map.name} does not fit it: {exc}") from None
            log.warning("%s: the map changed since it was left (%s); it starts afresh", where, exc)
            return
        puzzle.restore(saved)

    def _place_npcs(self, saved: tuple[NpcRecord, ...]) -> None:
        """Characters back where they were left, when they can still stand there."""
        by_id = {npc.obj.id: npc for npc in self.npcs}
        for record in saved:
            npc = by_id.get(record.id)
            if npc is None or self.map.is_blocked(record.cell) or any(a.cell == record.cell for a in self.actors):
                continue
            npc.actor.place(record.cell, record.facing)
            if npc.route:
                npc.target = min(record.target, len(npc.route) - 1)
                npc.forward = record.forward

    def record(self) -> MapRecord:
        """This map as it stands now (a character mid-step is recorded where it is going)."""
        npcs = tuple(NpcRecord(n.obj.id, n.actor.cell, n.actor.facing, n.target, n.forward) for n in self.npcs)
        puzzle = self.puzzle.snapshot() if self.map.puzzle is not None else None
        return MapRecord(frozenset(self.fired), npcs, puzzle)

    def save_state(self) -> dict[str, Any]:
        """The save's playthrough object (JSON-safe): every map's record, this one's as it
        is now, and the arrival story still to run (a save made on arrival comes before it)."""
        pending = tuple(e.trigger.id for e in self._pending if isinstance(e, Triggered))
        return to_json(self.playthrough, self.map.name, self.record(), pending)

    def play_as(self, name: str) -> None:
        """Make `name` the protagonist (a new chapter's). On a map without a party of its
        own, she or he takes the place of whoever stood there."""
        profile(name)  # a KeyError names an unknown protagonist
        self.playthrough.protagonist = name
        if self.map.puzzle is None and self.puzzle.party.names != (name,):
            here = self.player
            spec = PuzzleSpec(party=(name,))
            self.puzzle = Puzzle.for_map(self.map, spec, here.cell, here.facing, active=name)
            self.puzzle.party.assist = self._assist
            self.puzzle.occupied_by_others = lambda c: self.npc_at(c) is not None
            self.runner = Runner(self.puzzle, stops_at=self._stops_here, takes_walk=self._takes_walk)
        else:
            self.puzzle.party.swap_to(name)

    @property
    def assist(self) -> Assist:
        """The assist option's rules in force (a setting, not part of the playthrough)."""
        return self._assist

    @assist.setter
    def assist(self, assist: Assist) -> None:
        self._assist = assist
        self.puzzle.party.assist = assist

    # -- who is where -------------------------------------------------------------------------
    @property
    def tick(self) -> int:
        return self.playthrough.tick

    @property
    def party_puzzle(self) -> Puzzle | None:
        """The puzzle of a map with a party of its own (swapping, abilities, the HUD), or
        None on a map the protagonist walks alone."""
        return self.puzzle if self.map.puzzle is not None else None

    @property
    def player(self) -> Actor:
        """The protagonist the player controls."""
        return self.puzzle.party.active.actor

    @property
    def actors(self) -> list[Actor]:
        """The protagonists on the map."""
        return [m.actor for m in self.puzzle.party]

    def faced_cell(self) -> Cell:
        return self.player.facing.step(self.player.cell)

    def npc_at(self, cell: Cell) -> Npc | None:
        return next((npc for npc in self.npcs if cell in npc.occupied), None)

    def is_blocked(self, cell: Cell) -> bool:
        """Whether a character may not step onto `cell`: the map's walls, a closed gate, a
        block, a crate, a protagonist or another character."""
        if self.map.is_blocked(cell):
            return True
        puzzle = self.puzzle
        gate = puzzle.board.gate_at.get(cell)
        if (gate is not None and not puzzle.gates[gate.id]) or puzzle.occupied(cell):
            return True
        return any(cell == a.origin for a in self.actors)

    # -- the step ------------------------------------------------------------------------------
    def step(self, commands: Iterable[AnyCommand] = ()) -> list[AnyEvent]:
        """Advance the world by one fixed step of STEP_S seconds."""
        commands = list(commands)
        puzzle = self.puzzle
        self.playthrough.tick += 1
        events: list[AnyEvent] = self._pending
        self._pending = []
        self._side = events
        for command in commands:  # swaps and cutscenes first, so this step's walk is the new one's
            if isinstance(command, SwapTo):
                events += puzzle.swap_to(command.name)
            elif isinstance(command, Cycle):
                events += puzzle.cycle(command.offset)
            elif isinstance(command, ScriptWalk | ScriptFace | ScriptPlace | ScriptHide):
                self.cutscenes.command(command, events)
        active = puzzle.party.active
        self.playthrough.protagonist = active.name
        for_runner: list[PuzzleCommand] = []
        for command in commands:
            if isinstance(command, SwapTo | Cycle | ScriptWalk | ScriptFace | ScriptPlace | ScriptHide):
                continue
            if isinstance(command, Interact):
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
        if not any(isinstance(c, Walk) for c in for_runner):
            self._bumped_into = None
        for event in self.runner.step(for_runner):
            if isinstance(event, Refused) and event.reason == "blocked" and event.cell is not None:
                events.append(Bumped(event.cell))  # a wall is a wall, on any map
                continue
            events.append(event)
            if isinstance(event, Stepped) and event.actor == active.name and self._arrive_on(event.cell, events):
                break
        self.cutscenes.step(events)
        for npc in self.npcs:
            if self.cutscenes.walking(npc):
                npc.actor.advance(STEP_S)
            else:
                npc.step(self.rng, self.is_blocked)
        return events

    def defer(self, event: AnyEvent) -> None:
        """Deliver `event` again on the next step (a trigger a cutscene's walk fired: its
        story runs once the cutscene is over)."""
        self._pending.append(event)

    def _takes_walk(self, direction: Direction) -> bool:
        """Before the active protagonist steps: a door is used, a character is bumped."""
        actor = self.puzzle.party.active.actor
        target = direction.step(actor.cell)
        door = self.map.doors.get(target)
        if door is None and self.npc_at(target) is None:
            self._bumped_into = None
            return False
        actor.facing = direction
        if door is not None:
            self._use_door(door, self._side)
        elif self._bumped_into != target:
            self._bumped_into = target
            self._side.append(Bumped(target))
        return True

    def _arrive_on(self, cell: Cell, events: list[AnyEvent]) -> bool:
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
        return not (once and trigger.id in self.fired) and self._allowed(trigger)

    def _puzzle_faces_something(self) -> bool:
        """Whether interacting now works a lever, junction or sketch (else the story's
        objects answer)."""
        member = self.puzzle.party.active
        target = member.actor.facing.step(member.cell)
        if target in self.puzzle.board.switch_at:
            return True
        return member.profile.ability == "sketch" and any(target in s.cells for s in self.puzzle.sketches)

    @property
    def bumped_into(self) -> Cell | None:
        """The character the player last walked into while standing still: walking into
        them again says nothing until she has turned or moved."""
        return self._bumped_into

    def remember_bump(self, cell: Cell | None) -> None:
        """Put back `bumped_into` (a replay starting where the game was at rest)."""
        self._bumped_into = cell

    def scripting(self) -> bool:
        """Whether a cutscene's walk is still under way."""
        return self.cutscenes.busy()

    # -- the map's objects -----------------------------------------------------------------------
    def _allowed(self, obj: MapObject) -> bool:
        condition = str(obj.properties.get("condition", "") or "")
        return not condition or self.condition(condition)

    def _fire(self, trigger: MapObject, events: list[AnyEvent]) -> None:
        if not self._would_fire(trigger):
            return
        if bool(trigger.properties.get("once", True)):
            self.fired.add(trigger.id)
        events.append(Triggered(trigger, str(trigger.properties.get("knot") or "")))

    def _use_door(self, entry: tuple[MapObject, Link], events: list[AnyEvent]) -> None:
        door, link = entry
        if self._allowed(door):
            events.append(Travel(door, link))
        elif self._bumped_into != door.cells[0]:
            self._bumped_into = door.cells[0]
            props = door.properties
            events.append(Locked(door, str(props.get("locked_text") or ""), str(props.get("locked_knot") or "")))

    def interaction(self) -> MapObject | None:
        """The map object pressing interact would answer now: the door or character faced,
        else an interact trigger or inspect spot faced or stood in (a lever, junction or
        sketch the party faces answers before any of these; see `_puzzle_faces_something`)."""
        target = self.faced_cell()
        door = self.map.doors.get(target)
        if door is not None:
            return door[0]
        npc = self.npc_at(target)
        if npc is not None:
            return npc.obj
        for cell in (target, self.player.cell):
            for trigger in self.map.triggers.get(cell, ()):
                if trigger.properties.get("on") == "interact" and self._allowed(trigger):
                    return trigger
        spot = self.map.inspects.get(target) or self.map.inspects.get(self.player.cell)
        return spot if spot is not None and self._allowed(spot) else None

    def prompt(self) -> str | None:
        """What the interact prompt over the player says now, or None when interact would do
        nothing: a switch or sketch the party faces (only what the active one can use), else
        the map object's `prompt`, or a verb for its kind."""
        if self.map.puzzle is not None:
            member = self.puzzle.party.active
            target = member.actor.facing.step(member.cell)
            switch = self.puzzle.board.switch_at.get(target)
            if isinstance(switch, Lever):
                return "Pull the lever"
            if isinstance(switch, Junction):
                can_turn = member.profile.ability == "trace" and self.puzzle.party.lens_on
                return "Turn the junction" if can_turn else None
            if member.profile.ability == "sketch" and any(target in s.cells for s in self.puzzle.sketches):
                return "Erase the sketch"
        obj = self.answers_interact()
        if obj is None:
            return None
        return str(obj.properties.get("prompt") or "") or PROMPT_VERBS.get(obj.kind, "Use")

    def marked(self) -> list[MapObject]:
        """The map's objects with a `marker` that interact would use now (present by their
        condition; a once-only trigger that has not fired yet)."""
        found = []
        for obj in self.map.objects:
            if not obj.properties.get("marker") or not self._allowed(obj):
                continue
            if obj.kind == "trigger" and not self._would_fire(obj):
                continue
            found.append(obj)
        return found

    def answers_interact(self) -> MapObject | None:
        """`interaction()` when pressing interact would do something (a once-only trigger
        that has fired says nothing), for the on-screen prompt."""
        obj = self.interaction()
        if obj is not None and obj.kind == "trigger" and not self._would_fire(obj):
            return None
        return obj

    def _interact(self, events: list[AnyEvent]) -> None:
        obj = self.interaction()
        if obj is None:
            return
        if obj.kind == "door":
            self._bumped_into = None
            self._use_door(self.map.doors[self.faced_cell()], events)
        elif obj.kind == "npc":
            npc = self.npc_at(self.faced_cell())
            assert npc is not None
            npc.face_towards(self.player.cell)
            events.append(Talked(npc.obj, str(npc.obj.properties.get("knot") or "")))
        elif obj.kind == "trigger":
            self._fire(obj, events)
        else:
            props = obj.properties
            events.append(Inspected(obj, str(props.get("text") or ""), str(props.get("knot") or "")))
