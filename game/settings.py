"""Player settings: window, volume, text speed and input bindings, stored as JSON.

Settings are written atomically. A damaged settings file is reported, moved aside (kept,
never deleted) and the game goes on with defaults.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from game.storage import atomic_write, keep_damaged

SETTINGS_VERSION = 1

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
}
"""Action -> SDL game controller button names."""


@dataclass
class Settings:
    """Everything the player can set. Unknown keys in the file are ignored."""

    fullscreen: bool = False
    scale: int = 3
    music_volume: float = 0.8
    sfx_volume: float = 0.8
    text_speed_chars_per_s: float = 40.0
    auto_advance: bool = False
    reduce_flashes: bool = False
    keys: dict[str, list[str]] = field(default_factory=lambda: {k: list(v) for k, v in DEFAULT_KEYS.items()})
    pad: dict[str, list[str]] = field(default_factory=lambda: {k: list(v) for k, v in DEFAULT_PAD.items()})

    def to_json(self) -> bytes:
        return json.dumps({"version": SETTINGS_VERSION, **asdict(self)}, indent=2).encode("utf-8")

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Settings:
        """Build settings from parsed JSON, keeping defaults for anything missing or of the
        wrong type."""
        settings = cls()
        for f in fields(cls):
            if f.name not in raw:
                continue
            value, default = raw[f.name], getattr(settings, f.name)
            if isinstance(default, dict):
                if isinstance(value, dict):
                    merged = dict(default)
                    for action, names in value.items():
                        if action in default and isinstance(names, list) and all(isinstance(n, str) for n in names):
                            merged[action] = names
                    setattr(settings, f.name, merged)
            elif isinstance(default, bool):
                if isinstance(value, bool):
                    setattr(settings, f.name, value)
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                setattr(settings, f.name, type(default)(value))
        settings.scale = max(1, min(settings.scale, 8))
        return settings


@dataclass
class SettingsStore:
    """Loads and saves settings at `path`; `warning` says what went wrong on load, if
    anything, so the game can show it."""

    path: str
    warning: str | None = None

    def load(self) -> Settings:
        if not os.path.exists(self.path):
            return Settings()
        try:
            with open(self.path, "rb") as handle:
                raw = json.loads(handle.read().decode("utf-8"))
            if not isinstance(raw, dict):
                raise ValueError("top level is not an object")
            version = raw.get("version", SETTINGS_VERSION)
            if not isinstance(version, int) or version > SETTINGS_VERSION:
                raise ValueError(f"written by a newer version ({version})")
        except (OSError, ValueError) as exc:
            kept = keep_damaged(self.path)
            self.warning = f"{self.path}: settings could not be read ({exc}); kept as {kept}, using defaults"
            return Settings()
        return Settings.from_dict(raw)

    def save(self, settings: Settings) -> None:
        atomic_write(self.path, settings.to_json())
