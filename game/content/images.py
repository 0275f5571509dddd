"""Image files a map leads to, checked from their PNG header without decoding them.

pygame decodes an image only when the game draws a map, and a file that is not a PNG, is
cut short or is smaller than its tileset says crashes it there (or in pyscroll). Reading
the header's size (bytes 16-24) and looking for the closing IEND chunk is enough to refuse
those at load time, without pygame in the content layer.
"""

from __future__ import annotations

import struct

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_IHDR_END = 24
"""Signature (8 bytes), IHDR length and tag (8), width and height (4 + 4)."""
_IEND_CHUNK = 12
"""The last chunk of every PNG: length 0, `IEND`, CRC."""
MAX_IMAGE_PX = 4096
"""The widest or tallest image a map may use (256 tiles of 16 px): pygame would try to
allocate whatever a header claims, so a 100000 px header is refused unread."""

SHEET_FRAME_PX = (16, 24)
SHEET_COLUMNS = (5, 6)
SHEET_ROWS = 4
"""A character sheet (game/render/sprites.py): 16x24 frames, 4 rows (down, up, left,
right) of 5 columns (idle and walk) or 6 (a protagonist's ability pose). Defined here, in
the content layer, so the loader checks sheets without the renderer; the renderer uses these."""
SHEET_SIZES_PX = tuple((SHEET_FRAME_PX[0] * columns, SHEET_FRAME_PX[1] * SHEET_ROWS) for columns in SHEET_COLUMNS)


def png_size(path: str) -> tuple[int, int] | str:
    """The (width, height) in pixels of the PNG at `path`, or why it is not a usable PNG
    (a phrase to follow the file's name: "is not a PNG image")."""
    try:
        with open(path, "rb") as file:
            head = file.read(_IHDR_END)
            size = file.seek(0, 2)
            file.seek(max(0, size - _IEND_CHUNK))
            tail = file.read(_IEND_CHUNK)
    except FileNotFoundError:
        return "not found"
    except OSError as exc:
        return f"cannot be read ({exc.strerror})"
    if not head.startswith(PNG_SIGNATURE):
        return "is not a PNG image"
    if len(head) < _IHDR_END or head[12:16] != b"IHDR":
        return "is not a valid PNG image (it has no IHDR header)"
    width, height = struct.unpack(">II", head[16:24])
    if tail[4:8] != b"IEND":
        return "is a PNG image that is cut short (it does not end with an IEND chunk)"
    if not (0 < width <= MAX_IMAGE_PX and 0 < height <= MAX_IMAGE_PX):
        return f"is {width}x{height} px; an image is 1 to {MAX_IMAGE_PX} px wide and tall"
    return width, height


def sheet_problem(path: str) -> str | None:
    """Why the PNG at `path` is not a character sprite sheet, or None."""
    size = png_size(path)
    if isinstance(size, str):
        return size
    if size not in SHEET_SIZES_PX:
        fw, fh = SHEET_FRAME_PX
        expected = " or ".join(f"{w}x{h}" for w, h in SHEET_SIZES_PX)
        columns = " or ".join(map(str, SHEET_COLUMNS))
        return (
            f"is {size[0]}x{size[1]} px; a sprite sheet is {expected} "
            f"({fw}x{fh} frames, {columns} columns, {SHEET_ROWS} rows)"
        )
    return None


def pytmx_grid(size_px: int, tile_px: int, margin: int, spacing: int) -> range:
    """Where pytmx cuts tiles along one side of a tileset image (`reload_images`). Its end
    adds the margin instead of subtracting it, so with a margin it can cut past the edge.
    (Only tiles a map uses are cut, so only those tiles matter.)"""
    return range(margin, size_px + margin - tile_px + 1, tile_px + spacing)


def tileset_image_problems(
    size: tuple[int, int],
    declared: tuple[int, int],
    tile_px: int,
    columns: int,
    tilecount: int,
    margin: int,
    spacing: int,
) -> list[str]:
    """Why a tileset image of `size` cannot give pytmx every tile the tileset declares
    (phrases following "image NAME"), or nothing."""
    width, height = size
    if declared != size:
        return [
            f"is {width}x{height} px, but the tileset says {declared[0]}x{declared[1]}; "
            "add the image to the tileset again in Tiled"
        ]
    rows = -(-tilecount // columns) if columns > 0 else 0
    need = (
        margin + columns * tile_px + max(0, columns - 1) * spacing,
        margin + rows * tile_px + max(0, rows - 1) * spacing,
    )
    if width < need[0] or height < need[1]:
        return [
            f"is {width}x{height} px, smaller than the {need[0]}x{need[1]} px its {tilecount} tiles in "
            f"{columns} columns need (tiles of {tile_px} px, margin {margin}, spacing {spacing})"
        ]
    per_row = len(pytmx_grid(width, tile_px, margin, spacing))
    if per_row != columns and tilecount > columns:
        # pytmx numbers tiles row by row across the whole image: with more per row than the
        # tileset's columns, every tile after the first row gets another tile's art, or a
        # rectangle past the image's edge (its grid counts the margin at the far edge too)
        return [
            f"is {width} px wide, so pytmx cuts {per_row} tiles per row (margin {margin}, spacing {spacing}), "
            f"but the tileset has {columns} columns; crop the image to its tiles or use margin 0"
        ]
    return []
