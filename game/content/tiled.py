"""Loading a Tiled map: checked XML -> pytmx -> world `MapData`.

`load_map` parses without a display (pytmx's default image loader keeps image references
as tuples), which is what logic, tests and tools use. The renderer passes pytmx's pygame
image loader to get Surfaces from the very same checked XML.
"""

from __future__ import annotations

import math
import os
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytmx

from game.content.checks import check_map_xml
from game.content.features import MapLook, apply_visibility, drawn_problems, layer_nodes, map_look
from game.content.names import did_you_mean
from game.content.paths import ASSETS_DIR, MAPS_DIR
from game.content.problems import ContentError, Problem, object_label
from game.content.puzzles import build_puzzle
from game.content.references import reference_problems
from game.content.schema import MAP_PROPS, OBJECT_TYPES, TRACE_LAYER
from game.content.shapes import is_decoration
from game.content.tmx import read_map, roots_for
from game.world import TILE_PX
from game.world.mapdata import MapData, MapObject

ImageLoader = Callable[..., Any]


@dataclass
class LoadedMap:
    """A map ready for the game: world data, and the pytmx map the renderer draws."""

    path: str
    data: MapData
    tiled: pytmx.TiledMap
    look: MapLook = field(default_factory=MapLook)
    """What is drawn, bottom to top, with each layer's opacity, tint, offset and parallax,
    and where the characters go: after the object layer named "sprites", or after every
    tile layer not named "above..." if there is none (game/content/features.py)."""


def map_name(path: str) -> str:
    """The name doors use for a map: its file name without `.tmx`."""
    return os.path.splitext(os.path.basename(path))[0]


def load_map(
    path: str,
    image_loader: ImageLoader | None = None,
    *,
    assets_dir: str = ASSETS_DIR,
    maps_dir: str = MAPS_DIR,
) -> LoadedMap:
    """Read, check and convert one map. Raises ContentError listing every problem, and
    nothing else. The files the map leads to (tilesets, templates, images) must lie in its
    own folder, `maps_dir` or `assets_dir`; music and sprite sheets are looked up in
    `assets_dir`."""
    json_problem = json_map_problem(path, maps_dir)
    if json_problem is not None:
        raise ContentError([json_problem])
    roots = roots_for(path, maps_dir, assets_dir)
    resolved = read_map(path, roots)
    problems = resolved.problems + check_map_xml(resolved, roots)
    if resolved.root is None or problems:
        raise ContentError(problems)
    tiled = pytmx.TiledMap(image_loader=image_loader or pytmx.pytmx.default_image_loader)
    tiled.filename = path
    try:
        tiled.parse_xml(resolved.root)
    except Exception as exc:  # a last guard: the checks above are meant to leave pytmx nothing to refuse
        raise ContentError([Problem(path, "map", f"pytmx cannot read it: {exc}")]) from exc
    for name, spec in MAP_PROPS.items():  # pytmx reads an empty value as None: the default holds
        if name in tiled.properties and tiled.properties[name] is None:
            tiled.properties[name] = spec.tiled_default()
    nodes = layer_nodes(resolved.root)
    apply_visibility(nodes, tiled)  # through groups: nothing in a hidden group is drawn or solid
    look = map_look(path, resolved.root, tiled, nodes)
    problems = check_cells(path, tiled, backdrop=look.backdrop) + drawn_problems(path, tiled, look)
    data, more = to_map_data(path, tiled, resolved.root)
    problems += more
    if not problems:
        problems += reference_problems(path, data, tiled.properties.get("music"), assets_dir)
        problems += look_problems(path, data, tiled)
    if problems:
        raise ContentError(problems)
    return LoadedMap(path, data, tiled, look)


def tile_kinds(tiled: pytmx.TiledMap) -> dict[str, int]:
    """Each tile `kind` in the map's tilesets and the first gid that has it."""
    kinds: dict[str, int] = {}
    for gid, props in sorted(tiled.tile_properties.items()):
        kind = props.get("kind")
        if isinstance(kind, str) and kind not in kinds:
            kinds[kind] = gid
    return kinds


def look_problems(path: str, data: MapData, tiled: pytmx.TiledMap) -> list[Problem]:
    """A block's `look` names a tile kind of the map's tilesets."""
    looks = [o for o in data.objects if o.kind == "block" and o.properties.get("look")]
    if not looks:
        return []
    kinds = tile_kinds(tiled)
    return [
        Problem(
            path,
            o.label,
            f"property 'look' names tile kind {o.properties['look']!r}, which no tileset of this "
            f"map has{did_you_mean(str(o.properties['look']), kinds)}",
        )
        for o in looks
        if o.properties["look"] not in kinds
    ]


JSON_SUFFIXES = (".tmj", ".json")
SAVE_AS_TMX = "the game reads TMX: in Tiled use File > Save As and pick 'Tiled map files (*.tmx)'"


