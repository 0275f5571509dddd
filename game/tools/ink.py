"""Compiles the Ink story: `python -m game.tools.ink [--check] [--story-dir DIR]`.

Every top-level `assets/story/*.ink` (one no other file INCLUDEs) is compiled by inkjs's
`inkjs-compiler` (npm, run through npx) into `assets/story/<name>.json`, without the UTF-8
byte-order mark the compiler writes (bink rejects it). `manifest.json` records the sha256 of
each compiled file and of every .ink source that went into it, so `--check` (and the tests)
can tell without Node.js whether the committed JSON is current. Line endings are normalised
before hashing, so a Windows checkout is not "stale". Both modes also lint every tag in the
compiled story: its form (game/story/tags.py) and the names it uses against the game's
content (game/story/lint.py), printing `file.ink: knot 'name': message` and exiting 1, and
name every .ink in the folder that main.ink (the story the game plays) does not INCLUDE.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from game.content.problems import Problem
from game.story.catalogue import Catalogue, load_catalogue
from game.story.lint import left_out_problems, lint_story_file
from game.story.sources import MAIN, includes, sources_of

ROOT = Path(__file__).resolve().parents[2]
STORY_DIR = ROOT / "assets" / "story"
MANIFEST = "manifest.json"
COMPILER_PACKAGE = "inkjs@2.4.0"
COMPILER_COMMAND = ["npx", "--yes", "-p", COMPILER_PACKAGE, "inkjs-compiler"]
_BOM = "\ufeff"


def sha256(path: Path) -> str:
    """The file's sha256, with CRLF read as LF."""
    return hashlib.sha256(path.read_bytes().replace(b"\r\n", b"\n")).hexdigest()


def top_level(story_dir: Path) -> list[Path]:
    """The .ink files directly in `story_dir` that no other .ink file INCLUDEs."""
    every = sorted(story_dir.rglob("*.ink"))
    included = {path.resolve() for ink in every for path in includes(ink)}
    return [ink for ink in sorted(story_dir.glob("*.ink")) if ink.resolve() not in included]


def _relative(path: Path, story_dir: Path) -> str:
    return path.resolve().relative_to(story_dir.resolve()).as_posix()


