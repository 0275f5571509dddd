"""The scene stack and the lifecycle every scene follows.

Lifecycle (the stack calls these; a scene never calls them on itself):

- `enter()`  – the scene was pushed and is now on top. Acquire what it needs.
- `pause()`  – another scene was pushed over it. It stops getting `update`.
- `resume()` – the scene above was popped; it is on top again.
- `exit()`   – the scene was popped or replaced. Release what it holds.

Every logic step the top scene gets `update(frame)` with the actions of that step; only the
top scene updates. `draw(surface)` is called for the top scene and, when the top scene is an
`overlay`, for the scenes below it first (down to the first opaque one), so a message box or
a fade shows the map beneath. `draw` must never change game state.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

import pygame

if TYPE_CHECKING:
    from game.input import Action
    from game.scenes.services import Services


@dataclass
class StepInput:
    """The input for one logic step: actions pressed since the last step, and held now.

    `raw` lists the keys and controller buttons pressed since the last step by name
    (("key", "a"), ("button", "start")), copied from `game.input.Frame.raw`; only the
    bindings menu uses them, to learn a new binding. Like `pressed`, they count for one step."""

    pressed: set[Action] = field(default_factory=set)
    held: set[Action] = field(default_factory=set)
    raw: list[tuple[str, str]] = field(default_factory=list)


class Scene:
    """Base class: override what the scene needs."""

    overlay = False
    """True if the scenes below stay visible (drawn first) under this one."""
    holds_below = False
    """True for menus over the game: the game is paused, so a scene below may show the
    picture it last drew instead of drawing it again each frame (ExploreScene does)."""

    def __init__(self, services: Services) -> None:
        self.services = services

    @property
    def stack(self) -> SceneStack:
        return self.services.scenes

    def enter(self) -> None:
        pass

    def exit(self) -> None:
        pass

    def pause(self) -> None:
        pass

    def resume(self) -> None:
        pass

    def update(self, step: StepInput) -> None:
        """Advance one fixed logic step."""

    def draw(self, surface: pygame.Surface) -> None:
        """Draw onto the 320x180 internal surface."""

    def look(self) -> Hashable | None:
        """What this scene's picture depends on, if it can say: two frames with equal looks
        draw the same picture, so the game skips drawing the second (a menu left alone).
        None, the default, means it may change every frame."""
        return None


S = TypeVar("S", bound=Scene)


class SceneStack:
    """Scenes on top of each other; the top one is active."""

    def __init__(self) -> None:
        self._scenes: list[Scene] = []

    def __len__(self) -> int:
        return len(self._scenes)

    @property
    def top(self) -> Scene | None:
        return self._scenes[-1] if self._scenes else None

    def find(self, kind: type[S]) -> S | None:
        """The lowest scene of a kind (e.g. the exploration under menus and dialogue)."""
        return next((scene for scene in self._scenes if isinstance(scene, kind)), None)

    def push(self, scene: Scene) -> None:
        if self._scenes:
            self._scenes[-1].pause()
        self._scenes.append(scene)
        scene.enter()

    def pop(self) -> Scene:
        scene = self._scenes.pop()
        scene.exit()
        if self._scenes:
            self._scenes[-1].resume()
        return scene

    def replace(self, scene: Scene) -> None:
        """Swap the top scene for `scene` (the one below is not resumed in between)."""
        if self._scenes:
            self._scenes.pop().exit()
        self._scenes.append(scene)
        scene.enter()

    def clear(self) -> None:
        while self._scenes:
            self._scenes.pop().exit()

    def update(self, step: StepInput) -> None:
        if self._scenes:
            self._scenes[-1].update(step)

    def _drawn(self) -> list[Scene]:
        """The scenes a frame draws: the top one, and below it down to the first opaque one."""
        first = len(self._scenes) - 1
        while first > 0 and self._scenes[first].overlay:
            first -= 1
        return self._scenes[max(first, 0) :]

    def draw(self, surface: pygame.Surface) -> None:
        for scene in self._drawn():
            scene.draw(surface)

    def look(self) -> Hashable | None:
        """The looks of every scene a frame draws, or None if any of them cannot say."""
        looks = tuple(scene.look() for scene in self._drawn())
        return None if not looks or any(look is None for look in looks) else looks
