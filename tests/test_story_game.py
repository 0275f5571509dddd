"""The story in the running game: a new game from the title plays Mara's morning, her choice
changes pod hours in the Ink variables, things in the flat answer from the story, and a
save brings both the story and the world back."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.app import App, parse_args
from game.input import Action
from game.scenes.card import CardScene
from game.scenes.dialogue import DialogueScene
from game.scenes.explore import ExploreScene
from game.scenes.menu_pause import PauseMenu
from game.scenes.menus import TitleScreen
from game.story.bridge import story_problems
from game.story.runtime import Story
from game.world.geometry import Direction
from game.world.mapdata import MapData, MapObject

from .conftest import ROOT


@pytest.fixture
def app(tmp_path: Path):
    options = ["--settings", str(tmp_path / "s.json"), "--save-dir", str(tmp_path / "saves"), "--scale", "1"]
    game = App(parse_args(options))
    yield game
    pygame.quit()


def press(app: App, action: Action) -> None:
    app._pending.pressed.add(action)
    app.frame(None)


def idle(app: App, frames: int) -> None:
    for _ in range(frames):
        app.frame(None)


def play_dialogue(app: App, wanted: str) -> None:
    """Read on; at each choice take the one containing `wanted`, else put the tablet down."""
    for _ in range(600):
        top = app.services.scenes.top
        if not isinstance(top, DialogueScene):
            return
        if top.choosing:
            texts = [c.text for c in top.story.choices]
            pick = next((i for i, t in enumerate(texts) if wanted in t), None)
            if pick is None:
                pick = next((i for i, t in enumerate(texts) if "tablet" in t), 0)
            for _ in range((pick - top.cursor) % len(texts)):
                press(app, Action.DOWN)
            while not top.choice_ready:  # the list takes confirm once it has rested
                idle(app, 1)
        press(app, Action.INTERACT)
        idle(app, 3)
    raise AssertionError("the dialogue did not end")


def new_game(app: App) -> ExploreScene:
    assert isinstance(app.services.scenes.top, TitleScreen)
    press(app, Action.INTERACT)  # New game
    press(app, Action.INTERACT)  # the content note, shown whole
    press(app, Action.INTERACT)  # and begin
    for _ in range(40):  # read through the prologue's news cards
        if not isinstance(app.services.scenes.top, CardScene):
            break
        press(app, Action.INTERACT)
        press(app, Action.INTERACT)
    idle(app, 3)
    scene = app.services.scenes._scenes[0]
    assert isinstance(scene, ExploreScene) and scene.world.map.name == "mara_flat"
    return scene


@pytest.mark.parametrize(
    ("choice", "pod_hours", "flag"),
    [("Answer Vance", 0, "answered_office"), ("one more hour", 2, "slept_in")],
)
def test_maras_morning_choice_changes_pod_hours(app: App, choice: str, pod_hours: int, flag: str) -> None:
    new_game(app)
    assert isinstance(app.services.scenes.top, DialogueScene), "the morning plays when the flat opens"
    play_dialogue(app, choice)
    story = app.services.story
    assert story is not None
    assert story.get("pod_hours") == pod_hours and story.get(flag) is True
    assert isinstance(app.services.scenes.top, ExploreScene)


def test_things_in_the_flat_answer_from_the_story(app: App) -> None:
    scene = new_game(app)
    play_dialogue(app, "one more hour")
    scene.world.player.place((3, 2), Direction.RIGHT)  # in front of the pod
    press(app, Action.INTERACT)
    idle(app, 2)
    top = app.services.scenes.top
    assert isinstance(top, DialogueScene) and top.line is not None
    assert top.line.speaker == "mara"


def test_a_save_brings_back_the_story_and_the_world(app: App) -> None:
    scene = new_game(app)
    play_dialogue(app, "one more hour")
    scene.world.player.place((5, 5), Direction.LEFT)
    assert app.session.save_game("1") is None
    app.session.new_game()
    idle(app, 2)
    play_dialogue(app, "Answer Vance")
    assert app.services.story is not None and app.services.story.get("pod_hours") == 0
    assert app.session.load_game("1") is None
    idle(app, 5)
    restored = app.services.scenes._scenes[0]
    assert isinstance(restored, ExploreScene)
    assert app.services.story.get("pod_hours") == 2 and app.services.story.get("slept_in") is True
    assert restored.world.player.cell == (5, 5) and restored.world.player.facing is Direction.LEFT
    assert not isinstance(app.services.scenes.top, DialogueScene), "the morning does not replay after a load"


def test_a_damaged_slot_is_refused_and_the_game_goes_on(app: App, tmp_path: Path) -> None:
    new_game(app)
    play_dialogue(app, "Answer Vance")
    (tmp_path / "saves").mkdir(exist_ok=True)
    app.session.saves.path("2")
    Path(app.session.saves.path("2")).write_text('{"format": "lullaby-protocol-save", "vers', encoding="utf-8")
    message = app.session.load_game("2")
    assert message and isinstance(app.services.scenes.top, ExploreScene)


def test_the_menu_button_pauses_the_game(app: App) -> None:
    new_game(app)
    play_dialogue(app, "Answer Vance")
    press(app, Action.MENU)
    assert isinstance(app.services.scenes.top, PauseMenu)


def test_maps_may_only_name_knots_and_variables_the_story_has() -> None:
    story = Story.load(ROOT / "assets" / "story" / "main.json")
    objects = [
        MapObject(1, "spawn", "start", ((0, 0),), {"facing": "down"}),
        MapObject(2, "inspect", "odd", ((1, 0),), {"knot": "flat.nowhere"}),
        MapObject(3, "door", "gate", ((2, 0),), {"target_map": "x", "target_spawn": "y", "condition": "ghosts > 1"}),
        MapObject(4, "trigger", "bad", ((3, 0),), {"knot": "mara_morning", "condition": "pod_hours >="}),
    ]
    problems = [str(p) for p in story_problems("m.tmx", MapData.build("m", 4, 1, objects=objects), story)]
    assert problems == [
        "m.tmx: object 2 (odd): knot 'flat.nowhere' is not a knot in the Ink story (did you mean 'flat.window'?)",
        "m.tmx: object 3 (gate): condition names ghosts, not Ink variables",
        "m.tmx: object 4 (bad): condition 'pod_hours >=': ends too early",
    ]


def colourfulness(surface: pygame.Surface) -> float:
    """Mean spread between the strongest and weakest channel: 0 for a grey picture."""
    w, h = surface.get_size()
    spreads = []
    for x in range(0, w, 4):
        for y in range(0, h, 4):
            r, g, b, _ = surface.get_at((x, y))
            spreads.append(max(r, g, b) - min(r, g, b))
    return sum(spreads) / len(spreads)


def test_pod_hours_drain_the_waking_worlds_colour(app: App) -> None:
    scene = new_game(app)
    play_dialogue(app, "Answer Vance")
    story = app.services.story
    assert story is not None
    surface = pygame.Surface((320, 180))
    scene.draw(surface)
    vivid = colourfulness(surface)
    story.set("pod_hours", 6)
    scene.draw(surface)
    assert colourfulness(surface) < vivid * 0.5
    assert scene.tether_greying() == pytest.approx(0.72)


def test_a_waking_map_greys_with_the_pod_hours_of_whoever_lives_the_day(app: App) -> None:
    scene = new_game(app)
    play_dialogue(app, "Answer Vance")
    story = app.services.story
    assert story is not None
    story.set("pod_hours", 6)
    story.set("pod_hours_jonas", 2)
    assert scene.tether_greying() == pytest.approx(0.72), "Mara's day: her hours"
    scene.world.play_as("jonas")
    assert scene.tether_greying() == pytest.approx(0.24), "Jonas's day: his hours, not hers"


def test_whoever_woke_from_the_merge_sees_the_waking_world_in_full_colour(app: App) -> None:
    scene = new_game(app)
    play_dialogue(app, "Answer Vance")
    story = app.services.story
    assert story is not None
    story.set("pod_hours", 6)
    story.set("woke_jonas", True)
    assert scene.tether_greying() == pytest.approx(0.72), "Mara has not woken"
    story.set("woke_mara", True)
    assert scene.tether_greying() == 0.0, "the epilogue: the morning in colour"
