"""The project's promises to a newcomer: the README's two commands, and CI running the same
test command."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib

from .conftest import ROOT


def quick_start_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return [line.strip() for line in section.splitlines() if line.startswith("    ")]


def test_the_quick_start_has_exactly_two_one_line_commands() -> None:
    commands = quick_start_commands()
    assert len(commands) == 2
    assert commands[0].endswith("lullaby") and "pytest" in commands[1]


def test_ci_runs_the_readmes_test_command_word_for_word() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert quick_start_commands()[1] in ci.splitlines()


def test_ci_installs_tiled_for_the_map_test() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"missing\+=\(tiled\)", ci) and "apt-get install" in ci


def test_the_console_script_starts_the_game() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"]["lullaby"] == "game.app:main"
    names = {dep.split(">")[0].split("=")[0].split("<")[0] for dep in project["project"]["dependencies"]}
    assert {"pygame-ce", "pytmx", "pyscroll"} <= names
    assert "pygame" not in names  # never both pygame and pygame-ce: same import name


def test_the_whole_game_type_checks_strictly() -> None:
    run = subprocess.run([sys.executable, "-m", "mypy"], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stdout


def test_the_code_passes_ruff() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "game", "tests"], capture_output=True, text=True, cwd=ROOT
    )
    assert run.returncode == 0, run.stdout
