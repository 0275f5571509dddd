"""Hot reload (`--hot-reload`): the real game, headless, on a copy of the game's maps and story;
files are edited as Tiled and Inky save them and the running game is looked at after.

The copy: maps/ and assets/story/ are copied into the test's folder; every other folder of
assets/ is linked (nothing in the repository is ever written)."""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import pygame
import pytest

from game.app import App
from game.assets import Assets
from game.content.dependencies import map_files
from game.hot_reload import POLL_FRAMES, FileWatch, HotReload
from game.scenes.explore import ExploreScene
from game.scenes.menu_pause import PauseMenu
from game.tools.route import Runner
from game.world.geometry import Direction

from .conftest import start_game

pytestmark = pytest.mark.usefixtures("quit_pygame")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def game_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """maps/ and assets/story/ copied, the rest of assets/ linked; the game loads from there."""
    shutil.copytree(ROOT / "maps", tmp_path / "maps")
    assets = tmp_path / "assets"
    assets.mkdir()
    for entry in (ROOT / "assets").iterdir():
        if entry.name == "story":
            shutil.copytree(entry, assets / "story")
        else:
            (assets / entry.name).symlink_to(entry, target_is_directory=entry.is_dir())
    maps, folder = str(tmp_path / "maps"), str(assets)
    monkeypatch.setattr("game.app.Assets", lambda: Assets(maps_dir=maps, assets_dir=folder))
    return tmp_path


def start(copy: Path, *more: str) -> tuple[App, ExploreScene]:
    app = start_game(copy / "run", "--map", str(copy / "maps" / "mara_flat.tmx"), "--hot-reload", *more)
    for _ in range(3):
        app.frame(None)
    scene = app.services.scenes.top
    while not isinstance(scene, ExploreScene):  # the flat's arrival story: read it through
        app.services.scenes.pop()
        scene = app.services.scenes.top
    return app, scene


def hot(app: App) -> HotReload:
    assert app.hot_reload is not None
    return app.hot_reload


def save_as_tiled_would(path: Path, change: Any) -> None:
    """Rewrite the file with `change` applied to its text, and make sure its time moves on
    (a file system may keep coarse times)."""
    before = path.stat().st_mtime_ns
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
    if path.stat().st_mtime_ns == before:
        os.utime(path, ns=(before + 1_000_000, before + 1_000_000))


def poll(app: App) -> None:
    """Enough frames for the watcher to look once."""
    for _ in range(POLL_FRAMES):
        app.frame(None)


def add_solid(x: int, y: int) -> Any:
    """A `solid` object on cell (x, y), added to the flat's object layer as Tiled adds one."""

    def change(text: str) -> str:
        text = re.sub(r'nextobjectid="(\d+)"', lambda m: f'nextobjectid="{int(m.group(1)) + 1}"', text, count=1)
        wall = f'\n  <object id="90" template="templates/solid.tx" x="{x * 16}" y="{y * 16}"/>'
        return re.sub(r'(<objectgroup id="\d+" name="objects">)', lambda m: m.group(1) + wall, text, count=1)

    return change


# -- maps -----------------------------------------------------------------------------------------
def test_a_map_saved_in_tiled_shows_in_the_running_game_with_the_player_where_she_stood(game_copy: Path) -> None:
    app, scene = start(game_copy)
    world = scene.world
    cell = world.player.cell
    flat = game_copy / "maps" / "mara_flat.tmx"
    save_as_tiled_would(flat, lambda t: t.replace('value="Mara\'s flat"', 'value="Mara\'s untidy flat"'))
    poll(app)
    assert world.map.title == "Mara's untidy flat" and world.player.cell == cell
    assert scene.loaded.path == str(flat) and hot(app).problems == []
    assert "Map reloaded (mara_flat.tmx)" in app.services.messages


