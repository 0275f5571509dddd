"""The game's own maps, beyond what the validator checks (that runs in test_content): the
layer order designers rely on, ids Tiled will not reuse, grid alignment, templates that
match the schema, and doors that lead back where they came from."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from game.content.schema import OBJECT_TYPES, SPRITE_LAYER
from game.content.tiled import load_map
from game.content.tmx import read_map

from .conftest import MAPS_DIR

MAPS = sorted(MAPS_DIR.glob("*.tmx"))
TEMPLATES = sorted((MAPS_DIR / "templates").glob("*.tx"))


def test_the_foundation_maps_exist() -> None:
    assert {p.stem for p in MAPS} >= {"mara_flat", "mara_corridor", "vesper_street"}


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.stem)
def test_layers_are_ground_then_walls_then_sprites_then_objects(path: Path) -> None:
    root = ET.parse(path).getroot()
    names = [layer.get("name") for layer in root if layer.tag in ("layer", "objectgroup")]
    assert names[:3] == ["ground", "walls", SPRITE_LAYER]
    assert "objects" in names[3:]


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.stem)
def test_ids_are_unique_and_below_tileds_next_ids(path: Path) -> None:
    root = ET.parse(path).getroot()
    object_ids = [int(o.get("id", "0")) for o in root.iter("object")]
    layer_ids = [int(layer.get("id", "0")) for layer in root if layer.tag in ("layer", "objectgroup")]
    assert len(set(object_ids)) == len(object_ids) and len(set(layer_ids)) == len(layer_ids)
    assert max(object_ids) < int(root.get("nextobjectid", "0"))
    assert max(layer_ids) < int(root.get("nextlayerid", "0"))


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.stem)
def test_every_object_uses_a_template_and_sits_on_the_grid(path: Path) -> None:
    raw = ET.parse(path).getroot()
    for group in raw.iter("objectgroup"):
        for obj in group.findall("object"):
            if group.get("name") != "collision":
                assert obj.get("template"), f"object {obj.get('id')} is not from a template"
    resolved = read_map(str(path)).root
    assert resolved is not None
    for obj in resolved.iter("object"):
        size = (float(obj.get("width", 0)), float(obj.get("height", 0)))
        x, y = float(obj.get("x", 0)), float(obj.get("y", 0))
        if size == (0, 0):  # a point: the middle of a cell
            assert (x % 16, y % 16) == (8, 8), f"object {obj.get('id')} at {x},{y}"
        else:
            assert x % 16 == y % 16 == size[0] % 16 == size[1] % 16 == 0, f"object {obj.get('id')}"


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.stem)
def test_templates_carry_their_types_schema_properties(path: Path) -> None:
    obj = ET.parse(path).getroot().find("object")
    assert obj is not None
    spec = OBJECT_TYPES[obj.get("type", "")]
    props = {p.get("name") for p in obj.iter("property")}
    assert props == set(spec.props)
    assert (obj.find("point") is not None) == (spec.shape == "point")


def test_every_door_and_warp_has_a_way_back() -> None:
    maps = {p.stem: load_map(str(p)).data for p in MAPS}
    for name, data in maps.items():
        for obj in data.objects:
            if obj.kind in ("door", "warp"):
                target = maps[str(obj.properties["target_map"])]
                back = [o for o in target.objects if o.kind in ("door", "warp") and o.properties["target_map"] == name]
                assert back, f"{name}: {obj.label} leads to {target.name}, which has no way back"


@pytest.mark.parametrize("path", sorted(MAPS_DIR.glob("**/*.tmx")), ids=lambda p: p.stem)
def test_every_maps_music_is_a_track_the_game_has(path: Path) -> None:
    root = ET.parse(path).getroot()
    music = [p.get("value") for p in root.findall("properties/property") if p.get("name") == "music"]
    for track in music:
        assert (MAPS_DIR.parent / "assets" / "audio" / "music" / f"{track}.wav").is_file(), track
