"""Checks maps: `python -m game.tools.validate [MAP ...]` (default: every map under maps/).

Prints each problem as `path: object id (name): message` and exits 1 if there are any.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable

from game.content.problems import Problem, display_path
from game.content.validate import find_maps, validate
from game.story.bridge import story_problems
from game.story.runtime import Story, StoryError
from game.tools.tiled_project import MAPS_DIR
from game.world.mapdata import MapData

STORY_FILE = os.path.join(os.path.dirname(MAPS_DIR), "assets", "story", "main.json")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m game.tools.validate", description="Check Tiled maps.")
    parser.add_argument("maps", nargs="*", help="map files or names (default: every .tmx under maps/)")
    parser.add_argument("--maps-dir", default=MAPS_DIR, help="where door targets are looked up")
    parser.add_argument("--story", default=STORY_FILE, help="compiled Ink story that knots and conditions name")
    args = parser.parse_args(argv)
    paths = [_resolve(m, args.maps_dir) for m in args.maps] or find_maps(args.maps_dir)
    if not paths:
        print(f"{display_path(args.maps_dir)}: no maps found", file=sys.stderr)
        return 1
    problems = validate(paths, args.maps_dir, extra=_story_checks(args.story))
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in {len(paths)} map(s)", file=sys.stderr)
        return 1
    print(f"{len(paths)} map(s) OK")
    return 0


def _story_checks(story_file: str) -> Callable[[str, MapData], list[Problem]]:
    try:
        story = Story.load(story_file)
    except StoryError as exc:
        message = str(exc)
        return lambda path, data: [Problem(story_file, "story", message)] if _uses_story(data) else []
    return lambda path, data: story_problems(path, data, story)


def _uses_story(data: MapData) -> bool:
    return any(o.properties.get(p) for o in data.objects for p in ("knot", "locked_knot", "condition"))


def _resolve(name: str, maps_dir: str) -> str:
    if os.path.exists(name):
        return name
    candidate = os.path.join(maps_dir, f"{name}.tmx")
    return candidate if os.path.exists(candidate) else name


if __name__ == "__main__":
    sys.exit(main())
