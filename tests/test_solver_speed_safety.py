"""The solver's and the route runner's short cuts change nothing they find: every puzzle on
every map is searched through as many states as before the search was made faster, the key
read from a live puzzle is its snapshot's, a state put back is the state restored, the
actions the search leaves out are ones the rules would refuse, and a walk that follows the
way it found goes exactly where searching again at every cell would."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from game.content.tiled import load_map
from game.content.validate import find_maps
from game.tools import route_party
from game.tools.route import Runner, run_route
from game.world.geometry import Cell, Direction
from game.world.mapdata import MapData
from game.world.puzzle import solver
from game.world.puzzle.elements import AllOf, AnyOf, Element, Gate, Junction, Lever, Plate
from game.world.puzzle.puzzle import Puzzle
from game.world.puzzle.signals import Circuit
from game.world.puzzle.spec import Section
from game.world.puzzle.state import Snapshot

from .conftest import MAPS_DIR, start_game

SEARCHED: dict[str, tuple[int, int, int]] = {
    # map/puzzle: (states `solve` searched before it found a shortest plan, that plan's moves,
    # states in the whole search as `validate --solve` counts them), recorded before the
    # search was made faster (issue 18). test_validate_solve checks the whole searches' counts
    # in the validator's report, where every puzzle is searched whole anyway.
    "chaos_chamber/ledgers": (1357, 24, 2160),
    "chaos_chamber/gallery": (1582, 29, 2010),
    "chaos_chamber/threshold": (1213, 9, 17392),
    "dream_jonas_1/first_line": (11, 4, 2383),
    "dream_jonas_1/still_life": (9, 3, 2084),
    "dream_jonas_2/drying_time": (997, 12, 34146),
    "dream_jonas_2/the_critics": (523, 9, 38241),
    "dream_lila_1/first_dark": (23, 5, 25),
    "dream_lila_1/the_culvert": (67, 23, 72),
    "dream_lila_2/keep_close": (300, 38, 330),
    "dream_lila_2/shadow_bridge": (16, 9, 16),
    "dream_mara_1/walkway": (48, 10, 50),
    "dream_mara_2/switchboard": (559, 26, 994),
    "dream_roe_1/the_stacks": (38, 5, 112),
    "dream_roe_1/the_weight": (134, 19, 134),
    "dream_roe_2/the_keepsake": (78, 8, 276),
    "first_room/room": (2656, 14, 7416),
    "threshold/reach_mara": (294, 14, 932),
    "threshold/reach_jonas": (977, 16, 5312),
    "threshold/reach_lila": (86, 21, 90),
    "threshold/reach_roe": (430, 14, 1848),
    "wing_jonas_1/permanent": (3728, 18, 57458),
    "wing_jonas_1/nocturne": (218, 9, 2210),
    "wing_jonas_2/diptych": (1202, 14, 9688),
    "wing_jonas_2/judges": (743, 10, 4448),
    "wing_lila_1/escort": (584, 20, 627),
    "wing_lila_1/the_wall": (289, 19, 342),
    "wing_lila_2/old_lantern": (128, 10, 247),
    "wing_lila_2/the_centre": (1848, 25, 3366),
    "wing_mara_1/catwalk": (990, 14, 2550),
    "wing_mara_1/doors": (478, 10, 852),
    "wing_mara_2/island": (1192, 11, 30180),
    "wing_mara_2/desk": (2773, 19, 7552),
    "wing_roe_1/weighing": (2995, 12, 23760),
    "wing_roe_1/waiting": (141, 7, 168),
    "wing_roe_2/relay": (259, 13, 264),
    "wing_roe_2/aisle": (5436, 9, 15845),
}
SAMPLED = ("threshold/reach_jonas", "threshold/reach_roe", "chaos_chamber/ledgers", "dream_roe_2/the_keepsake")
"""Puzzles whose states the checks below sample: sketches and gazes, a heavy block, the lens
and a junction, memories."""


Puzzles = dict[str, tuple[MapData, Section]]
Sampled = list[tuple[str, list[Snapshot]]]


@pytest.fixture(scope="module")
def puzzles() -> Puzzles:
    """Every puzzle on every map under maps/, by `map/puzzle`."""
    found: dict[str, tuple[MapData, Section]] = {}
    for path in find_maps(str(MAPS_DIR)):
        data = load_map(path).data
        for section in data.puzzle.sections if data.puzzle else ():
            found[f"{data.name}/{section.name}"] = (data, section)
    return found


def fresh(data: MapData, section: Section) -> Puzzle:
    """The puzzle alone with the protagonists it is meant for, as the validator proves it."""
    assert data.puzzle is not None
    return Puzzle.of_section(data, data.puzzle, section, section.meant_for(data.puzzle))


def record(name: str, data: MapData, section: Section) -> str:
    """The line of SEARCHED for a puzzle as the search finds it now."""
    solved = solver.solve(fresh(data, section))
    whole = solver.explore(fresh(data, section))
    return f'"{name}": ({solved.states}, {len(solved.plan)}, {len(whole.states)}),'


# -- the same search, only faster ---------------------------------------------------------------------
def test_every_puzzle_is_recorded_so_a_faster_search_can_be_checked(puzzles: Puzzles) -> None:
    missing = [record(name, *puzzles[name]) for name in sorted(set(puzzles) - set(SEARCHED))]
    assert not missing, "puzzles with no record; add to SEARCHED:\n" + "\n".join(missing)
    gone = sorted(set(SEARCHED) - set(puzzles))
    assert not gone, f"SEARCHED lists puzzles no map has: {gone}"


def test_every_puzzle_is_solved_after_searching_as_many_states_as_before(puzzles: Puzzles) -> None:
    changed: list[str] = []
    for name, (states, moves, _) in SEARCHED.items():
        if name not in puzzles:
            continue
        solved = solver.solve(fresh(*puzzles[name]))
        if not solved.solved or (solved.states, len(solved.plan)) != (states, moves):
            changed.append(f"{name}: {solved.states} states to a plan of {len(solved.plan)} moves")
    assert not changed, (
        "the search finds other states than before (a map changed? then update SEARCHED):\n" + "\n".join(changed)
    )


# -- each short cut, against the plain way ------------------------------------------------------------
@pytest.fixture(scope="module")
def sampled(puzzles: Puzzles) -> Sampled:
    """Each puzzle of SAMPLED, with 40 of its reachable states at random."""
    found: Sampled = []
    for name in SAMPLED:
        states = list(solver.explore(fresh(*puzzles[name])).states.values())
        found.append((name, random.Random(7).sample(states, min(40, len(states)))))
    return found


def sampled_states(puzzles: Puzzles, sampled: Sampled) -> Iterator[tuple[str, Puzzle, list[Snapshot]]]:
    """Each puzzle of SAMPLED, fresh, with its sampled states."""
    for name, states in sampled:
        yield name, fresh(*puzzles[name]), states


def test_the_key_read_from_a_live_puzzle_is_its_snapshots_key(puzzles: Puzzles, sampled: Sampled) -> None:
    for name, puzzle, states in sampled_states(puzzles, sampled):
        for snap in states:
            puzzle.restore(snap)
            assert solver.state_key(puzzle) == puzzle.snapshot().key() == snap.key(), name


def test_putting_a_state_back_leaves_the_puzzle_exactly_as_restoring_it(puzzles: Puzzles, sampled: Sampled) -> None:
    for name, puzzle, states in sampled_states(puzzles, sampled):
        for before, snap in zip(states, states[1:], strict=False):
            after: list[object] = []
            for put in (solver.put_back, Puzzle.restore):
                puzzle.restore(before)
                put(puzzle, snap)
                after.append((puzzle.snapshot(), puzzle.signals, [vars(m.actor) for m in puzzle.party]))
            assert after[0] == after[1], name


def every_action(puzzle: Puzzle) -> Iterator[solver.Action]:
    """Everything anyone could try, whether it makes sense or not (waiting aside: the search
    waits exactly as long as the next sketch takes to fade, and only then)."""
    for member in puzzle.party:
        for direction in Direction:
            for kind in ("move", "interact", "plank", "crate"):
                yield solver.Action(member.name, kind, direction)
        yield solver.Action(member.name, "lens")


def test_the_actions_the_search_leaves_out_are_all_refused_by_the_rules(puzzles: Puzzles, sampled: Sampled) -> None:
    for name, puzzle, states in sampled_states(puzzles, sampled):
        for snap in states[:25]:
            puzzle.restore(snap)
            tried = set(solver.actions(puzzle))
            for action in every_action(puzzle):
                if action not in tried:
                    puzzle.restore(snap)
                    assert solver.perform(puzzle, action) is None, f"{name}: {action} was left out but is allowed"


def test_the_circuit_turns_on_exactly_what_its_inputs_feed() -> None:
    """Evaluating walks a plan made once; each signal still is what `feeds` says."""
    elements: list[Element] = [
        Plate(1, ((0, 0),)),
        Plate(2, ((1, 0),)),
        Lever(3, (2, 0)),
        Junction(4, (3, 0), inputs=(1, 3), outputs=(5, 0, 6)),
        AllOf(5, (2, 4)),
        AnyOf(6, (4,)),
        AllOf(7, ()),
        Gate(8, ((4, 0),), inputs=(5, 6)),
    ]
    circuit = Circuit(elements)
    rng = random.Random(3)
    for _ in range(200):
        pressed = {1: rng.random() < 0.5, 2: rng.random() < 0.5}
        levers = {3: rng.random() < 0.5}
        rotations = {4: rng.randrange(6)}
        values = circuit.evaluate(pressed, levers, rotations)
        for element in elements:
            sources = circuit.inputs.get(element.id)
            if isinstance(element, Lever):
                assert values[element.id] == levers[element.id]
            elif sources is None:
                assert values[element.id] == pressed.get(element.id, False)
            else:
                fed = [circuit.feeds(s, element.id, values, rotations) for s in sources]
                assert values[element.id] == (all(fed) and bool(fed) if isinstance(element, AllOf) else any(fed))


# -- the route runner's walks -------------------------------------------------------------------------
WALKS = """\
start mara_corridor from_flat
walk_to neighbour
walk_to warp:vesper_street
"""
"""A walk to a neighbour who strolls up and down the corridor, then out of it."""
PARTY_WALKS = """\
set merged true
set wing_mara_done true
set wing_lila_step 2
start wing_lila_2 from_1
read
swap roe
walk_to lantern_start
read
walk_to lantern_start
step up
swap lila
walk_to lantern_start
swap jonas
walk_to lantern_start
"""
"""Walks on a party map: round the puzzle rules' walls and the dark, past shadows, and
through the rest of the party."""
QUIET_WALKS = """\
start vesper_street from_building
walk_to from_civic
read
walk_to from_civic
walk_to mural
"""
"""Walks along an empty street: a dozen cells and more each, and nobody else about."""


@pytest.fixture(autouse=True)
def _quit_pygame() -> Iterator[None]:
    yield
    pygame.quit()


def walk(tmp_path: Path, text: str, monkeypatch: pytest.MonkeyPatch, again_each_cell: bool) -> tuple[list[str], int]:
    """Play a route; what the runner said (its file name left out) and how many searches
    its walks made. `again_each_cell`: search at every cell, as the runner once did."""
    searches = 0
    find = route_party.Way.find

    def counted(*args: object) -> route_party.Way:
        nonlocal searches
        searches += 1
        return find(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(route_party.Way, "find", counted)
    if again_each_cell:
        monkeypatch.setattr(route_party.Way, "holds", lambda self, *args: False)
    path = tmp_path / "walks.route"
    path.write_text(text, encoding="utf-8")
    said: list[str] = []
    assert run_route(str(path), said.append), "\n".join(said)
    monkeypatch.undo()
    return [line.replace(str(path), "") for line in said], searches


@pytest.mark.parametrize("text", [WALKS, PARTY_WALKS, QUIET_WALKS], ids=["strolling neighbour", "party map", "quiet"])
def test_a_walk_goes_exactly_where_searching_again_at_every_cell_would_take_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    once, searches = walk(tmp_path, text, monkeypatch, again_each_cell=False)
    every, cells = walk(tmp_path, text, monkeypatch, again_each_cell=True)
    assert once == every
    assert searches < cells, f"{searches} searches for {cells} cells"


def test_a_walk_with_nobody_about_searches_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    said, searches = walk(tmp_path, QUIET_WALKS, monkeypatch, again_each_cell=False)
    assert said[-2] == ":5: ok   walked to 'mural' at (16, 6)"
    assert searches == 3  # one per walk (the first stopped by the street's first words)


def grid_distance(a: Cell, b: Cell) -> int:
    return abs(a[0] - b[0]) + abs(a[1] - b[1])


def test_a_way_is_found_again_when_anything_it_was_found_from_changes(tmp_path: Path) -> None:
    app = start_game(tmp_path)
    runner = Runner(app)
    runner.run(1, ["set", "merged", "true"])
    runner.run(2, ["start", "chaos_chamber", "first_entry"])
    runner.finish()
    world = runner.explore().world
    puzzle = world.party_puzzle
    assert puzzle is not None
    cells = [(x, y) for x in range(world.map.width) for y in range(world.map.height)]
    reachable = route_party.ways_for(world, cells, set())
    goal = max(reachable, key=lambda cell: len(reachable[cell]))
    goals: dict[Cell, Direction | None] = {goal: None}
    way = route_party.Way.find(world, goals, set())
    assert way.steps == reachable[goal] and way.holds(world, goals, set())
    here = world.player.cell
    far = next(c for c in cells if grid_distance(here, c) + grid_distance(c, goal) > len(way.steps) + 2)
    assert way.holds(world, goals, {far}), "someone far off the way changes nothing"
    assert way.holds(world, goals, set()), "nor leaving from there"
    assert not way.holds(world, goals, {way.cells[1]}), "someone stepping onto the way"
    middle = way.cells[len(way.cells) // 2]
    detour = route_party.Way.find(world, goals, {middle})
    assert not detour.holds(world, goals, set()), "someone leaving a shorter way"
    assert not way.holds(world, {**goals, world.player.cell: None}, set()), "other goals"
    gate = next(iter(puzzle.gates))
    puzzle.gates[gate] = not puzzle.gates[gate]
    assert not way.holds(world, goals, set()), "a gate opening or shutting"
    puzzle.gates[gate] = not puzzle.gates[gate]
    puzzle.party.lens_on = not puzzle.party.lens_on
    assert not way.holds(world, goals, set()), "the lens"
    puzzle.party.lens_on = not puzzle.party.lens_on
    other = puzzle.party.members[-1].actor
    other.place((other.cell[0], other.cell[1] + 1), other.facing)
    assert not way.holds(world, goals, set()), "someone else of the party moving"
