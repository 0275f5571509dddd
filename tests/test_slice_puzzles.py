"""The puzzles of the game, on the maps themselves, beyond what the validator's solver proves
of each (tests/test_validate_solve.py: solvable by the protagonists it is meant for, needing
each of them, no dead ends, its plan playing in real time): a reset restores a puzzle's
start, the party fits at every entry and spawn, Mara's dream rooms teach her lens, and on the
chaos chamber each puzzle guards the way to the next.

The puzzles come from the maps (every `puzzle` object on every map under maps/), so a new
one is covered without being listed here.
"""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from game.content.tiled import load_map
from game.world.geometry import Cell, Direction
from game.world.mapdata import MapData, MapObject
from game.world.puzzle.elements import Block, Crowd, Gate, Junction, Lever, element_cells
from game.world.puzzle.puzzle import Puzzle
from game.world.puzzle.signals import Circuit
from game.world.puzzle.solver import DEFAULT_MAX_STATES, Graph, actions, explore, perform
from game.world.puzzle.spec import PuzzleSpec, Section, section_elements
from game.world.puzzle.state import Snapshot

from .conftest import MAPS_DIR, map_data, party_maps

MAX_STATES = DEFAULT_MAX_STATES
"""Every search below must finish inside the validator's bound, or it proves nothing."""

EVERY_ABILITY = frozenset({"gap", "vent", "dark", "hidden:trace", "hidden:glow"})
"""Terrain the four together can cross (planks, vents, light, the lens)."""


@dataclass(frozen=True)
class Case:
    """One puzzle of the game: the map it is on and its name there."""

    map_name: str
    section: str


MAPS = party_maps()
CASES = tuple(
    Case(name, section.name)
    for name in MAPS
    for section in (map_data(MAPS_DIR / f"{name}.tmx").puzzle or PuzzleSpec(())).sections
)
CHAMBER_ORDER = ("ledgers", "gallery", "threshold")


def ids(case: Case) -> str:
    return case.section


def test_the_game_has_the_slices_puzzles() -> None:
    assert {("dream_mara_1", "walkway"), ("dream_mara_2", "switchboard")} <= {(c.map_name, c.section) for c in CASES}
    assert [c.section for c in CASES if c.map_name == "chaos_chamber"] == list(CHAMBER_ORDER)


# -- loading and searching, once per module ---------------------------------------------------------
Loader = Callable[[str], MapData]
Search = Callable[[Case], Graph]


@pytest.fixture(scope="module")
def map_data() -> Loader:
    """Each map loaded once (the loader also builds its puzzle spec and checks it)."""
    loaded: dict[str, MapData] = {}

    def get(name: str) -> MapData:
        if name not in loaded:
            loaded[name] = load_map(str(MAPS_DIR / f"{name}.tmx")).data
        return loaded[name]

    return get


def spec_of(data: MapData) -> PuzzleSpec:
    assert data.puzzle is not None, f"{data.name} has no party, so no puzzles"
    return data.puzzle


def section_named(data: MapData, name: str) -> Section:
    return next(s for s in spec_of(data).sections if s.name == name)


def build(data: MapData, case: Case) -> Puzzle:
    """The case's puzzle walled off from the rest of its map, the protagonists it is meant
    for (its `party`, else the map's) at its entry."""
    spec = spec_of(data)
    section = section_named(data, case.section)
    return Puzzle.of_section(data, spec, section, section.meant_for(spec))


@pytest.fixture(scope="module")
def graph_of(map_data: Loader) -> Search:
    """The complete state graph of each puzzle, searched once."""
    cache: dict[Case, Graph] = {}

    def get(case: Case) -> Graph:
        if case not in cache:
            cache[case] = explore(build(map_data(case.map_name), case), MAX_STATES)
            assert cache[case].exhausted, f"{case.section}: search bound hit, nothing proved"
        return cache[case]

    return get


# -- each puzzle on its own ---------------------------------------------------------------------------
@pytest.mark.parametrize("case", [c for c in CASES if c.map_name.startswith("dream_mara")], ids=ids)
def test_mara_cannot_solve_her_dream_rooms_without_raising_her_lens(case: Case, graph_of: Search) -> None:
    """Every way to the goal passes through a state with the lens up: the rooms teach it."""
    graph = graph_of(case)
    assert graph.goals
    successors: dict[object, set[object]] = {}
    for after, befores in graph.predecessors.items():
        for before in befores:
            successors.setdefault(before, set()).add(after)
    seen = {graph.start}
    queue = deque([graph.start])
    while queue:
        key = queue.popleft()
        for after in successors.get(key, ()):
            if after not in seen and not graph.states[after].lens_on:
                seen.add(after)
                queue.append(after)
    assert not seen & set(graph.goals)


