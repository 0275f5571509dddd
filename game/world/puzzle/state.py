"""A puzzle's whole changing state as one immutable, hashable value."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field, replace
from typing import Any

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


def to_json(snap: Snapshot) -> dict[str, Any]:
    """A snapshot as plain JSON values (for save files)."""
    return {
        "members": [[name, list(cell), facing.value] for name, cell, facing in snap.members],
        "active": snap.active,
        "lens_on": snap.lens_on,
        "following": snap.following,
        "levers": [[i, on] for i, on in snap.levers],
        "rotations": [[i, r] for i, r in snap.rotations],
        "gates": [[i, on] for i, on in snap.gates],
        "blocks": [[i, list(cell)] for i, cell in snap.blocks],
        "sketches": [
            {"id": s.id, "kind": s.kind, "cells": [list(c) for c in s.cells], "remaining_steps": s.remaining_steps}
            for s in snap.sketches
        ],
        "next_sketch": snap.next_sketch,
        "solved": snap.solved,
    }


def _cell(value: Any) -> Cell:
    x, y = value
    return int(x), int(y)


def from_json(data: dict[str, Any]) -> Snapshot:
    """The snapshot `to_json` wrote. Raises ValueError (or KeyError/TypeError, which callers
    treat the same) on anything malformed."""
    return Snapshot(
        members=tuple((str(n), _cell(c), Direction(str(f))) for n, c, f in data["members"]),
        active=str(data["active"]),
        lens_on=bool(data["lens_on"]),
        following=bool(data["following"]),
        levers=tuple((int(i), bool(on)) for i, on in data["levers"]),
        rotations=tuple((int(i), int(r)) for i, r in data["rotations"]),
        gates=tuple((int(i), bool(on)) for i, on in data["gates"]),
        blocks=tuple((int(i), _cell(c)) for i, c in data["blocks"]),
        sketches=tuple(
            Sketch(int(s["id"]), str(s["kind"]), tuple(_cell(c) for c in s["cells"]), int(s["remaining_steps"]))
            for s in data["sketches"]
        ),
        next_sketch=int(data["next_sketch"]),
        solved=bool(data["solved"]),
    )
