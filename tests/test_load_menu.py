"""The load (and save) menu: each slot's picture, chapter, place, when it was saved and how
long it has been played; play time counted in fixed steps and carried by the saves; a
picture that cannot be shown is a blank card and never stops a save from loading; a save
that does not say its play time still loads."""

from __future__ import annotations

import base64
import io
import json
import random
from pathlib import Path

import pygame
import pytest

from game.app import App
from game.assets import Assets
from game.input import Action
from game.save import Location, SaveGame, SaveStore
from game.scenes import menu_saves
from game.scenes.base import SceneStack
from game.scenes.explore import ExploreScene
from game.scenes.menu_base import ConfirmMenu
from game.scenes.menu_pause import PauseMenu
from game.scenes.menu_saves import (
    THUMBNAIL_BOX,
    SaveLoadMenu,
    card_text,
    decode_thumbnail,
    draw_blank_picture,
    fit_thumbnail,
    slot_details,
)
from game.scenes.menus import SettingsMenu, TitleScreen
from game.scenes.services import Services
from game.session import THUMBNAIL_SIZE, counts_as_play
from game.settings import Settings
from game.world import STEP_S

from .conftest import Ear, press_each, start_game

V1_CHAMBER = Path(__file__).parent / "fixtures" / "saves" / "v1" / "merge_chamber.json"


# -- helpers --------------------------------------------------------------------------------------
def picture(seed: int, size: tuple[int, int] = THUMBNAIL_SIZE) -> pygame.Surface:
    """A thumbnail-sized picture whose every pixel differs from its neighbours and from
    another seed's, so a picture drawn in the wrong place or the wrong slot shows."""
    surface = pygame.Surface(size, depth=24)
    for x in range(size[0]):
        for y in range(size[1]):
            surface.set_at((x, y), ((x * 3 + seed * 40) % 256, (y * 5 + seed * 90) % 256, (x * y + seed) % 256))
    return surface


def png_of(surface: pygame.Surface) -> bytes:
    buffer = io.BytesIO()
    pygame.image.save(surface, buffer, "thumbnail.png")
    return buffer.getvalue()


def a_save(
    thumbnail: bytes, chapter: str = "mara_day", title: str = "Mara's flat", play_time_s: float | None = 3930.0
) -> SaveGame:
    return SaveGame(
        saved_at="2045-03-12T06:15:00+00:00",
        play_time_s=play_time_s,
        location=Location("mara_flat", (3, 4), "down", title),
        thumbnail_png=thumbnail,
        ink_state="{}",
        playthrough={"chapter": chapter},
        game_version="test",
    )


@pytest.fixture(scope="module")
def assets() -> Assets:
    return Assets()


@pytest.fixture
def services(assets: Assets, tmp_path: Path) -> Services:
    """Menus over a real save folder (no game behind them: these tests only look)."""
    services = Services(SceneStack(), assets, Settings(), random.Random(0), Ear())  # type: ignore[arg-type]
    services.saves = SaveStore(tmp_path / "saves")
    return services


def drawn(services: Services) -> pygame.Surface:
    surface = pygame.Surface((320, 180))
    services.scenes.draw(surface)
    return surface


def region(surface: pygame.Surface, rect: pygame.Rect) -> bytes:
    return pygame.image.tobytes(surface.subsurface(rect), "RGB")


def blank_card(services: Services, text: str) -> bytes:
    """What the picture's place holds when there is no picture (drawn on its own)."""
    surface = pygame.Surface((320, 180))
    draw_blank_picture(surface, services.assets, THUMBNAIL_BOX, text)
    return region(surface, THUMBNAIL_BOX)


def open_load_menu(app: App) -> SaveLoadMenu:
    """Load, from the title, as a player would."""
    title = app.services.scenes.top
    assert isinstance(title, TitleScreen)
    title.select_label("Load")
    press_each(app, Action.INTERACT)
    menu = app.services.scenes.top
    assert isinstance(menu, SaveLoadMenu)
    return menu


def select_slot(app: App, menu: SaveLoadMenu, slot: str) -> None:
    while menu.selected_summary() is None or menu.selected_summary().slot != slot:
        press_each(app, Action.DOWN)


def in_the_corridor(tmp_path: Path) -> App:
    app = start_game(tmp_path, "--map", "mara_corridor")
    for _ in range(5):
        app.frame(None)
    assert isinstance(app.services.scenes.top, ExploreScene)
    return app


# -- what the menu shows -------------------------------------------------------------------------
def test_each_slot_lists_its_chapter_and_the_panel_says_chapter_place_when_and_play_time(
    services: Services,
) -> None:
    store = services.saves
    assert store is not None
    store.save("1", a_save(png_of(picture(1)), "mara_day", "Mara's flat", 3930.0))
    store.save("3", a_save(png_of(picture(3)), "merge", "The Merge: First Chamber", 750.0))
    menu = SaveLoadMenu(services, "load")
    services.scenes.push(menu)
    assert [(item.label, item.sub) for item in menu.items] == [
        ("Slot 1", "Mara's Friday"),
        ("Slot 2", "Empty"),
        ("Slot 3", "The Merge"),
        ("Autosave", "Empty"),
        ("Back", ""),
    ]
    when = menu_saves.short_local_time("2045-03-12T06:15:00+00:00")
    first, third = (slot_details(menu.summaries[i], "load") for i in (0, 2))
    assert [(line.label, line.text) for line in first] == [
        ("", "Mara's Friday"),
        ("", "Mara's flat"),
        ("Saved", when),
        ("Played", "1 h 05 min"),
    ]
    assert [line.text for line in third] == ["The Merge", "The Merge: First Chamber", when, "12 min"]


