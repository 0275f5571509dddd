"""Bug reports: the crash screen writes one by itself and the pause menu's "Report a problem"
on request. A report is a folder beside the saves with the play's replay (which plays back
to where the player was), the newest save, the log, a screenshot, the settings and the
versions, and the player is told where it is in plain words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from game.app import main
from game.input import Action
from game.scenes.base import Scene, StepInput
from game.scenes.error import CrashScreen
from game.scenes.overlays import MessageBox

from .test_replay import Player

REPORT_FILES = {
    "play.replay",
    "last_save.json",
    "log.txt",
    "screenshot.png",
    "settings.json",
    "version.txt",
    "README.txt",
}


@pytest.fixture
def player(tmp_path: Path) -> Iterator[Player]:
    yield Player(tmp_path / "played")
    pygame.quit()


def test_the_pause_menu_writes_a_report_and_says_where_it_is(player: Player, capsys) -> None:
    player.new_game_until_walking()
    player.save_in_slot_1()
    player.press(held=(Action.LEFT,), steps=30)
    player.press(Action.MENU)
    player.choose("Report a problem")
    box = player.app.services.scenes.top
    assert isinstance(box, MessageBox)
    folders = list((player.folder / "saves" / "reports").iterdir())
    assert len(folders) == 1 and {p.name for p in folders[0].iterdir()} == REPORT_FILES
    folder = folders[0]
    assert f"A bug report is in the folder {folder}" in box.text and "send that folder" in box.text
    assert (folder / "last_save.json").read_bytes() == (player.folder / "saves" / "slot_1.json").read_bytes()
    assert "Lullaby Protocol" in (folder / "version.txt").read_text()
    assert "lullaby --replay play.replay" in (folder / "README.txt").read_text()
    assert pygame.image.load(str(folder / "screenshot.png")).get_size() == (320, 180)
    pygame.quit()
    assert main(["--replay", str(folder / "play.replay"), "--fast"]) == 0
    assert "it ended as recorded" in capsys.readouterr().out


class Broken(Scene):
    """A scene with a bug: its first step raises."""

    def update(self, step: StepInput) -> None:
        raise RuntimeError("the lamp fell over")


def test_a_crash_writes_a_report_the_crash_screen_names(player: Player) -> None:
    player.app.strict = False
    player.new_game_until_walking()
    player.app.services.scenes.push(Broken(player.app.services))
    player.press(Action.DOWN, steps=2)
    screen = player.app.services.scenes.top
    assert isinstance(screen, CrashScreen)
    folders = list((player.folder / "saves" / "reports").iterdir())
    assert len(folders) == 1 and {p.name for p in folders[0].iterdir()} >= REPORT_FILES - {"last_save.json"}
    said = " ".join(screen.lines)
    assert f"A bug report is in the folder {folders[0]}" in said and "send that folder" in said
    log = (folders[0] / "log.txt").read_text()
    assert "RuntimeError: the lamp fell over" in log and "Traceback" in log
