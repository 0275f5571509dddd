"""Checks maps: `python -m game.tools.validate [MAP ...]` (default: every map under maps/).

Prints each problem as `path: object id (name): message` and exits 1 if there are any.
"""

from __future__ import annotations

import argparse
import os
import sys

from game.content.problems import display_path
from game.content.validate import find_maps, validate
from game.tools.tiled_project import MAPS_DIR


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m game.tools.validate", description="Check Tiled maps.")
    parser.add_argument("maps", nargs="*", help="map files or names (default: every .tmx under maps/)")
    parser.add_argument("--maps-dir", default=MAPS_DIR, help="where door targets are looked up")
    args = parser.parse_args(argv)
    paths = [_resolve(m, args.maps_dir) for m in args.maps] or find_maps(args.maps_dir)
    if not paths:
        print(f"{display_path(args.maps_dir)}: no maps found", file=sys.stderr)
        return 1
    problems = validate(paths, args.maps_dir)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in {len(paths)} map(s)", file=sys.stderr)
        return 1
    print(f"{len(paths)} map(s) OK")
    return 0


def _resolve(name: str, maps_dir: str) -> str:
    if os.path.exists(name):
        return name
    candidate = os.path.join(maps_dir, f"{name}.tmx")
    return candidate if os.path.exists(candidate) else name


if __name__ == "__main__":
    sys.exit(main())
