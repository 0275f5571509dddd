"""The Tiled project and templates: Tiled 1.8 takes the object types from the project
(maps/objecttypes.xml, beside it), Tiled 1.9 and later import that file into the project's
classes and get the same classes back, and every enum property keeps its enum type by name,
as Tiled saves one, so the editor offers a drop-down; Tiled 1.8.2 and the game both read it.

The tests that run the real Tiled skip on a developer machine without it and fail under CI
(where `.ci/run` installs Debian's `tiled`), as tests/test_tiled.py does."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from game.content.schema import ENUMS, OBJECT_TYPES
from game.content.tiled import load_map
from game.content.validate import validate
from game.tools.tiled_project import OBJECT_TYPES_FILE, PROJECT_FILE, main, stale
from game.world.puzzle.elements import Plate
from game.world.puzzle.weight import Weight

from .conftest import MAPS_DIR, ROOT

FIRST_ROOM = MAPS_DIR / "samples" / "first_room.tmx"
ENUM_PROPS = [
    (name, prop_name) for name, spec in OBJECT_TYPES.items() for prop_name, p in spec.props.items() if p.enum_values
]


def tiled() -> str:
    tool = shutil.which("tiled")
    if tool is None:
        if os.environ.get("CI"):
            pytest.fail("tiled not found: CI must install Debian's 'tiled' package")
        pytest.skip("tiled not installed (apt-get install tiled)")
    return tool


def test_the_schema_has_enum_properties_for_these_tests_to_check() -> None:
    assert {("spawn", "facing"), ("plate", "min_weight"), ("block", "weight"), ("trigger", "on")} <= set(ENUM_PROPS)


def test_the_project_names_its_object_types_file_beside_it() -> None:
    project = json.loads((MAPS_DIR / PROJECT_FILE).read_text(encoding="utf-8"))
    assert project["objectTypesFile"] == OBJECT_TYPES_FILE
    assert (MAPS_DIR / project["objectTypesFile"]).is_file(), "Tiled resolves it against the project's folder"
    assert stale() == []


def test_check_names_each_stale_file_and_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "templates").mkdir()
    assert main([], maps_dir=str(tmp_path)) == 0
    assert main(["--check"], maps_dir=str(tmp_path)) == 0
    object_types = tmp_path / OBJECT_TYPES_FILE
    object_types.write_text(object_types.read_text(encoding="utf-8").replace(' propertytype="Weight"', ""), "utf-8")
    (tmp_path / "templates" / "spawn.tx").unlink()
    capsys.readouterr()
    assert main(["--check"], maps_dir=str(tmp_path)) == 1
    said = capsys.readouterr().out
    assert f"{object_types}: out of date" in said
    assert f"{tmp_path / 'templates' / 'spawn.tx'}: out of date" in said
    assert "plate.tx" not in said


def test_every_enum_property_of_every_template_keeps_its_enum_type_and_a_value_of_it() -> None:
    for name, spec in OBJECT_TYPES.items():
        root = ET.parse(MAPS_DIR / "templates" / f"{name}.tx").getroot()
        written = {p.get("name"): p for p in root.iter("property")}
        assert set(written) == set(spec.props), name
        for prop_name, prop in spec.props.items():
            element = written[prop_name]
            if prop.enum_values:
                # As Tiled 1.8.2 writes one: no type (string is the default), the enum by name.
                assert element.get("type") is None, f"{name}.{prop_name}"
                assert element.get("propertytype") == prop.type, f"{name}.{prop_name}"
                assert element.get("value") in ENUMS[prop.type], f"{name}.{prop_name}"
            else:
                assert element.get("propertytype") is None


def _members(project: dict[str, Any], name: str) -> dict[str, tuple[str, str | None, str]]:
    """A class's members as Tiled 1.9 would have them from an object type: type, enum, default."""
    [cls] = [t for t in project["propertyTypes"] if t["name"] == name and t["type"] == "class"]
    members = {}
    for m in cls["members"]:
        value = m["value"]
        text = str(value).lower() if isinstance(value, bool) else str(value)
        members[m["name"]] = (m["type"], m.get("propertyType"), text)
    return members


