"""Upgrading a save written by an older version of the game, one version at a time.

A save document of version N is turned into version N+1 by `STEPS[N]` (the shape changes),
again and again until it is of the version this game writes (game.save.SAVE_VERSION).
Then the names that changed between those versions are put right: `RENAMES[N]` lists the
maps and Ink variables renamed between version N and N+1, and a save of version N has
all the renames from N onwards applied, in order.

Everything here works on the plain parsed JSON and never on files; a document that cannot
be upgraded raises ValueError saying which value is wrong, and the slot reads as damaged.
Each past version has a kept sample save in tests/fixtures/saves/v<N>/ that must load.

To change the save format: raise SAVE_VERSION, add the step from the old version here (with
its docstring saying what changed), add an empty `Renames()` for it, and keep a sample save
of the old version (see tests/test_save_upgrade.py). To rename a map or an Ink variable a
save may hold: raise SAVE_VERSION with `only_renamed` as the step and the names in RENAMES.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any


@dataclass(frozen=True)
class Renames:
    """Names that changed between one save version and the next."""

    maps: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Old map name -> new map name."""
    variables: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Old Ink variable name -> new one (renamed in the saved story state)."""


V1_CHAPTERS: Mapping[str, str] = MappingProxyType(
    {
        "mara_flat": "mara_day",
        "mara_corridor": "mara_day",
        "vesper_street": "mara_day",
        "halcyon_office": "mara_day",
        "dream_mara_1": "mara_dream",
        "dream_mara_2": "mara_dream",
        "civic_hall": "showcase",
        "chaos_chamber": "merge",
    }
)
"""The chapter a version 1 save was in, by the map it stood on: version 1 did not record
the chapter, and every map of that version belonged to one."""


def _object(value: Any, where: str) -> dict[str, Any]:
    if type(value) is not dict:
        raise ValueError(f"{where} should be an object")
    return value


def _list(value: Any, where: str) -> list[Any]:
    if type(value) is not list:
        raise ValueError(f"{where} should be a list")
    return value


def _name(value: Any, where: str) -> str:
    if type(value) is not str or not value:
        raise ValueError(f"{where} should be a map name")
    return value


def _v1_to_v2(document: dict[str, Any]) -> dict[str, Any]:
    """Version 2 keeps a record of every map visited and says who is playing: the save's
    "world" (triggers fired on any map as [map, id] pairs, the step count, the arrival
    story still to run and the puzzle of the map stood on) becomes "playthrough", with the
    triggers and the puzzle filed under their maps. Version 1 was all Mara's and did not
    record the chapter, so the chapter is the one its map belongs to."""
    world = _object(document.get("world"), "world")
    here = _name(_object(document.get("location"), "location").get("map"), "location.map")
    maps: dict[str, dict[str, Any]] = {here: {"fired": [], "npcs": []}}
    for n, pair in enumerate(_list(world.get("fired", []), "world.fired")):
        if type(pair) is not list or len(pair) != 2:
            raise ValueError(f"world.fired[{n}] should be [map name, trigger id]")
        record = maps.setdefault(_name(pair[0], f"world.fired[{n}][0]"), {"fired": [], "npcs": []})
        record["fired"].append(pair[1])
    puzzle = world.get("puzzle")
    if puzzle is not None:
        snapshot = dict(_object(puzzle, "world.puzzle"))
        owner = _name(snapshot.pop("map", None), "world.puzzle.map")
        maps.setdefault(owner, {"fired": [], "npcs": []})["puzzle"] = snapshot
    upgraded = {key: value for key, value in document.items() if key != "world"}
    upgraded["version"] = 2
    upgraded["playthrough"] = {
        "chapter": V1_CHAPTERS.get(here, ""),
        "protagonist": "mara",
        "tick": world.get("tick", 0),
        "map": here,
        "pending": world.get("pending", []),
        "maps": maps,
    }
    return upgraded


def only_renamed(document: dict[str, Any]) -> dict[str, Any]:
    """The step of a version that only renamed maps or Ink variables (its RENAMES entry
    says which): the shape stays, the version goes up by one."""
    return {**document, "version": document["version"] + 1}


STEPS: Mapping[int, Callable[[dict[str, Any]], dict[str, Any]]] = MappingProxyType({1: _v1_to_v2})
"""The step from each past version to the next."""

RENAMES: Mapping[int, Renames] = MappingProxyType({1: Renames()})
"""Maps and Ink variables renamed between each past version and the next (none so far)."""


def upgrade(document: dict[str, Any], version: int, current: int) -> dict[str, Any]:
    """`document` (a save of `version`) as a save of `current`: a new document, the one
    given is not changed. ValueError says what could not be upgraded."""
    for step in range(version, current):
        if step not in STEPS or step not in RENAMES:
            raise ValueError(f"this game cannot upgrade a save of version {step}")
    upgraded = document
    for step in range(version, current):
        upgraded = STEPS[step](upgraded)
    for step in range(version, current):
        upgraded = rename(upgraded, RENAMES[step])
    return upgraded


def rename(document: dict[str, Any], renames: Renames) -> dict[str, Any]:
    """A save of the current version with `renames` applied: the map stood on, every map
    record, and the Ink variables in the saved story state."""
    if not renames.maps and not renames.variables:
        return document
    out = dict(document)

    def new_map(name: Any) -> Any:
        return renames.maps.get(name, name) if type(name) is str else name

    if renames.maps:
        location = dict(_object(out.get("location"), "location"))
        location["map"] = new_map(location.get("map"))
        out["location"] = location
        playthrough = dict(_object(out.get("playthrough"), "playthrough"))
        playthrough["map"] = new_map(playthrough.get("map"))
        maps = _object(playthrough.get("maps", {}), "playthrough.maps")
        playthrough["maps"] = {new_map(name): record for name, record in maps.items()}
        out["playthrough"] = playthrough
    if renames.variables:
        out["ink_state"] = rename_variables(out.get("ink_state"), renames.variables)
    return out


def rename_variables(ink_state: Any, renames: Mapping[str, str]) -> str:
    """The saved story state (Ink's JSON, as text) with its global variables renamed."""
    if type(ink_state) is not str:
        raise ValueError("ink_state should be text")
    try:
        state = json.loads(ink_state)
    except (ValueError, RecursionError):
        raise ValueError("ink_state is not valid JSON") from None
    variables = _object(_object(state, "ink_state").get("variablesState", {}), "ink_state.variablesState")
    state["variablesState"] = {renames.get(name, name): value for name, value in variables.items()}
    return json.dumps(state, separators=(",", ":"))
