"""Player settings: window, volume, text, accessibility and input bindings, stored as JSON.

Settings are written atomically. Whatever the file holds, the game starts:
- a file that cannot be read at all (not JSON, not an object, nested too deeply) is
  reported, moved aside (kept, never deleted) and the game goes on with defaults;
- a value of the wrong type, not finite or out of range falls back to its default on its
  own, with a notice naming it; an unknown setting is named with a "did you mean";
- a file the game had to correct is never overwritten unread: the first save after such a
  load keeps the original aside first, so the player's own bytes are never lost.
Key and button *names* are checked against pygame by game.input (`clean_bindings`), which
drops the unknown ones with a notice.
"""

from __future__ import annotations

import difflib
import json
import math
import os
import re
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from game.storage import atomic_write, keep_damaged

SETTINGS_VERSION = 1
MAX_SETTINGS_BYTES = 1024 * 1024
"""A bigger file is not settings; it is kept aside unread."""
MAX_NUMBER_DIGITS = 30
"""Longer numbers in the file read as 'not a number' instead of stopping the parser."""

DEFAULT_KEYS: dict[str, list[str]] = {
    "up": ["up", "w"],
    "down": ["down", "s"],
    "left": ["left", "a"],
    "right": ["right", "d"],
    "interact": ["return", "space", "z", "e"],
    "cancel": ["escape", "x", "backspace"],
    "menu": ["tab", "m"],
    "swap_next": ["right shift", "q"],
    "swap_prev": ["left shift"],
    "ability": ["f", "c"],
    "log": ["l"],
    "swap_1": ["1"],
    "swap_2": ["2"],
    "swap_3": ["3"],
    "swap_4": ["4"],
    "follow": ["g"],
    "reset": ["r"],
    "skip": ["left ctrl", "right ctrl"],
    "hint": ["h"],
}
"""Action -> key names as pygame.key.key_code() understands them."""

DEFAULT_PAD: dict[str, list[str]] = {
    "up": ["dpup"],
    "down": ["dpdown"],
    "left": ["dpleft"],
    "right": ["dpright"],
    "interact": ["a"],
    "cancel": ["b"],
    "menu": ["start"],
    "swap_next": ["rightshoulder"],
    "swap_prev": ["leftshoulder"],
    "ability": ["x"],
    "log": ["y"],
    "swap_1": [],
    "swap_2": [],
    "swap_3": [],
    "swap_4": [],
    "follow": ["rightstick"],
    "reset": ["back"],
    "skip": ["leftstick"],
    "hint": [],
}
"""Action -> SDL game controller button names. A pad has too few buttons for every action:
the four direct swaps (next and previous do that) and the hint (the pause menu asks for
one) have none until the player gives them one."""

ACTION_TOKEN = re.compile(r"\[([a-z][a-z0-9_]*)\]")
"""How a line of the story names a control: `[ability]`, an action of DEFAULT_KEYS in square
brackets. The dialogue shows the player's binding for it in its place ("F", or a button
glyph on a pad), so no key name is ever written into the story; the story lint reports a
name that is not an action. Ink passes square brackets through in plain lines; in a choice's
text they mean something else to Ink (write `\\[ability\\]` there)."""

MAX_BINDINGS_PER_ACTION = 8

NUMBER_RANGES: dict[str, tuple[float, float]] = {
    "scale": (1, 8),
    "music_volume": (0.0, 1.0),
    "sfx_volume": (0.0, 1.0),
    "text_speed_chars_per_s": (5.0, 1000.0),
}
"""The numbers the game can use, each with its lowest and highest value."""


