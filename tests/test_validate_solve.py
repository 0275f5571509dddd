"""`python -m game.tools.validate --solve`: every puzzle on every map is searched by the
solver with the protagonists it is meant for and reported honestly (solved in N moves, no
solution, or gave up after N states), with who it needs, its dead ends, and a goal that is
on before anyone moves. The content tests ask it of every map under maps/, so no
hand-written list of puzzles can go stale."""

from __future__ import annotations

import functools
import os
from dataclasses import replace

import pytest

from game.content.tiled import load_map
from game.tools.validate import main, solve_maps
from game.world.geometry import Direction
from game.world.mapdata import MapData, MapObject
from game.world.puzzle.elements import AllOf, Block, Element, Lever, Plate, Zone
from game.world.puzzle.grid import parse_grid
from game.world.puzzle.proof import Proof, prove
from game.world.puzzle.spec import PuzzleSpec, Section
from game.world.puzzle.weight import Weight

from .conftest import MAPS_DIR, ROOT, party_maps
from .test_solver_speed_safety import SEARCHED


# -- every map of the game ---------------------------------------------------------------------------
@functools.cache
def report_of(name: str) -> tuple[tuple[str, ...], tuple[str, ...], int, MapData]:
    """The solver's report on one map under maps/ (searched once per test process): its
    lines, its problems, how many puzzles it proved, and the map."""
    path = str(MAPS_DIR / f"{name}.tmx")
    data = load_map(path).data
    said: list[str] = []
    problems, proved = solve_maps([path], {os.path.realpath(path): data}, max_states=60_000, out=said.append)
    return tuple(said), tuple(str(p) for p in problems), proved, data


def test_the_game_has_puzzles_for_the_solver_to_prove() -> None:
    assert sum(bool(report_of(name)[0]) for name in ("chaos_chamber", "threshold", "samples/first_room")) == 3
    assert len(party_maps()) >= 10


@pytest.mark.parametrize("name", party_maps())
def test_every_puzzle_on_every_map_is_proved_solvable_with_no_dead_ends(name: str) -> None:
    said, problems, proved, data = report_of(name)
    assert data.puzzle is not None  # a party; a map (the hub) may have no puzzle sections
    assert problems == ()
    assert proved == len(data.puzzle.sections)
    for section in data.puzzle.sections:
        line = next((text for text in said if f": {section.label}: solved in " in text), None)
        assert line is not None, f"{data.name}: {section.name} missing from the report: {said}"
        assert "no dead ends" in line
        # As many states and as long a plan as before the search was made faster (issue 18).
        _, moves, states = SEARCHED[f"{data.name}/{section.name}"]
        assert f"solved in {moves} moves " in line and f"({states} states searched)" in line, line


def test_each_chamber_puzzle_needs_exactly_the_protagonists_its_party_names() -> None:
    said, _, _, _ = report_of("chaos_chamber")
    wanted = {
        "ledgers": "by mara and lila",
        "gallery": "by jonas and roe",
        "threshold": "by mara, jonas, lila and roe",
    }
    for name, who in wanted.items():
        line = next(text for text in said if f"({name}): solved in" in text)
        assert who in line and f"needs {who.removeprefix('by ')}" in line, line


def test_the_report_says_who_solved_what_in_how_many_moves() -> None:
    said, _, _, _ = report_of("chaos_chamber")
    assert any("chaos_chamber.tmx: object 13 (ledgers): solved in 24 moves by mara and lila" in line for line in said)


def test_the_command_line_solves_the_maps_it_is_given_and_says_how_many_puzzles(capsys) -> None:
    assert main(["--solve", "dream_mara_2"]) == 0
    out = capsys.readouterr().out
    assert out.strip().splitlines()[-1] == "1 map(s) OK, 1 puzzle(s) proved solvable"
    assert "dream_mara_2.tmx: " in out and ": solved in " in out


