"""The playthrough: what the game remembers across maps. The chapter begun last, who is
playing, and one record per map visited (the triggers that fired, where the characters
stood, the puzzle's state), kept when the player leaves a map and put back on return.

`World` is the map you are on plus its record; a save is this model as JSON (the save's
"playthrough" object), with the Ink state beside it. Everything here is plain data with a
strict reader: `read_playthrough` checks every value's type and range and never changes
anything; whether a record still fits its map is asked when the map is entered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from game.world.geometry import Cell, Direction
from game.world.jsonread import (
    MAX_TEXT,
    StateError,
    need_bool,
    need_cell,
    need_dict,
    need_facing,
    need_int,
    need_list,
    need_str,
)
from game.world.mapdata import MapData
from game.world.puzzle import state as puzzle_state
from game.world.puzzle.party import ORDER
from game.world.puzzle.spec import HINT_TIERS

MAX_TICK = 60 * 60 * 24 * 366 * 100
"""A hundred years of fixed steps: any bigger step count is not from a real game."""
MAX_OBJECT_ID = (1 << 31) - 1
MAX_MAPS = 1000
"""More map records than any game of ours has maps: not a save of ours."""
MAX_NPCS = 1000
MAX_HINTS = 1000
"""More puzzles than any game of ours has."""
HINT_TIERS_COUNT = len(HINT_TIERS)


@dataclass(frozen=True)
class NpcRecord:
    """Where a character (an NPC object of the map) was left, and how far along its stroll."""

    id: int
    cell: Cell
    facing: Direction
    target: int = 0
    forward: bool = True


@dataclass(frozen=True)
class MapRecord:
    """One map as the player left it."""

    fired: frozenset[int] = frozenset()
    """Once-only triggers that have fired, by object id."""
    npcs: tuple[NpcRecord, ...] = ()
    puzzle: puzzle_state.Snapshot | None = None
    """The puzzle's state (levers, junctions, gates, blocks...) on a map with a party."""


@dataclass
class Playthrough:
    """The whole game's state below the story: chapter, who is playing, map records."""

    protagonist: str = "mara"
    """Who plays the maps without a party of their own (on a party map: who is active)."""
    chapter: str = ""
    """The chapter the story began last (its `begin_chapter` name; "" before the first)."""
    records: dict[str, MapRecord] = field(default_factory=dict)
    """Every map visited, by name, as it was left (the current map's is in the World)."""
    tick: int = 0
    """Fixed steps played."""
    hints: dict[str, int] = field(default_factory=dict)
    """How far the player has asked Roe about each puzzle, by `hint_key`: 1 the nudge, 2 the
    clue, 3 the answer (a puzzle never asked about is not listed)."""
    learned: set[str] = field(default_factory=set)
    """The party controls the player has used at least once (`swap`, `follow`, `reset`): a
    lesson's prompt shows until then (game/scenes/lessons.py)."""

    def __post_init__(self) -> None:
        if self.protagonist not in ORDER:
            raise ValueError(f"no protagonist named {self.protagonist!r} (one of {', '.join(ORDER)})")


LESSONS = ("swap", "follow", "reset")
"""The party controls taught by doing, in the order they are taught."""


def hint_key(map_name: str, puzzle: str) -> str:
    """How `Playthrough.hints` names a puzzle: its map and its name (`chaos_chamber/ledgers`)."""
    return f"{map_name}/{puzzle}"


@dataclass(frozen=True)
class SavedPlaythrough:
    """A save's playthrough, read and checked: the model, the map the player is on and the
    triggers of that map whose story had not run yet when the save was made."""

    playthrough: Playthrough
    map: str
    pending: tuple[int, ...]


# -- to and from JSON ---------------------------------------------------------------------------
def record_to_json(record: MapRecord) -> dict[str, Any]:
    out: dict[str, Any] = {
        "fired": sorted(record.fired),
        "npcs": [
            {"id": n.id, "cell": list(n.cell), "facing": n.facing.value, "target": n.target, "forward": n.forward}
            for n in record.npcs
        ],
    }
    if record.puzzle is not None:
        out["puzzle"] = puzzle_state.to_json(record.puzzle)
    return out


