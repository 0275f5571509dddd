"""Checking maps as a set: each map on its own, then that every door and warp leads to an
existing map and spawn."""

from __future__ import annotations

import glob
import os
from collections.abc import Callable
from dataclasses import replace

from game.content.names import did_you_mean, stems
from game.content.paths import ASSETS_DIR, NameError_, resolve
from game.content.problems import ContentError, Problem, display_path
from game.content.tiled import JSON_SUFFIXES, SAVE_AS_TMX, is_json_map, load_map
from game.world.geometry import Cell, Direction
from game.world.mapdata import IMPASSABLE_TERRAIN, MapData
from game.world.paths import distances


def find_maps(maps_dir: str) -> list[str]:
    """Every .tmx under `maps_dir`, sorted, and every map saved as JSON there (`.tmj`, or a
    `.json` Tiled map), which the validator then reports: the game reads only TMX."""
    found = glob.glob(os.path.join(maps_dir, "**", "*.tmx"), recursive=True)
    for suffix in JSON_SUFFIXES:
        found += [p for p in glob.glob(os.path.join(maps_dir, "**", f"*{suffix}"), recursive=True) if is_json_map(p)]
    return sorted(found)


def target_path(map_path: str, target: str, maps_dir: str) -> str | None:
    """The file a door's `target_map` names, as the game finds it: a map beside the door's
    own map, else one under `maps_dir` (`samples/dream_mara`). Only plain names resolve;
    the loader reports any other."""
    for folder in (os.path.dirname(map_path), maps_dir):
        try:
            candidate = resolve(folder, target, ".tmx", "map", nested=True)
        except NameError_:
            return None
        if os.path.isfile(candidate):
            return candidate
    return None


def json_target(map_path: str, target: str, maps_dir: str) -> str | None:
    """The JSON map a door's `target_map` names when there is no TMX of that name."""
    for folder in (os.path.dirname(map_path), maps_dir):
        for suffix in JSON_SUFFIXES:
            try:
                candidate = resolve(folder, target, suffix, "map", nested=True)
            except NameError_:
                return None
            if os.path.isfile(candidate) and is_json_map(candidate):
                return display_path(candidate)
    return None


def validate(
    paths: list[str],
    maps_dir: str,
    extra: Callable[[str, MapData], list[Problem]] | None = None,
    *,
    assets_dir: str = ASSETS_DIR,
) -> list[Problem]:
    """All problems in `paths`; it never raises. A door's target map is looked up beside its
    own map first (as the game does), then under `maps_dir`. `extra` adds checks that need
    more than the maps (the Ink story). Maps may lead to files in their own folder,
    `maps_dir` and `assets_dir`."""
    problems: list[Problem] = []
    loaded: dict[str, MapData | None] = {}

    def load(path: str) -> MapData | None:
        key = os.path.abspath(path)
        if key not in loaded:
            loaded[key] = None
            try:
                loaded[key] = load_map(path, assets_dir=assets_dir, maps_dir=maps_dir).data
            except ContentError as exc:
                if path in paths:
                    problems.extend(exc.problems)
            except Exception as exc:  # a loader bug must not hide the other maps' problems
                if path in paths:
                    problems.append(
                        Problem(path, "map", f"the loader failed ({type(exc).__name__}: {exc}); please report")
                    )
        return loaded[key]

    def check(path: str, data: MapData) -> None:
        problems.extend(unreachable(path, data))
        if extra is not None:
            problems.extend(extra(path, data))
        for obj in data.objects:
            if obj.kind not in ("door", "warp"):
                continue
            target, spawn = str(obj.properties["target_map"]), str(obj.properties["target_spawn"])
            found = target_path(path, target, maps_dir)
            saved_as_json = None if found is not None else json_target(path, target, maps_dir)
            if saved_as_json is not None:
                problems.append(
                    Problem(path, obj.label, f"leads to map '{target}', saved as JSON ({saved_as_json}); {SAVE_AS_TMX}")
                )
                continue
            if found is None:
                near = [*stems(os.path.dirname(path), ".tmx"), *stems(maps_dir, ".tmx")]
                hint = did_you_mean(target, near)
                problems.append(
                    Problem(path, obj.label, f"leads to map '{target}', which does not exist in {maps_dir}{hint}")
                )
                continue
            target_data = load(found)
            if target_data is not None and spawn not in target_data.spawns:
                names = ", ".join(sorted(target_data.spawns)) or "none"
                problems.append(
                    Problem(
                        path,
                        obj.label,
                        f"leads to spawn '{spawn}', which map '{target}' does not have"
                        f"{did_you_mean(spawn, target_data.spawns) or f' (it has: {names})'}",
                    )
                )

    for path in paths:
        data = load(path)
        if data is None:
            continue
        try:
            check(path, data)
        except Exception as exc:  # the validator reports; it never stops with a traceback
            problems.append(Problem(path, "map", f"the validator failed ({type(exc).__name__}: {exc}); please report"))
    return problems


PUZZLE_SPOTS = ("lever", "junction", "plate", "zone")
"""Puzzle elements someone must get to (stand on, or face), checked on party maps."""


def walking_map(data: MapData) -> MapData:
    """The map as the reachability check walks it. On a party map the abilities open gaps
    (planks), vents (Lila), hidden walkways (the lens, the light) and gates (their inputs),
    so those count as floor; levers and junctions are walls that are used from next door."""
    if data.puzzle is None:
        return data
    gates = {cell for obj in data.objects if obj.kind == "gate" for cell in obj.cells}
    switches = {obj.cells[0] for obj in data.objects if obj.kind in ("lever", "junction") and obj.cells}
    terrain = {cell: marks - IMPASSABLE_TERRAIN for cell, marks in data.terrain.items()}
    return replace(data, solid=frozenset((data.solid - gates) | switches), terrain=terrain)


def unreachable(path: str, data: MapData) -> list[Problem]:
    """Spawns inside walls, and doors, warps and inspect spots (and on party maps levers,
    junctions, plates and zones) the player cannot get to from any of the map's spawns
    (reached means standing on or next to one of their cells)."""
    walk = walking_map(data)
    kinds = ("door", "warp", "inspect", *(PUZZLE_SPOTS if data.puzzle is not None else ()))
    reached: set[Cell] = set()
    for spawn in data.spawns.values():
        reached |= set(distances(walk, spawn.cell))
    problems = []
    for obj in data.objects:
        if obj.kind == "spawn" and data.is_blocked(obj.cells[0]):
            problems.append(Problem(path, obj.label, f"stands on a blocked cell {obj.cells[0]}"))
        if obj.kind not in kinds:
            continue
        if not any(cell in reached or any(d.step(cell) in reached for d in Direction) for cell in obj.cells):
            problems.append(Problem(path, obj.label, f"cannot be reached by walking from any spawn of '{data.name}'"))
    return problems
