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


def test_the_game_has_maps_to_check() -> None:
    assert len(find_maps(str(MAPS_DIR))) >= 3
