"""Schema checks on a map's resolved XML, before pytmx sees it (pytmx raises bare errors on
some of these, such as reserved property names and infinite maps)."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator

from game.content.problems import Problem, object_label
from game.content.schema import MAP_PROPS, OBJECT_TYPES, RESERVED_NAMES, TILE_PROPS, Prop
from game.content.tmx import UNRESOLVED, ResolvedXml, parse_xml

TILE_SIZE_PX = 16


def check_map_xml(resolved: ResolvedXml) -> list[Problem]:
    """Every schema problem in the map file and the tilesets it references."""
    root = resolved.root
    if root is None:
        return []
    path = resolved.path
    problems: list[Problem] = []
    add = problems.append
    if root.tag != "map":
        return [Problem(path, "map", f"is a <{root.tag}> file, not a Tiled map")]
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
    problems += _reserved(path, "map", root)
    problems += _check_props(path, "map", root, MAP_PROPS, require=True)
    for tileset in root.findall("tileset"):
        problems += _check_tileset(path, tileset)
    for layer in _layers(root):
        label = f"layer '{layer.get('name', '')}'"
        problems += _reserved(path, label, layer)
        if layer.tag == "layer" and layer.find("data") is not None and layer.find("data/chunk") is not None:
            add(Problem(path, label, "is stored in chunks (an infinite map)"))
    for group in root.iter("objectgroup"):
        collision = group.get("name") == "collision"
        for obj in group.findall("object"):
            problems += _check_object(path, obj, collision)
    return problems


def _layers(root: ET.Element) -> Iterator[ET.Element]:
    for tag in ("layer", "objectgroup", "imagelayer", "group"):
        yield from root.iter(tag)


def _props(element: ET.Element) -> list[ET.Element]:
    props = element.find("properties")
    return [] if props is None else props.findall("property")


RENAMED = {"rotation": "a junction's starting output is start_rotation"}
"""Hints for reserved names a designer may reach for, naming what the schema uses instead."""


def _reserved(path: str, where: str, element: ET.Element) -> list[Problem]:
    problems = []
    for prop in _props(element):
        name = prop.get("name", "")
        if name in RESERVED_NAMES:
            hint = f" ({RENAMED[name]})" if name in RENAMED else ""
            problems.append(Problem(path, where, f"property '{name}' uses a reserved name; rename it{hint}"))
    return problems


def _check_props(
    path: str, where: str, element: ET.Element, schema: dict[str, Prop], *, require: bool
) -> list[Problem]:
    problems: list[Problem] = []
    given = {p.get("name", ""): p for p in _props(element)}
    for name, spec in schema.items():
        prop = given.get(name)
        if prop is None:
            if require and spec.required:
                problems.append(Problem(path, where, f"needs property '{name}' ({spec.type}): {spec.doc}"))
            continue
        message = _type_problem(prop, spec)
        if message:
            problems.append(Problem(path, where, f"property '{name}' {message}"))
    return problems


def _type_problem(prop: ET.Element, spec: Prop) -> str | None:
    """Why `prop` does not match `spec`, or None."""
    declared = prop.get("type", "string")
    value = prop.get("value", prop.text or "")
    enum = spec.enum_values
    if enum is not None:
        if declared != "string":
            return f"must be a {spec.type} ({', '.join(enum)}), not {declared}"
        if value not in enum:
            return f"is '{value}', must be one of {', '.join(enum)}"
        return None
    if declared != spec.type:
        return f"must be {spec.type}, not {declared}"
    if spec.required and spec.type == "string" and not value.strip():
        return "is empty"
    return None


def _check_object(path: str, obj: ET.Element, collision: bool) -> list[Problem]:
    label = object_label(obj.get("id"), obj.get("name"))
    kind = obj.get("type", "")
    problems = _reserved(path, label, obj)
    if obj.get(UNRESOLVED):
        return problems
    if not kind:
        if collision:
            return problems
        known = ", ".join(OBJECT_TYPES)
        return problems + [Problem(path, label, f"has no type; use a template or set one of: {known}")]
    spec = OBJECT_TYPES.get(kind)
    if spec is None:
        known = ", ".join(OBJECT_TYPES)
        return problems + [Problem(path, label, f"has unknown type '{kind}' (known: {known})")]
    if kind == "spawn" and not obj.get("name"):
        problems.append(Problem(path, label, "is a spawn without a name; its name is the spawn id"))
    if spec.shape == "rect" and (float(obj.get("width", 0)) <= 0 or float(obj.get("height", 0)) <= 0):
        problems.append(Problem(path, label, f"is a {kind} with no area; draw it as a rectangle"))
    if spec.shape == "polyline" and obj.find("polyline") is None:
        problems.append(Problem(path, label, f"is a {kind}; draw it as a polyline"))
    problems += _check_props(path, label, obj, spec.props, require=True)
    if spec.one_of:
        given = {p.get("name"): p.get("value", p.text or "") for p in _props(obj)}
        if not any(str(given.get(name) or "").strip() for name in spec.one_of):
            problems.append(Problem(path, label, f"needs one of: {', '.join(spec.one_of)}"))
    return problems


def _check_tileset(map_path: str, tileset: ET.Element) -> list[Problem]:
    source = tileset.get("source")
    if source is None:
        return _check_tileset_body(map_path, map_path, tileset)
    full = os.path.normpath(os.path.join(os.path.dirname(map_path), source))
    root, error = parse_xml(full)
    if root is None:
        return [Problem(map_path, f"tileset {source}", str(error))]
    return _check_tileset_body(map_path, full, root)


def _check_tileset_body(map_path: str, path: str, tileset: ET.Element) -> list[Problem]:
    where = f"tileset '{tileset.get('name', '')}'"
    problems = _reserved(path, where, tileset)
    for attr in ("tilewidth", "tileheight"):
        if tileset.get(attr) != str(TILE_SIZE_PX):
            problems.append(Problem(path, where, f"{attr} is {tileset.get(attr)}, must be {TILE_SIZE_PX}"))
    images = [(where, image) for image in tileset.findall("image")]
    for tile in tileset.findall("tile"):
        tile_where = f"tile {tile.get('id')} of {where}"
        problems += _reserved(path, tile_where, tile)
        problems += _check_props(path, tile_where, tile, TILE_PROPS, require=False)
        images += [(tile_where, image) for image in tile.findall("image")]
    for image_where, image in images:
        source = image.get("source", "")
        if not os.path.isfile(os.path.join(os.path.dirname(path), source)):
            problems.append(Problem(path, image_where, f"image {source} not found"))
    return problems
