"""Mara's and Jonas's dream tilesets: sizes, kinds, puzzle properties, Wang sets, palette."""

from __future__ import annotations

import statistics
import xml.etree.ElementTree as ET
from itertools import product
from pathlib import Path

import pytest

from game.art.palette import load_palette
from game.art.png import decode_rgba
from game.tools import build_assets

ROOT = Path(__file__).resolve().parents[1]
TILESETS = ROOT / "assets" / "tilesets"
TILE_PX = 16
COLUMNS = 16
NAMES = ("dream_mara", "dream_jonas")

# Kinds each dream must offer (the design's mechanics and the art brief's list).
WALL_KINDS = (
    "wall_fill wall_s wall_n wall_e wall_w wall_out_se wall_out_sw wall_out_ne wall_out_nw "
    "wall_in_se wall_in_sw wall_in_ne wall_in_nw wall_diag_a wall_diag_b"
).split()
BRINK_KINDS = [f"brink_corner_{c}" for c in ("nw", "ne", "se", "sw")] + [f"brink_edge_{c}" for c in "nsew"]
REQUIRED = {
    "dream_mara": WALL_KINDS
    + BRINK_KINDS
    + (
        "void floor floor_b door door_glass elevator_left elevator_right wall_s_clock clock_top "
        "clock_bottom desk_left desk_right chair filing_top filing_bottom plant plate plate_down "
        "bridge_h bridge_v hidden_floor hidden_bridge_h hidden_bridge_v floor_shimmer wire_h wire_v "
        "wire_corner_ne wire_t_nes wire_cross wire_end_n junction_0 junction_90 junction_180 junction_270"
    ).split(),
    "dream_jonas": WALL_KINDS
    + BRINK_KINDS
    + (
        "void floor floor_b floor_red floor_orange floor_green floor_gold floor_magenta door "
        "wall_s_frame_empty wall_s_frame_half easel_top easel_bottom paint_pots brushes splat_red "
        "splat_blue puddle stage stage_front podium spotlight sketch_plank_h sketch_plank_v "
        "sketch_crate sketch_plank_h_fading sketch_crate_fading"
    ).split(),
}
ANIMATED = {
    "dream_mara": ("desk_right", "floor_shimmer", "elevator_right"),
    "dream_jonas": ("puddle", "spotlight"),
}
PROPS = ("desk_left", "chair", "plant", "bin", "junction_0", "easel_top", "paint_pots", "splat_red", "sketch_crate")


def tsx_root(name: str) -> ET.Element:
    return ET.parse(TILESETS / f"{name}.tsx").getroot()


def tile_props(name: str) -> dict[int, dict[str, str]]:
    """Tile id -> {property name: value} from the built .tsx."""
    return {
        int(t.get("id", "-1")): {p.get("name", ""): p.get("value", "") for p in t.iter("property")}
        for t in tsx_root(name).iter("tile")
    }


def by_kind(name: str) -> dict[str, int]:
    return {props["kind"]: tile_id for tile_id, props in tile_props(name).items() if "kind" in props}


def animations(name: str) -> dict[int, list[int]]:
    return {
        int(t.get("id", "-1")): [int(f.get("tileid", "-1")) for f in t.iter("frame")]
        for t in tsx_root(name).iter("tile")
        if t.find("animation") is not None
    }


def pixels(name: str) -> tuple[int, int, list[tuple[int, int, int, int]]]:
    return decode_rgba((TILESETS / f"{name}.png").read_bytes())


def tile_pixels(name: str, tile_id: int) -> list[tuple[int, int, int, int]]:
    width, _, data = pixels(name)
    row, col = divmod(tile_id, COLUMNS)
    x0, y0 = col * TILE_PX, row * TILE_PX
    return [data[(y0 + y) * width + x0 + x] for y in range(TILE_PX) for x in range(TILE_PX)]


@pytest.mark.parametrize("name", NAMES)
def test_dream_tileset_is_built_from_its_sources(name: str) -> None:
    assert build_assets.stale_files(ROOT, name) == []


