"""World commands: what a scene asks the world to do during one step."""

from __future__ import annotations

from dataclasses import dataclass

from game.world.geometry import Cell, Direction


@dataclass(frozen=True)
class Walk:
    """The player holds a direction during this step."""

    direction: Direction


@dataclass(frozen=True)
class Interact:
    """The player pressed interact: use the faced door or look at the faced thing."""


Command = Walk | Interact


@dataclass(frozen=True)
class ScriptWalk:
    """A cutscene walks a character (a protagonist on the map, "player", or a character
    by name) to `goal`, step by step by the same rules as the player: around walls and
    others, through a gate only while it is open, pressing plates and firing triggers on
    the way. A walk that finds no way within `game.world.script.PATIENCE_STEPS` ends where
    it stands (a ScriptEnded event says so); it never jumps."""

    actor: str
    goal: Cell


@dataclass(frozen=True)
class ScriptFace:
    """A cutscene turns a character."""

    actor: str
    facing: Direction


@dataclass(frozen=True)
class ScriptPlace:
    """A cutscene puts a character at rest on `cell` (a deliberate cut, as in film); only
    onto a cell the character could stand on."""

    actor: str
    cell: Cell
    facing: Direction | None = None


@dataclass(frozen=True)
class ScriptHide:
    """A cutscene takes a character out of sight where they stand, or brings them back."""

    actor: str
    hidden: bool


ScriptCommand = ScriptWalk | ScriptFace | ScriptPlace | ScriptHide
