"""Starting the real game headless: it runs for a few hundred frames and draws a real image."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pygame

from .conftest import FIXTURES, ROOT


def run_game(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], Path]:
    shot = tmp_path / "shot.png"
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    settings = tmp_path / "settings.json"
    run = subprocess.run(
        [sys.executable, "-m", "game", "--screenshot", str(shot), "--settings", str(settings), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    return run, shot


def distinct_colours(path: Path) -> int:
    image = pygame.image.load(str(path))
    w, h = image.get_size()
    return len({tuple(image.get_at((x, y)))[:3] for x in range(0, w, 2) for y in range(0, h, 2)})


def test_the_game_runs_300_frames_and_the_screenshot_is_not_blank(tmp_path: Path) -> None:
    run, shot = run_game(tmp_path, "--frames", "300")
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    image = pygame.image.load(str(shot))
    assert image.get_size() == (320, 180)
    assert distinct_colours(shot) >= 12


def test_every_map_starts_from_the_command_line(tmp_path: Path) -> None:
    for name, spawn in (("mara_corridor", "from_flat"), ("vesper_street", "from_building")):
        run, shot = run_game(tmp_path, "--map", name, "--spawn", spawn, "--frames", "30", "--scale", "2")
        assert run.returncode == 0, run.stderr
        assert distinct_colours(shot) >= 12


def test_a_broken_map_shows_its_problem_on_screen_instead_of_crashing(tmp_path: Path) -> None:
    run, shot = run_game(tmp_path, "--map", str(FIXTURES / "broken" / "unknown_type.tmx"), "--frames", "60")
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    assert distinct_colours(shot) >= 3  # the error panel and its text


def test_bad_command_line_options_get_a_usage_message(tmp_path: Path) -> None:
    run, _ = run_game(tmp_path, "--scale", "0")
    assert run.returncode == 2 and "--scale must be between 1 and 8" in run.stderr
