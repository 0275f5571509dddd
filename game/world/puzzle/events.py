"""What the puzzle rules report, for scenes to present (sound, hints, a gate's clank).

Arrivals on a cell reuse game.world.events.Stepped.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.world.events import Stepped
from game.world.geometry import Cell


@dataclass(frozen=True)
class Refused:
    """An action the rules do not allow; `reason` is a short stable code for hints and
    sounds: blocked, dark, vent, plank, hidden, crowd, push, no_push, no_gap, no_room, limit,
    not_ability, nothing, occupied."""

    actor: str
    reason: str
    cell: Cell | None = None


@dataclass(frozen=True)
class Swapped:
    actor: str


@dataclass(frozen=True)
class TradedPlaces:
    """The active protagonist walked into an idle one and they swapped cells."""

    actor: str
    other: str


@dataclass(frozen=True)
class LensChanged:
    on: bool


@dataclass(frozen=True)
class FollowChanged:
    on: bool


@dataclass(frozen=True)
class Pushed:
    """A block (or a crate, by its sketch id) moved one cell."""

    actor: str
    thing: int
    to: Cell


@dataclass(frozen=True)
class LeverFlipped:
    id: int
    on: bool


@dataclass(frozen=True)
class JunctionRotated:
    id: int
    rotation: int
    output: int


@dataclass(frozen=True)
class SignalChanged:
    """A plate, zone or logic element turned on or off."""

    id: int
    on: bool


@dataclass(frozen=True)
class GateChanged:
    id: int
    open: bool


@dataclass(frozen=True)
class SketchMade:
    id: int
    kind: str
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class SketchGone:
    """A sketch faded with time (`why` = "faded"), dissolved in a gaze ("gaze") or was erased
    by Jonas ("erased")."""

    id: int
    kind: str
    why: str


@dataclass(frozen=True)
class Solved:
    puzzle: str


@dataclass(frozen=True)
class ResetDone:
    puzzle: str


PuzzleEvent = (
    Stepped
    | Refused
    | Swapped
    | TradedPlaces
    | LensChanged
    | FollowChanged
    | Pushed
    | LeverFlipped
    | JunctionRotated
    | SignalChanged
    | GateChanged
    | SketchMade
    | SketchGone
    | Solved
    | ResetDone
)
