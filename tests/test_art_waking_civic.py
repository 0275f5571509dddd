"""The extended waking tileset (edges, Wang sets, Jonas's loft, Vesper Plaza) and the civic
tileset (Halcyon tower, school, sleepers' ward, Rest Hall) match their sources and the brief."""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from game.art.palette import load_palette
from game.art.png import decode_rgba
from game.tools import build_assets, validate

ROOT = Path(__file__).resolve().parents[1]
TILESETS = ROOT / "assets" / "tilesets"

# sha256 of repr() of the RGBA pixels of waking rows 0-7 (ids 0-127) as issue 2 drew them:
# the maps use those ids, so their pixels must not change meaning.
ORIGINAL_WAKING_ROWS_0_7 = "7bc14371a60fca89e91449e71612d0570b8e3f920a663355bfcbefd765022d7c"

WAKING_NEW_KINDS = {
    "cap_edge_n",
    "cap_edge_e",
    "cap_edge_w",
    "cap_corner_se",
    "cap_corner_sw",
    "cap_corner_ne",
    "cap_corner_nw",
    "cap_outer_ne",
    "cap_outer_nw",
    "wall_face_end_e",
    "wall_face_end_w",
    "corridor_face_end_e",
    "corridor_face_end_w",
    "roof_edge_end_w",
    "roof_edge_end_e",
    "facade_end_w",
    "facade_end_e",
    "roof_back",
    "loft_floor",
    "brick_face",
    "brick_face_end_e",
    "brick_face_end_w",
    "brick_face_radiator",
    "loft_window_tl",
    "loft_window_br",
    "easel_top",
    "easel_bottom",
    "canvases_stacked",
    "mattress_left",
    "mattress_right",
    "paint_cans",
    "plaza_paving",
    "plaza_rosette_tl",
    "fountain_tl",
    "fountain_br",
    "billboard_tl",
    "billboard_br",
    "plaza_planter",
    "kiosk_tl",
    "statue_top",
    "statue_base",
    "barrier_left",
    "barrier_mid",
    "barrier_right",
    "tile_wood_se",
    "carpet_wood_n",
    "sidewalk_road_not_nw",
}
CIVIC_KINDS = {
    "void",
    "marble",
    "office_carpet",
    "lino",
    "gym_floor",
    "ward_floor",
    "hall_floor",
    "logo_floor_tl",
    "cable_trunk_h",
    "stage_floor",
    "stage_edge",
    "cap",
    "cap_edge_n",
    "cap_corner_se",
    "cap_outer_nw",
    "office_face",
    "office_face_end_e",
    "school_face",
    "ward_face",
    "hall_face_end_w",
    "office_window",
    "office_elevator",
    "reception_left",
    "office_desk_left",
    "office_desk_right",
    "glass_wall_h",
    "glass_wall_v",
    "glass_door",
    "water_cooler",
    "lockers",
    "blackboard_left",
    "whiteboard",
    "student_desk",
    "school_window",
    "hospital_bed_head",
    "hospital_bed_foot",
    "iv_stand",
    "heart_monitor",
    "curtain_h",
    "nurse_station_left",
    "rest_pod_top",
    "rest_pod_bottom",
    "banner_1",
    "banner_4",
    "lectern",
}
SOLID_KINDS = {
    "cap",
    "office_face",
    "hospital_bed_head",
    "rest_pod_top",
    "fountain_tl",
    "brick_face",
    "easel_top",
    "reception_mid",
    "kiosk_br",
    "barrier_mid",
    "cap_edge_n",
}
FLOOR_KINDS = {
    "marble",
    "office_carpet",
    "lino",
    "gym_floor",
    "ward_floor",
    "hall_floor",
    "logo_floor_tl",
    "cable_trunk_h",
    "stage_floor",
    "loft_floor",
    "plaza_paving",
    "plaza_rosette_br",
    "tile_wood_se",
    "sidewalk_road_e",
}
PROP_KINDS = {
    "easel_top",
    "mattress_left",
    "fountain_tl",
    "billboard_br",
    "statue_top",
    "barrier_mid",
    "office_desk_left",
    "water_cooler",
    "iv_stand",
    "rest_pod_top",
    "hospital_bed_head",
    "heart_monitor",
    "lectern",
}