def test_tiled_1_9_importing_the_object_types_file_gets_the_project_classes_back() -> None:
    """Tiled 1.9+ replaces each class by the object type of the same name from
    objectTypesFile (PropertyTypes::mergeObjectTypes), so the file must say what the class
    says, enum types included, or the import would turn drop-downs back into text."""
    project = json.loads((MAPS_DIR / PROJECT_FILE).read_text(encoding="utf-8"))
    root = ET.parse(MAPS_DIR / OBJECT_TYPES_FILE).getroot()
    object_types = {t.get("name", ""): t for t in root.findall("objecttype")}
    assert set(object_types) == set(OBJECT_TYPES)
    classes = {t["name"]: t for t in project["propertyTypes"] if t["type"] == "class"}
    for name, element in object_types.items():
        declared = {
            p.get("name"): (p.get("type"), p.get("propertytype"), p.get("default")) for p in element.findall("property")
        }
        assert declared == _members(project, name), name
        assert classes[name]["color"].lower().endswith(element.get("color", "?")[1:].lower()), name
    assert sum(1 for t in object_types.values() for p in t.findall("property") if p.get("propertytype")) == len(
        ENUM_PROPS
    )


def probe(
    tmp_path: Path, plate: str = '<object id="2" template="../templates/plate.tx" name="plate" x="64" y="32"/>'
) -> Path:
    """The first room with its plate replaced by `plate` (by default: left at the template's
    weight, light)."""
    (tmp_path / "maps" / "samples").mkdir(parents=True)
    (tmp_path / "assets").symlink_to(ROOT / "assets")
    (tmp_path / "maps" / "templates").symlink_to(MAPS_DIR / "templates")
    text = FIRST_ROOM.read_text(encoding="utf-8")
    start = text.index('<object id="2" template="../templates/plate.tx"')
    end = text.index("</object>", start) + len("</object>")
    path = tmp_path / "maps" / "samples" / "probe.tmx"
    path.write_text(text[:start] + plate + text[end:], encoding="utf-8")
    return path


def plate_with(prop: str) -> str:
    return (
        '<object id="2" template="../templates/plate.tx" name="plate" x="64" y="32">'
        f"<properties>{prop}</properties></object>"
    )


def the_plate(path: Path) -> Plate:
    data = load_map(str(path), maps_dir=str(MAPS_DIR)).data
    assert data.puzzle is not None
    [plate] = [e for e in data.puzzle.elements if isinstance(e, Plate)]
    return plate


def test_the_game_reads_an_enum_from_a_template_by_its_value(tmp_path: Path) -> None:
    assert the_plate(probe(tmp_path)).min_weight is Weight.LIGHT


@pytest.mark.parametrize(
    "prop",
    [
        '<property name="min_weight" value="medium"/>',
        '<property name="min_weight" propertytype="Weight" value="medium"/>',
        '<property name="min_weight" type="string" propertytype="Weight" value="medium"/>',
    ],
    ids=["plain text, as the slice's maps have it", "as Tiled saves a pick", "with the type spelled out"],
)
def test_an_enum_value_set_on_the_object_itself_reads_the_same_with_or_without_its_type(
    tmp_path: Path, prop: str
) -> None:
    path = probe(tmp_path, plate_with(prop))
    assert validate([str(path)], str(MAPS_DIR)) == []
    assert the_plate(path).min_weight is Weight.MEDIUM


def test_an_enum_type_on_a_property_does_not_let_a_wrong_value_through(tmp_path: Path) -> None:
    path = probe(tmp_path, plate_with('<property name="min_weight" propertytype="Weight" value="weighty"/>'))
    messages = [p.message for p in validate([str(path)], str(MAPS_DIR))]
    assert "property 'min_weight' is 'weighty', must be one of light, medium, heavy" in messages


