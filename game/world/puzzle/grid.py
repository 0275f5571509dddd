"""Small puzzle maps written as text, for tests, examples and quick prototypes.

Legend: `#` wall, `.` floor, `_` gap, `v` vent, `d` dark floor, `t` hidden walkway shown by
Trace, `g` hidden walkway shown by Glow. Any other character is floor with a mark: the
cells of each mark come back by character, in reading order, to place elements on.
"""

from __future__ import annotations

from game.world.geometry import Cell
from game.world.mapdata import MapData

TERRAIN: dict[str, frozenset[str]] = {
    "_": frozenset({"gap"}),
    "v": frozenset({"vent"}),
    "d": frozenset({"dark"}),
    "t": frozenset({"hidden:trace"}),
    "g": frozenset({"hidden:glow"}),
}


def parse_grid(text: str, name: str = "grid") -> tuple[MapData, dict[str, tuple[Cell, ...]]]:
    """The map drawn in `text` (leading and trailing blank lines and common indentation are
    ignored; rows may differ in length, missing cells are walls) and its marks."""
    lines = [line.rstrip() for line in text.strip("\n").splitlines()]
    indent = min((len(line) - len(line.lstrip()) for line in lines if line.strip()), default=0)
    rows = [line[indent:] for line in lines]
    width = max((len(r) for r in rows), default=0)
    solid: set[Cell] = set()
    terrain: dict[Cell, frozenset[str]] = {}
    marks: dict[str, list[Cell]] = {}
    for y, row in enumerate(rows):
        for x in range(width):
            char = row[x] if x < len(row) else "#"
            if char in "# ":
                solid.add((x, y))
            elif char in TERRAIN:
                terrain[(x, y)] = TERRAIN[char]
            elif char != ".":
                marks.setdefault(char, []).append((x, y))
    data = MapData.build(name, width, len(rows), solid=solid, terrain=terrain)
    return data, {k: tuple(v) for k, v in marks.items()}
