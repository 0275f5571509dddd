"""The one place that reads pygame events: keyboard and game controllers become actions.

Bindings are data (from Settings), so a menu can rebind them. Besides the game's actions,
the window's own requests (quit, fullscreen toggle, resize) come out of here too, and the
names of the keys and buttons pressed (`Frame.raw`) so the bindings menu can learn a new
binding without reading events itself.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from enum import Enum
from typing import Literal

import pygame
from pygame._sdl2 import controller

from game.settings import DEFAULT_KEYS, DEFAULT_PAD, Settings

STICK_DEADZONE = 0.5
"""How far (0..1) a stick must be pushed to count as a direction."""


class Action(Enum):
    UP = "up"
    DOWN = "down"
    LEFT = "left"
    RIGHT = "right"
    INTERACT = "interact"
    CANCEL = "cancel"
    MENU = "menu"
    SWAP_NEXT = "swap_next"
    SWAP_PREV = "swap_prev"
    ABILITY = "ability"
    LOG = "log"
    SWAP_1 = "swap_1"
    SWAP_2 = "swap_2"
    SWAP_3 = "swap_3"
    SWAP_4 = "swap_4"
    FOLLOW = "follow"
    RESET = "reset"
    SKIP = "skip"
    """Fast-forward dialogue lines already read (game.scenes.dialogue)."""
    HINT = "hint"
    """Ask for a hint about the puzzle at hand."""


DIRECTIONS = (Action.UP, Action.DOWN, Action.LEFT, Action.RIGHT)

Device = Literal["keyboard", "pad"]
"""Which kind of control the player used last: prompts show that one's bindings."""

PAD_BUTTONS: dict[str, int] = {
    "a": pygame.CONTROLLER_BUTTON_A,
    "b": pygame.CONTROLLER_BUTTON_B,
    "x": pygame.CONTROLLER_BUTTON_X,
    "y": pygame.CONTROLLER_BUTTON_Y,
    "back": pygame.CONTROLLER_BUTTON_BACK,
    "guide": pygame.CONTROLLER_BUTTON_GUIDE,
    "start": pygame.CONTROLLER_BUTTON_START,
    "leftstick": pygame.CONTROLLER_BUTTON_LEFTSTICK,
    "rightstick": pygame.CONTROLLER_BUTTON_RIGHTSTICK,
    "leftshoulder": pygame.CONTROLLER_BUTTON_LEFTSHOULDER,
    "rightshoulder": pygame.CONTROLLER_BUTTON_RIGHTSHOULDER,
    "dpup": pygame.CONTROLLER_BUTTON_DPAD_UP,
    "dpdown": pygame.CONTROLLER_BUTTON_DPAD_DOWN,
    "dpleft": pygame.CONTROLLER_BUTTON_DPAD_LEFT,
    "dpright": pygame.CONTROLLER_BUTTON_DPAD_RIGHT,
}


class BindingError(ValueError):
    """A binding names a key or button that does not exist."""


def is_key_name(name: str) -> bool:
    """Whether pygame knows `name` as a key (the names settings use)."""
    try:
        pygame.key.key_code(name)
    except ValueError:
        return False
    return True


