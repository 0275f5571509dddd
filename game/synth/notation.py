"""Parsing a track (a music loop or a sound effect) into notes on a grid of steps.
The notation is documented in ``game.synth``; errors name ``file:line:``."""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from game.synth.patches import Patch
from game.synth.source import SAMPLE_RATE_HZ, AudioSourceError, number, numbered_lines, parse_note

_TOKEN = re.compile(r"^(?P<item>[^*@]+)(?:\*(?P<steps>\d+))?(?:@(?P<vel>\d*\.?\d+))?$")
_ARP = re.compile(r"^(?P<root>[A-G][#b]?\d)(?P<offsets>(?:\+-?\d+)+)$")
_ORDER = re.compile(r"^(?P<name>[A-Za-z]\w*)(?P<shift>[+-]\d+)?(?:\*(?P<times>\d+))?$")


@dataclass(frozen=True)
class Note:
    """One sounding event: ``pitches`` sound together (a chord) and each cycles through
    ``arp`` (semitone offsets) if it is given. Steps are grid steps from the track start."""

    start_step: int
    steps: int
    pitches: tuple[int, ...]
    arp: tuple[int, ...]
    patch: Patch
    velocity: float


@dataclass
class Track:
    """A parsed track: the grid, the notes and the whole-mix effects."""

    name: str
    where: str
    samples_per_step: Fraction = Fraction(0)
    total_steps: int = 0
    notes: list[Note] = field(default_factory=list)
    loop: bool = False
    echo: tuple[float, float, float] | None = None
    lowpass_hz: float | None = None
    level: float = 0.7
    glitch: float = 0.0
    seed: int = 0

    def step_sample(self, step: int) -> int:
        return int(step * self.samples_per_step)


@dataclass
class _Pattern:
    where: str
    # channel -> list of (start_step, steps, pitches, arp, velocity, hit patch or None)
    events: dict[str, list[list[Any]]] = field(default_factory=dict)
    lengths: dict[str, int] = field(default_factory=dict)


