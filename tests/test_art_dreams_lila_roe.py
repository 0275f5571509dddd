"""Lila's night-garden and Roe's sepia-archive dream tilesets: built, complete and paintable."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from itertools import product
from pathlib import Path

import pytest

from game.art.palette import load_palette
from game.art.png import decode_rgba
from game.tools import build_assets

ROOT = Path(__file__).resolve().parents[1]
TILESETS = ROOT / "assets" / "tilesets"
NAMES = ("dream_lila", "dream_roe")
RESERVED = {"name", "type", "id", "x", "y", "width", "height", "class", "source", "gid", "visible"}

# Kinds each dream must offer (a designer's shopping list from the art brief).
REQUIRED_KINDS = {
    "dream_lila": {
        "grass",
        "moss_path",
        "stepping_stones",
        "dark_ground",
        "shadow_path",
        "hedge",
        "hedge_n",
        "hedge_inner_se",
        "greenhouse_face",
        "greenhouse_door",
        "greenhouse_roof",
        "lantern_post",
        "lantern_hanging",
        "fireflies",
        "flowers_glow_pink",
        "water",
        "water_n",
        "culvert_h",
        "culvert_v",
        "culvert_ne",
        "culvert_mouth_s",
        "swing",
        "bench_left",
        "bench_right",
        "fort_bottom_left",
        "gate",
    },
    "dream_roe": {
        "floor_wood",
        "floor_parchment",
        "shelf_top",
        "shelf_n",
        "shelf_inner_nw",
        "shelf_front",
        "filing_cabinet",
        "paper_stack",
        "paper_drift",
        "heavy_crate",
        "desk_left",
        "desk_right",
        "reading_chair",
        "couch_left",
        "couch_right",
        "panel_certificate",
        "clock",
        "clock_top",
        "floor_lamp",
        "dust_motes",
        "door_frosted",
        "door_frosted_plate",
        "gap",
        "gap_n",
        "memory_photo",
    },
}
ANIMATED_KINDS = {
    "dream_lila": {"water", "lantern_post", "lantern_hanging", "fireflies", "flowers_glow_pink"},
    "dream_roe": {"clock", "floor_lamp", "dust_motes", "memory_photo"},
}
WANG_SETS = {
    "dream_lila": {
        "hedges": ("hedge", "grass"),
        "paths": ("moss", "grass"),
        "darkness": ("dark", "grass"),
        "pond": ("water", "grass"),
    },
    "dream_roe": {"shelves": ("shelf", "floor"), "floors": ("parchment", "wood"), "gap": ("gap", "floor")},
}
# The Wang set whose first terrain is a wall (solid) in each dream.
WALL_SET = {"dream_lila": "hedges", "dream_roe": "shelves"}


def root(name: str) -> ET.Element:
    return ET.parse(TILESETS / f"{name}.tsx").getroot()


def props(tile: ET.Element) -> dict[str, str]:
    return {p.get("name", ""): p.get("value", "") for p in tile.iter("property")}


def tiles(name: str) -> dict[int, ET.Element]:
    return {int(t.get("id", "-1")): t for t in root(name).iter("tile")}


def kinds(name: str) -> dict[int, str]:
    return {i: props(t)["kind"] for i, t in tiles(name).items() if "kind" in props(t)}


def by_kind(name: str) -> dict[str, int]:
    return {kind: i for i, kind in kinds(name).items()}


def frame_ids(name: str) -> set[int]:
    """Ids used only as animation frames (not themselves tiles with a kind)."""
    used = {int(f.get("tileid", "-1")) for t in root(name).iter("tile") for f in t.iter("frame")}
    return used - set(kinds(name))


def pixels(name: str) -> tuple[int, int, list[tuple[int, int, int, int]]]:
    return decode_rgba((TILESETS / f"{name}.png").read_bytes())


def tile_pixels(name: str, tile_id: int) -> tuple[tuple[int, int, int, int], ...]:
    width, _, px = pixels(name)
    x0, y0 = (tile_id % 16) * 16, (tile_id // 16) * 16
    return tuple(px[(y0 + y) * width + x0 + x] for y in range(16) for x in range(16))


def wang_tiles(name: str, set_name: str) -> dict[tuple[str, ...], list[int]]:
    for ws in root(name).iter("wangset"):
        if ws.get("name") == set_name:
            colours = {i + 1: c.get("name", "") for i, c in enumerate(ws.iter("wangcolor"))}
            colours[0] = "-"
            out: dict[tuple[str, ...], list[int]] = {}
            for wt in ws.iter("wangtile"):
                v = [int(n) for n in wt.get("wangid", "").split(",")]
                out.setdefault(tuple(colours[v[i]] for i in (1, 3, 5, 7)), []).append(int(wt.get("tileid", "-1")))
            return out
    raise AssertionError(f"{name} has no Wang set {set_name!r}")


@pytest.mark.parametrize("name", NAMES)
def test_built_tileset_matches_its_sources(name: str) -> None:
    assert build_assets.stale_files(ROOT, name) == []


@pytest.mark.parametrize("name", NAMES)
def test_sheet_is_16_columns_of_16px_tiles_and_the_tsx_says_so(name: str) -> None:
    width, height, _ = pixels(name)
    tsx = root(name)
    assert width == 256 and height % 16 == 0
    assert (tsx.get("tilewidth"), tsx.get("tileheight"), tsx.get("columns")) == ("16", "16", "16")
    assert tsx.get("name") == name
    assert int(tsx.get("tilecount", "0")) == height // 16 * 16
    image = tsx.find("image")
    assert image is not None and image.get("source") == f"{name}.png"


@pytest.mark.parametrize("name", NAMES)
def test_every_pixel_is_a_palette_colour_or_fully_transparent(name: str) -> None:
    allowed = load_palette(ROOT / "assets" / "palette.gpl").rgb_set()
    _, _, px = pixels(name)
    bad = {p for p in px if p[3] != 0 and (p[3] != 255 or p[:3] not in allowed)}
    assert not bad


@pytest.mark.parametrize("name", NAMES)
def test_at_least_48_distinct_tiles_each_with_a_kind(name: str) -> None:
    named = kinds(name)
    assert len(named) >= 48
    assert len(set(named.values())) == len(named), "two tiles share one kind"
    assert len({tile_pixels(name, i) for i in named}) >= 48, "tiles are not all distinct pictures"


@pytest.mark.parametrize("name", NAMES)
def test_every_drawn_tile_is_either_a_kinded_tile_or_an_animation_frame(name: str) -> None:
    _, height, _ = pixels(name)
    empty = ((0, 0, 0, 0),) * 256
    drawn = {i for i in range(height // 16 * 16) if tile_pixels(name, i) != empty}
    assert drawn <= set(kinds(name)) | frame_ids(name)
    assert set(kinds(name)) <= drawn


@pytest.mark.parametrize("name", NAMES)
def test_animation_frames_sit_in_a_block_after_the_main_tiles(name: str) -> None:
    frames = frame_ids(name)
    assert frames and min(frames) > max(kinds(name))


@pytest.mark.parametrize("name", NAMES)
def test_required_kinds_are_present(name: str) -> None:
    assert REQUIRED_KINDS[name] <= set(kinds(name).values())


@pytest.mark.parametrize("name", NAMES)
def test_the_living_things_are_animated_with_sensible_durations(name: str) -> None:
    all_tiles, ids = tiles(name), by_kind(name)
    for kind in ANIMATED_KINDS[name]:
        frames = list(all_tiles[ids[kind]].iter("frame"))
        assert len(frames) >= 2, kind
        assert all(60 <= int(f.get("duration", "0")) <= 2000 for f in frames), kind
        assert len({tile_pixels(name, int(f.get("tileid", "-1"))) for f in frames}) >= 2, kind


@pytest.mark.parametrize("name", NAMES)
def test_wang_sets_cover_every_corner_combination(name: str) -> None:
    for set_name, terrains in WANG_SETS[name].items():
        table = wang_tiles(name, set_name)
        for combo in product(terrains, repeat=4):
            assert combo in table, f"{set_name} has no tile for corners {combo}"


@pytest.mark.parametrize("name", NAMES)
def test_floors_and_walls_in_wang_sets_are_opaque(name: str) -> None:
    for set_name in WANG_SETS[name]:
        for ids in wang_tiles(name, set_name).values():
            for tile_id in ids:
                assert all(p[3] == 255 for p in tile_pixels(name, tile_id)), (set_name, tile_id)


@pytest.mark.parametrize("name", NAMES)
def test_wall_pieces_are_solid_and_pure_floor_is_not(name: str) -> None:
    wall, floor = WANG_SETS[name][WALL_SET[name]]
    all_tiles = tiles(name)
    for combo, ids in wang_tiles(name, WALL_SET[name]).items():
        for tile_id in ids:
            solid = props(all_tiles[tile_id]).get("solid") == "true"
            assert solid == (wall in combo), (combo, tile_id)


@pytest.mark.parametrize("name", NAMES)
def test_no_property_uses_a_reserved_name(name: str) -> None:
    for tile in tiles(name).values():
        assert not RESERVED & set(props(tile))


def test_lila_darkness_is_dark_and_its_soft_edges_are_safe() -> None:
    all_tiles = tiles("dream_lila")
    for combo, ids in wang_tiles("dream_lila", "darkness").items():
        for tile_id in ids:
            dark = props(all_tiles[tile_id]).get("dark") == "true"
            assert dark == (combo.count("dark") >= 3), combo


def test_lila_shadow_paths_show_only_in_her_light() -> None:
    shadow = [t for t in tiles("dream_lila").values() if props(t).get("kind", "").startswith("shadow_")]
    assert len(shadow) >= 3
    assert all(props(t).get("hidden") == "glow" for t in shadow)


def test_lila_culverts_are_vents_with_entrances_straights_and_bends() -> None:
    culverts = {
        props(t)["kind"]: props(t) for t in tiles("dream_lila").values() if "culvert" in props(t).get("kind", "")
    }
    assert {"culvert_h", "culvert_v", "culvert_ne", "culvert_nw", "culvert_se", "culvert_sw"} <= set(culverts)
    assert sum(k.startswith("culvert_mouth") for k in culverts) >= 4
    assert all(p.get("vent") == "true" for p in culverts.values())
    assert all(p.get("solid") != "true" for p in culverts.values()), "vents must not be plain walls"


def test_lila_pond_water_cannot_be_walked_on() -> None:
    all_tiles = tiles("dream_lila")
    for combo, ids in wang_tiles("dream_lila", "pond").items():
        for tile_id in ids:
            assert (props(all_tiles[tile_id]).get("solid") == "true") == ("water" in combo)


def test_roe_gap_is_a_gap_wherever_the_floor_has_fallen_away() -> None:
    all_tiles = tiles("dream_roe")
    for combo, ids in wang_tiles("dream_roe", "gap").items():
        for tile_id in ids:
            p = props(all_tiles[tile_id])
            assert (p.get("gap") == "true") == ("gap" in combo), combo
            assert (p.get("solid") == "true") == ("gap" in combo), combo


def test_roe_heavy_crates_are_solid_blocks_with_the_heavy_crate_kind() -> None:
    crates = [props(t) for t in tiles("dream_roe").values() if props(t).get("kind", "").startswith("heavy_crate")]
    assert crates and all(p.get("solid") == "true" for p in crates)
    tile_id = by_kind("dream_roe")["heavy_crate"]
    opaque = sum(p[3] == 255 for p in tile_pixels("dream_roe", tile_id))
    assert opaque >= 200, "a pushable block should fill most of its cell"


def test_roe_memory_photographs_lie_on_the_floor_as_walkable_overlays() -> None:
    photos = [i for i, k in kinds("dream_roe").items() if k.startswith("memory_photo")]
    assert len(photos) >= 3
    for tile_id in photos:
        assert props(tiles("dream_roe")[tile_id]).get("solid") != "true"
        assert any(p[3] == 0 for p in tile_pixels("dream_roe", tile_id))
