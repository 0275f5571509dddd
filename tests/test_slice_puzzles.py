"""The puzzles of the vertical slice, proved on the maps themselves: Mara's two dream rooms
(her lens, alone) and the three linked puzzles of the chaos chamber (the four together).

Each puzzle is cut out of its map as the solver sees it (`Puzzle.of_section`) with the
protagonists it is meant for. It is solvable from its entry, cannot be solved without any one
of them, never strands anyone (no reachable state is a dead end, and a reset always restores
its start), and the solver's shortest plan also solves it when played in real time. On the
maps as wholes, the party can start at every spawn, and each puzzle guards the way to the next.
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
from game.world.puzzle.runner import Runner
from game.world.puzzle.signals import Circuit
from game.world.puzzle.solver import Action, Graph, commands_for, dead_ends, explore
from game.world.puzzle.spec import PuzzleSpec, Section, section_elements

from .conftest import MAPS_DIR

MAX_STATES = 30_000
"""Every search below must finish well inside this, or it proves nothing."""

EVERY_ABILITY = frozenset({"gap", "vent", "dark", "hidden:trace", "hidden:glow"})
"""Terrain the four together can cross (planks, vents, light, the lens)."""


@dataclass(frozen=True)
class Case:
    """One puzzle of the slice: where it is, who it is meant for, and why each is needed."""

    map_name: str
    section: str
    party: tuple[str, ...]
    why: str


CASES = (
    Case("dream_mara_1", "walkway", ("mara",), "Her dream: she is alone; the way on is a walkway only her lens shows."),
    Case(
        "dream_mara_2",
        "switchboard",
        ("mara",),
        "Her dream: she flips her desk switch and turns two junctions, each first wired to a decoy.",
    ),
    Case(
        "chaos_chamber",
        "ledgers",
        ("mara", "lila"),
        "Only Lila fits through the vents to the switch; only Mara's lens turns its junction from the "
        "mirror's gate onto the way on. (Jonas and Roe can do neither, so they are left out of the search.)",
    ),
    Case(
        "chaos_chamber",
        "gallery",
        ("jonas", "roe"),
        "Jonas sketches a plank over the pit to the switch; under the gallery's gaze it lasts only while "
        "Roe pins it, and only her calm, from the pit's edge, parts the onlooker by the switch. (Mara and "
        "Lila can do neither, so they are left out of the search.)",
    ),
    Case(
        "chaos_chamber",
        "threshold",
        ("mara", "jonas", "lila", "roe"),
        "Roe holds the heavy plate and, beside it, pins the plank under the gaze; Jonas sketches it from "
        "a ledge that is safe only in Lila's light; Mara, on the plank, turns the junction from a false "
        "gate onto the last one.",
    ),
)
CHAMBER_ORDER = ("ledgers", "gallery", "threshold")


def ids(case: Case) -> str:
    return case.section


# -- loading and searching, once per module ---------------------------------------------------------
Loader = Callable[[str], MapData]
Search = Callable[[Case, tuple[str, ...]], Graph]


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


def build(data: MapData, case: Case, party: tuple[str, ...] | None = None) -> Puzzle:
    """The case's puzzle walled off from the rest of its map, `party` at its entry."""
    names = case.party if party is None else party
    return Puzzle.of_section(data, spec_of(data), section_named(data, case.section), names)


@pytest.fixture(scope="module")
def graph_of(map_data: Loader) -> Search:
    """The complete state graph of each (puzzle, party), searched once: the searches are the
    slow part, and several tests read the same graph."""
    cache: dict[tuple[str, tuple[str, ...]], Graph] = {}

    def get(case: Case, party: tuple[str, ...]) -> Graph:
        key = (case.section, party)
        if key not in cache:
            cache[key] = explore(build(map_data(case.map_name), case, party), MAX_STATES)
            assert cache[key].exhausted, f"{case.section} with {party}: search bound hit, nothing proved"
        return cache[key]

    return get


def shortest_plan(graph: Graph) -> list[Action]:
    return graph.plan_to(graph.goals[0])


# -- each puzzle on its own ---------------------------------------------------------------------------
@pytest.mark.parametrize("case", CASES, ids=ids)
def test_each_slice_puzzle_is_solvable_by_the_protagonists_it_is_meant_for(case: Case, graph_of: Search) -> None:
    graph = graph_of(case, case.party)
    assert graph.goals, f"{case.section}: no solution among {len(graph.states)} states ({case.why})"


@pytest.mark.parametrize(
    ("case", "missing"),
    [(case, who) for case in CASES if len(case.party) > 1 for who in case.party],
    ids=lambda value: value.section if isinstance(value, Case) else str(value),
)
def test_no_slice_puzzle_can_be_solved_without_any_one_of_its_protagonists(
    case: Case, missing: str, graph_of: Search
) -> None:
    rest = tuple(name for name in case.party if name != missing)
    graph = graph_of(case, rest)
    assert not graph.goals, f"{case.section} was solved without {missing}: {[str(a) for a in shortest_plan(graph)]}"


@pytest.mark.parametrize("case", [c for c in CASES if c.map_name.startswith("dream_mara")], ids=ids)
def test_mara_cannot_solve_her_dream_rooms_without_raising_her_lens(case: Case, graph_of: Search) -> None:
    """Every way to the goal passes through a state with the lens up: the rooms teach it."""
    graph = graph_of(case, case.party)
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


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_no_reachable_state_of_a_slice_puzzle_is_a_dead_end(case: Case, graph_of: Search) -> None:
    stuck = dead_ends(graph_of(case, case.party))
    assert not stuck, f"{case.section}: {len(stuck)} dead ends, e.g. {stuck[0]}"


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_a_reset_from_any_reached_state_restores_the_puzzles_start(
    case: Case, map_data: Loader, graph_of: Search
) -> None:
    puzzle = build(map_data(case.map_name), case)
    start = puzzle.snapshot()
    states = list(graph_of(case, case.party).states.values())
    for snap in random.Random(7).sample(states, min(16, len(states))):
        puzzle.restore(snap)
        puzzle.reset()
        assert puzzle.snapshot().without_control() == start.without_control()


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_the_solvers_plan_also_solves_each_slice_puzzle_in_real_time(
    case: Case, map_data: Loader, graph_of: Search
) -> None:
    puzzle = build(map_data(case.map_name), case)
    plan = shortest_plan(graph_of(case, case.party))
    runner = Runner(puzzle)
    for action in plan:
        for commands in commands_for(puzzle, action):
            runner.step(commands)
        while any(member.actor.moving for member in puzzle.party):
            runner.step()
    assert puzzle.solved, f"{case.section}: {[str(a) for a in plan]} did not solve it in real time"


# -- the maps as wholes ---------------------------------------------------------------------------------
MAPS = ("dream_mara_1", "dream_mara_2", "chaos_chamber")


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
