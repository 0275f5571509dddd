"""Rendering a parsed track into 16-bit samples: voices are summed, then the whole mix gets
its glitch, echo and low-pass, is normalised to the track's peak ``level`` and quantised.

Loops (music, and sound effects marked ``loop``) are rendered on a circular buffer exactly
one loop long: a note's release and the echo that run past the end wrap round to the start,
as they would on the second time through. The result is a periodic signal, so the file can
be played over and over with no seam. It is then rotated (by at most ~93 ms, in the tail
just before the downbeat) so it starts and ends at a zero crossing. One-shot effects are
rendered on a growing buffer, trimmed where they fall silent and faded over the last 3 ms.
"""

from __future__ import annotations

import math
import random
from array import array
from itertools import repeat
from operator import add, mul

from game.synth.notation import Track
from game.synth.patches import Patch
from game.synth.source import SAMPLE_RATE_HZ
from game.synth.voice import NoiseTables, reads_noise, render_voice

ZERO_SEARCH_SAMPLES = 2048
FADE_SAMPLES = 64
GLITCH_EDGE_SAMPLES = 48
MAX_TAIL_S = 1.5


def _add(buf: list[float], start: int, values: list[float], circular: bool) -> None:
    n = len(values)
    if not circular:
        end = start + n
        if end > len(buf):
            buf.extend([0.0] * (end - len(buf)))
        buf[start:end] = list(map(add, buf[start:end], values))
        return
    size = len(buf)
    pos, i = start % size, 0
    while i < n:
        chunk = min(n - i, size - pos)
        buf[pos : pos + chunk] = list(map(add, buf[pos : pos + chunk], values[i : i + chunk]))
        i += chunk
        pos = 0


def _echo(buf: list[float], delay_s: float, feedback: float, mix: float, circular: bool) -> list[float]:
    """A feedback delay: wet[i] = dry[i - d] + feedback * wet[i - d], computed a block of d
    samples at a time. A loop is run three times round so the echo has settled when we keep
    the last lap."""
    d = max(1, int(delay_s * SAMPLE_RATE_HZ))
    size = len(buf)
    if circular:
        dry = buf * 3
    else:
        repeats = math.log(0.01) / math.log(max(1e-3, min(feedback, 0.95)))
        dry = buf + [0.0] * min(int(MAX_TAIL_S * SAMPLE_RATE_HZ), int(d * (repeats + 1)))
    wet = [0.0] * len(dry)
    for b in range(d, len(dry), d):
        e = min(b + d, len(dry))
        wet[b:e] = list(map(add, dry[b - d : e - d], map(mul, wet[b - d : e - d], repeat(feedback))))
    out = list(map(add, dry, map(mul, wet, repeat(mix))))
    return out[2 * size :] if circular else out


def _lowpass(buf: list[float], cutoff_hz: float, circular: bool) -> list[float]:
    """One-pole low-pass (a gentle 6 dB/octave roll-off that takes the fizz off raw pulses)."""
    a = 1.0 - math.exp(-2 * math.pi * cutoff_hz / SAMPLE_RATE_HZ)
    src = buf * 2 if circular else buf
    out = []
    y = 0.0
    for x in src:
        y += a * (x - y)
        out.append(y)
    return out[len(buf) :] if circular else out


def _glitch(buf: list[float], track: Track, rng: random.Random) -> None:
    """On a random ``track.glitch`` share of grid steps: stutter (repeat a sliver of the step)
    or tape-stop (read the step slower and slower). Edges are ramped so glitches crackle
    rather than click."""
    edge = GLITCH_EDGE_SAMPLES
    for step in range(track.total_steps):
        if rng.random() >= track.glitch:
            continue
        s0, s1 = track.step_sample(step), track.step_sample(step + 1)
        span = s1 - s0
        if span <= 4 * edge or s1 + edge > len(buf) or s0 < edge:
            continue
        source = buf[s0:s1]
        if rng.random() < 0.6:
            sliver = max(2 * edge + 1, span // rng.choice((3, 4, 6, 8)))
            piece = [v * min(1.0, i / edge, (sliver - 1 - i) / edge) for i, v in enumerate(source[:sliver])]
            new = (piece * (span // sliver + 1))[:span]
        else:
            new = [source[int(span * (1 - (1 - i / span) ** 2) / 2)] for i in range(span)]
            new = [v * min(1.0, (span - 1 - i) / edge) for i, v in enumerate(new)]
        for i in range(edge):  # fade the original out before and back in after the glitch
            buf[s0 - edge + i] *= 1 - i / edge
            buf[s1 + i] *= i / edge
        buf[s0:s1] = new


def _rotation_to_zero(buf: list[float]) -> int:
    """The start index, within the last ZERO_SEARCH_SAMPLES of the loop, where the signal
    crosses zero most gently (small samples either side, and no steep edge right next to
    it); 0 if it never crosses there."""
    size = len(buf)
    best, best_score = 0, math.inf
    for k in range(max(2, size - ZERO_SEARCH_SAMPLES), size + 1):
        before, prev, cur, after = buf[k - 2], buf[k - 1], buf[k % size], buf[(k + 1) % size]
        if prev <= 0.0 <= cur or prev >= 0.0 >= cur:
            score = abs(prev) + abs(cur) + 0.5 * (abs(after - cur) + abs(prev - before))
            if score < best_score:
                best, best_score = k % size, score
    return best


def render(track: Track) -> array[int]:
    """The track as signed 16-bit samples (native ``array('h')``)."""
    noise = NoiseTables(track.seed)
    circular = track.loop
    buf = [0.0] * (track.step_sample(track.total_steps) if circular else 0)
    # Each voice rendered so far (a loop plays the same notes again and again), except noise:
    # each noisy note reads the noise tables from a new place.
    voices: dict[tuple[Patch, float, tuple[int, ...], int, float], list[float]] = {}
    for note in track.notes:
        start = track.step_sample(note.start_step)
        gate = track.step_sample(note.start_step + note.steps) - start
        for pitch in note.pitches:
            key = (note.patch, pitch, note.arp, gate, note.velocity)
            values = voices.get(key)
            if values is None:
                values = render_voice(note.patch, pitch, note.arp, gate, note.velocity, noise)
                if not reads_noise(note.patch):
                    voices[key] = values
            _add(buf, start, values, circular)
    if track.glitch:
        _glitch(buf, track, random.Random(track.seed ^ 0x5EED))
    if track.echo:
        buf = _echo(buf, *track.echo, circular=circular)
    if track.lowpass_hz:
        buf = _lowpass(buf, track.lowpass_hz, circular)
    peak = max((abs(v) for v in buf), default=0.0)
    scale = track.level / peak if peak else 0.0
    if circular:
        k = _rotation_to_zero(buf)
        buf = buf[k:] + buf[:k]
    else:
        quiet = 0.5 / 32767 / (scale or 1.0)
        end = len(buf)
        while end > 0 and abs(buf[end - 1]) < quiet:
            end -= 1
        buf = buf[: end + FADE_SAMPLES]
        buf += [0.0] * (end + FADE_SAMPLES - len(buf))
        for i in range(1, min(FADE_SAMPLES, len(buf)) + 1):
            buf[-i] *= (i - 1) / FADE_SAMPLES
    return array("h", [max(-32767, min(32767, round(v * scale * 32767))) for v in buf])
