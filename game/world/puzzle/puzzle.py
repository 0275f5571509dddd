"""A puzzle: its board, the party in it, and the rules that change its state.

Actions (walk, swap, lens, interact, sketch, follow, reset) change state at once and return
events; `tick(steps)` lets time pass (sketches fade) and evaluates the signals once, in the
circuit's fixed order. The Runner calls them once per fixed step; the solver calls them as
macro-actions. Both use exactly these rules.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import replace

from game.world.geometry import Cell, Direction
from game.world.mapdata import MapData
from game.world.puzzle import abilities as ab
from game.world.puzzle import actions, fading
from game.world.puzzle.board import Board
from game.world.puzzle.elements import Element
from game.world.puzzle.events import (
    FollowChanged,
    GateChanged,
    LensChanged,
    PuzzleEvent,
    Refused,
    ResetDone,
    SignalChanged,
    Solved,
    Swapped,
)
from game.world.puzzle.party import Member, Party
from game.world.puzzle.spec import (
    PuzzleSpec,
    Section,
    nearest_free,
    party_at,
    placeable,
    section_elements,
    section_map,
)
from game.world.puzzle.state import Snapshot

Settled = tuple[dict[int, bool], tuple[tuple[int, bool], ...]]
"""How the circuit settles from some inputs: every element's signal, and each gate's state."""
LIGHT_TERRAIN = frozenset({"dark", "hidden:glow"})
"""Ground where a step depends on Lila's light (and so on where everyone stands)."""
SETTLED_LIMIT = 4096
"""How many settlings a puzzle remembers before it forgets them all and starts again."""


