"""Routes that start anywhere: a setup of `set`, `start` and `knot` lines opens a map at a
spawn with the story as given, so a designer can try one room in seconds; a misspelt name
fails on its own line with the nearest real one; and such a route replays exactly."""

from __future__ import annotations

import shutil
from pathlib import Path

import pygame
import pytest

from game.content.tiled import load_map
from game.tools.route import Runner, run_route

from .conftest import FIXTURES, MAPS_DIR, ROOT, start_game

CHAMBER_ROUTE = ROOT / "tests" / "routes" / "chamber_ledgers.route"


@pytest.fixture(autouse=True)
def _quit_pygame():
    yield
    pygame.quit()


def play(tmp_path: Path, text: str, seed: int = 1) -> tuple[bool, list[str], Path]:
    """Run a route written here; whether it held, what the runner said, and its file."""
    route = tmp_path / "try.route"
    route.write_text(text, encoding="utf-8")
    said: list[str] = []
    return run_route(str(route), said.append, seed=seed), said, route


def spawn_cell(map_name: str, spawn: str) -> tuple[int, int]:
    return load_map(str(MAPS_DIR / f"{map_name}.tmx")).data.spawns[spawn].cell


# -- starting anywhere -----------------------------------------------------------------------------
def test_a_route_starts_on_the_map_and_spawn_it_names_with_the_story_it_sets(tmp_path: Path) -> None:
    x, y = spawn_cell("chaos_chamber", "second_entry")
    ok, said, route = play(
        tmp_path,
        "set pod_hours 2\n"
        "start chaos_chamber second_entry\n"
        "set dreamt true\n"
        "expect map chaos_chamber\n"
        f"expect position {x} {y}\n"
        "expect pod_hours == 2 and dreamt and not merged\n",
    )
    assert ok, "\n".join(said)
    assert said[1] == f"{route}:2: ok   a new game on chaos_chamber at second_entry"
    assert said[-1].startswith(f"{route}: done after ")
    assert said[-1].endswith("story: pod_hours = 2, dreamt = true")


def test_start_without_a_spawn_arrives_at_start_like_the_games_map_option(tmp_path: Path) -> None:
    x, y = spawn_cell("mara_flat", "start")
    ok, said, _ = play(tmp_path, f"start mara_flat\nexpect map mara_flat\nexpect position {x} {y}\n")
    assert ok, "\n".join(said)


def guard_map(tmp_path: Path) -> Path:
    """The fixture room with a guard who is only there once `dreamt` holds (a character's
    condition is read when the map opens)."""
    maps = tmp_path / "maps"
    shutil.copytree(FIXTURES / "maps", maps)
    room = (maps / "room.tmx").read_text(encoding="utf-8")
    guard = (
        '  <object id="8" name="guard" type="npc" x="56" y="40"><properties>'
        '<property name="character" value="npc_townsfolk_a"/><property name="knot" value="corridor.neighbour"/>'
        '<property name="condition" value="dreamt"/></properties><point/></object>\n'
    )
    path = maps / "guard_room.tmx"
    at = room.rindex(" </objectgroup>")
    path.write_text(room[:at] + guard + room[at:], encoding="utf-8")
    return path


@pytest.mark.parametrize("dreamt", [True, False])
def test_a_set_after_start_is_in_the_story_before_the_map_opens(tmp_path: Path, dreamt: bool) -> None:
    app = start_game(tmp_path)
    runner = Runner(app)
    runner.run(1, ["start", str(guard_map(tmp_path)), "start"])
    if dreamt:
        runner.run(2, ["set", "dreamt", "true"])
    runner.finish()
    assert [npc.obj.name for npc in runner.explore().world.npcs] == (["guard"] if dreamt else [])


def test_a_set_before_new_game_is_in_that_new_games_story(tmp_path: Path) -> None:
    ok, said, route = play(tmp_path, "set pod_hours 3\nnew_game\nexpect pod_hours == 3\nexpect scene card\n")
    assert ok, "\n".join(said)
    assert said[1] == f"{route}:2: ok   new game with pod_hours = 3"


def test_a_knot_in_the_setup_plays_at_once_and_the_maps_own_arrival_after_it(tmp_path: Path) -> None:
    ok, said, route = play(
        tmp_path, "start chaos_chamber first_entry\nknot chamber.third\nexpect scene dialogue\nread\nread\n"
    )
    assert ok, "\n".join(said)
    assert said[3:5] == [f"{route}:4: ok   read 4 line(s)", f"{route}:5: ok   read 12 line(s)"]


