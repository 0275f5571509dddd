"""Every map opens in the real Tiled: tmxrasterizer (Debian's `tiled` package) renders it.

Without Tiled installed the test is skipped on a developer machine, but fails under CI
(where `.ci/run` installs it), so a missing tool never passes silently.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from game.content.validate import find_maps

from .conftest import FIXTURES, MAPS_DIR

MAPS = find_maps(str(MAPS_DIR)) + find_maps(str(FIXTURES / "maps"))


def rasterizer() -> str:
    tool = shutil.which("tmxrasterizer")
    if tool is None:
        if os.environ.get("CI"):
            pytest.fail("tmxrasterizer not found: CI must install Debian's 'tiled' package")
        pytest.skip("tmxrasterizer not installed (apt-get install tiled)")
    return tool


@pytest.mark.parametrize("path", MAPS, ids=[Path(p).stem for p in MAPS])
def test_map_opens_and_renders_in_tiled(path: str, tmp_path: Path) -> None:
    out = tmp_path / "map.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([rasterizer(), path, str(out)], capture_output=True, text=True, env=env, timeout=60)
    assert run.returncode == 0, run.stderr
    assert out.stat().st_size > 0


TILESETS = sorted((MAPS_DIR.parent / "assets" / "tilesets").glob("*.tsx"))


@pytest.mark.parametrize("path", TILESETS, ids=lambda p: p.stem)
def test_tileset_reads_in_tiled_with_its_terrain_sets(path: Path, tmp_path: Path) -> None:
    """Tiled re-exports each tileset, and its Wang sets (the terrain brush) survive."""
    import json
    import xml.etree.ElementTree as ET

    tiled = shutil.which("tiled")
    if tiled is None:
        rasterizer()  # fails under CI, skips elsewhere, with the same message
        pytest.skip("tiled not installed")
    out = tmp_path / "tileset.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([tiled, "--export-tileset", str(path), str(out)], capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    exported = json.loads(out.read_text(encoding="utf-8"))
    ours = ET.parse(path).getroot().findall("wangsets/wangset")
    assert [w["name"] for w in exported.get("wangsets", [])] == [w.get("name") for w in ours]
    assert exported["tilecount"] == int(ET.parse(path).getroot().get("tilecount", "0"))


def test_the_game_has_maps_to_check() -> None:
    assert len(find_maps(str(MAPS_DIR))) >= 3