def is_json_map(path: str) -> bool:
    """Whether `path` is a map Tiled saved as JSON: a `.tmj` file, or a `.json` or
    `.tmx` file whose text is a JSON object (Tiled's JSON maps say `"type": "map"`)."""
    if path.lower().endswith(".tmj"):
        return True
    try:
        with open(path, "rb") as file:
            head = file.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError:
        return False
    if not head.startswith(b"{"):
        return False
    return path.lower().endswith(".tmx") or b'"map"' in head or b'"tiledversion"' in head


def json_map_problem(path: str, maps_dir: str = MAPS_DIR) -> Problem | None:
    """A clear message for a map saved as JSON (or asked for by a name that only exists as
    JSON), instead of "not valid XML" or "file not found"."""
    if os.path.isfile(path) and is_json_map(path):
        what = "a JSON map" if not path.lower().endswith(".tmx") else "a JSON map saved with a .tmx name"
        return Problem(path, "map", f"is {what}; {SAVE_AS_TMX}")
    if os.path.exists(path):
        return None
    stem = path[: -len(".tmx")] if path.lower().endswith(".tmx") else path
    for candidate in (stem + suffix for suffix in JSON_SUFFIXES):
        for folder in ("", maps_dir):
            found = os.path.join(folder, candidate) if folder else candidate
            if os.path.isfile(found) and is_json_map(found):
                return Problem(path, "map", f"not found, but {found} is a JSON map; {SAVE_AS_TMX}")
    return None


def check_cells(path: str, tiled: pytmx.TiledMap, *, backdrop: bool = False) -> list[Problem]:
    """Every tile a layer uses exists in a tileset and has an image (pyscroll draws what
    pytmx cut for it), every animation frame has one, and every cell of the map is drawn by
    some visible tile layer other than the lens-only "trace" layer (else pyscroll's buffer
    shows streaks of old pixels there) unless a `backdrop` (an image layer below every tile
    layer) shows through the cells without a tile, as in Tiled."""
    covered = [[False] * tiled.width for _ in range(tiled.height)]
    problems: list[Problem] = []
    tilesets = sorted(tiled.tilesets, key=lambda t: t.firstgid, reverse=True)
    for layer in tiled.layers:
        if not isinstance(layer, pytmx.TiledTileLayer):
            continue
        missing: dict[int, tuple[int, int]] = {}
        imageless: dict[int, tuple[int, int]] = {}
        shown = layer.visible and layer.name != TRACE_LAYER
        for x, y, gid in layer.iter_data():
            if gid:
                covered[y][x] = shown or covered[y][x]
                tiled_gid = tiled.tiledgidmap.get(gid, gid)
                owner = next((t for t in tilesets if t.firstgid <= tiled_gid), None)
                if owner is None or tiled_gid - owner.firstgid >= owner.tilecount:
                    missing.setdefault(tiled_gid, (x, y))
                elif tiled.images[gid] is None:
                    imageless.setdefault(tiled_gid, (x, y))
        for tiled_gid, cell in sorted(missing.items()):
            problems.append(
                Problem(path, f"layer '{layer.name}'", f"tile {tiled_gid} at {cell} is not in any tileset of the map")
            )
        for tiled_gid, cell in sorted(imageless.items()):
            problems.append(Problem(path, f"layer '{layer.name}'", f"tile {tiled_gid} at {cell} has no image"))
    problems += _frame_problems(path, tiled)
    holes = [(x, y) for y in range(tiled.height) for x in range(tiled.width) if not covered[y][x]]
    if holes and not backdrop:
        shown = ", ".join(f"({x}, {y})" for x, y in holes[:5])
        more = f" and {len(holes) - 5} more" if len(holes) > 5 else ""
        if any(layer.name == TRACE_LAYER for layer in tiled.layers):
            more += f" (the '{TRACE_LAYER}' layer shows only with Mara's lens; it does not count)"
        problems.append(Problem(path, "map", f"{len(holes)} cell(s) have no tile in any layer: {shown}{more}"))
    return problems


def _frame_problems(path: str, tiled: pytmx.TiledMap) -> list[Problem]:
    """Each animation frame shows a tile with an image (pyscroll draws frames as given)."""
    problems = []
    animated = sorted(gid for gid, props in tiled.tile_properties.items() if props.get("frames"))
    for gid in animated:
        for frame in tiled.tile_properties[gid]["frames"]:
            if not 0 <= frame.gid < len(tiled.images) or tiled.images[frame.gid] is None:
                tiled_gid = tiled.tiledgidmap.get(gid, gid)
                problems.append(Problem(path, "map", f"tile {tiled_gid} is animated with a frame that has no image"))
                break
    return problems


