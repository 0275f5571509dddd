"""A game anyone can finish: the accessibility settings and what honours them. Large text
(the dialogue box, log, menus and prompts), the high-contrast dialogue box, the choice
list that ignores the confirm press that finished the line before it, the dialogue log's
title, close hint and whole lines, the content note before a new game, and the assists."""

from __future__ import annotations

import inspect
import random
from dataclasses import dataclass, field, fields
from typing import Any

import pygame
import pytest

from game.assets import Assets
from game.input import Action
from game.scenes.base import Scene, SceneStack, StepInput
from game.scenes.content_note import ContentNote
from game.scenes.dialogue import CHOICE_GUARD_STEPS, LINES_PER_PAGE, DialogueScene
from game.scenes.dialogue_log import DialogueLog
from game.scenes.menu_base import ConfirmMenu, Menu, MenuItem
from game.scenes.menu_pause import PauseMenu
from game.scenes.menu_settings import AccessibilityMenu, BindingsMenu, SettingsEditor, SettingsMenu
from game.scenes.menus import TitleScreen
from game.scenes.services import Services
from game.settings import Settings, read_settings

from .conftest import Ear

LONG = (
    "The second hall hums. Gold wires run under the marble like veins, and only the lens shows where "
    "they really go: from the switch by the door, through two junctions that argue about it, to gates."
)
ASSISTS = ("assist_lasting_sketches", "assist_forgiving_dark", "assist_fast_walk")


@dataclass
class Line:
    text: str
    speaker: str | None = None
    mood: str | None = None


@dataclass
class Choice:
    index: int
    text: str


@dataclass
class Story:
    lines: list[Line] = field(default_factory=lambda: [Line("Mara lies still.", None), Line("Well?", "mara")])
    offered: list[Choice] = field(default_factory=list)
    picked: list[int] = field(default_factory=list)

    def step(self) -> Line | None:
        if self.lines:
            line = self.lines.pop(0)
            if not self.lines and not self.picked:
                self.offered = [Choice(0, "Answer the office."), Choice(1, "One more hour in the pod.")]
            return line
        return None

    @property
    def choices(self) -> list[Choice]:
        return self.offered

    def choose(self, index: int) -> None:
        self.picked.append(index)
        self.offered = []

    @property
    def done(self) -> bool:
        return not self.lines and not self.offered


@dataclass
class Flow:
    services: Any
    calls: list[str] = field(default_factory=list)

    def new_game(self) -> None:
        self.calls.append("new_game")

    def apply_settings(self, settings: Settings) -> str | None:
        self.services.settings = settings
        return None

    def window_path(self) -> str:
        return "gpu"


@pytest.fixture(scope="module")
def assets() -> Assets:
    return Assets()


@pytest.fixture
def services(assets: Assets) -> Services:
    services = Services(SceneStack(), assets, Settings(), random.Random(0), Ear())  # type: ignore[arg-type]
    services.flow = Flow(services)  # type: ignore[assignment]
    return services


def step(services: Services, *pressed: Action, held: set[Action] | None = None, steps: int = 1) -> None:
    for i in range(steps):
        services.scenes.update(StepInput(pressed=set(pressed) if i == 0 else set(), held=set(held or ())))
        services.steps += 1


def to_choices(services: Services) -> tuple[DialogueScene, Story]:
    story = Story()
    scene = DialogueScene(services, story)
    services.scenes.push(scene)
    for _ in range(4):  # finish, go on, finish, go on: the choices are up
        step(services, Action.INTERACT)
    assert scene.choosing
    return scene, story


# -- the settings -----------------------------------------------------------------------------------------
def test_every_accessibility_setting_is_off_by_default_except_the_content_note() -> None:
    settings = Settings()
    assert not settings.large_text and not settings.high_contrast_box and not settings.skip_unseen
    assert settings.content_note
    assert not any(getattr(settings, name) for name in ASSISTS)


def test_accessibility_settings_read_back_and_a_wrong_value_falls_back_alone() -> None:
    raw = {"large_text": True, "high_contrast_box": "yes", "assist_fast_walk": True, "assist_lastng_sketches": True}
    settings, notices = read_settings(raw)
    assert settings.large_text and settings.assist_fast_walk and not settings.high_contrast_box
    assert any("high_contrast_box should be true or false" in n for n in notices)
    assert any("did you mean assist_lasting_sketches" in n for n in notices)


