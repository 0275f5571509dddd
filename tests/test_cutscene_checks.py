"""Scripted walks are checked before anyone plays them: the validator follows every knot a
map's objects start and reports a `move:` with no way to walk there, and a `move:` or
`place:` naming an actor or target the map does not have, by the map and the object.

The maps and the story are in tests/fixtures/cutscenes/ (the story compiled there with
`python -m game.tools.ink --story-dir tests/fixtures/cutscenes`): `walled_room` is a room
beside a walled-off closet, `gated_room` two rooms joined only by a puzzle gate.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from game.content.problems import Problem
from game.content.tiled import load_map
from game.story.catalogue import Catalogue, MapFacts
from game.story.cutscene_checks import cutscene_problems
from game.story.lint import lint_story
from game.tools import ink as ink_tool
from game.world.mapdata import MapData

from .conftest import FIXTURES, ROOT

CUTSCENES = FIXTURES / "cutscenes"
TILESETS = FIXTURES / "maps"
"""Where the fixture maps' tilesets live (a map may use files below the maps folder)."""
WALLED = CUTSCENES / "walled_room.tmx"
GATED = CUTSCENES / "gated_room.tmx"


def fixture_map(path: Path) -> MapData:
    return load_map(str(path), maps_dir=str(TILESETS)).data


@pytest.fixture(scope="module")
def story_root() -> Any:
    return json.loads((CUTSCENES / "cutscenes.json").read_text(encoding="utf-8"))["root"]


@pytest.fixture(scope="module")
def walled(story_root: Any) -> list[Problem]:
    return cutscene_problems(str(WALLED), fixture_map(WALLED), story_root)


def about(problems: list[Problem], label: str) -> list[str]:
    return [p.message for p in problems if p.where == label]


def compiled(knots: dict[str, list[Any]]) -> list[Any]:
    """A compiled story root holding `knots` (top-level containers), as inkjs writes one."""
    return [["done", None], "done", {**knots, "global decl": ["ev", "/ev", "end", None]}]


def tags(*raw: str) -> list[Any]:
    """Container items for tags on a line of their own, as inkjs compiles `# raw`."""
    return [item for tag in raw for item in ("#", f"^{tag}", "/#")]


def test_the_compiled_fixture_story_is_current() -> None:
    assert ink_tool.stale(CUTSCENES) == []


# -- move: is there a way? ------------------------------------------------------------------------
def test_a_walk_into_a_walled_off_room_is_reported_naming_the_map_the_object_and_the_knot(
    walled: list[Problem],
) -> None:
    assert (
        Problem(
            str(WALLED),
            "object 4 (intro)",
            "story knot 'walled.intro' walks roe to 'bench', but there is no way from (1, 1) or (2, 1)"
            " to (7, 2) on this map",
        )
        in walled
    )


def test_a_character_walking_within_its_own_room_is_not_reported(walled: list[Problem]) -> None:
    assert about(walled, "object 5 (keeper)") == []


def test_a_walk_in_a_knot_reached_by_a_divert_is_checked_from_the_object_that_started_it(
    walled: list[Problem],
) -> None:
    assert about(walled, "object 6 (note)") == [
        "story knot 'walled.note' (by way of 'far_away') walks player to 'bench', but there is no way"
        " from (1, 4) or (1, 5) or (2, 5) to (7, 2) on this map"
    ]


def test_a_walk_to_a_solid_object_ends_beside_it_and_needs_a_way_there(walled: list[Problem]) -> None:
    reach_shelf = about(walled, "object 10 (reach_shelf)")
    assert not any("to 'shelf'" in message for message in reach_shelf)  # beside the shelf is in the room
    assert reach_shelf[:2] == [
        "story knot 'walled.shelf' walks player to 'cabinet', but there is no way from (3, 1) to (8, 1) or beside it"
        " on this map",
        "story knot 'walled.shelf' walks player to 'vault', but nobody can stand on its cell (0, 0) or beside it",
    ]


def test_a_place_onto_a_cell_nobody_can_stand_on_is_reported(walled: list[Problem]) -> None:
    assert about(walled, "object 10 (reach_shelf)")[2].startswith(
        "story knot 'walled.shelf' places keeper at 'shelf', whose cell (4, 4) nobody can stand on"
    )


def test_a_walk_through_a_puzzle_gate_is_not_reported_whether_it_opens_is_decided_in_play(story_root: Any) -> None:
    data = fixture_map(GATED)
    assert cutscene_problems(str(GATED), data, story_root) == []
    gate = next(obj for obj in data.objects if obj.kind == "gate")
    drawn_shut = replace(data, solid=data.solid | set(gate.cells))  # a gate drawn with a solid tile: still a way
    assert cutscene_problems(str(GATED), drawn_shut, story_root) == []
    walled_up = replace(
        data, objects=tuple(obj for obj in data.objects if obj is not gate), solid=data.solid | set(gate.cells)
    )
    assert about(cutscene_problems(str(GATED), walled_up, story_root), "object 5 (step)") == [
        "story knot 'gated.step' walks player to 'far', but there is no way from (2, 5) to (7, 3) on this map"
    ]


