"""One voice: an oscillator shaped by an ADSR envelope, as a list of float samples.

Pure Python, written as list comprehensions over whole notes (the fast path in CPython);
the phase is the running sum of per-sample increments, so arpeggios, sweeps and vibrato
stay continuous. Noise reads a table made once per track from a seeded ``random.Random``.
"""

from __future__ import annotations

import math
import random
from itertools import accumulate, repeat
from operator import mul

from game.synth.patches import Patch
from game.synth.source import SAMPLE_RATE_HZ

NOISE_CLOCK_PER_HZ = 16
"""Noise changes value this many times per cycle of its nominal pitch: C6 is bright hiss,
C3 a rumble (the NES noise channel's periods are similarly short)."""
VIBRATO_RAMP_S = 0.15
LN2_12 = math.log(2) / 12


class NoiseTables:
    """The random values noise voices read: a long table for hiss and a 93-step one for
    metallic 'periodic' noise. Each voice starts at a seeded offset."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.long = [self.rng.uniform(-1.0, 1.0) for _ in range(32749)]
        self.metal = [self.rng.choice((-1.0, 1.0)) for _ in range(93)]


def envelope(patch: Patch, gate: int) -> list[float]:
    """Attack (linear from 0), decay (exponential to sustain), then a linear release to exactly
    0 from wherever the level is when the gate closes, so no note ends with a click."""
    attack = max(1, int(patch.attack_s * SAMPLE_RATE_HZ))
    decay = max(1.0, patch.decay_s * SAMPLE_RATE_HZ)
    release = max(1, int(patch.release_s * SAMPLE_RATE_HZ))
    s = patch.sustain
    if s <= 0.0:  # a pluck: nothing is left after ~3 decay times, so stop rendering there
        gate = min(gate, attack + int(3 * decay))
    # The decay is a geometric series, built by accumulate() at C speed rather than exp() per sample.
    ratio = math.exp(-3.0 / decay)
    env = [i / attack for i in range(min(gate, attack))]
    if gate > attack:
        falling = accumulate(repeat(ratio, gate - attack - 1), mul, initial=1.0)
        env += [s + (1.0 - s) * g for g in falling] if s else list(falling)
    last = env[-1] if env else 0.0
    env += [last * (1.0 - j / release) for j in range(1, release + 1)]
    return env


def _increments(patch: Patch, midi: float, arp: tuple[int, ...], n: int) -> list[float]:
    """Per-sample phase increments (cycles per sample)."""
    semis = midi + 12 * patch.octave + patch.detune_cents / 100
    base = 440.0 * 2 ** ((semis - 69) / 12) / SAMPLE_RATE_HZ
    if patch.wave in ("noise", "metal"):
        base *= NOISE_CLOCK_PER_HZ
    if arp:
        ratios = [base * 2 ** (o / 12) for o in arp]
        step = max(1, int(patch.arp_step_s * SAMPLE_RATE_HZ))
        count = len(ratios)
        incs = [ratios[(i // step) % count] for i in range(n)]
    else:
        incs = [base] * n
    if patch.sweep_semitones_per_s:
        rate = patch.sweep_semitones_per_s * LN2_12 / SAMPLE_RATE_HZ
        incs = [v * math.exp(rate * i) for i, v in enumerate(incs)]
    if patch.vibrato_semitones and patch.vibrato_hz:
        # One LFO period as a table (its length rounded to whole samples), faded in over a ramp.
        period = max(2, round(SAMPLE_RATE_HZ / patch.vibrato_hz))
        depth = patch.vibrato_semitones * LN2_12
        lfo = [math.sin(2 * math.pi * j / period) for j in range(period)]
        full = [math.exp(depth * v) for v in lfo]
        delay = min(n, int(patch.vibrato_delay_s * SAMPLE_RATE_HZ))
        ramp = min(n - delay, int(VIBRATO_RAMP_S * SAMPLE_RATE_HZ))
        fading = [v * math.exp(depth * (j / ramp) * lfo[j % period]) for j, v in enumerate(incs[delay : delay + ramp])]
        steady = [v * full[(j + ramp) % period] for j, v in enumerate(incs[delay + ramp :])]
        incs = incs[:delay] + fading + steady
    return incs


def _wave(patch: Patch, phases: list[float], noise: NoiseTables, start: float) -> list[float]:
    kind = patch.wave
    if kind == "pulse":
        # Zero-mean pulse (as a chip's output capacitor leaves it), peak 1.
        d = patch.duty
        scale = 1.0 / (2 * max(d, 1 - d))
        if patch.pwm_depth and patch.pwm_hz:
            w = 2 * math.pi * patch.pwm_hz / SAMPLE_RATE_HZ
            out = []
            for i, p in enumerate(phases):
                di = d + patch.pwm_depth * math.sin(w * i)
                out.append(2 * scale * ((1 - di) if p % 1.0 < di else -di))
            return out
        high, low = 2 * scale * (1 - d), -2 * scale * d
        return [high if p % 1.0 < d else low for p in phases]
    if kind == "triangle":
        if patch.quant:
            q = patch.quant / 2
            return [round((1.0 - 4.0 * abs(p % 1.0 - 0.5)) * q) / q for p in phases]
        return [1.0 - 4.0 * abs(p % 1.0 - 0.5) for p in phases]
    if kind == "sine":
        tau = 2 * math.pi
        return [math.sin(tau * p) for p in phases]
    table = noise.long if kind == "noise" else noise.metal
    size = len(table)
    offset = int(start) % size
    return [table[(int(p) + offset) % size] for p in phases]


def reads_noise(patch: Patch) -> bool:
    """Whether the patch's voice reads the noise tables (from a new place each note)."""
    return patch.wave in ("noise", "metal")


def render_voice(
    patch: Patch, midi: float, arp: tuple[int, ...], gate: int, gain: float, noise: NoiseTables
) -> list[float]:
    """The samples of one pitch held for ``gate`` samples, plus its release."""
    env = envelope(patch, max(1, gate))
    n = len(env)
    # Every shape starts at phase 0 and the envelope at 0, so attacks never click.
    phases = list(accumulate(_increments(patch, midi, arp, n), initial=0.0))[:n]
    wave = _wave(patch, phases, noise, noise.rng.random() * 1e6 if reads_noise(patch) else 0.0)
    g = gain * patch.volume
    if patch.bits:  # bit-crush relative to the voice's own peak, so quiet voices crush alike
        q = float(2 ** (patch.bits - 1))
        return [g * round(e * w * q) / q for e, w in zip(env, wave, strict=True)]
    return list(map(mul, map(mul, env, repeat(g)), wave))  # map() keeps the loop in C
