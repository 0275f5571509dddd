"""The linked-puzzle patterns of the design, as small text maps, proved with the solver:
each is solvable from its start, needs the protagonists the design says, never dead-ends
(and a reset always restores its start exactly), and replays the same way every time."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from game.world.puzzle.elements import AllOf, Element, Gate, Gaze, Junction, Lever, Plate, Zone
from game.world.puzzle.grid import parse_grid
from game.world.puzzle.party import Party
from game.world.puzzle.puzzle import Puzzle
from game.world.puzzle.runner import Runner
from game.world.puzzle.solver import Action, Graph, commands_for, dead_ends, explore, replay, solve
from game.world.puzzle.weight import Weight

Marks = dict[str, tuple[tuple[int, int], ...]]
ENTRY_MARK = {"mara": "M", "jonas": "J", "lila": "L", "roe": "R"}


@dataclass(frozen=True)
class Example:
    """A puzzle as data: its map, its elements, who plays it and who it needs."""

    name: str
    text: str
    party: tuple[str, ...]
    needs: tuple[str, ...]
    elements: Callable[[Marks, frozenset[tuple[int, int]]], list[Element]]
    solved_by: int
    sketch_life_s: float = 8.0
    marked_terrain: tuple[tuple[str, str], ...] = ()
    """Marks whose cells also carry terrain (a plate on a vent cell, say)."""

    def build(self, party: tuple[str, ...] | None = None) -> Puzzle:
        data, marks = parse_grid(self.text, self.name)
        names = self.party if party is None else party
        entry = tuple(marks[ENTRY_MARK[n]][0] for n in sorted(names, key=list(ENTRY_MARK).index))
        for mark, terrain in self.marked_terrain:
            for cell in marks[mark]:
                data.terrain[cell] = frozenset({terrain})
        gaps = frozenset(c for c, t in data.terrain.items() if "gap" in t)
        return Puzzle(
            self.name,
            data,
            self.elements(marks, gaps),
            Party.at_entry(names, entry),
            solved_by=self.solved_by,
            entry=entry,
            sketch_life_s=self.sketch_life_s,
        )


HOLD_AND_RELAY = Example(
    "hold_and_relay",
    """
    #######
    #MR.|E#
    ##H####
    #######
    """,
    party=("mara", "roe"),
    needs=("mara", "roe"),
    elements=lambda m, _: [Plate(1, m["H"], Weight.HEAVY), Gate(2, m["|"], (1,)), Zone(3, m["E"])],
    solved_by=3,
)
"""Roe holds the heavy plate; the gate stays open only while she does, so someone else
must walk through it."""

PINNED_BRIDGE = Example(
    "pinned_bridge",
    """
    ########
    #R.#####
    #J__.E##
    ########
    """,
    party=("jonas", "roe"),
    needs=("jonas", "roe"),
    elements=lambda m, gaps: [Zone(1, m["E"]), Gaze(2, tuple(sorted(gaps)))],
    solved_by=1,
    sketch_life_s=2.0,  # the gaze, not time, is the point here; a short life keeps the proof small
)
"""The gap lies under a judging gaze: a plank dissolves there unless Roe, beside it, pins
it. Roe herself is too heavy to cross."""

VENT_TO_SWITCH = Example(
    "vent_to_switch",
    """
    ########
    #ML.|.E#
    ###v####
    ###v.l##
    ########
    """,
    party=("mara", "lila"),
    needs=("lila",),
    elements=lambda m, _: [Lever(1, m["l"][0]), Gate(2, m["|"], (1,)), Zone(3, m["E"])],
    solved_by=3,
)
"""The lever that opens the gate is beyond a vent only Lila fits through."""

TRACE_REWIRE = Example(
    "trace_rewire",
    """
    ##########
    #M.....tX#
    #R..P...##
    ###A##B###
    ###.##E###
    ##########
    """,
    party=("mara", "roe"),
    needs=("mara", "roe"),
    elements=lambda m, _: [
        Plate(1, m["P"], Weight.MEDIUM),
        Junction(2, m["X"][0], inputs=(1,), outputs=(3, 4)),
        Gate(3, m["A"]),
        Gate(4, m["B"]),
        Zone(5, m["E"]),
    ],
    solved_by=5,
)
"""The plate is wired to the wrong gate. Mara walks the hidden walkway with her lens on and
rotates the junction onto gate B; someone must hold the plate while another walks through."""

FOUR_PLATES = Example(
    "four_plates",
    """
    ######
    #m#l##
    #MJLR#
    ##_#r#
    ##j###
    ######
    """,
    party=("mara", "jonas", "lila", "roe"),
    needs=("mara", "jonas", "lila", "roe"),
    elements=lambda m, _: [
        Plate(1, m["m"], Weight.MEDIUM),
        Plate(2, m["l"], Weight.LIGHT),
        Plate(3, m["r"], Weight.HEAVY),
        Plate(4, m["j"], Weight.MEDIUM),
        AllOf(5, (1, 2, 3, 4)),
        Gaze(6, m["M"] + m["J"] + m["L"] + m["R"]),
    ],
    solved_by=5,
    sketch_life_s=0.25,  # sketches fade fast here (which also keeps the proof small)
    marked_terrain=(("m", "hidden:trace"), ("l", "vent")),
)
"""Four plates in one tick: one on a hidden walkway (Trace), one in a vent (Lila),
one across a gap (a plank), one heavy (Roe). The hub is watched: crates dissolve there
unless Roe pins them."""

LANTERN_ESCORT = Example(
    "lantern_escort",
    """
    ##########
    #RL.dddd.EE#
    ##########
    """,
    party=("lila", "roe"),
    needs=("lila",),
    elements=lambda m, _: [Zone(1, m["E"], who=("roe",))],
    solved_by=1,
)
"""Roe must cross the dark; Lila's light is wide only while Roe keeps close to her."""