# -- names -------------------------------------------------------------------------------------------
def test_an_unknown_actor_and_an_unknown_target_are_reported_with_a_did_you_mean(walled: list[Problem]) -> None:
    assert about(walled, "object 8 (typos)") == [
        "story knot 'walled.typos' walks 'keeprr', who is not on this map (did you mean 'keeper'?);"
        " an actor is player, mara, jonas, lila, roe or a character placed on the map",
        "story knot 'walled.typos' places mara at 'benchh', which is not a spawn or named object on this map"
        " (did you mean 'bench'?)",
    ]


def test_a_place_needs_no_way_there_and_a_walk_after_it_starts_where_it_put_the_actor(walled: list[Problem]) -> None:
    assert about(walled, "object 11 (cut)") == []


def test_the_walled_room_has_exactly_the_problems_its_story_means_to_have(walled: list[Problem]) -> None:
    assert sorted({p.where for p in walled}) == [
        "object 10 (reach_shelf)",
        "object 4 (intro)",
        "object 6 (note)",
        "object 8 (typos)",
    ]
    assert len(walled) == 7


def test_on_a_party_map_a_protagonist_must_be_in_its_party() -> None:
    root = compiled({"gated": [{"step": [*tags("move: roe far", "move: jonas far"), "done", None]}]})
    assert about(cutscene_problems(str(GATED), fixture_map(GATED), root), "object 5 (step)") == [
        "story knot 'gated.step' walks 'jonas', who is not on this map; an actor is player, one of this map's"
        " party (mara, roe) or a character on it"
    ]


def test_the_story_lint_checks_the_names_a_place_uses() -> None:
    root = compiled({"flat": [*tags("place: marra window", "place: mara windw"), "done", None]})
    facts = MapFacts("mara_flat", "maps/mara_flat.tmx", places=frozenset({"window"}), knots=frozenset({"flat"}))
    messages = [p.message for p in lint_story(root, Catalogue(maps={"mara_flat": facts}), "x.json")]
    assert messages == [
        "tag '# place: marra window': no actor 'marra' on map 'mara_flat' (did you mean 'mara'?);"
        " an actor is player, mara, jonas, lila, roe or a character placed on the map",
        "tag '# place: mara windw': no spawn or named object 'windw' on map 'mara_flat' (did you mean 'window'?)",
    ]


# -- following the story -----------------------------------------------------------------------------
def test_what_follows_a_warp_plays_on_another_map_and_is_not_checked_here() -> None:
    data = fixture_map(WALLED)
    root = compiled({"walled": [{"intro": [*tags("warp: elsewhere start", "move: player nowhere"), "done", None]}]})
    assert cutscene_problems(str(WALLED), data, root) == []
    root = compiled({"walled": [{"intro": [*tags("move: player nowhere"), "done", None]}]})
    assert about(cutscene_problems(str(WALLED), data, root), "object 4 (intro)")


def test_diverts_tunnels_and_loops_are_followed_and_each_knot_is_read_once() -> None:
    data = fixture_map(WALLED)
    root = compiled(
        {
            "walled": [{"intro": [{"->t->": "side"}, {"->": "loop"}, "done", None]}],
            "side": [*tags("move: player bench"), "->->", None],
            "loop": [*tags("move: player closet_corner"), {"->": "walled.intro"}, {"->": ".^"}, None],
        }
    )
    assert about(cutscene_problems(str(WALLED), data, root), "object 4 (intro)") == [
        "story knot 'walled.intro' (by way of 'side') walks player to 'bench', but there is no way from"
        " (1, 1) or (2, 1) to (7, 2) on this map",
        "story knot 'walled.intro' (by way of 'loop') walks player to 'closet_corner', but there is no way from"
        " (1, 1) or (2, 1) to (8, 5) on this map",
    ]


def test_a_knot_the_story_does_not_have_is_left_to_the_knot_check() -> None:
    assert cutscene_problems(str(WALLED), fixture_map(WALLED), compiled({})) == []


# -- the validator -----------------------------------------------------------------------------------
def validate(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "game.tools.validate", *args], capture_output=True, text=True, cwd=ROOT, check=False
    )


def test_the_validator_reports_a_walk_with_no_way_and_exits_1() -> None:
    result = validate(
        "tests/fixtures/cutscenes/walled_room.tmx",
        "tests/fixtures/cutscenes/gated_room.tmx",
        "--story",
        "tests/fixtures/cutscenes/cutscenes.json",
        "--maps-dir",
        "tests/fixtures/maps",
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert (
        "tests/fixtures/cutscenes/walled_room.tmx: object 4 (intro): story knot 'walled.intro' walks roe to 'bench',"
        " but there is no way from (1, 1) or (2, 1) to (7, 2) on this map"
    ) in result.stdout.splitlines()
    assert "gated_room.tmx: object" not in result.stdout


def test_hide_and_show_must_name_someone_on_the_map() -> None:
    root = compiled({"gated": [{"step": [*tags("hide: roe", "hide: jonas", "show: lila"), "done", None]}]})
    assert about(cutscene_problems(str(GATED), fixture_map(GATED), root), "object 5 (step)") == [
        "story knot 'gated.step' hides 'jonas', who is not on this map",
        "story knot 'gated.step' shows 'lila', who is not on this map",
    ]
