"""The four abilities and their limits (Trace, Sketch, Glow, Anchor, vents), reset, and the
determinism of real-time play."""

from __future__ import annotations

import random
import subprocess
import sys

import pytest

from game.world.commands import Interact, Walk
from game.world.geometry import Direction
from game.world.puzzle import abilities as ab
from game.world.puzzle.commands import Cycle, PuzzleCommand, ResetPuzzle, Sketch, SwapTo, ToggleFollow, ToggleLens
from game.world.puzzle.elements import Block, Crowd, Gate, Gaze, Lever, Plate
from game.world.puzzle.events import SketchGone
from game.world.puzzle.puzzle import Puzzle
from game.world.puzzle.runner import Runner
from game.world.puzzle.weight import Weight
from tests.test_puzzle_rules import act, cell_of, go, make, refused

D = Direction
LIFE = ab.steps_for(ab.SKETCH_LIFE_S)


# -- Sketch (Jonas) ----------------------------------------------------------------------------
@pytest.mark.parametrize(("who", "mark"), [("mara", "M"), ("lila", "L"), ("roe", "R")])
def test_roe_cannot_cross_a_plank_that_the_others_can(who: str, mark: str) -> None:
    puzzle, _ = make(f"#######\n#{mark}J__.#\n#######", (who, "jonas"))
    act(puzzle, "jonas", D.RIGHT, "plank")
    go(puzzle, who, D.RIGHT)  # trades places with Jonas, onto the plank's bank
    events = go(puzzle, who, D.RIGHT, D.RIGHT, D.RIGHT)
    if who == "roe":
        assert refused(events, "plank") and cell_of(puzzle, who) == (2, 1)
    else:
        assert cell_of(puzzle, who) == (5, 1)


def test_a_plank_spans_one_or_two_gap_cells_and_must_end_on_a_bank() -> None:
    for row, ok in (("#J_.#", True), ("#J__.#", True), ("#J___.#", False), ("#J__#", False), ("#J.#", False)):
        puzzle, _ = make(f"{'#' * len(row)}\n{row}\n{'#' * len(row)}", ("jonas",))
        events = act(puzzle, "jonas", D.RIGHT, "plank")
        assert bool(puzzle.sketches) == ok, row
        assert ok or refused(events, "no_gap")


OPEN = """
#######
#J....#
#.....#
#.....#
#######
"""


def test_jonas_keeps_at_most_two_sketches_and_only_jonas_sketches() -> None:
    puzzle, _ = make(OPEN.replace("#.....#\n#######", "#M....#\n#######"), ("mara", "jonas"))
    assert refused(act(puzzle, "mara", D.RIGHT, "crate"), "not_ability")
    act(puzzle, "jonas", D.RIGHT, "crate")
    act(puzzle, "jonas", D.DOWN, "crate")
    go(puzzle, "jonas")
    assert len(puzzle.sketches) == 2
    puzzle.party.member("jonas").actor.place((3, 2), D.DOWN)
    assert refused(act(puzzle, "jonas", D.DOWN, "crate"), "limit") and len(puzzle.sketches) == 2


def test_sketches_fade_after_their_time_unless_roe_pins_them() -> None:
    puzzle, _ = make(OPEN.replace("#J....#\n#.....#", "#J....#\n#..R..#"), ("jonas", "roe"))
    act(puzzle, "jonas", D.RIGHT, "crate")  # (2, 1): Roe at (3, 2) is not next to it
    puzzle.tick(LIFE - 2)
    assert len(puzzle.sketches) == 1
    events = puzzle.tick(1)
    assert not puzzle.sketches and any(isinstance(e, SketchGone) and e.why == "faded" for e in events)
    go(puzzle, "roe", D.LEFT)  # Roe to (2, 2)
    act(puzzle, "jonas", D.RIGHT, "crate")  # (2, 1): pinned by Roe
    puzzle.party.member("jonas").actor.place((4, 3), D.RIGHT)
    act(puzzle, "jonas", D.RIGHT, "crate")  # (5, 3): far from Roe
    puzzle.tick(5 * LIFE)
    assert [s.cells for s in puzzle.sketches] == [((2, 1),)], "the pinned crate stays, the other fades"
    go(puzzle, "roe", D.DOWN)  # Roe leaves: the crate fades a full life later
    puzzle.tick(LIFE - ab.steps_for(1 / 3.0) - 1)
    assert puzzle.sketches
    puzzle.tick(1)
    assert not puzzle.sketches