def test_a_wall_drawn_where_the_player_stands_moves_her_to_the_nearest_free_cell(game_copy: Path) -> None:
    app, scene = start(game_copy)
    world = scene.world
    x, y = 3, 5  # clear floor below the bed (not the spawn: the validator wants that free)
    world.player.place((x, y), Direction.DOWN)
    save_as_tiled_would(game_copy / "maps" / "mara_flat.tmx", add_solid(x, y))
    poll(app)
    assert world.map.is_blocked((x, y)), "the new wall is there"
    moved = world.player.cell
    assert moved != (x, y) and abs(moved[0] - x) + abs(moved[1] - y) == 1 and not world.map.is_blocked(moved)


def test_a_broken_save_shows_the_validator_s_messages_and_the_last_good_map_plays_on(game_copy: Path) -> None:
    app, scene = start(game_copy)
    world = scene.world
    flat = game_copy / "maps" / "mara_flat.tmx"
    good = flat.read_text(encoding="utf-8")
    save_as_tiled_would(
        flat, lambda t: t.replace('name="target_map" value="mara_corridor"', 'name="target_map" value="mara_coridor"')
    )
    poll(app)
    problems = hot(app).problems
    assert problems and any("mara_coridor" in p.message for p in problems), problems
    assert all(p.path == str(flat) for p in problems)
    assert world.map.title == "Mara's flat" and app.services.scenes.top is scene, "the old map plays on"
    app.frame(None)  # and draws, with the panel over it
    save_as_tiled_would(flat, lambda t: good.replace('value="Mara\'s flat"', 'value="Mara\'s flat, fixed"'))
    poll(app)
    assert hot(app).problems == [] and world.map.title == "Mara's flat, fixed"


def test_a_map_that_is_not_xml_any_more_is_reported_not_loaded(game_copy: Path) -> None:
    app, scene = start(game_copy)
    flat = game_copy / "maps" / "mara_flat.tmx"
    save_as_tiled_would(flat, lambda t: t[: len(t) // 2])
    poll(app)
    assert any("not valid XML" in p.message for p in hot(app).problems)
    assert scene.world.map.title == "Mara's flat"


def test_f5_reloads_at_once_even_with_nothing_changed(game_copy: Path) -> None:
    app, scene = start(game_copy)
    old = scene.loaded
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_F5, mod=0, unicode="", scancode=0))
    app.frame(None)
    assert scene.loaded is not old and scene.loaded.path == old.path
    assert "Story reloaded (main.json)" in app.services.messages


def test_changes_wait_while_a_menu_is_open_and_apply_when_the_player_has_control(game_copy: Path) -> None:
    app, scene = start(game_copy)
    app.services.scenes.push(PauseMenu(app.services))
    save_as_tiled_would(game_copy / "maps" / "mara_flat.tmx", lambda t: t.replace("Mara's flat", "Later flat"))
    poll(app)
    assert scene.world.map.title == "Mara's flat"
    app.services.scenes.pop()
    poll(app)
    assert scene.world.map.title == "Later flat"


def test_without_the_flag_nothing_is_watched(game_copy: Path) -> None:
    app = start_game(game_copy / "run", "--map", str(game_copy / "maps" / "mara_flat.tmx"))
    assert app.hot_reload is None


# -- the story ------------------------------------------------------------------------------------
def test_a_recompiled_story_takes_over_with_the_story_state_kept(game_copy: Path) -> None:
    app, _ = start(game_copy)
    old = app.services.story
    assert old is not None
    old.set("pod_hours", 3)
    story_json = game_copy / "assets" / "story" / "main.json"
    save_as_tiled_would(story_json, lambda t: t.replace("Forty-three unread messages", "Forty-four unread messages"))
    poll(app)
    new = app.services.story
    assert new is not None and new is not old and new.get("pod_hours") == 3
    assert "Forty-four unread" in story_json.read_text(encoding="utf-8")


