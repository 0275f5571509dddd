"""Loading Tiled maps into world data: templates, Tiled 1.9 classes, collision, and the
validator's messages (one broken fixture per kind of problem)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from game.content.problems import ContentError
from game.content.tiled import load_map, object_cells
from game.content.validate import validate
from game.world.geometry import Direction

from .conftest import FIXTURES, ROOT

GOOD = FIXTURES / "maps"
BROKEN = FIXTURES / "broken"


def test_a_map_loads_without_a_display_into_world_data() -> None:
    data = load_map(str(GOOD / "room.tmx")).data
    assert (data.name, data.width, data.height, data.title) == ("room", 8, 6, "Fixture room")
    assert set(data.spawns) == {"start", "arrive"}


def test_templates_give_objects_their_type_size_and_default_properties() -> None:
    data = load_map(str(GOOD / "room.tmx")).data
    start = data.spawns["start"]
    assert start.cell == (2, 2) and start.facing is Direction.DOWN  # default from spawn.tx
    poster = data.inspects[(3, 0)]
    assert poster.kind == "inspect" and poster.properties["text"] == "A poster of the sea."


def test_instance_properties_override_the_template() -> None:
    data = load_map(str(GOOD / "room.tmx")).data
    assert data.spawns["arrive"].facing is Direction.UP
    _, link = data.doors[(7, 3)]
    assert (link.target_map, link.target_spawn) == ("other", "entry")


def test_a_tile_object_template_is_remapped_to_the_maps_tileset() -> None:
    loaded = load_map(str(GOOD / "room.tmx"))
    lamp = next(o for o in loaded.tiled.objects if o.name == "lamp")
    assert lamp.gid and loaded.tiled.get_tile_properties_by_gid(lamp.gid)["kind"] == "door"
    assert (2, 4) in loaded.data.solid  # a `solid` object through its template


def test_tiled_19_class_attribute_is_read_as_the_type() -> None:
    data = load_map(str(GOOD / "room.tmx")).data
    crate = next(o for o in data.objects if o.name == "crate")
    assert crate.kind == "solid" and (5, 2) in data.solid


def test_solid_tiles_and_the_collision_layer_block() -> None:
    data = load_map(str(GOOD / "room.tmx")).data
    assert data.is_blocked((0, 0))  # a wall tile with solid=true
    assert not data.is_blocked((1, 1))
    assert data.is_blocked((1, 4)) and data.is_blocked((2, 4))  # collision layer rectangle


def test_object_cells_cover_partial_cells_and_points() -> None:
    assert object_cells(40, 40, 0, 0) == ((2, 2),)
    assert object_cells(16, 16, 32, 16) == ((1, 1), (2, 1))
    assert object_cells(20, 20, 16, 16) == ((1, 1), (2, 1), (1, 2), (2, 2))


def test_the_fixture_maps_are_valid() -> None:
    assert validate([str(GOOD / "room.tmx"), str(GOOD / "other.tmx")], str(GOOD)) == []


EXPECTED = {
    "bad_enum": "object 9 (corner): property 'facing' is 'sideways', must be one of down, up, left, right",
    "door_to_missing_map": "object 9 (exit): leads to map 'atlantis', which does not exist",
    "door_to_missing_spawn": "object 9 (exit): leads to spawn 'balcony', which map 'room' does not have",
    "infinite": "map: is infinite",
    "missing_image": "tileset 'noimage': image missing.png not found",
    "missing_property": "object 9 (exit): needs property 'target_spawn' (string)",
    "missing_template": "object 9 (ghost): template templates/ghost.tx file not found",
    "missing_tileset": "tileset ../maps/nope.tsx: file not found",
    "not_xml": "map: not valid XML",
    "reserved_name": "object 9 (sign): property 'name' uses a reserved name",
    "undrawn_cells": "map: 2 cell(s) have no tile in any layer: (3, 2), (4, 2)",
    "unknown_type": "object 9 (chest): has unknown type 'treasure'",
    "unknown_tile": "layer 'ground': tile 9 at (3, 2) is not in any tileset of the map",
    "untyped_object": "object 9 (thing): has no type",
    "unreachable_spot": "object 9 (safe): cannot be reached by walking from any spawn",
    "spawn_in_wall": "object 9 (inside): stands on a blocked cell (0, 2)",
    "wrong_type": "object 9 (exit): property 'target_map' must be string, not int",
}


def test_every_broken_fixture_has_an_expected_message() -> None:
    assert {p.stem for p in BROKEN.glob("*.tmx")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_broken_map_gets_exactly_its_one_clear_message(name: str) -> None:
    problems = validate([str(BROKEN / f"{name}.tmx")], str(GOOD))
    assert len(problems) == 1, [str(p) for p in problems]
    assert EXPECTED[name] in str(problems[0])
    assert str(problems[0]).split(": ")[0].endswith((f"{name}.tmx", ".tsx"))


def test_loading_a_broken_map_raises_content_error_not_a_traceback() -> None:
    with pytest.raises(ContentError) as caught:
        load_map(str(BROKEN / "reserved_name.tmx"))
    assert "reserved name" in str(caught.value)


def test_validator_command_prints_problems_and_exits_1() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "game.tools.validate", str(BROKEN / "unknown_type.tmx"), "--maps-dir", str(GOOD)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert run.returncode == 1
    assert "unknown_type.tmx: object 9 (chest): has unknown type 'treasure'" in run.stdout
    assert "Traceback" not in run.stderr


def test_validator_command_passes_clean_maps() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "game.tools.validate", "--maps-dir", str(GOOD)], capture_output=True, text=True, cwd=ROOT
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_games_maps_are_all_valid() -> None:
    run = subprocess.run([sys.executable, "-m", "game.tools.validate"], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_tiled_project_and_object_types_match_the_schema() -> None:
    from game.tools.tiled_project import stale

    assert stale() == []


def test_fixtures_copied_elsewhere_still_resolve_relative_paths(tmp_path: Path) -> None:
    shutil.copytree(GOOD, tmp_path / "maps")
    assert load_map(str(tmp_path / "maps" / "room.tmx")).data.spawns


def test_tile_properties_give_cells_their_puzzle_terrain() -> None:
    data = load_map(str(ROOT / "maps" / "samples" / "dream_mara.tmx")).data
    kinds = set().union(*data.terrain.values())
    assert {"gap", "hidden:trace"} <= kinds
    gap = next(cell for cell, marks in data.terrain.items() if "gap" in marks)
    assert data.is_blocked(gap)


def test_empty_properties_from_the_templates_read_as_empty_text_not_none() -> None:
    """pytmx reads `value=""` as None; the loader treats that as unset, so the schema's
    default ("") holds and an inspect with only a text never names a knot "None"."""
    data = load_map(str(ROOT / "maps" / "mara_corridor.tmx")).data
    for obj in data.objects:
        for name in ("text", "knot", "locked_text", "locked_knot", "condition"):
            if name in obj.properties:
                assert obj.properties[name] is not None, f"{obj.label}: {name} is None"