def test_a_plank_does_not_fade_under_someone_standing_on_it() -> None:
    puzzle, _ = make("#######\n#J__.R#\n#######", ("jonas", "roe"))
    act(puzzle, "jonas", D.RIGHT, "plank")
    go(puzzle, "jonas", D.RIGHT)
    puzzle.tick(3 * LIFE)
    assert puzzle.sketches and cell_of(puzzle, "jonas") == (2, 1)
    go(puzzle, "jonas", D.RIGHT, D.RIGHT)
    assert not puzzle.sketches and cell_of(puzzle, "jonas") == (4, 1)


def test_a_judging_gaze_dissolves_a_sketch_unless_roe_pins_it() -> None:
    text = "######\n#J...#\n#..R.#\n######"
    gaze = [Gaze(1, ((2, 1), (2, 2)))]
    puzzle, _ = make(text, ("jonas", "roe"), lambda m: list(gaze))
    events = act(puzzle, "jonas", D.RIGHT, "crate")
    assert not puzzle.sketches and any(isinstance(e, SketchGone) and e.why == "gaze" for e in events)
    go(puzzle, "roe", D.UP)  # (3, 1): next to (2, 1)
    act(puzzle, "jonas", D.RIGHT, "crate")
    puzzle.tick(2 * LIFE)
    assert len(puzzle.sketches) == 1


def test_a_crate_is_light_it_holds_a_light_plate_but_not_a_medium_one() -> None:
    puzzle, _ = make(
        "######\n#J...#\n#ab..#\n######",
        ("jonas",),
        lambda m: [Plate(1, m["a"], Weight.LIGHT), Plate(2, m["b"], Weight.MEDIUM)],
    )
    act(puzzle, "jonas", D.DOWN, "crate")
    assert puzzle.signals[1]
    go(puzzle, "jonas", D.RIGHT)
    act(puzzle, "jonas", D.DOWN, "crate")
    assert not puzzle.signals[2]


def test_mara_never_pushes_others_push_crates_and_light_blocks_and_only_roe_heavy_ones() -> None:
    puzzle, _ = make("#######\n#M....#\n#.J...#\n#######", ("mara", "jonas"))
    act(puzzle, "jonas", D.UP, "crate")  # on (2, 1)
    assert refused(go(puzzle, "mara", D.RIGHT), "no_push") and puzzle.sketches[0].cells == ((2, 1),)
    puzzle, _ = make("#######\n#J....#\n#.....#\n#######", ("jonas",))
    act(puzzle, "jonas", D.RIGHT, "crate")  # on (2, 1)
    go(puzzle, "jonas", D.RIGHT)
    assert cell_of(puzzle, "jonas") == (2, 1) and puzzle.sketches[0].cells == ((3, 1),)
    light = lambda m: [Block(1, m["B"][0], Weight.LIGHT)]  # noqa: E731
    puzzle, _ = make("#######\n#LB...#\n#######", ("lila",), light)
    go(puzzle, "lila", D.RIGHT)
    assert puzzle.blocks[1] == (3, 1), "Lila pushes a light block"
    puzzle, _ = make("#######\n#MB...#\n#R....#\n#######", ("mara", "roe"), lambda m: [Block(1, m["B"][0])])
    assert refused(go(puzzle, "mara", D.RIGHT), "no_push") and puzzle.blocks[1] == (2, 1)
    puzzle, _ = make("#######\n#JB...#\n#R....#\n#######", ("jonas", "roe"), lambda m: [Block(1, m["B"][0])])
    assert refused(go(puzzle, "jonas", D.RIGHT), "push") and puzzle.blocks[1] == (2, 1)
    go(puzzle, "jonas", D.DOWN)  # trades places with Roe
    go(puzzle, "roe", D.RIGHT)
    assert puzzle.blocks[1] == (3, 1) and cell_of(puzzle, "roe") == (2, 1)


def test_a_block_moves_only_into_a_free_cell() -> None:
    puzzle, _ = make("######\n#RBB.#\n######", ("roe",), lambda m: [Block(1, (2, 1)), Block(2, (3, 1))])
    assert refused(go(puzzle, "roe", D.RIGHT), "push")
    puzzle, _ = make("#####\n#RB_#\n#####", ("roe",), lambda m: [Block(1, (2, 1))])
    assert refused(go(puzzle, "roe", D.RIGHT), "push") and puzzle.blocks[1] == (2, 1)


def test_jonas_erases_a_sketch_he_faces() -> None:
    puzzle, _ = make(OPEN, ("jonas",))
    act(puzzle, "jonas", D.RIGHT, "crate")
    events = act(puzzle, "jonas", D.RIGHT, "interact")
    assert not puzzle.sketches and any(isinstance(e, SketchGone) and e.why == "erased" for e in events)