def to_json(playthrough: Playthrough, current: str, here: MapRecord, pending: tuple[int, ...]) -> dict[str, Any]:
    """The save's "playthrough" object: the model with `here` as the record of `current`."""
    maps = {name: record_to_json(record) for name, record in sorted(playthrough.records.items())}
    maps[current] = record_to_json(here)
    return {
        "chapter": playthrough.chapter,
        "protagonist": playthrough.protagonist,
        "tick": playthrough.tick,
        "map": current,
        "pending": list(pending),
        "maps": maps,
        "hints": dict(sorted(playthrough.hints.items())),
        "learned": sorted(playthrough.learned),
    }


def read_record(raw: Any, where: str) -> MapRecord:
    data = need_dict(raw, where)
    fired = frozenset(
        need_int(item, f"{where}.fired[{n}]", 0, MAX_OBJECT_ID)
        for n, item in enumerate(need_list(data.get("fired", []), f"{where}.fired"))
    )
    npcs: list[NpcRecord] = []
    seen: set[int] = set()
    for n, item in enumerate(need_list(data.get("npcs", []), f"{where}.npcs", MAX_NPCS)):
        at = f"{where}.npcs[{n}]"
        npc = need_dict(item, at)
        npc_id = need_int(npc.get("id"), f"{at}.id", 0, MAX_OBJECT_ID)
        if npc_id in seen:
            raise StateError(f"{at}: character {npc_id} is listed twice")
        seen.add(npc_id)
        npcs.append(
            NpcRecord(
                npc_id,
                need_cell(npc.get("cell"), f"{at}.cell"),
                need_facing(npc.get("facing"), f"{at}.facing"),
                need_int(npc.get("target", 0), f"{at}.target", 0, MAX_OBJECT_ID),
                need_bool(npc.get("forward", True), f"{at}.forward"),
            )
        )
    puzzle = None
    if data.get("puzzle") is not None:
        puzzle = puzzle_state.from_json(data["puzzle"], f"{where}.puzzle")
    return MapRecord(fired, tuple(npcs), puzzle)


def read_playthrough(raw: Any, where: str = "playthrough") -> SavedPlaythrough:
    """Read and check a save's playthrough object. StateError names the first value that is
    wrong; nothing is changed. Whether each record fits its map is checked on entering it."""
    data = need_dict(raw, where)
    current = need_str(data.get("map"), f"{where}.map", max_len=MAX_TEXT)
    maps = need_dict(data.get("maps", {}), f"{where}.maps")
    if len(maps) > MAX_MAPS:
        raise StateError(f"{where}.maps has {len(maps)} maps; no game of ours has that many")
    records = {}
    for name, raw_record in maps.items():
        if not name or len(name) > MAX_TEXT:
            raise StateError(f"{where}.maps has a record without a proper map name")
        records[name] = read_record(raw_record, f"{where}.maps[{name!r}]")
    if current not in records:
        records[current] = MapRecord()
    pending = tuple(
        need_int(item, f"{where}.pending[{n}]", 0, MAX_OBJECT_ID)
        for n, item in enumerate(need_list(data.get("pending", []), f"{where}.pending", MAX_NPCS))
    )
    hints = need_dict(data.get("hints", {}), f"{where}.hints")
    if len(hints) > MAX_HINTS:
        raise StateError(f"{where}.hints has {len(hints)} puzzles; no game of ours has that many")
    for key in hints:
        if not key or len(key) > MAX_TEXT:
            raise StateError(f"{where}.hints has an entry without a proper puzzle name")
    playthrough = Playthrough(
        protagonist=need_str(data.get("protagonist"), f"{where}.protagonist", ORDER),
        chapter=need_str(data.get("chapter", ""), f"{where}.chapter", max_len=MAX_TEXT),
        records=records,
        tick=need_int(data.get("tick", 0), f"{where}.tick", 0, MAX_TICK),
        hints={key: need_int(tier, f"{where}.hints[{key!r}]", 1, HINT_TIERS_COUNT) for key, tier in hints.items()},
        learned={
            need_str(item, f"{where}.learned[{n}]", LESSONS)
            for n, item in enumerate(need_list(data.get("learned", []), f"{where}.learned", len(LESSONS)))
        },
    )
    return SavedPlaythrough(playthrough, current, pending)


def check_standing(cell: Cell, data: MapData) -> None:
    """Raise StateError unless the player can stand on `cell` of a map without a party
    (inside the map, not in a wall)."""
    if not data.in_bounds(cell):
        raise StateError(f"location.cell {list(cell)} lies outside {data.name} ({data.width} x {data.height} cells)")
    if data.is_blocked(cell):
        raise StateError(f"location.cell {list(cell)} is inside a wall of {data.name}")
