"""Character sheet sources: named parts drawn as text, composed into frames by layout lines.

Syntax::

    frame <width> <height>        # size of one frame in px
    part <name>                   # then rows of <width> characters ('.' = transparent)
    row <name>                    # a sheet row (one facing), top to bottom in file order
    cell <part>[:flip]@[x,]y ...  # one frame: parts painted in order, later on top
    mirror <row-name>             # this row is the named row mirrored left-right

Walk bobs are just a part placed one pixel lower, so a reader sees the motion in the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from game.art.grid import Grid, SourceError, blank, draw_rows, mirrored, overlay, paste, source_lines


@dataclass
class SheetSource:
    """A parsed character sheet: part rows as text and each row's frame recipes."""

    frame_w: int = 0
    frame_h: int = 0
    parts: dict[str, list[str]] = field(default_factory=dict)
    rows: list[tuple[str, list[list[str]] | str]] = field(default_factory=list)


def parse_sheet(text: str, origin: str) -> SheetSource:
    """Parse a sheet source; part widths and references are checked here."""
    sheet = SheetSource()
    part: list[str] | None = None
    for where, words in source_lines(text, origin):
        head, args = words[0], words[1:]
        if part is not None and len(words) == 1 and head not in ("frame", "part", "row"):
            if len(head) != sheet.frame_w:
                raise SourceError(f"{where}: part row is {len(head)} px, expected {sheet.frame_w}")
            part.append(head)
            continue
        part = None
        if head == "frame" and len(args) == 2:
            sheet.frame_w, sheet.frame_h = int(args[0]), int(args[1])
        elif head == "part" and len(args) == 1:
            part = sheet.parts.setdefault(args[0], [])
            if part:
                raise SourceError(f"{where}: part {args[0]!r} defined twice")
        elif head == "row" and len(args) == 1:
            sheet.rows.append((args[0], []))
        elif head in ("cell", "mirror") and sheet.rows:
            name, cells = sheet.rows[-1]
            if head == "mirror" and len(args) == 1 and cells == []:
                sheet.rows[-1] = (name, args[0])
            elif head == "cell" and isinstance(cells, list):
                cells.append([f"{a}|{where}" for a in args])
            else:
                raise SourceError(f"{where}: a row is either 'mirror' or a list of cells")
        else:
            raise SourceError(f"{where}: cannot read {' '.join(words)!r}")
    return sheet


def _place(token: str, sheet: SheetSource, legend: dict[str, int], frame: Grid) -> None:
    spec, where = token.split("|", 1)
    name, _, at = spec.partition("@")
    name, _, flag = name.partition(":")
    if name not in sheet.parts:
        raise SourceError(f"{where}: no part named {name!r}")
    coords = [int(v) for v in at.split(",")] if at else [0]
    x, y = (coords[0], coords[1]) if len(coords) == 2 else (0, coords[0])
    rows = sheet.parts[name]
    part = blank(sheet.frame_w, len(rows))
    draw_rows(part, rows, legend, 0, 0, where)
    overlay(frame, mirrored(part) if flag == "flip" else part, x, y)


def compose_sheet(sheet: SheetSource, legend: dict[str, int]) -> Grid:
    """Draw every frame and lay the rows out into one sheet grid."""
    frames: dict[str, list[Grid]] = {}
    for name, cells in sheet.rows:
        if isinstance(cells, str):
            if cells not in frames:
                raise SourceError(f"row {name!r} mirrors {cells!r}, which is not drawn above it")
            frames[name] = [mirrored(f) for f in frames[cells]]
            continue
        drawn = []
        for tokens in cells:
            frame = blank(sheet.frame_w, sheet.frame_h)
            for token in tokens:
                _place(token, sheet, legend, frame)
            drawn.append(frame)
        frames[name] = drawn
    columns = max(len(f) for f in frames.values())
    out = blank(sheet.frame_w * columns, sheet.frame_h * len(frames))
    for row, (name, _) in enumerate(sheet.rows):
        for col, frame in enumerate(frames[name]):
            paste(out, frame, col * sheet.frame_w, row * sheet.frame_h)
    return out