# -- Trace (Mara) ----------------------------------------------------------------------------
def test_hidden_trace_walkways_are_walkable_for_the_party_only_while_the_lens_is_on() -> None:
    puzzle, _ = make("#######\n#MJtt.#\n#######", ("mara", "jonas"))
    assert refused(go(puzzle, "jonas", D.RIGHT), "hidden")
    assert refused(act_lens(puzzle, "jonas"), "not_ability")
    act_lens(puzzle, "mara")
    go(puzzle, "jonas", D.RIGHT, D.RIGHT, D.RIGHT)
    assert cell_of(puzzle, "jonas") == (5, 1)


def act_lens(puzzle: Puzzle, who: str) -> list[object]:
    puzzle.swap_to(who)
    return list(puzzle.toggle_lens())


# -- Glow (Lila) -------------------------------------------------------------------------------
def test_nobody_steps_into_unlit_darkness() -> None:
    puzzle, _ = make("#######\n#Mdd..#\n#######", ("mara",))
    assert refused(go(puzzle, "mara", D.RIGHT), "dark") and cell_of(puzzle, "mara") == (1, 1)


def test_lilas_light_is_wide_with_a_companion_near_and_shrinks_when_she_is_alone() -> None:
    assert ab.light_radius((5, 5), [(5, 7)]) == ab.LIGHT_RADIUS_NEAR_TILES
    assert ab.light_radius((5, 5), [(5, 8)]) == ab.LIGHT_RADIUS_ALONE_TILES
    near = {"lila": (5, 5), "roe": (4, 5)}
    alone = {"lila": (5, 5), "roe": (1, 5)}
    assert ab.is_lit((7, 5), near) and not ab.is_lit((7, 5), alone) and ab.is_lit((6, 5), alone)


def test_lila_leads_a_companion_through_the_dark_but_will_not_go_on_into_it_alone() -> None:
    puzzle, _ = make("##########\n#RL.dddd.#\n##########", ("lila", "roe"))
    assert refused(go(puzzle, "lila", D.RIGHT, D.RIGHT), "alone"), "Roe is 3 away from the first dark cell"
    assert cell_of(puzzle, "lila") == (3, 1)
    go(puzzle, "roe", D.RIGHT)  # (2, 1): within 2 of (4, 1)
    go(puzzle, "lila", D.RIGHT)  # (4, 1), in the dark, her light wide
    go(puzzle, "roe", D.RIGHT)  # (3, 1), beside her
    assert cell_of(puzzle, "roe") == (3, 1)
    go(puzzle, "lila", D.RIGHT)  # (5, 1): Roe 2 away
    go(puzzle, "roe", D.RIGHT)  # (4, 1): dark, but inside Lila's wide light
    assert cell_of(puzzle, "roe") == (4, 1)
    assert refused(go(puzzle, "lila", D.RIGHT, D.RIGHT), "alone") and cell_of(puzzle, "lila") == (6, 1)


def test_lila_cannot_light_the_dark_from_afar() -> None:
    puzzle, _ = make("#########\n#R.dd..L#\n#########", ("lila", "roe"))
    assert refused(go(puzzle, "roe", D.RIGHT, D.RIGHT), "dark") and cell_of(puzzle, "roe") == (2, 1)


def test_glow_walkways_exist_only_inside_lilas_light() -> None:
    puzzle, _ = make("#########\n#L...Mgg#\n#########", ("mara", "lila"))
    assert refused(go(puzzle, "mara", D.RIGHT), "hidden")  # Lila is far away
    go(puzzle, "lila", D.RIGHT, D.RIGHT, D.RIGHT)  # (4, 1): next to Mara, her light is wide
    go(puzzle, "mara", D.RIGHT)
    assert cell_of(puzzle, "mara") == (6, 1)
    # One more step would take Mara 3 from Lila: no companion near, the light shrinks.
    assert refused(go(puzzle, "mara", D.RIGHT), "hidden") and cell_of(puzzle, "mara") == (6, 1)


# -- Anchor (Roe) and vents ------------------------------------------------------------------
def test_a_crowd_parts_only_while_roe_stands_near() -> None:
    puzzle, _ = make("##########\n#R....MCC.#\n##########", ("mara", "roe"), lambda m: [Crowd(1, m["C"], 2)])
    assert refused(go(puzzle, "mara", D.RIGHT), "crowd")
    go(puzzle, "roe", D.RIGHT, D.RIGHT, D.RIGHT, D.RIGHT)  # (5, 1): 2 from the crowd's first cell
    go(puzzle, "mara", D.RIGHT, D.RIGHT, D.RIGHT)
    assert cell_of(puzzle, "mara") == (9, 1)


