"""The border in play: a refused save leaves the game exactly as it was, a slot's older copy
can be restored from the load menu, a failed autosave is shown on screen, a read-only
settings folder never stops the game, and a bug that gets past every check shows the crash
screen instead of closing the window."""

from __future__ import annotations

import errno
import json
from pathlib import Path
from typing import Any

import pygame
import pytest

import game.session
import game.settings
from game.app import App
from game.input import Action
from game.save import SaveStore
from game.scenes.base import Scene, StepInput
from game.scenes.error import CrashScreen, ErrorScreen
from game.scenes.explore import ExploreScene
from game.scenes.menu_base import ConfirmMenu
from game.scenes.menu_saves import SaveLoadMenu
from game.scenes.menus import TitleScreen
from game.settings import Settings

from .conftest import press_each, start_game

pytestmark = pytest.mark.usefixtures("quit_pygame")


def in_the_corridor(tmp_path: Path) -> tuple[App, ExploreScene]:
    app = start_game(tmp_path, "--map", "mara_corridor")
    for _ in range(5):
        app.frame(None)
    scene = app.services.scenes.top
    assert isinstance(scene, ExploreScene)
    return app, scene


def test_a_refused_save_leaves_the_game_in_progress_exactly_as_it_was(tmp_path: Path) -> None:
    app, scene = in_the_corridor(tmp_path)
    press_each(app, Action.LEFT, Action.LEFT)
    for _ in range(30):
        app.frame(None)
    assert app.session.save_game("1") is None
    doc = json.loads((tmp_path / "saves" / "slot_1.json").read_text(encoding="utf-8"))
    doc["location"]["map"] = doc["playthrough"]["map"] = "mara_flat"
    doc["location"]["cell"] = [0, 0]  # a wall of the flat: refused after the map and story were opened
    (tmp_path / "saves" / "slot_2.json").write_text(json.dumps(doc), encoding="utf-8")
    story = app.services.story
    assert story is not None
    before = (story.save_state(), scene.world.save_state(), scene.world.player.cell, list(app.services.scenes._scenes))
    conditions = app.services.conditions

    message = app.session.load_game("2")

    assert message is not None and "inside a wall of mara_flat" in message
    assert app.services.story is story and app.services.conditions is conditions
    after = (story.save_state(), scene.world.save_state(), scene.world.player.cell, list(app.services.scenes._scenes))
    assert after == before


def test_a_damaged_slot_offers_its_older_copy_which_loads_and_becomes_the_slots_save(tmp_path: Path) -> None:
    app, _ = in_the_corridor(tmp_path)
    assert app.session.save_game("3") is None  # the older copy
    assert app.session.save_game("3") is None  # the newer one; the older becomes the backup
    store = SaveStore(tmp_path / "saves")
    older = Path(store.backup_path("3")).read_bytes()
    damaged = b'{"format": "lullaby-protocol-save", "version": 1, "saved_at": 12}'
    Path(store.path("3")).write_bytes(damaged)
    app.session.quit_to_title()
    title = app.services.scenes.top
    assert isinstance(title, TitleScreen)
    title.select_label("Load")
    press_each(app, Action.INTERACT, Action.DOWN, Action.DOWN, Action.INTERACT)  # slot 3

    confirm = app.services.scenes.top
    assert isinstance(confirm, ConfirmMenu) and confirm.title.startswith("Load the older copy")
    menu = app.services.scenes._scenes[-2]
    assert isinstance(menu, SaveLoadMenu) and menu.notice and "Slot 3 cannot be loaded" in menu.notice
    press_each(app, Action.UP, Action.INTERACT)  # "Load it" (the cursor starts on No)

    assert isinstance(app.services.scenes.top, ExploreScene)
    assert Path(store.path("3")).read_bytes() == older
    assert (tmp_path / "saves" / "slot_3.json.damaged").read_bytes() == damaged


def test_saying_no_to_the_older_copy_changes_nothing(tmp_path: Path) -> None:
    app, _ = in_the_corridor(tmp_path)
    assert app.session.save_game("1") is None
    assert app.session.save_game("1") is None
    store = SaveStore(tmp_path / "saves")
    Path(store.path("1")).write_bytes(b"\x00garbage")
    app.session.quit_to_title()
    title = app.services.scenes.top
    assert isinstance(title, TitleScreen)
    title.select_label("Load")
    press_each(app, Action.INTERACT, Action.INTERACT)  # slot 1, then "No"
    assert isinstance(app.services.scenes.top, ConfirmMenu)
    press_each(app, Action.INTERACT)
    assert isinstance(app.services.scenes.top, SaveLoadMenu)
    assert Path(store.path("1")).read_bytes() == b"\x00garbage"


