"""The playthrough in the real game: the chaos chamber played with the keys (through the route
runner), two of its puzzles solved, saved, changed again, and loaded back exactly as saved."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest

from game.input import Action
from game.scenes.explore import ExploreScene
from game.tools.route import Runner

from .conftest import start_game

pytestmark = pytest.mark.usefixtures("quit_pygame")

TWO_PUZZLES = """
read
walk_to first_entry
read
walk_to first_entry
step right
swap lila
walk_to first_entry
solve ledgers
swap jonas
walk_to second_entry
read
walk_to second_entry
step right
swap roe
walk_to second_entry
solve gallery
"""
"""Mara and Lila solve the ledgers, Jonas and Roe the gallery, as the morning route does."""


def test_the_chamber_saved_with_two_puzzles_solved_loads_back_exactly_as_saved(tmp_path: Path) -> None:
    app = start_game(tmp_path, "--map", "chaos_chamber", "--seed", "1")
    app.strict = True
    runner = Runner(app)
    start = runner.party_puzzle().snapshot()
    for line in TWO_PUZZLES.strip().splitlines():
        words = shlex.split(line)
        runner.steps[words[0]](words[1:])  # `solve` raises unless its puzzle ends solved
    scene = app.services.scenes.top
    assert isinstance(scene, ExploreScene)
    world = scene.world
    puzzle = world.party_puzzle
    assert puzzle is not None
    now = puzzle.snapshot()
    assert (now.levers, now.rotations, now.gates) != (start.levers, start.rotations, start.gates)
    gallery = next(s for s in puzzle.sections if s.name == "gallery")
    assert puzzle.section_solved(gallery)
    assert app.session.save_game("1") is None
    saved = world.save_state()
    who, cell, facing = world.player.name, world.player.cell, world.player.facing

    runner.press(Action.RESET)  # the gallery is reset: the game in memory is no longer the save
    assert not puzzle.section_solved(gallery)
    assert world.save_state() != saved

    assert app.session.load_game("1") is None
    loaded = app.services.scenes.top
    assert isinstance(loaded, ExploreScene) and loaded is not scene
    assert loaded.world.save_state() == saved
    assert (loaded.world.player.name, loaded.world.player.cell, loaded.world.player.facing) == (who, cell, facing)
    again = loaded.world.party_puzzle
    assert again is not None
    assert again.snapshot() == now and again.section_solved(gallery)
    document = json.loads((tmp_path / "saves" / "slot_1.json").read_text(encoding="utf-8"))
    assert document["playthrough"]["chapter"] == "merge", "the chamber's story began the Merge chapter"
    assert document["playthrough"]["protagonist"] == who, "who was playing when the save was made"
