"""The art pipeline's shared parts: tile properties, Wang sets, the sheet manifest, partial
builds and the contact sheet."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pygame
import pytest

from game.art.grid import SourceError
from game.art.tiles import parse_tile_source
from game.art.tsx import tileset_xml
from game.tools import build_assets

from .conftest import ROOT

FLOOR = "tile 0 floor\nnoise 1 k\n"


def tsx_of(text: str) -> ET.Element:
    source = parse_tile_source(text, "t.txt")
    return ET.fromstring(tileset_xml("t", "t.png", source.specs, 16, 1, 16, source.wangsets))


def test_prop_lines_become_typed_tile_properties() -> None:
    root = tsx_of("tile 3 pit\nprop gap=true depth=2 mood=cold\n")
    props = {p.get("name"): (p.get("type"), p.get("value")) for p in root.iter("property")}
    assert props == {"kind": (None, "pit"), "gap": ("bool", "true"), "depth": ("int", "2"), "mood": (None, "cold")}


def test_a_reserved_property_name_is_refused_with_file_and_line() -> None:
    with pytest.raises(SourceError, match="t.txt:2: property 'name' uses a reserved name"):
        tsx_of("tile 3 pit\nprop name=pit\n")


def test_wang_lines_make_a_corner_wangset_for_the_terrain_brush() -> None:
    root = tsx_of("wangset walls wall,floor\ntile 1 corner\nwang walls wall floor floor -\n" + FLOOR)
    wangset = root.find("wangsets/wangset")
    assert wangset is not None and wangset.get("type") == "corner"
    assert [c.get("name") for c in wangset.findall("wangcolor")] == ["wall", "floor"]
    tile = wangset.find("wangtile")
    assert tile is not None and (tile.get("tileid"), tile.get("wangid")) == ("1", "0,1,0,2,0,2,0,0")


def test_a_wang_tile_naming_an_unknown_terrain_is_reported() -> None:
    with pytest.raises(SourceError, match="'lava' is not a terrain of Wang set 'walls'"):
        tsx_of("wangset walls wall,floor\ntile 1 corner\nwang walls wall lava floor floor\n")


LAYOUTS = sorted(p for kind in build_assets.SHEET_KINDS for p in (ROOT / "assets" / kind).glob("*.json"))


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_sheet_has_a_layout_file_matching_its_image(layout: Path) -> None:
    info = json.loads(layout.read_text(encoding="utf-8"))
    width, height = pygame.image.load(str(layout.with_suffix(".png"))).get_size()
    assert width == info["frame"][0] * info["columns"]
    assert height == info["frame"][1] * len(info["rows"])


def test_maras_layout_names_her_four_facings() -> None:
    info = json.loads((ROOT / "assets" / "sprites" / "mara.json").read_text(encoding="utf-8"))
    assert info["rows"] == ["down", "up", "left", "right"]


def test_a_partial_build_touches_only_the_named_source() -> None:
    outputs = build_assets.build(ROOT, only="sprites/mara")
    assert list(outputs) == [Path("assets/sprites/mara.png"), Path("assets/sprites/mara.json")]
    both = build_assets.build(ROOT, only="mara")  # a bare name builds every source so named
    assert Path("assets/portraits/mara.png") in both and Path("assets/sprites/mara.png") in both


def test_the_contact_sheet_shows_every_tileset_and_sheet(tmp_path: Path) -> None:
    out = tmp_path / "contact.png"
    assert build_assets.main(["--check", "--sheet", str(out)]) == 0
    pygame.display.init()
    image = pygame.image.load(str(out))
    tilesets = len(list((ROOT / "assets" / "tilesets").glob("*.tsx")))
    assert image.get_width() >= 1500 and image.get_height() > 200 * tilesets
