"""The party's controls taught by doing: on a party map a prompt shows the next control the
player has not used (swap, then follow, then reset inside a puzzle) with their own binding,
goes once it is used, and a save remembers what was learned."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.scenes.explore import ExploreScene
from game.scenes.lessons import lesson_text, next_lesson
from game.tools.route import Runner
from game.world.playthrough import Playthrough, read_playthrough, to_json

from .conftest import start_game

pytestmark = pytest.mark.usefixtures("quit_pygame")


def test_each_control_is_prompted_until_used_and_a_save_remembers(tmp_path: Path) -> None:
    app = start_game(tmp_path)
    runner = Runner(app)
    runner.run(1, ["chapter", "merge"])
    runner.run(2, ["read"])
    scene = app.services.scenes.find(ExploreScene)
    assert scene is not None and scene.world.party_puzzle is not None
    puzzle, learned = scene.world.party_puzzle, scene.world.playthrough.learned
    assert next_lesson(puzzle, learned, in_puzzle=False) == "swap"
    runner.run(3, ["swap", "lila"])
    assert learned == {"swap"} and next_lesson(puzzle, learned, in_puzzle=False) == "follow"
    runner.run(4, ["follow"])
    assert next_lesson(puzzle, learned, in_puzzle=False) is None, "reset is taught inside a puzzle"
    assert next_lesson(puzzle, learned, in_puzzle=True) == "reset"
    assert app.session.save_game("1") is None
    app.session.quit_to_title()
    assert app.session.load_game("1") is None
    loaded = app.services.scenes.find(ExploreScene)
    assert loaded is not None and loaded.world.playthrough.learned == {"swap", "follow"}


def test_the_prompt_shows_the_player_s_own_keys(tmp_path: Path) -> None:
    app = start_game(tmp_path)
    app.services.settings.keys["follow"] = ["g"]
    assert lesson_text("follow", app.services).startswith("G: the others follow you")


def test_an_unknown_lesson_in_a_save_is_refused() -> None:
    from game.world.jsonread import StateError

    raw = to_json(
        Playthrough(learned={"swap"}),
        "chaos_chamber",
        read_playthrough({"map": "chaos_chamber", "protagonist": "mara"}).playthrough.records["chaos_chamber"],
        (),
    )
    assert read_playthrough(raw).playthrough.learned == {"swap"}
    raw["learned"] = ["swap", "fly"]
    with pytest.raises(StateError, match="learned"):
        read_playthrough(raw)
