"""Stage directions from the story, carried out on the map while the dialogue waits."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pygame
import pytest

from game.app import App, parse_args
from game.scenes.base import StepInput
from game.scenes.dialogue import DialogueScene
from game.scenes.explore import ExploreScene
from game.story.tags import Face, Fade, Hide, Move, Music, Pan, Place, Sfx, Tint, Wait, Warp, parse_direction
from game.world.geometry import Direction

from .conftest import FIXTURES, Ear


@dataclass
class Line:
    text: str
    speaker: str | None = "narrator"
    mood: str | None = None
    directions: tuple[object, ...] = ()


@dataclass
class Script:
    lines: list[Line] = field(default_factory=list)

    def step(self) -> Line | None:
        return self.lines.pop(0) if self.lines else None

    @property
    def choices(self) -> list[object]:
        return []

    def choose(self, index: int) -> None:
        raise AssertionError("no choices here")

    @property
    def done(self) -> bool:
        return not self.lines


@pytest.fixture
def app(tmp_path: Path):
    options = ["--settings", str(tmp_path / "s.json"), "--save-dir", str(tmp_path / "saves")]
    game = App(parse_args([*options, "--map", str(FIXTURES / "maps" / "room.tmx"), "--spawn", "start"]))
    game.services.audio = Ear()  # type: ignore[assignment]
    yield game
    pygame.quit()


def run(app: App, steps: int) -> None:
    for _ in range(steps):
        app.services.scenes.update(StepInput())
        app.services.steps += 1


def play(app: App, *directions: object) -> tuple[ExploreScene, DialogueScene]:
    scene = app.services.scenes.top
    assert isinstance(scene, ExploreScene)
    dialogue = DialogueScene(
        app.services, Script([Line("", directions=directions), Line("Done.")]), director=scene.stage
    )
    app.services.scenes.push(dialogue)
    return scene, dialogue


def test_sound_music_face_and_tint_happen_at_once(app: App) -> None:
    scene, dialogue = play(app, Music("waking"), Sfx("door"), Face("mara", Direction.UP), Tint("neon-cyan", 0.5))
    run(app, 6)
    assert app.services.audio.heard[:2] == ["music:waking", "door"]  # type: ignore[attr-defined]
    assert scene.world.player.facing is Direction.UP
    assert scene.stage.tint is not None and scene.stage.tint[1] == 0.5
    assert dialogue.line is not None and dialogue.line.text == "Done."


def test_wait_holds_the_dialogue_for_its_time(app: App) -> None:
    _, dialogue = play(app, Wait(1.0))
    run(app, 30)
    assert dialogue.line is None
    run(app, 40)
    assert dialogue.line is not None


def test_fade_darkens_the_map_by_the_game_clock(app: App) -> None:
    scene, _ = play(app, Fade("out"), Wait(0.5), Fade("in"))
    run(app, 21)
    assert scene.stage.veil() == 1.0
    run(app, 60)
    assert scene.stage.veil() == 0.0


def test_move_walks_an_actor_to_a_spawn_cell_by_cell(app: App) -> None:
    scene, dialogue = play(app, Move("mara", "arrive"))
    seen = set()
    for _ in range(200):
        run(app, 1)
        seen.add(scene.world.player.cell)
        if dialogue.line is not None:
            break
    assert scene.world.player.cell == scene.world.map.spawns["arrive"].cell
    assert len(seen) > 2, "she walked there, she did not jump"


def test_place_puts_an_actor_on_a_spawn_at_once_facing_as_before(app: App) -> None:
    scene, dialogue = play(app, Place("mara", "arrive"))
    facing = scene.world.player.facing
    run(app, 3)
    assert scene.world.player.cell == scene.world.map.spawns["arrive"].cell
    assert scene.world.player.facing is facing and not scene.world.player.moving
    assert dialogue.line is not None and dialogue.line.text == "Done."


def test_a_move_to_a_place_that_is_not_on_the_map_is_skipped_not_a_crash(app: App) -> None:
    scene, dialogue = play(app, Move("mara", "nowhere"))
    start = scene.world.player.cell
    run(app, 3)
    assert scene.world.player.cell == start and dialogue.line is not None
    assert any("no place named 'nowhere'" in m for m in app.services.messages)


def test_pan_moves_the_camera_to_an_object_and_back(app: App) -> None:
    scene, dialogue = play(app, Pan("poster"))
    run(app, 2)
    assert scene.stage.camera == (3 * 16 + 8, 0 * 16 + 8)
    run(app, 120)
    dialogue_done = dialogue.line is not None
    assert dialogue_done


def test_warp_takes_the_party_to_another_map(app: App) -> None:
    scene, _ = play(app, Warp("other", "entry"))
    run(app, 80)
    assert scene.world.map.name == "other"


def test_hide_takes_an_actor_out_of_sight_where_she_stands_and_show_brings_her_back(app: App) -> None:
    scene, _ = play(app, Hide("mara"))
    cell = scene.world.player.cell
    run(app, 6)
    sprite = scene.player_sprite
    sprite.sync()
    assert scene.world.player.hidden and scene.world.player.cell == cell
    assert sprite.image.get_size() == (1, 1), "nothing of her is drawn"
    app.services.scenes.pop()
    play(app, Hide("mara", shown=True))
    run(app, 6)
    sprite.sync()
    assert not scene.world.player.hidden and sprite.image.get_size() == (16, 24)


def test_hide_and_show_are_read_from_ink_tags() -> None:
    assert parse_direction("hide: mara") == Hide("mara")
    assert parse_direction("show: mara") == Hide("mara", shown=True)