def test_the_accessibility_page_holds_every_setting_and_changes_apply_at_once(services: Services) -> None:
    settings_menu = SettingsMenu(services)
    services.scenes.push(settings_menu)
    settings_menu.select_label("Accessibility")
    step(services, Action.INTERACT)
    page = services.scenes.top
    assert isinstance(page, AccessibilityMenu)
    labels = [item.label for item in page.items]
    assert labels == [
        "Text size",
        "Dialogue box",
        "Skip key skips",
        "Content note",
        "Lasting sketches",
        "Forgiving dark",
        "Faster walking",
        "Back",
    ]
    assert page.items[4].hint == "Sketches never fade with time"
    assert all("easy" not in (item.label + item.hint).lower() for item in page.items), "no judgement"
    expected = ["large_text", "high_contrast_box", "skip_unseen", "content_note", *ASSISTS]
    for index, name in enumerate(expected):
        page.cursor = index
        before = getattr(services.settings, name)
        step(services, Action.RIGHT)
        assert getattr(services.settings, name) is (not before), name
    assert page.items[0].value is not None and page.items[0].value() == "Large"


# -- large text ----------------------------------------------------------------------------------------------
def pages_for(services: Services, large: bool) -> DialogueScene:
    services.settings.large_text = large
    scene = DialogueScene(services, Story([Line(LONG, "somnico_host")]))
    services.scenes.push(scene)
    return scene


def test_large_text_wraps_the_same_line_into_more_rows_each_within_the_box(services: Services) -> None:
    normal = pages_for(services, False)
    large = pages_for(services, True)
    normal_rows = [row for page in normal.pages for row in page]
    large_rows = [row for page in large.pages for row in page]
    assert len(large_rows) > len(normal_rows)
    assert large.font.line_height == 2 * normal.font.line_height
    for scene, rows in ((normal, normal_rows), (large, large_rows)):
        width = scene.box.w - 2 * scene.TEXT_PADDING[0]
        assert max(scene.font.measure(row) for row in rows) <= width
        assert " ".join(rows).split() == LONG.split(), "every word, in order"
        assert all(len(page) <= LINES_PER_PAGE[scene is large] for page in scene.pages)
        assert scene.font.text_height(LINES_PER_PAGE[scene is large]) <= scene.box.h - 2 * scene.TEXT_PADDING[1]
        assert scene.box.bottom <= 180 and scene.box.top >= 0


def test_a_line_too_long_for_the_box_turns_over_in_pages(services: Services) -> None:
    scene = pages_for(services, True)
    assert len(scene.pages) >= 2
    step(services, Action.INTERACT)  # the first page whole
    step(services, Action.INTERACT)  # the next page
    assert scene.page == 1 and scene.line is not None and scene.line.text == LONG and scene.typing


def test_large_text_menus_stay_on_screen_and_scroll_what_does_not_fit(services: Services) -> None:
    services.settings.large_text = True
    editor = SettingsEditor(services)
    question = "Quit to the title? Unsaved progress is lost."
    menus: list[Menu] = [
        TitleScreen(services),
        PauseMenu(services),
        SettingsMenu(services),
        AccessibilityMenu(services, editor),
        BindingsMenu(services, editor, "keyboard"),
        ConfirmMenu(services, question, lambda: None),
    ]
    surface = pygame.Surface((320, 180))
    for menu in menus:
        menu.items = menu.build_items()
        panel = menu.panel_rect(surface)
        assert surface.get_rect().contains(panel), type(menu).__name__
        assert panel.top - menu._title_overhang() >= 0, "the title plate too"
        assert menu.row_height() == 2 * menu.services.assets.font.line_height + 6
        for item in menu.items:
            assert menu._row_width(item) <= panel.w or menu.width_px, (type(menu).__name__, item.label)
    services.settings.large_text = False
    small = SettingsMenu(services)
    small.items = small.build_items()
    assert small.rows_shown() > SettingsMenu(services).rows_shown() - 1
    services.settings.large_text = True
    assert len(menus[2].visible_rows()) < len(menus[2].items), "large settings scroll"


def test_a_menu_that_lays_out_its_own_panel_keeps_the_normal_size(services: Services) -> None:
    class OwnLayout(Menu):
        def panel_rect(self, surface: pygame.Surface) -> pygame.Rect:
            return pygame.Rect(10, 10, 100, 100)

    services.settings.large_text = True
    assert not OwnLayout(services, "Slots", [MenuItem("One")]).large_text
    assert Menu(services, "Plain", [MenuItem("One")]).large_text


def test_every_large_menu_draws_without_changing_anything(display: pygame.Surface, services: Services) -> None:
    services.settings.large_text = True
    for menu in (TitleScreen(services), SettingsMenu(services), AccessibilityMenu(services, SettingsEditor(services))):
        services.scenes.push(menu)
        surface = pygame.Surface((320, 180))
        services.scenes.draw(surface)
        before = pygame.image.tobytes(surface, "RGB")
        services.scenes.draw(surface)
        assert pygame.image.tobytes(surface, "RGB") == before
        services.scenes.pop()


