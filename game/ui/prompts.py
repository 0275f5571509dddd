"""How the player's controls read on screen: a key's or button's name, and the prompt for
an action as the player has bound it now.

Prompts never name a key of their own: a line of the story writes `[ability]`
(game.settings.ACTION_TOKEN) and `fill_prompts` puts the player's current binding in its
place, the first one they gave that action on the kind of control they used last: a key
name ("F", "Left Ctrl") on a keyboard, a button glyph (game.ui.font.BUTTON_CHARS, drawn by
every PixelFont) on a pad. Rebind a key and every prompt follows.
"""

from __future__ import annotations

import re
from typing import Literal

from game.settings import ACTION_TOKEN, Settings
from game.ui.font import BUTTON_CHARS

Device = Literal["keyboard", "pad"]

KEY_NAMES: dict[str, str] = {
    "return": "Enter",
    "escape": "Esc",
    "left ctrl": "Left Ctrl",
    "right ctrl": "Right Ctrl",
    "left alt": "Left Alt",
    "right alt": "Right Alt",
    "page up": "Page Up",
    "page down": "Page Down",
}
"""Key names players know better than pygame's (the rest are pygame's, capitalised)."""
BUTTON_NAMES: dict[str, str] = {
    "a": "A",
    "b": "B",
    "x": "X",
    "y": "Y",
    "back": "Back",
    "guide": "Guide",
    "start": "Start",
    "leftstick": "LS",
    "rightstick": "RS",
    "leftshoulder": "LB",
    "rightshoulder": "RB",
    "dpup": "D-pad up",
    "dpdown": "D-pad down",
    "dpleft": "D-pad left",
    "dpright": "D-pad right",
}
"""Controller buttons by SDL name, as menus write them out."""
UNBOUND = "(no key)"


def binding_label(device: Device, name: str) -> str:
    """How a key or button name reads in words: "left shift" -> "Left Shift", "return" ->
    "Enter", "dpup" -> "D-pad up"."""
    if device == "pad":
        return BUTTON_NAMES.get(name, name)
    if name in KEY_NAMES:
        return KEY_NAMES[name]
    return " ".join(word[:1].upper() + word[1:] for word in name.split(" ")) if name.strip() else repr(name)


def bindings_of(settings: Settings, action: str, device: Device) -> list[str]:
    """The names bound to `action` on `device`, the player's first choice first."""
    table = settings.pad if device == "pad" else settings.keys
    return list(table.get(action, []))


def prompt_label(settings: Settings, action: str, device: Device, fallback: bool = True) -> str:
    """What a prompt shows for `action`: its first binding on `device`, as a key name or a
    button glyph. An action the pad has no button for shows its key (with `fallback`; else
    ""), and one with no binding at all shows UNBOUND."""
    names = bindings_of(settings, action, device)
    if names:
        name = names[0]
        if device == "pad":
            return BUTTON_CHARS.get(name, binding_label("pad", name))
        return binding_label("keyboard", name)
    if not fallback:
        return ""
    if device == "pad":
        return prompt_label(settings, action, "keyboard", fallback=False) or UNBOUND
    return UNBOUND


def prompt_labels(settings: Settings, device: Device, *actions: str) -> list[str]:
    """`prompt_label` for each of `actions` in turn (a footer's "Up/Down: scroll")."""
    return [prompt_label(settings, action, device) for action in actions]


def fill_prompts(text: str, settings: Settings, device: Device) -> str:
    """`text` with every `[action]` token replaced by the prompt for that action. A token
    naming no action is left as written (the story lint reports it)."""
    known = settings.keys

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        return prompt_label(settings, name, device) if name in known else match.group(0)

    return ACTION_TOKEN.sub(replace, text)
