"""Reading TMX/TSX/TX XML: Tiled 1.9 `class` normalised to `type`, templates resolved.

pytmx does not resolve object templates (`.tx`): an object that uses one comes back with no
type, no properties and zero size. We resolve them in the XML before pytmx sees it.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from game.content.problems import Problem, object_label

GID_FLAGS = 0xE0000000
"""Tiled stores flip flags in the top bits of a gid."""

UNRESOLVED = "data-unresolved-template"
"""Marks an object whose template failed, so checks do not pile more errors on it."""

_INHERITED_ATTRS = ("name", "type", "width", "height", "rotation", "gid", "visible")
_SHAPES = ("point", "ellipse", "polygon", "polyline", "text")


@dataclass
class ResolvedXml:
    """A map's XML after normalisation, with the problems found on the way."""

    path: str
    root: ET.Element | None
    problems: list[Problem] = field(default_factory=list)


def parse_xml(path: str) -> tuple[ET.Element | None, str | None]:
    """Parse an XML file; return (root, None) or (None, a readable error)."""
    try:
        return ET.parse(path).getroot(), None
    except FileNotFoundError:
        return None, "file not found"
    except ET.ParseError as exc:
        return None, f"not valid XML ({exc})"
    except OSError as exc:
        return None, f"cannot be read ({exc.strerror})"


def normalise_class(element: ET.Element) -> None:
    """Tiled 1.9 wrote `class=` where 1.8 and 1.10 write `type=`: accept both."""
    cls = element.attrib.pop("class", None)
    if cls and not element.get("type"):
        element.set("type", cls)


def read_map(path: str) -> ResolvedXml:
    """Parse a TMX file and resolve its templates and Tiled 1.9 classes."""
    root, error = parse_xml(path)
    if root is None:
        return ResolvedXml(path, None, [Problem(path, "map", str(error))])
    resolved = ResolvedXml(path, root)
    normalise_class(root)
    cache: dict[str, ET.Element | str] = {}
    for group in root.iter("objectgroup"):
        normalise_class(group)
        for obj in group.findall("object"):
            normalise_class(obj)
            if obj.get("template"):
                _apply_template(resolved, obj, cache)
    return resolved


def _load_template(map_path: str, source: str, cache: dict[str, ET.Element | str]) -> ET.Element | str:
    """The template's root element, or an error message."""
    full = os.path.normpath(os.path.join(os.path.dirname(map_path), source))
    if full not in cache:
        root, error = parse_xml(full)
        if root is None:
            cache[full] = f"template {source} {error}"
        elif root.tag != "template" or root.find("object") is None:
            cache[full] = f"template {source} has no <template><object>"
        else:
            template_obj = root.find("object")
            assert template_obj is not None
            normalise_class(template_obj)
            cache[full] = root
    return cache[full]


def _apply_template(resolved: ResolvedXml, obj: ET.Element, cache: dict[str, ET.Element | str]) -> None:
    source = obj.attrib.pop("template")
    label = object_label(obj.get("id"), obj.get("name"))
    template = _load_template(resolved.path, source, cache)
    if isinstance(template, str):
        resolved.problems.append(Problem(resolved.path, label, template))
        obj.set(UNRESOLVED, "1")
        return
    base = template.find("object")
    assert base is not None
    for attr in _INHERITED_ATTRS:
        if attr in base.attrib and attr not in obj.attrib:
            obj.set(attr, base.get(attr, ""))
    if base.get("gid") and obj.get("gid") == base.get("gid"):
        gid = _remap_template_gid(resolved, obj, template, source, cache_key=source)
        if gid is not None:
            obj.set("gid", str(gid))
    # Properties: the template's, overridden by the instance's, by name.
    merged: dict[str, ET.Element] = {}
    base_props = base.find("properties")
    if base_props is not None:
        for prop in base_props.findall("property"):
            merged[prop.get("name", "")] = prop
    own_props = obj.find("properties")
    if own_props is not None:
        for prop in own_props.findall("property"):
            merged[prop.get("name", "")] = prop
        obj.remove(own_props)
    if merged:
        props = ET.SubElement(obj, "properties")
        for prop in merged.values():
            props.append(prop)
    if not any(obj.find(shape) is not None for shape in _SHAPES):
        for shape in _SHAPES:
            element = base.find(shape)
            if element is not None:
                obj.append(element)


def _remap_template_gid(
    resolved: ResolvedXml, obj: ET.Element, template: ET.Element, source: str, cache_key: str
) -> int | None:
    """A tile template's gid counts in the template's own tileset reference; translate it to
    the map's firstgid for the same tileset file."""
    assert resolved.root is not None
    tileset = template.find("tileset")
    raw = int(obj.get("gid", "0"))
    flags, gid = raw & GID_FLAGS, raw & ~GID_FLAGS
    label = object_label(obj.get("id"), obj.get("name"))
    if tileset is None:
        resolved.problems.append(Problem(resolved.path, label, f"template {source} has a gid but no tileset"))
        return None
    template_dir = os.path.dirname(os.path.join(os.path.dirname(resolved.path), source))
    wanted = os.path.normpath(os.path.join(template_dir, tileset.get("source", "")))
    local = gid - int(tileset.get("firstgid", "1"))
    for map_tileset in resolved.root.findall("tileset"):
        map_source = map_tileset.get("source")
        if map_source is None:
            continue
        if os.path.normpath(os.path.join(os.path.dirname(resolved.path), map_source)) == wanted:
            return (int(map_tileset.get("firstgid", "1")) + local) | flags
    resolved.problems.append(
        Problem(
            resolved.path,
            label,
            f"template {source} uses tileset {tileset.get('source')}, which the map does not include",
        )
    )
    return None
