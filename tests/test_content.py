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
from game.content.validate import find_maps, validate
from game.world.geometry import Direction

from .conftest import FIXTURES, MAPS_DIR, ROOT

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
    # Near misses: each message says what the typo meant.
    "door_to_misspelled_map": "fixtures/maps (did you mean 'room'?)",
    "door_to_misspelled_spawn": "leads to spawn 'arive', which map 'room' does not have (did you mean 'arrive'?)",
    "object_misspelled_type": "object 9 (chest): has unknown type 'dor' (did you mean 'door'?)",
    "property_misspelled": "object 1 (start): property 'facng' is not one the game reads here (did you mean 'facing'?)",
    "music_misspelled": "map: property 'music' names track 'wakng', but assets/audio/music/wakng.wav is missing"
    " (did you mean 'waking'?)",
    "npc_misspelled_sheet": "sprite sheet 'npc_nurs', but assets/sprites/npc_nurs.png is missing"
    " (did you mean 'npc_nurse'?)",
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
    # hostile input: numbers that are not numbers, or far out of reach
    "object_y_nan": "object 9 (sign): y is 'nan', not a finite number",
    "object_width_nan": "object 9 (sign): width is 'nan', not a finite number",
    "object_width_inf": "object 9 (sign): width is 'inf', not a finite number",
    "object_width_text": "object 9 (sign): width is 'big', not a finite number",
    "object_x_text": "object 9 (sign): x is 'abc', not a finite number",
    "object_far_away": "object 9 (sign): x is 1e9 px, beyond any map (4096 px at most)",
    "object_id_text": "object nine (sign): id is 'nine', not a whole number",
    "duplicate_object_id": "object 9 (second): has the same id as object 9 (sign); every object needs its own id",
    "object_reserved_closed": "object 9 (sign): property 'closed' uses a reserved name; rename it",
    "map_width_zero": "map: is 0x6 tiles; a map is 1 to 256 tiles wide and tall",
    "map_width_negative": "map: is -34x6 tiles; a map is 1 to 256 tiles wide and tall",
    "map_too_big": "map: is 100000x100000 tiles; a map is 1 to 256 tiles wide and tall",
    "map_without_spawn": "map: has no spawn; place one (templates/spawn.tx) so the player can arrive",
    # hostile input: layers
    "layer_size_differs": "layer 'ground': is 8x5 tiles, but the map is 8x6; resize the layer in Tiled",
    "layer_zstd": "layer 'ground': is compressed with Zstandard (zstd), which pytmx cannot read; the game reads "
    "CSV, Base64 (uncompressed), Base64 (zlib compressed) and Base64 (gzip compressed): choose one in Map > Map "
    "Properties > Tile Layer Format",
    "layer_unknown_encoding": "layer 'ground': has encoding 'hex', which pytmx cannot read; the game reads CSV, Base64",
    "layer_unknown_compression": "layer 'ground': has compression 'bzip2', which pytmx cannot read; the game reads CSV",
    "layer_xml_format": "layer 'ground': stores its tiles in Tiled's old XML format, which pytmx cannot read; "
    "the game reads CSV, Base64 (uncompressed), Base64 (zlib compressed) and Base64 (gzip compressed): choose one in "
    "Map > Map Properties > Tile Layer Format",
    "layer_csv_too_few_cells": "layer 'ground': has 47 cells of data, but the map has 48",
    "layer_base64_too_many_cells": "layer 'ground': has 49 cells of data, but the map has 48",
    "layer_bad_base64": "layer 'ground': has data that is not valid base64",
    "layer_cell_not_a_number": "layer 'ground': cell 10 of its data is 'x', not a tile number",
    "layer_gid_too_big": "layer 'ground': cell 10 of its data is 4294967296, beyond the largest tile number 4294967295",
    "layer_opacity_text": "layer 'ground': opacity is 'half', not a finite number",
    "layer_visible_text": "layer 'ground': visible is 'maybe', not true or false",
    "layer_offset_fraction": "layer 'ground': offsetx is '1.5', not a whole number",
    "layer_parallax_text": "layer 'ground': parallaxx is 'far', not a finite number",
    "layer_tint_text": "layer 'ground': tintcolor is 'red', not a colour like #ff8040",
    "layer_reserved_count": "layer 'objects': property 'count' uses a reserved name; rename it",
    # hostile input: property values that are not of their declared type
    "property_bad_bool": "object 9 (sign): property 'lit' is 'm', not true or false",
    "property_bad_int": "map: property 'level' is 'abc', not a whole number",
    "property_bad_float": "layer 'ground': property 'speed' is 'nan', not a finite number",
    "property_bad_colour": "object 9 (sign): property 'tint' is 'red', not a colour like #ff8040",
    "property_bad_object": "object 9 (sign): property 'next' is 'abc', not a whole number (an object id, 0 for none)",
    "property_file_outside": "object 9 (sign): property 'notes' names file '../../../../etc/passwd', which lies "
    "outside the game's folders",
    "property_unknown_type": "object 9 (sign): property 'where' has unknown type 'vector'",
    "property_class_type": "object 9 (sign): property 'style' is a class (custom type) property, which pytmx cannot",
    "property_without_name": "object 9 (sign): has a property without a name",
    "tile_property_bad_bool": "tile 2 of tileset 'badtile': property 'gap' is 'm', not true or false",
    # hostile input: paths (polylines) and the files and names a map leads to
    "path_one_point": "object 9 (route): is a path with 1 point(s); draw at least 2",
    "path_bad_points": "object 9 (route): polyline point 'a,b' is not a pair of finite numbers x,y",
    "npc_missing_sheet": "object 9 (ghost): property 'character' names sprite sheet 'npc_nobody', but ",
    "npc_sheet_outside": "object 9 (ghost): property 'character': sprite sheet name '../../tests/fixtures/maps/tiles' "
    "is not a plain name",
    "music_missing": "map: property 'music' names track 'nope', but ",
    "music_outside": "map: property 'music': music track name '../sfx/door' is not a plain name",
    "template_outside": "object 9 (ghost): template ../../../../etc/passwd lies outside the game's folders",
    "tileset_outside": "tileset ../../../../etc/hostile.tsx: lies outside the game's folders",
    "tileset_not_tsx": "tileset ../maps/tiles.png: is not a .tsx file",
    "tileset_image_outside": "tileset 'outside': image ../../../../etc/passwd.png lies outside the game's folders",
    "door_target_parent": "object 9 (exit): property 'target_map': map name '../x' is not a plain name",
    "door_target_absolute": "object 9 (exit): property 'target_map': map name '/etc/passwd.tmx' is not a plain name",
    # hostile input: tilesets
    "firstgid_zero": "tileset 'fixture': firstgid is 0, out of range (1 to 536870911)",
    "tilesets_overlap": "tileset 'puzzle_fixture': its gids from firstgid 3 overlap tileset 'fixture' (gids 1 to 4)",
    "tileset_image_not_png": "tileset 'notpng': image not_a_png.png is not a PNG image",
    "tileset_image_too_small": "tileset 'small': image ../maps/tiles.png is 64x16 px, smaller than the 128x16 px its "
    "8 tiles in 8 columns need",
    "tileset_image_size_differs": "tileset 'differs': image ../maps/tiles.png is 64x16 px, but the tileset says 128x16",
    "tileset_image_trans_text": "tileset 'trans': image ../maps/tiles.png: trans is 'pink', not a colour like ff00ff",
    "tileset_margin_cuts_past_edge": "tileset 'margin': image margin_tiles.png is 64 px wide, so pytmx cuts 4 tiles "
    "per row (margin 8, spacing 0), but the tileset has 3 columns",
    "tile_frame_duration_zero": "tile 2 of tileset 'frames': animation frame 0: duration (ms) is 0, out of range",
    "tile_frame_outside_tileset": "tile 2 of tileset 'frames2': animation frame 1 shows tile '7', not in the tileset",
    "tile_id_text": "tile two of tileset 'tileid': id is 'two', not a whole number",
    # Tiled features the game does not draw or use: each named, with what to change
    "feature_hidden_object_layer": "layer 'drafts': is hidden, so the game ignores its 1 object(s): nothing in a "
    "hidden layer is drawn, solid or used; show it (its eye in the Layers panel) or delete them",
    "feature_hidden_group_objects": "layer 'drafts': is inside the hidden group 'later', so the game ignores its 1 "
    "object(s)",
    "feature_hidden_object": "object 9 (crate): is hidden (its eye in the Objects panel), so the game ignores it; "
    "show it or delete it",
    "feature_rotated_object": "object 9 (crate): is rotated by 30 degrees, which the game ignores (it covers the "
    "cells of the unrotated shape); set its Rotation to 0",
    "feature_text_object": "object 9 (sign): is a text object, which the game does not draw; put the words in an "
    "inspect spot's text instead",
    "feature_ellipse": "object 9 (crate): is an ellipse, which the game reads as the rectangle around it; draw it "
    "as a rectangle",
    "feature_polygon": "object 9 (rock): is a polygon, which the game cannot read as cells; draw it as a rectangle",
    "feature_spawn_polygon": "object 9 (corner): is a polygon, but a spawn is a point; draw it with Insert Point",
    "feature_object_layer_offset": "layer 'objects': is offset by (8, 0) px, which the game ignores for its objects "
    "(they act on the cells of their own x and y); set its Offset to 0, 0 (Layer Properties)",
    "feature_object_layer_parallax": "layer 'objects': has parallax factor (0.5, 0.5), which the game ignores for "
    "its objects (they stay on their cells); set its Parallax Factor to 1, 1",
    "feature_trace_opacity": "layer 'trace': is the trace layer, which only Mara's lens shows, drawn as it is, so "
    "the game ignores its opacity 0.5; undo that in its Layer Properties",
    "feature_blend_mode": "layer 'glow': uses blend mode 'multiply', which the game does not draw (it draws every "
    "layer normally); set its Blend Mode to Normal",
    "feature_layer_in_objectgroup": "layer 'stray': sits inside <objectgroup>, where Tiled does not read layers; "
    "move it to the map or a group",
    "feature_solid_tiles_offset": "layer 'walls': has offset (8, 0) px, but its tiles mean something to the game "
    "(solid, gap, vent, dark or hidden), which it reads on their own cells, not where they are drawn",
    "feature_json_in_tmx": "map: is a JSON map saved with a .tmx name; the game reads TMX: in Tiled use File > "
    "Save As and pick 'Tiled map files (*.tmx)'",
    "tileset_object_alignment": "tileset 'object_alignment': Object Alignment is 'center', which the game ignores "
    "(it places tile objects by their bottom-left corner); set it to Unspecified or Bottom Left",
    "tileset_tile_offset": "tileset 'tile_offset': Drawing Offset is (0, 4) px, which the game ignores (it draws "
    "tiles on the grid); set it to 0, 0 (Tileset > Tileset Properties)",
    # objects off the 16 px grid: each named, with the snapping that puts it right
    "off_grid_rect": "object 9 (crate): is off the 16 px grid (x 20 is not a multiple of 16), so it covers parts of "
    "cells; snap it to the grid (View > Snapping > Snap to Grid) and move or resize it to whole cells",
    "off_grid_size": "object 9 (crate): is off the 16 px grid (width 24, height 20 are not multiples of 16)",
    "off_grid_tile_object": "object 9 (lamp): is off the 16 px grid (top 36 is not a multiple of 16)",
    "off_grid_point": "object 1 (start): is a point at (37, 40), not at the middle of a cell; snap it to the middle "
    "of a cell (View > Snapping > Snap to Fine Grid)",
    "off_grid_path": "object 9 (route): has a corner at (56, 37), not at the middle of a cell; snap its corners to "
    "the middle of cells (View > Snapping > Snap to Fine Grid)",
}


