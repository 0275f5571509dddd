"""Tiled's drawing features: how each layer and tile object is drawn, and what the game
does not honour.

Every Tiled feature a map may use is either drawn as Tiled 1.8 draws it or named by the
validator. Drawn: hidden layers and groups (not drawn, not solid), layer opacity, tint
(`tintcolor`, multiplied in), offsets and parallax factors (through their groups), image
layers (with `repeatx`/`repeaty`), tile objects (decoration: flipped, scaled, rotated,
animated) and the map's background colour. `map_look` turns them into plain data for the
renderer, once, at load. Named (`feature_problems`, `drawn_problems`): what the game would
otherwise silently ignore, and objects off the 16 px grid.

A map with a problem does not load (problems.py has no warnings), so an ignored feature is
reported with what to change; what a designer sees in Tiled is then what the game shows.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import pytmx

from game.content.paths import inside
from game.content.problems import Problem, object_label
from game.content.schema import SPRITE_LAYER, TRACE_LAYER
from game.content.shapes import is_game_object, is_true, object_messages
from game.content.tmx import UNRESOLVED, read_shared
from game.content.values import finite, is_colour, whole

LAYER_TAGS = ("group", "layer", "imagelayer", "objectgroup")
"""In the order pytmx adds them to `TiledMap.layers` (each kind in document order)."""
WHITE = (255, 255, 255, 255)
FLIP_H, FLIP_V = 0x80000000, 0x40000000
MAX_APART_CELLS = 256 * 256
"""The most cells (the box around each layer's tiles) the tile layers drawn apart from
pyscroll (with opacity, tint, offset or parallax) may span together: each is pre-drawn
into one image, and one full 256x256-tile layer (64 MB) is already more than a map needs."""
_SEMANTIC_TILE_PROPS = ("solid", "gap", "vent", "dark", "hidden")


@dataclass(frozen=True)
class Look:
    """How a layer is drawn, with its groups applied (Tiled's "effective" values)."""

    visible: bool = True
    opacity: float = 1.0
    tint: tuple[int, int, int, int] = WHITE
    offset: tuple[float, float] = (0.0, 0.0)
    parallax: tuple[float, float] = (1.0, 1.0)

    @property
    def plain(self) -> bool:
        """Drawn as pyscroll draws a layer: opaque, untinted, on the grid, with the map."""
        return self.opacity >= 1.0 and self.tint == WHITE and self.offset == (0, 0) and self.parallax == (1, 1)

    def within(self, group: Look) -> Look:
        """This layer's look inside `group`: visibility and opacity, tint, offset and
        parallax combine as Tiled combines them through groups."""
        tint = tuple(round(a * b / 255) for a, b in zip(self.tint, group.tint, strict=True))
        return Look(
            self.visible and group.visible,
            self.opacity * group.opacity,
            (tint[0], tint[1], tint[2], tint[3]),
            (self.offset[0] + group.offset[0], self.offset[1] + group.offset[1]),
            (self.parallax[0] * group.parallax[0], self.parallax[1] * group.parallax[1]),
        )

    def changes(self) -> list[str]:
        """What differs from a plain layer, in words ("opacity 0.5", "offset (8, 0) px")."""
        said = []
        if self.opacity < 1.0:
            said.append(f"opacity {self.opacity:g}")
        if self.tint != WHITE:
            said.append("tint #{3:02x}{0:02x}{1:02x}{2:02x}".format(*self.tint))
        if self.offset != (0, 0):
            said.append(f"offset ({self.offset[0]:g}, {self.offset[1]:g}) px")
        if self.parallax != (1, 1):
            said.append(f"parallax factor ({self.parallax[0]:g}, {self.parallax[1]:g})")
        return said


@dataclass(frozen=True)
class TileLayerPart:
    """A visible tile layer: `index` into pytmx's `TiledMap.layers`."""

    name: str
    index: int
    look: Look


@dataclass(frozen=True)
class ImageLayerPart:
    """A visible image layer: `image` is its PNG's path ("" for none), drawn at the
    layer's offset, repeated along x and/or y if set."""

    name: str
    look: Look
    image: str
    trans: str | None = None
    repeat: tuple[bool, bool] = (False, False)


@dataclass(frozen=True)
class Decoration:
    """A visible tile object, as Tiled places it: (x, y) is its bottom-left corner (its
    origin, which rotation turns about), `gid` pytmx's (flips applied), `frames` its
    animation as (pytmx gid, duration ms), unflipped as pytmx gives them."""

    gid: int
    x: float
    y: float
    width: float
    height: float
    rotation: float = 0.0
    flips: tuple[bool, bool] = (False, False)
    frames: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class ObjectLayerPart:
    """A visible object layer's tile objects, in Tiled's drawing order. On the "sprites"
    layer they sort with the characters, by their bottom edge."""

    name: str
    look: Look
    decorations: tuple[Decoration, ...] = ()
    sprites: bool = False


Part = TileLayerPart | ImageLayerPart | ObjectLayerPart


@dataclass(frozen=True)
class MapLook:
    """Everything drawn, bottom to top. Characters are drawn after `parts[:sprites_at]`."""

    parts: tuple[Part, ...] = ()
    sprites_at: int = 0
    background: tuple[int, int, int] | None = None
    parallax_origin: tuple[float, float] = (0.0, 0.0)
    apart: frozenset[int] = field(default_factory=frozenset)
    """Tile layers (pytmx indices) drawn apart from pyscroll: visible, but not plain."""

    @property
    def backdrop(self) -> bool:
        """Whether an image layer is drawn below every tile layer (a dream's backdrop):
        cells without a tile then show it, as in Tiled."""
        for part in self.parts:
            if isinstance(part, TileLayerPart):
                return False
            if isinstance(part, ImageLayerPart) and part.image:
                return True
        return False


# -- reading the XML ----------------------------------------------------------------------


def colour(text: str | None) -> tuple[int, int, int, int] | None:
    """A Tiled colour (`#rrggbb` or `#aarrggbb`) as RGBA, or None when unset or unreadable."""
    if not text or not is_colour(text):
        return None
    digits = text[1:]
    alpha = int(digits[:2], 16) if len(digits) == 8 else 255
    rgb = digits[-6:]
    return int(rgb[0:2], 16), int(rgb[2:4], 16), int(rgb[4:6], 16), alpha


def _number(element: ET.Element, attr: str, default: float) -> float:
    """A finite number attribute; the default when missing or unreadable (the attribute
    checks report unreadable ones)."""
    value = finite(element.get(attr))
    return default if value is None else value


def own_look(element: ET.Element) -> Look:
    """A layer's (or group's) own look, from its attributes."""
    return Look(
        is_true(element, "visible"),
        min(1.0, max(0.0, _number(element, "opacity", 1.0))),
        colour(element.get("tintcolor")) or WHITE,
        (_number(element, "offsetx", 0.0), _number(element, "offsety", 0.0)),
        (_number(element, "parallaxx", 1.0), _number(element, "parallaxy", 1.0)),
    )


@dataclass(frozen=True)
class LayerNode:
    """One layer element of the map with its look through its groups, its pytmx index
    and the groups around it (innermost first)."""

    element: ET.Element
    look: Look
    index: int
    groups: tuple[ET.Element, ...]
    parent: ET.Element


def layer_nodes(root: ET.Element) -> list[LayerNode]:
    """Every layer element (groups too) in document order, which is Tiled's drawing order,
    except object groups inside tilesets (tile collision shapes)."""
    parents = {child: parent for parent in root.iter() for child in parent}
    in_tilesets = {id(element) for tileset in root.iter("tileset") for element in tileset.iter()}
    index: dict[int, int] = {}
    for tag in LAYER_TAGS:  # pytmx's indices: `.//tag` for each kind in turn, tilesets included
        for element in root.findall(f".//{tag}"):
            index[id(element)] = len(index)
    nodes = []
    for element in root.iter():
        if element.tag not in LAYER_TAGS or id(element) in in_tilesets:
            continue
        look = own_look(element)
        groups: list[ET.Element] = []
        above = parents.get(element)
        while above is not None and above.tag == "group":
            look = look.within(own_look(above))
            groups.append(above)
            above = parents.get(above)
        nodes.append(LayerNode(element, look, index[id(element)], tuple(groups), parents.get(element, root)))
    return nodes


def apply_visibility(nodes: list[LayerNode], tiled: pytmx.TiledMap) -> None:
    """Give pytmx's layers their visibility through their groups (pytmx reads each
    layer's own, and an image layer's as text), so that nothing in a hidden group is
    drawn or solid."""
    for node in nodes:
        if 0 <= node.index < len(tiled.layers):
            tiled.layers[node.index].visible = node.look.visible


# -- what is drawn ------------------------------------------------------------------------


def map_look(path: str, root: ET.Element, tiled: pytmx.TiledMap, nodes: list[LayerNode]) -> MapLook:
    """The drawing of a parsed map, bottom to top. The characters go after the object
    layer named "sprites", or (without one) after the tile layers not named "above...".
    """
    parts: list[Part] = []
    sprites_at: int | None = None
    tile_layers = [node for node in nodes if node.element.tag == "layer"]
    below = sum(1 for node in tile_layers if not node.element.get("name", "").lower().startswith("above"))
    seen_tiles = 0
    has_sprites_layer = any(n.element.tag == "objectgroup" and n.element.get("name") == SPRITE_LAYER for n in nodes)
    if not has_sprites_layer and below == 0:
        sprites_at = 0
    for node in nodes:
        element, look = node.element, node.look
        name = element.get("name", "")
        sprites = element.tag == "objectgroup" and name == SPRITE_LAYER and sprites_at is None
        if sprites:
            sprites_at = len(parts)
        if element.tag == "layer":
            seen_tiles += 1
        if look.visible:
            part = _part(path, element, look, node.index, tiled, sprites)
            if part is not None:
                parts.append(part)
        if not has_sprites_layer and sprites_at is None and element.tag == "layer" and seen_tiles == below:
            sprites_at = len(parts)
    background = colour(root.get("backgroundcolor"))
    apart = frozenset(p.index for p in parts if isinstance(p, TileLayerPart) and not p.look.plain)
    return MapLook(
        tuple(parts),
        len(parts) if sprites_at is None else sprites_at,
        None if background is None else background[:3],
        (_number(root, "parallaxoriginx", 0.0), _number(root, "parallaxoriginy", 0.0)),
        apart,
    )


def _part(path: str, element: ET.Element, look: Look, index: int, tiled: pytmx.TiledMap, sprites: bool) -> Part | None:
    name = element.get("name", "")
    if element.tag == "layer":
        return TileLayerPart(name, index, look)
    if element.tag == "imagelayer":
        image = element.find("image")
        source = image.get("source", "") if image is not None else ""
        full = os.path.normpath(os.path.join(os.path.dirname(path), source)) if source else ""
        trans = image.get("trans") if image is not None else None
        return ImageLayerPart(name, look, full, trans, (_flag(element, "repeatx"), _flag(element, "repeaty")))
    if element.tag == "objectgroup":
        layer = tiled.layers[index] if 0 <= index < len(tiled.layers) else None
        objects = list(layer) if isinstance(layer, pytmx.TiledObjectGroup) else []
        decorations = [
            _decoration(obj, tiled, xml)
            for obj, xml in zip(objects, element.findall("object"), strict=False)
            if obj.gid and is_true(xml, "visible")
        ]
        if element.get("draworder") == "topdown":
            decorations.sort(key=lambda d: d.y)
        return ObjectLayerPart(name, look, tuple(decorations), sprites)
    return None


def _flag(element: ET.Element, attr: str) -> bool:
    return element.get(attr) is not None and whole(element.get(attr)) == 1


def _decoration(obj: Any, tiled: pytmx.TiledMap, xml: ET.Element) -> Decoration:
    raw = whole(xml.get("gid", "0")) or 0
    frames = (tiled.tile_properties.get(obj.gid) or {}).get("frames") or ()
    return Decoration(
        gid=int(obj.gid),
        x=float(obj.x),
        y=float(obj.y) + float(obj.height),  # pytmx moved y to the top; Tiled's is the bottom
        width=float(obj.width),
        height=float(obj.height),
        rotation=float(getattr(obj, "rotation", 0) or 0),
        flips=(bool(raw & FLIP_H), bool(raw & FLIP_V)),
        frames=tuple((int(frame.gid), int(frame.duration)) for frame in frames),
    )


# -- what is not honoured: problems -------------------------------------------------------


def feature_problems(path: str, root: ET.Element, roots: Sequence[str]) -> list[Problem]:
    """Every feature of the map's XML the game would ignore, and every game object off the
    16 px grid (checked before pytmx reads the map)."""
    problems: list[Problem] = []
    for node in layer_nodes(root):
        element, look = node.element, node.look
        label = f"layer '{element.get('name', '')}'"
        if node.parent.tag not in ("map", "group"):
            problems.append(
                Problem(
                    path,
                    label,
                    f"sits inside <{node.parent.tag}>, where Tiled does not read layers; move it to the map or a group",
                )
            )
        mode = element.get("mode")
        if mode not in (None, "", "normal"):
            problems.append(
                Problem(
                    path,
                    label,
                    f"uses blend mode '{mode}', which the game does not draw (it draws every layer normally); "
                    "set its Blend Mode to Normal",
                )
            )
        if element.tag == "layer" and element.get("name") == TRACE_LAYER and look.changes():
            problems.append(
                Problem(
                    path,
                    label,
                    f"is the trace layer, which only Mara's lens shows, drawn as it is, so the game ignores its "
                    f"{' and '.join(look.changes())}; undo that in its Layer Properties (and its groups')",
                )
            )
        if element.tag == "objectgroup":
            problems += _object_layer_problems(path, node, label)
    problems += _tileset_problems(path, root, roots)
    return problems


def _hidden_by(node: LayerNode) -> str:
    if is_true(node.element, "visible"):
        hidden = next((g for g in node.groups if not is_true(g, "visible")), None)
        if hidden is not None:
            return f"is inside the hidden group '{hidden.get('name', '')}'"
    return "is hidden"


def _object_layer_problems(path: str, node: LayerNode, label: str) -> list[Problem]:
    group, look = node.element, node.look
    objects = group.findall("object")
    game = [obj for obj in objects if is_game_object(group, obj) and not obj.get(UNRESOLVED)]
    problems: list[Problem] = []
    if not look.visible:
        if game:
            problems.append(
                Problem(
                    path,
                    label,
                    f"{_hidden_by(node)}, so the game ignores its {len(game)} object(s): nothing in a hidden layer is "
                    "drawn, solid or used; show it (its eye in the Layers panel) or delete them",
                )
            )
        return problems
    if game and look.offset != (0, 0):
        problems.append(
            Problem(
                path,
                label,
                f"is offset by ({look.offset[0]:g}, {look.offset[1]:g}) px{_through(node)}, which the game ignores "
                "for its objects (they act on the cells of their own x and y); set its Offset to 0, 0 "
                "(Layer Properties)",
            )
        )
    if game and look.parallax != (1, 1):
        problems.append(
            Problem(
                path,
                label,
                f"has parallax factor ({look.parallax[0]:g}, {look.parallax[1]:g}){_through(node)}, which the game "
                "ignores for its objects (they stay on their cells); set its Parallax Factor to 1, 1",
            )
        )
    for obj in objects:
        if not obj.get(UNRESOLVED):
            problems += [
                Problem(path, object_label(obj.get("id"), obj.get("name")), m) for m in object_messages(group, obj)
            ]
    return problems


def _through(node: LayerNode) -> str:
    return " (with its groups)" if node.groups else ""


def _tileset_problems(path: str, root: ET.Element, roots: Sequence[str]) -> list[Problem]:
    """Tileset settings that move tiles or tile objects off where the game draws them."""
    problems: list[Problem] = []
    for element in root.iter("tileset"):
        source = element.get("source")
        where, body = path, element
        if source is not None:
            full = os.path.normpath(os.path.join(os.path.dirname(path), source))
            if not source.lower().endswith(".tsx") or not inside(full, roots):
                continue  # the tileset checks say so
            parsed = read_shared(full).root
            if parsed is None or parsed.tag != "tileset":
                continue
            where, body = full, parsed
        label = f"tileset '{body.get('name', '')}'"
        alignment = body.get("objectalignment", "unspecified")
        if alignment not in ("unspecified", "bottomleft"):
            problems.append(
                Problem(
                    where,
                    label,
                    f"Object Alignment is '{alignment}', which the game ignores (it places tile objects by their "
                    "bottom-left corner); set it to Unspecified or Bottom Left (Tileset > Tileset Properties)",
                )
            )
        offset = body.find("tileoffset")
        if offset is not None:
            dx, dy = _number(offset, "x", 0.0), _number(offset, "y", 0.0)
            if (dx, dy) != (0, 0):
                problems.append(
                    Problem(
                        where,
                        label,
                        f"Drawing Offset is ({dx:g}, {dy:g}) px, which the game ignores (it draws tiles on the "
                        "grid); set it to 0, 0 (Tileset > Tileset Properties)",
                    )
                )
    return problems


def drawn_problems(path: str, tiled: pytmx.TiledMap, look: MapLook) -> list[Problem]:
    """Problems only the parsed map shows: a layer drawn away from its cells that holds
    tiles the game reads (solid, gaps, vents...), and layers drawn apart spanning too much."""
    problems = []
    span = 0
    for part in look.parts:
        if not isinstance(part, TileLayerPart) or part.index not in look.apart:
            continue
        layer = tiled.layers[part.index]
        cells = [(x, y) for x, y, gid in layer.iter_data() if gid]
        if cells:
            xs, ys = [x for x, _ in cells], [y for _, y in cells]
            span += (max(xs) - min(xs) + 1) * (max(ys) - min(ys) + 1)
        moved = [change for change in part.look.changes() if change.startswith(("offset", "parallax"))]
        if moved and _reads_tiles(tiled, layer):
            problems.append(
                Problem(
                    path,
                    f"layer '{part.name}'",
                    f"has {' and '.join(moved)}, but its tiles mean something to the game (solid, gap, vent, dark or "
                    "hidden), which it reads on their own cells, not where they are drawn; move those tiles to a "
                    "layer with Offset 0, 0 and Parallax Factor 1, 1",
                )
            )
    if span > MAX_APART_CELLS:
        problems.append(
            Problem(
                path,
                "map",
                f"its layers with opacity, tint, offset or parallax span {span} cells together (the box around each "
                f"layer's tiles); the game pre-draws them, and more than {MAX_APART_CELLS} is more than a map needs",
            )
        )
    return problems


def _reads_tiles(tiled: pytmx.TiledMap, layer: Any) -> bool:
    gids = {gid for _, _, gid in layer.iter_data() if gid}
    for gid in gids:
        props = tiled.get_tile_properties_by_gid(gid) or {}
        if any(props.get(name) for name in _SEMANTIC_TILE_PROPS):
            return True
    return False
