"""Checking maps as a set: each map on its own, then that every door and warp leads to an
existing map and spawn."""

from __future__ import annotations

import glob
import os
from collections.abc import Callable
from dataclasses import replace

from game.content.problems import ContentError, Problem
from game.content.tiled import load_map, map_name
from game.world.geometry import Cell, Direction
from game.world.mapdata import IMPASSABLE_TERRAIN, MapData
from game.world.paths import distances


def find_maps(maps_dir: str) -> list[str]:
    """Every .tmx under `maps_dir`, sorted."""
    return sorted(glob.glob(os.path.join(maps_dir, "**", "*.tmx"), recursive=True))


def validate(
    paths: list[str], maps_dir: str, extra: Callable[[str, MapData], list[Problem]] | None = None
) -> list[Problem]:
    """All problems in `paths`. A door's target map is looked up beside its own map first
    (as the game does), then among the maps in `maps_dir`. `extra` adds checks that need
    more than the maps (the Ink story)."""
    problems: list[Problem] = []
    loaded: dict[str, MapData | None] = {}

    def load(path: str) -> MapData | None:
        key = os.path.abspath(path)
        if key not in loaded:
            try:
                loaded[key] = load_map(path).data
            except ContentError as exc:
                loaded[key] = None
                if path in paths:
                    problems.extend(exc.problems)
        return loaded[key]

    known = {map_name(p): p for p in find_maps(maps_dir)}
    for path in paths:
        data = load(path)
        if data is None:
            continue
        problems.extend(unreachable(path, data))
        if extra is not None:
            problems.extend(extra(path, data))
        for obj in data.objects:
            if obj.kind not in ("door", "warp"):
                continue
            target, spawn = str(obj.properties["target_map"]), str(obj.properties["target_spawn"])
            sibling = os.path.join(os.path.dirname(path), f"{target}.tmx")
            target_path = sibling if os.path.isfile(sibling) else known.get(target)
            if target_path is None:
                problems.append(
                    Problem(path, obj.label, f"leads to map '{target}', which does not exist in {maps_dir}")
                )
                continue
            target_data = load(target_path)
            if target_data is not None and spawn not in target_data.spawns:
                names = ", ".join(sorted(target_data.spawns)) or "none"
                problems.append(
                    Problem(
                        path,
                        obj.label,
                        f"leads to spawn '{spawn}', which map '{target}' does not have (it has: {names})",
                    )
                )
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