@pytest.mark.parametrize("name", NAMES)
def test_dream_tileset_image_and_tsx_agree_on_size(name: str) -> None:
    width, height, _ = pixels(name)
    root = tsx_root(name)
    image = root.find("image")
    assert image is not None
    assert (root.get("tilewidth"), root.get("tileheight"), root.get("columns")) == ("16", "16", "16")
    assert width == COLUMNS * TILE_PX and height % TILE_PX == 0
    assert (int(image.get("width", "0")), int(image.get("height", "0"))) == (width, height)
    assert int(root.get("tilecount", "0")) == (width // TILE_PX) * (height // TILE_PX)


@pytest.mark.parametrize("name", NAMES)
def test_dream_tileset_has_at_least_48_distinct_kinds_of_tile(name: str) -> None:
    kinds = [props["kind"] for props in tile_props(name).values() if "kind" in props]
    assert len(kinds) >= 48
    assert len(set(kinds)) == len(kinds), "two tiles share a kind"


@pytest.mark.parametrize("name", NAMES)
def test_every_drawn_tile_has_a_kind_unless_it_is_an_animation_frame(name: str) -> None:
    _, height, _ = pixels(name)
    frames = {f for fs in animations(name).values() for f in fs}
    kinds = by_kind(name).values()
    for tile_id in range(COLUMNS * height // TILE_PX):
        drawn = any(a for *_, a in tile_pixels(name, tile_id))
        if drawn and tile_id not in kinds:
            assert tile_id in frames, f"tile {tile_id} is drawn but has no kind"


@pytest.mark.parametrize("name", NAMES)
def test_dream_tileset_offers_every_required_kind(name: str) -> None:
    missing = set(REQUIRED[name]) - set(by_kind(name))
    assert not missing


@pytest.mark.parametrize("name", NAMES)
def test_animation_frames_sit_in_a_block_after_the_main_tiles(name: str) -> None:
    kinds = by_kind(name)
    anims = animations(name)
    for kind in ANIMATED[name]:
        frames = anims.get(kinds[kind], [])
        assert len(frames) >= 2, f"{kind} is not animated"
        assert len(set(frames)) >= 2
    all_frames = {f for fs in anims.values() for f in fs}
    assert min(all_frames) > max(kinds.values())
    for tile_id, frames in anims.items():
        for frame in frames:
            assert any(a for *_, a in tile_pixels(name, frame)), f"frame {frame} of {tile_id} is empty"


@pytest.mark.parametrize("name", NAMES)
def test_every_pixel_is_a_palette_colour_or_transparent(name: str) -> None:
    allowed = load_palette(ROOT / "assets" / "palette.gpl").rgb_set()
    _, _, data = pixels(name)
    bad = {(r, g, b) for r, g, b, a in data if a and (r, g, b) not in allowed}
    assert not bad
    assert {a for *_, a in data} <= {0, 255}


@pytest.mark.parametrize("name", NAMES)
def test_wang_sets_cover_every_corner_combination_for_walls_and_floors(name: str) -> None:
    wangsets = {w.get("name"): w for w in tsx_root(name).iter("wangset")}
    assert set(wangsets) >= {"walls", "floors"}
    for wangset in wangsets.values():
        assert wangset.get("type") == "corner"
        assert len(list(wangset.iter("wangcolor"))) == 2
        ids = {tuple(t.get("wangid", "").split(",")[1::2]) for t in wangset.iter("wangtile")}
        assert ids == {tuple(c) for c in product("12", repeat=4)}, f"{wangset.get('name')} misses a combination"


@pytest.mark.parametrize("name", NAMES)
def test_walls_are_solid_and_floors_and_walls_are_opaque(name: str) -> None:
    props = tile_props(name)
    kinds = by_kind(name)
    for kind in WALL_KINDS + ["door"]:
        assert props[kinds[kind]].get("solid") == "true", kind
    for kind in WALL_KINDS + BRINK_KINDS + ["floor", "floor_b", "void", "door"]:
        assert all(a == 255 for *_, a in tile_pixels(name, kinds[kind])), f"{kind} has holes"


@pytest.mark.parametrize("name", NAMES)
def test_props_are_transparent_around_so_they_sit_on_an_upper_layer(name: str) -> None:
    kinds = by_kind(name)
    for kind in PROPS:
        if kind in kinds:
            alphas = [a for *_, a in tile_pixels(name, kinds[kind])]
            assert 0 in alphas and 255 in alphas, kind


@pytest.mark.parametrize("name", NAMES)
def test_the_void_is_a_gap_but_its_brinks_are_walkable_floor(name: str) -> None:
    props = tile_props(name)
    kinds = by_kind(name)
    voids = [k for k in kinds if k.startswith("void")]
    assert len(voids) >= 2
    for kind in voids:
        assert props[kinds[kind]].get("gap") == "true", kind
    for kind, tile_id in kinds.items():
        if kind.startswith(("brink_", "floor", "bridge")):
            assert "gap" not in props[tile_id] and "solid" not in props[tile_id], kind


def test_mara_hidden_walkways_show_only_under_trace() -> None:
    props = tile_props("dream_mara")
    hidden = [tile_id for tile_id, p in props.items() if p.get("kind", "").startswith("hidden_")]
    assert len(hidden) >= 3
    for tile_id in hidden:
        assert props[tile_id].get("hidden") == "trace"
        assert "gap" not in props[tile_id] and "solid" not in props[tile_id]


def test_mara_wiring_is_a_full_overlay_set_drawn_only_where_the_wire_runs() -> None:
    props = tile_props("dream_mara")
    wires = {p["kind"]: tile_id for tile_id, p in props.items() if p.get("kind", "").startswith("wire_")}
    shapes = {"wire_h", "wire_v"} | {f"wire_end_{d}" for d in "nesw"} | {"wire_cross"}
    assert shapes <= set(wires)
    assert sum(k.startswith("wire_corner_") for k in wires) == 4
    assert sum(k.startswith("wire_t_") for k in wires) == 4
    for kind, tile_id in wires.items():
        assert props[tile_id].get("wire") == "true", kind
        alphas = [a for *_, a in tile_pixels("dream_mara", tile_id)]
        assert alphas.count(0) > len(alphas) // 2, f"{kind} should be mostly see-through"


def test_mara_junction_rotations_are_four_different_tiles() -> None:
    kinds = by_kind("dream_mara")
    images = [tuple(tile_pixels("dream_mara", kinds[f"junction_{r}"])) for r in (0, 90, 180, 270)]
    assert len(set(images)) == 4


def test_mara_palette_is_white_and_gold() -> None:
    palette = load_palette(ROOT / "assets" / "palette.gpl")
    mood = {palette.rgb(c) for c in ("white", "fog", "steel-4", "gold-1", "gold-2", "gold-3", "lamp-glow")}
    _, _, data = pixels("dream_mara")
    opaque = [(r, g, b) for r, g, b, a in data if a]
    assert sum(p in mood for p in opaque) / len(opaque) > 0.75


def test_jonas_uses_every_paint_ramp() -> None:
    palette = load_palette(ROOT / "assets" / "palette.gpl")
    _, _, data = pixels("dream_jonas")
    used = {(r, g, b) for r, g, b, a in data if a}
    for colour in ("red-2", "orange", "paint-blue", "sky-blue", "gold-3", "leaf-3", "leaf-4", "neon-magenta"):
        assert palette.rgb(colour) in used, colour


def test_jonas_sketches_span_gaps_and_the_crate_blocks() -> None:
    props = tile_props("dream_jonas")
    kinds = by_kind("dream_jonas")
    for kind in ("sketch_plank_h", "sketch_plank_v", "sketch_plank_h_fading", "sketch_plank_v_fading"):
        assert "solid" not in props[kinds[kind]], kind
    assert props[kinds["sketch_crate"]].get("solid") == "true"
    faded = [a for *_, a in tile_pixels("dream_jonas", kinds["sketch_crate_fading"])]
    whole = [a for *_, a in tile_pixels("dream_jonas", kinds["sketch_crate"])]
    assert faded.count(255) < whole.count(255)


def luminance(pixel: tuple[int, int, int, int]) -> float:
    r, g, b, _ = pixel
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def saturation(pixel: tuple[int, int, int, int]) -> float:
    r, g, b, _ = pixel
    return (max(r, g, b) - min(r, g, b)) / max(r, g, b, 1)


def spread(name: str, kind: str) -> float:
    return statistics.pstdev(luminance(p) for p in tile_pixels(name, by_kind(name)[kind]))


@pytest.mark.parametrize("name", NAMES)
def test_the_main_floor_is_quieter_than_the_walls(name: str) -> None:
    # DESIGN.md §5: floors quieter (lower contrast) than walls and props, so characters read.
    floor = spread(name, "floor")
    for wall in ("wall_fill", "wall_s"):
        assert floor < spread(name, wall), f"floor spread {floor:.1f} >= {wall}"
    assert spread(name, "floor_b") < spread(name, "wall_s")


def test_jonas_main_floor_is_a_calm_primed_canvas_below_the_white_void() -> None:
    kinds = by_kind("dream_jonas")
    floor = tile_pixels("dream_jonas", kinds["floor"])
    void = tile_pixels("dream_jonas", kinds["void"])
    # not loud saturated paint: the bold colours stay on the swatches, walls, splats, props
    assert statistics.mean(saturation(p) for p in floor) < 0.15
    assert statistics.mean(saturation(p) for p in floor) < statistics.mean(
        saturation(p) for p in tile_pixels("dream_jonas", kinds["floor_red"])
    )
    # the raw white canvas of the void stays clearly lighter than the primed floor
    assert statistics.mean(luminance(p) for p in void) - statistics.mean(luminance(p) for p in floor) > 20


EDGE_SIDES = {"brink_edge_n": "n", "brink_edge_s": "s", "brink_edge_e": "e", "brink_edge_w": "w"}


@pytest.mark.parametrize("name", NAMES)
def test_brink_edges_show_the_main_floor_exactly_away_from_the_void(name: str) -> None:
    kinds = by_kind(name)
    floor = tile_pixels(name, kinds["floor"])
    for kind, side in EDGE_SIDES.items():
        brink = tile_pixels(name, kinds[kind])
        for i, (got, want) in enumerate(zip(brink, floor, strict=True)):
            y, x = divmod(i, TILE_PX)
            away = {"n": y, "s": TILE_PX - 1 - y, "w": x, "e": TILE_PX - 1 - x}[side]
            if away >= 6:
                assert got == want, f"{kind} differs from the floor at {x},{y}"


@pytest.mark.parametrize("name", NAMES)
def test_the_floor_casts_a_shadow_lip_into_the_void_below_it(name: str) -> None:
    # where the void lies south of a floor, a drop shadow darker than anything on the floor
    # runs under the edge, so the void reads as a fall, not as another floor panel
    kinds = by_kind(name)
    floor_min = min(luminance(p) for p in tile_pixels(name, kinds["floor"]))
    lip = tile_pixels(name, kinds["brink_edge_s"])[-5 * TILE_PX :]
    rows = [lip[r * TILE_PX : (r + 1) * TILE_PX] for r in range(5)]
    dark_rows = [r for r in rows if all(luminance(p) < floor_min for p in r)]
    assert dark_rows, "no continuous shadow row under the floor edge"


def test_mara_void_is_haze_not_a_glass_panel_and_trace_ghosts_show_on_it() -> None:
    palette = load_palette(ROOT / "assets" / "palette.gpl")
    glass = {palette.rgb(c) for c in ("cyan-glow", "neon-cyan", "cyan-2")}
    kinds = by_kind("dream_mara")
    voids = [k for k in kinds if k.startswith(("void", "brink_"))]
    for kind in voids:
        assert not {p[:3] for p in tile_pixels("dream_mara", kinds[kind])} & glass, kind
    floor = tile_pixels("dream_mara", kinds["floor"])
    void = tile_pixels("dream_mara", kinds["void"])
    assert statistics.mean(luminance(p) for p in void) > statistics.mean(luminance(p) for p in floor)
    void_min = min(luminance(p) for p in void)
    for kind in ("hidden_floor", "hidden_bridge_h", "hidden_bridge_v"):
        ghost = tile_pixels("dream_mara", kinds[kind])
        assert sum(luminance(p) < void_min - 30 for p in ghost) >= 12, f"{kind} is lost in the void"
