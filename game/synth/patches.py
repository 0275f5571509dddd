"""Instrument patches: ``patches.txt``, one ``name: key=value ...`` a line (keys in ``game.synth``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from game.synth.source import AudioSourceError, number, numbered_lines

WAVES = ("pulse", "triangle", "sine", "noise", "metal")


@dataclass(frozen=True)
class Patch:
    """One instrument: oscillator, envelope and modulation. Times are in seconds."""

    name: str
    wave: str = "pulse"
    duty: float = 0.5
    attack_s: float = 0.004
    decay_s: float = 0.2
    sustain: float = 1.0
    release_s: float = 0.04
    volume: float = 0.5
    vibrato_hz: float = 0.0
    vibrato_semitones: float = 0.0
    vibrato_delay_s: float = 0.0
    pwm_hz: float = 0.0
    pwm_depth: float = 0.0
    sweep_semitones_per_s: float = 0.0
    arp_step_s: float = 1 / 30
    quant: int = 0
    bits: int = 0
    octave: int = 0
    detune_cents: float = 0.0


_PATCH_KEYS = {
    "duty": "duty",
    "attack": "attack_s",
    "decay": "decay_s",
    "sustain": "sustain",
    "release": "release_s",
    "volume": "volume",
    "vibrato_delay": "vibrato_delay_s",
    "sweep": "sweep_semitones_per_s",
    "arp": "arp_step_s",
    "detune": "detune_cents",
}
_PATCH_PAIRS = {"vibrato": ("vibrato_hz", "vibrato_semitones"), "pwm": ("pwm_hz", "pwm_depth")}
_PATCH_INTS = {"quant": "quant", "bits": "bits", "octave": "octave"}


def parse_patches(text: str, path: str) -> dict[str, Patch]:
    """``name: key=value ...`` one patch a line."""
    patches: dict[str, Patch] = {}
    for line_number, line in numbered_lines(text):
        where = f"{path}:{line_number}"
        name, colon, rest = line.partition(":")
        name = name.strip()
        if not colon or not re.fullmatch(r"[a-z]\w*", name):
            raise AudioSourceError(f"{where}: expected 'name: key=value ...', got {line!r}")
        if name in patches:
            raise AudioSourceError(f"{where}: patch {name!r} is defined twice")
        values: dict[str, object] = {}
        for item in rest.split():
            key, eq, value = item.partition("=")
            if not eq:
                raise AudioSourceError(f"{where}: expected key=value, got {item!r}")
            if key == "wave":
                if value not in WAVES:
                    raise AudioSourceError(f"{where}: wave must be one of {', '.join(WAVES)}, not {value!r}")
                values["wave"] = value
            elif key in _PATCH_KEYS:
                values[_PATCH_KEYS[key]] = number(value, where, key)
            elif key in _PATCH_INTS:
                values[_PATCH_INTS[key]] = int(number(value, where, key))
            elif key in _PATCH_PAIRS:
                parts = value.split(",")
                if len(parts) != 2:
                    raise AudioSourceError(f"{where}: {key} needs two numbers, rate_hz,depth: {value!r}")
                for attr, part in zip(_PATCH_PAIRS[key], parts, strict=True):
                    values[attr] = number(part, where, key)
            else:
                known = sorted(["wave", *_PATCH_KEYS, *_PATCH_INTS, *_PATCH_PAIRS])
                raise AudioSourceError(f"{where}: unknown patch key {key!r} (known: {', '.join(known)})")
        patches[name] = Patch(name, **values)  # type: ignore[arg-type]
    return patches
