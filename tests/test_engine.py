"""The engine around the world: scene stack lifecycle, input mapping, window scaling,
settings persistence, and the main loop's fixed step."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pygame
import pytest

from game.input import Action, BindingError, Frame, Input
from game.render.present import fit
from game.scenes.base import Scene, SceneStack, StepInput
from game.settings import Settings, SettingsStore


class Recorder(Scene):
    def __init__(self, name: str, log: list[str], overlay: bool = False) -> None:
        super().__init__(services=None)  # type: ignore[arg-type]
        self.name, self.log, self.overlay = name, log, overlay

    def enter(self) -> None:
        self.log.append(f"{self.name}.enter")

    def exit(self) -> None:
        self.log.append(f"{self.name}.exit")

    def pause(self) -> None:
        self.log.append(f"{self.name}.pause")

    def resume(self) -> None:
        self.log.append(f"{self.name}.resume")

    def update(self, step: StepInput) -> None:
        self.log.append(f"{self.name}.update")

    def draw(self, surface: Any) -> None:
        self.log.append(f"{self.name}.draw")


def test_scene_stack_calls_the_lifecycle_in_order() -> None:
    log: list[str] = []
    stack = SceneStack()
    stack.push(Recorder("map", log))
    stack.push(Recorder("menu", log))
    stack.pop()
    stack.replace(Recorder("title", log))
    stack.clear()
    assert log == [
        "map.enter",
        "map.pause",
        "menu.enter",
        "menu.exit",
        "map.resume",
        "map.exit",
        "title.enter",
        "title.exit",
    ]


def test_only_the_top_scene_updates() -> None:
    log: list[str] = []
    stack = SceneStack()
    stack.push(Recorder("map", log))
    stack.push(Recorder("box", log, overlay=True))
    log.clear()
    stack.update(StepInput())
    assert log == ["box.update"]


def test_overlays_draw_the_scenes_below_them_first_down_to_an_opaque_one() -> None:
    log: list[str] = []
    stack = SceneStack()
    stack.push(Recorder("map", log))
    stack.push(Recorder("pause", log))
    stack.push(Recorder("fade", log, overlay=True))
    stack.push(Recorder("box", log, overlay=True))
    log.clear()
    stack.draw(None)  # type: ignore[arg-type]
    assert log == ["pause.draw", "fade.draw", "box.draw"]


@pytest.mark.parametrize(
    ("window", "expected"),
    [
        ((320, 180), (0, 0, 320, 180)),
        ((1920, 1080), (0, 0, 1920, 1080)),
        ((1000, 600), (20, 30, 960, 540)),  # 3x, letterboxed
        ((700, 1000), (30, 320, 640, 360)),  # 2x, pillar/letterboxed
        ((200, 100), (-60, -40, 320, 180)),  # smaller than 1x: centred, cropped
    ],
)
def test_the_image_is_scaled_by_a_whole_number_and_centred(window: tuple[int, int], expected: tuple[int, ...]) -> None:
    assert tuple(fit((320, 180), window)) == expected


@pytest.fixture
def game_input() -> Input:
    pygame.display.init()
    pygame.display.set_mode((320, 180))
    pygame.event.clear()
    yield Input(Settings())
    pygame.display.quit()


def key(kind: int, code: int, mod: int = 0) -> pygame.event.Event:
    return pygame.event.Event(kind, key=code, mod=mod)


def test_keys_become_pressed_and_held_actions(game_input: Input) -> None:
    frame = Frame()
    game_input.handle(key(pygame.KEYDOWN, pygame.K_RIGHT), frame)
    game_input.handle(key(pygame.KEYDOWN, pygame.K_z), frame)
    polled = game_input.poll()
    assert polled.pressed == {Action.RIGHT, Action.INTERACT}
    assert Action.RIGHT in polled.held
    assert game_input.poll().pressed == set()  # a press is reported once
    game_input.handle(key(pygame.KEYUP, pygame.K_RIGHT), Frame())
    assert Action.RIGHT not in game_input.held()


def test_f11_and_alt_enter_toggle_fullscreen_instead_of_interacting(game_input: Input) -> None:
    frame = Frame()
    game_input.handle(key(pygame.KEYDOWN, pygame.K_F11), frame)
    assert frame.toggle_fullscreen
    frame = Frame()
    game_input.handle(key(pygame.KEYDOWN, pygame.K_RETURN, pygame.KMOD_LALT), frame)
    assert frame.toggle_fullscreen
    assert game_input.poll().pressed == set()


def test_the_window_close_button_quits(game_input: Input) -> None:
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    assert game_input.poll().quit


def test_controller_buttons_and_stick_become_actions(game_input: Input) -> None:
    frame = Frame()
    game_input.handle(
        pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, instance_id=0, button=pygame.CONTROLLER_BUTTON_A), frame
    )
    game_input.handle(
        pygame.event.Event(pygame.CONTROLLERAXISMOTION, instance_id=0, axis=pygame.CONTROLLER_AXIS_LEFTY, value=-30000),
        frame,
    )
    polled = game_input.poll()
    assert polled.pressed == {Action.INTERACT, Action.UP}
    assert Action.UP in polled.held
    game_input.handle(
        pygame.event.Event(pygame.CONTROLLERAXISMOTION, instance_id=0, axis=pygame.CONTROLLER_AXIS_LEFTY, value=100),
        Frame(),
    )
    assert Action.UP not in game_input.held()


def test_unplugging_a_controller_releases_its_buttons(game_input: Input) -> None:
    game_input.handle(
        pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, instance_id=3, button=pygame.CONTROLLER_BUTTON_DPAD_LEFT),
        Frame(),
    )
    assert Action.LEFT in game_input.held()
    game_input.handle(pygame.event.Event(pygame.CONTROLLERDEVICEREMOVED, instance_id=3), Frame())
    assert Action.LEFT not in game_input.held()


def test_bindings_come_from_settings_and_can_be_rebound(game_input: Input) -> None:
    settings = Settings()
    settings.keys["interact"] = ["k"]
    game_input.rebind(settings)
    frame = Frame()
    game_input.handle(key(pygame.KEYDOWN, pygame.K_k), frame)
    game_input.handle(key(pygame.KEYDOWN, pygame.K_z), frame)
    assert game_input.poll().pressed == {Action.INTERACT}


def test_a_binding_to_a_key_that_does_not_exist_is_named(game_input: Input) -> None:
    settings = Settings()
    settings.keys["cancel"] = ["hyperspace"]
    with pytest.raises(BindingError, match="key 'hyperspace' for cancel"):
        game_input.rebind(settings)


def test_settings_round_trip_through_the_file(tmp_path: Path) -> None:
    store = SettingsStore(str(tmp_path / "settings.json"))
    settings = Settings(scale=4, fullscreen=True)
    settings.keys["ability"] = ["g"]
    store.save(settings)
    loaded = SettingsStore(store.path).load()
    assert loaded.scale == 4 and loaded.fullscreen and loaded.keys["ability"] == ["g"]
    assert loaded.keys["up"] == ["up", "w"]


def test_a_damaged_settings_file_is_reported_kept_and_survived(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"scale": 4, "keys": ', encoding="utf-8")
    store = SettingsStore(str(path))
    settings = store.load()
    assert settings == Settings()
    assert store.warning and "settings.json" in store.warning
    kept = tmp_path / "settings.json.damaged"
    assert kept.read_text(encoding="utf-8") == '{"scale": 4, "keys": '


def test_settings_with_wrong_types_keep_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps({"scale": "huge", "fullscreen": 1, "keys": {"up": "w", "down": ["j"]}}), encoding="utf-8"
    )
    settings = SettingsStore(str(path)).load()
    assert settings.scale == 3 and settings.fullscreen is False
    assert settings.keys["up"] == ["up", "w"] and settings.keys["down"] == ["j"]


def test_saving_settings_never_leaves_a_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = SettingsStore(str(tmp_path / "settings.json"))
    store.save(Settings(scale=2))

    def crash(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("os.replace", crash)
    with pytest.raises(OSError):
        store.save(Settings(scale=5))
    monkeypatch.undo()
    assert SettingsStore(store.path).load().scale == 2
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]
