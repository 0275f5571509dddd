"""Puzzle rules one at a time: the party, the signal elements and the four abilities, each
with its limits. Small maps are drawn as text (see game/world/puzzle/grid.py)."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from game.world.commands import Walk
from game.world.geometry import Direction
from game.world.puzzle import abilities as ab
from game.world.puzzle.commands import Cycle, SwapTo, ToggleFollow, ToggleLens
from game.world.puzzle.elements import AllOf, Block, Element, Gate, Junction, Lever, Plate, Zone
from game.world.puzzle.events import GateChanged, Refused, Solved, TradedPlaces
from game.world.puzzle.grid import parse_grid
from game.world.puzzle.party import PROFILES, Party
from game.world.puzzle.puzzle import Puzzle
from game.world.puzzle.runner import TURN_HOLD_STEPS, Runner
from game.world.puzzle.signals import Circuit
from game.world.puzzle.weight import Weight

D = Direction
Marks = dict[str, tuple[tuple[int, int], ...]]
ENTRY = {"mara": "M", "jonas": "J", "lila": "L", "roe": "R"}


def make(
    text: str,
    names: tuple[str, ...],
    elements: Callable[[Marks], list[Element]] = lambda m: [],
    solved_by: int | None = None,
    **kw: object,
) -> tuple[Puzzle, Marks]:
    """A puzzle on a text map; protagonists start on their letter (M, J, L, R). Without a
    `solved_by`, a never-pressed zone off the map's corner stands in."""
    data, marks = parse_grid(text)
    entry = tuple(marks[ENTRY[n]][0] for n in sorted(names, key=list(ENTRY).index))
    placed = elements(marks)
    if solved_by is None:
        placed.append(Zone(999, ((-1, -1),)))
        solved_by = 999
    party = Party.at_entry(names, entry, D.RIGHT)
    puzzle = Puzzle("test", data, placed, party, solved_by=solved_by, entry=entry, entry_facing=D.RIGHT, **kw)  # type: ignore[arg-type]
    return puzzle, marks


def go(puzzle: Puzzle, who: str, *moves: Direction) -> list[object]:
    """Walk `who` cell by cell, each step at once, letting the walk's time pass."""
    events: list[object] = list(puzzle.swap_to(who))
    for direction in moves:
        member = puzzle.party.active
        speed = puzzle.party.speed_of(member)
        events += puzzle.walk(direction)
        for m in puzzle.party:
            m.actor.place(m.cell, m.actor.facing)
        events += puzzle.tick(ab.steps_for(1 / speed))
    return events


def act(puzzle: Puzzle, who: str, direction: Direction, what: str) -> list[object]:
    puzzle.swap_to(who)
    puzzle.turn(direction)
    events: list[object] = list(puzzle.interact() if what == "interact" else puzzle.sketch(what))
    return events + list(puzzle.tick(1))


def refused(events: list[object], reason: str) -> bool:
    return any(isinstance(e, Refused) and e.reason == reason for e in events)


def cell_of(puzzle: Puzzle, who: str) -> tuple[int, int]:
    return puzzle.party.member(who).cell


CORRIDOR = """
#########
#MJLR...#
#########
"""


# -- the party ---------------------------------------------------------------------------------
def test_the_four_have_the_designs_weights_and_limits() -> None:
    by_name = {p.name: p for p in PROFILES}
    assert [by_name[n].weight for n in ("mara", "jonas", "lila", "roe")] == [
        Weight.MEDIUM,
        Weight.MEDIUM,
        Weight.LIGHT,
        Weight.HEAVY,
    ]
    assert [n for n, p in by_name.items() if p.fits_vents] == ["lila"]
    assert [n for n, p in by_name.items() if not p.crosses_planks] == ["roe"]
    assert [n for n, p in by_name.items() if p.pushes_heavy] == ["roe"]


def steps_to_cross_one_cell(runner: Runner, who: str, direction: Direction) -> int:
    runner.step([SwapTo(who)])
    runner.puzzle.turn(direction)  # facing the way already: the walk starts at once
    member = runner.puzzle.party.member(who)
    start = member.cell
    steps = 0
    runner.step([Walk(direction)])
    steps += 1
    while member.actor.moving:
        runner.step()
        steps += 1
    assert member.cell != start
    return steps


def test_roe_walks_slower_and_mara_slows_down_with_her_lens_on() -> None:
    puzzle, _ = make("#######\n#.M.R.#\n#######", ("mara", "roe"))
    runner = Runner(puzzle)
    mara_plain = steps_to_cross_one_cell(runner, "mara", D.RIGHT)
    roe = steps_to_cross_one_cell(runner, "roe", D.RIGHT)
    runner.step([SwapTo("mara"), ToggleLens()])
    mara_lens = steps_to_cross_one_cell(runner, "mara", D.LEFT)
    assert mara_plain == 15 and roe == 20 and mara_lens == 30