def test_the_selected_slots_picture_is_drawn_at_twice_its_size_in_the_panel(services: Services) -> None:
    store = services.saves
    assert store is not None
    pictures = {"1": picture(1), "2": picture(2)}
    for slot, image in pictures.items():
        store.save(slot, a_save(png_of(image)))
    menu = SaveLoadMenu(services, "load")
    services.scenes.push(menu)
    for slot, image in pictures.items():
        assert menu.selected_summary().slot == slot
        expected = pygame.image.tobytes(pygame.transform.scale_by(image, 2), "RGB")
        assert region(drawn(services), THUMBNAIL_BOX) == expected, f"slot {slot}'s picture, pixel for pixel"
        menu.move(1)
    assert menu.selected_summary().slot == "3"
    assert region(drawn(services), THUMBNAIL_BOX) == blank_card(services, ""), "an empty slot: the blank card"


def test_each_picture_is_decoded_once_when_the_menu_opens_not_while_drawing(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = services.saves
    assert store is not None
    for slot in ("1", "2", "auto"):
        store.save(slot, a_save(png_of(picture(int(slot) if slot != "auto" else 7))))
    decoded: list[int] = []

    def counting(data: bytes) -> pygame.Surface | None:
        decoded.append(len(data))
        return decode_thumbnail(data)

    monkeypatch.setattr(menu_saves, "decode_thumbnail", counting)
    menu = SaveLoadMenu(services, "load")
    services.scenes.push(menu)
    assert len(decoded) == 3
    for _ in range(12):
        menu.move(1)
        drawn(services)
    services.scenes.push(ConfirmMenu(services, "Sure?", lambda: None))
    services.scenes.pop()  # the menu is built again on resume: the same pictures are kept
    drawn(services)
    assert len(decoded) == 3


def test_a_picture_of_another_size_is_fitted_to_the_panel_without_changing_its_shape() -> None:
    assert fit_thumbnail(picture(1, (320, 180)), THUMBNAIL_BOX.size).get_size() == (160, 90)
    assert fit_thumbnail(picture(1, (40, 40)), THUMBNAIL_BOX.size).get_size() == (80, 80)
    assert fit_thumbnail(picture(1, (300, 20)), THUMBNAIL_BOX.size).get_size() == (160, 10)
    assert fit_thumbnail(picture(1, (1, 1)), THUMBNAIL_BOX.size).get_size() == (90, 90)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"GIF89a not a png",
        b"\x89PNG\r\n\x1a\n",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x01\x86\xa0\x00\x01\x86\xa0\x08\x02\x00\x00\x00",
        bytes(random.Random(9).randrange(256) for _ in range(3000)),
    ],
    ids=["nothing", "another_format", "only_the_signature", "claims_100000_square", "noise"],
)
def test_bytes_that_are_not_a_usable_picture_decode_to_none(data: bytes) -> None:
    assert decode_thumbnail(data) is None


