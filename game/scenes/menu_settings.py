"""The settings menu (volumes, window, text), its accessibility page, and the bindings menu
that remaps keys and controller buttons.

Every change is applied at once through `GameFlow.apply_settings`, which also saves it;
if saving fails the menu shows why (the change still holds for this session).

Rebinding follows one rule, so no action is ever left without a key: the pressed key is
added to the chosen action; if another action had it, it moves (the other action loses
it), unless it was that action's only one - then the two actions swap (the other gets the
chosen action's first key). Pressing a key the action already has removes it, unless it is
the last one.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from game.input import Action, Device
from game.scenes.base import StepInput
from game.scenes.menu_base import MenuItem, ScreenMenu
from game.settings import DEFAULT_KEYS, DEFAULT_PAD, Settings
from game.ui.prompts import BUTTON_NAMES, binding_label, prompt_label
from game.world import STEP_S

if TYPE_CHECKING:
    from game.scenes.services import Services

__all__ = [
    "ACTION_NAMES",
    "BUTTON_NAMES",
    "AccessibilityMenu",
    "BindingsMenu",
    "Device",
    "SettingsMenu",
    "binding_label",
    "rebind",
]

VOLUME_STEP = 0.1
SCALES = tuple(range(1, 7))
TEXT_SPEEDS: tuple[tuple[str, float], ...] = (("Slow", 20.0), ("Normal", 40.0), ("Fast", 80.0), ("Instant", 1000.0))
"""Names and characters per second."""
CAPTURE_ABORT_KEY = "escape"
"""While waiting for a key, Escape always backs out, so it cannot be taken by accident."""
CAPTURE_TIMEOUT_S = 6.0
"""Waiting for a key or button gives up after this long (a pad-only player's way out)."""

ACTION_NAMES: dict[Action, str] = {
    Action.UP: "Up",
    Action.DOWN: "Down",
    Action.LEFT: "Left",
    Action.RIGHT: "Right",
    Action.INTERACT: "Interact / confirm",
    Action.CANCEL: "Cancel / back",
    Action.MENU: "Pause menu",
    Action.SWAP_NEXT: "Next character",
    Action.SWAP_PREV: "Previous character",
    Action.ABILITY: "Ability",
    Action.LOG: "Dialogue log",
    Action.SWAP_1: "Swap to Mara",
    Action.SWAP_2: "Swap to Jonas",
    Action.SWAP_3: "Swap to Lila",
    Action.SWAP_4: "Swap to Roe",
    Action.FOLLOW: "Follow me / stay",
    Action.RESET: "Reset puzzle",
    Action.SKIP: "Skip read lines",
    Action.HINT: "Ask for a hint",
}


@dataclass(frozen=True)
class Rebound:
    """The bindings after one rebinding, and what to tell the player."""

    bindings: dict[str, list[str]]
    message: str


def rebind(bindings: dict[str, list[str]], action: str, name: str, device: Device = "keyboard") -> Rebound:
    """Bind `name` to `action` by the module's rule; never leaves an action unbound."""
    result = {a: list(names) for a, names in bindings.items()}
    own = result.setdefault(action, [])
    shown, action_name = binding_label(device, name), _action_name(action)
    if name in own:
        if len(own) == 1:
            return Rebound(result, f"{shown} is already {action_name}'s only one.")
        own.remove(name)
        return Rebound(result, f"{shown} removed from {action_name}.")
    told: list[str] = []
    for other, names in result.items():
        if other == action or name not in names:
            continue
        if len(names) > 1:
            names.remove(name)
            told.append(f"{shown} moved from {_action_name(other)} to {action_name}.")
            continue
        given = next((n for n in own if n not in names), None)
        if given is None:  # the chosen action has nothing to give: refuse, change nothing
            return Rebound({a: list(n) for a, n in bindings.items()}, f"{shown} is {_action_name(other)}'s only one.")
        own.remove(given)
        result[other] = [given]
        told.append(
            f"{shown} was {_action_name(other)}'s only one, so they swapped: "
            f"{_action_name(other)} now uses {binding_label(device, given)}."
        )
    own.insert(0, name)
    return Rebound(result, " ".join(told) or f"{shown} added to {action_name}.")


def _action_name(value: str) -> str:
    try:
        return ACTION_NAMES[Action(value)]
    except ValueError:
        return value


class SettingsEditor:
    """The settings a menu is changing. Each change makes a new Settings (one handed to the
    game is never changed afterwards) and hands it to `apply_settings`; it returns the
    message if there is one."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.settings = copy.deepcopy(services.settings)

    def apply(self, change: Callable[[Settings], None]) -> str | None:
        new = copy.deepcopy(self.settings)
        change(new)
        if new == self.settings:
            return None  # at the end of a range: nothing to apply or save
        self.settings = new
        flow = self.services.flow
        return flow.apply_settings(new) if flow is not None else "Settings cannot be applied here."


def _on_off(value: bool) -> str:
    return "On" if value else "Off"


def _text_speed_index(chars_per_s: float) -> int:
    return min(range(len(TEXT_SPEEDS)), key=lambda i: abs(TEXT_SPEEDS[i][1] - chars_per_s))


def _speed_name(settings: Settings) -> str:
    return TEXT_SPEEDS[_text_speed_index(settings.text_speed_chars_per_s)][0]


class SettingsMenu(ScreenMenu):
    """Volumes, window, text and accessibility; left/right change a value."""

    width_px = 236
    max_rows = 8
    centre = (160, 96)

    def __init__(self, services: Services) -> None:
        super().__init__(services, "Settings")
        self.editor = SettingsEditor(services)

    @property
    def settings(self) -> Settings:
        return self.editor.settings

    def _set(self, change: Callable[[Settings], None]) -> None:
        self.notice = self.editor.apply(change)

    def build_items(self) -> list[MenuItem]:
        change = change_hint(self.services)
        return [
            MenuItem("Music volume", value=lambda: f"{round(self.settings.music_volume * 100)}%",
                     on_change=lambda d: self._set(lambda n: _volume(n, "music_volume", d)), hint=change),
            MenuItem("Effects volume", value=lambda: f"{round(self.settings.sfx_volume * 100)}%",
                     on_change=lambda d: self._set(lambda n: _volume(n, "sfx_volume", d)), hint=change),
            MenuItem("Fullscreen", value=lambda: _on_off(self.settings.fullscreen),
                     on_change=lambda d: self._set(_toggle("fullscreen")), hint="Also F11 or Alt+Enter"),
            MenuItem("Window scale", value=lambda: f"{self.settings.scale}x",
                     on_change=lambda d: self._set(lambda n: _scale(n, d)), hint="Window size: 320x180 times this"),
            MenuItem("Scaling", value=lambda: "Graphics card" if self.settings.gpu_scaling else "Software",
                     on_change=lambda d: self._set(_toggle("gpu_scaling")),
                     hint=scaling_hint(self.services)),
            MenuItem("Text speed", value=lambda: _speed_name(self.settings),
                     on_change=lambda d: self._set(lambda n: _text_speed(n, d)), hint="How fast dialogue types out"),
            MenuItem("Auto-advance", value=lambda: _on_off(self.settings.auto_advance),
                     on_change=lambda d: self._set(_toggle("auto_advance")), hint="Dialogue moves on by itself"),
            MenuItem("Reduce flashes", value=lambda: _on_off(self.settings.reduce_flashes),
                     on_change=lambda d: self._set(_toggle("reduce_flashes")), hint="Softer glitches and crashes"),
            MenuItem("Reduce motion", value=lambda: _on_off(self.settings.reduce_motion),
                     on_change=lambda d: self._set(_toggle("reduce_motion")), hint="No pulsing or flickering effects"),
            MenuItem("Accessibility", lambda: self.stack.push(AccessibilityMenu(self.services, self.editor)),
                     hint="Text size and contrast, skipping, the content note, assists"),
            MenuItem("Keyboard controls", lambda: self.stack.push(BindingsMenu(self.services, self.editor, "keyboard")),
                     hint="Choose the keys for each action"),
            MenuItem("Gamepad controls", lambda: self.stack.push(BindingsMenu(self.services, self.editor, "pad")),
                     hint="Choose the buttons for each action"),
            MenuItem("Back", self.close),
        ]  # fmt: skip


def scaling_hint(services: Services) -> str:
    """What the Scaling row says: which way frames reach the window now."""
    flow = services.flow
    path = flow.window_path() if flow is not None else ""
    now = {"gpu": "now: on the graphics card", "software": "now: in software"}.get(path, "")
    return f"Where the picture is scaled up{f' ({now})' if now else ''}"


def change_hint(services: Services) -> str:
    """ "Left/Right: change", with the player's keys for left and right."""
    left = prompt_label(services.settings, Action.LEFT.value, services.device)
    right = prompt_label(services.settings, Action.RIGHT.value, services.device)
    return f"{left}/{right}: change"


class AccessibilityMenu(ScreenMenu):
    """Reading, skipping, the content note, and assists that change how the puzzles treat
    the player. Every one can be changed at any time; none of them is judged."""

    width_px = 256
    max_rows = 8
    centre = (160, 96)

    def __init__(self, services: Services, editor: SettingsEditor) -> None:
        super().__init__(services, "Accessibility")
        self.editor = editor

    @property
    def settings(self) -> Settings:
        return self.editor.settings

    def _set(self, change: Callable[[Settings], None]) -> None:
        self.notice = self.editor.apply(change)

    def _switch(self, label: str, name: str, hint: str, words: tuple[str, str] = ("Off", "On")) -> MenuItem:
        return MenuItem(
            label,
            value=lambda: words[bool(getattr(self.settings, name))],
            on_change=lambda d: self._set(_toggle(name)),
            hint=hint,
        )

    def build_items(self) -> list[MenuItem]:
        skip = prompt_label(self.services.settings, Action.SKIP.value, self.services.device)
        return [
            self._switch("Text size", "large_text", "Dialogue, log, menus and prompts", ("Normal", "Large")),
            self._switch("Dialogue box", "high_contrast_box", "Solid dark box, bright text",
                         ("Framed", "High contrast")),
            self._switch("Skip key skips", "skip_unseen", f"{skip}: fast-forward dialogue; it stops at every choice",
                         ("Read lines", "All lines")),
            self._switch("Content note", "content_note", "A short note on the story's themes before a new game"),
            self._switch("Lasting sketches", "assist_lasting_sketches", "Sketches never fade with time"),
            self._switch("Forgiving dark", "assist_forgiving_dark", "Lila's light stays wide, even alone"),
            self._switch("Faster walking", "assist_fast_walk", "Everyone walks faster"),
            MenuItem("Back", self.close),
        ]  # fmt: skip


def _volume(settings: Settings, name: str, delta: int) -> None:
    setattr(settings, name, round(max(0.0, min(1.0, getattr(settings, name) + delta * VOLUME_STEP)), 2))


def _toggle(name: str) -> Callable[[Settings], None]:
    def flip(settings: Settings) -> None:
        setattr(settings, name, not getattr(settings, name))

    return flip


def _scale(settings: Settings, delta: int) -> None:
    index = SCALES.index(settings.scale) if settings.scale in SCALES else len(SCALES) - 1
    settings.scale = SCALES[(index + delta) % len(SCALES)]


def _text_speed(settings: Settings, delta: int) -> None:
    index = (_text_speed_index(settings.text_speed_chars_per_s) + delta) % len(TEXT_SPEEDS)
    settings.text_speed_chars_per_s = TEXT_SPEEDS[index][1]


class BindingsMenu(ScreenMenu):
    """Every action with its keys (or buttons). Select one, then press the new key."""

    width_px = 300
    max_rows = 7
    centre = (160, 82)

    def __init__(self, services: Services, editor: SettingsEditor, device: Device = "keyboard") -> None:
        title = "Keyboard controls" if device == "keyboard" else "Gamepad controls"
        super().__init__(services, title)
        self.editor = editor
        self.device: Device = device
        self.waiting: Action | None = None
        """The action waiting for a key, or None."""
        self.wait_steps = 0

    def bindings(self, settings: Settings | None = None) -> dict[str, list[str]]:
        settings = settings or self.editor.settings
        return settings.keys if self.device == "keyboard" else settings.pad

    def build_items(self) -> list[MenuItem]:
        items = [
            MenuItem(ACTION_NAMES[action], partial(self._wait, action), value=partial(self._shown, action))
            for action in Action
        ]
        items.append(MenuItem("Reset to defaults", self._reset))
        items.append(MenuItem("Back", self.close))
        return items

    def _shown(self, action: Action) -> str:
        if action is self.waiting:
            return "press a key..." if self.device == "keyboard" else "press a button..."
        names = [binding_label(self.device, n) for n in self.bindings().get(action.value, [])]
        text = ", ".join(names) or "-"
        font = self.font
        # The panel's own width (not the widest row: that is measured from this).
        room = self.width_px - 2 * 6 - 14 - font.measure(ACTION_NAMES[action]) - 8 - 16 * self._scale()
        room = min(150 * self._scale(), room)
        while font.measure(text) > room and ", " in text:
            text = text.rsplit(", ", 1)[0]
            if font.measure(text + " ...") <= room:
                return text + " ..."
        return text

    def has_footer(self) -> bool:
        return True

    def footer(self) -> str:
        if self.waiting is not None:
            left = max(0, math.ceil(CAPTURE_TIMEOUT_S - self.wait_steps * STEP_S))
            return f"Esc: cancel ({left} s)"
        if self.cursor < len(Action):
            thing = "key" if self.device == "keyboard" else "button"
            return f"Interact, then a {thing}: add it (or remove one it has)"
        return ""

    def _wait(self, action: Action) -> None:
        self.waiting, self.wait_steps = action, 0

    def _reset(self) -> None:
        defaults = DEFAULT_KEYS if self.device == "keyboard" else DEFAULT_PAD
        fresh = {a: list(names) for a, names in defaults.items()}
        message = self.editor.apply(lambda s: setattr(s, "keys" if self.device == "keyboard" else "pad", fresh))
        self.notice = message or f"{self.title} are back to the defaults."

    def update(self, step: StepInput) -> None:
        if self.waiting is None:
            super().update(step)
            return
        self.anim_steps += 1
        self.wait_steps += 1
        wanted = "key" if self.device == "keyboard" else "button"
        escape = False
        for kind, name in step.raw:
            if kind == "key" and name == CAPTURE_ABORT_KEY:
                escape = True
                break
            if kind == wanted:
                self._bind(self.waiting, name)
                return
        if escape or Action.CANCEL in step.pressed or self.wait_steps * STEP_S >= CAPTURE_TIMEOUT_S:
            # Escape, a cancel from the other device, or no press in time: nothing changes.
            self.sfx("menu_select")
            self.waiting = None
            self.notice = "Unchanged."

    def _bind(self, action: Action, name: str) -> None:
        self.waiting = None
        rebound = rebind(self.bindings(), action.value, name, self.device)
        field_name = "keys" if self.device == "keyboard" else "pad"
        message = self.editor.apply(lambda s: setattr(s, field_name, rebound.bindings))
        self.sfx("menu_select")
        self.notice = rebound.message + (f" {message}" if message else "")