@pytest.mark.parametrize("who", ["mara", "jonas", "lila", "roe"])
def test_only_lila_fits_through_vents(who: str) -> None:
    mark = {"mara": "M", "jonas": "J", "lila": "L", "roe": "R"}[who]
    puzzle, _ = make(f"######\n#{mark}vv.#\n######", (who,))
    go(puzzle, who, D.RIGHT, D.RIGHT, D.RIGHT)
    assert (cell_of(puzzle, who) == (4, 1)) == (who == "lila")


# -- reset and determinism ---------------------------------------------------------------------
def busy_room() -> Puzzle:
    puzzle, _ = make(
        """
        #########
        #MJLR...#
        #..B..l.#
        #.....P.#
        #########
        """,
        ("mara", "jonas", "lila", "roe"),
        lambda m: [Block(1, m["B"][0]), Lever(2, m["l"][0]), Plate(3, m["P"]), Gate(4, ((7, 3),), (2, 3))],
        area=frozenset((x, y) for x in range(6) for y in range(5)),
    )
    return puzzle


def random_commands(rng: random.Random, count: int) -> list[list[PuzzleCommand]]:
    choices: list[PuzzleCommand] = [
        *(Walk(d) for d in D),
        *(SwapTo(n) for n in ("mara", "jonas", "lila", "roe")),
        Cycle(1),
        Interact(),
        ToggleLens(),
        Sketch("crate"),
        Sketch("plank"),
        ToggleFollow(),
    ]
    return [[rng.choice(choices)] if rng.random() < 0.3 else [] for _ in range(count)]


def test_replaying_the_same_commands_twice_gives_the_same_states() -> None:
    commands = random_commands(random.Random(11), 900)
    runs = []
    for _ in range(2):
        runner = Runner(busy_room())
        runs.append([(runner.step(c), runner.puzzle.snapshot()) for c in commands])
    assert runs[0] == runs[1]
    assert len({snap for _, snap in runs[0]}) > 20, "the random play should do something"


def test_reset_puts_blocks_home_clears_sketches_and_returns_those_inside_to_the_entry() -> None:
    puzzle = busy_room()
    start = puzzle.snapshot()
    runner = Runner(puzzle)
    for c in random_commands(random.Random(5), 600):
        runner.step(c)
    runner.step([ResetPuzzle()])
    after = puzzle.snapshot()
    inside = {n: c for n, c, _ in after.members if c in puzzle.area}
    outside = {n: c for n, c, _ in after.members if c not in puzzle.area}
    assert after.blocks == start.blocks and after.sketches == () and after.levers == start.levers
    assert after.lens_on is False and after.gates == start.gates
    assert sorted(inside.values()) == sorted(puzzle.entry[: len(inside)]) or not inside
    assert all(c not in puzzle.area for c in outside.values())


