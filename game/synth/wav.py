"""Writing (and reading back) 16-bit mono 22050 Hz WAV files with an optional ``smpl`` chunk.

The ``wave`` module cannot write extra chunks, so the RIFF is packed by hand: ``fmt``, ``data``
and, for loops, ``smpl`` with one forward loop whose ``dwStart``/``dwEnd`` are sample frames,
``dwEnd`` inclusive (the RIFF convention) and play count 0
(= forever). ``wave`` and every player skip the ``smpl`` chunk they do not need.
"""

from __future__ import annotations

import struct
import sys
from array import array

from game.synth.source import SAMPLE_RATE_HZ

SAMPLE_PERIOD_NS = round(1e9 / SAMPLE_RATE_HZ)
MIDI_UNITY_NOTE = 60


def _chunk(tag: bytes, body: bytes) -> bytes:
    return tag + struct.pack("<I", len(body)) + body + (b"\0" if len(body) % 2 else b"")


def wav_bytes(samples: array[int], loop: tuple[int, int] | None = None) -> bytes:
    """A WAV file of ``samples`` (array 'h'); ``loop`` is (start, end exclusive) in frames."""
    pcm = array("h", samples)
    if sys.byteorder == "big":
        pcm.byteswap()
    fmt = struct.pack("<HHIIHH", 1, 1, SAMPLE_RATE_HZ, SAMPLE_RATE_HZ * 2, 2, 16)
    body = _chunk(b"fmt ", fmt) + _chunk(b"data", pcm.tobytes())
    if loop is not None:
        start, end = loop
        header = struct.pack("<9I", 0, 0, SAMPLE_PERIOD_NS, MIDI_UNITY_NOTE, 0, 0, 0, 1, 0)
        body += _chunk(b"smpl", header + struct.pack("<6I", 0, 0, start, end - 1, 0, 0))
    return b"RIFF" + struct.pack("<I", 4 + len(body)) + b"WAVE" + body


def read_chunks(data: bytes) -> dict[bytes, bytes]:
    """The top-level chunks of a RIFF/WAVE file, by tag."""
    if data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise ValueError("not a RIFF/WAVE file")
    chunks: dict[bytes, bytes] = {}
    pos = 12
    while pos + 8 <= len(data):
        tag, size = data[pos : pos + 4], struct.unpack("<I", data[pos + 4 : pos + 8])[0]
        chunks[tag] = data[pos + 8 : pos + 8 + size]
        pos += 8 + size + (size % 2)
    return chunks


def read_loop(data: bytes) -> tuple[int, int] | None:
    """The first ``smpl`` loop of a WAV file as (start, end exclusive) frames, or None."""
    smpl = read_chunks(data).get(b"smpl")
    if smpl is None or len(smpl) < 36 + 24 or struct.unpack("<I", smpl[28:32])[0] < 1:
        return None
    start, end = struct.unpack("<II", smpl[44:52])
    return start, end + 1
