"""The Tiled project and templates: Tiled 1.8 takes the object types from the project
(maps/objecttypes.xml, beside it), and every enum property in a template keeps its enum
type by name, as Tiled saves one, so the editor offers a drop-down; Tiled 1.8.2 and the game
both read such templates."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from game.content.schema import ENUMS, OBJECT_TYPES
from game.content.tiled import load_map
from game.tools.tiled_project import OBJECT_TYPES_FILE, PROJECT_FILE, stale
from game.world.puzzle.elements import Plate
from game.world.puzzle.weight import Weight

from .conftest import MAPS_DIR, ROOT

FIRST_ROOM = MAPS_DIR / "samples" / "first_room.tmx"


def test_the_project_names_its_object_types_file_beside_it() -> None:
    project = json.loads((MAPS_DIR / PROJECT_FILE).read_text(encoding="utf-8"))
    assert project["objectTypesFile"] == OBJECT_TYPES_FILE
    assert (MAPS_DIR / project["objectTypesFile"]).is_file(), "Tiled resolves it against the project's folder"
    assert stale() == []


def test_every_enum_property_of_every_template_keeps_its_enum_type_and_a_value_of_it() -> None:
    checked = 0
    for name, spec in OBJECT_TYPES.items():
        root = ET.parse(MAPS_DIR / "templates" / f"{name}.tx").getroot()
        written = {p.get("name"): p for p in root.iter("property")}
        for prop_name, prop in spec.props.items():
            element = written[prop_name]
            if prop.enum_values:
                assert element.get("propertytype") == prop.type, f"{name}.{prop_name}"
                assert element.get("value") in ENUMS[prop.type], f"{name}.{prop_name}"
                checked += 1
            else:
                assert element.get("propertytype") is None
    assert checked >= 5, "facing, min_weight, weight, on, who ..."


def probe(tmp_path: Path) -> Path:
    """The first room with its plate left at the template's default weight (light)."""
    (tmp_path / "maps" / "samples").mkdir(parents=True)
    (tmp_path / "assets").symlink_to(ROOT / "assets")
    (tmp_path / "maps" / "templates").symlink_to(MAPS_DIR / "templates")
    text = FIRST_ROOM.read_text(encoding="utf-8")
    start = text.index('<object id="2" template="../templates/plate.tx"')
    end = text.index("</object>", start) + len("</object>")
    text = text[:start] + '<object id="2" template="../templates/plate.tx" name="plate" x="64" y="32"/>' + text[end:]
    path = tmp_path / "maps" / "samples" / "probe.tmx"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_game_reads_an_enum_from_a_template_by_its_value(tmp_path: Path) -> None:
    data = load_map(str(probe(tmp_path)), maps_dir=str(MAPS_DIR)).data
    assert data.puzzle is not None
    [plate] = [e for e in data.puzzle.elements if isinstance(e, Plate)]
    assert plate.min_weight is Weight.LIGHT


@pytest.mark.skipif(shutil.which("tiled") is None, reason="Tiled is not installed (CI installs Debian's tiled)")
def test_tiled_reads_the_templates_and_keeps_the_enum_values(tmp_path: Path) -> None:
    out = tmp_path / "probe.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        ["tiled", "--export-map", "--detach-templates", str(probe(tmp_path)), str(out)],
        env=env,
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    exported = json.loads(out.read_text(encoding="utf-8"))
    objects = {o.get("name"): o for layer in exported["layers"] for o in layer.get("objects", [])}
    assert {"name": "min_weight", "type": "string", "value": "light"} in objects["plate"]["properties"]
    assert {"name": "facing", "type": "string", "value": "down"} in objects["start"]["properties"]
