"""Names that come from data (maps in saves, door and warp targets, sounds, music, sprite
sheets, portraits) lead only into the game's own maps/ and assets/ folders, or to the one
map given on the command line; anything else is a clear error, never a file elsewhere."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from game.assets import Assets
from game.audio import Audio
from game.content.paths import NameError_, inside, name_problem, resolve
from game.content.problems import ContentError
from game.world.mapdata import Link

from .conftest import FIXTURES, MAPS_DIR

OUTSIDE_NAMES = ("../tests/fixtures/maps/room", "/etc/passwd", "..", "a/../../b", "samples/../../x", "C:\\x", "")


@pytest.mark.parametrize("name", ["mara_flat", "samples/dream_mara", "npc_townsfolk_a", "a-b_c9"])
def test_plain_names_are_names(name: str) -> None:
    assert name_problem(name, "map", nested=True) is None


@pytest.mark.parametrize("name", OUTSIDE_NAMES)
def test_anything_that_could_leave_the_folder_is_not_a_name(name: str) -> None:
    problem = name_problem(name, "map", nested=True)
    assert problem is not None and problem.startswith("map name")


def test_a_symlink_out_of_the_folder_is_caught_by_resolve(tmp_path: Path) -> None:
    (tmp_path / "root").mkdir()
    (tmp_path / "root" / "sneaky.wav").symlink_to(tmp_path / "elsewhere.wav")
    assert not inside(tmp_path / "root" / "sneaky.wav", [tmp_path / "root"])
    with pytest.raises(NameError_, match="leads outside"):
        resolve(tmp_path / "root", "sneaky", ".wav", "sound effect")


@pytest.mark.parametrize("name", OUTSIDE_NAMES + ("/work/main/maps/mara_flat.tmx", str(FIXTURES / "maps" / "room.tmx")))
def test_a_map_name_from_data_never_opens_a_file_outside_maps(name: str) -> None:
    with pytest.raises(ContentError) as caught:
        Assets().load_map(name, near=str(MAPS_DIR / "mara_flat.tmx"))
    assert "map" in str(caught.value)


def test_doors_find_the_maps_beside_the_command_line_map_but_nothing_else(display: object) -> None:
    assets = Assets()
    room = assets.load_map_file(str(FIXTURES / "maps" / "room.tmx"))
    assert assets.load_map("other", near=room.path).data.name == "other"  # beside it: fine
    with pytest.raises(ContentError):
        assets.load_map("../broken/reserved_name", near=room.path)


def test_a_door_out_of_the_game_shows_the_problem_in_game(tmp_path: Path) -> None:
    from game.app import App, parse_args
    from game.scenes.error import ErrorScreen

    app = App(parse_args(["--settings", str(tmp_path / "s"), "--save-dir", str(tmp_path), "--map", "mara_corridor"]))
    scene = app.services.scenes.top
    scene.travel(Link("../../etc/passwd", "start"))  # as a warp tag naming it would
    for _ in range(30):
        app.frame(None)
    screen = app.services.scenes.top
    assert isinstance(screen, ErrorScreen) and "is not a plain name" in screen.lines[0]
    assert scene.world.map.name == "mara_corridor", "the player stays where they were"


@pytest.mark.parametrize("name", ["../sprites/mara", "/etc/passwd", "mara/../../x"])
def test_a_sprite_sheet_name_from_a_map_stays_in_assets(name: str) -> None:
    with pytest.raises(ContentError, match="sprite sheet"):
        Assets().sheet(name)


def test_a_missing_sprite_sheet_is_a_content_error_not_a_crash() -> None:
    with pytest.raises(ContentError, match="npc_nobody"):
        Assets().sheet("npc_nobody")


def test_a_portrait_name_from_a_tag_stays_in_assets(display: object) -> None:
    assets = Assets()
    assert assets.portrait("mara") is not None
    assert assets.portrait("../portraits/mara") is None
    assert assets.portrait("/etc/passwd") is None


def test_sound_and_music_names_stay_in_the_audio_folder(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    outside = tmp_path / "outside.wav"
    outside.write_bytes(b"RIFF")
    audio = Audio(True, 0.5, 0.5, str(tmp_path / "audio"))
    os.makedirs(tmp_path / "audio" / "sfx")
    with caplog.at_level(logging.WARNING):
        audio.play_sfx("../../outside")
        audio.play_music("../outside")
    assert audio.current_music is None
    assert "is not a plain name" in caplog.text