def clean_bindings(settings: Settings) -> list[str]:
    """Drop every key and button name in `settings` that does not exist, with one notice
    each, so a hand-edited settings file never stops the game. A keyboard action left with
    no key at all gets its default keys back (a player must always be able to walk, confirm
    and open the menu)."""
    notices: list[str] = []
    for device, known, defaults in (
        ("keys", is_key_name, DEFAULT_KEYS),
        ("pad", PAD_BUTTONS.__contains__, DEFAULT_PAD),
    ):
        bindings: dict[str, list[str]] = getattr(settings, device)
        for action, names in bindings.items():
            unknown = [name for name in names if not known(name)]
            what = "key" if device == "keys" else "controller button"
            for name in unknown:
                close = difflib.get_close_matches(name.lower(), _names(device), n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                notices.append(f"{device}.{action}: {name!r} is not a {what} name; dropped{hint}")
            kept = [name for name in names if known(name)]
            if not kept and defaults.get(action) and (names or device == "keys"):
                notices.append(f"{device}.{action} had no usable {what}; using the default")
                kept = list(defaults[action])
            bindings[action] = kept
    return notices


def _names(device: str) -> list[str]:
    if device == "pad":
        return sorted(PAD_BUTTONS)
    return sorted({pygame.key.name(code) for code in range(32, 127)} | {n for ns in DEFAULT_KEYS.values() for n in ns})


@dataclass
class Frame:
    """What the input did since the last frame."""

    pressed: set[Action] = field(default_factory=set)
    held: set[Action] = field(default_factory=set)
    quit: bool = False
    toggle_fullscreen: bool = False
    reload: bool = False
    """F5: reload the map and the story (acted on only with --hot-reload)."""
    resized: bool = False
    exposed: bool = False
    """The window was uncovered or restored: show the picture again even if it is unchanged."""
    device: Device = "keyboard"
    """The kind of control pressed last (this frame or before): prompts show its bindings."""
    raw: list[tuple[str, str]] = field(default_factory=list)
    """Every key and controller button pressed this frame, in order, by name:
    ("key", pygame.key.name(...)) or ("button", a PAD_BUTTONS name). Only the bindings menu
    reads these (to learn a new binding); the game itself listens to actions. A press also
    counts for its bound actions as usual, so the reader decides which one to use."""


PAD_BUTTON_NAMES: dict[int, str] = {code: name for name, code in PAD_BUTTONS.items()}


def key_name(key: int) -> str | None:
    """The binding name of a key code, or None for a key that cannot be bound by name
    (pygame.key.key_code() would not give the same key back)."""
    name = pygame.key.name(key)
    if not name:
        return None
    try:
        return name if pygame.key.key_code(name) == key else None
    except ValueError:
        return None


class Input:
    """Turns pygame events into actions using the bindings in `settings`."""

    def __init__(self, settings: Settings) -> None:
        self.keys: dict[int, set[Action]] = {}
        self.buttons: dict[int, set[Action]] = {}
        self.rebind(settings)
        self._held_keys: set[int] = set()
        self._held_buttons: dict[int, set[int]] = {}
        self._stick: dict[int, set[Action]] = {}
        self._pads: dict[int, controller.Controller] = {}
        self._pressed: set[Action] = set()
        self.last_device: Device = "keyboard"
        """The kind of control pressed last; a key press or a pad's button or stick changes it."""
        if not controller.get_init():
            controller.init()

    def rebind(self, settings: Settings) -> None:
        """Load bindings from settings. Raises BindingError naming the bad key or button."""
        keys: dict[int, set[Action]] = {}
        for action in Action:
            for name in settings.keys.get(action.value, []):
                try:
                    code = pygame.key.key_code(name)
                except ValueError:
                    raise BindingError(f"settings: key '{name}' for {action.value} is not a key name") from None
                keys.setdefault(code, set()).add(action)
        buttons: dict[int, set[Action]] = {}
        for action in Action:
            for name in settings.pad.get(action.value, []):
                if name not in PAD_BUTTONS:
                    raise BindingError(f"settings: button '{name}' for {action.value} is not a controller button")
                buttons.setdefault(PAD_BUTTONS[name], set()).add(action)
        self.keys, self.buttons = keys, buttons

    @property
    def pads(self) -> int:
        """How many game controllers are connected."""
        return len(self._pads)

    def poll(self) -> Frame:
        """Read every pending pygame event."""
        frame = Frame()
        for event in pygame.event.get():
            self.handle(event, frame)
        frame.pressed = self._pressed
        self._pressed = set()
        frame.held = self.held()
        frame.device = self.last_device
        return frame

    def held(self) -> set[Action]:
        held: set[Action] = set()
        for key in self._held_keys:
            held |= self.keys.get(key, set())
        for buttons in self._held_buttons.values():
            for button in buttons:
                held |= self.buttons.get(button, set())
        for stick in self._stick.values():
            held |= stick
        return held

    def release_all(self) -> None:
        """Forget held keys (when the window loses focus, keys released elsewhere never
        send their key-up)."""
        self._held_keys.clear()
        self._held_buttons = {k: set() for k in self._held_buttons}
        self._stick.clear()

    def handle(self, event: pygame.event.Event, frame: Frame) -> None:
        kind = event.type
        if kind in (pygame.QUIT, pygame.WINDOWCLOSE):  # the GPU window's close button sends only the second
            frame.quit = True
        elif kind == pygame.KEYDOWN:
            if event.key == pygame.K_F11 or (event.key == pygame.K_RETURN and event.mod & pygame.KMOD_ALT):
                frame.toggle_fullscreen = True
                return
            if event.key == pygame.K_F5:
                frame.reload = True  # and it still does whatever a player bound it to
            self.last_device = "keyboard"
            self._held_keys.add(event.key)
            self._pressed |= self.keys.get(event.key, set())
            name = key_name(event.key)
            if name is not None:
                frame.raw.append(("key", name))
        elif kind == pygame.KEYUP:
            self._held_keys.discard(event.key)
        elif kind in (pygame.WINDOWSIZECHANGED, pygame.VIDEORESIZE):
            frame.resized = True
        elif kind in (pygame.WINDOWEXPOSED, pygame.WINDOWRESTORED, pygame.WINDOWSHOWN):
            frame.exposed = True
        elif kind == pygame.WINDOWFOCUSLOST:
            self.release_all()
        elif kind == pygame.CONTROLLERDEVICEADDED:
            self._add_pad(event.device_index)
        elif kind == pygame.CONTROLLERDEVICEREMOVED:
            pad = self._pads.pop(event.instance_id, None)
            self._held_buttons.pop(event.instance_id, None)
            self._stick.pop(event.instance_id, None)
            if pad is not None:
                pad.quit()
        elif kind == pygame.CONTROLLERBUTTONDOWN:
            self.last_device = "pad"
            self._held_buttons.setdefault(event.instance_id, set()).add(event.button)
            self._pressed |= self.buttons.get(event.button, set())
            if event.button in PAD_BUTTON_NAMES:
                frame.raw.append(("button", PAD_BUTTON_NAMES[event.button]))
        elif kind == pygame.CONTROLLERBUTTONUP:
            self._held_buttons.setdefault(event.instance_id, set()).discard(event.button)
        elif kind == pygame.CONTROLLERAXISMOTION:
            self._axis(event.instance_id, event.axis, event.value / 32767)

    def _add_pad(self, device_index: int) -> None:
        try:
            pad = controller.Controller(device_index)
        except pygame.error:
            return  # a joystick SDL has no controller mapping for
        self._pads[pad.as_joystick().get_instance_id()] = pad

    def _axis(self, pad: int, axis: int, value: float) -> None:
        """The left stick works like the d-pad; a push past the deadzone is a press."""
        if axis not in (pygame.CONTROLLER_AXIS_LEFTX, pygame.CONTROLLER_AXIS_LEFTY):
            return
        stick = self._stick.setdefault(pad, set())
        negative, positive = (
            (Action.LEFT, Action.RIGHT) if axis == pygame.CONTROLLER_AXIS_LEFTX else (Action.UP, Action.DOWN)
        )
        before = set(stick)
        stick.discard(negative)
        stick.discard(positive)
        if value <= -STICK_DEADZONE:
            stick.add(negative)
        elif value >= STICK_DEADZONE:
            stick.add(positive)
        if stick - before:
            self.last_device = "pad"  # a push, not a stick drifting back to rest
        self._pressed |= stick - before