def test_swap_by_name_and_next_and_previous_wrap_in_party_order() -> None:
    puzzle, _ = make(CORRIDOR, ("roe", "lila", "mara"))
    runner = Runner(puzzle)
    assert puzzle.party.active.name == "mara"
    runner.step([Cycle(1)])
    assert puzzle.party.active.name == "lila"
    runner.step([Cycle(1)])
    runner.step([Cycle(1)])
    assert puzzle.party.active.name == "mara"
    runner.step([Cycle(-1)])
    assert puzzle.party.active.name == "roe"
    assert runner.step([SwapTo("jonas")]) == [] and puzzle.party.active.name == "roe"
    runner.step([SwapTo("lila")])
    assert puzzle.party.active.name == "lila"


def test_idle_characters_stay_where_they_were_left_and_keep_holding_plates() -> None:
    puzzle, _ = make(
        "########\n#M..R..#\n####H###\n########",
        ("mara", "roe"),
        lambda m: [Plate(1, m["H"], Weight.HEAVY), Gate(2, ((6, 1),), (1,))],
    )
    go(puzzle, "roe", D.DOWN)
    assert puzzle.gates[2]
    go(puzzle, "mara", D.RIGHT, D.RIGHT)
    assert cell_of(puzzle, "roe") == (4, 2) and puzzle.gates[2] and puzzle.signals[1]


def test_follow_makes_the_others_step_into_the_cells_their_leader_left() -> None:
    puzzle, _ = make("##########\n#RLJM....#\n##########", ("mara", "jonas", "lila", "roe"))
    runner = Runner(puzzle)
    runner.step([ToggleFollow()])
    for _ in range(60):
        runner.step([Walk(D.RIGHT)])
    while any(m.actor.moving for m in puzzle.party):
        runner.step()
    cells = [cell_of(puzzle, n) for n in ("mara", "jonas", "lila", "roe")]
    assert cells == [(8, 1), (7, 1), (6, 1), (5, 1)]
    runner.step([ToggleFollow(), SwapTo("roe")])
    for _ in range(45 + TURN_HOLD_STEPS - 1):  # she turns first: she faced right
        runner.step([Walk(D.LEFT)])
    assert [cell_of(puzzle, n) for n in ("mara", "jonas", "lila", "roe")] == [(8, 1), (7, 1), (6, 1), (2, 1)]


def test_walking_into_an_idle_companion_trades_places() -> None:
    puzzle, _ = make(CORRIDOR, ("mara", "jonas"))
    events = go(puzzle, "mara", D.RIGHT)
    assert any(isinstance(e, TradedPlaces) for e in events)
    assert cell_of(puzzle, "mara") == (2, 1) and cell_of(puzzle, "jonas") == (1, 1)


def test_nobody_trades_places_onto_a_cell_they_may_not_enter() -> None:
    puzzle, _ = make("#####\n#RLv#\n#####", ("lila", "roe"))
    go(puzzle, "lila", D.RIGHT)
    assert refused(go(puzzle, "roe", D.RIGHT, D.RIGHT), "blocked")
    assert cell_of(puzzle, "roe") == (2, 1) and cell_of(puzzle, "lila") == (3, 1)


# -- signals -----------------------------------------------------------------------------------
PLATES = """
#######
#MLR..#
#abc..#
#######
"""


@pytest.mark.parametrize(
    ("who", "pressed"),
    [("lila", {1}), ("mara", {1, 2}), ("roe", {1, 2, 3})],
)
def test_plates_need_their_minimum_weight(who: str, pressed: set[int]) -> None:
    puzzle, _ = make(
        PLATES.replace("M", "." if who != "mara" else "M"),
        (who,),
        lambda m: [Plate(1, m["a"], Weight.LIGHT), Plate(2, m["b"], Weight.MEDIUM), Plate(3, m["c"], Weight.HEAVY)],
    )
    start = cell_of(puzzle, who)
    for plate_x in (1, 2, 3):
        puzzle.restore(puzzle.start)
        puzzle.party.member(who).actor.place((plate_x, 2), D.DOWN)
        puzzle.tick()
        assert puzzle.signals[plate_x] == (plate_x in pressed)
    assert start in {(1, 1), (2, 1), (3, 1)}


def test_weights_on_a_plate_add_up_two_medium_make_a_heavy() -> None:
    puzzle, _ = make("######\n#MJ..#\n#HH..#\n######", ("mara", "jonas"), lambda m: [Plate(1, m["H"], Weight.HEAVY)])
    go(puzzle, "mara", D.DOWN)
    assert not puzzle.signals[1]
    go(puzzle, "jonas", D.DOWN)
    assert puzzle.signals[1]


