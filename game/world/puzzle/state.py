"""A puzzle's whole changing state as one immutable, hashable value."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from game.world.geometry import Cell, Direction
from game.world.jsonread import (
    StateError,
    need,
    need_bool,
    need_cell,
    need_dict,
    need_facing,
    need_int,
    need_list,
    need_str,
)
from game.world.puzzle.abilities import CRATE, PLANK, PLANK_MAX_TILES, SKETCH_LIMIT, Sketch, drawn
from game.world.puzzle.party import ORDER

_V = TypeVar("_V")


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
        faces, and a swap takes no time), so they are left out. Element ids are left out
        too: a puzzle's elements are fixed, so their values in id order say it all (the
        solver reads the same key from a live puzzle, `solver.state_key`)."""
        sketches = self.sketches
        return (
            tuple([cell for _, cell, _ in self.members]),
            self.lens_on,
            tuple([on for _, on in self.levers]),
            tuple([rotation for _, rotation in self.rotations]),
            tuple([is_open for _, is_open in self.gates]),
            tuple([cell for _, cell in self.blocks]),
            tuple(sorted([(s.kind, s.cells, s.remaining_steps) for s in sketches])) if sketches else (),
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


MAX_ID = (1 << 31) - 1
MAX_MEMORIES = 64
"""At most this many memories (pre-placed sketches) in one saved puzzle state."""


def need_nonzero(value: int, where: str) -> int:
    if value == 0:
        raise StateError(f"{where} should not be 0")
    return value


MAX_STEPS = 1 << 31


def from_json(data: Any, where: str = "puzzle") -> Snapshot:
    """The snapshot `to_json` wrote. Every value is checked for its exact type and range;
    StateError names the first that is wrong (`puzzle.members[1].cell`). Whether the
    snapshot fits a particular map is the puzzle's question (`Puzzle.restore`)."""
    raw = need_dict(data, where)

    def pairs(key: str, read: Callable[[Any, str], _V]) -> tuple[tuple[int, _V], ...]:
        out: list[tuple[int, _V]] = []
        seen: set[int] = set()
        for n, item in enumerate(need_list(need(raw, key, where), f"{where}.{key}")):
            at = f"{where}.{key}[{n}]"
            pair = need_list(item, at, 2)
            if len(pair) != 2:
                raise StateError(f"{at} should be [element id, value]")
            element = need_int(pair[0], f"{at}[0]", 0, MAX_ID)
            if element in seen:
                raise StateError(f"{at}: element {element} is listed twice")
            seen.add(element)
            out.append((element, read(pair[1], f"{at}[1]")))
        return tuple(sorted(out))

    members: list[tuple[str, Cell, Direction]] = []
    for n, item in enumerate(need_list(need(raw, "members", where), f"{where}.members", len(ORDER))):
        at = f"{where}.members[{n}]"
        entry = need_list(item, at, 3)
        if len(entry) != 3:
            raise StateError(f"{at} should be [name, cell, facing]")
        members.append(
            (need_str(entry[0], f"{at}[0]", ORDER), need_cell(entry[1], f"{at}[1]"), need_facing(entry[2], f"{at}[2]"))
        )
    sketches: list[Sketch] = []
    # Jonas's sketches (ids from 1) and the map's memories (ids -1 and down; the puzzle checks
    # each is one of its own)
    for n, item in enumerate(need_list(need(raw, "sketches", where), f"{where}.sketches", SKETCH_LIMIT + MAX_MEMORIES)):
        at = f"{where}.sketches[{n}]"
        sketch = need_dict(item, at)
        cells = need_list(need(sketch, "cells", at), f"{at}.cells", PLANK_MAX_TILES)
        sketches.append(
            Sketch(
                need_nonzero(need_int(need(sketch, "id", at), f"{at}.id", -MAX_ID, MAX_ID), f"{at}.id"),
                need_str(need(sketch, "kind", at), f"{at}.kind", (PLANK, CRATE)),
                tuple(need_cell(c, f"{at}.cells[{i}]") for i, c in enumerate(cells)),
                need_int(need(sketch, "remaining_steps", at), f"{at}.remaining_steps", 0, MAX_STEPS),
            )
        )
    if (count := drawn(sketches)) > SKETCH_LIMIT:
        raise StateError(f"{where}.sketches has {count} of Jonas's sketches; at most {SKETCH_LIMIT}")
    return Snapshot(
        members=tuple(members),
        active=need_str(need(raw, "active", where), f"{where}.active", ("", *ORDER)),
        lens_on=need_bool(need(raw, "lens_on", where), f"{where}.lens_on"),
        following=need_bool(need(raw, "following", where), f"{where}.following"),
        levers=pairs("levers", need_bool),
        rotations=pairs("rotations", lambda v, at: need_int(v, at, 0, MAX_ID)),
        gates=pairs("gates", need_bool),
        blocks=pairs("blocks", need_cell),
        sketches=tuple(sketches),
        next_sketch=need_int(need(raw, "next_sketch", where), f"{where}.next_sketch", 1, MAX_ID),
        solved=need_bool(need(raw, "solved", where), f"{where}.solved"),
    )
