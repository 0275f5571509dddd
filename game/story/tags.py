"""Ink tags: who speaks, how they feel, and the stage directions a cutscene will act on.

A tag is written after a line in Ink as `# key: value` or as a bare `# key`. Several tags may
follow one line (`Morning. # speaker: mara # mood: sad`); a tag on a line of its own
attaches to the next line of text. Keys are lower case; values keep their case.

The vocabulary (anything else is reported by `tag_problems`, so typos are caught by tests):

| tag | meaning |
|---|---|
| `speaker: <id>` | who says the line (`mara`, `somnico_host`, `manager`...; `narrator` for plain narration) |
| `mood: <mood>` | the portrait row to show, e.g. `neutral`, `sad`, `afraid` (see assets/portraits/<id>.json) |
| `phone` | the line is a message on a phone (a chat), not a line in the dialogue box |
| `move: <actor> <spawn-or-object>` | walk an actor to a named spawn or object on the current map, by the game's rules |
| `place: <actor> <spawn-or-object>` | put an actor at once on a named spawn's or object's cell, facing as before |
| `face: <actor> <up/down/left/right>` | turn an actor |
| `wait: <seconds>` | pause the cutscene |
| `fade: out` / `fade: in` | fade the screen to black or back |
| `pan: <object>` | move the camera to a named object |
| `music: <track>` | switch music to assets/audio/music/<track>.wav (`none` stops it) |
| `sfx: <name>` | play assets/audio/sfx/<name>.wav once, in cutscene order |
| `tint: <palette colour> <0..1>` | wash the screen with a palette colour (0 removes it) |
| `warp: <map> <spawn>` | move the party to a spawn on another map |
| `crash: <seconds>` | the showcase crash: the screen tears and glitches (tamed by reduce flashes) |
| `end: <knot>` | when the dialogue closes, the knot's lines as a full-screen end card, then the credits and the title |
| `next_chapter` | when the dialogue closes, the chapter ends: the next one's card and map (chapters.json) |

`tag_problems` checks a tag's form. The names it uses are checked against the game's content
by game/story/lint.py (from `python -m game.tools.ink` and the validator): speakers are in
assets/story/speakers.json, moods in the speaker's portrait (or speakers.json), tracks and
sounds exist, colours are in the palette, maps and spawns exist, `end` names a knot, and an
actor is one of `PLAYER_NAMES` or a character on the map. The validator also follows each
knot a map's objects start and proves every `move` there has a way to walk on that map
(game/story/cutscene_checks.py); `place` is the deliberate cut, with no walk to prove.

`speaker` and `mood` are carried by every `Line`; the rest become `Direction` objects, run
in order by the scene (a later step) before it shows the line's text.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from game.world.geometry import Direction as Facing

PLAIN_KEYS = frozenset({"speaker", "mood"})
"""Tags that describe the line rather than direct the scene."""
FLAG_KEYS = frozenset({"phone"})
"""Bare tags that describe how the line is shown (`# phone`: as a message on a phone)."""
PLAYER_NAMES = ("player", "mara", "jonas", "lila", "roe")
"""Actor names `move`, `place` and `face` may use on every map: whoever the player is, and the four
protagonists (the party on party maps). Other actors are characters placed on the map."""


class TagError(ValueError):
    """A tag that cannot be understood; the message names the tag and where it was written."""


@dataclass(frozen=True)
class Move:
    """Walk `actor` to the spawn or object named `target` on the current map."""

    actor: str
    target: str


@dataclass(frozen=True)
class Place:
    """Put `actor` at rest on the cell of the spawn or object named `target` on the current
    map, at once and facing as before: the deliberate, visible cut that a walk is not."""

    actor: str
    target: str


@dataclass(frozen=True)
class Face:
    """Turn `actor` to face `facing`."""

    actor: str
    facing: Facing


@dataclass(frozen=True)
class Hide:
    """Take `actor` out of sight where they stand (into a pod, behind a curtain), or with
    `shown` bring them back; leaving the map brings everyone back."""

    actor: str
    shown: bool = False


@dataclass(frozen=True)
class Wait:
    """Hold the cutscene for `seconds`."""

    seconds: float


@dataclass(frozen=True)
class Fade:
    """Fade the screen `out` to black or back `in`."""

    to: Literal["out", "in"]


@dataclass(frozen=True)
class Pan:
    """Move the camera to the object named `target`."""

    target: str


@dataclass(frozen=True)
class Music:
    """Switch the music to `track` (`none` for silence)."""

    track: str


@dataclass(frozen=True)
class Sfx:
    """Play the sound effect `name` once."""

    name: str


@dataclass(frozen=True)
class Tint:
    """Wash the screen with the palette colour `colour` at `amount` (0 = none, 1 = solid)."""

    colour: str
    amount: float


@dataclass(frozen=True)
class Warp:
    """Move the party to `spawn` on `map_name`."""

    map_name: str
    spawn: str


@dataclass(frozen=True)
class Crash:
    """The showcase crash effect, for `seconds`."""

    seconds: float


@dataclass(frozen=True)
class End:
    """When the dialogue closes: the lines of `card` as a full-screen end card, then the credits and the title."""

    card: str


@dataclass(frozen=True)
class NextChapter:
    """When the dialogue closes, the chapter being played ends and the one its entry in
    assets/story/chapters.json names as `next` follows: that chapter's card, then its map."""


StageDirection = Move | Place | Face | Hide | Wait | Fade | Pan | Music | Sfx | Tint | Warp | Crash | End | NextChapter


def split_tag(raw: str) -> tuple[str, str]:
    """`"speaker: mara"` -> `("speaker", "mara")`; a bare `"hurry"` -> `("hurry", "")`."""
    key, _, value = raw.strip().partition(":")
    return key.strip().lower(), value.strip()


