"""An object's own numbers: its attributes as pytmx converts them, its position and size
within reach of a map, the points of its polyline or polygon, and whether it sits where the
game reads it (on the 16 px grid, as a shape the game understands, not turned or hidden).

pytmx reads `x`, `y`, `width` and `height` with `float()`, which takes "nan" and "inf", and
a polyline's points with `float()` in pairs; the loader then floors them into cells. Every
number here must convert, be finite and stay within `MAX_OBJECT_PX`, so covering an
object cell by cell is always quick.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass

import pytmx

from game.content.limits import MAX_OBJECT_PX, TILE_SIZE_PX
from game.content.schema import COLLISION_LAYER, OBJECT_TYPES
from game.content.values import attribute_problems, finite

_POSITION_ATTRS = ("x", "y", "width", "height")
_POINT_SHAPES = ("polygon", "polyline")


@dataclass(frozen=True)
class Extent:
    """How far an object reaches, in pixels (as pytmx will size it)."""

    width: float
    height: float

    @property
    def cells(self) -> int:
        """About how many cells covering it takes (at least one, a point's)."""
        return (int(self.width) // TILE_SIZE_PX + 2) * (int(self.height) // TILE_SIZE_PX + 2)


def shape_problems(obj: ET.Element) -> tuple[list[str], Extent | None]:
    """Messages for the object's unreadable or far-out numbers and points, and (when they
    are all fine) how far it reaches."""
    problems = attribute_problems(obj)
    for attr in _POSITION_ATTRS:
        value = finite(obj.get(attr, "0"))  # None: unreadable, which the attribute check says
        if value is not None and abs(value) > MAX_OBJECT_PX:
            problems.append(f"{attr} is {obj.get(attr)} px, beyond any map ({MAX_OBJECT_PX} px at most)")
    width, height = abs(finite(obj.get("width", "0")) or 0.0), abs(finite(obj.get("height", "0")) or 0.0)
    for shape in _POINT_SHAPES:  # pytmx reads the first of each; a polyline's points win
        element = obj.find(shape)
        if element is None:
            continue
        points, message = read_points(element.get("points"))
        if message is not None:
            problems.append(f"{shape} {message}")
        elif points:
            xs, ys = [x for x, _ in points], [y for _, y in points]
            # pytmx sizes a shape from its points' extremes and the origin
            width = abs(min(0.0, *xs)) + abs(max(0.0, *xs))
            height = abs(min(0.0, *ys)) + abs(max(0.0, *ys))
    return problems, None if problems else Extent(width, height)


def read_points(text: str | None) -> tuple[list[tuple[float, float]], str | None]:
    """The points of a `points="x,y x,y"` attribute, or a message saying what is wrong."""
    if text is None:
        return [], "has no points"
    points = []
    for pair in text.split():
        parts = pair.split(",")
        values = [finite(part) for part in parts]
        if len(parts) != 2 or values[0] is None or values[1] is None:
            return [], f"point {pair!r} is not a pair of finite numbers x,y"
        x, y = values[0], values[1]
        if abs(x) > MAX_OBJECT_PX or abs(y) > MAX_OBJECT_PX:
            return [], f"point {pair!r} lies beyond any map ({MAX_OBJECT_PX} px at most)"
        points.append((x, y))
    return points, None


# -- where an object sits: what the game ignores about it, and the 16 px grid -------------

GRID_PX = TILE_SIZE_PX
_SNAP = "snap it to the grid (View > Snapping > Snap to Grid) and move or resize it to whole cells"
_SNAP_CENTRE = "snap it to the middle of a cell (View > Snapping > Snap to Fine Grid)"


def is_true(element: ET.Element, attr: str) -> bool:
    """Whether a flag attribute (`visible`) is on; missing or unreadable reads as on (the
    attribute checks report unreadable ones)."""
    text = element.get(attr)
    try:
        return text is None or bool(pytmx.pytmx.convert_to_bool(text))
    except ValueError:
        return True


def is_game_object(group: ET.Element, obj: ET.Element) -> bool:
    """Whether an object means something to the game (a type, or a shape on the collision
    layer); untyped tile objects elsewhere are decoration only."""
    return bool(obj.get("type")) or group.get("name") == COLLISION_LAYER


def is_decoration(group: ET.Element, obj: ET.Element) -> bool:
    """An untyped tile object off the collision layer: drawn, but no game object."""
    return bool(obj.get("gid")) and not is_game_object(group, obj)


def object_messages(group: ET.Element, obj: ET.Element) -> list[str]:
    """What the game ignores about one object, or where it is off the grid. Decoration (an
    untyped tile object) is drawn wherever it is; a game object must sit on the grid."""
    if obj.find("text") is not None:
        return ["is a text object, which the game does not draw; put the words in an inspect spot's text instead"]
    if not is_game_object(group, obj):
        return []
    if not is_true(obj, "visible"):
        return ["is hidden (its eye in the Objects panel), so the game ignores it; show it or delete it"]
    if shape_problems(obj)[0]:
        return []  # unreadable numbers: the shape check says so
    shape = _shape(obj)
    kind = obj.get("type", "")
    spec = OBJECT_TYPES.get(kind)
    wanted = spec.shape if spec is not None else "rect"
    if wanted == "polyline" and (shape != "polyline" or len(obj.findall("polyline")[0].get("points", "").split()) < 2):
        return []  # the schema check asks for a polyline of 2 points or more
    area = (finite(obj.get("width", "0")) or 0.0) > 0 and (finite(obj.get("height", "0")) or 0.0) > 0
    if spec is not None and wanted == "rect" and (shape == "point" or not area):
        return []  # the schema check asks for a rectangle
    if shape == "ellipse" and wanted != "polyline":
        return ["is an ellipse, which the game reads as the rectangle around it; draw it as a rectangle"]
    if shape in ("polygon", "polyline") and wanted == "rect":
        return [f"is a {shape}, which the game cannot read as cells; draw it as a rectangle"]
    if shape in ("polygon", "polyline") and wanted == "point":
        return [f"is a {shape}, but a {kind} is a point; draw it with Insert Point"]
    rotation = finite(obj.get("rotation", "0")) or 0.0
    if rotation % 360:
        return [
            f"is rotated by {rotation:g} degrees, which the game ignores (it covers the cells of the unrotated "
            "shape); set its Rotation to 0"
        ]
    return _grid_messages(obj, shape)


def _shape(obj: ET.Element) -> str:
    for shape in ("ellipse", "polygon", "polyline", "point"):
        if obj.find(shape) is not None:
            return shape
    return "tile" if obj.get("gid") else "rect"


def _grid_messages(obj: ET.Element, shape: str) -> list[str]:
    x, y = finite(obj.get("x", "0")) or 0.0, finite(obj.get("y", "0")) or 0.0
    width, height = finite(obj.get("width", "0")) or 0.0, finite(obj.get("height", "0")) or 0.0
    if shape == "polyline":
        polyline = obj.find("polyline")
        points = [] if polyline is None else polyline.get("points", "").split()
        for pair in points:
            px, _, py = pair.partition(",")
            corner = (x + (finite(px) or 0.0), y + (finite(py) or 0.0))
            if not _centred(corner):
                return [
                    f"has a corner at ({corner[0]:g}, {corner[1]:g}), not at the middle of a cell; snap its corners "
                    "to the middle of cells (View > Snapping > Snap to Fine Grid)"
                ]
        return []
    if shape == "point" or width <= 0 or height <= 0:
        if _centred((x, y)):
            return []
        return [f"is a point at ({x:g}, {y:g}), not at the middle of a cell; {_SNAP_CENTRE}"]
    top = y - height if shape == "tile" else y  # a tile object's y is its bottom edge
    off = [
        f"{name} {value:g}"
        for name, value in (("x", x), ("y" if shape != "tile" else "top", top), ("width", width), ("height", height))
        if value % GRID_PX
    ]
    if not off:
        return []
    verb = "is not a multiple" if len(off) == 1 else "are not multiples"
    return [f"is off the 16 px grid ({', '.join(off)} {verb} of 16), so it covers parts of cells; {_SNAP}"]


def _centred(point: tuple[float, float]) -> bool:
    return all(value % GRID_PX == GRID_PX / 2 for value in point)
