"""Damaged and hand-edited settings files and saves, each met the way a player meets it: the
real game starts headless on it (settings) or the player picks it in the load menu (saves).
One case each from tests/hostile_corpus.py: the exact message, no traceback (the tests run
with LULLABY_STRICT, so any error fails the test), and the file's bytes still on disk."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pygame
import pytest

from game.app import App
from game.input import Action
from game.scenes.error import ErrorScreen
from game.scenes.explore import ExploreScene
from game.scenes.menu_saves import SaveLoadMenu
from game.scenes.menus import TitleScreen

from .conftest import press_each, start_game
from .hostile_corpus import SAVE_CASES, SETTINGS_CASES, SaveCase, SettingsCase, save_bytes

V1_SAVES = Path(__file__).parent / "fixtures" / "saves" / "v1"

pytestmark = pytest.mark.usefixtures("quit_pygame")


# -- settings -------------------------------------------------------------------------------------
@pytest.mark.parametrize("case", SETTINGS_CASES, ids=lambda c: c.name)
def test_a_bad_settings_file_starts_the_game_says_what_was_wrong_and_keeps_the_bytes(
    case: SettingsCase, tmp_path: Path
) -> None:
    (tmp_path / "settings.json").write_bytes(case.data)
    app = start_game(tmp_path)
    screen = app.services.scenes.top
    assert isinstance(screen, ErrorScreen), "the player is told"
    assert any(case.says in line for line in screen.lines), screen.lines
    kept = tmp_path / ("settings.json.damaged" if case.aside else "settings.json")
    assert kept.read_bytes() == case.data
    press_each(app, Action.INTERACT)
    assert isinstance(app.services.scenes.top, TitleScreen), "and the game goes on"


# -- saves ----------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def real_saves(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """A save the game itself made in Mara's flat, one in the chaos chamber, and the kept
    version 1 save in the chamber."""
    folder = tmp_path_factory.mktemp("real-saves")
    saves: dict[str, dict[str, Any]] = {}
    for base, map_name in (("flat", "mara_flat"), ("chamber", "chaos_chamber")):
        app = start_game(folder, "--map", map_name)
        for _ in range(3):
            app.frame(None)
        assert app.session.save_game("1") is None
        saves[base] = json.loads((folder / "saves" / "slot_1.json").read_text(encoding="utf-8"))
        pygame.quit()
    saves["v1"] = json.loads((V1_SAVES / "merge_chamber.json").read_text(encoding="utf-8"))
    return saves


def pick_slot_two(app: App) -> SaveLoadMenu:
    """Open Load from the title and choose slot 2, as a player would."""
    title = app.services.scenes.top
    assert isinstance(title, TitleScreen)
    title.select_label("Load")
    press_each(app, Action.INTERACT)
    menu = app.services.scenes.top
    assert isinstance(menu, SaveLoadMenu)
    press_each(app, Action.DOWN, Action.INTERACT)
    return menu


@pytest.mark.parametrize("case", SAVE_CASES, ids=lambda c: c.name)
def test_a_bad_save_is_refused_in_the_load_menu_with_its_reason_and_kept(
    case: SaveCase, real_saves: dict[str, dict[str, Any]], tmp_path: Path
) -> None:
    data = save_bytes(case, real_saves[case.base])
    slot = tmp_path / "saves" / "slot_2.json"
    slot.parent.mkdir()
    slot.write_bytes(data)
    app = start_game(tmp_path)
    summary = next(s for s in app.session.saves.summaries() if s.slot == "2")
    assert summary.status == ("ok" if case.expect in ("refused", "loads") else case.expect), summary.message
    menu = pick_slot_two(app)
    if case.expect == "loads":
        assert isinstance(app.services.scenes.top, ExploreScene)
        assert app.services.scenes.top.world.map.name == real_saves[case.base]["location"]["map"]
    else:
        assert app.services.scenes.top is menu, "the menu stays"
        assert menu.notice is not None and case.says in menu.notice, menu.notice
        assert len(app.services.scenes._scenes) == 2, "nothing else was opened"
    assert slot.read_bytes() == data, "the file is never changed by reading it"