class _TrackParser:
    def __init__(self, name: str, path: str, patches: dict[str, Patch]) -> None:
        self.track = Track(name, path, seed=zlib.crc32(name.encode()))
        self.path = path
        self.patches = patches
        self.tempo_bpm = 120.0
        self.steps_per_beat = 4
        self.beats_per_bar = 4
        self.step_ms: float | None = None
        self.channels: dict[str, tuple[Patch, float]] = {}
        self.hits: dict[str, tuple[Patch, int, float]] = {}
        self.patterns: dict[str, _Pattern] = {}
        self.current: _Pattern | None = None
        self.order: list[tuple[str, int, str]] = []

    def patch(self, name: str, where: str) -> Patch:
        if name not in self.patches:
            raise AudioSourceError(f"{where}: unknown patch {name!r} (see patches.txt)")
        return self.patches[name]

    def directive(self, words: list[str], where: str) -> None:
        head, args = words[0], words[1:]
        nums = [number(a, where, head) for a in args] if head not in ("channel", "hit", "pattern", "order") else []
        counts = {"tempo": 1, "steps": 1, "meter": 1, "step_ms": 1, "lowpass": 1, "level": 1, "glitch": 1, "seed": 1}
        if head in counts and len(nums) != counts[head]:
            raise AudioSourceError(f"{where}: {head} takes one number")
        t = self.track
        if head == "tempo":
            self.tempo_bpm = nums[0]
        elif head == "steps":
            self.steps_per_beat = int(nums[0])
        elif head == "meter":
            self.beats_per_bar = int(nums[0])
        elif head == "step_ms":
            self.step_ms = nums[0]
        elif head == "lowpass":
            t.lowpass_hz = nums[0]
        elif head == "level":
            t.level = nums[0]
        elif head == "glitch":
            t.glitch = nums[0]
        elif head == "seed":
            t.seed = int(nums[0])
        elif head == "loop" and not args:
            t.loop = True
        elif head == "echo" and len(nums) == 3:
            t.echo = (nums[0], nums[1], nums[2])
        elif head == "channel" and len(args) in (2, 3):
            volume = number(args[2], where, "channel volume") if len(args) == 3 else 1.0
            self.channels[args[0]] = (self.patch(args[1], where), volume)
        elif head == "hit" and len(args) in (3, 4):
            pitch = parse_note(args[2])
            if not re.fullmatch(r"[a-z]+", args[0]) or pitch is None:
                raise AudioSourceError(f"{where}: expected 'hit name patch NOTE [volume]' with a lowercase name")
            volume = number(args[3], where, "hit volume") if len(args) == 4 else 1.0
            self.hits[args[0]] = (self.patch(args[1], where), pitch, volume)
        elif head == "pattern" and len(args) == 1:
            if args[0] in self.patterns:
                raise AudioSourceError(f"{where}: pattern {args[0]!r} is defined twice")
            self.current = self.patterns[args[0]] = _Pattern(where)
        elif head == "order" and args:
            for word in args:
                match = _ORDER.match(word)
                if match is None or match["name"] not in self.patterns:
                    raise AudioSourceError(f"{where}: unknown pattern {word!r} in order")
                times = int(match["times"] or 1)
                self.order += [(match["name"], int(match["shift"] or 0), where)] * times
        else:
            raise AudioSourceError(f"{where}: cannot read {' '.join(words)!r}")

    def channel_line(self, channel: str, tokens: list[str], where: str) -> None:
        if self.current is None:
            raise AudioSourceError(f"{where}: notes for {channel!r} before any 'pattern' line")
        if channel not in self.channels:
            raise AudioSourceError(f"{where}: unknown channel {channel!r} (declare it with 'channel')")
        events = self.current.events.setdefault(channel, [])
        pos = self.current.lengths.get(channel, 0)
        bar = self.steps_per_beat * self.beats_per_bar
        for token in tokens:
            if token == "|":
                if pos % bar:
                    raise AudioSourceError(
                        f"{where}: bar line after {pos % bar} steps into a bar of {bar} in channel {channel!r}"
                    )
                continue
            match = _TOKEN.match(token)
            if match is None:
                raise AudioSourceError(f"{where}: cannot read {token!r}")
            item, steps = match["item"], int(match["steps"] or 1)
            velocity = float(match["vel"]) if match["vel"] else 1.0
            if steps < 1:
                raise AudioSourceError(f"{where}: {token!r} must last at least one step")
            if item == "~":
                if not events or events[-1][0] + events[-1][1] != pos:
                    raise AudioSourceError(f"{where}: tie '~' with no note right before it")
                events[-1][1] += steps
            elif item in self.hits:
                patch, pitch, volume = self.hits[item]
                events.append([pos, steps, (pitch,), (), velocity * volume, patch])
            elif item != "_":
                events.append([pos, steps, *self._pitches(item, where), velocity, None])
            pos += steps
        self.current.lengths[channel] = pos

    def _pitches(self, item: str, where: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
        arp_match = _ARP.match(item)
        if arp_match:
            root = parse_note(arp_match["root"])
            offsets = tuple(int(o) for o in arp_match["offsets"].split("+")[1:])
            return (root,), (0, *offsets)  # type: ignore[return-value]
        pitches = tuple(parse_note(part) for part in item.split(","))
        if None in pitches:
            hits = ", ".join(sorted(self.hits)) or "none defined"
            raise AudioSourceError(
                f"{where}: bad note {item!r} (expected a note like C4, F#3 or Bb5, a chord C4,E4,G4, "
                f"an arpeggio C4+4+7, a rest _, a tie ~ or a hit: {hits})"
            )
        return pitches, ()  # type: ignore[return-value]

    def finish(self) -> Track:
        t = self.track
        if self.step_ms is not None:
            t.samples_per_step = Fraction(self.step_ms).limit_denominator(1000) * SAMPLE_RATE_HZ / 1000
        else:
            bpm = Fraction(self.tempo_bpm).limit_denominator(1000)
            t.samples_per_step = 60 * SAMPLE_RATE_HZ / (bpm * self.steps_per_beat)
        if not self.order:
            raise AudioSourceError(f"{self.path}:1: no 'order' line, so the track plays nothing")
        for name, shift, _where in self.order:
            pattern = self.patterns[name]
            length = max(pattern.lengths.values(), default=0)
            for channel, steps in pattern.lengths.items():
                if steps != length:
                    raise AudioSourceError(
                        f"{pattern.where}: pattern {name!r}: channel {channel!r} has {steps} steps, "
                        f"the longest channel has {length}"
                    )
            for channel, events in pattern.events.items():
                patch, volume = self.channels[channel]
                for start, steps, pitches, arp, velocity, hit_patch in events:
                    moved = pitches if hit_patch else tuple(p + shift for p in pitches)
                    note_patch = hit_patch or patch
                    t.notes.append(Note(t.total_steps + start, steps, moved, arp, note_patch, velocity * volume))
            t.total_steps += length
        if t.total_steps == 0:
            raise AudioSourceError(f"{self.order[0][2]}: the order plays no steps")
        return t


def parse_track(text: str, path: str, name: str, patches: dict[str, Patch]) -> Track:
    """Parse one track (music loop or sound effect) written in the notation of ``game.synth``."""
    parser = _TrackParser(name, path, patches)
    for line_number, line in numbered_lines(text):
        where = f"{path}:{line_number}"
        head, colon, rest = line.partition(":")
        if colon and re.fullmatch(r"[a-z]\w*", head.strip()) and " " not in head.strip():
            parser.channel_line(head.strip(), rest.split(), where)
        else:
            parser.directive(line.split(), where)
    return parser.finish()
