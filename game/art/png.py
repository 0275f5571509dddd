"""A minimal, deterministic PNG writer and reader for indexed (palette) images.

The writer emits only IHDR, PLTE, tRNS, IDAT and IEND — no time or text chunks — so the
same pixels always give the same bytes. Index 0 is reserved for full transparency.
"""

from __future__ import annotations

import functools
import struct
import zlib

RGB = tuple[int, int, int]
RGBA = tuple[int, int, int, int]

SIGNATURE = b"\x89PNG\r\n\x1a\n"
TRANSPARENT = 0  # pixel index meaning "fully transparent" in every image we write


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def encode_indexed(pixels: list[list[int]], colours: list[RGB]) -> bytes:
    """Encode rows of indices as an 8-bit palette PNG.

    ``colours[i - 1]`` is the colour of index ``i``; index 0 is transparent.
    """
    height = len(pixels)
    width = len(pixels[0]) if height else 0
    if height == 0 or width == 0:
        raise ValueError("an image needs at least one pixel")
    if len(colours) > 255:
        raise ValueError("at most 255 colours fit beside the transparent index")
    raw = bytearray()
    for y, row in enumerate(pixels):
        if len(row) != width:
            raise ValueError(f"row {y} is {len(row)} px wide, expected {width}")
        raw.append(0)  # filter type None: simplest and fully deterministic
        for index in row:
            if not 0 <= index <= len(colours):
                raise ValueError(f"pixel index {index} outside the palette")
            raw.append(index)
    plte = bytes([0, 0, 0]) + b"".join(bytes(rgb) for rgb in colours)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 3, 0, 0, 0)
    return (
        SIGNATURE
        + _chunk(b"IHDR", ihdr)
        + _chunk(b"PLTE", plte)
        + _chunk(b"tRNS", b"\x00")  # entry 0 alpha 0; all later entries default to opaque
        + _chunk(b"IDAT", zlib.compress(bytes(raw), 9))
        + _chunk(b"IEND", b"")
    )


def _unfilter(data: bytes, width: int, height: int, bpp: int) -> list[bytearray]:
    stride = width * bpp
    rows: list[bytearray] = []
    previous = bytearray(stride)
    pos = 0
    for _ in range(height):
        kind = data[pos]
        line = bytearray(data[pos + 1 : pos + 1 + stride])
        pos += 1 + stride
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up = previous[i]
            up_left = previous[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - up_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
                pred = left if pa <= pb and pa <= pc else up if pb <= pc else up_left
                line[i] = (line[i] + pred) & 0xFF
            elif kind != 0:
                raise ValueError(f"unknown PNG filter type {kind}")
        rows.append(line)
        previous = line
    return rows


@functools.lru_cache(maxsize=64)
def decode_rgba(data: bytes) -> tuple[int, int, tuple[RGBA, ...]]:
    """Decode a non-interlaced 8-bit PNG (grey, RGB, palette, grey+alpha, RGBA) to RGBA.

    Enough to audit the game's own assets; anything else raises ``ValueError``. Results are
    cached by content (audits look at the same sheet tile by tile) and so are immutable.
    """
    if not data.startswith(SIGNATURE):
        raise ValueError("not a PNG file")
    pos = len(SIGNATURE)
    header: tuple[int, ...] = ()
    palette: list[RGB] = []
    alphas = b""
    idat = bytearray()
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"PLTE":
            palette = [tuple(body[i : i + 3]) for i in range(0, len(body), 3)]  # type: ignore[misc]
        elif kind == b"tRNS":
            alphas = body
        elif kind == b"IDAT":
            idat += body
    width, height, depth, colour_type, _, _, interlace = header
    if depth != 8 or interlace != 0:
        raise ValueError(f"unsupported PNG: bit depth {depth}, interlace {interlace}")
    bpp = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}.get(colour_type)
    if bpp is None:
        raise ValueError(f"unsupported PNG colour type {colour_type}")
    rows = _unfilter(zlib.decompress(bytes(idat)), width, height, bpp)
    out: list[RGBA] = []
    for line in rows:
        for x in range(width):
            px = line[x * bpp : (x + 1) * bpp]
            if colour_type == 3:
                r, g, b = palette[px[0]]
                a = alphas[px[0]] if px[0] < len(alphas) else 255
                out.append((r, g, b, a))
            elif colour_type == 6:
                out.append((px[0], px[1], px[2], px[3]))
            elif colour_type == 2:
                out.append((px[0], px[1], px[2], 255))
            elif colour_type == 4:
                out.append((px[0], px[0], px[0], px[1]))
            else:
                out.append((px[0], px[0], px[0], 255))
    return width, height, tuple(out)