def tsx(name: str) -> ET.Element:
    return ET.parse(TILESETS / f"{name}.tsx").getroot()


def props_of(tile: ET.Element) -> dict[str, str]:
    return {p.get("name", ""): p.get("value", "") for p in tile.iter("property")}


def kinds(name: str) -> dict[str, int]:
    """kind -> tile id, for tiles that carry a kind."""
    out = {}
    for tile in tsx(name).iter("tile"):
        kind = props_of(tile).get("kind")
        if kind:
            out[kind] = int(tile.get("id", "-1"))
    return out


def solid_ids(name: str) -> set[int]:
    return {int(t.get("id", "-1")) for t in tsx(name).iter("tile") if props_of(t).get("solid") == "true"}


def pixels(name: str, tile_id: int) -> list[tuple[int, int, int, int]]:
    width, _, data = decode_rgba((TILESETS / f"{name}.png").read_bytes())
    x0, y0 = (tile_id % 16) * 16, (tile_id // 16) * 16
    return [data[(y0 + y) * width + x0 + x] for y in range(16) for x in range(16)]


@pytest.mark.parametrize("name", ["waking", "civic"])
def test_tileset_is_16_columns_of_16px_tiles_and_its_tsx_matches_the_image(name: str) -> None:
    root = tsx(name)
    width, height, _ = decode_rgba((TILESETS / f"{name}.png").read_bytes())
    image = root.find("image")
    assert image is not None and image.get("source") == f"{name}.png"
    assert width == 256 and height % 16 == 0
    assert (image.get("width"), image.get("height")) == (str(width), str(height))
    assert int(root.get("tilecount", "0")) == 16 * (height // 16)
    assert (root.get("tilewidth"), root.get("tileheight"), root.get("columns")) == ("16", "16", "16")


@pytest.mark.parametrize("name", ["waking", "civic"])
def test_every_pixel_is_a_palette_colour_or_fully_transparent(name: str) -> None:
    allowed = load_palette(ROOT / "assets" / "palette.gpl").rgb_set()
    _, _, data = decode_rgba((TILESETS / f"{name}.png").read_bytes())
    stray = {p for p in data if p[3] != 0 and (p[3] != 255 or p[:3] not in allowed)}
    assert not stray


@pytest.mark.parametrize("name", ["waking", "civic"])
def test_the_built_tileset_matches_its_sources(name: str) -> None:
    assert build_assets.stale_files(ROOT, name) == []


def test_waking_ids_0_to_127_keep_the_pixels_the_maps_were_drawn_with() -> None:
    width, _, data = decode_rgba((TILESETS / "waking.png").read_bytes())
    assert hashlib.sha256(repr(list(data[: width * 128])).encode()).hexdigest() == ORIGINAL_WAKING_ROWS_0_7


def test_waking_new_tiles_start_at_128_and_name_every_edge_loft_and_plaza_piece() -> None:
    have = kinds("waking")
    assert WAKING_NEW_KINDS <= set(have), sorted(WAKING_NEW_KINDS - set(have))
    assert all(have[k] >= 128 for k in WAKING_NEW_KINDS)
    assert sum(1 for i in have.values() if i >= 128) >= 100


def test_civic_has_at_least_48_distinct_tiles_and_every_place_the_brief_names() -> None:
    have = kinds("civic")
    assert CIVIC_KINDS <= set(have), sorted(CIVIC_KINDS - set(have))
    assert len({pixels("civic", i).__repr__() for i in have.values()}) >= 48


@pytest.mark.parametrize("name", ["waking", "civic"])
def test_walls_and_big_props_are_solid_and_floors_are_walkable(name: str) -> None:
    have, solid = kinds(name), solid_ids(name)
    for kind in SOLID_KINDS & set(have):
        assert have[kind] in solid, kind
    for kind in FLOOR_KINDS & set(have):
        assert have[kind] not in solid, kind


@pytest.mark.parametrize("name", ["waking", "civic"])
def test_floors_and_wall_faces_are_opaque_and_props_let_the_floor_show(name: str) -> None:
    have = kinds(name)
    for kind, tile_id in have.items():
        alphas = {p[3] for p in pixels(name, tile_id)}
        if kind in FLOOR_KINDS or kind.endswith(("_face", "_face_end_e", "_face_end_w")) or kind.startswith("cap"):
            assert alphas == {255}, kind
        if kind in PROP_KINDS:
            assert 0 in alphas, kind


def _wangsets(name: str) -> dict[str, dict[tuple[int, ...], list[int]]]:
    sets = {}
    for wangset in tsx(name).iter("wangset"):
        assert wangset.get("type") == "corner"
        combos: dict[tuple[int, ...], list[int]] = {}
        for wt in wangset.iter("wangtile"):
            ids = [int(v) for v in wt.get("wangid", "").split(",")]
            combos.setdefault(tuple(ids[1::2]), []).append(int(wt.get("tileid", "-1")))
        sets[wangset.get("name", "")] = combos
    return sets


@pytest.mark.parametrize(
    ("name", "wall_sets"),
    [
        ("waking", ["walls", "corridor_walls", "loft_walls"]),
        ("civic", ["office_walls", "school_walls", "ward_walls", "hall_walls"]),
    ],
)
def test_each_wall_wang_set_covers_all_16_corner_combinations(name: str, wall_sets: list[str]) -> None:
    sets = _wangsets(name)
    everything = {(a, b, c, d) for a in (1, 2) for b in (1, 2) for c in (1, 2) for d in (1, 2)}
    solid = solid_ids(name)
    for set_name in wall_sets:
        assert set(sets[set_name]) == everything, set_name
        for combo, ids in sets[set_name].items():
            if combo != (2, 2, 2, 2):
                assert all(i in solid for i in ids), f"{set_name} {combo}: a mixed-corner tile is a wall"


@pytest.mark.parametrize(
    ("name", "floor_set", "pairs"),
    [
        ("waking", "floors", [(1, 2), (1, 3)]),
        ("waking", "street", [(1, 2)]),
        ("civic", "civic_floors", [(1, 2), (3, 4)]),
    ],
)
def test_floor_wang_sets_have_every_transition_between_their_paired_floors(
    name: str, floor_set: str, pairs: list[tuple[int, int]]
) -> None:
    combos = _wangsets(name)[floor_set]
    for a, b in pairs:
        needed = {(w, x, y, z) for w in (a, b) for x in (a, b) for y in (a, b) for z in (a, b)}
        assert needed <= set(combos), (floor_set, a, b, sorted(needed - set(combos)))


def test_civic_animations_loop_drawn_frames_at_150_to_600_ms_and_start_on_the_still() -> None:
    animated = {int(t.get("id", "-1")): t for t in tsx("civic").iter("tile") if t.find("animation") is not None}
    have = kinds("civic")
    for kind in ("office_desk_left", "office_desk_right", "heart_monitor", "rest_pod_top", "rest_pod_bottom"):
        assert have[kind] in animated, kind
    for tile_id, tile in animated.items():
        frames = list(tile.iter("frame"))
        assert len(frames) >= 2
        first = int(frames[0].get("tileid", "-1"))
        assert first >= 192, "frames live in the block after the main tiles"
        assert pixels("civic", tile_id) == pixels("civic", first)
        for frame in frames:
            assert 150 <= int(frame.get("duration", "0")) <= 600
            assert any(p[3] for p in pixels("civic", int(frame.get("tileid", "-1"))))


def test_pod_glow_frames_differ_so_the_pods_visibly_pulse() -> None:
    pod = kinds("civic")["rest_pod_top"]
    tile = next(t for t in tsx("civic").iter("tile") if int(t.get("id", "-1")) == pod)
    frames = {int(f.get("tileid", "-1")) for f in tile.iter("frame")}
    assert len({repr(pixels("civic", f)) for f in frames}) >= 3


def test_waking_fountain_and_billboard_frames_are_drawn_and_differ_from_the_still() -> None:
    have = kinds("waking")
    for still, frame in ((have["fountain_tl"], 272), (have["billboard_tl"], 280)):
        assert pixels("waking", frame) != pixels("waking", still)
        assert any(p[3] for p in pixels("waking", frame))


def test_the_existing_maps_still_validate_with_the_extended_waking_tileset() -> None:
    assert validate.main(["mara_flat", "mara_corridor", "vesper_street"]) == 0