def object_cells(x: float, y: float, width: float, height: float) -> tuple[tuple[int, int], ...]:
    """The grid cells a Tiled object covers; a point (or zero-size shape) covers its cell."""
    if width <= 0 or height <= 0:
        return ((math.floor(x / TILE_PX), math.floor(y / TILE_PX)),)
    left, top = math.floor(x / TILE_PX), math.floor(y / TILE_PX)
    right = max(left + 1, math.ceil((x + width) / TILE_PX - 1e-6))
    bottom = max(top + 1, math.ceil((y + height) / TILE_PX - 1e-6))
    return tuple((cx, cy) for cy in range(top, bottom) for cx in range(left, right))


def tile_terrain(props: dict[str, object]) -> set[str]:
    """The puzzle semantics a tile's properties give its cell."""
    marks = {flag for flag in ("gap", "vent", "dark") if props.get(flag) is True}
    if props.get("hidden") in ("trace", "glow"):
        marks.add(f"hidden:{props['hidden']}")
    return marks


def to_map_data(path: str, tiled: pytmx.TiledMap, root: ET.Element | None = None) -> tuple[MapData, list[Problem]]:
    """Convert a parsed map into world data, with schema defaults filled in. Hidden layers
    (their visibility through their groups, see `apply_visibility`) and hidden objects add
    nothing; nor does decoration (an untyped tile object off the collision layer), which
    is only drawn."""
    problems: list[Problem] = []
    solid: set[tuple[int, int]] = set()
    terrain: dict[tuple[int, int], set[str]] = {}
    for layer in tiled.visible_layers:
        if isinstance(layer, pytmx.TiledTileLayer):
            for x, y, gid in layer.iter_data():
                props = (tiled.get_tile_properties_by_gid(gid) or {}) if gid else {}
                if props.get("solid"):
                    solid.add((x, y))
                marks = tile_terrain(props)
                if marks:
                    terrain.setdefault((x, y), set()).update(marks)
    objects: list[MapObject] = []
    seen_spawns: set[str] = set()
    groups = [] if root is None else root.findall(".//objectgroup")
    object_layers = [layer for layer in tiled.layers if isinstance(layer, pytmx.TiledObjectGroup)]
    for number, layer in enumerate(object_layers):
        if not layer.visible:
            continue
        elements = groups[number].findall("object") if number < len(groups) else []
        for index, obj in enumerate(layer):
            element = elements[index] if index < len(elements) else None
            if not obj.visible or (element is not None and is_decoration(groups[number], element)):
                continue
            kind = obj.type or ""
            props = dict(obj.properties)
            spec = OBJECT_TYPES.get(kind)
            if spec:
                for name, prop in spec.props.items():
                    # pytmx reads an empty value as None: that is "not set", so the default holds.
                    if props.get(name) is None and prop.default is not None:
                        props[name] = prop.default
            if spec is not None and spec.shape == "polyline":
                cells = tuple(
                    (math.floor(px / TILE_PX), math.floor(py / TILE_PX)) for px, py in getattr(obj, "points", ())
                )
            else:
                cells = object_cells(obj.x, obj.y, obj.width, obj.height)
            map_object = MapObject(
                id=int(obj.id),
                kind=kind,
                name=obj.name or "",
                cells=cells,
                properties=props,
                layer=layer.name or "",
            )
            if kind == "spawn":
                if map_object.name in seen_spawns:
                    problems.append(Problem(path, object_label(obj.id, obj.name), "another spawn has the same name"))
                seen_spawns.add(map_object.name)
            objects.append(map_object)
    title = str(tiled.properties.get("title", map_name(path)))
    data = MapData.build(
        map_name(path),
        tiled.width,
        tiled.height,
        title=title,
        solid=solid,
        objects=objects,
        terrain={cell: frozenset(marks) for cell, marks in terrain.items()},
    )
    if not data.spawns:
        problems.append(Problem(path, "map", "has no spawn; place one (templates/spawn.tx) so the player can arrive"))
    for obj in objects:
        for cell in obj.cells:
            if not data.in_bounds(cell):
                problems.append(Problem(path, obj.label, f"lies outside the map at cell {cell}"))
                break
        if obj.kind == "npc" and int(obj.properties.get("path", 0) or 0) not in (0, *data.paths):
            problems.append(Problem(path, obj.label, f"its path {obj.properties['path']} is not a path object"))
    party = str(tiled.properties.get("party", "") or "")
    data.puzzle, more = build_puzzle(path, data, party, try_play=not problems)
    problems += more
    for route_id, corners in data.paths.items():
        for a, b in zip(corners, corners[1:], strict=False):
            if a[0] != b[0] and a[1] != b[1]:
                label = next(o.label for o in objects if o.id == route_id)
                problems.append(Problem(path, label, f"goes diagonally from {a} to {b}; keep paths straight"))
    return data, problems
