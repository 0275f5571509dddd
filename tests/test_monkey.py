"""A seeded monkey: 20,000 frames of random presses and held directions across the title,
the menus and every map of the game, through the real game loop. Nothing may raise, and
from wherever the monkey ends up a player can always get back to walking or to the title
(no dialogue, card, menu or puzzle the player cannot leave)."""

from __future__ import annotations

import random
from pathlib import Path

import pygame
import pytest

from game.app import App, parse_args
from game.content.tiled import load_map
from game.input import DIRECTIONS, Action
from game.scenes.card import CardScene
from game.scenes.dialogue import DialogueScene
from game.scenes.explore import ExploreScene
from game.scenes.menus import TitleScreen
from game.scenes.overlays import Fade

MAPS_DIR = Path(__file__).resolve().parents[1] / "maps"


def _game_maps() -> tuple[tuple[str, str], ...]:
    """Every map of the game (maps/*.tmx, not the samples) and a spawn to start on: `start`,
    else `arrive`, else its first; so a new map is covered without editing this test."""
    found: list[tuple[str, str]] = []
    for path in sorted(MAPS_DIR.glob("*.tmx")):
        spawns = list(load_map(str(path)).data.spawns)
        spawn = next((s for s in ("start", "arrive") if s in spawns), spawns[0])
        found.append((path.stem, spawn))
    return tuple(found)


GAME_MAPS = _game_maps()
TOTAL_FRAMES = 20_000
TITLE_FRAMES = 2_000
PER_MAP_FRAMES = (TOTAL_FRAMES - TITLE_FRAMES) // len(GAME_MAPS)
PRESSES = [a for a in Action if a not in (Action.MENU,)]
"""What the monkey presses; the pause menu is opened more rarely, so it plays as well."""
ESCAPE_FRAMES = 1_500


@pytest.fixture
def app(tmp_path: Path):
    options = ["--settings", str(tmp_path / "s.json"), "--save-dir", str(tmp_path / "saves"), "--seed", "3"]
    game = App(parse_args(options))
    yield game
    pygame.quit()


def monkey_frames(app: App, rng: random.Random, frames: int, seen: set[str]) -> None:
    held: set[Action] = set()
    for _ in range(frames):
        if not app.running or app.services.scenes.top is None:
            app.running = True
            app.services.flow.quit_to_title()  # the monkey chose Quit: start again at the title
        if rng.random() < 0.2:
            held = {rng.choice(DIRECTIONS)} if rng.random() < 0.8 else set()
        pressed: set[Action] = set()
        roll = rng.random()
        if roll < 0.15:
            pressed.add(rng.choice(PRESSES))
        elif roll < 0.16:
            pressed.add(Action.MENU)
        app.inject(pressed, held)
        app.frame(None)
        scene = app.services.scenes.find(ExploreScene)
        if scene is not None:
            seen.add(scene.world.map.name)


def escape(app: App) -> str:
    """Press what a player would to get back to walking or to the title: read on through
    dialogue and cards, back out of menus."""
    for _ in range(ESCAPE_FRAMES):
        top = app.services.scenes.top
        if isinstance(top, ExploreScene | TitleScreen):
            return type(top).__name__
        if isinstance(top, Fade) or top is None:
            app.inject(set(), set())
        elif isinstance(top, DialogueScene) and top.choosing and not top.choice_ready:
            app.inject(set(), set())  # a choice takes confirm once it has rested
        elif isinstance(top, DialogueScene | CardScene):
            app.inject({Action.INTERACT}, set())
        else:
            app.inject({Action.CANCEL}, set())
        app.frame(None)
    raise AssertionError(f"stuck on {type(app.services.scenes.top).__name__}")


def test_random_play_never_crashes_and_never_traps_the_player(app: App) -> None:
    rng = random.Random(20_000)
    seen: set[str] = set()
    monkey_frames(app, rng, TITLE_FRAMES, seen)
    assert escape(app)
    for name, spawn in GAME_MAPS:
        app.session._enter(name, spawn)
        assert isinstance(app.services.scenes.top, ExploreScene), f"{name} did not open"
        monkey_frames(app, rng, PER_MAP_FRAMES, seen)
        where = escape(app)
        scene = app.services.scenes.find(ExploreScene)
        if where == "ExploreScene" and scene is not None and scene.world.party_puzzle is not None:
            # In a party map the player can always reset the puzzle they stand in, and the
            # pause menu leads back to the title.
            puzzle = scene.world.party_puzzle
            section = puzzle.section_at(scene.world.player.cell)
            app.inject({Action.RESET}, set())
            app.frame(None)
            escape(app)
            if section is not None:
                levers, rotations = dict(puzzle.start.levers), dict(puzzle.start.rotations)
                for lever in puzzle.board.levers:
                    if lever.cell in section.area:
                        assert puzzle.levers[lever.id] == levers[lever.id], f"{name}: reset left a lever"
                for junction in puzzle.board.junctions:
                    if junction.cell in section.area:
                        assert puzzle.rotations[junction.id] == rotations[junction.id], f"{name}: a junction"
                assert not [s for s in puzzle.sketches if set(s.cells) & section.area], f"{name}: a sketch"
        app.inject({Action.MENU}, set())
        app.frame(None)
        app.services.flow.quit_to_title()
        app.frame(None)
        assert isinstance(app.services.scenes.top, TitleScreen)
    assert {name for name, _ in GAME_MAPS} <= seen
