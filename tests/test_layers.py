"""The layers of DESIGN 6 hold: each layer imports only from the layers below it (the
import-linter contracts in pyproject.toml), and the world runs without pygame."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"

LINT = (
    "import sys\n"
    "from importlinter.cli import lint_imports\n"
    "sys.exit(lint_imports(config_filename=sys.argv[1], no_cache=True, no_logo=True))\n"
)
"""Run in its own interpreter: lint_imports puts the working folder on sys.path and sets up
logging, which the test process should not inherit."""

IMPORT_THE_WORLD = """
import importlib, json, pkgutil, sys
import game.world
borders = ("pygame", "pytmx", "pyscroll")
modules = ["game.world"] + [m.name for m in pkgutil.walk_packages(game.world.__path__, "game.world.")]
first = {}
for name in modules:
    importlib.import_module(name)
    for border in borders:
        if border in sys.modules and border not in first:
            first[border] = name
print(json.dumps({"modules": modules, "first": first}))
"""
"""Imports every module under game/world in a fresh interpreter and says which one (if any)
first brought in pygame, pytmx or pyscroll."""


def run_python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )


def test_every_import_contract_in_pyproject_is_kept() -> None:
    result = run_python(LINT, str(PYPROJECT))
    assert result.returncode == 0, f"lint-imports found broken contracts:\n{result.stdout}\n{result.stderr}"
    assert "0 broken" in result.stdout


def test_every_module_of_the_game_package_is_in_a_layer() -> None:
    """A new top-level module or package must be given a place in DESIGN 6's layers, or the
    layers contract would not check it at all."""
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    layered = {
        name.strip()
        for contract in config["tool"]["importlinter"]["contracts"]
        if contract["type"] == "layers"
        for layer in contract["layers"]
        for name in re.split(r"[|:]", layer)
    }
    package = ROOT / "game"
    modules = {f"game.{path.stem}" for path in package.glob("*.py") if path.stem != "__init__"}
    modules |= {f"game.{path.parent.name}" for path in package.glob("*/__init__.py")}
    assert sorted(modules - layered) == []


def test_importing_every_world_module_loads_no_pygame_pytmx_or_pyscroll() -> None:
    result = run_python(IMPORT_THE_WORLD)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert "game.world.world" in found["modules"]
    assert found["first"] == {}, f"imported by (or through) these world modules: {found['first']}"