def test_a_failed_autosave_is_shown_on_screen_and_the_game_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app, scene = in_the_corridor(tmp_path)

    def full_disk(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(game.session.SaveStore, "save", full_disk)
    blank = app.internal.copy()
    blank.fill((0, 0, 0))
    app.services.on_map_changed("mara_corridor")
    app.frame(None)
    shown = app.services.toasts.active(app.services.steps)
    assert [t.text for t in shown] == [
        "Autosave failed. The game could not be saved (No space left on device); the previous save is unchanged. "
        "Your game goes on; try saving in a slot."
    ]
    top_strip = app.internal.subsurface((0, 0, 320, 12))
    without = pygame.Surface((320, 12))
    app.services.toasts.shown = []
    app.draw()
    without.blit(app.internal, (0, 0), (0, 0, 320, 12))
    app.services.toasts.add("again", app.services.steps)
    app.draw()
    assert pygame.image.tobytes(top_strip, "RGB") != pygame.image.tobytes(without, "RGB"), "drawn over the map"
    press_each(app, Action.LEFT)
    assert app.services.scenes.top is scene, "nothing to dismiss: the player keeps walking"


def test_a_read_only_settings_folder_never_stops_the_game_and_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b"{broken")

    def read_only(*_: object) -> None:
        raise PermissionError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(game.settings, "keep_damaged", read_only)
    monkeypatch.setattr(game.settings, "atomic_write", read_only)
    app = start_game(tmp_path)
    screen = app.services.scenes.top
    assert isinstance(screen, ErrorScreen)
    assert any("left in place (it could not be moved aside: Read-only file system)" in line for line in screen.lines)
    message = app.session.apply_settings(Settings(music_volume=0.2))
    assert message is not None and "could not be saved" in message
    assert app.services.settings.music_volume == 0.2, "the change still holds for this session"
    assert path.read_bytes() == b"{broken"


def test_settings_the_game_corrected_are_kept_aside_before_the_first_save(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    original = json.dumps({"scale": 2, "keys": {"up": ["upp", "w"]}}).encode()
    path.write_bytes(original)
    app = start_game(tmp_path)
    assert path.read_bytes() == original, "reading never rewrites the player's file"
    assert app.session.apply_settings(Settings(scale=2)) is None
    assert (tmp_path / "settings.json.damaged").read_bytes() == original
    assert json.loads(path.read_text(encoding="utf-8"))["scale"] == 2


class Broken(Scene):
    """A scene with a bug in it."""

    def update(self, step: StepInput) -> None:
        raise KeyError("a bug")


def test_an_unexpected_error_shows_the_crash_screen_and_goes_back_to_the_title(tmp_path: Path) -> None:
    app = start_game(tmp_path)
    app.strict = False  # as a player runs the game
    app.services.scenes.push(Broken(app.services))
    app.frame(None)
    screen = app.services.scenes.top
    assert isinstance(screen, CrashScreen)
    assert any("KeyError" in line and "a bug" in line for line in screen.lines)
    assert any("saves are safe" in line for line in screen.lines)
    [log] = (tmp_path / "saves" / "logs").glob("crash-*.log")
    assert any(str(log) in line for line in screen.lines)
    assert "Traceback" in log.read_text(encoding="utf-8") and "KeyError: 'a bug'" in log.read_text(encoding="utf-8")
    app.frame(None)  # the crash screen draws and updates without failing itself
    press_each(app, Action.INTERACT)
    assert isinstance(app.services.scenes.top, TitleScreen) and app.running


def test_with_strict_set_the_same_error_fails_loudly(tmp_path: Path) -> None:
    app = start_game(tmp_path)
    assert app.strict, "LULLABY_STRICT is set for the tests"
    app.services.scenes.push(Broken(app.services))
    with pytest.raises(KeyError, match="a bug"):
        app.frame(None)


def test_continue_skips_a_newer_save_it_cannot_open_and_says_so(tmp_path: Path) -> None:
    app, _ = in_the_corridor(tmp_path)
    assert app.session.save_game("1") is None
    app.session.autosave()
    auto = tmp_path / "saves" / "slot_auto.json"
    doc = json.loads(auto.read_text(encoding="utf-8"))
    doc["location"]["cell"] = [0, 0]  # a wall: the newest save is refused
    doc["saved_at"] = "2099-01-01T00:00:00+00:00"
    auto.write_text(json.dumps(doc), encoding="utf-8")
    app.session.quit_to_title()
    app.session.continue_game()
    assert isinstance(app.services.scenes.top, ExploreScene), "slot 1 was loaded instead"
    [toast] = app.services.toasts.active(app.services.steps)
    assert toast.text.startswith("Autosave could not be loaded: This save cannot be restored: location.cell [0, 0]")


class FailingStory:
    """A story whose next line is a malformed tag the checks missed."""

    choices: list[Any] = []
    done = False

    def step(self) -> Any:
        from game.story.runtime import StoryError

        raise StoryError("office.ink, knot 'office': bad tag '# wait: soon': 'soon' is not a number")

    def choose(self, index: int) -> None:
        raise AssertionError("never reached")


def test_a_story_that_fails_mid_conversation_shows_why_and_the_player_walks_on(tmp_path: Path) -> None:
    from game.scenes.dialogue import DialogueScene

    app, scene = in_the_corridor(tmp_path)
    done: list[bool] = []
    app.services.scenes.push(DialogueScene(app.services, FailingStory(), on_done=lambda: done.append(True)))
    screen = app.services.scenes.top
    assert isinstance(screen, ErrorScreen) and screen.title == "The story stopped here"
    assert "bad tag '# wait: soon'" in screen.lines[0] and done == [True]
    press_each(app, Action.INTERACT)
    assert app.services.scenes.top is scene


def test_a_knot_the_story_lacks_shows_why_instead_of_crashing(tmp_path: Path) -> None:
    app, scene = in_the_corridor(tmp_path)
    scene.run_knot("corridor.nobody_here")
    screen = app.services.scenes.top
    assert isinstance(screen, ErrorScreen) and "corridor.nobody_here" in screen.lines[0]
    press_each(app, Action.INTERACT)
    assert app.services.scenes.top is scene