def test_the_puzzle_package_does_not_import_pygame() -> None:
    code = (
        "import sys; import game.world.puzzle.solver, game.world.puzzle.runner, game.world.puzzle.grid; "
        "print('pygame' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_voice_keeps_lila_company_so_her_light_stays_wide_near_it() -> None:
    from game.world.puzzle.elements import Voice

    voices = [(5, 7)]
    assert ab.is_lit((7, 5), {"lila": (5, 5)}, voices=voices), "within 2 tiles of a voice: full light"
    assert not ab.is_lit((7, 5), {"lila": (5, 5)}, voices=[(5, 8)]), "out of its reach she is alone"
    # In play: alone her light is at her feet and she will not walk on into the dark; within
    # the voice's reach (o, two cells above the corridor) it is wide and she does.
    grid = "#########\n####o####\n#########\n#L..ddd.#\n#########"
    puzzle, marks = make(grid, ("lila",), lambda m: [Voice(7, m["o"][0])])
    go(puzzle, "lila", D.RIGHT)  # (2, 3): the voice at (4, 1) is 4 away, her light is small
    assert not puzzle.lit((4, 3))
    go(puzzle, "lila", D.RIGHT)  # (3, 3): the voice is 3 away, still alone
    assert not puzzle.lit((5, 3))
    go(puzzle, "lila", D.RIGHT)  # (4, 3): 2 below the voice: her light is wide
    assert puzzle.lit((6, 3)) and cell_of(puzzle, "lila") == (4, 3), "into the dark, within the voice's reach"
    assert refused(go(puzzle, "lila", D.RIGHT), "alone"), "beyond it, alone, she will not go on"
    assert cell_of(puzzle, "lila") == (4, 3)


def test_a_memory_is_there_from_the_start_fades_unless_roe_pins_it_and_a_reset_brings_it_back() -> None:
    from game.world.puzzle.elements import Memory

    grid = "#######\n#R.__.#\n#######"
    puzzle, marks = make(grid, ("roe",), lambda m: [Memory(5, "plank", ((3, 1), (4, 1)))])
    assert [(s.id, s.kind, s.cells) for s in puzzle.sketches] == [(-5, "plank", ((3, 1), (4, 1)))]
    go(puzzle, "roe", D.RIGHT)  # (2, 1): beside the plank, she pins it
    events = puzzle.tick(puzzle.sketch_life_steps + 10)
    assert puzzle.sketches and not [e for e in events if isinstance(e, SketchGone)], "pinned, it holds"
    # Roe is too heavy for planks: a memory is for others, or for holding while time passes.
    assert refused(go(puzzle, "roe", D.RIGHT), "plank")
    go(puzzle, "roe", D.LEFT)  # (1, 1): two away, no longer pinned
    gone = [e for e in puzzle.tick(puzzle.sketch_life_steps) if isinstance(e, SketchGone)]
    assert [(e.id, e.why) for e in gone] == [(-5, "faded")] and not puzzle.sketches
    puzzle.reset()
    assert [s.id for s in puzzle.sketches] == [-5], "a reset brings it back"


def test_memories_do_not_count_against_jonas_s_two_nor_can_he_erase_them() -> None:
    from game.world.puzzle.elements import Memory

    grid = "#########\n#J......#\n#.......#\n#########"
    puzzle, _ = make(grid, ("jonas",), lambda m: [Memory(9, "crate", ((2, 1),))])
    assert refused(act(puzzle, "jonas", D.RIGHT, "interact"), "nothing"), "a memory is not his to erase"
    from game.scenes.hud import ability_state

    assert ability_state(puzzle) == "0/2 drawn", "the HUD counts his drawings, not the map's memories"
    act(puzzle, "jonas", D.DOWN, "crate")
    puzzle.party.active.actor.place((4, 1), D.RIGHT)
    act(puzzle, "jonas", D.RIGHT, "crate")
    assert sum(1 for s in puzzle.sketches if s.id > 0) == 2 and len(puzzle.sketches) == 3, "two of his own"
    assert refused(act(puzzle, "jonas", D.DOWN, "crate"), "limit"), "and two is still his limit"


def test_a_memory_survives_a_save_and_a_made_up_one_is_refused() -> None:
    import json

    from game.world.jsonread import StateError
    from game.world.puzzle import state
    from game.world.puzzle.elements import Memory

    grid = "#######\n#R.__.#\n#######"
    puzzle, _ = make(grid, ("roe",), lambda m: [Memory(5, "plank", ((3, 1), (4, 1)))])
    saved = json.loads(json.dumps(state.to_json(puzzle.snapshot())))
    back = state.from_json(saved)
    puzzle.check_fits(back)
    assert back.sketches == puzzle.snapshot().sketches
    saved["sketches"][0]["id"] = -6
    with pytest.raises(ValueError, match="memory 6 this map does not have"):
        puzzle.check_fits(state.from_json(saved))
    saved["sketches"][0]["id"] = 0
    with pytest.raises(StateError, match="should not be 0"):
        state.from_json(saved)


def test_a_memory_waits_until_someone_comes_near_and_no_assist_keeps_it() -> None:
    from game.world.puzzle.assist import Assist
    from game.world.puzzle.elements import Memory

    grid = "##########\n#R......_#\n##########"
    puzzle, _ = make(grid, ("roe",), lambda m: [Memory(4, "plank", ((8, 1),))])
    puzzle.party.assist = Assist(lasting_sketches=True)  # Jonas's assist: not for memories
    puzzle.tick(puzzle.sketch_life_steps * 3)
    assert [s.id for s in puzzle.sketches] == [-4], "nobody within 3 tiles: it waits as it was"
    go(puzzle, "roe", D.RIGHT, D.RIGHT, D.RIGHT, D.RIGHT)  # (5, 1): 3 from it, watching, not beside
    gone = [e for e in puzzle.tick(puzzle.sketch_life_steps) if isinstance(e, SketchGone)]
    assert [(e.id, e.why) for e in gone] == [(-4, "faded")]
