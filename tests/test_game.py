"""The real game in-process on a dummy display: starting, walking through a door with a
fade, reading an inspect spot, and a broken map shown on screen."""

from __future__ import annotations

import shutil
from pathlib import Path

import pygame
import pytest

from game.app import App, parse_args
from game.input import Action
from game.scenes.dialogue import DialogueScene
from game.scenes.error import ErrorScreen
from game.scenes.explore import ExploreScene
from game.scenes.overlays import Fade, MessageBox
from game.world.geometry import Direction

from .conftest import FIXTURES, Ear


@pytest.fixture
def make_app(tmp_path: Path):
    apps: list[App] = []

    def make(*args: str) -> App:
        start = [] if "--map" in args or "--title" in args else ["--map", "mara_flat"]
        args = tuple(a for a in args if a != "--title")
        options = ["--settings", str(tmp_path / "settings.json"), "--save-dir", str(tmp_path / "saves"), "--scale", "1"]
        app = App(parse_args([*options, *start, *args]))
        apps.append(app)
        return app

    yield make
    pygame.quit()


def press(app: App, action: Action, hold_steps: int = 1) -> None:
    """Press an action for one step and keep it held for `hold_steps` steps in all."""
    app._pending.pressed.add(action)
    for _ in range(hold_steps):
        app._pending.held = {action}
        app.services.scenes.update(app._pending)
        app.services.steps += 1
        app._pending.pressed = set()
    app._pending.held = set()


def idle(app: App, steps: int) -> None:
    for _ in range(steps):
        app.frame(None)


def finish_dialogue(app: App, choice: int = 0, limit: int = 400) -> None:
    """Read through whatever the story is saying, picking `choice` at every choice."""
    for _ in range(limit):
        top = app.services.scenes.top
        if not isinstance(top, DialogueScene):
            return
        if top.choosing:
            for _ in range(choice):
                press(app, Action.DOWN)
            while not top.choice_ready:  # the list takes confirm once it has rested
                idle(app, 1)
        press(app, Action.INTERACT)
        idle(app, 2)
    raise AssertionError("the dialogue did not end")


def explore(app: App) -> ExploreScene:
    scene = app.services.scenes._scenes[0]
    assert isinstance(scene, ExploreScene), getattr(scene, "lines", None)
    return scene


def test_a_new_game_starts_in_maras_flat_at_the_start_spawn(make_app) -> None:
    app = make_app()
    finish_dialogue(app)
    scene = explore(app)
    assert scene.world.map.name == "mara_flat"
    assert scene.world.player.cell == scene.world.map.spawns["start"].cell


def test_walking_through_a_door_fades_and_arrives_at_the_linked_spawn(make_app) -> None:
    app = make_app("--map", str(FIXTURES / "maps" / "room.tmx"), "--spawn", "arrive")
    scene = explore(app)
    scene.world.player.place((6, 3), Direction.RIGHT)
    press(app, Action.RIGHT)
    assert isinstance(app.services.scenes.top, Fade)
    idle(app, 60)
    assert app.services.scenes.top is scene
    assert scene.world.map.name == "other"
    assert scene.world.player.cell == scene.world.map.spawns["entry"].cell


def test_inspecting_shows_a_message_until_dismissed(make_app) -> None:
    app = make_app("--map", str(FIXTURES / "maps" / "room.tmx"))
    scene = explore(app)
    scene.world.player.place((3, 1), Direction.UP)
    press(app, Action.INTERACT)
    box = app.services.scenes.top
    assert isinstance(box, MessageBox) and box.text == "A poster of the sea."
    idle(app, 2)
    press(app, Action.INTERACT)
    assert app.services.scenes.top is scene


def test_the_player_cannot_walk_while_a_message_is_open(make_app) -> None:
    app = make_app("--map", str(FIXTURES / "maps" / "room.tmx"))
    scene = explore(app)
    scene.world.player.place((3, 1), Direction.UP)
    press(app, Action.INTERACT)
    press(app, Action.DOWN, hold_steps=30)
    assert scene.world.player.cell == (3, 1)


def test_a_broken_map_shows_the_validator_message_and_the_game_stays_responsive(make_app) -> None:
    app = make_app("--map", str(FIXTURES / "broken" / "reserved_name.tmx"))
    screen = app.services.scenes.top
    assert isinstance(screen, ErrorScreen)
    expected = "reserved_name.tmx: object 9 (sign): property 'name' uses a reserved name"
    assert any(expected in line for line in screen.lines)
    idle(app, 30)
    assert app.running
    press(app, Action.CANCEL)
    assert not app.running


