"""World commands: what a scene asks the world to do during one step."""

from __future__ import annotations

from dataclasses import dataclass

from game.world.geometry import Direction


@dataclass(frozen=True)
class Walk:
    """The player holds a direction during this step."""

    direction: Direction


@dataclass(frozen=True)
class Interact:
    """The player pressed interact: use the faced door or look at the faced thing."""


Command = Walk | Interact
