"""Names in a map's data that lead to files the game opens later: the music track, each
NPC's sprite sheet, and the maps doors and warps lead to.

The game opens these only when it plays the map (a missing track leaves it mute, a missing
sheet crashes it the moment the NPC appears), so the loader checks them when it reads the
map: each must be a plain name (see game/content/paths.py) of a file that exists, and a
sheet must be a PNG of a sheet's size.
"""

from __future__ import annotations

import os

from game.content.images import sheet_problem
from game.content.names import did_you_mean, stems
from game.content.paths import NameError_, name_problem, resolve
from game.content.problems import Problem, display_path
from game.world.mapdata import MapData

MUSIC_FOLDER = ("audio", "music")
MUSIC_SUFFIX = ".wav"
SPRITES_FOLDER = ("sprites",)
SHEET_SUFFIX = ".png"


def music_path(assets_dir: str, track: str) -> str:
    """The file of a music track (raises NameError_ for a name that is not plain)."""
    return resolve(os.path.join(assets_dir, *MUSIC_FOLDER), track, MUSIC_SUFFIX, "music track")


def sheet_path(assets_dir: str, character: str) -> str:
    """The file of a character's sprite sheet (raises NameError_ for a name that is not plain)."""
    return resolve(os.path.join(assets_dir, *SPRITES_FOLDER), character, SHEET_SUFFIX, "sprite sheet")


def reference_problems(path: str, data: MapData, music: object, assets_dir: str) -> list[Problem]:
    """Every name in the map that does not lead to a usable file."""
    problems: list[Problem] = []
    if music:
        try:
            track = music_path(assets_dir, str(music))
        except NameError_ as exc:
            problems.append(Problem(path, "map", f"property 'music': {exc}"))
        else:
            if not os.path.isfile(track):
                problems.append(
                    Problem(
                        path,
                        "map",
                        f"property 'music' names track '{music}', but {display_path(track)} is missing"
                        + did_you_mean(str(music), stems(os.path.dirname(track), MUSIC_SUFFIX)),
                    )
                )
    crowds = [obj for obj in data.objects if obj.kind == "crowd" and obj.properties.get("character")]
    for npc in [*data.npcs, *crowds]:
        character = str(npc.properties.get("character") or "")
        try:
            sheet = sheet_path(assets_dir, character)
        except NameError_ as exc:
            problems.append(Problem(path, npc.label, f"property 'character': {exc}"))
            continue
        if not os.path.isfile(sheet):
            problems.append(
                Problem(
                    path,
                    npc.label,
                    f"property 'character' names sprite sheet '{character}', but {display_path(sheet)} is missing"
                    + did_you_mean(character, stems(os.path.dirname(sheet), SHEET_SUFFIX)),
                )
            )
            continue
        problem = sheet_problem(sheet)
        if problem is not None:
            problems.append(Problem(path, npc.label, f"property 'character': {display_path(sheet)} {problem}"))
    for obj in data.objects:
        if obj.kind in ("door", "warp"):
            problem = name_problem(obj.properties.get("target_map"), "map", nested=True)
            if problem is not None:
                problems.append(Problem(path, obj.label, f"property 'target_map': {problem}"))
    return problems