# -- the high-contrast box -------------------------------------------------------------------------------------
def box_pixels(services: Services, contrast: bool) -> tuple[DialogueScene, pygame.Surface]:
    services.settings.high_contrast_box = contrast
    scene = DialogueScene(services, Story([Line("Mara lies still and counts the ceiling tiles.", None)]))
    services.scenes.push(scene)
    step(services, Action.INTERACT)
    surface = pygame.Surface((320, 180))
    surface.fill((255, 0, 255))
    scene.draw(surface)
    return scene, surface


def test_the_high_contrast_box_is_solid_dark_with_a_bright_rim_and_bright_text(services: Services) -> None:
    assets = services.assets
    scene, surface = box_pixels(services, True)
    ink, white = tuple(assets.colour("ink")), tuple(assets.colour("white"))
    box = scene.box
    colours = {tuple(surface.get_at((x, y))) for x in range(box.left, box.right) for y in range(box.top, box.bottom)}
    text_and_box = colours - {tuple(assets.colour(c)) for c in ("neon-cyan", "cyan-glow", "teal-1", "cyan-2")}
    assert text_and_box <= {ink, white}, "two colours only: no translucency, no shading, no shadow"
    assert surface.get_at((box.left + 1, box.centery)) == white, "the rim"
    inside = (box.x + 40, box.bottom - 12)
    assert surface.get_at(inside) == ink, "the fill"
    _, framed = box_pixels(services, False)
    assert framed.get_at(inside) != ink, "the skin's box is another"


def test_high_contrast_choices_invert_the_chosen_row(services: Services) -> None:
    services.settings.high_contrast_box = True
    scene, _ = to_choices(services)
    surface = pygame.Surface((320, 180))
    scene.draw(surface)
    white = services.assets.colour("white")
    assert sum(surface.get_at((x, 20 + y)) == white for x in range(320) for y in range(0, 100, 2)) > 200


# -- the choice guard -----------------------------------------------------------------------------------------
def test_a_held_confirm_never_picks_a_choice(services: Services) -> None:
    scene, story = to_choices(services)
    step(services, held={Action.INTERACT}, steps=3 * CHOICE_GUARD_STEPS)
    step(services, Action.INTERACT, held={Action.INTERACT})
    assert story.picked == [] and not scene.choice_ready


def test_mashing_confirm_through_the_text_does_not_pick_the_first_choice(services: Services) -> None:
    scene, story = to_choices(services)
    for _ in range(12):  # a press every fourth step, for most of a second
        step(services, Action.INTERACT)
        step(services, steps=3)
    assert story.picked == [] and scene.choosing


def test_a_rested_confirm_picks_and_moving_the_cursor_lifts_the_guard(services: Services) -> None:
    scene, story = to_choices(services)
    step(services, steps=CHOICE_GUARD_STEPS - 1)
    assert not scene.choice_ready
    step(services)
    assert scene.choice_ready
    step(services, Action.INTERACT)
    assert story.picked == [0]
    services.scenes.clear()
    moved, story = to_choices(services)
    step(services, Action.DOWN)
    step(services, Action.INTERACT)
    assert story.picked == [1], "a player who moved the cursor is choosing on purpose"


# -- the log ---------------------------------------------------------------------------------------------------
def fill_log(services: Services, entries: int) -> DialogueLog:
    for n in range(entries):
        services.dialogue_log.append(("Mara" if n % 2 else "", f"{n}: {LONG}"))
    log = DialogueLog(services)
    services.scenes.push(log)
    return log


@pytest.mark.parametrize("large", [False, True])
def test_the_log_wraps_every_line_whole_and_scrolls_through_them(services: Services, large: bool) -> None:
    services.settings.large_text = large
    log = fill_log(services, 12)
    area, font = log.text_area(), log.font
    rows = log.rows()
    assert all(font.measure(row.name + row.text) <= area.w + font.metrics.spacing for row in rows)
    assert font.text_height(log.visible_count()) <= area.h, "no row is cut at the bottom"
    text = " ".join((row.name + row.text) for row in rows)
    assert all(f"{n}:" in text for n in range(12))
    assert log.max_scroll() > 0
    step(services, Action.UP)
    assert log.scroll == 1
    step(services, Action.LEFT)
    assert log.scroll == 1 + log.visible_count() - 1
    for _ in range(500):
        step(services, Action.UP)
    assert log.scroll == log.max_scroll(), "up to the oldest line and no further"
    step(services, held={Action.DOWN}, steps=60)
    assert log.scroll < log.max_scroll(), "holding down keeps scrolling"
    step(services, Action.LOG)
    assert services.scenes.top is None