def test_every_broken_fixture_has_an_expected_message() -> None:
    assert {p.stem for p in BROKEN.glob("*.tmx")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_broken_map_gets_exactly_its_one_clear_message(name: str) -> None:
    problems = validate([str(BROKEN / f"{name}.tmx")], str(GOOD))
    assert len(problems) == 1, [str(p) for p in problems]
    assert EXPECTED[name] in str(problems[0])
    assert str(problems[0]).split(": ")[0].endswith((f"{name}.tmx", ".tsx"))


SET_PROBLEMS = {
    "door_to_missing_map",
    "door_to_missing_spawn",
    "door_to_misspelled_map",
    "door_to_misspelled_spawn",
    "spawn_in_wall",
    "unreachable_spot",
}
"""Broken fixtures whose problem shows only among the other maps (doors) or to the walking
check: the loader reads them, the validator refuses them."""


@pytest.mark.parametrize("name", sorted(set(EXPECTED) - SET_PROBLEMS))
def test_the_loader_refuses_each_broken_map_with_a_content_error_and_nothing_else(name: str) -> None:
    with pytest.raises(ContentError) as caught:
        load_map(str(BROKEN / f"{name}.tmx"), maps_dir=str(GOOD))
    assert EXPECTED[name] in str(caught.value)


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
    """`python -m game.tools.validate` on the game itself: every map, the story's knots,
    cutscenes and tags, and the chapters are clean (the one run of the whole validator on
    the real game in its own process; the other tests give it broken copies)."""
    run = subprocess.run([sys.executable, "-m", "game.tools.validate"], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stdout + run.stderr
    assert ".ink" not in run.stdout  # no story problem
    assert run.stdout.strip().splitlines()[-1] == f"{len(find_maps(str(MAPS_DIR)))} map(s) OK"  # every map under maps/


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
