"""The four protagonists of the chaos realm: who they are, who takes input, swapping.

The active character walks; the idle ones stay where they were left (and so keep holding
plates). Positions are whole cells held by `Actor`s, so drawing can interpolate while the
puzzle rules stay on the grid.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from game.world.actor import WALK_SPEED_TILES_PER_S, Actor
from game.world.geometry import Cell, Direction
from game.world.puzzle.assist import FAST_WALK_FACTOR, OFF
from game.world.puzzle.weight import Weight

ORDER = ("mara", "jonas", "lila", "roe")
"""Party order: keys 1-4, and the order next/previous cycle through."""

SLOW_SPEED_TILES_PER_S = 3.0
"""Roe's walk."""
LENS_SPEED_TILES_PER_S = 2.0
"""Mara's walk while her Trace lens is on."""


@dataclass(frozen=True)
class Profile:
    """What a protagonist is: weight, pace and the limits of her or his body."""

    name: str
    ability: str
    weight: Weight
    speed_tiles_per_s: float
    fits_vents: bool = False
    crosses_planks: bool = True
    pushes: bool = True
    """Pushes light blocks and sketched crates (Mara does not: her hands are on her lens)."""
    pushes_heavy: bool = False


PROFILES: tuple[Profile, ...] = (
    Profile("mara", "trace", Weight.MEDIUM, WALK_SPEED_TILES_PER_S, pushes=False),
    Profile("jonas", "sketch", Weight.MEDIUM, WALK_SPEED_TILES_PER_S),
    Profile("lila", "glow", Weight.LIGHT, WALK_SPEED_TILES_PER_S, fits_vents=True),
    Profile("roe", "anchor", Weight.HEAVY, SLOW_SPEED_TILES_PER_S, crosses_planks=False, pushes_heavy=True),
)


def profile(name: str) -> Profile:
    """The profile of a protagonist by name (a KeyError names unknown ones)."""
    for candidate in PROFILES:
        if candidate.name == name:
            return candidate
    raise KeyError(f"no protagonist named {name!r} (expected one of {', '.join(ORDER)})")


@dataclass
class Member:
    """One protagonist on the map: a profile and an actor."""

    profile: Profile
    actor: Actor
    name: str = field(init=False)
    units: int = field(init=False)
    """Weight units, cached: the solver asks for them very often."""

    def __post_init__(self) -> None:
        self.name = self.profile.name
        self.units = self.profile.weight.units

    @property
    def cell(self) -> Cell:
        return self.actor.cell


class Party:
    """The protagonists present (any subset of the four, kept in party order), who is active,
    Mara's lens and the follow mode."""

    def __init__(self, cells: dict[str, Cell], facing: Direction = Direction.DOWN, active: str | None = None) -> None:
        names = sorted(cells, key=lambda n: ORDER.index(profile(n).name))
        if not names:
            raise ValueError("a party needs at least one protagonist")
        self.members = [Member(profile(n), Actor(n, cells[n], facing)) for n in names]
        self.index = {n: i for i, n in enumerate(names)}
        self.active_index = 0 if active is None else self.index[active]
        self.lens_on = False
        self.following = False
        self.assist = OFF
        """The assist option's rules (game/world/puzzle/assist.py), off unless the player chose."""

    @classmethod
    def at_entry(cls, names: Iterable[str], entry: tuple[Cell, ...], facing: Direction = Direction.DOWN) -> Party:
        """A party standing on `entry` cells in party order (how a puzzle starts)."""
        ordered = sorted(names, key=ORDER.index)
        if len(entry) < len(ordered):
            raise ValueError(f"{len(ordered)} protagonists need {len(ordered)} entry cells, got {len(entry)}")
        return cls(dict(zip(ordered, entry, strict=False)), facing)

    def __iter__(self) -> Iterator[Member]:
        return iter(self.members)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(m.name for m in self.members)

    @property
    def active(self) -> Member:
        return self.members[self.active_index]

    def has(self, name: str) -> bool:
        return name in self.index

    def member(self, name: str) -> Member:
        if name not in self.index:
            raise KeyError(f"{name!r} is not in the party ({', '.join(self.names)})")
        return self.members[self.index[name]]

    def cell_of(self, name: str) -> Cell | None:
        """Where `name` stands, or None when not in the party."""
        index = self.index.get(name)
        return None if index is None else self.members[index].actor.cell

    def at(self, cell: Cell) -> Member | None:
        """Who stands on (has claimed) `cell`."""
        for member in self.members:
            if member.actor.cell == cell:
                return member
        return None

    def speed_of(self, member: Member) -> float:
        """Walking pace: Roe is slow, and so is Mara while her lens is on."""
        pace = LENS_SPEED_TILES_PER_S if member.profile.ability == "trace" and self.lens_on else None
        speed = pace if pace is not None else member.profile.speed_tiles_per_s
        return speed * FAST_WALK_FACTOR if self.assist.fast_walk else speed

    # -- swapping ------------------------------------------------------------------------------
    def swap_to(self, name: str) -> bool:
        """Make `name` active. False when not in the party or already active."""
        index = self.index.get(name)
        if index is None or index == self.active_index:
            return False
        self.active_index = index
        return True

    def cycle(self, offset: int) -> bool:
        """Next (+1) or previous (-1) protagonist in party order, wrapping. False when alone."""
        if len(self.members) < 2:
            return False
        self.active_index = (self.active_index + offset) % len(self.members)
        return True

    def trail(self) -> list[Member]:
        """Follow order: the active one leads, then the others in party order after it."""
        n = len(self.members)
        return [self.members[(self.active_index + i) % n] for i in range(n)]
