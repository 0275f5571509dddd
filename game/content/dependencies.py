"""The files a map is made of: the .tmx itself, its tilesets (.tsx) and their images, the
object templates (.tx) it uses and the tilesets those name, and image layers' images.

Hot reload watches these, so saving any of them in Tiled shows in the running game. The
list is read from the XML alone (nothing is checked or loaded here; a file that does not
parse simply adds nothing) and every path is absolute.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET

from game.content.tmx import parse_xml


def map_files(map_path: str) -> frozenset[str]:
    """Every file `map_path` reads, itself included (whether or not they exist now: a
    tileset being re-saved may be missing for a moment)."""
    found: set[str] = set()
    _add_map(os.path.abspath(map_path), found)
    return frozenset(found)


def _beside(owner: str, source: str) -> str:
    return os.path.normpath(os.path.join(os.path.dirname(owner), source))


def _add_map(path: str, found: set[str]) -> None:
    found.add(path)
    root, _ = parse_xml(path)
    if root is None:
        return
    _add_tilesets(root, path, found)
    for layer in root.iter("imagelayer"):
        _add_images(layer, path, found)
    for obj in root.iter("object"):
        template = obj.get("template")
        if template:
            _add_template(_beside(path, template), found)


def _add_template(path: str, found: set[str]) -> None:
    if path in found:
        return
    found.add(path)
    root, _ = parse_xml(path)
    if root is not None:
        _add_tilesets(root, path, found)


def _add_tilesets(root: ET.Element, owner: str, found: set[str]) -> None:
    for tileset in root.iter("tileset"):
        source = tileset.get("source")
        if not source:
            _add_images(tileset, owner, found)  # a tileset embedded in the map
            continue
        path = _beside(owner, source)
        if path in found:
            continue
        found.add(path)
        tsx, _ = parse_xml(path)
        if tsx is not None:
            _add_images(tsx, path, found)


def _add_images(element: ET.Element, owner: str, found: set[str]) -> None:
    for image in element.iter("image"):
        source = image.get("source")
        if source:
            found.add(_beside(owner, source))
