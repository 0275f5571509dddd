"""The palette, tileset and sprite sheets match their sources and the tileset contract."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from game.art.grid import SourceError, parse_legend
from game.art.palette import load_palette
from game.art.png import decode_rgba, encode_indexed
from game.art.tiles import draw_tiles, parse_tiles
from game.tools import build_assets

ROOT = Path(__file__).resolve().parents[1]
ASSETS = ROOT / "assets"
TSX = ASSETS / "tilesets" / "waking.tsx"
TILESET_PNG = ASSETS / "tilesets" / "waking.png"
MARA_PNG = ASSETS / "sprites" / "mara.png"

# The waking tileset contract (issue 2): id, kind, flags. S = solid, A = animated,
# T = has transparent pixels (upper-layer prop). Unflagged tiles in rows 0-2 are opaque.
CONTRACT = """
0 void S|1 floor_wood|2 floor_wood_b|3 floor_tile|4 floor_tile_b|5 carpet|6 carpet_b|7 doormat
8 rug|9 sidewalk|10 sidewalk_b|11 curb|12 asphalt|13 asphalt_b|14 lane_mark|15 crosswalk
16 wall_cap S|17 wall_face S|18 wall_face_window S|19 wall_face_poster S|20 wall_face_clock S
21 wall_face_screen SA|22 corridor_face S|23 corridor_face_lamp S|24 door_interior S
25 door_apartment S|26 elevator_door S|27 stairs_down|28 door_glass S|29 threshold
30 planter S|31 grass|32 roof_edge S|33 facade S|34 facade_window S|35 facade_window_lit SA
36 shop_left S|37 shop_right S|38 awning S|39 facade_vent S|40 lamp_top T|41 lamp_post ST
42 bench ST|43 bin ST|44 bollard ST|45 tree_top T|46 tree_trunk ST|47 vending S
48 bed_head ST|49 bed_foot ST|50 pod_top STA|51 pod_bottom STA|52 desk_left ST
53 desk_right ST|54 chair T|55 sofa_left ST|56 sofa_right ST|57 plant ST|58 counter ST
59 counter_sink ST|60 stove ST|61 fridge_top ST|62 fridge_bottom ST|63 table ST
64 bookshelf_top ST|65 bookshelf_bottom ST|66 wardrobe_top ST|67 wardrobe_bottom ST
68 floor_lamp ST|69 tv STA|70 boxes ST|71 coat_rack ST|72 shoe_rack ST|73 bathtub_left ST
74 bathtub_right ST|75 toilet ST|76 noticeboard S|77 mailboxes S|78 neon_sign_left SA
79 neon_sign_right SA
"""
RESERVED = {"name", "type", "id", "x", "y", "width", "height", "class", "source", "gid", "visible"}


def contract() -> dict[int, tuple[str, str]]:
    """Tile id -> (kind, flags) as written in the contract above."""
    entries: dict[int, tuple[str, str]] = {}
    for item in CONTRACT.replace("\n", "|").split("|"):
        if item.strip():
            tile_id, kind, *flags = item.split()
            entries[int(tile_id)] = (kind, flags[0] if flags else "")
    return entries


def tsx_tiles() -> dict[int, ET.Element]:
    return {int(t.get("id", "-1")): t for t in ET.parse(TSX).getroot().iter("tile")}


def properties(tile: ET.Element) -> dict[str, tuple[str | None, str | None]]:
    return {p.get("name", ""): (p.get("type"), p.get("value")) for p in tile.iter("property")}


def tile_pixels(tile_id: int) -> list[tuple[int, int, int, int]]:
    width, _, pixels = decode_rgba(TILESET_PNG.read_bytes())
    x0, y0 = (tile_id % 16) * 16, (tile_id // 16) * 16
    return [pixels[(y0 + y) * width + x0 + x] for y in range(16) for x in range(16)]


def test_palette_is_one_named_gimp_palette_of_32_to_48_distinct_colours() -> None:
    text = (ASSETS / "palette.gpl").read_text(encoding="utf-8")
    assert text.startswith("GIMP Palette\nName: Lullaby Protocol\nColumns: 8\n")
    palette = load_palette(ASSETS / "palette.gpl")
    assert 32 <= len(palette.colours) <= 48
    assert len(palette.rgb_set()) == len(palette.colours), "two names share one colour"
    for name in ("ink", "neon-cyan", "neon-magenta"):
        palette.rgb(name)


ART_PNGS = sorted(p for p in ASSETS.rglob("*.png") if "screenshots" not in p.parts)
"""Every image the game draws from. Screenshots (assets/screenshots) are captures of the
running game for the README and include its blended effects (fades, tints), so they are
not held to the palette."""


@pytest.mark.parametrize("png", ART_PNGS, ids=lambda p: p.name)
def test_every_png_under_assets_uses_only_palette_colours_or_full_transparency(png: Path) -> None:
    allowed = load_palette(ASSETS / "palette.gpl").rgb_set()
    _, _, pixels = decode_rgba(png.read_bytes())
    stray = {p for p in pixels if p[3] != 0 and (p[3] != 255 or p[:3] not in allowed)}
    assert not stray, f"{png.name}: colours outside the palette: {sorted(stray)[:5]}"


def test_tileset_is_16_columns_of_16px_tiles_and_the_tsx_matches_the_image_size() -> None:
    root = ET.parse(TSX).getroot()
    width, height, _ = decode_rgba(TILESET_PNG.read_bytes())
    image = root.find("image")
    assert image is not None and image.get("source") == "waking.png"
    assert (root.get("version"), root.get("tiledversion")) == ("1.8", "1.8.2")
    assert (root.get("name"), root.get("tilewidth"), root.get("tileheight")) == ("waking", "16", "16")
    assert root.get("columns") == "16" and width == 256
    assert (image.get("width"), image.get("height")) == (str(width), str(height))
    assert int(root.get("tilecount", "0")) == 16 * (height // 16)
    assert height >= 128, "rows 6-7 hold the animation frames"


@pytest.mark.parametrize("tile_id", sorted(contract()))
def test_each_contract_tile_has_its_kind_and_solid_property(tile_id: int) -> None:
    kind, flags = contract()[tile_id]
    tile = tsx_tiles().get(tile_id)
    assert tile is not None, f"tile {tile_id} ({kind}) has no <tile> entry"
    props = properties(tile)
    assert props.get("kind") == (None, kind)
    if "S" in flags:
        assert props.get("solid") == ("bool", "true")
    else:
        assert "solid" not in props or props["solid"] == ("bool", "false")


def test_no_tile_property_is_named_like_a_builtin_attribute() -> None:
    for tile_id, tile in tsx_tiles().items():
        assert not RESERVED & set(properties(tile)), f"tile {tile_id}"


def test_animated_contract_tiles_loop_frames_from_row_6_on_at_150_to_600_ms() -> None:
    animated = {i for i, (_, flags) in contract().items() if "A" in flags}
    tiles = tsx_tiles()
    assert {i for i, t in tiles.items() if t.find("animation") is not None and i < 96} == animated
    for tile_id in animated:
        frames = list(tiles[tile_id].iter("frame"))
        assert len(frames) >= 2
        for frame in frames:
            assert int(frame.get("tileid", "-1")) >= 96, f"tile {tile_id}"
            assert 150 <= int(frame.get("duration", "0")) <= 600, f"tile {tile_id}"
        first = int(frames[0].get("tileid", "-1"))
        assert tile_pixels(tile_id) == tile_pixels(first), "the still tile is its first frame"


def test_floor_wall_and_facade_tiles_are_opaque_and_upper_layer_props_are_not() -> None:
    for tile_id, (kind, flags) in contract().items():
        alphas = {p[3] for p in tile_pixels(tile_id)}
        if "T" in flags:
            assert 0 in alphas, f"{tile_id} {kind} should let the floor show through"
        else:
            assert alphas == {255}, f"{tile_id} {kind} should be fully opaque"


def test_mara_sheet_is_4_facings_of_idle_walk_and_ability_frames_of_16x24_on_transparency() -> None:
    width, height, pixels = decode_rgba(MARA_PNG.read_bytes())
    assert (width, height) == (96, 96)
    for row in range(4):
        for col in range(width // 16):
            frame = [pixels[(row * 24 + y) * width + col * 16 + x] for y in range(24) for x in range(16)]
            opaque = sum(1 for p in frame if p[3])
            assert 80 < opaque < 16 * 24 - 80, f"frame row {row} col {col} is empty or solid"
            assert frame[0][3] == 0 and frame[-1][3] == 0, "corners are background"


def test_mara_walk_frames_differ_from_her_idle_frame() -> None:
    width, _, pixels = decode_rgba(MARA_PNG.read_bytes())

    def frame(row: int, col: int) -> list[tuple[int, int, int, int]]:
        return [pixels[(row * 24 + y) * width + col * 16 + x] for y in range(24) for x in range(16)]

    for row in range(4):
        assert frame(row, 1) != frame(row, 0) and frame(row, 3) != frame(row, 1)


def test_committed_assets_match_what_the_sources_build() -> None:
    assert build_assets.stale_files(ROOT) == []
    assert build_assets.main(["--check"]) == 0


def test_building_twice_gives_identical_bytes() -> None:
    assert build_assets.build(ROOT) == build_assets.build(ROOT)


def test_check_names_a_built_file_that_differs_from_its_sources(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(ASSETS, tmp_path / "assets")
    mara = tmp_path / "assets" / "sprites" / "mara.png"
    mara.write_bytes(mara.read_bytes() + b"\0")
    assert build_assets.main(["--check", "--root", str(tmp_path)]) == 1
    assert "assets/sprites/mara.png" in capsys.readouterr().out
    assert build_assets.main(["--root", str(tmp_path)]) == 0
    assert build_assets.main(["--check", "--root", str(tmp_path)]) == 0


def test_png_writer_emits_only_image_chunks_and_round_trips() -> None:
    data = encode_indexed([[0, 1], [2, 1]], [(10, 20, 30), (200, 100, 50)])
    chunks, pos = [], 8
    while pos < len(data):
        length = int.from_bytes(data[pos : pos + 4], "big")
        chunks.append(data[pos + 4 : pos + 8])
        pos += 12 + length
    assert chunks == [b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND"]
    assert decode_rgba(data) == (
        2,
        2,
        ((0, 0, 0, 0), (10, 20, 30, 255), (200, 100, 50, 255), (10, 20, 30, 255)),
    )


def test_a_tile_row_of_the_wrong_width_is_reported_with_file_and_line() -> None:
    with pytest.raises(SourceError, match=r"bad\.txt:3: pixel row is 15 px wide"):
        parse_tiles("tile 1 floor\n" + "k" * 16 + "\n" + "k" * 15 + "\n", "bad.txt")


def test_an_unknown_pixel_character_is_reported() -> None:
    legend = parse_legend("k ink\n", load_palette(ASSETS / "palette.gpl"))
    specs = parse_tiles("tile 1 floor\n" + ("k" * 15 + "?\n") * 16, "odd.txt")
    with pytest.raises(SourceError, match="'\\?' is not in the legend"):
        draw_tiles(specs, legend)


def test_mara_sheet_loads_in_pygame_with_a_transparent_background() -> None:
    pygame = pytest.importorskip("pygame")
    sheet = pygame.image.load(str(MARA_PNG))
    assert sheet.get_size() == (96, 96)  # idle, 4 walk frames and the Trace pose
    corner = sheet.get_at((0, 0))
    assert corner.a == 0 or sheet.get_colorkey() == tuple(corner)