def test_a_door_to_a_broken_map_shows_the_problem_and_keeps_the_player_where_they_were(
    make_app, tmp_path: Path
) -> None:
    maps = tmp_path / "maps"
    shutil.copytree(FIXTURES / "maps", maps)
    (maps / "other.tmx").write_text("<map broken", encoding="utf-8")
    app = make_app("--map", str(maps / "room.tmx"))
    scene = explore(app)
    scene.world.player.place((6, 3), Direction.RIGHT)
    press(app, Action.RIGHT)
    idle(app, 60)
    top = app.services.scenes.top
    assert isinstance(top, ErrorScreen) and "other.tmx: map: not valid XML" in top.lines[0]
    press(app, Action.CANCEL)
    assert scene.world.map.name == "room" and app.running


def test_the_fixed_step_never_runs_slow_motion_or_spirals(make_app) -> None:
    app = make_app()
    assert app.frame(1 / 60 + 1e-6) == 1
    assert app.frame(0.001) == 0  # a fast frame owes no step yet
    assert app.frame(0.1) == 6  # a slow frame catches up in whole steps
    assert app.frame(5.0) == 8  # a stall is cut short, not replayed


def test_the_camera_stays_inside_the_map_and_small_maps_are_centred(make_app) -> None:
    app = make_app("--map", "vesper_street", "--spawn", "from_building")
    scene = explore(app)
    idle(app, 2)
    view = scene.view.view_rect()
    assert view.left >= 0 and view.top >= 0
    assert view.right <= scene.view.map_px[0] and view.bottom <= scene.view.map_px[1]
    small = make_app("--map", str(FIXTURES / "maps" / "other.tmx"))
    idle(small, 2)
    dest = explore(small).view.dest
    assert dest.center == (160, 90) and dest.size == (64, 64)


def walk_to_and_use(app: App, kind: str, target_map: str) -> None:
    """Walk (as the route runner does: held arrows, around people) to the door or warp
    leading to `target_map` and go through it, reading anything said on the way."""
    from game.tools.route import Runner

    runner = Runner(app)
    runner.read([])
    runner.walk_to([f"{kind}:{target_map}"])
    runner.read([])
    if kind == "door":
        runner.press(Action.INTERACT)
    idle(app, 40)
    assert explore(app).world.map.name == target_map, f"still on {explore(app).world.map.name}"


def test_mara_walks_from_her_bed_to_the_street_and_home_again(make_app) -> None:
    app = make_app()
    idle(app, 1)
    finish_dialogue(app)
    walk_to_and_use(app, "door", "mara_corridor")
    walk_to_and_use(app, "warp", "vesper_street")
    walk_to_and_use(app, "door", "mara_corridor")
    walk_to_and_use(app, "door", "mara_flat")
    scene = explore(app)
    assert scene.world.player.cell == scene.world.map.spawns["from_corridor"].cell
    entered = [m for m in app.services.messages if m.startswith("entered")]
    assert entered == [f"entered {m}" for m in ("mara_corridor", "vesper_street", "mara_corridor", "mara_flat")]


def test_the_window_close_button_ends_the_game_cleanly(make_app) -> None:
    app = make_app()
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    app.frame(None)
    assert not app.running


def test_a_damaged_settings_file_is_shown_then_the_game_goes_on(make_app, tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text("{not json", encoding="utf-8")
    app = make_app()
    screen = app.services.scenes.top
    assert isinstance(screen, ErrorScreen) and "settings.json" in screen.lines[0]
    press(app, Action.INTERACT)
    assert isinstance(app.services.scenes._scenes[0], ExploreScene)
    assert (tmp_path / "settings.json.damaged").exists()


def test_steps_bumps_doors_and_maps_make_their_sounds(make_app) -> None:
    app = make_app()
    ear = Ear()
    app.services.audio = ear
    idle(app, 1)
    finish_dialogue(app)
    scene = explore(app)
    start = scene.world.player.cell
    press(app, Action.DOWN, hold_steps=90)
    assert "footstep" in ear.heard and "bump" in ear.heard
    assert scene.world.player.cell != start
    walk_to_and_use(app, "door", "mara_corridor")
    assert "door" in ear.heard and "music:waking" in ear.heard


def test_settings_from_the_menu_apply_at_once_and_persist(make_app, tmp_path: Path) -> None:
    from game.settings import Settings, SettingsStore

    app = make_app()
    settings = Settings(music_volume=0.3, scale=2)
    settings.keys["interact"] = ["k"]
    assert app.session.apply_settings(settings) is None
    assert app.input.keys[pygame.K_k] == {Action.INTERACT}
    assert pygame.K_z not in app.input.keys
    assert app.window.size() == (640, 360)
    stored = SettingsStore(str(tmp_path / "settings.json")).load()
    assert stored.music_volume == 0.3 and stored.keys["interact"] == ["k"]