def _display(path: Path) -> str:
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def read_manifest(story_dir: Path) -> dict[str, dict[str, object]]:
    """The `outputs` table of manifest.json ({} if it is missing or unreadable)."""
    try:
        data = json.loads((story_dir / MANIFEST).read_text(encoding="utf-8"))
        outputs = data["outputs"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    return outputs if isinstance(outputs, dict) else {}


def stale(story_dir: Path = STORY_DIR) -> list[str]:
    """One message per compiled file that is out of date with its sources (empty if current)."""
    manifest = read_manifest(story_dir)
    if not (story_dir / MANIFEST).exists():
        return [f"{_display(story_dir / MANIFEST)}: missing; run python -m game.tools.ink"]
    problems: list[str] = []
    expected = {main.with_suffix(".json").name: main for main in top_level(story_dir)}
    for name, main in expected.items():
        out = story_dir / name
        entry = manifest.get(name)
        if not isinstance(entry, dict):
            problems.append(f"{_display(out)}: never compiled from {_display(main)}")
            continue
        if not out.exists():
            problems.append(f"{_display(out)}: missing")
        elif entry.get("sha256") != sha256(out):
            problems.append(f"{_display(out)}: changed since it was compiled (edited by hand?)")
        sources = entry.get("sources")
        recorded = sources if isinstance(sources, dict) else {}
        current = {_relative(ink, story_dir): sha256(ink) for ink in sources_of(main)}
        changed = sorted(src for src in current.keys() | recorded.keys() if current.get(src) != recorded.get(src))
        for source in changed:
            why = "is new" if source not in recorded else "is gone" if source not in current else "changed"
            problems.append(f"{_display(out)}: stale, {_display(story_dir / source)} {why} since it was compiled")
    for name in sorted(manifest.keys() - expected.keys()):
        problems.append(f"{_display(story_dir / name)}: its source .ink is gone (remove it and its manifest entry)")
    return problems


def lint(compiled: Path, catalogue: Catalogue | None = None) -> list[Problem]:
    """Every problem with the tags of a compiled story: unknown or malformed tags, and names
    the game does not have (speakers, moods, sounds, colours, maps, spawns, knots, actors),
    each naming the .ink file and knot (see game/story/lint.py)."""
    return lint_story_file(compiled, catalogue or load_catalogue())


def compile_story(main: Path, story_dir: Path) -> dict[str, object]:
    """Compile one top-level .ink into <name>.json; returns its manifest entry."""
    out = story_dir / main.with_suffix(".json").name
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / out.name
        result = subprocess.run(
            [*COMPILER_COMMAND, str(main.resolve()), "-o", str(target)], capture_output=True, text=True, check=False
        )
        report = (result.stdout + result.stderr).strip()
        if result.returncode != 0 or not target.exists():
            raise RuntimeError(f"{_display(main)}: inkjs-compiler failed\n{report}")
        if report:
            print(report)
        text = target.read_text(encoding="utf-8")
    out.write_text(text.removeprefix(_BOM), encoding="utf-8", newline="\n")
    return {"sha256": sha256(out), "sources": {_relative(ink, story_dir): sha256(ink) for ink in sources_of(main)}}


def build(story_dir: Path) -> int:
    """Compile every top-level story and write the manifest; returns the exit status."""
    if shutil.which("npx") is None:
        print(
            "npx not found: compiling Ink needs Node.js and npm (https://nodejs.org).\n"
            "The game itself does not; `python -m game.tools.ink --check` needs neither.",
            file=sys.stderr,
        )
        return 1
    mains = top_level(story_dir)
    if not mains:
        print(f"{_display(story_dir)}: no .ink files", file=sys.stderr)
        return 1
    outputs: dict[str, object] = {}
    for main in mains:
        try:
            outputs[main.with_suffix(".json").name] = compile_story(main, story_dir)
        except RuntimeError as error:
            print(error, file=sys.stderr)
            return 1
        print(f"{_display(main)} -> {_display(story_dir / main.with_suffix('.json').name)}")
    manifest = {"compiler": COMPILER_PACKAGE, "outputs": outputs}
    (story_dir / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return _report_tags(story_dir, mains)


def check(story_dir: Path) -> int:
    """Exit status for `--check`: 1, naming each stale file, if any compiled story is out of
    date; else the tag lint's. A new .ink that main.ink does not INCLUDE is named with the
    INCLUDE to add (the lint of main.json names it); that it was never compiled on its own
    is left unsaid, since compiling it alone would not put it in the game."""
    left = left_out_problems(story_dir / MAIN)
    alone = {Path(problem.path).with_suffix(".json").name for problem in left}
    prefixes = tuple(f"{_display(story_dir / name)}:" for name in alone)
    problems = [problem for problem in stale(story_dir) if not problem.startswith(prefixes)]
    if problems:
        for problem in [*map(str, left), *problems]:
            print(problem, file=sys.stderr)
        print("run python -m game.tools.ink to rebuild", file=sys.stderr)
        return 1
    mains = [main for main in top_level(story_dir) if main.with_suffix(".json").name not in alone]
    status = _report_tags(story_dir, mains)
    if status == 0:
        print(f"{_display(story_dir)}: compiled Ink is current")
    return status


def _report_tags(story_dir: Path, mains: list[Path]) -> int:
    catalogue = load_catalogue()
    found = [p for main in mains for p in lint(story_dir / main.with_suffix(".json").name, catalogue)]
    problems = list(dict.fromkeys(found))  # content problems (a broken map) once, not per story
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s) in the story", file=sys.stderr)
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m game.tools.ink", description="Compile the Ink story.")
    parser.add_argument("--check", action="store_true", help="only check the compiled JSON is current (no Node.js)")
    parser.add_argument("--story-dir", type=Path, default=STORY_DIR, help="folder of .ink files (default: %(default)s)")
    args = parser.parse_args(argv)
    return check(args.story_dir) if args.check else build(args.story_dir)


if __name__ == "__main__":
    sys.exit(main())
