"""Checking Tiled custom properties: names pytmx refuses, values that do not parse as their
declared type, and the schema's required properties and types.

pytmx refuses a property named like an attribute of the Python object it builds (`name`,
`x`, but also `closed` on an object or `count` on an object layer, which is a list), and
converts typed values with bare `int()`/`float()`. Both would be tracebacks; here they
are messages naming the element and the property.
"""

from __future__ import annotations

import functools
import os
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from typing import Any

import pytmx

from game.content.names import did_you_mean
from game.content.paths import inside
from game.content.problems import Problem
from game.content.schema import RESERVED_NAMES, Prop
from game.content.tmx import OUTSIDE
from game.content.values import INT32_MAX, INT32_MIN, UINT32_MAX, float_problem, int_problem, is_bool, is_colour

RENAMED = {"rotation": "a junction's starting output is start_rotation"}
"""Hints for reserved names a designer may reach for, naming what the schema uses instead."""

TILE_RESERVED = RESERVED_NAMES | {"trans", "frames", "colliders"}
"""pytmx merges a tile's properties with what it reads from the tile itself (its image's
`source` and `trans`, its animation `frames`): a property of that name would replace them."""

_TILED_TYPES = ("string", "int", "float", "bool", "color", "file", "object")


@functools.cache
def _probe(kind: str) -> Any:
    """An empty pytmx object of the class pytmx builds for a `kind` element: a property
    named like one of its attributes makes pytmx refuse the map."""
    tiled = pytmx.TiledMap()
    match kind:
        case "map":
            return tiled
        case "tileset":
            return pytmx.TiledTileset(tiled, ET.Element("tileset"))
        case "group":
            return pytmx.pytmx.TiledGroupLayer(tiled, ET.Element("group"))
        case "layer":
            node = ET.fromstring('<layer width="1" height="1"><data encoding="csv">0</data></layer>')
            return pytmx.TiledTileLayer(tiled, node)
        case "imagelayer":
            return pytmx.TiledImageLayer(tiled, ET.fromstring("<imagelayer><image/></imagelayer>"))
        case "objectgroup":
            return pytmx.TiledObjectGroup(tiled, ET.Element("objectgroup"), {})
        case "object":
            return pytmx.TiledObject(tiled, ET.Element("object"), {})
    raise ValueError(f"no pytmx class for <{kind}>")


def reserved(kind: str, element: ET.Element, name: str) -> bool:
    """Whether a property `name` on `element` (a `kind` element: map, tileset, tile, group,
    layer, imagelayer, objectgroup or object) collides with what pytmx or the loader read."""
    if kind == "tile":
        return name in TILE_RESERVED
    return name in RESERVED_NAMES or name in element.attrib or hasattr(_probe(kind), name)


def props_of(element: ET.Element) -> list[ET.Element]:
    """Every `<property>` of `element`, from each of its `<properties>` (pytmx reads all)."""
    return [prop for props in element.findall("properties") for prop in props.findall("property")]


def value_problem(prop: ET.Element, base_dir: str, roots: Sequence[str]) -> str | None:
    """Why pytmx cannot convert `prop`'s value to its declared type (or the game should not
    follow it, for a file outside its folders), or None. Untyped properties are text."""
    declared = prop.get("type")
    value = prop.get("value")  # typed values are read from the attribute only
    if declared is None or declared in ("string", "enum"):
        return None
    if declared == "class":
        return "is a class (custom type) property, which pytmx cannot read; use plain properties"
    if declared not in pytmx.pytmx.prop_type:
        return f"has unknown type {declared!r} (Tiled's types: {', '.join(_TILED_TYPES)})"
    if declared == "bool":
        return None if is_bool(value) else f"is {value!r}, not true or false"
    if declared == "int":
        return int_problem(value, INT32_MIN, INT32_MAX)
    if declared == "object":
        problem = int_problem(value, 0, UINT32_MAX)
        return None if problem is None else f"{problem} (an object id, 0 for none)"
    if declared == "float":
        return float_problem(value)
    if declared == "color":
        return None if is_colour(value) else f"is {value!r}, not a colour like #ff8040"
    if declared == "file" and value:
        if not inside(os.path.join(base_dir, value), roots):
            return f"names file {value!r}, which {OUTSIDE}"
    return None


def property_problems(
    path: str,
    where: str,
    element: ET.Element,
    kind: str,
    roots: Sequence[str],
    schema: dict[str, Prop] | None = None,
    *,
    require: bool = False,
) -> list[Problem]:
    """Every problem with `element`'s properties: reserved or missing names, values that do
    not convert, and (with a `schema`) missing required properties and wrong types."""
    problems: list[Problem] = []
    unreadable: set[str] = set()
    base_dir = os.path.dirname(path)
    for prop in props_of(element):
        name = prop.get("name")
        if name is None:
            problems.append(Problem(path, where, "has a property without a name"))
            continue
        if reserved(kind, element, name):
            hint = f" ({RENAMED[name]})" if name in RENAMED else ""
            problems.append(Problem(path, where, f"property '{name}' uses a reserved name; rename it{hint}"))
            unreadable.add(name)  # said once: not "not one the game reads" as well
        message = value_problem(prop, base_dir, roots)
        if message is not None:
            problems.append(Problem(path, where, f"property '{name}' {message}"))
            unreadable.add(name)
    if schema is not None:
        problems += _schema_problems(path, where, element, schema, unreadable, require=require)
    return problems


def _schema_problems(
    path: str, where: str, element: ET.Element, schema: dict[str, Prop], unreadable: set[str], *, require: bool
) -> list[Problem]:
    problems: list[Problem] = []
    given = {p.get("name", ""): p for p in props_of(element)}
    for name in given:
        if name and name not in schema and name not in unreadable:
            hint = did_you_mean(name, schema) or f" (it reads: {', '.join(schema) or 'none'})"
            problems.append(Problem(path, where, f"property '{name}' is not one the game reads here{hint}"))
    for name, spec in schema.items():
        prop = given.get(name)
        if prop is None:
            if require and spec.required:
                problems.append(Problem(path, where, f"needs property '{name}' ({spec.type}): {spec.doc}"))
            continue
        if name in unreadable:
            continue
        message = type_problem(prop, spec)
        if message:
            problems.append(Problem(path, where, f"property '{name}' {message}"))
    return problems


def type_problem(prop: ET.Element, spec: Prop) -> str | None:
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
