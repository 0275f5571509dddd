"""Shared test setup: SDL runs headless (dummy video and audio drivers) before pygame loads."""

from __future__ import annotations

import functools
import os
import random
from pathlib import Path
from typing import TYPE_CHECKING

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
os.environ["LULLABY_STRICT"] = "1"  # an unexpected error fails the test instead of showing the crash screen

import pytest  # noqa: E402

if TYPE_CHECKING:
    from game.world.mapdata import MapData

ROOT = Path(__file__).resolve().parent.parent
MAPS_DIR = ROOT / "maps"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def map_data(path: str | Path) -> MapData:
    """A map's data, loaded once per test process (read only: test modules list their cases
    from it when collected, and each would otherwise load every map again)."""
    return _map_data(os.path.realpath(path))


@functools.cache
def _map_data(real_path: str) -> MapData:
    from game.content.tiled import load_map  # after the SDL environment above

    return load_map(real_path).data


@functools.cache
def party_maps() -> tuple[str, ...]:
    """Every map under maps/ with a party (so perhaps puzzles), named relative to maps/
    without ".tmx", in the validator's order: what the puzzle tests cover, so none goes stale."""
    from game.content.validate import find_maps

    paths = find_maps(str(MAPS_DIR))
    return tuple(Path(path).relative_to(MAPS_DIR).with_suffix("").as_posix() for path in paths if map_data(path).puzzle)


@pytest.fixture
def rng() -> random.Random:
    return random.Random(1234)


@pytest.fixture
def display():
    """A dummy display mode, for tests that load images with convert()."""
    import pygame

    pygame.display.init()
    pygame.display.set_mode((320, 180))
    yield pygame.display.get_surface()
    pygame.display.quit()


class Ear:
    """Stands in for the mixer (game.audio.Audio) and remembers what the game asked it to
    play, so tests can check sounds without an audio device."""

    def __init__(self) -> None:
        self.heard: list[str] = []

    def play_sfx(self, name: str, loops: int = 0) -> None:
        self.heard.append(name)

    def stop_sfx(self, name: str, fade_ms: int = 0) -> None:
        self.heard.append(f"stop:{name}")

    def play_music(self, track: str, fade_ms: int = 0) -> None:
        self.heard.append(f"music:{track}")

    def stop_music(self, fade_ms: int = 0) -> None:
        self.heard.append("music:none")

    def set_volumes(self, music: float, sfx: float) -> None:
        self.heard.append(f"volumes:{music}:{sfx}")


def start_game(tmp_path: Path, *more: str):  # -> game.app.App (imported late: pygame after the env)
    """The real game, headless, with its settings and saves in `tmp_path`."""
    from game.app import App, parse_args

    options = ["--settings", str(tmp_path / "settings.json"), "--save-dir", str(tmp_path / "saves"), "--scale", "1"]
    return App(parse_args([*options, *more]))


def press_each(app, *actions) -> None:  # app: game.app.App, actions: game.input.Action
    """Press each action for one frame, as a player tapping keys."""
    for action in actions:
        app.inject({action}, set())
        app.frame(None)


@pytest.fixture
def quit_pygame():
    """Close pygame after the test (each App opens a window)."""
    yield
    import pygame

    pygame.quit()
