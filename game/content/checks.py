"""Schema checks on a map's resolved XML, before pytmx sees it.

pytmx raises bare errors (or hangs) on much of what a map file can say: reserved property
names, infinite maps, numbers that are not numbers, layer data of the wrong size or a
compression bomb, a map of 100000x100000 tiles. Everything pytmx will read is checked here
first, so that pytmx only ever parses XML that passed. Layer data is read here, once, and
written back as plain CSV (see game/content/layer_data.py).
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence

from game.content import layer_data
from game.content.features import feature_problems
from game.content.images import png_size
from game.content.limits import MAX_MAP_TILES, MAX_OBJECT_CELLS, TILE_SIZE_PX
from game.content.names import did_you_mean
from game.content.paths import inside
from game.content.problems import Problem, object_label
from game.content.props import property_problems, props_of
from game.content.schema import MAP_PROPS, OBJECT_TYPES
from game.content.shapes import shape_problems
from game.content.tilesets import check_tilesets
from game.content.tmx import GID_FLAGS, OUTSIDE, UNRESOLVED, ResolvedXml, roots_for
from game.content.values import UINT32_MAX, attribute_problems, finite, int_problem, is_hex_colour, whole

_MAP_SIZE_ATTRS = frozenset({"width", "height", "tilewidth", "tileheight"})
"""Map attributes with their own messages, left out of the generic attribute check."""
_LAYER_TAGS = ("layer", "objectgroup", "imagelayer", "group")


def check_map_xml(resolved: ResolvedXml, roots: Sequence[str] | None = None) -> list[Problem]:
    """Every schema problem in the map file and the tilesets it references. Files it leads
    to must lie inside `roots` (by default: the map's folder, maps/ and assets/)."""
    root = resolved.root
    if root is None:
        return []
    path = resolved.path
    allowed = roots_for(path) if roots is None else roots
    if root.tag != "map":
        return [Problem(path, "map", f"is a <{root.tag}> file, not a Tiled map")]
    problems = [Problem(path, "map", message) for message in attribute_problems(root, skip=_MAP_SIZE_ATTRS)]
    size = _map_size(path, root, problems)
    if size is None:
        return problems  # refused before any layer, tileset or object is read
    add = problems.append
    if root.get("infinite", "0") != "0":
        add(
            Problem(
                path, "map", "is infinite; set Map > Map Properties > Infinite off (pytmx cannot load infinite maps)"
            )
        )
    if root.get("orientation", "orthogonal") != "orthogonal":
        add(Problem(path, "map", f"orientation is {root.get('orientation')}, only orthogonal maps are supported"))
    for attr in ("tilewidth", "tileheight"):
        if root.get(attr) != str(TILE_SIZE_PX):
            add(Problem(path, "map", f"{attr} is {root.get(attr)}, must be {TILE_SIZE_PX}"))
    problems += property_problems(path, "map", root, "map", allowed, MAP_PROPS, require=True)
    tileset_problems, gids = check_tilesets(path, root, allowed)
    problems += tileset_problems
    in_tilesets = {id(element) for tileset in root.iter("tileset") for element in tileset.iter()}
    layers = [layer for layer in _layers(root) if id(layer) not in in_tilesets]
    for layer in layers:
        problems += _check_layer(path, layer, size, allowed)
    problems += _check_objects(path, [layer for layer in layers if layer.tag == "objectgroup"], gids, allowed)
    problems += feature_problems(path, root, allowed)
    return problems


def _map_size(path: str, root: ET.Element, problems: list[Problem]) -> tuple[int, int] | None:
    """The map's size in tiles, or None after noting why it is not a size the game loads."""
    for attr in ("width", "height"):
        problem = int_problem(root.get(attr))
        if problem is not None:
            problems.append(Problem(path, "map", f"{attr} {problem}"))
            return None
    width, height = whole(root.get("width")), whole(root.get("height"))
    assert width is not None and height is not None
    if not (1 <= width <= MAX_MAP_TILES and 1 <= height <= MAX_MAP_TILES):
        problems.append(
            Problem(
                path,
                "map",
                f"is {root.get('width')}x{root.get('height')} tiles; a map is 1 to {MAX_MAP_TILES} tiles wide and tall",
            )
        )
        return None
    return width, height


def _layers(root: ET.Element) -> Iterator[ET.Element]:
    """Every layer, at any depth, as pytmx finds them (`.//layer` and so on)."""
    for tag in _LAYER_TAGS:
        yield from root.iter(tag)


def _check_layer(path: str, layer: ET.Element, size: tuple[int, int], roots: Sequence[str]) -> list[Problem]:
    label = f"layer '{layer.get('name', '')}'"
    tile_layer = layer.tag == "layer"
    skip = ("width", "height") if tile_layer else ()
    problems = [Problem(path, label, message) for message in attribute_problems(layer, skip)]
    problems += property_problems(path, label, layer, layer.tag, roots)
    if tile_layer:
        problems += _check_tile_layer(path, label, layer, size)
    elif layer.tag == "imagelayer":
        problems += _check_image_layer(path, label, layer, roots)
    return problems


def _check_tile_layer(path: str, label: str, layer: ET.Element, size: tuple[int, int]) -> list[Problem]:
    data = layer.find("data")
    if data is not None and data.find("chunk") is not None:
        return [Problem(path, label, "is stored in chunks (an infinite map)")]
    for attr in ("width", "height"):
        problem = int_problem(layer.get(attr))
        if problem is not None:
            return [Problem(path, label, f"{attr} {problem}")]
    layer_size = (whole(layer.get("width")), whole(layer.get("height")))
    if layer_size != size:
        return [
            Problem(
                path,
                label,
                f"is {layer.get('width')}x{layer.get('height')} tiles, but the map is {size[0]}x{size[1]}; "
                "resize the layer in Tiled (Map > Resize Map)",
            )
        ]
    try:
        gids = layer_data.read_layer_data(data, size[0] * size[1])
    except layer_data.LayerDataError as exc:
        return [Problem(path, label, str(exc))]
    assert data is not None
    layer_data.as_csv(data, gids)
    return []


def _check_image_layer(path: str, label: str, layer: ET.Element, roots: Sequence[str]) -> list[Problem]:
    """pytmx reads an image layer's `<image>` (and loads its file with the map's images)."""
    image = layer.find("image")
    if image is None:
        return [Problem(path, label, "is an image layer without an image")]
    source = image.get("source")
    if image.get("trans") is not None and not is_hex_colour(image.get("trans")):
        return [Problem(path, label, f"image trans is {image.get('trans')!r}, not a colour like ff00ff")]
    if not source:
        return []  # pytmx loads nothing
    full = os.path.normpath(os.path.join(os.path.dirname(path), source))
    if not inside(full, roots):
        return [Problem(path, label, f"image {source} {OUTSIDE}")]
    found = png_size(full)
    if isinstance(found, str):
        return [Problem(path, label, f"image {source} {found}")]
    return []


def _check_objects(path: str, groups: list[ET.Element], gids: list[range], roots: Sequence[str]) -> list[Problem]:
    problems: list[Problem] = []
    first_with_id: dict[int, str] = {}
    cells = 0
    for group in groups:
        collision = group.get("name") == "collision"
        for obj in group.findall("object"):
            label = object_label(obj.get("id"), obj.get("name"))
            messages, extent = shape_problems(obj)
            problems += [Problem(path, label, message) for message in messages]
            problems += _check_id(path, label, obj, first_with_id)
            problems += _check_gid(path, label, obj, gids)
            problems += _check_object(path, obj, collision, roots, shaped=extent is not None)
            if extent is not None and cells <= MAX_OBJECT_CELLS:
                cells += extent.cells
                if cells > MAX_OBJECT_CELLS:
                    message = (
                        f"brings the cells the map's objects cover to more than {MAX_OBJECT_CELLS}; no map needs that"
                    )
                    problems.append(Problem(path, label, message))
    return problems


def _check_id(path: str, label: str, obj: ET.Element, first_with_id: dict[int, str]) -> list[Problem]:
    text = obj.get("id")
    if text is None:
        return [Problem(path, label, "has no id (Tiled gives every object one)")]
    obj_id = whole(text)
    if obj_id is None or obj_id > UINT32_MAX:
        return []  # the attribute check says so
    if obj_id < 1:
        return [Problem(path, label, f"id is {obj_id}; object ids start at 1")]
    if obj_id in first_with_id:
        return [Problem(path, label, f"has the same id as {first_with_id[obj_id]}; every object needs its own id")]
    first_with_id[obj_id] = label
    return []


def _check_gid(path: str, label: str, obj: ET.Element, gids: list[range]) -> list[Problem]:
    """A tile object's tile must exist in one of the map's tilesets."""
    raw = whole(obj.get("gid", "0"))
    if raw is None or raw == 0 or raw > UINT32_MAX or obj.get(UNRESOLVED):
        return []  # no tile, or a gid the attribute check reports
    gid = raw & ~GID_FLAGS if raw > 0 else raw
    if not any(gid in claimed for claimed in gids):
        return [Problem(path, label, f"shows tile {gid}, which is not in any tileset of the map")]
    return []


def _check_object(path: str, obj: ET.Element, collision: bool, roots: Sequence[str], *, shaped: bool) -> list[Problem]:
    """The object against the schema: a known type, its shape, its properties."""
    label = object_label(obj.get("id"), obj.get("name"))
    kind = obj.get("type", "")
    spec = OBJECT_TYPES.get(kind)
    if obj.get(UNRESOLVED) or spec is None:
        problems = property_problems(path, label, obj, "object", roots)
        if obj.get(UNRESOLVED) or (not kind and (collision or obj.get("gid") or obj.find("text") is not None)):
            return problems  # collision shapes, decoration (a tile object) and text need no type
        known = ", ".join(OBJECT_TYPES)
        if not kind:
            return problems + [Problem(path, label, f"has no type; use a template or set one of: {known}")]
        hint = did_you_mean(kind, OBJECT_TYPES) or f" (known: {known})"
        return problems + [Problem(path, label, f"has unknown type '{kind}'{hint}")]
    problems = property_problems(path, label, obj, "object", roots, spec.props, require=True)
    if kind == "spawn" and not obj.get("name"):
        problems.append(Problem(path, label, "is a spawn without a name; its name is the spawn id"))
    if shaped and spec.shape == "rect" and (_number(obj, "width") <= 0 or _number(obj, "height") <= 0):
        problems.append(Problem(path, label, f"is a {kind} with no area; draw it as a rectangle"))
    if spec.shape == "polyline":
        polyline = obj.find("polyline")
        if polyline is None:
            problems.append(Problem(path, label, f"is a {kind}; draw it as a polyline"))
        elif shaped and len(polyline.get("points", "").split()) < 2:
            points = len(polyline.get("points", "").split())
            problems.append(Problem(path, label, f"is a {kind} with {points} point(s); draw at least 2"))
    if spec.one_of:
        given = {p.get("name"): p.get("value", p.text or "") for p in props_of(obj)}
        if not any(str(given.get(name) or "").strip() for name in spec.one_of):
            problems.append(Problem(path, label, f"needs one of: {', '.join(spec.one_of)}"))
    return problems


def _number(obj: ET.Element, attr: str) -> float:
    """A number attribute (0 when missing or unreadable, which is reported elsewhere)."""
    return finite(obj.get(attr, "0")) or 0.0
