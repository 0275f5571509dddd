"""What every audio source shares: the sample rate, the error type, comments, numbers and
note names."""

from __future__ import annotations

import re

SAMPLE_RATE_HZ = 22050
_NOTE = re.compile(r"^([A-G])(#|b)?(\d)$")
_PITCH_CLASS = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}
NOTE_NAMES = ("C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B")


class AudioSourceError(ValueError):
    """A mistake in an audio source file; the message starts with ``file:line:``."""


def parse_note(text: str) -> int | None:
    """``'C#4' -> 61``; None if ``text`` is not a note name."""
    match = _NOTE.match(text)
    if match is None:
        return None
    letter, accidental, octave = match.groups()
    shift = {"#": 1, "b": -1}.get(accidental or "", 0)
    return 12 * (int(octave) + 1) + _PITCH_CLASS[letter] + shift


def midi_name(midi: int) -> str:
    """``60 -> 'C4'``, for printing melodies."""
    return f"{NOTE_NAMES[midi % 12]}{midi // 12 - 1}"


def numbered_lines(text: str) -> list[tuple[int, str]]:
    """Numbered lines without comments; '#' starts a comment at a line start or after a space
    (so ``C#4`` is a note, not a comment)."""
    out = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = re.sub(r"(^|\s)#.*$", "", raw).strip()
        if line:
            out.append((number, line))
    return out


def number(text: str, where: str, what: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise AudioSourceError(f"{where}: {what} must be a number, not {text!r}") from None