def test_the_log_has_a_title_and_a_close_hint(display: pygame.Surface, services: Services) -> None:
    log = fill_log(services, 3)
    surface = pygame.Surface((320, 180))
    log.draw(surface)
    plain = pygame.Surface((320, 180))
    log.draw(plain)
    assert pygame.image.tobytes(surface, "RGB") == pygame.image.tobytes(plain, "RGB"), "drawing changes nothing"
    assert log.footer() == "Up/Down: scroll   L: close"
    top_strip = {tuple(surface.get_at((x, y))) for x in range(12, 80) for y in range(6, 16)}
    assert tuple(services.assets.colour("white")) in top_strip, "the title on its plate"


# -- the content note ----------------------------------------------------------------------------------------------
def test_new_game_shows_the_content_note_first_and_interact_begins(services: Services) -> None:
    title = TitleScreen(services)
    services.scenes.push(title)
    step(services, Action.INTERACT)  # New game
    note = services.scenes.top
    assert isinstance(note, ContentNote) and services.flow.calls == []  # type: ignore[union-attr]
    step(services, Action.INTERACT)  # a tap while it fades in shows it all, and no more
    assert services.scenes.top is note and note.revealed() == 1.0
    step(services, Action.INTERACT)
    assert services.flow.calls == ["new_game"]  # type: ignore[union-attr]


def test_cancel_on_the_content_note_goes_back_to_the_title(services: Services) -> None:
    title = TitleScreen(services)
    services.scenes.push(title)
    step(services, Action.INTERACT)
    step(services, Action.CANCEL)
    assert services.scenes.top is title and services.flow.calls == []  # type: ignore[union-attr]


def test_with_the_note_turned_off_new_game_begins_at_once(services: Services) -> None:
    services.settings.content_note = False
    services.scenes.push(TitleScreen(services))
    step(services, Action.INTERACT)
    assert services.flow.calls == ["new_game"]  # type: ignore[union-attr]


@pytest.mark.parametrize("large", [False, True])
def test_the_content_note_names_its_themes_calmly_and_fits_the_screen(
    display: pygame.Surface, services: Services, large: bool
) -> None:
    from game.scenes import content_note

    text = " ".join(content_note.NOTE)
    assert all(theme in text for theme in ("addiction", "anxiety", "grief"))
    assert len(text) < 200, "a note, not a wall of text"
    services.settings.large_text = large
    note = ContentNote(services, lambda: None)
    services.scenes.push(note)
    step(services, steps=60)
    surface = pygame.Surface((320, 180))
    note.draw(surface)
    ink = services.assets.colour("ink")
    assert all(surface.get_at((x, 179)) == ink for x in range(320)), "nothing runs off the bottom"
    assert note.footer() == "Enter: begin    Esc: back"


# -- the assists -------------------------------------------------------------------------------------------------
def test_the_assists_are_settings_with_a_sentence_each() -> None:
    assert set(ASSISTS) <= {f.name for f in fields(Settings)}
    text = inspect.getsource(Settings)
    for name in ASSISTS:
        assert f'{name}: bool = False\n    """' in text, f"{name} has a docstring"


def test_scenes_under_the_note_are_not_drawn_through_it(services: Services) -> None:
    class Behind(Scene):
        def draw(self, surface: pygame.Surface) -> None:
            surface.fill((255, 0, 255))

    services.scenes.push(Behind(services))
    services.scenes.push(ContentNote(services, lambda: None))
    surface = pygame.Surface((320, 180))
    services.scenes.draw(surface)
    assert surface.get_at((0, 0)) == services.assets.colour("ink")


def test_a_message_box_follows_the_text_size_and_the_high_contrast_box(services: Services) -> None:
    from game.scenes.overlays import MessageBox

    text = "The lift. Thirty-one floors down, and the tram, and the pod at home."

    def drawn(large: bool, contrast: bool) -> pygame.Surface:
        services.settings.large_text, services.settings.high_contrast_box = large, contrast
        surface = pygame.Surface((320, 180))
        surface.fill((255, 0, 255))
        MessageBox(services, text).draw(surface)
        return surface

    def box_top(surface: pygame.Surface) -> int:
        return next(y for y in range(180) if surface.get_at((160, y))[:3] != (255, 0, 255))

    normal, large = drawn(False, False), drawn(True, False)
    assert box_top(large) < box_top(normal), "larger text, a taller box"
    contrast = drawn(False, True)
    inside = contrast.get_at((160, box_top(contrast) + 3))[:3]
    assert inside == tuple(services.assets.colour("ink"))[:3]
