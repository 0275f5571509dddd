"""Reading a tile layer's `<data>`: CSV or base64 (plain, zlib or gzip), checked cell by cell.

pytmx inflates compressed layer data in one call, with no limit: a few kilobytes of zlib can
hold hundreds of megabytes of zeros. Here the data is inflated only as far as the map's
width x height cells need (4 bytes each), and one byte more tells that it holds too much.
The checked tiles are then written back as plain CSV, so pytmx parses exactly what was
checked and never inflates anything itself.
"""

from __future__ import annotations

import base64
import binascii
import re
import struct
import xml.etree.ElementTree as ET
import zlib

BYTES_PER_CELL = 4
"""Tiled stores each cell as a little-endian unsigned 32-bit gid."""
MAX_GID = 2**32 - 1
"""The largest gid (with its flip flags) a cell can hold."""
FORMAT_HINT = (
    "the game reads CSV, Base64 (uncompressed), Base64 (zlib compressed) and Base64 (gzip compressed): "
    "choose one in Map > Map Properties > Tile Layer Format"
)
"""Tiled's own names for the tile layer formats pytmx reads (not XML, not Zstandard)."""
_WBITS = {"zlib": zlib.MAX_WBITS, "gzip": 16 + zlib.MAX_WBITS}
"""zlib's window bits for a zlib stream (with its header) and a gzip stream."""
_CELL = re.compile(r"\s*[0-9]+\s*")


class LayerDataError(ValueError):
    """Layer data the game cannot use; the message says why (and what to choose in Tiled)."""


def read_layer_data(data: ET.Element | None, cells: int) -> list[int]:
    """The `cells` gids of a layer's `<data>`. Raises LayerDataError with a readable reason."""
    if data is None:
        raise LayerDataError("has no <data>")
    if data.find("tile") is not None or data.get("encoding") is None:
        raise LayerDataError(f"stores its tiles in Tiled's old XML format, which pytmx cannot read; {FORMAT_HINT}")
    encoding = data.get("encoding")
    compression = data.get("compression") or None
    text = data.text or ""
    if encoding == "csv":
        if compression is not None:
            raise LayerDataError(f"has CSV data with compression '{compression}'; {FORMAT_HINT}")
        return _csv(text, cells)
    if encoding != "base64":
        raise LayerDataError(f"has encoding '{encoding}', which pytmx cannot read; {FORMAT_HINT}")
    raw = _base64(text)
    if compression is None:
        payload = raw
    elif compression == "zstd":
        raise LayerDataError(f"is compressed with Zstandard (zstd), which pytmx cannot read; {FORMAT_HINT}")
    elif compression in _WBITS:
        payload = _inflate(raw, compression, cells * BYTES_PER_CELL)
    else:
        raise LayerDataError(f"has compression '{compression}', which pytmx cannot read; {FORMAT_HINT}")
    if len(payload) != cells * BYTES_PER_CELL:
        whole_cells, extra = divmod(len(payload), BYTES_PER_CELL)
        odd = f" and {extra} stray byte(s)" if extra else ""
        raise LayerDataError(f"has {whole_cells} cells of data{odd}, but the map has {cells}")
    return list(struct.unpack(f"<{cells}I", payload))


def as_csv(data: ET.Element, gids: list[int]) -> None:
    """Replace `data`'s content with `gids` as plain CSV: what pytmx will read."""
    for child in list(data):
        data.remove(child)
    data.attrib.pop("compression", None)
    data.set("encoding", "csv")
    data.text = ",".join(map(str, gids))


def _csv(text: str, cells: int) -> list[int]:
    parts = text.split(",")
    if len(parts) != cells:
        raise LayerDataError(f"has {len(parts)} cells of data, but the map has {cells}")
    gids = []
    for index, part in enumerate(parts):
        if _CELL.fullmatch(part) is None:
            raise LayerDataError(f"cell {index} of its data is {part.strip()!r}, not a tile number")
        digits = part.strip().lstrip("0") or "0"
        if len(digits) > len(str(MAX_GID)) or int(digits) > MAX_GID:
            raise LayerDataError(f"cell {index} of its data is {digits}, beyond the largest tile number {MAX_GID}")
        gids.append(int(digits))
    return gids


def _base64(text: str) -> bytes:
    try:
        return base64.b64decode("".join(text.split()), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise LayerDataError(f"has data that is not valid base64 ({exc})") from None


def _inflate(raw: bytes, compression: str, limit: int) -> bytes:
    """Inflate at most `limit` + 1 bytes: one more than the layer needs shows it holds too
    much, without inflating the rest."""
    inflater = zlib.decompressobj(_WBITS[compression])
    try:
        payload = inflater.decompress(raw, limit + 1)
    except zlib.error as exc:
        raise LayerDataError(f"has {compression} data that cannot be inflated ({exc})") from None
    if len(payload) > limit:
        raise LayerDataError(
            f"has {compression} data that inflates to more than the {limit} bytes its "
            f"{limit // BYTES_PER_CELL} cells need"
        )
    if not inflater.eof:
        raise LayerDataError(f"has {compression} data that is cut short")
    if inflater.unused_data.strip(b"\0"):
        raise LayerDataError(f"has more data after the end of its {compression} stream")
    return payload