class Puzzle:
    """One puzzle in play. `solved_by` is the id of the element whose signal solves it;
    `area` the cells it owns (default: the whole map); `entry` the cells a reset puts the
    protagonists inside the area on, in party order."""

    def __init__(
        self,
        name: str,
        map_data: MapData,
        elements: Sequence[Element],
        party: Party,
        *,
        solved_by: int | None,
        entry: tuple[Cell, ...],
        entry_facing: Direction = Direction.DOWN,
        area: frozenset[Cell] | None = None,
        sketch_life_s: float = ab.SKETCH_LIFE_S,
        sections: Sequence[Section] = (),
    ) -> None:
        self.name = name
        self.board = Board(map_data, elements)
        self.sections = tuple(sections)
        """The puzzles of a map with several (each resets on its own); empty for one puzzle."""
        for section in self.sections:
            if section.solved_by not in self.board.circuit.by_id:
                raise ValueError(f"puzzle {section.name!r}: solved_by {section.solved_by} is not one of its elements")
        if solved_by is not None and solved_by not in self.board.circuit.by_id:
            raise ValueError(f"puzzle {name!r}: solved_by {solved_by} is not one of its elements")
        if not entry:
            raise ValueError(f"puzzle {name!r} needs at least one entry cell")
        self.party = party
        self.solved_by = solved_by
        self.entry = entry
        self.entry_facing = entry_facing
        self.area = (
            area
            if area is not None
            else frozenset((x, y) for x in range(map_data.width) for y in range(map_data.height))
        )
        self.sketch_life_steps = ab.steps_for(sketch_life_s)
        self.occupied_by_others: Callable[[Cell], bool] = lambda cell: False
        """Cells the world fills that the puzzle does not know (characters strolling about):
        nobody walks, pushes or sketches into them."""
        self.levers = {e.id: e.start_on for e in self.board.levers}
        self.rotations = {e.id: e.start_rotation % len(e.outputs) for e in self.board.junctions}
        self.gates = {g.id: False for g in self.board.gates}
        self.blocks = {b.id: b.cell for b in self.board.blocks}
        self.sketches: tuple[ab.Sketch, ...] = self.remembered()
        self.next_sketch = 1
        self.solved = False
        self.signals: Mapping[int, bool] = {}
        """Every element's signal as last evaluated (remembered in `_settled`: never changed,
        only replaced)."""
        self._settled: dict[Hashable, Settled] = {}
        """How the circuit settled, by its inputs (see `_evaluate`; at most SETTLED_LIMIT)."""
        self.tick(0)  # settle gates and signals before anyone moves; no events at rest
        self.start = self.snapshot()

    def remembered(self, area: frozenset[Cell] | None = None) -> tuple[ab.Sketch, ...]:
        """The map's memories (in `area`, if given) as sketches, fresh as at the start."""
        return tuple(
            ab.Sketch(-m.id, m.kind, m.cells, self.sketch_life_steps)
            for m in self.board.memories
            if area is None or any(c in area for c in m.cells)
        )

    # -- what is where ---------------------------------------------------------------------------
    def positions(self) -> dict[str, Cell]:
        return {m.name: m.cell for m in self.party}

    def block_at(self, cell: Cell) -> int | None:
        if cell not in self.blocks.values():  # most cells: one look, not a loop
            return None
        for block_id, at in self.blocks.items():
            if at == cell:
                return block_id
        return None

    def sketch_at(self, cell: Cell, kind: str) -> ab.Sketch | None:
        for sketch in self.sketches:
            if sketch.kind == kind and cell in sketch.cells:
                return sketch
        return None

    def loads(self) -> dict[Cell, int]:
        """Weight units standing on each cell: characters, blocks and crates."""
        load: dict[Cell, int] = {}
        for member in self.party.members:
            cell = member.actor.cell
            load[cell] = load.get(cell, 0) + member.units
        block_units = self.board.block_units
        for block_id, cell in self.blocks.items():
            load[cell] = load.get(cell, 0) + block_units[block_id]
        for sketch in self.sketches:
            if sketch.kind == ab.CRATE:
                cell = sketch.cells[0]
                load[cell] = load.get(cell, 0) + ab.CRATE_UNITS
        return load

    def weight_on(self, cells: Sequence[Cell]) -> int:
        """Total weight units on `cells`."""
        load = self.loads()
        return sum(load.get(c, 0) for c in cells)

    def occupied(self, cell: Cell) -> bool:
        """Anything standing here: a character, a block or a crate."""
        return (
            self.occupied_by_others(cell)
            or self.party.at(cell) is not None
            or self.block_at(cell) is not None
            or self.sketch_at(cell, ab.CRATE) is not None
        )

    def room_for_object(self, cell: Cell) -> bool:
        """A block or crate may be pushed or drawn here."""
        gate = self.board.gate_at.get(cell)
        return self.board.plain_ground(cell) and not self.occupied(cell) and (gate is None or self.gates[gate.id])

    def lit(self, cell: Cell, positions: dict[str, Cell] | None = None) -> bool:
        where = positions if positions is not None else self.positions()
        return ab.is_lit(cell, where, self.party.assist.forgiving_dark, self.board.voices)

    def full_light(self, cell: Cell, positions: dict[str, Cell]) -> bool:
        """Whether Lila's light is full size at `cell` with the party at `positions`: someone
        (or a voice) keeps her company there, or the assist keeps it wide. Alone, it shrinks
        to her feet, and she does not walk on into the dark (ab.LIGHT_RADIUS_ALONE_TILES)."""
        forgiving = self.party.assist.forgiving_dark
        company = ab.company({**positions, "lila": cell}, self.board.voices)
        return ab.light_radius(cell, company, forgiving) >= ab.LIGHT_RADIUS_NEAR_TILES

    def refusal(
        self, member: Member, cell: Cell, positions: dict[str, Cell] | None = None, *, trading: Member | None = None
    ) -> str | None:
        """Why `member` may not step onto `cell` with the party at `positions` (the mover
        already on `cell`; by default the others where they stand, and `trading` places
        with her on her cell), or None. Characters, blocks and crates are checked by callers."""
        board = self.board
        if cell in board.free:  # most cells: nobody is refused for who she is
            return "blocked" if self.occupied_by_others(cell) else None
        gate = board.gate_at.get(cell)
        if cell not in board.open or (gate is not None and not self.gates[gate.id]) or self.occupied_by_others(cell):
            return "blocked"
        terrain = board.terrain(cell)
        if "gap" in terrain:
            if self.sketch_at(cell, ab.PLANK) is None:
                return "gap"
            if not member.profile.crosses_planks:
                return "plank"
        if "vent" in terrain and not member.profile.fits_vents:
            return "vent"
        if "hidden:trace" in terrain and not self.party.lens_on:
            return "hidden"
        crowd = board.crowd_at.get(cell)
        if crowd is None and terrain.isdisjoint(LIGHT_TERRAIN):
            return None
        if positions is None:  # where everyone stands: only the light and the crowds ask
            positions = {**self.positions(), member.name: cell}
            if trading is not None:
                positions[trading.name] = member.cell
        if member.name == "lila" and terrain & LIGHT_TERRAIN and not self.full_light(cell, positions):
            return "alone"
        if "hidden:glow" in terrain and not self.lit(cell, positions):
            return "hidden"
        if "dark" in terrain and not self.lit(cell, positions):
            return "dark"
        if crowd is not None and not ab.crowd_parted(crowd, positions.get("roe")):
            return "crowd"
        return None

    # -- actions -----------------------------------------------------------------------------------
    def turn(self, direction: Direction) -> None:
        """Turn the active protagonist without moving: what a short tap of a direction does
        in play (see runner.TURN_HOLD_STEPS), and the solver's aim before acting."""
        self.party.active.actor.facing = direction

    def walk(self, direction: Direction) -> list[PuzzleEvent]:
        """The active protagonist steps one cell (see actions.walk)."""
        return actions.walk(self, direction)

    def interact(self) -> list[PuzzleEvent]:
        """Use the faced lever, junction or sketch (see actions.interact)."""
        return actions.interact(self)

    def sketch(self, kind: str) -> list[PuzzleEvent]:
        """Jonas draws a plank or a crate (see actions.sketch)."""
        return actions.sketch(self, kind)

    def swap_to(self, name: str) -> list[PuzzleEvent]:
        return [Swapped(name)] if self.party.swap_to(name) else []

    def cycle(self, offset: int) -> list[PuzzleEvent]:
        return [Swapped(self.party.active.name)] if self.party.cycle(offset) else []

    def toggle_lens(self) -> list[PuzzleEvent]:
        """Mara turns her lens on or off (it stays as it is while she is idle)."""
        if self.party.active.profile.ability != "trace":
            return [Refused(self.party.active.name, "not_ability")]
        self.party.lens_on = not self.party.lens_on
        return [LensChanged(self.party.lens_on)]

    def toggle_follow(self) -> list[PuzzleEvent]:
        self.party.following = not self.party.following
        return [FollowChanged(self.party.following)]

    # -- time and signals ----------------------------------------------------------------------------
    def tick(self, steps: int = 1, *, settled: bool = False) -> list[PuzzleEvent]:
        """Let `steps` fixed steps pass: the sketches age a step and the circuit settles
        (signals and gates), then they age the rest, and it settles again if a crate went
        meanwhile. Nothing but sketch timers changes while time passes, so one call stands
        for `steps` single ticks (see fading.age).

        `settled`: the caller knows the circuit has settled and nothing it reads has changed
        since (the solver, after a step between cells the circuit does not read); it is then
        evaluated again only if a crate fades, since it would settle just as it stands."""
        events: list[PuzzleEvent] = []
        if not self.sketches:
            if not settled:
                self._evaluate(events)
            return events
        now = min(steps, 1)  # pins and gazes act even when no time passes
        aged = fading.age(self, now, steps - now)
        events += aged.gone_now
        if aged.crate_gone_later:  # the circuit reads the crates as they stood after the first step
            self.sketches = fading.age(self, now, 0).kept
            if aged.crate_gone_now or not settled:
                self._evaluate(events)
            self.sketches = aged.kept
            events += aged.gone_later
            self._evaluate(events)
            return events
        self.sketches = aged.kept  # the same crates as after the first step: one evaluation
        if aged.crate_gone_now or not settled:
            self._evaluate(events)
        events += aged.gone_later
        return events

    def _evaluate(self, events: list[PuzzleEvent]) -> None:
        """Work out every signal and open or close the gates as the circuit's inputs stand,
        adding what changed to `events`. The same inputs always settle the same way, so the
        puzzle remembers how they did (`_settled`): the solver evaluates after every action,
        mostly from inputs it has met before. Only where the protagonists stand on cells the
        circuit reads counts (elsewhere, None; crates elsewhere are left out), so the same
        settling serves many states."""
        read = self.board.circuit_cells
        inputs = (
            tuple([cell if (cell := member.actor.cell) in read else None for member in self.party.members]),
            tuple(self.blocks.items()),
            tuple([s.cells[0] for s in self.sketches if s.kind == ab.CRATE and s.cells[0] in read]),
            tuple(self.levers.items()),
            tuple(self.rotations.items()),
            tuple(self.gates.items()),
        )
        settled = self._settled.get(inputs)
        if settled is None:
            if len(self._settled) >= SETTLED_LIMIT:
                self._settled.clear()
            settled = self._settled[inputs] = self._settle()
        values, gates = settled
        if gates != inputs[-1]:
            for (gate_id, was_open), (_, is_open) in zip(inputs[-1], gates, strict=True):
                if is_open != was_open:
                    self.gates[gate_id] = is_open
                    events.append(GateChanged(gate_id, is_open))
        if values is not self.signals and values != self.signals:  # most steps change no signal
            for i, on in values.items():
                if i not in self.gates and self.signals.get(i, False) != on:
                    events.append(SignalChanged(i, on))
            for section in self.sections:  # the moment one of a map's puzzles comes right
                if values[section.solved_by] and not self.signals.get(section.solved_by, False):
                    events.append(Solved(section.name))
        self.signals = values
        if self.solved_by is not None and values[self.solved_by] and not self.solved:
            self.solved = True
            events.append(Solved(self.name))

    def is_settled(self) -> bool:
        """Whether evaluating the circuit as things stand would change nothing: its signals,
        gates and whether the puzzle is solved are as they would settle (see `tick`)."""
        values, gates = self._settle()
        comes_right = self.solved_by is not None and values[self.solved_by] and not self.solved
        return values == self.signals and gates == tuple(self.gates.items()) and not comes_right

    def _settle(self) -> Settled:
        """Every element's signal and each gate's state (in `gates` order) as the circuit's
        inputs stand: what `_evaluate` remembers. Changes nothing."""
        board = self.board
        load = self.loads()
        pressed: dict[int, bool] = {}
        for plate_id, cells, units in board.plate_needs:
            pressed[plate_id] = sum([load.get(c, 0) for c in cells]) >= units
        for zone in board.zones:
            inside = [m for m in self.party if m.cell in zone.cells and (not zone.who or m.name in zone.who)]
            pressed[zone.id] = len(inside) >= zone.count
        values = board.circuit.evaluate(pressed, self.levers, self.rotations)
        gates = []
        for gate_id, was_open in self.gates.items():  # a gate stays open on what stands in it
            gates.append((gate_id, values[gate_id] or (was_open and any(c in load for c in board.gate_cells[gate_id]))))
        return values, tuple(gates)

    # -- state ---------------------------------------------------------------------------------------
    def snapshot(self) -> Snapshot:
        return Snapshot(
            members=tuple((m.name, m.cell, m.actor.facing) for m in self.party),
            active=self.party.active.name,
            lens_on=self.party.lens_on,
            following=self.party.following,
            levers=tuple(sorted(self.levers.items())),
            rotations=tuple(sorted(self.rotations.items())),
            gates=tuple(sorted(self.gates.items())),
            blocks=tuple(sorted(self.blocks.items())),
            sketches=self.sketches,
            next_sketch=self.next_sketch,
            solved=self.solved,
            signals=tuple(sorted(self.signals.items())),
        )

    def restore(self, snap: Snapshot) -> None:
        """Put every piece of state back as `snap` has it (actors at rest). A snapshot that
        does not fit this puzzle (another party, other elements, someone inside a wall)
        raises ValueError and changes nothing."""
        self.check_fits(snap)
        self.put_back(snap)
        if not self.signals:
            self._evaluate([])

    def put_back(self, snap: Snapshot) -> None:
        """Every piece of state as `snap` has it, without `restore`'s checks that it fits or
        its first evaluation: for a snapshot this puzzle took itself (the solver, thousands of
        times a second)."""
        for member, (_, cell, facing) in zip(self.party.members, snap.members, strict=False):
            member.actor.place(cell, facing)  # the same party: restore checked it fits
        if snap.active:
            self.party.swap_to(snap.active)
        self.party.lens_on = snap.lens_on
        self.party.following = snap.following
        self.levers = dict(snap.levers)
        self.rotations = dict(snap.rotations)
        self.gates = dict(snap.gates)
        self.blocks = dict(snap.blocks)
        self.sketches = snap.sketches
        self.next_sketch = snap.next_sketch
        self.solved = snap.solved
        self.signals = dict(snap.signals)

    def check_fits(self, snap: Snapshot) -> None:
        """Raise ValueError unless `snap` is a state this puzzle could have reached: the same
        party and elements, and everyone and everything where the rules let them be."""
        names = tuple(name for name, _, _ in snap.members)
        if names != self.party.names:
            raise ValueError(f"it is for another party ({', '.join(names)}, not {', '.join(self.party.names)})")
        if snap.active and not self.party.has(snap.active):
            raise ValueError(f"its active protagonist {snap.active!r} is not in the party")
        for what, saved, here in (
            ("levers", snap.levers, self.levers),
            ("junctions", snap.rotations, self.rotations),
            ("gates", snap.gates, self.gates),
            ("blocks", snap.blocks, self.blocks),
        ):
            if {i for i, _ in saved} != set(here):
                raise ValueError(f"its {what} are not this map's (the map changed since the save)")
        board = self.board
        for junction in board.junctions:
            rotation = dict(snap.rotations)[junction.id]
            if not 0 <= rotation < len(junction.outputs):
                raise ValueError(f"junction {junction.id} is turned to {rotation}; it has {len(junction.outputs)} ways")
        self._check_sketches(snap)
        planks = {cell for s in snap.sketches if s.kind == ab.PLANK for cell in s.cells}
        crates = {s.cells[0] for s in snap.sketches if s.kind == ab.CRATE}
        blocks = [cell for _, cell in snap.blocks]
        closed = {cell for gate in board.gates if not dict(snap.gates)[gate.id] for cell in gate.cells}
        for index, cell in enumerate(blocks):
            if not board.plain_ground(cell) or cell in blocks[:index] or cell in crates or cell in closed:
                raise ValueError(f"it puts a block where no block can stand, at {cell}")
        taken: set[Cell] = set()
        for name, cell, _ in snap.members:
            member = self.party.member(name)
            terrain = board.terrain(cell)
            if not self.board.map.in_bounds(cell):
                raise ValueError(f"it puts {name} outside the map at {cell}")
            if board.is_wall(cell) or cell in closed:
                raise ValueError(f"it puts {name} inside a wall at {cell}")
            if cell in taken or cell in blocks or cell in crates:
                raise ValueError(f"it puts {name} on a cell that is already taken, at {cell}")
            if "gap" in terrain and (cell not in planks or not member.profile.crosses_planks):
                raise ValueError(f"it puts {name} over a gap with no plank to stand on, at {cell}")
            if "vent" in terrain and not member.profile.fits_vents:
                raise ValueError(f"it puts {name} in a vent only Lila fits through, at {cell}")
            taken.add(cell)

    def _check_sketches(self, snap: Snapshot) -> None:
        board = self.board
        ids = [s.id for s in snap.sketches]
        if len(set(ids)) != len(ids) or any(i >= snap.next_sketch for i in ids):
            raise ValueError("its sketches' numbers are mixed up")
        memories = {-m.id: m for m in board.memories}
        for sketch in snap.sketches:
            memory = memories.get(sketch.id)
            if sketch.is_memory and (memory is None or (memory.kind, memory.cells) != (sketch.kind, sketch.cells)):
                raise ValueError(f"it remembers a memory {-sketch.id} this map does not have")
        covered: set[Cell] = set()
        for sketch in snap.sketches:
            cells = sketch.cells
            if sketch.remaining_steps > self.sketch_life_steps or covered & set(cells):
                raise ValueError(f"sketch {sketch.id} cannot be as saved")
            covered |= set(cells)
            if sketch.kind == ab.CRATE:
                if len(cells) != 1 or not board.plain_ground(cells[0]):
                    raise ValueError(f"sketch {sketch.id} is a crate where no crate can stand")
                continue
            steps = {(b[0] - a[0], b[1] - a[1]) for a, b in zip(cells, cells[1:], strict=False)}
            straight = len(steps) <= 1 and all(abs(dx) + abs(dy) == 1 for dx, dy in steps)
            if not cells or not straight or not all(board.is_gap(c) for c in cells):
                raise ValueError(f"sketch {sketch.id} is a plank that does not span a gap")

    def reset(self) -> list[PuzzleEvent]:
        """Back to the start: blocks home, sketches gone, levers, junctions, gates and the lens
        as they began; protagonists inside the area onto the entry cells. Who is active and
        the follow mode stay the player's choice; those outside the area stay put."""
        inside = [m for m in self.party if m.cell in self.area]
        cells = self._entry_cells(len(inside), {m.cell for m in self.party if m.cell not in self.area})
        members = {name: (cell, facing) for name, cell, facing in self.snapshot().members}
        for member, cell in zip(inside, cells, strict=True):
            members[member.name] = (cell, self.entry_facing)
        start = self.start
        self.restore(
            replace(
                start,
                members=tuple((n, c, f) for n, (c, f) in members.items()),
                active=self.party.active.name,
                following=self.party.following,
            )
        )
        return [ResetDone(self.name)]

    def section_at(self, cell: Cell) -> Section | None:
        """The section (one puzzle of several on a map) that owns `cell`."""
        return next((s for s in self.sections if cell in s.area), None)

    def section_solved(self, section: Section) -> bool:
        return self.signals.get(section.solved_by, False)

    def reset_section(self, section: Section) -> list[PuzzleEvent]:
        """Put one section back as it started: its levers, junctions and gates, the blocks
        that began in it, the sketches touching it, and the protagonists inside it onto its
        entry. Everything else on the map stays as it is."""
        area = section.area
        start = self.start
        board = self.board
        gates_before = dict(self.gates)
        for lever in board.levers:
            if lever.cell in area:
                self.levers[lever.id] = dict(start.levers)[lever.id]
        for junction in board.junctions:
            if junction.cell in area:
                self.rotations[junction.id] = dict(start.rotations)[junction.id]
        home = dict(start.blocks)
        for block in board.blocks:  # a block belongs to the puzzle it starts in
            if home[block.id] in area:
                self.blocks[block.id] = home[block.id]
        self.sketches = tuple(s for s in self.sketches if not any(c in area for c in s.cells))
        self.sketches += self.remembered(frozenset(area))
        inside = [m for m in self.party if m.cell in area]
        taken = {m.cell for m in self.party if m.cell not in area} | set(self.blocks.values())
        cells = nearest_free((section.entry,), len(inside), placeable(board.map, board.elements, area), taken)
        if len(cells) < len(inside):
            raise ValueError(f"puzzle {section.name!r}: no room near the entry for {len(inside)} protagonists")
        for member, cell in zip(inside, cells, strict=False):
            member.actor.place(cell, section.entry_facing)
        if self.party.active in inside:
            self.party.lens_on = start.lens_on
        for gate in board.gates:
            if all(c in area for c in gate.cells):
                self.gates[gate.id] = dict(start.gates)[gate.id]
        events: list[PuzzleEvent] = [ResetDone(section.name)]
        self._evaluate(events)
        reported = {e.id for e in events if isinstance(e, GateChanged)}
        for gate_id, was_open in gates_before.items():
            if self.gates[gate_id] != was_open and gate_id not in reported:
                events.append(GateChanged(gate_id, self.gates[gate_id]))
        return events

    @classmethod
    def for_map(
        cls,
        map_data: MapData,
        spec: PuzzleSpec,
        start: Cell,
        facing: Direction,
        *,
        active: str = "",
        taken: frozenset[Cell] = frozenset(),
        standing: dict[str, Cell] | None = None,
    ) -> Puzzle:
        """The puzzle the world plays on a map: every element and section on it, with the
        party arriving at `start` (and around it, avoiding `taken`), `active` in control
        if present. A save says where each one `standing` is instead: they are put there
        (a restore checks the cells), since there may be no room for all of them around
        `start`, between closed gates, say."""
        if standing is not None and sorted(standing) == sorted(spec.party):
            party = Party(standing, facing)
        else:
            party = party_at(spec.party, start, facing, placeable(map_data, spec.elements) - taken)
        party.swap_to(active)
        return cls(
            map_data.name,
            map_data,
            spec.elements,
            party,
            solved_by=None,
            entry=(start,),
            entry_facing=facing,
            sections=spec.sections,
        )

    @classmethod
    def of_section(cls, map_data: MapData, spec: PuzzleSpec, section: Section, names: Sequence[str]) -> Puzzle:
        """One section alone, walled off from the rest of the map, with `names` standing at
        its entry: what the solver proves solvable."""
        cropped = section_map(map_data, section)
        elements = section_elements(spec, section)
        party = party_at(names, section.entry, section.entry_facing, placeable(cropped, elements, section.area))
        return cls(
            section.name,
            cropped,
            elements,
            party,
            solved_by=section.solved_by,
            entry=tuple(m.cell for m in party),
            entry_facing=section.entry_facing,
            area=section.area,
        )

    def _entry_cells(self, count: int, taken: set[Cell]) -> list[Cell]:
        """`count` free cells: the entry cells first, then the nearest plain ground to them."""
        ground = {c for c in self.area if self.board.plain_ground(c)} | set(self.entry)
        chosen = nearest_free(self.entry, count, ground, taken)
        if len(chosen) < count:
            raise ValueError(f"puzzle {self.name!r}: no room near the entry for {count} protagonists")
        return chosen