def test_a_cut_off_or_oversized_picture_decodes_to_none_and_a_whole_one_decodes() -> None:
    whole = png_of(picture(4))
    image = decode_thumbnail(whole)
    assert image is not None and image.get_size() == THUMBNAIL_SIZE
    assert decode_thumbnail(whole[: len(whole) // 2]) is None
    assert decode_thumbnail(png_of(picture(4, (321, 10)))) is None, "wider than the screen"
    assert decode_thumbnail(whole + b"\x00" * menu_saves.MAX_THUMBNAIL_BYTES) is None


# -- play time ------------------------------------------------------------------------------------
def test_play_time_grows_with_fixed_steps_and_survives_save_and_load(tmp_path: Path, quit_pygame: None) -> None:
    app = in_the_corridor(tmp_path)
    for _ in range(115):
        app.frame(None)
    assert app.services.play_time_steps == 120
    assert app.session.save_game("1") is None
    store = SaveStore(tmp_path / "saves")
    assert store.load("1").play_time_s == pytest.approx(120 * STEP_S)

    app.session.quit_to_title()
    assert app.session.load_game("1") is None
    assert app.services.play_time_steps == 120, "loading picks the count up where the save left it"
    for _ in range(60):
        app.frame(None)
    assert app.session.save_game("2") is None
    assert store.load("2").play_time_s == pytest.approx(180 * STEP_S)
    assert store.load("1").play_time_s == pytest.approx(120 * STEP_S)


def test_a_step_counts_as_play_only_while_no_menu_is_open(tmp_path: Path, quit_pygame: None) -> None:
    app = in_the_corridor(tmp_path)
    services = app.services
    before = services.play_time_steps
    app.session.count_play_step()
    assert services.play_time_steps == before + 1, "exploring is playing"
    for menu in (PauseMenu(services), SaveLoadMenu(services, "save"), SettingsMenu(services)):
        services.scenes.push(menu)
        assert not counts_as_play(services.scenes.top)
        app.session.count_play_step()
    assert services.play_time_steps == before + 1, "the clock stops while a menu is open"
    assert not counts_as_play(TitleScreen(services)) and not counts_as_play(None)


# -- what cannot be shown -------------------------------------------------------------------------
def test_a_bad_picture_shows_the_blank_card_and_the_slot_still_loads(tmp_path: Path, quit_pygame: None) -> None:
    app = in_the_corridor(tmp_path)
    assert app.session.save_game("2") is None
    path = tmp_path / "saves" / "slot_2.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["thumbnail_png"] = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\xee" * 500).decode("ascii")
    path.write_text(json.dumps(document), encoding="utf-8")
    app.session.quit_to_title()

    menu = open_load_menu(app)
    select_slot(app, menu, "2")
    assert menu.thumbnail_of(menu.selected_summary()) is None
    assert card_text(menu.selected_summary(), None) == "no picture"
    assert region(app.internal, THUMBNAIL_BOX) == blank_card(app.services, "no picture")
    assert [line.text for line in slot_details(menu.selected_summary(), "load")][-1] == "< 1 min"
    press_each(app, Action.INTERACT)
    scene = app.services.scenes.top
    assert isinstance(scene, ExploreScene) and scene.world.map.name == "mara_corridor"


def test_an_old_save_without_play_time_loads_and_shows_a_dash(tmp_path: Path, quit_pygame: None) -> None:
    document = json.loads(V1_CHAMBER.read_text(encoding="utf-8"))
    del document["play_time_s"]
    (tmp_path / "saves").mkdir()
    (tmp_path / "saves" / "slot_3.json").write_text(json.dumps(document), encoding="utf-8")
    app = start_game(tmp_path)

    menu = open_load_menu(app)
    select_slot(app, menu, "3")
    summary = menu.selected_summary()
    assert summary.status == "ok" and summary.play_time_s is None
    assert [(line.label, line.text) for line in slot_details(summary, "load")][-1] == ("Played", "—")
    assert menu.thumbnail_of(summary) is not None, "the version 1 picture still shows"
    press_each(app, Action.INTERACT)
    assert isinstance(app.services.scenes.top, ExploreScene)
    start = app.services.play_time_steps
    assert start <= 1, "the count starts at the load (the step that loaded it may count)"
    for _ in range(30):
        app.frame(None)
    assert app.session.save_game("3") is None
    assert SaveStore(tmp_path / "saves").load("3").play_time_s == pytest.approx((start + 30) * STEP_S)


# -- the pictures the game takes ------------------------------------------------------------------
def test_saving_from_the_menu_pictures_the_place_not_the_menu_and_the_menu_shows_it(
    tmp_path: Path, quit_pygame: None
) -> None:
    app = in_the_corridor(tmp_path)
    scene = app.services.scenes.top
    assert isinstance(scene, ExploreScene)
    press_each(app, Action.MENU)
    pause = app.services.scenes.top
    assert isinstance(pause, PauseMenu)
    place = pygame.Surface((320, 180), depth=32)
    scene.draw(place)  # the place as it stands under the menu (no map-name banner, no HUD)
    pause.select_label("Save")
    press_each(app, Action.INTERACT, Action.INTERACT)  # slot 1, empty: saved at once
    menu = app.services.scenes.top
    assert isinstance(menu, SaveLoadMenu) and menu.notice == "Saved in Slot 1."

    stored = SaveStore(tmp_path / "saves").load("1").thumbnail_png
    image = decode_thumbnail(stored)
    assert image is not None and image.get_size() == THUMBNAIL_SIZE
    expected = pygame.transform.smoothscale(place, THUMBNAIL_SIZE)
    assert pygame.image.tobytes(image, "RGB") == pygame.image.tobytes(expected, "RGB")
    menu_frame = pygame.transform.smoothscale(app.internal, THUMBNAIL_SIZE)
    assert pygame.image.tobytes(image, "RGB") != pygame.image.tobytes(menu_frame, "RGB")

    shown = menu.thumbnail_of(menu.selected_summary())
    assert shown is not None, "the save menu shows the new picture at once"
    assert region(app.internal, THUMBNAIL_BOX) == pygame.image.tobytes(shown, "RGB")


@pytest.mark.parametrize("where", ["samples/first_room", "maps/samples/first_room.tmx"])
def test_a_save_made_on_a_map_in_a_folder_below_maps_or_named_by_its_file_loads(tmp_path: Path, where: str) -> None:
    # A designer's sample map: the save names it by its file's name alone (first_room).
    from .conftest import start_game

    app = start_game(tmp_path, "--map", where)
    try:
        app.frame(None)
        assert app.session.save_game("1") is None
        assert app.session.load_game("1") is None
        scene = app.services.scenes.top
        assert isinstance(scene, ExploreScene) and scene.world.map.name == "first_room"
    finally:
        pygame.quit()
