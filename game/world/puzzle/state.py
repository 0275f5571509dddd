"""A puzzle's whole changing state as one immutable, hashable value."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field, replace

from game.world.geometry import Cell, Direction
from game.world.puzzle.abilities import Sketch


@dataclass(frozen=True)
class Snapshot:
    """Everything that changes while a puzzle is played. Walking actors are recorded on the
    cell they have claimed, at rest. Signals are not stored: they follow from the rest."""

    members: tuple[tuple[str, Cell, Direction], ...]
    active: str
    lens_on: bool
    following: bool
    levers: tuple[tuple[int, bool], ...]
    rotations: tuple[tuple[int, int], ...]
    gates: tuple[tuple[int, bool], ...]
    blocks: tuple[tuple[int, Cell], ...]
    sketches: tuple[Sketch, ...]
    next_sketch: int
    solved: bool
    signals: tuple[tuple[int, bool], ...] = field(default=(), compare=False)
    """The signals as last evaluated: derived from the rest, kept so a restore needs no
    evaluation and reports no change."""

    def without_control(self) -> Snapshot:
        """The state minus the player's choices (who is active, follow mode), which a reset
        leaves alone."""
        return replace(self, active="", following=False)

    def key(self) -> Hashable:
        """The state the solver tells apart. Facings, sketch ids and who is active never
        change what can happen next (every solver action says who acts and which way she
        faces, and a swap takes no time), so they are left out."""
        return (
            tuple(cell for _, cell, _ in self.members),
            self.lens_on,
            self.levers,
            self.rotations,
            self.gates,
            self.blocks,
            tuple(sorted((s.kind, s.cells, s.remaining_steps) for s in self.sketches)),
            self.solved,
        )
