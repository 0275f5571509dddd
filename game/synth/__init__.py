"""Our chiptune synthesiser: music and sound effects from text sources, no samples.

Sources live in ``assets/src/audio``; ``python -m game.tools.build_audio`` turns them into
``assets/audio/music/*.wav``, ``assets/audio/sfx/*.wav`` and ``assets/audio/loops.json``.
Output is mono 22050 Hz (music 8-bit mu-law, sound effects 16-bit PCM; see
``game.synth.wav``) and deterministic: the same sources give the same bytes
(noise comes from ``random.Random`` seeded with the CRC-32 of the track name, or ``seed N``).

Patches (``patches.txt``)
-------------------------
One instrument a line, ``name: key=value ...``; times in seconds::

    musicbox: wave=pulse duty=0.125 attack=0.002 decay=0.5 sustain=0 release=0.3 volume=0.5

=============  ==============================================================================
wave           pulse (default), triangle, sine, noise (hiss), metal (93-step periodic noise)
duty           pulse width 0..1 (0.5 square, 0.25, 0.125 thin)
attack         linear rise from 0 to full
decay          time to fall (exponentially) from full to the sustain level
sustain        level 0..1 held while the note lasts; 0 makes a pluck that ends by itself
release        linear fall to 0 after the note ends
volume         the patch's loudness (channel and note velocity scale it further)
vibrato        ``rate_hz,depth_semitones``; starts after ``vibrato_delay`` and fades in
pwm            ``rate_hz,depth``: the pulse width wobbles around ``duty``
sweep          pitch slide in semitones per second (negative falls: kicks, thuds, zaps)
arp            seconds per arpeggio step (for notes written ``C4+4+7``)
quant          triangle levels (16 gives the NES's stepped triangle); 0 = smooth
bits           bit-crush the voice to this many bits (glitches); 0 = off
octave         shift every note of the patch by octaves; ``detune`` shifts by cents
=============  ==============================================================================

For noise and metal the pitch sets the noise clock (16 changes per cycle): high = hiss.

Tracks (``music/<track>.txt``, ``sfx/<name>.txt``)
-------------------------------------------------
A track is a grid of steps. Header lines, any order::

    tempo 72            beats per minute               (or: step_ms 30 -- a step in ms)
    steps 4             steps per beat (4 = sixteenth notes in 4/4)
    meter 3             beats per bar: '|' bar lines are checked against it
    channel lead musicbox 0.8      a channel: name, patch, volume (default 1)
    hit k kick C2 0.9   a drum hit: lowercase name, patch, pitch, volume
    echo 0.33 0.35 0.3  delay_s feedback mix    lowpass 5000   cut-off Hz of the mix
    level 0.7           normalise the mix's peak to this (default 0.7 of full scale)
    glitch 0.1          share of steps stuttered or tape-stopped (the chaos realm)
    loop                (sound effects) render as a seamless loop, like music
    seed 7              override the noise seed

Then patterns, one line (or several, which continue) per channel, and the order::

    pattern A
    lead: F4*4 A4*4 C5*4 | D5*8 C5*4 |
    bass: F2*12 | Bb2*12 |
    order A A+2 B*2     pattern A, A two semitones up, B twice

Tokens: ``C4`` ``F#3`` ``Bb5`` a note (C4 = middle C); ``C4,E4,G4`` a chord;
``C4+4+7`` an arpeggio (offsets in semitones, cycled every ``arp`` seconds); ``_`` a rest;
``~`` ties onto the note before; ``k`` a hit. Any of them takes ``*N`` (lasts N steps,
default 1) and ``@V`` (velocity, 0..1): ``C5*6@0.5``. ``|`` is a bar line. All channels of a
pattern must be equally long. ``#`` starts a comment at the start of a line or after a space.

Music is always intro-less: the whole order is one loop and the WAV file is exactly one
loop long, so the game loops the file end to end (see ``game.audio``).
"""

from __future__ import annotations

from game.synth.mix import render
from game.synth.notation import Track, parse_track
from game.synth.patches import Patch, parse_patches
from game.synth.source import SAMPLE_RATE_HZ, AudioSourceError, midi_name
from game.synth.wav import MULAW, PCM16, read_format, read_loop, read_samples, wav_bytes

__all__ = [
    "MULAW",
    "PCM16",
    "SAMPLE_RATE_HZ",
    "AudioSourceError",
    "Patch",
    "Track",
    "midi_name",
    "parse_patches",
    "parse_track",
    "read_format",
    "read_loop",
    "read_samples",
    "render",
    "wav_bytes",
]