def test_tiled_reads_the_templates_and_keeps_the_enum_values(tmp_path: Path) -> None:
    """Tiled's own reader and writer (no project loaded: the values come out as text)."""
    out = tmp_path / "probe.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [tiled(), "--export-map", "--detach-templates", str(probe(tmp_path)), str(out)],
        env=env,
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    exported = json.loads(out.read_text(encoding="utf-8"))
    objects = {o.get("name"): o for layer in exported["layers"] for o in layer.get("objects", [])}
    assert {"name": "min_weight", "type": "string", "value": "light"} in objects["plate"]["properties"]
    assert {"name": "facing", "type": "string", "value": "down"} in objects["start"]["properties"]


def test_tiled_keeps_the_value_of_an_enum_saved_with_its_type(tmp_path: Path) -> None:
    path = probe(tmp_path, plate_with('<property name="min_weight" propertytype="Weight" value="medium"/>'))
    saved = path.with_name("saved.tmx")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([tiled(), "--export-map", str(path), str(saved)], env=env, capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert the_plate(saved).min_weight is Weight.MEDIUM


PROBE_JS = """
var out = new TextFile(%(out)s, TextFile.WriteOnly);
var seen = {};
var o = new MapObject("probe");
var types = %(types)s;
for (var i = 0; i < types.length; i++) {
  o.type = types[i];
  var props = o.resolvedProperties();
  var mine = {};
  for (var k in props) {
    var v = props[k];
    mine[k] = (v !== null && typeof v === "object" && "typeName" in v) ? {enum: v.typeName, index: v.value} : v;
  }
  seen[types[i]] = mine;
}
out.write(JSON.stringify(seen));
out.commit();
"""


def test_tiled_1_8_takes_the_object_types_from_the_projects_file_and_leaves_the_settings_alone(
    tmp_path: Path,
) -> None:
    """The real Tiled opens the project (as it does on reopening it: from its session), and a
    script in its extensions folder asks what a new object of each type inherits. Tiled
    runs with its own home folder, so the user's settings are not touched and cannot leak in."""
    tool = tiled()
    project_dir = tmp_path / "project"
    project_dir.mkdir()
    for name in (PROJECT_FILE, OBJECT_TYPES_FILE):
        shutil.copy(MAPS_DIR / name, project_dir / name)
    session = project_dir / PROJECT_FILE.replace(".tiled-project", ".tiled-session")
    session.write_text(json.dumps({"project": PROJECT_FILE}), encoding="utf-8")
    home = tmp_path / "home"
    extensions = home / ".config" / "tiled" / "extensions"
    extensions.mkdir(parents=True)
    seen_file = tmp_path / "seen.json"
    types = sorted({name for name, _ in ENUM_PROPS} | {"door"})
    (extensions / "probe.js").write_text(
        PROBE_JS % {"out": json.dumps(str(seen_file)), "types": json.dumps(types)}, encoding="utf-8"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
    }
    process = subprocess.Popen(
        [tool, "--new-instance", str(project_dir / PROJECT_FILE)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while not seen_file.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    assert seen_file.exists(), "Tiled did not run the probe script"
    seen = json.loads(seen_file.read_text(encoding="utf-8"))
    for name, prop_name in ENUM_PROPS:
        prop = OBJECT_TYPES[name].props[prop_name]
        values = ENUMS[prop.type]
        expected = {"enum": prop.type, "index": values.index(prop.tiled_default())}
        assert seen[name].get(prop_name) == expected, f"{name}.{prop_name}: {seen[name]}"
    assert seen["door"].get("target_map") == "" and seen["door"].get("marker") is False
    settings = (home / ".config" / "mapeditor.org" / "tiled.conf").read_text(encoding="utf-8")
    assert "ObjectTypesFile" not in settings