def test_an_ink_file_saved_in_inky_is_compiled_and_a_failed_compile_is_shown(game_copy: Path) -> None:
    app, _ = start(game_copy)
    story_dir = game_copy / "assets" / "story"
    marker = game_copy / "compiled"
    compile_ok = [sys.executable, "-c", f"open({str(marker)!r}, 'a').write('x')"]
    hot(app).compile_command = compile_ok
    save_as_tiled_would(story_dir / "mara_day.ink", lambda t: t + "\n")
    poll(app)
    hot(app).compiling.wait()  # type: ignore[union-attr]
    poll(app)
    assert marker.read_text() == "x" and hot(app).problems == []
    hot(app).compile_command = [
        sys.executable,
        "-c",
        "print('mara_day.ink line 3: unexpected ->'); raise SystemExit(1)",
    ]
    save_as_tiled_would(story_dir / "mara_day.ink", lambda t: t + "\n")
    poll(app)
    hot(app).compiling.wait()  # type: ignore[union-attr]
    poll(app)
    assert [p.message for p in hot(app).problems] == ["does not compile: mara_day.ink line 3: unexpected ->"]


def test_a_story_that_does_not_load_is_shown_and_the_old_one_plays_on(game_copy: Path) -> None:
    app, _ = start(game_copy)
    old = app.services.story
    story_json = game_copy / "assets" / "story" / "main.json"
    save_as_tiled_would(story_json, lambda t: t[: len(t) // 3])
    poll(app)
    assert app.services.story is old
    assert [p.path for p in hot(app).problems] == [str(story_json)]


# -- what is watched ------------------------------------------------------------------------------
def test_a_map_is_made_of_its_tilesets_their_images_and_its_templates() -> None:
    files = map_files(str(ROOT / "maps" / "mara_flat.tmx"))
    names = {os.path.relpath(f, ROOT) for f in files}
    assert {"maps/mara_flat.tmx", "assets/tilesets/waking.tsx", "assets/tilesets/waking.png"} <= names
    assert "maps/templates/solid.tx" in names or "maps/templates/spawn.tx" in names


def test_the_watch_tells_a_change_an_appearance_and_a_removal(tmp_path: Path) -> None:
    one, two = tmp_path / "one.tsx", tmp_path / "two.png"
    one.write_text("a")
    watch = FileWatch()
    watch.watch([str(one), str(two)])
    assert watch.changed() == set()
    one.write_text("bb")
    two.write_bytes(b"png")
    assert watch.changed() == {str(one), str(two)}
    one.unlink()
    assert watch.changed() == {str(one)}
    assert watch.changed() == set()


def test_a_map_edited_while_the_player_was_elsewhere_is_fresh_when_she_walks_back_in(game_copy: Path) -> None:
    app, scene = start(game_copy)
    corridor = game_copy / "maps" / "mara_corridor.tmx"
    app.services.assets.load_map_file(str(corridor))  # cached, as a door's target is
    save_as_tiled_would(corridor, lambda t: t.replace("Aster Court, second floor", "Aster Court, repainted"))
    runner = Runner(app)
    runner.steps["walk_to"](["door:mara_corridor"])
    runner.steps["interact"]([])
    poll(app)
    assert scene.world.map.name == "mara_corridor" and scene.world.map.title == "Aster Court, repainted"


def test_a_party_map_reloads_with_its_puzzle_and_everyone_as_they_were(game_copy: Path) -> None:
    app = start_game(game_copy / "run", "--map", str(game_copy / "maps" / "chaos_chamber.tmx"), "--hot-reload")
    for _ in range(3):
        app.frame(None)
    while not isinstance(app.services.scenes.top, ExploreScene):
        app.services.scenes.pop()
    scene = app.services.scenes.top
    world = scene.world
    world.play_as("lila")
    lila = world.player
    lila.place((lila.cell[0], lila.cell[1] - 1), lila.facing)
    before = world.save_state()
    save_as_tiled_would(game_copy / "maps" / "chaos_chamber.tmx", lambda t: t.replace("First Chamber", "Chamber One"))
    poll(app)
    assert world.map.title == "The Merge: Chamber One"
    after = world.save_state()
    assert after["maps"]["chaos_chamber"]["puzzle"] == before["maps"]["chaos_chamber"]["puzzle"]
    assert world.player.name == "lila" and world.player.cell == lila.cell