def test_the_chamber_route_solves_the_ledgers_from_their_entrance() -> None:
    said: list[str] = []
    assert run_route(str(CHAMBER_ROUTE), said.append), "\n".join(said)
    assert any("solved 'ledgers'" in line for line in said)


# -- clear errors, by file and line, with the nearest name ------------------------------------------
START = "start chaos_chamber first_entry\n"
ERRORS = [
    (
        "start chaos_chamer first_entry\n",
        1,
        "no map 'chaos_chamer' (did you mean 'chaos_chamber'?)",
    ),
    (
        "start chaos_chamber frist_entry\n",
        1,
        "chaos_chamber has no spawn 'frist_entry' (did you mean 'first_entry'?); it has: ",
    ),
    ("set pod_hour 2\n" + START, 1, "no Ink variable pod_hour (did you mean 'pod_hours'?)"),
    (START + "set dreamt yes\n", 2, "dreamt holds true or false, not 'yes'"),
    (START + "set pod_hours many\n", 2, "pod_hours holds a number, not 'many'"),
    (
        START + "knot chamber.frist\n",
        2,
        "knot 'chamber.frist' is not a knot in the Ink story (did you mean 'chamber.first'?)",
    ),
    (START + "expect pod_hour == 0\n", 2, "expect names pod_hour (did you mean 'pod_hours'?), not Ink variables"),
    (START + "wlak_to first_entry\n", 2, "unknown step 'wlak_to' (did you mean 'walk_to'?)"),
    (
        START + "walk_to frist_entry\n",
        2,
        "no spawn or object 'frist_entry' on chaos_chamber (did you mean 'first_entry'?)",
    ),
    (START + "swap lial\n", 2, "no protagonist 'lial' (did you mean 'lila'?); one of mara, jonas, lila, roe"),
    (START + "solve ledger\n", 2, "no puzzle 'ledger' on chaos_chamber (did you mean 'ledgers'?)"),
    (START + "expect scene map\n", 2, "no scene 'map'"),
    (
        START + "read\nset merged true\n",
        3,
        "set belongs to the route's setup, before its first step of play (here play began on line 2 with read)",
    ),
    (START + "read\n" + START, 3, "start belongs to the route's setup"),
    ("set merged true\nread\n", 1, "set needs a start or a new_game to apply to (line 2 begins play with read)"),
    ("knot chamber.first\nread\n", 1, "knot plays on the map that start opens, and this route has no start"),
    (START + START, 2, "the route already starts on line 1"),
    (START + "new_game\n", 2, "the route already starts a new game on line 1 (start or new_game, not both)"),
]


@pytest.mark.parametrize(("text", "line", "message"), ERRORS, ids=[e[2][:40] for e in ERRORS])
def test_a_bad_setup_fails_on_its_line_naming_the_nearest_real_name(
    tmp_path: Path, text: str, line: int, message: str
) -> None:
    ok, said, route = play(tmp_path, text)
    assert not ok
    raw = text.splitlines()[line - 1]
    assert said[-1].startswith(f"{route}:{line}: FAIL {raw}: {message}"), said[-1]


# -- the same route, the same result ------------------------------------------------------------------
CROWD = "start civic_hall from_street\nread\nwalk_to roe\ninteract\nread\nwait 2\n"
"""The civic hall's citizens wander by the game's random numbers, and Mara walks around them."""


def test_a_route_starting_anywhere_replays_exactly_with_the_same_seed(tmp_path: Path) -> None:
    for text in (CHAMBER_ROUTE.read_text(encoding="utf-8"), CROWD):
        first = play(tmp_path, text)
        again = play(tmp_path, text)
        assert first[0], "\n".join(first[1])
        assert first[1] == again[1]  # every step's outcome, the steps taken, where all four stand


def test_the_seed_reaches_the_game_so_the_replay_check_means_something(tmp_path: Path) -> None:
    one, five = play(tmp_path, CROWD, seed=1), play(tmp_path, CROWD, seed=5)
    assert one[0] and five[0], "\n".join(one[1] + five[1])
    assert one[1][-1] != five[1][-1]  # the crowd wandered otherwise, and Mara's walk took other steps


def test_walk_to_an_object_on_a_floor_cell_arrives_on_it_and_stays(tmp_path: Path) -> None:
    ok, said, _ = play(tmp_path, "chapter lila_dream\nread\nwalk_to the_dark\nwalk_to the_dark\n")
    assert ok, "\n".join(said)
    assert said[2].endswith("ok   walked to 'the_dark' at (8, 5)") and said[3].endswith("at (8, 5)")