EXAMPLES = [HOLD_AND_RELAY, PINNED_BRIDGE, VENT_TO_SWITCH, TRACE_REWIRE, FOUR_PLATES, LANTERN_ESCORT]
MAX_STATES = 20_000


def ids(example: Example) -> str:
    return example.name


GraphOf = Callable[[Example, tuple[str, ...]], Graph]


@pytest.fixture(scope="module")
def graph_of() -> GraphOf:
    """Explore each (example, party) once for the whole module: the searches are the slow
    part, and every test below reads the same complete graph."""
    cache: dict[tuple[str, tuple[str, ...]], Graph] = {}

    def get(example: Example, party: tuple[str, ...]) -> Graph:
        key = (example.name, party)
        if key not in cache:
            cache[key] = explore(example.build(party), MAX_STATES)
        return cache[key]

    return get


def shortest_plan(graph: Graph) -> list[Action]:
    """A plan to the nearest solved state (breadth-first, so the first goal is nearest)."""
    return graph.plan_to(graph.goals[0])


@pytest.mark.parametrize("example", EXAMPLES, ids=ids)
def test_each_example_puzzle_is_solvable_from_its_start(example: Example, graph_of: GraphOf) -> None:
    graph = graph_of(example, example.party)
    assert graph.exhausted, f"{example.name}: {len(graph.states)} states, search bound hit"
    assert graph.goals, f"{example.name}: no solution among {len(graph.states)} states"
    assert solve(example.build(), MAX_STATES).plan == tuple(shortest_plan(graph))


@pytest.mark.parametrize("example", EXAMPLES, ids=ids)
def test_the_solvers_plan_also_solves_the_puzzle_in_real_time(example: Example, graph_of: GraphOf) -> None:
    puzzle = example.build()
    plan = shortest_plan(graph_of(example, example.party))
    runner = Runner(puzzle)
    for action in plan:
        for commands in commands_for(puzzle, action):
            runner.step(commands)
        while any(m.actor.moving for m in puzzle.party):
            runner.step()
    assert puzzle.solved, f"{example.name}: plan {[str(a) for a in plan]} did not solve it in real time"


@pytest.mark.parametrize(
    ("example", "missing"),
    [(e, who) for e in EXAMPLES for who in e.needs],
    ids=lambda v: v.name if isinstance(v, Example) else str(v),
)
def test_each_example_cannot_be_solved_without_the_protagonists_it_needs(
    example: Example, missing: str, graph_of: GraphOf
) -> None:
    party = tuple(n for n in example.party if n != missing)
    if not party:
        return  # nobody left: trivially unsolvable
    graph = graph_of(example, party)
    assert graph.exhausted, f"{example.name} without {missing}: search bound hit, nothing proved"
    assert not graph.goals, f"{example.name} was solved without {missing}: {shortest_plan(graph)}"


def test_the_vent_switch_needs_only_lila(graph_of: GraphOf) -> None:
    assert graph_of(VENT_TO_SWITCH, ("lila",)).goals


@pytest.mark.parametrize("example", EXAMPLES, ids=ids)
def test_no_reachable_state_of_an_example_is_a_dead_end_except_the_wrong_gate_trap(
    example: Example, graph_of: GraphOf
) -> None:
    graph = graph_of(example, example.party)
    stuck = dead_ends(graph)
    if example is TRACE_REWIRE:
        # Mara shut in behind the wrong gate with the junction turned away: only a reset helps.
        assert stuck and all(dict((n, c) for n, c, _ in s.members)["mara"] == (3, 4) for s in stuck)
    else:
        assert not stuck, f"{example.name}: {len(stuck)} dead ends, e.g. {stuck[0]}"


@pytest.mark.parametrize("example", EXAMPLES, ids=ids)
def test_reset_restores_the_start_exactly_from_dead_ends_and_random_reachable_states(
    example: Example, graph_of: GraphOf
) -> None:
    puzzle = example.build()
    start = puzzle.snapshot()
    graph = graph_of(example, example.party)
    states = list(graph.states.values())
    for snap in dead_ends(graph) + random.Random(7).sample(states, min(12, len(states))):
        puzzle.restore(snap)
        puzzle.reset()
        assert puzzle.snapshot().without_control() == start.without_control()
        assert puzzle.party.active.name == snap.active  # the player's choice stays


@pytest.mark.parametrize("example", EXAMPLES, ids=ids)
def test_replaying_the_same_plan_twice_gives_the_same_states(example: Example, graph_of: GraphOf) -> None:
    plan = shortest_plan(graph_of(example, example.party))
    assert replay(example.build(), plan) == replay(example.build(), plan)
