"""World events: what happened during a step, for scenes to present (sound, text, fades)."""

from __future__ import annotations

from dataclasses import dataclass

from game.world.geometry import Cell
from game.world.mapdata import Link, MapObject


@dataclass(frozen=True)
class Stepped:
    """An actor arrived on a cell (a footstep)."""

    actor: str
    cell: Cell


@dataclass(frozen=True)
class Bumped:
    """The player walked against something that blocks."""

    cell: Cell


@dataclass(frozen=True)
class Travel:
    """The player used a door or stepped on a warp: the scene should change maps."""

    via: MapObject
    link: Link


@dataclass(frozen=True)
class Inspected:
    """The player looked at an inspect spot: show its text, or run its Ink knot."""

    target: MapObject
    text: str
    knot: str = ""


@dataclass(frozen=True)
class Talked:
    """The player spoke to a character: run its Ink knot."""

    npc: MapObject
    knot: str


@dataclass(frozen=True)
class Triggered:
    """A trigger zone fired (the player entered it, pressed interact in it, or arrived on
    the map): run its Ink knot."""

    trigger: MapObject
    knot: str


@dataclass(frozen=True)
class Locked:
    """The player tried a door whose condition does not hold."""

    door: MapObject
    text: str
    knot: str


@dataclass(frozen=True)
class ScriptEnded:
    """A cutscene's walk (or placing) is over: `arrived` is False when the way stayed
    blocked (a closed gate, someone in the way) or the character or cell was not there."""

    actor: str
    arrived: bool


Event = Stepped | Bumped | Travel | Inspected | Talked | Triggered | Locked | ScriptEnded
