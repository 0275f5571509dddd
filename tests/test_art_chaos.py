"""The chaos realm tileset: size, kinds, puzzle elements, properties, Wang sets, animations
and palette, checked against the built assets/tilesets/chaos.png and chaos.tsx."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from itertools import product
from pathlib import Path

import pytest

from game.art.palette import load_palette
from game.art.png import decode_rgba
from game.tools import build_assets

ROOT = Path(__file__).resolve().parents[1]
TSX = ROOT / "assets" / "tilesets" / "chaos.tsx"
PNG = ROOT / "assets" / "tilesets" / "chaos.png"
FIRST_FRAME_ID = 240
"""Ids from here on are animation and fading frames; everything before is a main tile."""
PUZZLE_ROWS = range(12, 15)

PUZZLE_KINDS = [
    "plate_light_up",
    "plate_light_down",
    "plate_heavy_up",
    "plate_heavy_down",
    "gate_h_closed",
    "gate_h_open",
    "gate_h_opening",
    "gate_v_closed",
    "gate_v_open",
    "gate_v_opening",
    "lever_left",
    "lever_right",
    "junction_0",
    "junction_90",
    "junction_180",
    "junction_270",
    "junction_powered_0",
    "junction_powered_90",
    "junction_powered_180",
    "junction_powered_270",
    "block_light",
    "block_heavy",
    "sketch_plank_h",
    "sketch_plank_v",
    "sketch_crate",
    "vent_grate",
    "dark_tile",
    "hidden_walkway",
    "shadow_path",
    "lamp_off",
    "lamp_on",
    "reset_pedestal",
]
REALM_KINDS = [
    "void_static",
    "floor_ground",
    "floor_office",
    "floor_paint",
    "floor_garden",
    "floor_archive",
    "floor_merge",
    "floor_glitch_tear",
    "wall_cap",
    "wall_face_mixed",
    "wall_face_glitch",
    "door_closed",
    "campfire",
    "glitch_cube",
    "threshold_tl",
    "threshold_tr",
    "threshold_ml",
    "threshold_mr",
    "threshold_bl",
    "threshold_br",
    "gate_fear_mara_top",
    "gate_fear_jonas_top",
    "gate_fear_lila_top",
    "gate_fear_roe_top",
    "gate_fear_mara_bottom",
    "gate_fear_jonas_bottom",
    "gate_fear_lila_bottom",
    "gate_fear_roe_bottom",
]


def tiles() -> dict[int, ET.Element]:
    return {int(t.get("id", "-1")): t for t in ET.parse(TSX).getroot().iter("tile")}


def props(tile: ET.Element) -> dict[str, tuple[str | None, str | None]]:
    return {p.get("name", ""): (p.get("type"), p.get("value")) for p in tile.iter("property")}


def by_kind() -> dict[str, int]:
    found: dict[str, int] = {}
    for tile_id, tile in tiles().items():
        kind = props(tile).get("kind", (None, None))[1]
        assert kind is not None, f"tile {tile_id} has no kind"
        assert kind not in found, f"kind {kind} is used by tiles {found[kind]} and {tile_id}"
        found[kind] = tile_id
    return found


def pixels(tile_id: int) -> list[tuple[int, int, int, int]]:
    width, _, data = decode_rgba(PNG.read_bytes())
    x0, y0 = (tile_id % 16) * 16, (tile_id // 16) * 16
    return [data[(y0 + y) * width + x0 + x] for y in range(16) for x in range(16)]


def mask(tile_id: int) -> list[bool]:
    return [p[3] > 0 for p in pixels(tile_id)]


def wang_tiles(set_name: str) -> tuple[list[str], dict[tuple[str, ...], list[int]]]:
    """Terrain names of a Wang set and, per (tr, br, bl, tl) corners, its tile ids."""
    root = ET.parse(TSX).getroot()
    for wangset in root.iter("wangset"):
        if wangset.get("name") == set_name:
            assert wangset.get("type") == "corner"
            names = [c.get("name", "") for c in wangset.iter("wangcolor")]
            combos: dict[tuple[str, ...], list[int]] = {}
            for wt in wangset.iter("wangtile"):
                ids = [int(v) for v in wt.get("wangid", "").split(",")]
                corners = tuple(names[ids[i] - 1] if ids[i] else "-" for i in (1, 3, 5, 7))
                combos.setdefault(corners, []).append(int(wt.get("tileid", "-1")))
            return names, combos
    raise AssertionError(f"no Wang set {set_name!r}")


def test_the_built_chaos_tileset_matches_its_sources() -> None:
    assert build_assets.stale_files(ROOT, "chaos") == []


def test_the_tsx_is_a_16_column_tileset_of_16px_tiles_over_chaos_png() -> None:
    root = ET.parse(TSX).getroot()
    assert root.get("name") == "chaos"
    assert (root.get("tilewidth"), root.get("tileheight"), root.get("columns")) == ("16", "16", "16")
    image = root.find("image")
    assert image is not None and image.get("source") == "chaos.png"
    width, height, _ = decode_rgba(PNG.read_bytes())
    assert (image.get("width"), image.get("height")) == (str(width), str(height))
    assert width == 256 and height % 16 == 0
    assert int(root.get("tilecount", "0")) == 16 * height // 16


def test_every_pixel_is_a_palette_colour_or_fully_transparent() -> None:
    palette = load_palette(ROOT / "assets" / "palette.gpl").rgb_set()
    _, _, data = decode_rgba(PNG.read_bytes())
    bad = {p for p in data if p[3] not in (0, 255) or (p[3] == 255 and p[:3] not in palette)}
    assert not bad


def test_every_drawn_tile_has_a_unique_kind() -> None:
    kinds = by_kind()
    for tile_id in range(0, max(kinds.values()) + 1):
        if any(mask(tile_id)):
            assert tile_id in tiles(), f"tile {tile_id} is drawn but has no kind"


def test_the_realm_has_at_least_48_distinct_main_tiles_before_the_puzzle_rows() -> None:
    realm = [i for i in by_kind().values() if i < 16 * PUZZLE_ROWS.start]
    assert len(realm) >= 48
    images = {tuple(pixels(i)) for i in realm}
    assert len(images) >= 48, "realm tiles must differ from each other"


@pytest.mark.parametrize("kind", REALM_KINDS)
def test_the_realm_kinds_are_present(kind: str) -> None:
    assert kind in by_kind()


@pytest.mark.parametrize("kind", PUZZLE_KINDS)
def test_each_puzzle_element_is_in_the_puzzle_rows(kind: str) -> None:
    tile_id = by_kind()[kind]
    assert tile_id // 16 in PUZZLE_ROWS, f"{kind} is tile {tile_id}"
    assert any(mask(tile_id)), f"{kind} is not drawn"


def test_the_puzzle_rows_hold_only_puzzle_elements_and_wires() -> None:
    for kind, tile_id in by_kind().items():
        if tile_id // 16 in PUZZLE_ROWS:
            assert kind in PUZZLE_KINDS or kind.startswith("wire_"), kind


@pytest.mark.parametrize(
    ("kind", "name", "value"),
    [
        ("void_static", "gap", "true"),
        ("vent_grate", "vent", "true"),
        ("dark_tile", "dark", "true"),
        ("hidden_walkway", "hidden", "trace"),
        ("shadow_path", "hidden", "glow"),
        ("wire_h", "wire", "true"),
        ("wire_cross", "wire", "true"),
    ],
)
def test_tiles_carry_the_game_properties_their_design_needs(kind: str, name: str, value: str) -> None:
    assert props(tiles()[by_kind()[kind]]).get(name, (None, None))[1] == value


@pytest.mark.parametrize(
    ("kind", "solid"),
    [
        ("gate_h_closed", True),
        ("gate_v_closed", True),
        ("gate_h_open", False),
        ("gate_v_open", False),
        ("block_light", True),
        ("block_heavy", True),
        ("plate_light_up", False),
        ("plate_heavy_down", False),
        ("sketch_plank_h", False),
        ("vent_grate", False),
        ("wall_cap", True),
        ("threshold_bl", True),
        ("floor_ground", False),
    ],
)
def test_solid_is_set_where_walking_must_be_blocked(kind: str, solid: bool) -> None:
    assert ("solid" in props(tiles()[by_kind()[kind]])) is solid


def test_every_wall_wang_tile_is_solid_and_every_island_edge_is_a_gap() -> None:
    _, walls = wang_tiles("walls")
    for corners, ids in walls.items():
        for tile_id in ids:
            assert ("solid" in props(tiles()[tile_id])) == ("wall" in corners), (corners, tile_id)
    _, islands = wang_tiles("islands")
    for corners, ids in islands.items():
        for tile_id in ids:
            gap = props(tiles()[tile_id]).get("gap", (None, None))[1] == "true"
            assert gap == ("void" in corners), (corners, tile_id)


@pytest.mark.parametrize(("set_name", "pair"), [("walls", ("wall", "floor")), ("islands", ("ground", "void"))])
def test_two_terrain_wang_sets_cover_all_16_corner_combinations(set_name: str, pair: tuple[str, str]) -> None:
    names, combos = wang_tiles(set_name)
    assert set(names) == set(pair)
    for corners in product(pair, repeat=4):
        assert corners in combos, f"{set_name} has no tile for {corners}"


@pytest.mark.parametrize("material", ["office", "paint", "garden", "archive"])
def test_the_floor_wang_set_joins_ground_to_each_dream_material(material: str) -> None:
    _, combos = wang_tiles("floors")
    for corners in product(("ground", material), repeat=4):
        assert corners in combos, f"floors has no tile for {corners}"


def test_floors_walls_faces_and_islands_are_fully_opaque() -> None:
    pattern = re.compile(r"^(floor_|wall_|island_|void_|dark_tile)")
    checked = 0
    for kind, tile_id in by_kind().items():
        if pattern.match(kind) and tile_id < FIRST_FRAME_ID:
            assert all(mask(tile_id)), f"{kind} has transparent pixels"
            checked += 1
    assert checked >= 48


def test_props_and_puzzle_objects_have_transparent_pixels_for_an_upper_layer() -> None:
    for kind in ("campfire", "glitch_cube", "plate_light_up", "lever_left", "block_light", "lamp_on", "shadow_path"):
        assert not all(mask(by_kind()[kind])), kind


@pytest.mark.parametrize(
    "kind",
    [
        "void_static",
        "floor_glitch_tear",
        "wall_face_glitch",
        "glitch_cube",
        "campfire",
        "threshold_tl",
        "threshold_br",
        "gate_h_opening",
        "gate_v_opening",
    ],
)
def test_animated_tiles_use_frames_drawn_in_the_frame_block(kind: str) -> None:
    animation = tiles()[by_kind()[kind]].find("animation")
    assert animation is not None, f"{kind} is not animated"
    frames = [(int(f.get("tileid", "-1")), int(f.get("duration", "0"))) for f in animation]
    assert len({f for f, _ in frames}) >= 3
    assert any(f >= FIRST_FRAME_ID for f, _ in frames)
    for frame, duration in frames:
        assert 50 <= duration <= 1000
        assert any(mask(frame))


def test_the_threshold_is_a_2x3_block_of_tiles() -> None:
    kinds = by_kind()
    tl = kinds["threshold_tl"]
    others = [kinds[f"threshold_{s}"] for s in ("tr", "ml", "mr", "bl", "br")]
    assert others == [tl + 1, tl + 16, tl + 17, tl + 32, tl + 33]


def test_the_gate_animations_run_from_closed_to_open() -> None:
    for axis in ("h", "v"):
        animation = tiles()[by_kind()[f"gate_{axis}_opening"]].find("animation")
        assert animation is not None
        frames = [int(f.get("tileid", "-1")) for f in animation]
        assert frames[0] == by_kind()[f"gate_{axis}_closed"]
        assert frames[-1] == by_kind()[f"gate_{axis}_open"]


def test_each_sketch_has_two_fading_frames_that_draw_fewer_or_lighter_pixels() -> None:
    kinds = by_kind()
    for sketch in ("sketch_plank_h", "sketch_plank_v", "sketch_crate"):
        full = pixels(kinds[sketch])
        fades = [pixels(kinds[f"{sketch}_fade{n}"]) for n in (1, 2)]
        for fade in fades:
            assert kinds[f"{sketch}_fade1"] >= FIRST_FRAME_ID
            assert fade != full
        assert sum(p[3] > 0 for p in fades[1]) < sum(p[3] > 0 for p in full)


def test_signal_lamps_differ_in_shape_not_only_colour() -> None:
    off, on = mask(by_kind()["lamp_off"]), mask(by_kind()["lamp_on"])
    assert sum(a != b for a, b in zip(off, on, strict=True)) >= 20


def test_powered_junctions_differ_in_shape_from_unpowered_ones() -> None:
    kinds = by_kind()
    for angle in (0, 90, 180, 270):
        plain, powered = pixels(kinds[f"junction_{angle}"]), pixels(kinds[f"junction_powered_{angle}"])
        assert plain != powered
    rotations = {tuple(pixels(kinds[f"junction_{a}"])) for a in (0, 90, 180, 270)}
    assert len(rotations) == 4, "each rotation must look different"


def test_the_heavy_block_is_drawn_bigger_than_the_light_crate_and_in_other_colours() -> None:
    light, heavy = pixels(by_kind()["block_light"]), pixels(by_kind()["block_heavy"])
    assert sum(p[3] > 0 for p in heavy) > sum(p[3] > 0 for p in light)

    def mean_value(px: list[tuple[int, int, int, int]]) -> float:
        shown = [sum(p[:3]) for p in px if p[3]]
        return sum(shown) / len(shown)

    assert mean_value(heavy) != mean_value(light)
