"""Writing (and reading back) mono 22050 Hz WAV files with an optional ``smpl`` chunk.

Two encodings:

* ``pcm16``: 16-bit PCM (format tag 1), for the short sound effects.
* ``mulaw``: 8-bit G.711 mu-law (format tag 7), for music: half the size of 16-bit PCM, with
  14-bit resolution near silence and a roughly constant 38 dB signal-to-noise ratio above it
  (plenty for chiptune pulses). SDL_mixer plays it both as music (``pygame.mixer.music``,
  whose WAV reader knows PCM, float, A-law and mu-law but no ADPCM) and as a ``Sound``
  (SDL's own WAV loader); ``tests/test_audio.py`` loads and plays every music file both ways.
  Each 16-bit sample becomes the mu-law code whose decoded value is nearest to it (a table
  computed once from integers), so the bytes are deterministic.

The ``wave`` module cannot write extra chunks (nor read mu-law), so the RIFF is packed and read
by hand: ``fmt``, ``data`` and, for loops, ``smpl`` with one forward loop whose
``dwStart``/``dwEnd`` are sample frames, ``dwEnd`` inclusive (the RIFF convention) and play
count 0 (= forever). Players skip the chunks they do not need.

A mu-law file is laid out ``fmt``, ``fact``, ``smpl``, ``data``: the data chunk comes LAST and
the loop is always written. SDL_mixer 2.8's music reader, looping a mu-law file, otherwise plays
whatever follows the data chunk as sound (with ``smpl`` after ``data``: 68 bytes of noise at
every lap) and, without a ``smpl`` loop, drops the last sample of each lap. Laid out this way,
its output captured through SDL's ``disk`` audio driver is the decoded file repeated sample for
sample (``tests/test_audio.py`` checks this).
"""

from __future__ import annotations

import bisect
import struct
import sys
from array import array
from functools import cache

from game.synth.source import SAMPLE_RATE_HZ

SAMPLE_PERIOD_NS = round(1e9 / SAMPLE_RATE_HZ)
MIDI_UNITY_NOTE = 60
PCM16, MULAW = "pcm16", "mulaw"
FORMAT_PCM, FORMAT_MULAW = 1, 7
_MULAW_BIAS = 0x84


def _chunk(tag: bytes, body: bytes) -> bytes:
    return tag + struct.pack("<I", len(body)) + body + (b"\0" if len(body) % 2 else b"")


def _smpl(loop: tuple[int, int]) -> bytes:
    start, end = loop
    header = struct.pack("<9I", 0, 0, SAMPLE_PERIOD_NS, MIDI_UNITY_NOTE, 0, 0, 0, 1, 0)
    return _chunk(b"smpl", header + struct.pack("<6I", 0, 0, start, end - 1, 0, 0))


def mulaw_decode(code: int) -> int:
    """The 16-bit sample a G.711 mu-law byte stands for (the table SDL and every player use)."""
    code = ~code & 0xFF
    exponent, mantissa = (code >> 4) & 0x07, code & 0x0F
    magnitude = ((mantissa << 3) + _MULAW_BIAS << exponent) - _MULAW_BIAS
    return -magnitude if code & 0x80 else magnitude


@cache
def _mulaw_encoder() -> bytes:
    """For each 16-bit sample (offset by 32768), the mu-law code that decodes nearest to it;
    ties and the two zeros go to the code listed first in ``codes`` (positive zero, 0xFF)."""
    codes = sorted(range(255, -1, -1), key=mulaw_decode)
    values = [mulaw_decode(code) for code in codes]
    table = bytearray(65536)
    for sample in range(-32768, 32768):
        i = bisect.bisect_left(values, sample)
        if i == len(values) or (i > 0 and sample - values[i - 1] <= values[i] - sample):
            i -= 1
            while i > 0 and values[i - 1] == values[i]:
                i -= 1
        table[sample + 32768] = codes[i]
    return bytes(table)


def mulaw_encode(samples: array[int]) -> bytes:
    """16-bit samples as mu-law bytes, each the nearest code."""
    table = _mulaw_encoder()
    return bytes(table[v + 32768] for v in samples)


def wav_bytes(samples: array[int], loop: tuple[int, int] | None = None, encoding: str = PCM16) -> bytes:
    """A WAV file of ``samples`` (array 'h'); ``loop`` is (start, end exclusive) in frames;
    ``encoding`` is ``"pcm16"`` or ``"mulaw"``."""
    if encoding == MULAW:
        fmt = struct.pack("<HHIIHHH", FORMAT_MULAW, 1, SAMPLE_RATE_HZ, SAMPLE_RATE_HZ, 1, 8, 0)
        body = _chunk(b"fmt ", fmt) + _chunk(b"fact", struct.pack("<I", len(samples)))
        body += _smpl(loop or (0, len(samples))) + _chunk(b"data", mulaw_encode(samples))
    elif encoding == PCM16:
        pcm = array("h", samples)
        if sys.byteorder == "big":
            pcm.byteswap()
        fmt = struct.pack("<HHIIHH", FORMAT_PCM, 1, SAMPLE_RATE_HZ, SAMPLE_RATE_HZ * 2, 2, 16)
        body = _chunk(b"fmt ", fmt) + _chunk(b"data", pcm.tobytes())
        body += _smpl(loop) if loop is not None else b""
    else:
        raise ValueError(f"unknown WAV encoding {encoding!r}")
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


def read_format(data: bytes) -> tuple[str, int, int]:
    """(encoding, channels, sample rate) of a WAV file we write."""
    tag, channels, rate, _, _, bits = struct.unpack("<HHIIHH", read_chunks(data)[b"fmt "][:16])
    if (tag, bits) == (FORMAT_PCM, 16):
        return PCM16, channels, rate
    if (tag, bits) == (FORMAT_MULAW, 8):
        return MULAW, channels, rate
    raise ValueError(f"unsupported WAV format tag {tag} with {bits} bits")


def read_samples(data: bytes) -> array[int]:
    """The samples of a mono WAV file we write (16-bit PCM or mu-law), as 16-bit values."""
    encoding = read_format(data)[0]
    raw = read_chunks(data)[b"data"]
    if encoding == MULAW:
        table = [mulaw_decode(code) for code in range(256)]
        return array("h", [table[b] for b in raw])
    pcm = array("h", raw)
    if sys.byteorder == "big":
        pcm.byteswap()
    return pcm


def read_loop(data: bytes) -> tuple[int, int] | None:
    """The first ``smpl`` loop of a WAV file as (start, end exclusive) frames, or None."""
    smpl = read_chunks(data).get(b"smpl")
    if smpl is None or len(smpl) < 36 + 24 or struct.unpack("<I", smpl[28:32])[0] < 1:
        return None
    start, end = struct.unpack("<II", smpl[44:52])
    return start, end + 1