def test_a_gate_never_closes_on_anyone_standing_in_it() -> None:
    puzzle, _ = make(
        "#######\n#ML|..#\n#######",
        ("mara", "lila"),
        lambda m: [Lever(1, (1, 2), start_on=True), Gate(2, m["|"], (1,))],
    )
    go(puzzle, "lila", D.RIGHT)  # into the open gate
    act(puzzle, "mara", D.DOWN, "interact")  # lever off
    assert puzzle.gates[2], "closed on Lila"
    events = go(puzzle, "lila", D.RIGHT)
    assert GateChanged(2, False) in events and not puzzle.gates[2]


def test_a_lever_flips_on_interact_and_drives_its_gate() -> None:
    puzzle, _ = make("#####\n#M|.#\n#####", ("mara",), lambda m: [Lever(1, (1, 2)), Gate(2, m["|"], (1,))])
    assert refused(go(puzzle, "mara", D.RIGHT), "blocked")
    act(puzzle, "mara", D.DOWN, "interact")
    assert puzzle.levers[1] and puzzle.gates[2]
    go(puzzle, "mara", D.RIGHT, D.RIGHT)
    assert cell_of(puzzle, "mara") == (3, 1)


def junction_room(names: tuple[str, ...]) -> Puzzle:
    puzzle, _ = make(
        "######\n#MRX.#\n#AB..#\n######",
        names,
        lambda m: [
            Lever(1, (1, 0), start_on=True),
            Junction(2, m["X"][0], (1,), (3, 4)),
            Gate(3, m["A"]),
            Gate(4, m["B"]),
        ],
    )
    return puzzle


def test_only_mara_with_her_lens_rotates_a_junction_which_feeds_one_output() -> None:
    puzzle = junction_room(("mara", "roe"))
    assert puzzle.gates == {3: True, 4: False}
    assert refused(act(puzzle, "roe", D.RIGHT, "interact"), "not_ability")
    go(puzzle, "roe", D.DOWN)  # out of Mara's way
    go(puzzle, "mara", D.RIGHT)
    assert refused(act(puzzle, "mara", D.RIGHT, "interact"), "not_ability")
    puzzle.toggle_lens()
    act(puzzle, "mara", D.RIGHT, "interact")
    assert puzzle.rotations[2] == 1
    go(puzzle, "roe", D.RIGHT)  # off gate B's cell... Roe stood in B, so it stayed open for her
    assert puzzle.gates == {3: False, 4: True}


def test_all_of_needs_every_input_in_the_same_step() -> None:
    puzzle, _ = make(
        "#####\n#MJ.#\n#ab.#\n#####",
        ("mara", "jonas"),
        lambda m: [Plate(1, m["a"]), Plate(2, m["b"]), AllOf(3, (1, 2))],
        solved_by=3,
    )
    go(puzzle, "mara", D.DOWN)
    go(puzzle, "mara", D.UP)
    events = go(puzzle, "jonas", D.DOWN)
    assert not puzzle.solved and not puzzle.signals[3]
    events = go(puzzle, "mara", D.DOWN)
    assert Solved("test") in events and puzzle.signals[3]


def test_bad_links_and_signal_loops_are_rejected() -> None:
    with pytest.raises(ValueError, match="reads 9"):
        Circuit([Gate(1, ((0, 0),), (9,))])
    with pytest.raises(ValueError, match="loop"):
        Circuit([AllOf(1, (2,)), AnyOf_(2, (1,))])
    with pytest.raises(ValueError, match="share id"):
        Circuit([Plate(1, ((0, 0),)), Plate(1, ((1, 0),))])
    with pytest.raises(ValueError, match="takes no signal"):
        Circuit([Plate(1, ((0, 0),)), Junction(2, (1, 1), (1,), (1,))])


def AnyOf_(i: int, inputs: tuple[int, ...]) -> Element:  # noqa: N802
    from game.world.puzzle.elements import AnyOf

    return AnyOf(i, inputs)


def test_the_circuit_evaluates_in_a_fixed_order_whatever_the_element_order() -> None:
    elements: list[Element] = [
        Plate(5, ((0, 0),)),
        Lever(1, (1, 0)),
        AllOf(7, (5, 1)),
        Gate(3, ((2, 0),), (7,)),
    ]
    orders = {Circuit(list(p)).order for p in (elements, elements[::-1], random.Random(3).sample(elements, 4))}
    assert len(orders) == 1
    assert Circuit(elements).evaluate({5: True}, {1: True}, {}) == {1: True, 5: True, 7: True, 3: True}


def test_a_heavy_block_pushed_by_roe_onto_a_heavy_plate_holds_it() -> None:
    puzzle, _ = make(
        "#######\n#RB.H.#\n#######", ("roe",), lambda m: [Block(1, m["B"][0]), Plate(2, m["H"], Weight.HEAVY)]
    )
    go(puzzle, "roe", D.RIGHT, D.RIGHT)
    assert puzzle.blocks[1] == (4, 1) and puzzle.signals[2]
    go(puzzle, "roe", D.LEFT)
    assert puzzle.signals[2]