@dataclass
class Settings:
    """Everything the player can set."""

    fullscreen: bool = False
    scale: int = 3
    gpu_scaling: bool = True
    """Scale the image up on the graphics card (where there is one); off: in software, as
    on machines without one (game/render/present.py)."""
    music_volume: float = 0.8
    sfx_volume: float = 0.8
    text_speed_chars_per_s: float = 40.0
    auto_advance: bool = False
    reduce_flashes: bool = False
    reduce_motion: bool = False
    """No pulsing, flickering or breathing in effects (lights, glows, the edges of an anxious
    room): they hold still at their middle strength."""
    large_text: bool = False
    """Text size: the dialogue box, the log, menus and prompts use the pixel font at twice
    its size (lines wrap sooner, and a long line turns over in pages)."""
    high_contrast_box: bool = False
    """The dialogue box and its log as a solid dark box with a bright rim and bright text,
    instead of the skin's framed one."""
    skip_unseen: bool = False
    """What the skip key fast-forwards: off, only lines already read (on any save); on,
    every line. Either way it stops at every choice."""
    content_note: bool = True
    """A short note on the story's themes (addiction, anxiety, grief) before a new game."""
    assist_lasting_sketches: bool = False
    """Jonas's sketches stay until they are undone instead of fading (the game rules read it)."""
    assist_forgiving_dark: bool = False
    """Darkness outside Lila's light is forgiving (the game rules read it)."""
    assist_fast_walk: bool = False
    """Everyone walks faster (the game rules read it)."""
    keys: dict[str, list[str]] = field(default_factory=lambda: {k: list(v) for k, v in DEFAULT_KEYS.items()})
    pad: dict[str, list[str]] = field(default_factory=lambda: {k: list(v) for k, v in DEFAULT_PAD.items()})

    def to_json(self) -> bytes:
        return json.dumps({"version": SETTINGS_VERSION, **asdict(self)}, indent=2).encode("utf-8")

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Settings:
        """Build settings from parsed JSON, keeping defaults for anything missing or wrong."""
        return read_settings(raw)[0]


