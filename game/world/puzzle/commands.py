"""Commands a scene sends to a puzzle during one step (besides game.world.commands' Walk and
Interact, which the runner also accepts)."""

from __future__ import annotations

from dataclasses import dataclass

from game.world.commands import Interact, Walk


@dataclass(frozen=True)
class SwapTo:
    """Keys 1-4: take control of a protagonist by name."""

    name: str


@dataclass(frozen=True)
class Cycle:
    """Next (+1) or previous (-1) protagonist."""

    offset: int = 1


@dataclass(frozen=True)
class ToggleLens:
    """Mara's Trace lens on or off."""


@dataclass(frozen=True)
class Sketch:
    """Jonas draws a "plank" or a "crate" towards the cell he faces."""

    kind: str


@dataclass(frozen=True)
class ToggleFollow:
    """The idle protagonists follow the active one's trail, or stop following."""


@dataclass(frozen=True)
class ResetPuzzle:
    """Put the puzzle back exactly as it started."""


PuzzleCommand = Walk | Interact | SwapTo | Cycle | ToggleLens | Sketch | ToggleFollow | ResetPuzzle
