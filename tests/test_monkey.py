"""A seeded monkey: 20,000 frames of random presses and held directions across the title,
the menus and every map of the game, through the real game loop. Nothing may raise, and
from wherever the monkey ends up a player can always get back to walking or to the title
(no dialogue, card, menu or puzzle the player cannot leave). A failure leaves the play as a
replay file and says how to watch it."""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pygame
import pytest

from game.app import App, main, parse_args
from game.input import DIRECTIONS, Action
from game.replay import Replay
from game.scenes.card import CardScene
from game.scenes.dialogue import DialogueScene
from game.scenes.explore import ExploreScene
from game.scenes.menus import TitleScreen
from game.scenes.overlays import Fade

from .conftest import MAPS_DIR, map_data


def _game_maps() -> tuple[tuple[str, str], ...]:
    """Every map of the game (maps/*.tmx, not the samples) and a spawn to start on: `start`,
    else `arrive`, else its first; so a new map is covered without editing this test."""
    found: list[tuple[str, str]] = []
    for path in sorted(MAPS_DIR.glob("*.tmx")):
        spawns = list(map_data(path).spawns)
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


def launch(folder: Path, *where: str) -> App:
    """A fresh game (the title, or `--map NAME --spawn ID`), recording its play as any does."""
    options = ["--settings", str(folder / "s.json"), "--save-dir", str(folder / "saves"), "--seed", "3", *where]
    return App(parse_args(options))


@contextmanager
def replay_kept_on_failure(app: App, path: Path) -> Iterator[None]:
    """If the monkey fails, its play is written to `path` (as the game's replay), and the
    failure says how to watch it: the seed alone would need this test to see it again."""
    try:
        yield
    except Exception as exc:
        app.replay_after_step()  # a step that raised is over: its input is in the recording
        written = app.write_replay(str(path))
        pygame.quit()
        raise AssertionError(f"{exc}\nwatch it: lullaby --replay {written}") from exc


DRAWN_EVERY = 2
"""The monkey's frames are drawn one in this many (every state it reaches is still stepped;
drawing each frame was most of this test's time)."""


def monkey_frames(app: App, rng: random.Random, frames: int, seen: set[str]) -> None:
    held: set[Action] = set()
    for number in range(frames):
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
        app.frame(None, draw=number % DRAWN_EVERY == 0)
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


def test_random_play_never_crashes_and_never_traps_the_player(tmp_path: Path) -> None:
    """The title, then each map from a fresh launch on it (`--map`), so each part's replay
    starts where it does and plays back alone."""
    rng = random.Random(20_000)
    seen: set[str] = set()
    app = launch(tmp_path / "title")
    with replay_kept_on_failure(app, tmp_path / "monkey-title.replay"):
        monkey_frames(app, rng, TITLE_FRAMES, seen)
        assert escape(app)
    for name, spawn in GAME_MAPS:
        app = launch(tmp_path / name, "--map", name, "--spawn", spawn)
        with replay_kept_on_failure(app, tmp_path / f"monkey-{name}.replay"):
            assert isinstance(app.services.scenes.top, ExploreScene), f"{name} did not open"
            monkey_frames(app, rng, PER_MAP_FRAMES, seen)
            check_the_player_can_go_on(app, name)
    pygame.quit()
    assert {name for name, _ in GAME_MAPS} <= seen


def check_the_player_can_go_on(app: App, name: str) -> None:
    """From wherever the monkey left it, the player gets back to walking (or the title); in a
    party map they can reset the puzzle they stand in."""
    where = escape(app)
    scene = app.services.scenes.find(ExploreScene)
    if where != "ExploreScene" or scene is None or scene.world.party_puzzle is None:
        return
    puzzle = scene.world.party_puzzle
    section = puzzle.section_at(scene.world.player.cell)
    app.inject({Action.RESET}, set())
    app.frame(None)
    escape(app)
    if section is None:
        return
    levers, rotations = dict(puzzle.start.levers), dict(puzzle.start.rotations)
    for lever in puzzle.board.levers:
        if lever.cell in section.area:
            assert puzzle.levers[lever.id] == levers[lever.id], f"{name}: reset left a lever"
    for junction in puzzle.board.junctions:
        if junction.cell in section.area:
            assert puzzle.rotations[junction.id] == rotations[junction.id], f"{name}: a junction"
    assert not [s for s in puzzle.sketches if set(s.cells) & section.area], f"{name}: a sketch"


def test_a_failing_monkey_leaves_a_replay_that_fails_the_same_way(tmp_path: Path, monkeypatch) -> None:
    app = launch(tmp_path / "title")
    monkey_frames(app, random.Random(1), 200, set())
    steps_then = app.services.steps

    def broken(self: object, step: object) -> None:
        raise RuntimeError("the title fell over")

    monkeypatch.setattr(TitleScreen, "update", broken)
    with pytest.raises(AssertionError) as caught:
        with replay_kept_on_failure(app, tmp_path / "failed.replay"):
            escape(app)
            monkey_frames(app, random.Random(2), 50, set())
    said = str(caught.value)
    assert "the title fell over" in said and f"lullaby --replay {tmp_path / 'failed.replay'}" in said
    replay = Replay.read(str(tmp_path / "failed.replay"))
    assert replay.start.kind == "launch" and replay.inputs.count == steps_then + 1
    with pytest.raises(RuntimeError, match="the title fell over"):  # LULLABY_STRICT: the error itself
        main(["--replay", str(tmp_path / "failed.replay"), "--fast"])