def read_settings(raw: dict[str, Any]) -> tuple[Settings, list[str]]:
    """Settings from a parsed file, each bad value replaced by its default, and one notice
    per value that was not used as written."""
    settings = Settings()
    notices: list[str] = []
    known = {f.name for f in fields(Settings)}
    for name in sorted(set(raw) - known - {"version"}):
        close = difflib.get_close_matches(name, sorted(known), n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        notices.append(f"unknown setting {name!r} ignored{hint}")
    for f in fields(Settings):
        if f.name not in raw:
            continue
        value, default = raw[f.name], getattr(settings, f.name)
        if isinstance(default, dict):
            setattr(settings, f.name, _read_bindings(f.name, value, default, notices))
        elif isinstance(default, bool):
            if type(value) is bool:
                setattr(settings, f.name, value)
            else:
                notices.append(f"{f.name} should be true or false, not {_shown(value)}; using {_shown(default)}")
        else:
            number = _read_number(f.name, value, type(default) is int, notices)
            if number is not None:
                setattr(settings, f.name, number)
    return settings, notices


class _LongNumber:
    """A number written with more digits than any setting needs (read without parsing it)."""

    def __init__(self, digits: int) -> None:
        self.digits = digits


def _shown(value: Any) -> str:
    if isinstance(value, _LongNumber):
        return f"a {value.digits}-digit number"
    text = json.dumps(value) if isinstance(value, (bool, int, float, str)) or value is None else type(value).__name__
    return text if len(text) <= 24 else text[:21] + "..."


def _read_number(name: str, value: Any, whole: bool, notices: list[str]) -> int | float | None:
    low, high = NUMBER_RANGES[name]
    default = getattr(Settings(), name)
    kind = "a whole number" if whole else "a number"
    if type(value) not in (int, float) or not math.isfinite(value):
        notices.append(f"{name} should be {kind}, not {_shown(value)}; using {default}")
        return None
    if whole and value != int(value):
        notices.append(f"{name} should be {kind}, not {_shown(value)}; using {default}")
        return None
    if not low <= value <= high:
        notices.append(f"{name} {_shown(value)} is outside {low:g}..{high:g}; using {default}")
        return None
    return int(value) if whole else float(value)


def _read_bindings(device: str, value: Any, default: dict[str, list[str]], notices: list[str]) -> dict[str, list[str]]:
    """Bindings by action: unknown actions and malformed lists are dropped one by one (the
    action keeps its default). Whether a name is a real key is checked by game.input."""
    merged = {action: list(names) for action, names in default.items()}
    if not isinstance(value, dict):
        notices.append(f"{device} should map actions to lists of names, not {_shown(value)}; using the defaults")
        return merged
    for action, names in value.items():
        if action not in default:
            close = difflib.get_close_matches(str(action), sorted(default), n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            notices.append(f"{device}: unknown action {_shown(action)} ignored{hint}")
        elif (
            not isinstance(names, list)
            or len(names) > MAX_BINDINGS_PER_ACTION
            or not all(isinstance(n, str) and 0 < len(n) <= 40 for n in names)
        ):
            notices.append(f"{device}.{action} should be a short list of names; using the default")
        else:
            merged[action] = list(dict.fromkeys(names))
            if len(merged[action]) < len(names):
                notices.append(f"{device}.{action} lists a name more than once; kept once")
    return merged


def _parse_int(text: str) -> int | _LongNumber:
    """Whole numbers as usual; absurdly long ones are refused per value later (Python
    would refuse to convert them at all, and that would lose the whole file)."""
    return int(text) if len(text) <= MAX_NUMBER_DIGITS else _LongNumber(len(text))


class SettingsFileError(ValueError):
    """A settings file that cannot be read at all."""


def parse_settings_file(data: bytes) -> dict[str, Any]:
    """The JSON object in a settings file; SettingsFileError says why there is none."""
    if len(data) > MAX_SETTINGS_BYTES:
        raise SettingsFileError(f"larger than {MAX_SETTINGS_BYTES} bytes")
    try:
        raw = json.loads(data.decode("utf-8-sig"), parse_int=_parse_int)
    except UnicodeDecodeError as exc:
        raise SettingsFileError(f"not a text file (bad byte at {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise SettingsFileError(f"not valid JSON ({exc.msg}, line {exc.lineno} column {exc.colno})") from None
    except (RecursionError, ValueError):
        raise SettingsFileError("nested too deeply to be settings") from None
    if not isinstance(raw, dict):
        raise SettingsFileError(f"the top level is {type(raw).__name__}, not an object")
    return raw


@dataclass
class SettingsStore:
    """Loads and saves settings at `path`. After `load`, `warning` says why the file could
    not be used at all (if so) and `notices` which values were not used as written."""

    path: str
    warning: str | None = None
    notices: list[str] = field(default_factory=list)
    keep_before_write: bool = False
    """The file on disk is one the game did not fully understand: keep it aside before
    the first save replaces it."""

    def load(self) -> Settings:
        self.warning, self.notices, self.keep_before_write = None, [], False
        if not os.path.lexists(self.path):
            return Settings()
        try:
            if not os.path.isfile(self.path):
                raise SettingsFileError("it is not a file")
            with open(self.path, "rb") as handle:
                data = handle.read(MAX_SETTINGS_BYTES + 1)
        except OSError as exc:  # unreadable (permissions, a folder...): leave it where it is
            self.keep_before_write = True
            self.warning = f"settings could not be read ({exc.strerror or exc}); using defaults"
            return Settings()
        except SettingsFileError as exc:
            self.keep_before_write = True
            self.warning = f"settings could not be read ({exc}); using defaults"
            return Settings()
        try:
            raw = parse_settings_file(data)
        except SettingsFileError as exc:
            self.warning = f"settings could not be read ({exc}); {self._keep_aside()}, using defaults"
            return Settings()
        settings, self.notices = read_settings(raw)
        version = raw.get("version", SETTINGS_VERSION)
        if type(version) is not int or version < 1:
            self.notices.append(f"version {_shown(version)} is not a version; read as version {SETTINGS_VERSION}")
        elif version > SETTINGS_VERSION:
            self.notices.append(f"written by a newer version of the game ({version}); read what this one knows")
        self.keep_before_write = bool(self.notices)
        return settings

    def _keep_aside(self) -> str:
        try:
            return f"kept as {os.path.basename(keep_damaged(self.path))}"
        except OSError as exc:
            self.keep_before_write = True
            return f"left in place (it could not be moved aside: {exc.strerror or exc})"

    def note(self, notices: list[str]) -> None:
        """More notices about the loaded file (bindings game.input could not use)."""
        self.notices += notices
        self.keep_before_write = self.keep_before_write or bool(notices)

    def save(self, settings: Settings) -> None:
        """Write `settings` atomically; OSError if the disk refuses (nothing is lost)."""
        if self.keep_before_write and os.path.lexists(self.path):
            keep_damaged(self.path)
        self.keep_before_write = False
        atomic_write(self.path, settings.to_json())
