"""An object's own numbers: its attributes as pytmx converts them, its position and size
within reach of a map, and the points of its polyline or polygon.

pytmx reads `x`, `y`, `width` and `height` with `float()`, which takes "nan" and "inf", and
a polyline's points with `float()` in pairs; the loader then floors them into cells. Every
number here must convert, be finite and stay within `MAX_OBJECT_PX`, so covering an
object cell by cell is always quick.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass

from game.content.limits import MAX_OBJECT_PX, TILE_SIZE_PX
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