def test_a_search_that_gives_up_says_so_and_never_claims_there_is_no_way(capsys) -> None:
    assert main(["--solve", "dream_mara_2", "--max-states", "100"]) == 1
    captured = capsys.readouterr()
    assert "object 15 (switchboard): gave up after 100 states without a solution (nothing proved;" in captured.out
    assert "no solution" not in captured.out
    assert "1 problem(s) in 1 map(s)" in captured.err


def test_a_map_with_problems_is_reported_not_searched(tmp_path, capsys) -> None:
    (tmp_path / "maps").mkdir()
    (tmp_path / "assets").symlink_to(ROOT / "assets")
    (tmp_path / "maps" / "templates").symlink_to(MAPS_DIR / "templates")
    broken = tmp_path / "maps" / "chaos_chamber.tmx"
    text = (MAPS_DIR / "chaos_chamber.tmx").read_text(encoding="utf-8")
    broken.write_text(text.replace('value="mara,lila"', 'value="mara,lila,jnoas"'), encoding="utf-8")
    assert main(["--solve", str(broken), "--maps-dir", str(MAPS_DIR)]) == 1
    out = capsys.readouterr().out
    assert "object 13 (ledgers): property 'party' names jnoas, not of the map's party" in out
    assert "solved in" not in out


# -- what the proof says, on rooms drawn as text -----------------------------------------------------
def room(text: str, party: tuple[str, ...], elements: list[Element], solved_by: int, meant: tuple[str, ...] = ()):
    """A one-puzzle map drawn in `text`: S is the entry, the puzzle covers every floor cell."""
    data, marks = parse_grid(text, "room")
    spawn = MapObject(1, "spawn", "start", marks["S"], {"facing": "right"})
    floor = frozenset((x, y) for x in range(data.width) for y in range(data.height) if (x, y) not in data.solid)
    section = Section("room", floor, marks["S"][0], solved_by, Direction.RIGHT, "object 9 (room)", meant)
    spec = PuzzleSpec(party, tuple(elements), (section,))
    built = MapData.build("room", data.width, data.height, solid=data.solid, objects=[spawn], terrain=data.terrain)
    return replace(built, puzzle=spec), spec, section, marks


def proof_of(text: str, party: tuple[str, ...], make, meant: tuple[str, ...] = (), max_states: int = 5000) -> Proof:
    data, marks = parse_grid(text, "room")
    elements, solved_by = make(marks)
    data, spec, section, _ = room(text, party, elements, solved_by, meant)
    return prove(data, spec, section, max_states)


LEVER_ROOM = """
#######
#S..L.#
#######
"""


def test_a_lever_room_is_solved_in_the_fewest_moves_with_no_dead_ends() -> None:
    proof = proof_of(LEVER_ROOM, ("mara",), lambda m: ([Lever(10, m["L"][0])], 10))
    assert proof.solved and proof.exhausted
    assert [str(a) for a in proof.plan or ()] == ["mara move right", "mara move right", "mara interact right"]
    assert proof.real_time_ok is True
    assert proof.problems() == []
    assert proof.summary().startswith("solved in 3 moves by mara (")
    assert proof.summary().endswith("; no dead ends")


def test_a_lever_behind_a_wall_has_no_solution_after_every_state_was_searched() -> None:
    walled = LEVER_ROOM.replace("#S..L.#", "#S.#L.#")
    proof = proof_of(walled, ("mara",), lambda m: ([Lever(10, m["L"][0])], 10))
    assert proof.exhausted and not proof.solved
    assert proof.problems() == [f"no solution: none of the {proof.states} states mara can reach solves it"]


def test_a_goal_that_is_on_at_the_entry_is_a_problem() -> None:
    proof = proof_of(LEVER_ROOM, ("mara",), lambda m: ([Zone(10, m["S"])], 10))
    assert proof.plan == ()
    assert proof.problems() == ["is solved before anyone moves: its solved_by signal is on at the entry"]


BLOCK_ROOM = """
#######
#.....#
#S.B.P#
#Z....#
#######
"""
"""Roe pushes the heavy block right onto the plate P, then stands on Z. A block pushed into
the top or bottom row can never leave it (the wall leaves no room to push it back)."""


