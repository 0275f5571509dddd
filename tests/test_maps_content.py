"""Content checks on the Tiled maps in maps/ (plain XML, no game code).

Each check is a function that returns a list of problems ("file: object id/name: message"),
so the same checks are run on the real maps (expecting none) and on small broken maps
written into a temporary folder (expecting the problem to be found).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import deque
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MAPS_DIR = ROOT / "maps"
TILESET = ROOT / "assets" / "tilesets" / "waking.tsx"
EXPECTED_MAPS = ("mara_flat", "mara_corridor", "vesper_street")
TILE = 16
GID_MASK = 0x0FFFFFFF  # strips Tiled's flip / rotation flags
RESERVED = {
    "name",
    "type",
    "class",
    "id",
    "x",
    "y",
    "width",
    "height",
    "rotation",
    "visible",
    "gid",
    "template",
    "properties",
    "source",
}
LAYER_ORDER = ("ground", "walls", "sprites", "above", "objects", "collision")
OBJECT_TYPES = {"spawn", "door", "warp", "inspect", "solid"}
LINK_TYPES = {"door", "warp"}
DIRECTIONS = {"down", "up", "left", "right"}


# --------------------------------------------------------------------------- reading
def prop_value(prop: ET.Element) -> str:
    """A <property>'s value: the attribute, or the element text for multi-line strings."""
    value = prop.get("value")
    return value if value is not None else (prop.text or "")


def read_properties(elem: ET.Element | None) -> dict[str, str]:
    if elem is None:
        return {}
    return {p.get("name", ""): prop_value(p) for p in elem.findall("properties/property")}


def read_template(path: Path) -> dict:
    obj = ET.parse(path).getroot().find("object")
    if obj is None:
        raise ValueError(f"{path.name}: template has no <object>")
    return {
        "type": obj.get("type") or obj.get("class"),
        "width": float(obj.get("width", 0)),
        "height": float(obj.get("height", 0)),
        "point": obj.find("point") is not None,
        "properties": read_properties(obj),
        "property_names": [p.get("name", "") for p in obj.findall("properties/property")],
    }


def objects_of(map_path: Path, root: ET.Element) -> list[dict]:
    """Every object of the map with its template merged in (what our loader will do)."""
    result = []
    for group in root.iter("objectgroup"):
        for obj in group.findall("object"):
            tpl_ref = obj.get("template")
            tpl = None
            tpl_path = None
            if tpl_ref:
                tpl_path = (map_path.parent / tpl_ref).resolve()
                if tpl_path.exists():
                    tpl = read_template(tpl_path)
            props = dict(tpl["properties"]) if tpl else {}
            own_props = read_properties(obj)
            props.update(own_props)
            own_type = obj.get("type") or obj.get("class")
            result.append(
                {
                    "id": obj.get("id"),
                    "name": obj.get("name", ""),
                    "layer": group.get("name"),
                    "type": own_type or (tpl["type"] if tpl else None),
                    "own_type": own_type,
                    "x": float(obj.get("x", 0)),
                    "y": float(obj.get("y", 0)),
                    "width": float(obj.get("width", tpl["width"] if tpl else 0)),
                    "height": float(obj.get("height", tpl["height"] if tpl else 0)),
                    "point": obj.find("point") is not None or bool(tpl and tpl["point"]),
                    "template": tpl_ref,
                    "template_path": tpl_path,
                    "template_type": tpl["type"] if tpl else None,
                    "size_attributes": [key for key in ("width", "height") if obj.get(key) is not None],
                    "properties": props,
                    "property_names": [p.get("name", "") for p in obj.findall("properties/property")],
                }
            )
    return result


def label(map_path: Path, obj: dict) -> str:
    who = f"object {obj['id']}" + (f"/{obj['name']}" if obj["name"] else "")
    return f"{map_path.name}: {who}"


def spawn_names(map_path: Path) -> set[str]:
    root = ET.parse(map_path).getroot()
    return {o["name"] for o in objects_of(map_path, root) if o["type"] == "spawn"}


