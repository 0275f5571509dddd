"""Pixel grids drawn as text: the shared legend and helpers to read and combine grids.

A grid is a list of rows of palette indices as written to PNG: ``0`` is transparent and
``i`` is the ``i``-th palette colour counted from 1. In text, one character is one pixel,
looked up in the legend; ``.`` means "leave the pixel underneath as it is".
"""

from __future__ import annotations

from collections.abc import Iterator

from game.art.palette import Palette

Grid = list[list[int]]
KEEP = "."


class SourceError(ValueError):
    """A problem in an art source, reported as ``file:line: message``."""


def source_lines(text: str, origin: str) -> Iterator[tuple[str, list[str]]]:
    """The non-blank lines of an art source as (``file:line``, words), comments after
    ``#`` removed."""
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].rstrip()
        if line.strip():
            yield f"{origin}:{number}", line.split()


def parse_legend(text: str, palette: Palette, origin: str = "<legend>") -> dict[str, int]:
    """Read ``<char> <colour-name>`` lines into a char -> pixel index map."""
    legend: dict[str, int] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = line.split()
        if len(fields) != 2 or len(fields[0]) != 1:
            raise SourceError(f"{origin}:{number}: expected '<char> <colour-name>'")
        char, name = fields
        if char == KEEP or char in legend:
            raise SourceError(f"{origin}:{number}: character {char!r} is reserved or reused")
        try:
            legend[char] = palette.index(name) + 1
        except KeyError as error:
            raise SourceError(f"{origin}:{number}: {error.args[0]}") from error
    return legend


def blank(width: int, height: int) -> Grid:
    """A fully transparent grid."""
    return [[0] * width for _ in range(height)]


def draw_rows(canvas: Grid, rows: list[str], legend: dict[str, int], x: int, y: int, where: str) -> None:
    """Paint text rows onto ``canvas`` at ``(x, y)``; ``.`` keeps what is there."""
    for dy, row in enumerate(rows):
        for dx, char in enumerate(row):
            if char == KEEP:
                continue
            if char not in legend:
                raise SourceError(f"{where}: character {char!r} is not in the legend")
            cy, cx = y + dy, x + dx
            if 0 <= cy < len(canvas) and 0 <= cx < len(canvas[0]):
                canvas[cy][cx] = legend[char]


def overlay(canvas: Grid, top: Grid, x: int, y: int) -> None:
    """Paint ``top`` over ``canvas`` at ``(x, y)``; transparent pixels of ``top`` keep the canvas."""
    for dy, row in enumerate(top):
        for dx, value in enumerate(row):
            cy, cx = y + dy, x + dx
            if value and 0 <= cy < len(canvas) and 0 <= cx < len(canvas[0]):
                canvas[cy][cx] = value


def mirrored(grid: Grid) -> Grid:
    """A left-right mirror image of ``grid``."""
    return [list(reversed(row)) for row in grid]


def copy(grid: Grid) -> Grid:
    """An independent copy of ``grid``."""
    return [list(row) for row in grid]


def paste(sheet: Grid, cell: Grid, x: int, y: int) -> None:
    """Copy ``cell`` into ``sheet`` at ``(x, y)``, transparent pixels included."""
    for dy, row in enumerate(cell):
        sheet[y + dy][x : x + len(row)] = row