def block_room(marks):
    elements = [Block(10, marks["B"][0], Weight.HEAVY), Plate(11, marks["P"], Weight.HEAVY), Zone(12, marks["Z"])]
    return [*elements, AllOf(13, (11, 12))], 13


def test_dead_ends_are_counted_and_the_nearest_one_is_spelt_out() -> None:
    proof = proof_of(BLOCK_ROOM, ("roe",), block_room)
    assert proof.solved and proof.exhausted
    assert proof.dead_end_count > 0
    assert "no dead ends" not in proof.summary()
    [problem] = proof.problems()
    assert problem.startswith(f"has {proof.dead_end_count} dead end(s), states from which only a reset (R) leads")
    assert "the nearest: after roe move" in problem


def test_who_a_puzzle_needs_is_reported_and_a_named_protagonist_it_does_not_need_is_a_problem() -> None:
    lever = lambda m: ([Lever(10, m["L"][0])], 10)  # noqa: E731
    open_party = proof_of(LEVER_ROOM, ("mara", "roe"), lever)
    assert "solvable without mara and roe" in open_party.summary()
    assert open_party.problems() == []  # the map's party, not a claim: only reported
    claimed = proof_of(LEVER_ROOM, ("mara", "roe"), lever, meant=("mara", "roe"))
    assert claimed.problems() == [
        "can be solved without mara, whom its 'party' names: take them out of it, or make the puzzle need them",
        "can be solved without roe, whom its 'party' names: take them out of it, or make the puzzle need them",
    ]


def test_a_puzzle_is_searched_with_its_own_party_not_the_whole_map() -> None:
    proof = proof_of(LEVER_ROOM, ("mara", "jonas", "lila", "roe"), lambda m: ([Lever(10, m["L"][0])], 10), ("lila",))
    assert proof.party == ("lila",)
    assert {a.who for a in proof.plan or ()} == {"lila"}


# -- the README's "Your first room" --------------------------------------------------------------------
FIRST_ROOM = MAPS_DIR / "samples" / "first_room.tmx"


def test_the_first_room_of_the_readme_is_proved_as_the_readme_says(capsys) -> None:
    assert main(["--solve", str(FIRST_ROOM)]) == 0
    out = capsys.readouterr().out
    assert "solved in 14 moves by mara and roe" in out
    assert "needs mara and roe; no dead ends" in out
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "`solved in 14 moves by mara\n   and roe; needs mara and roe; no dead ends`" in readme


def first_room_variant(tmp_path, old: str, new: str):
    text = FIRST_ROOM.read_text(encoding="utf-8")
    assert old in text
    (tmp_path / "maps" / "samples").mkdir(parents=True)
    (tmp_path / "assets").symlink_to(ROOT / "assets")
    (tmp_path / "maps" / "templates").symlink_to(MAPS_DIR / "templates")
    variant = tmp_path / "maps" / "samples" / "first_room.tmx"
    variant.write_text(text.replace(old, new), encoding="utf-8")
    return str(variant)


def test_the_first_room_with_its_lever_on_roes_side_needs_neither_and_says_so(tmp_path, capsys) -> None:
    variant = first_room_variant(tmp_path, 'name="lever" x="176" y="64"', 'name="lever" x="64" y="96"')
    assert main(["--solve", variant, "--maps-dir", str(MAPS_DIR)]) == 1
    out = capsys.readouterr().out
    assert "can be solved without mara, whom its 'party' names" in out
    assert "can be solved without roe, whom its 'party' names" in out


def test_the_first_room_with_a_gate_without_input_names_the_gate(tmp_path, capsys) -> None:
    variant = first_room_variant(tmp_path, '<property name="input" type="object" value="2"/>', "")
    assert main(["--solve", variant, "--maps-dir", str(MAPS_DIR)]) == 1
    out = capsys.readouterr().out
    assert "object 3 (gate): needs property 'input' set" in out
    assert "solved in" not in out