def _words(value: str, count: int, usage: str) -> list[str]:
    words = value.split()
    if len(words) != count:
        raise TagError(f"expected {usage}")
    return words


def _number(word: str, usage: str) -> float:
    try:
        number = float(word)
    except ValueError:
        raise TagError(f"expected {usage}; {word!r} is not a number") from None
    if not math.isfinite(number):
        raise TagError(f"expected {usage}; {word!r} is not a number")
    return number


def _move(value: str) -> Move:
    actor, target = _words(value, 2, "move: <actor> <spawn-or-object>")
    return Move(actor, target)


def _place(value: str) -> Place:
    actor, target = _words(value, 2, "place: <actor> <spawn-or-object>")
    return Place(actor, target)


def _face(value: str) -> Face:
    actor, facing = _words(value, 2, "face: <actor> <up|down|left|right>")
    try:
        return Face(actor, Facing(facing.lower()))
    except ValueError:
        raise TagError(f"expected face: <actor> <up|down|left|right>; got direction {facing!r}") from None


def _hide(value: str) -> Hide:
    (actor,) = _words(value, 1, "hide: <actor>")
    return Hide(actor)


def _show(value: str) -> Hide:
    (actor,) = _words(value, 1, "show: <actor>")
    return Hide(actor, shown=True)


def _wait(value: str) -> Wait:
    (word,) = _words(value, 1, "wait: <seconds>")
    seconds = _number(word, "wait: <seconds>")
    if seconds < 0:
        raise TagError(f"wait: seconds must not be negative, got {word}")
    return Wait(seconds)


def _fade(value: str) -> Fade:
    (word,) = _words(value, 1, "fade: out|in")
    if word == "out":
        return Fade("out")
    if word == "in":
        return Fade("in")
    raise TagError(f"expected fade: out|in; got {word!r}")


def _pan(value: str) -> Pan:
    (target,) = _words(value, 1, "pan: <object>")
    return Pan(target)


def _music(value: str) -> Music:
    (track,) = _words(value, 1, "music: <track>")
    return Music(track)


def _sfx(value: str) -> Sfx:
    (name,) = _words(value, 1, "sfx: <name>")
    return Sfx(name)


def _tint(value: str) -> Tint:
    colour, word = _words(value, 2, "tint: <palette colour> <0..1>")
    amount = _number(word, "tint: <palette colour> <0..1>")
    if not 0.0 <= amount <= 1.0:
        raise TagError(f"tint: amount must be between 0 and 1, got {word}")
    return Tint(colour, amount)


def _warp(value: str) -> Warp:
    map_name, spawn = _words(value, 2, "warp: <map> <spawn>")
    return Warp(map_name, spawn)


def _crash(value: str) -> Crash:
    (word,) = _words(value, 1, "crash: <seconds>")
    seconds = _number(word, "crash: <seconds>")
    if seconds <= 0:
        raise TagError(f"crash: seconds must be positive, got {word}")
    return Crash(seconds)


def _end(value: str) -> End:
    (knot,) = _words(value, 1, "end: <card knot>")
    return End(knot)


def _next_chapter(value: str) -> NextChapter:
    _words(value, 0, "next_chapter, with nothing after it (chapters.json says which chapter is next)")
    return NextChapter()


DIRECTIONS: dict[str, Callable[[str], StageDirection]] = {
    "move": _move,
    "place": _place,
    "face": _face,
    "hide": _hide,
    "show": _show,
    "wait": _wait,
    "fade": _fade,
    "pan": _pan,
    "music": _music,
    "sfx": _sfx,
    "tint": _tint,
    "warp": _warp,
    "crash": _crash,
    "end": _end,
    "next_chapter": _next_chapter,
}
"""Each stage-direction key and the parser that turns its value into a typed direction."""

KNOWN_KEYS = PLAIN_KEYS | FLAG_KEYS | DIRECTIONS.keys()


def parse_direction(raw: str, where: str = "") -> StageDirection | None:
    """The stage direction a raw tag asks for, or None if the tag is not a direction.

    Raises `TagError` naming `where` (the Ink file and knot) and the tag when it is malformed.
    """
    key, value = split_tag(raw)
    parser = DIRECTIONS.get(key)
    if parser is None:
        return None
    try:
        return parser(value)
    except TagError as error:
        prefix = f"{where}: " if where else ""
        raise TagError(f"{prefix}bad tag '# {raw.strip()}': {error}") from None


def parse_directions(raw_tags: Iterable[str], where: str = "") -> tuple[StageDirection, ...]:
    """Every stage direction among `raw_tags`, in order (speaker, mood and unknown tags skipped)."""
    found = (parse_direction(raw, where) for raw in raw_tags)
    return tuple(direction for direction in found if direction is not None)


def tag_problems(raw: str) -> list[str]:
    """What is wrong with one tag (empty if nothing): unknown keys, missing values, bad directions."""
    key, value = split_tag(raw)
    if key not in KNOWN_KEYS:
        close = difflib.get_close_matches(key, sorted(KNOWN_KEYS), n=1)
        hint = f"did you mean '{close[0]}'? " if close else ""
        return [f"unknown tag '# {raw.strip()}' ({hint}known: {', '.join(sorted(KNOWN_KEYS))})"]
    if key in PLAIN_KEYS:
        return [] if len(value.split()) == 1 else [f"expected '# {key}: <one word>', got '# {raw.strip()}'"]
    if key in FLAG_KEYS:
        return [] if not value.strip() else [f"expected '# {key}' with nothing after it, got '# {raw.strip()}'"]
    try:
        parse_direction(raw)
    except TagError as error:
        return [str(error)]
    return []