def reached_by_walks(puzzle: Puzzle, rng: random.Random, walks: int, longest: int) -> list[Snapshot]:
    """Where `walks` seeded random walks of the solver's actions (what the keys can do) end,
    each from the start and up to `longest` actions long: reached states, deep ones too,
    without searching them all (the validator's proof does that)."""
    start = puzzle.snapshot()
    ends = []
    for _ in range(walks):
        puzzle.restore(start)
        for _ in range(rng.randint(1, longest)):
            options = list(actions(puzzle))
            if not options:
                break
            before = puzzle.snapshot()
            if perform(puzzle, rng.choice(options)) is None:
                puzzle.restore(before)  # refused: as if the key was not pressed
        ends.append(puzzle.snapshot())
    puzzle.restore(start)
    return ends


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_a_reset_from_any_reached_state_restores_the_puzzles_start(case: Case, map_data: Loader) -> None:
    puzzle = build(map_data(case.map_name), case)
    start = puzzle.snapshot()
    ends = reached_by_walks(puzzle, random.Random(7), walks=24, longest=80)
    assert len({end.key() for end in ends}) > 1, f"{case.section}: the walks went nowhere"
    for snap in ends:
        puzzle.restore(snap)
        puzzle.reset()
        assert puzzle.snapshot().without_control() == start.without_control()


# -- the maps as wholes ---------------------------------------------------------------------------------


def piece_cells(spec: PuzzleSpec) -> set[Cell]:
    """Cells a protagonist must never be put on: gates, levers, junctions, blocks, crowds."""
    pieces = (e for e in spec.elements if isinstance(e, Gate | Lever | Junction | Block | Crowd))
    return {cell for piece in pieces for cell in element_cells(piece)}


def assert_fair_start(puzzle: Puzzle, spec: PuzzleSpec, where: str) -> None:
    pieces = piece_cells(spec)
    for member in puzzle.party:
        terrain = puzzle.board.terrain(member.cell)
        assert member.cell not in pieces, f"{where}: {member.name} starts on a puzzle piece at {member.cell}"
        assert not terrain, f"{where}: {member.name} starts on {sorted(terrain)} at {member.cell}"


@pytest.mark.parametrize("name", MAPS)
def test_the_whole_party_starts_on_plain_ground_at_every_spawn(name: str, map_data: Loader) -> None:
    data = map_data(name)
    spec = spec_of(data)
    for spawn in data.spawns.values():
        puzzle = Puzzle.for_map(data, spec, spawn.cell, spawn.facing)
        assert puzzle.party.names == spec.party
        assert_fair_start(puzzle, spec, f"{name} spawn {spawn.name}")


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_everyone_on_the_map_fits_at_each_puzzles_entry(case: Case, map_data: Loader) -> None:
    """A reset may bring the whole party back to the entry, not just those the search needs."""
    data = map_data(case.map_name)
    spec = spec_of(data)
    puzzle = Puzzle.of_section(data, spec, section_named(data, case.section), spec.party)
    assert_fair_start(puzzle, spec, f"{case.section} entry")
    assert all(member.cell in puzzle.area for member in puzzle.party)


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_pressing_reset_in_a_puzzle_on_the_whole_map_restores_just_that_puzzle(case: Case, map_data: Loader) -> None:
    """As in play: the party on the whole map, switches thrown everywhere, then R inside one
    puzzle puts its switches back, and everyone in it on plain ground at its entry."""
    data = map_data(case.map_name)
    spec = spec_of(data)
    section = section_named(data, case.section)
    spawn = next(s for s in data.spawns.values() if s.cell == section.entry)
    puzzle = Puzzle.for_map(data, spec, spawn.cell, spawn.facing)
    start = puzzle.snapshot()
    puzzle.levers = {i: not on for i, on in puzzle.levers.items()}
    puzzle.rotations = {i: turn + 1 for i, turn in puzzle.rotations.items()}
    puzzle.tick(0)
    puzzle.reset_section(section)
    inside = [lever.id for lever in puzzle.board.levers if lever.cell in section.area]
    inside += [junction.id for junction in puzzle.board.junctions if junction.cell in section.area]
    for i in inside:
        assert puzzle.levers.get(i) == dict(start.levers).get(i)
        assert puzzle.rotations.get(i) == dict(start.rotations).get(i)
    pieces = piece_cells(spec)
    for member in puzzle.party:
        if member.cell in section.area:
            assert puzzle.board.plain_ground(member.cell) and member.cell not in pieces, (member.name, member.cell)
    others = [i for i in puzzle.levers if i not in inside]
    assert all(puzzle.levers[i] != dict(start.levers)[i] for i in others), "a reset reached past its puzzle"