def layer_grid(root: ET.Element, layer: ET.Element) -> list[list[int]]:
    width, height = int(root.get("width")), int(root.get("height"))
    data = layer.find("data")
    if data is None or data.get("encoding") != "csv" or data.get("compression"):
        raise ValueError(f"layer {layer.get('name')!r} is not uncompressed CSV")
    values = [int(v) for v in (data.text or "").replace("\n", "").split(",") if v.strip()]
    if len(values) != width * height:
        raise ValueError(f"layer {layer.get('name')!r} has {len(values)} cells, expected {width * height}")
    return [values[row * width : (row + 1) * width] for row in range(height)]


def object_cells(obj: dict) -> list[tuple[int, int]]:
    if obj["point"]:
        return [(int(obj["x"] // TILE), int(obj["y"] // TILE))]
    x0, y0 = int(obj["x"] // TILE), int(obj["y"] // TILE)
    w, h = max(1, int(obj["width"] // TILE)), max(1, int(obj["height"] // TILE))
    return [(x, y) for y in range(y0, y0 + h) for x in range(x0, x0 + w)]


# --------------------------------------------------------------------------- checks
def header_problems(map_path: Path, root: ET.Element) -> list[str]:
    problems = []
    expected = {"orientation": "orthogonal", "infinite": "0", "tilewidth": "16", "tileheight": "16"}
    for key, value in expected.items():
        if root.get(key) != value:
            problems.append(f"{map_path.name}: map {key}={root.get(key)!r}, expected {value!r}")
    if not read_properties(root).get("title", "").strip():
        problems.append(f"{map_path.name}: map has no 'title' property")
    tilesets = root.findall("tileset")
    if not tilesets or tilesets[0].get("firstgid") != "1" or not tilesets[0].get("source"):
        problems.append(f"{map_path.name}: first tileset must be external with firstgid 1")
    else:
        tsx = (map_path.parent / tilesets[0].get("source")).resolve()
        if tsx.name != "waking.tsx":
            problems.append(f"{map_path.name}: tileset {tsx.name}, expected waking.tsx")
    layers = [e for e in root if e.tag in ("layer", "objectgroup", "imagelayer", "group")]
    names = [e.get("name") for e in layers]
    for required, tag in (
        ("ground", "layer"),
        ("walls", "layer"),
        ("sprites", "objectgroup"),
        ("objects", "objectgroup"),
    ):
        if names.count(required) != 1:
            problems.append(f"{map_path.name}: needs exactly one layer {required!r}")
        elif layers[names.index(required)].tag != tag:
            problems.append(f"{map_path.name}: layer {required!r} must be a <{tag}>")
    known = [n for n in names if n in LAYER_ORDER]
    if known != sorted(known, key=LAYER_ORDER.index):
        problems.append(f"{map_path.name}: layers out of order {names}, expected order {LAYER_ORDER}")
    layer_ids = [int(e.get("id", 0)) for e in root.iter() if e.tag in ("layer", "objectgroup")]
    if len(set(layer_ids)) != len(layer_ids):
        problems.append(f"{map_path.name}: duplicate layer ids {layer_ids}")
    if layer_ids and int(root.get("nextlayerid", 0)) <= max(layer_ids):
        problems.append(f"{map_path.name}: nextlayerid must exceed every layer id")
    object_ids = [int(o.get("id", 0)) for o in root.iter("object")]
    if len(set(object_ids)) != len(object_ids):
        problems.append(f"{map_path.name}: duplicate object ids")
    if object_ids and int(root.get("nextobjectid", 0)) <= max(object_ids):
        problems.append(f"{map_path.name}: nextobjectid must exceed every object id")
    return problems


def ground_problems(map_path: Path, root: ET.Element) -> list[str]:
    ground = [layer for layer in root.findall("layer") if layer.get("name") == "ground"]
    if not ground:
        return [f"{map_path.name}: no tile layer 'ground'"]
    try:
        grid = layer_grid(root, ground[0])
    except ValueError as exc:
        return [f"{map_path.name}: {exc}"]
    return [
        f"{map_path.name}: ground cell ({x}, {y}) is empty"
        for y, row in enumerate(grid)
        for x, gid in enumerate(row)
        if gid & GID_MASK == 0
    ]


def property_problems(map_path: Path, root: ET.Element) -> list[str]:
    problems = []
    for elem in root.iter():
        if elem.tag != "properties":
            continue
        for prop in elem.findall("property"):
            if prop.get("name", "").lower() in RESERVED:
                problems.append(f"{map_path.name}: property name {prop.get('name')!r} is reserved")
    return problems


def object_problems(map_path: Path, root: ET.Element) -> list[str]:
    problems = []
    objects = objects_of(map_path, root)
    if not any(o["type"] == "spawn" for o in objects):
        problems.append(f"{map_path.name}: map has no spawn")
    spawn_seen: set[str] = set()
    for obj in objects:
        where = label(map_path, obj)
        if obj["template"]:
            if obj["template_path"] is None or not obj["template_path"].exists():
                problems.append(f"{where}: template {obj['template']} does not exist")
                continue
            if obj["own_type"] and obj["own_type"] == obj["template_type"]:
                problems.append(f"{where}: repeats type {obj['own_type']!r} given by its template")
            if len(obj["size_attributes"]) == 1:
                # Tiled keeps the template's size unless an instance gives both width and height
                problems.append(f"{where}: overrides only {obj['size_attributes'][0]}; give width and height")
        kind = obj["type"]
        if obj["layer"] == "objects" and kind not in OBJECT_TYPES:
            problems.append(f"{where}: unknown object type {kind!r}")
        if kind in OBJECT_TYPES and not obj["template"]:
            problems.append(f"{where}: a {kind} must use templates/{kind}.tx")
        for prop_name in obj["property_names"]:
            if prop_name.lower() in RESERVED:
                problems.append(f"{where}: property name {prop_name!r} is reserved")
        # grid alignment: rectangles on the 16 px grid, points at a cell's centre
        if obj["point"]:
            if obj["x"] % TILE != TILE / 2 or obj["y"] % TILE != TILE / 2:
                problems.append(f"{where}: point ({obj['x']}, {obj['y']}) is not at a cell centre")
        else:
            for key in ("x", "y", "width", "height"):
                if obj[key] % TILE:
                    problems.append(f"{where}: {key}={obj[key]} is not a multiple of {TILE}")
            if obj["width"] <= 0 or obj["height"] <= 0:
                problems.append(f"{where}: rectangle has no size")
        width, height = int(root.get("width")), int(root.get("height"))
        for cx, cy in object_cells(obj):
            if not (0 <= cx < width and 0 <= cy < height):
                problems.append(f"{where}: cell ({cx}, {cy}) is outside the map")
                break
        props = obj["properties"]
        if kind == "spawn":
            if not obj["name"]:
                problems.append(f"{where}: spawn has no name")
            elif obj["name"] in spawn_seen:
                problems.append(f"{where}: duplicate spawn name {obj['name']!r}")
            spawn_seen.add(obj["name"])
            if not obj["point"]:
                problems.append(f"{where}: spawn must be a point")
            if props.get("facing", "down") not in DIRECTIONS:
                problems.append(f"{where}: facing {props.get('facing')!r} not in {sorted(DIRECTIONS)}")
        elif kind in LINK_TYPES:
            target_map = props.get("target_map", "")
            target_spawn = props.get("target_spawn", "")
            target_path = map_path.parent / f"{target_map}.tmx"
            if not target_map or not target_path.exists():
                problems.append(f"{where}: target_map {target_map!r} is not a map in {map_path.parent.name}/")
            elif target_spawn not in spawn_names(target_path):
                problems.append(f"{where}: target_spawn {target_spawn!r} is not a spawn in {target_map}")
            if kind == "door" and (obj["width"] != TILE or obj["height"] != TILE):
                problems.append(f"{where}: a door is one 16x16 cell")
        elif kind == "inspect" and not props.get("text", "").strip():
            problems.append(f"{where}: inspect has no text")
    return problems


def tileset_solid_gids(tsx: Path, firstgid: int = 1) -> tuple[set[int], int]:
    root = ET.parse(tsx).getroot()
    solid = set()
    for tile in root.findall("tile"):
        if read_properties(tile).get("solid") == "true":
            solid.add(firstgid + int(tile.get("id")))
    return solid, int(root.get("tilecount", 0))


def reachability_problems(map_path: Path, root: ET.Element, solid_gids: set[int]) -> list[str]:
    """From the spawns, walking on free cells, every spawn, door, warp and inspect is reached.

    A door or inspect is reached by standing on a free neighbouring cell; warp cells are
    entered but not walked through; a free cell on the map's border must be a warp.
    """
    width, height = int(root.get("width")), int(root.get("height"))
    blocked = [[False] * width for _ in range(height)]
    for layer in root.findall("layer"):
        for y, row in enumerate(layer_grid(root, layer)):
            for x, gid in enumerate(row):
                if gid & GID_MASK in solid_gids:
                    blocked[y][x] = True
    objects = objects_of(map_path, root)
    for obj in objects:
        if obj["type"] == "solid" or obj["layer"] == "collision":
            for cx, cy in object_cells(obj):
                if 0 <= cx < width and 0 <= cy < height:
                    blocked[cy][cx] = True
    warp_cells = {c for o in objects if o["type"] == "warp" for c in object_cells(o)}
    spawns = [o for o in objects if o["type"] == "spawn"]
    problems = []
    queue = deque()
    seen = set()
    for spawn in spawns:
        cx, cy = object_cells(spawn)[0]
        if not (0 <= cx < width and 0 <= cy < height) or blocked[cy][cx]:
            problems.append(f"{label(map_path, spawn)}: spawn stands on a blocked cell")
        elif (cx, cy) in warp_cells:
            problems.append(f"{label(map_path, spawn)}: spawn stands on a warp")
        else:
            seen.add((cx, cy))
            queue.append((cx, cy))
    while queue:
        x, y = queue.popleft()
        if (x, y) in warp_cells:
            continue
        for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if 0 <= nx < width and 0 <= ny < height and not blocked[ny][nx] and (nx, ny) not in seen:
                seen.add((nx, ny))
                queue.append((nx, ny))
    for obj in objects:
        cells = object_cells(obj)
        if obj["type"] in ("door", "inspect"):
            near = {(cx + dx, cy + dy) for cx, cy in cells for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))} - set(
                cells
            )
            if not near & seen:
                problems.append(f"{label(map_path, obj)}: no walkable cell next to this {obj['type']}")
        elif obj["type"] == "warp" and not set(cells) & seen:
            problems.append(f"{label(map_path, obj)}: warp cannot be walked onto")
    for x, y in sorted(seen):
        if (x in (0, width - 1) or y in (0, height - 1)) and (x, y) not in warp_cells:
            problems.append(f"{map_path.name}: cell ({x}, {y}) on the map's edge is walkable")
    return problems


def template_problems(templates_dir: Path) -> list[str]:
    problems = []
    needs = {
        "door": {"target_map", "target_spawn"},
        "warp": {"target_map", "target_spawn"},
        "spawn": {"facing"},
        "inspect": {"text"},
        "solid": set(),
    }
    for kind, props in needs.items():
        path = templates_dir / f"{kind}.tx"
        if not path.exists():
            problems.append(f"templates/{kind}.tx is missing")
            continue
        tpl = read_template(path)
        if tpl["type"] != kind:
            problems.append(f"templates/{kind}.tx: type {tpl['type']!r}, expected {kind!r}")
        if set(tpl["properties"]) != props:
            problems.append(f"templates/{kind}.tx: properties {sorted(tpl['properties'])}, expected {sorted(props)}")
        if any(name.lower() in RESERVED for name in tpl["property_names"]):
            problems.append(f"templates/{kind}.tx: uses a reserved property name")
        if kind == "spawn":
            if not tpl["point"] or tpl["properties"].get("facing") != "down":
                problems.append("templates/spawn.tx: must be a point with facing=down")
        elif tpl["point"] or tpl["width"] != TILE or tpl["height"] != TILE:
            problems.append(f"templates/{kind}.tx: must be a 16x16 rectangle")
    return problems


def all_problems(map_path: Path) -> list[str]:
    root = ET.parse(map_path).getroot()
    return (
        header_problems(map_path, root)
        + ground_problems(map_path, root)
        + property_problems(map_path, root)
        + object_problems(map_path, root)
    )


# --------------------------------------------------------------------------- real maps
MAP_PATHS = sorted(MAPS_DIR.glob("*.tmx"))


def test_expected_maps_exist():
    missing = [name for name in EXPECTED_MAPS if not (MAPS_DIR / f"{name}.tmx").exists()]
    assert not missing, f"missing maps: {missing}"


def test_templates():
    assert template_problems(MAPS_DIR / "templates") == []


@pytest.mark.parametrize("map_path", MAP_PATHS, ids=lambda p: p.stem)
def test_map_content(map_path):
    assert all_problems(map_path) == []


@pytest.mark.parametrize("map_path", MAP_PATHS, ids=lambda p: p.stem)
def test_map_reachability(map_path):
    if not TILESET.exists():
        pytest.skip("assets/tilesets/waking.tsx not there yet: tile solidity unknown")
    solid, tilecount = tileset_solid_gids(TILESET)
    root = ET.parse(map_path).getroot()
    used = {gid & GID_MASK for layer in root.findall("layer") for row in layer_grid(root, layer) for gid in row} - {0}
    assert not [g for g in used if g > tilecount], f"gids beyond the tileset's {tilecount} tiles"
    assert reachability_problems(map_path, root, solid) == []


def test_links_go_both_ways():
    """Every door or warp into a map has a way back out to the map it came from."""
    links = {}
    for map_path in MAP_PATHS:
        root = ET.parse(map_path).getroot()
        links[map_path.stem] = {
            o["properties"].get("target_map") for o in objects_of(map_path, root) if o["type"] in LINK_TYPES
        }
    one_way = [(a, b) for a, targets in links.items() for b in targets if b in links and a not in links[b]]
    assert not one_way, f"one-way links: {one_way}"


# --------------------------------------------------------------------------- the checks can fail


def write_map(folder: Path, name: str, ground: str, objects: str, props: str = "") -> Path:
    path = folder / f"{name}.tmx"
    path.write_text(
        f"""<?xml version="1.0" encoding="UTF-8"?>
<map version="1.8" tiledversion="1.8.2" orientation="orthogonal" renderorder="right-down"
 width="3" height="3" tilewidth="16" tileheight="16" infinite="0" nextlayerid="6" nextobjectid="20">
 <properties><property name="title" value="Test"/>{props}</properties>
 <tileset firstgid="1" source="../assets/tilesets/waking.tsx"/>
 <layer id="1" name="ground" width="3" height="3"><data encoding="csv">
{ground}
</data></layer>
 <layer id="2" name="walls" width="3" height="3"><data encoding="csv">
0,0,0,
0,0,0,
0,0,0
</data></layer>
 <objectgroup id="3" name="sprites"/>
 <objectgroup id="4" name="objects">
{objects}
 </objectgroup>
</map>
""",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def scratch(tmp_path):
    maps = tmp_path / "maps"
    (maps / "templates").mkdir(parents=True)
    for tx in (MAPS_DIR / "templates").glob("*.tx"):
        (maps / "templates" / tx.name).write_text(tx.read_text(encoding="utf-8"), encoding="utf-8")
    full = "17,2,17,\n2,2,2,\n17,2,17"
    spawn = '<object id="1" name="here" template="templates/spawn.tx" x="24" y="24"/>'
    write_map(maps, "other", full, spawn)
    return maps, full, spawn


def door(target_map: str, target_spawn: str, x: int = 16, y: int = 0, extra: str = "") -> str:
    return (
        f'<object id="2" template="templates/door.tx" x="{x}" y="{y}"{extra}><properties>'
        f'<property name="target_map" value="{target_map}"/>'
        f'<property name="target_spawn" value="{target_spawn}"/></properties></object>'
    )


def test_scratch_map_is_clean(scratch):
    maps, full, spawn = scratch
    path = write_map(maps, "good", full, spawn + door("other", "here"))
    assert all_problems(path) == []


@pytest.mark.parametrize(
    "case, expected",
    [
        ("hole", "is empty"),
        ("missing_map", "is not a map"),
        ("missing_spawn", "is not a spawn in other"),
        ("no_spawn", "has no spawn"),
        ("misaligned", "not a multiple of 16"),
        ("point_off_centre", "not at a cell centre"),
        ("reserved_object_property", "is reserved"),
        ("reserved_map_property", "is reserved"),
        ("missing_template", "does not exist"),
        ("repeated_type", "repeats type"),
        ("no_template", "must use templates/door.tx"),
        ("half_size", "give width and height"),
    ],
)
def test_checks_catch_broken_maps(scratch, case, expected):
    maps, full, spawn = scratch
    ground, objects, props = full, spawn + door("other", "here"), ""
    if case == "hole":
        ground = "17,2,17,\n2,0,2,\n17,2,17"
    elif case == "missing_map":
        objects = spawn + door("nowhere", "here")
    elif case == "missing_spawn":
        objects = spawn + door("other", "nobody")
    elif case == "no_spawn":
        objects = door("other", "here")
    elif case == "misaligned":
        objects = spawn + door("other", "here", x=20)
    elif case == "point_off_centre":
        objects = spawn.replace('x="24"', 'x="16"') + door("other", "here")
    elif case == "reserved_object_property":
        objects = spawn + door("other", "here").replace("target_map", "name", 1)
    elif case == "reserved_map_property":
        props = '<property name="id" value="3"/>'
    elif case == "missing_template":
        objects = spawn + door("other", "here").replace("door.tx", "dor.tx")
    elif case == "repeated_type":
        objects = spawn + door("other", "here", extra=' type="door"')
    elif case == "half_size":
        objects = spawn + door("other", "here").replace("door.tx", "warp.tx").replace(' y="0"', ' y="0" height="32"')
    elif case == "no_template":
        objects = spawn + (
            '<object id="2" type="door" x="16" y="0" width="16" height="16"><properties>'
            '<property name="target_map" value="other"/>'
            '<property name="target_spawn" value="here"/></properties></object>'
        )
    path = write_map(maps, "broken", ground, objects, props)
    problems = all_problems(path)
    assert any(expected in p for p in problems), problems


def test_reachability_catches_a_walled_in_door(scratch):
    maps, _, spawn = scratch
    # gid 17 (wall_cap) is solid: the door at (1, 0) is cut off from the spawn at (1, 1)
    ground = "17,17,17,\n17,2,17,\n17,17,17"
    path = write_map(maps, "walled", ground, spawn + door("other", "here"))
    root = ET.parse(path).getroot()
    problems = reachability_problems(path, root, solid_gids={17, 18})
    assert problems == []  # standing on (1, 1) and facing up reaches the door
    ground = "17,17,17,\n17,2,17,\n17,17,17"
    objects = spawn + door("other", "here", x=0, y=0)
    path = write_map(maps, "walled", ground, objects)
    problems = reachability_problems(path, ET.parse(path).getroot(), solid_gids={17, 18})
    assert any("no walkable cell next to this door" in p for p in problems), problems
    open_edge = "2,2,2,\n2,2,2,\n2,2,2"
    path = write_map(maps, "open", open_edge, spawn)
    problems = reachability_problems(path, ET.parse(path).getroot(), solid_gids={17, 18})
    assert any("on the map's edge is walkable" in p for p in problems), problems


def test_template_checks_can_fail(tmp_path):
    (tmp_path / "door.tx").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><template><object type="dor" width="16" height="16">'
        '<properties><property name="name" value=""/></properties></object></template>',
        encoding="utf-8",
    )
    problems = template_problems(tmp_path)
    assert any("spawn.tx is missing" in p for p in problems)
    assert any("door.tx: type 'dor'" in p for p in problems)
    assert any("reserved" in p for p in problems)
