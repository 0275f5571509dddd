"""Checks maps: `python -m game.tools.validate [MAP ...]` (default: every map under maps/).

Prints each problem as `path: object id (name): message` and exits 1 if there are any.
The Ink story is checked too, once: every knot and condition a map names exists in it, and
every tag it acts on names things the game has (`file.ink: knot 'name': message`, see
game/story/lint.py). Per map, the `move:` and `place:` directions in the knots its objects
start name an actor and a target on that map, and every `move:` has a way to walk there
(`path: object id (name): message`, see game/story/cutscene_checks.py).

With `--solve`, every puzzle of the maps that validated is then searched by the solver
with the protagonists it is meant for (its `party` property, else the map's), using only
what their keys can do (game/world/puzzle/proof.py), and reported in one line:

    maps/chaos_chamber.tmx: object 13 (ledgers): solved in 24 moves by mara and lila
    (2160 states searched); needs mara and lila; no dead ends

A puzzle with no solution, one where the search gave up (`--max-states`; never reported as
"no solution"), one solved before anyone moves, one with dead ends (states only a reset
gets out of), one whose plan fails when played in real time, or one that does not need
someone its `party` names is a problem, and the exit status is 1.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from game.content.names import did_you_mean
from game.content.problems import ContentError, Problem, display_path
from game.content.tiled import load_map
from game.content.validate import find_maps, validate
from game.story.bridge import knot_problem, story_problems
from game.story.catalogue import load_catalogue
from game.story.chapters import CHAPTERS_FILE, Begins, ChaptersError, load_chapters, step_problems
from game.story.cutscene_checks import cutscene_problems
from game.story.lint import lint_story
from game.story.runtime import Story, StoryError
from game.tools.tiled_project import MAPS_DIR
from game.world.mapdata import MapData
from game.world.puzzle.proof import prove_map
from game.world.puzzle.solver import DEFAULT_MAX_STATES

GAME_ROOT = os.path.dirname(MAPS_DIR)
STORY_FILE = os.path.join(GAME_ROOT, "assets", "story", "main.json")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m game.tools.validate", description="Check Tiled maps.")
    parser.add_argument("maps", nargs="*", help="map files or names (default: every .tmx under maps/)")
    parser.add_argument("--maps-dir", default=MAPS_DIR, help="where door targets are looked up")
    parser.add_argument("--story", default=STORY_FILE, help="compiled Ink story that knots and conditions name")
    parser.add_argument("--solve", action="store_true", help="also run the solver on every puzzle of the maps")
    parser.add_argument(
        "--max-states",
        type=int,
        default=DEFAULT_MAX_STATES,
        help=f"with --solve: states searched per puzzle before giving up (default {DEFAULT_MAX_STATES})",
    )
    args = parser.parse_args(argv)
    if args.max_states < 1:
        parser.error("--max-states must be 1 or more")
    paths = [_resolve(m, args.maps_dir) for m in args.maps] or find_maps(args.maps_dir)
    if not paths:
        print(f"{display_path(args.maps_dir)}: no maps found", file=sys.stderr)
        return 1
    checker = StoryChecks(args.story)
    problems = validate(paths, args.maps_dir, extra=checker)
    problems += checker.story_problems(validated=paths)
    for problem in problems:
        print(problem)
    proved = 0
    if args.solve:
        broken = {os.path.realpath(p.path) for p in problems}
        solvable = [path for path in paths if os.path.realpath(path) not in broken]
        found, proved = solve_maps(solvable, checker.seen, args.max_states)
        problems += found
    if problems:
        print(f"{len(problems)} problem(s) in {len(paths)} map(s) and the story", file=sys.stderr)
        return 1
    print(f"{len(paths)} map(s) OK" + (f", {proved} puzzle(s) proved solvable" if args.solve else ""))
    return 0


def solve_maps(
    paths: list[str], loaded: dict[str, MapData], max_states: int, out: Callable[[str], None] = print
) -> tuple[list[Problem], int]:
    """Prove every puzzle on `paths` (maps that validated; `loaded` holds their data by real
    path), printing one line per puzzle and each problem after it. The problems, and how
    many puzzles were proved solvable without any."""
    problems: list[Problem] = []
    proved = 0
    for path in paths:
        data = loaded.get(os.path.realpath(path)) or load_map(path).data
        for proof in prove_map(data, max_states):
            label = proof.section.label
            out(f"{display_path(path)}: {label}: {proof.summary()}")
            found = [Problem(path, label, message) for message in proof.problems()]
            for problem in found:
                if problem.message != proof.verdict:  # the line above already says it
                    out(str(problem))
            problems += found
            proved += not found
    return problems, proved


class StoryChecks:
    """The story's side of validation: per map (its knots and conditions exist in the
    story, and the walks those knots script can be walked there), then once for the story
    itself (its tags name things the game has)."""

    def __init__(self, story_file: str) -> None:
        self.story_file = story_file
        self.seen: dict[str, MapData] = {}
        """Maps the validator loaded, reused for the story's catalogue of maps."""
        self.story: Story | None = None
        self.load_problem: Problem | None = None
        try:
            self.story = Story.load(story_file)
        except StoryError as error:
            self.load_problem = Problem(error.path or story_file, "story", str(error))

    def __call__(self, path: str, data: MapData) -> list[Problem]:
        self.seen[os.path.realpath(path)] = data
        if self.story is None:
            return []
        return story_problems(path, data, self.story) + cutscene_problems(path, data, self.story.root)

    def story_problems(self, validated: list[str]) -> list[Problem]:
        """The story's own problems: it does not load, or its tags (a map that does not load
        is left out when the validator has just reported it)."""
        if self.story is None:
            return [self.load_problem] if self.load_problem is not None else []
        catalogue = load_catalogue(Path(GAME_ROOT), load=self._load)
        reported = {os.path.realpath(path) for path in validated}
        problems = lint_story(self.story.root, catalogue, self.story_file, self.story.knot_sources)
        problems += self.chapter_problems()
        return [p for p in problems if not (p.where == "map" and os.path.realpath(p.path) in reported)]

    def chapter_problems(self) -> list[Problem]:
        """The chapter table's steps name the story's variables, its `begins` a map, spawn and
        knot, its `card` a knot (the game's own story only)."""
        if self.story is None or os.path.realpath(self.story_file) != os.path.realpath(STORY_FILE):
            return []
        try:
            chapters = load_chapters()
        except ChaptersError as error:
            return [Problem(str(CHAPTERS_FILE), "chapters", str(error))]
        problems = step_problems(chapters, self.story.variables())
        for chapter in chapters.values():
            if chapter.begins is not None:
                problems += self._begins_problems(chapter.name, chapter.begins)
            wrong = knot_problem(self.story, chapter.card) if chapter.card else None
            if wrong is not None:
                problems.append(Problem(str(CHAPTERS_FILE), f"chapter '{chapter.name}' card", wrong))
        return problems

    def _begins_problems(self, name: str, begins: Begins) -> list[Problem]:
        """A chapter's `begins` names a map with that spawn, and a knot the story has."""
        where = f"chapter '{name}' begins"
        path = os.path.join(MAPS_DIR, f"{begins.map}.tmx")
        if not os.path.isfile(path):
            return [Problem(str(CHAPTERS_FILE), where, f"on map '{begins.map}', but there is no {display_path(path)}")]
        try:
            data = self._load(path)
        except ContentError:
            return []  # the map's own problems are reported with it
        found: list[Problem] = []
        if begins.spawn not in data.spawns:
            hint = did_you_mean(begins.spawn, data.spawns)
            found.append(
                Problem(str(CHAPTERS_FILE), where, f"at spawn '{begins.spawn}', which {begins.map} lacks{hint}")
            )
        wrong = knot_problem(self.story, begins.knot) if begins.knot and self.story is not None else None
        if wrong is not None:
            found.append(Problem(str(CHAPTERS_FILE), where, f"with {wrong}"))
        return found

    def _load(self, path: str) -> MapData:
        """A map the validator has already loaded, or loaded now and kept for the next ask
        (the catalogue and each chapter's `begins` ask for maps the command line did not name)."""
        real = os.path.realpath(path)
        data = self.seen.get(real)
        if data is None:
            data = self.seen[real] = load_map(path).data
        return data


def _resolve(name: str, maps_dir: str) -> str:
    if os.path.exists(name):
        return name
    candidate = os.path.join(maps_dir, f"{name}.tmx")
    return candidate if os.path.exists(candidate) else name


if __name__ == "__main__":
    sys.exit(main())