def reachable(data: MapData, start: Cell, *, open_gates: set[int], crossable: frozenset[str]) -> set[Cell]:
    """Where walking from `start` gets to with the listed gates open (the others shut),
    levers and junctions in the way, and only the terrain in `crossable` passable. With
    "gap" in it, a plank carries over one or two gap cells in a line onto ground beyond."""
    spec = spec_of(data)
    shut = {c for e in spec.elements if isinstance(e, Gate) and e.id not in open_gates for c in e.cells}
    switches = {e.cell for e in spec.elements if isinstance(e, Lever | Junction)}

    def ground(cell: Cell) -> bool:
        if not data.in_bounds(cell) or cell in data.solid or cell in data.doors or cell in shut | switches:
            return False
        return data.terrain.get(cell, frozenset()) <= crossable - {"gap"}

    def is_gap(cell: Cell) -> bool:
        return "gap" in data.terrain.get(cell, frozenset())

    seen = {start}
    queue = deque([start])
    while queue:
        cell = queue.popleft()
        for direction in Direction:
            near = direction.step(cell)
            if "gap" in crossable:
                span = 0
                while span < 2 and is_gap(near):
                    near, span = direction.step(near), span + 1
            if near not in seen and ground(near):
                seen.add(near)
                queue.append(near)
    return seen


def trigger(data: MapData, knot: str) -> MapObject:
    return next(o for o in data.objects if o.kind == "trigger" and o.properties.get("knot") == knot)


def gates_in(data: MapData, section: Section) -> set[int]:
    return {e.id for e in spec_of(data).elements if isinstance(e, Gate) and set(e.cells) <= section.area}


def test_the_chambers_puzzles_open_the_way_one_after_another(map_data: Loader) -> None:
    data = map_data("chaos_chamber")
    start = data.spawn("arrive").cell
    entries = [section_named(data, name).entry for name in CHAMBER_ORDER]
    way_out = set(trigger(data, "chamber.exit").cells)
    opened: set[int] = set()
    for done, name in enumerate(CHAMBER_ORDER):
        reached = reachable(data, start, open_gates=opened, crossable=EVERY_ABILITY)
        assert entries[done] in reached, f"{name} cannot be reached once the puzzles before it are solved"
        ahead = entries[done + 1 :] if done + 1 < len(entries) else []
        assert not reached & (set(ahead) | way_out), f"the way past {name} is open before it is solved"
        opened |= gates_in(data, section_named(data, name))
    assert way_out & reachable(data, start, open_gates=opened, crossable=EVERY_ABILITY)


def test_each_chamber_gate_is_opened_only_by_its_own_puzzles_pieces(map_data: Loader) -> None:
    data = map_data("chaos_chamber")
    spec = spec_of(data)
    circuit = Circuit(spec.elements)
    for name in CHAMBER_ORDER:
        section = section_named(data, name)
        own = {e.id for e in section_elements(spec, section)}
        for gate in gates_in(data, section):
            sources = set(circuit.inputs[gate])
            pending = list(sources)
            while pending:
                upstream = circuit.inputs.get(pending.pop(), ())
                pending += [i for i in upstream if i not in sources]
                sources |= set(upstream)
            assert sources and sources <= own, f"{name}: gate {gate} is driven from outside it: {sources - own}"


def test_the_chambers_way_out_lies_beyond_the_last_gate_and_ends_the_slice(map_data: Loader) -> None:
    data = map_data("chaos_chamber")
    exit_trigger = trigger(data, "chamber.exit")
    assert exit_trigger.properties["once"] is True
    assert exit_trigger.properties["on"] == "enter"
    for name in CHAMBER_ORDER:
        assert not set(exit_trigger.cells) & section_named(data, name).area


def test_maras_first_dream_room_is_crossed_only_on_the_hidden_walkway(map_data: Loader) -> None:
    data = map_data("dream_mara_1")
    start = data.spawn("arrive").cell
    beyond = set(trigger(data, "dream.walkway").cells)
    elevator = next(o for o in data.objects if o.kind == "warp")
    assert elevator.properties["target_map"] == "dream_mara_2"
    assert not (beyond | set(elevator.cells)) & reachable(data, start, open_gates=set(), crossable=frozenset())
    with_lens = reachable(data, start, open_gates=set(), crossable=frozenset({"hidden:trace"}))
    assert beyond <= with_lens and set(elevator.cells) <= with_lens


def test_maras_second_dream_room_tempts_her_only_beyond_its_exit_gate(map_data: Loader) -> None:
    data = map_data("dream_mara_2")
    start = data.spawn("arrive").cell
    temptation = set(trigger(data, "dream.temptation").cells)
    section = section_named(data, "switchboard")
    assert not temptation & reachable(data, start, open_gates=set(), crossable=frozenset())
    assert temptation <= reachable(data, start, open_gates=gates_in(data, section), crossable=frozenset())
