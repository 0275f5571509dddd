"""Reading TMX/TSX/TX XML: Tiled 1.9 `class` normalised to `type`, templates resolved.

pytmx does not resolve object templates (`.tx`): an object that uses one comes back with no
type, no properties and zero size. We resolve them in the XML before pytmx sees it.
"""

from __future__ import annotations

import hashlib
import os
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field

from game.content.limits import MAX_FILE_BYTES
from game.content.paths import ASSETS_DIR, MAPS_DIR, inside
from game.content.problems import Problem, object_label
from game.content.values import whole

GID_FLAGS = 0xE0000000
"""Tiled stores flip flags in the top bits of a gid."""

UNRESOLVED = "data-unresolved-template"
"""Marks an object whose template failed, so checks do not pile more errors on it."""

OUTSIDE = "lies outside the game's folders (the map's own folder, maps/ and assets/)"
"""Said of a file a map leads to that the loader will not open."""

_INHERITED_ATTRS = ("name", "type", "width", "height", "rotation", "gid", "visible")
_SHAPES = ("point", "ellipse", "polygon", "polyline", "text")


@dataclass
class ResolvedXml:
    """A map's XML after normalisation, with the problems found on the way."""

    path: str
    root: ET.Element | None
    problems: list[Problem] = field(default_factory=list)


def roots_for(map_path: str, maps_dir: str = MAPS_DIR, assets_dir: str = ASSETS_DIR) -> tuple[str, ...]:
    """The folders a map's tilesets, templates and images must lie in: the map's own
    folder, the game's maps/ and assets/, and the maps and assets folders the caller uses
    instead (the validator's `--maps-dir`, a test's copy)."""
    folders = (os.path.dirname(os.path.abspath(map_path)), MAPS_DIR, ASSETS_DIR, maps_dir, assets_dir)
    return tuple(dict.fromkeys(folders))


def parse_xml(path: str) -> tuple[ET.Element | None, str | None]:
    """Parse an XML file; return (root, None) or (None, a readable error)."""
    data, error = _read(path)
    return (None, error) if data is None else _parse(data)


def _read(path: str) -> tuple[bytes | None, str | None]:
    """The bytes of a file small enough for any map or tileset, or why it cannot be read."""
    try:
        if os.path.exists(path) and not os.path.isfile(path):
            return None, "is not a file"
        size = os.path.getsize(path)
        if size > MAX_FILE_BYTES:
            return None, f"is {size} bytes, more than any map or tileset needs (at most {MAX_FILE_BYTES})"
        with open(path, "rb") as file:
            return file.read(MAX_FILE_BYTES + 1), None
    except FileNotFoundError:
        return None, "file not found"
    except OSError as exc:
        return None, f"cannot be read ({exc.strerror})"


def _parse(data: bytes) -> tuple[ET.Element | None, str | None]:
    try:
        return ET.fromstring(data), None
    except ET.ParseError as exc:
        return None, f"not valid XML ({exc})"
    except (LookupError, ValueError) as exc:  # an unknown encoding in the XML declaration
        return None, f"not valid XML ({exc})"


@dataclass(frozen=True)
class SharedXml:
    """A file many maps lead to (a tileset), parsed once while its bytes stay the same.
    `digest` tells its contents apart; the tree is shared, so nobody may change it."""

    root: ET.Element | None
    error: str | None
    digest: bytes


class _SharedFiles:
    """The last parse of each shared file by path. Every map of the game reads the same few
    tilesets, and the validator, the catalogue and the tests load each map many times; a
    file whose bytes changed (hot reload, a designer's edit) is parsed again."""

    LIMIT = 256

    def __init__(self) -> None:
        self._parsed: dict[str, SharedXml] = {}

    def read(self, path: str) -> SharedXml:
        data, error = _read(path)
        if data is None:
            return SharedXml(None, error, b"")
        digest = hashlib.blake2b(data, digest_size=16).digest()
        known = self._parsed.get(path)
        if known is not None and known.digest == digest:
            return known
        root, error = _parse(data)
        if len(self._parsed) >= self.LIMIT:
            self._parsed.clear()
        shared = self._parsed[path] = SharedXml(root, error, digest)
        return shared


read_shared = _SharedFiles().read
"""`parse_xml` of a tileset, parsed once per contents (a `SharedXml`: read it, never change it)."""


def normalise_class(element: ET.Element) -> None:
    """Tiled 1.9 wrote `class=` where 1.8 and 1.10 write `type=`: accept both."""
    cls = element.attrib.pop("class", None)
    if cls and not element.get("type"):
        element.set("type", cls)


def read_map(path: str, roots: Sequence[str] | None = None) -> ResolvedXml:
    """Parse a TMX file and resolve its templates (found inside `roots`, by default
    `roots_for(path)`) and Tiled 1.9 classes."""
    root, error = parse_xml(path)
    if root is None:
        return ResolvedXml(path, None, [Problem(path, "map", str(error))])
    resolved = ResolvedXml(path, root)
    normalise_class(root)
    cache: dict[str, ET.Element | str] = {}
    allowed = roots_for(path) if roots is None else roots
    for group in root.iter("objectgroup"):
        normalise_class(group)
        for obj in group.findall("object"):
            normalise_class(obj)
            if obj.get("template"):
                _apply_template(resolved, obj, cache, allowed)
    return resolved


def _load_template(
    map_path: str, source: str, cache: dict[str, ET.Element | str], roots: Sequence[str]
) -> ET.Element | str:
    """The template's root element, or an error message."""
    full = os.path.normpath(os.path.join(os.path.dirname(map_path), source))
    if full not in cache and not inside(full, roots):
        cache[full] = f"template {source} {OUTSIDE}"
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


def _apply_template(
    resolved: ResolvedXml, obj: ET.Element, cache: dict[str, ET.Element | str], roots: Sequence[str]
) -> None:
    source = obj.attrib.pop("template")
    label = object_label(obj.get("id"), obj.get("name"))
    template = _load_template(resolved.path, source, cache, roots)
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
    for prop in base.findall("properties/property"):
        merged[prop.get("name", "")] = prop
    for own_props in obj.findall("properties"):
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
    raw = whole(obj.get("gid", "0"))
    if raw is None or raw < 0:
        return None  # the object's attribute check reports the gid
    flags, gid = raw & GID_FLAGS, raw & ~GID_FLAGS
    label = object_label(obj.get("id"), obj.get("name"))
    if tileset is None:
        resolved.problems.append(Problem(resolved.path, label, f"template {source} has a gid but no tileset"))
        return None
    template_first = whole(tileset.get("firstgid", "1"))
    if template_first is None:
        resolved.problems.append(
            Problem(resolved.path, label, f"template {source}: its tileset's firstgid is not a whole number")
        )
        return None
    template_dir = os.path.dirname(os.path.join(os.path.dirname(resolved.path), source))
    wanted = os.path.normpath(os.path.join(template_dir, tileset.get("source", "")))
    local = gid - template_first
    for map_tileset in resolved.root.iter("tileset"):
        map_source = map_tileset.get("source")
        if map_source is None:
            continue
        if os.path.normpath(os.path.join(os.path.dirname(resolved.path), map_source)) == wanted:
            first = whole(map_tileset.get("firstgid", "1"))
            return None if first is None else (first + local) | flags  # a bad firstgid is the tileset's problem
    resolved.problems.append(
        Problem(
            resolved.path,
            label,
            f"template {source} uses tileset {tileset.get('source')}, which the map does not include",
        )
    )
    return None
