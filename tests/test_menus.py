"""The menus, driven by actions only (as a keyboard or a gamepad would), against a fake game
flow that records what it was asked and a fake save store."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

import pygame
import pytest

from game.assets import Assets
from game.input import Action, Frame, Input
from game.scenes.base import Scene, SceneStack, StepInput
from game.scenes.menu_pause import PauseMenu
from game.scenes.menu_saves import short_local_time, slot_details
from game.scenes.menu_settings import CAPTURE_TIMEOUT_S, SettingsEditor, rebind
from game.scenes.menus import (
    BindingsMenu,
    ConfirmMenu,
    CreditsScreen,
    Menu,
    SaveLoadMenu,
    SettingsMenu,
    TitleScreen,
)
from game.scenes.services import Services
from game.settings import DEFAULT_KEYS, DEFAULT_PAD, Settings
from game.world import STEP_S

from .conftest import Ear


@dataclass
class Summary:
    """The fields of game.save.SlotSummary that menus read."""

    slot: str
    status: str = "empty"
    saved_at: str | None = None
    play_time_s: float | None = None
    title: str | None = None
    message: str = ""
    has_backup: bool = False
    backup_saved_at: str | None = None
    chapter: str | None = None
    thumbnail_png: bytes = b""


def good(slot: str, title: str = "Mara's flat", chapter: str | None = "mara_day") -> Summary:
    return Summary(slot, "ok", "2045-03-12T06:15:00+00:00", 3723.0, title, chapter=chapter)


@dataclass
class FakeSaves:
    slots: dict[str, Summary] = field(default_factory=dict)

    def summaries(self) -> list[Summary]:
        return [self.slots.get(slot, Summary(slot)) for slot in ("1", "2", "3", "auto")]


@dataclass
class FakeFlow:
    """Records every call; apply_settings makes the settings current, as the app does."""

    services: Any = None
    calls: list[tuple[str, Any]] = field(default_factory=list)
    saves: FakeSaves | None = None
    load_message: str | None = None
    settings_message: str | None = None

    def new_game(self) -> None:
        self.calls.append(("new_game", None))

    def continue_game(self) -> None:
        self.calls.append(("continue_game", None))

    def load_game(self, slot: str, backup: bool = False) -> str | None:
        self.calls.append(("load_backup" if backup else "load_game", slot))
        return self.load_message

    def save_game(self, slot: str) -> str | None:
        self.calls.append(("save_game", slot))
        if self.saves is not None:
            self.saves.slots[slot] = good(slot, "Halcyon office")
        return None

    def autosave(self) -> None:
        self.calls.append(("autosave", None))

    def begin_chapter(self, name: str) -> None:
        self.calls.append(("begin_chapter", name))

    def quit_to_title(self) -> None:
        self.calls.append(("quit_to_title", None))

    def quit(self) -> None:
        self.calls.append(("quit", None))

    def apply_settings(self, settings: Settings) -> str | None:
        self.calls.append(("apply_settings", settings))
        self.services.settings = settings
        return self.settings_message

    def window_path(self) -> str:
        return "software"

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]


class Game(Scene):
    """Stands in for the exploration scene under the pause menu."""

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill((40, 60, 40))


@pytest.fixture(scope="module")
def assets() -> Assets:
    return Assets()


@pytest.fixture
def services(assets: Assets) -> Services:
    services = Services(SceneStack(), assets, Settings(), random.Random(0), Ear())  # type: ignore[arg-type]
    saves = FakeSaves()
    services.saves = saves  # type: ignore[attr-defined]
    services.flow = FakeFlow(services, saves=saves)  # type: ignore[attr-defined]
    return services


def flow(services: Services) -> FakeFlow:
    return services.flow  # type: ignore[attr-defined, no-any-return]


def press(services: Services, *actions: Action, raw: list[tuple[str, str]] | None = None) -> None:
    services.scenes.update(StepInput(pressed=set(actions), raw=list(raw or [])))


def go(services: Services, *actions: Action) -> None:
    """One press per step, as a player would."""
    for action in actions:
        press(services, action)


def open_menu(services: Services, menu: Scene) -> Any:
    services.scenes.push(menu)
    return menu


def cursor_label(menu: Menu) -> str:
    assert menu.current is not None
    return menu.current.label


# -- the reusable menu ------------------------------------------------------------------------
def test_up_and_down_wrap_around_and_skip_disabled_items_with_a_sound(services: Services) -> None:
    from game.scenes.menu_base import MenuItem

    picked: list[str] = []
    items = [MenuItem(n, lambda n=n: picked.append(n), enabled=n != "B") for n in "ABC"]
    menu = open_menu(services, Menu(services, "Test", items))
    go(services, Action.DOWN)
    assert cursor_label(menu) == "C"
    go(services, Action.DOWN)
    assert cursor_label(menu) == "A"
    go(services, Action.UP, Action.INTERACT)
    assert picked == ["C"]
    assert "menu_move" in services.audio.heard and "menu_select" in services.audio.heard  # type: ignore[attr-defined]
    go(services, Action.CANCEL)
    assert services.scenes.top is None


# -- title -------------------------------------------------------------------------------------
def test_continue_is_disabled_without_a_good_save_and_skipped(services: Services) -> None:
    services.saves.slots["2"] = Summary("2", "damaged", message="not JSON")  # type: ignore[attr-defined]
    title = open_menu(services, TitleScreen(services))
    assert not title.items[1].enabled
    go(services, Action.DOWN)
    assert cursor_label(title) == "Load"
    assert "music:title" in services.audio.heard  # type: ignore[attr-defined]


def test_continue_is_offered_with_a_good_save_and_asks_the_game_to_continue(services: Services) -> None:
    services.saves.slots["auto"] = good("auto")  # type: ignore[attr-defined]
    title = open_menu(services, TitleScreen(services))
    go(services, Action.DOWN)
    assert cursor_label(title) == "Continue"
    go(services, Action.INTERACT)
    assert flow(services).names() == ["continue_game"]


def test_title_new_game_and_quit_call_the_game_flow(services: Services) -> None:
    open_menu(services, TitleScreen(services))
    go(services, Action.INTERACT)  # New game: the content note first (on by default)
    go(services, Action.INTERACT, Action.INTERACT)  # the note shown whole, then begin
    go(services, Action.UP, Action.INTERACT)  # wraps from New game to Quit
    assert flow(services).names() == ["new_game", "quit"]


def test_cancel_on_the_title_moves_to_quit_without_quitting(services: Services) -> None:
    title = open_menu(services, TitleScreen(services))
    go(services, Action.CANCEL)
    assert cursor_label(title) == "Quit" and flow(services).calls == []
    assert services.scenes.top is title


def test_title_opens_load_settings_and_credits_and_each_backs_out(services: Services) -> None:
    title = open_menu(services, TitleScreen(services))
    for label, kind in (("Load", SaveLoadMenu), ("Settings", SettingsMenu), ("Credits", CreditsScreen)):
        title.select_label(label)
        go(services, Action.INTERACT)
        assert isinstance(services.scenes.top, kind)
        go(services, Action.CANCEL)
        assert services.scenes.top is title


# -- pause -----------------------------------------------------------------------------------
def test_pause_menu_resumes_on_cancel_or_menu(services: Services) -> None:
    game = open_menu(services, Game(services))
    open_menu(services, PauseMenu(services))
    go(services, Action.CANCEL)
    assert services.scenes.top is game
    open_menu(services, PauseMenu(services))
    go(services, Action.MENU)
    assert services.scenes.top is game


def test_pause_menu_opens_save_and_load_and_quits_to_title_after_asking(services: Services) -> None:
    open_menu(services, Game(services))
    pause = open_menu(services, PauseMenu(services))
    assert [item.label for item in pause.items if not item.enabled] == ["Ask Roe for a hint"], "no puzzle here"
    pause.select_label("Save")
    go(services, Action.INTERACT)
    assert isinstance(services.scenes.top, SaveLoadMenu) and services.scenes.top.mode == "save"
    go(services, Action.CANCEL, Action.DOWN, Action.INTERACT)
    assert isinstance(services.scenes.top, SaveLoadMenu) and services.scenes.top.mode == "load"
    go(services, Action.CANCEL)
    pause.select_label("Quit to title")
    go(services, Action.INTERACT)
    assert isinstance(services.scenes.top, ConfirmMenu)
    go(services, Action.INTERACT)  # the question starts on "No"
    assert flow(services).calls == [] and services.scenes.top is pause
    go(services, Action.INTERACT, Action.UP, Action.INTERACT)
    assert flow(services).names() == ["quit_to_title"]


# -- save and load -------------------------------------------------------------------------------
def test_load_menu_loads_a_good_slot(services: Services) -> None:
    services.saves.slots["2"] = good("2")  # type: ignore[attr-defined]
    menu = open_menu(services, SaveLoadMenu(services, "load"))
    assert (menu.items[1].label, menu.items[1].sub) == ("Slot 2", "Mara's Friday"), "the chapter's title"
    go(services, Action.DOWN)
    details = [line.text for line in slot_details(menu.selected_summary(), "load")]
    assert details[:2] == ["Mara's Friday", "Mara's flat"] and details[-1] == "1 h 02 min"
    go(services, Action.INTERACT)
    assert flow(services).calls == [("load_game", "2")]


def test_a_save_without_a_chapter_or_of_an_unlisted_one_still_reads_well(services: Services) -> None:
    services.saves.slots["1"] = good("1", chapter=None)  # type: ignore[attr-defined]
    services.saves.slots["2"] = good("2", chapter="jonas_night")  # type: ignore[attr-defined]
    menu = open_menu(services, SaveLoadMenu(services, "load"))
    assert menu.items[0].sub == "Mara's flat", "without a chapter, the place"
    assert menu.items[1].sub == "jonas night", "an unlisted chapter shows by its name"
    when = short_local_time("2045-03-12T06:15:00+00:00")
    assert [line.text for line in slot_details(menu.summaries[0], "load")] == ["Mara's flat", when, "1 h 02 min"]


@pytest.mark.parametrize("status", ["damaged", "truncated", "foreign", "newer", "empty"])
def test_load_menu_refuses_a_slot_that_cannot_be_loaded_and_says_why(services: Services, status: str) -> None:
    services.saves.slots["1"] = Summary("1", status, message=f"the file is {status}")  # type: ignore[attr-defined]
    menu = open_menu(services, SaveLoadMenu(services, "load"))
    assert menu.items[0].muted
    go(services, Action.INTERACT)
    assert flow(services).calls == [] and services.scenes.top is menu
    assert menu.notice and ("empty" in menu.notice if status == "empty" else f"the file is {status}" in menu.notice)
    go(services, Action.DOWN)
    assert menu.notice is None


def test_a_failed_load_shows_the_games_message_and_stays(services: Services) -> None:
    services.saves.slots["1"] = good("1")  # type: ignore[attr-defined]
    flow(services).load_message = "the map of this save is missing"
    menu = open_menu(services, SaveLoadMenu(services, "load"))
    go(services, Action.INTERACT)
    assert menu.notice == "the map of this save is missing" and services.scenes.top is menu


def test_save_menu_refuses_the_autosave_slot(services: Services) -> None:
    menu = open_menu(services, SaveLoadMenu(services, "save"))
    menu.select_label("Autosave")
    go(services, Action.INTERACT)
    assert flow(services).calls == [] and menu.notice and "autosave" in menu.notice.lower()


def test_save_menu_saves_into_an_empty_slot_at_once(services: Services) -> None:
    menu = open_menu(services, SaveLoadMenu(services, "save"))
    go(services, Action.DOWN, Action.INTERACT)
    assert flow(services).calls == [("save_game", "2")]
    assert menu.summaries[1].title == "Halcyon office" and menu.items[1].sub == "Mara's Friday"  # the new save


def test_save_menu_asks_before_overwriting_and_no_keeps_the_save(services: Services) -> None:
    services.saves.slots["1"] = good("1")  # type: ignore[attr-defined]
    menu = open_menu(services, SaveLoadMenu(services, "save"))
    go(services, Action.INTERACT)
    assert isinstance(services.scenes.top, ConfirmMenu)
    go(services, Action.CANCEL)
    assert services.scenes.top is menu and flow(services).calls == []
    go(services, Action.INTERACT, Action.UP, Action.INTERACT)
    assert flow(services).calls == [("save_game", "1")] and services.scenes.top is menu


def test_save_menu_asks_before_replacing_a_damaged_slot(services: Services) -> None:
    services.saves.slots["3"] = Summary("3", "damaged", message="not JSON")  # type: ignore[attr-defined]
    menu = open_menu(services, SaveLoadMenu(services, "save"))
    menu.select_label("Slot 3")
    assert menu.items[2].sub == "Damaged"
    go(services, Action.INTERACT)
    assert isinstance(services.scenes.top, ConfirmMenu) and flow(services).calls == []


# -- settings ---------------------------------------------------------------------------------
def applied(services: Services) -> list[Settings]:
    return [value for name, value in flow(services).calls if name == "apply_settings"]


def test_settings_change_with_left_and_right_and_apply_at_once(services: Services) -> None:
    menu = open_menu(services, SettingsMenu(services))
    go(services, Action.RIGHT)  # music volume is at 80%
    go(services, Action.RIGHT, Action.RIGHT)
    assert services.settings.music_volume == 1.0
    go(services, Action.DOWN, Action.LEFT)
    assert services.settings.sfx_volume == pytest.approx(0.7)
    go(services, Action.DOWN, Action.INTERACT)
    assert services.settings.fullscreen is True
    go(services, Action.DOWN, Action.RIGHT)
    assert services.settings.scale == 4
    for _ in range(3):
        go(services, Action.RIGHT)
    assert services.settings.scale == 1  # 1 to 6, wrapping
    go(services, Action.DOWN, Action.INTERACT)
    assert services.settings.gpu_scaling is False  # scaling in software
    go(services, Action.DOWN, Action.RIGHT)
    assert services.settings.text_speed_chars_per_s == 80
    go(services, Action.RIGHT)
    assert services.settings.text_speed_chars_per_s == 1000
    go(services, Action.DOWN, Action.INTERACT, Action.DOWN, Action.INTERACT)
    assert services.settings.auto_advance and services.settings.reduce_flashes
    assert len(applied(services)) == 13
    assert menu.notice is None


def test_a_setting_that_could_not_be_saved_says_so(services: Services) -> None:
    flow(services).settings_message = "settings.json: disk full; kept for this session"
    menu = open_menu(services, SettingsMenu(services))
    go(services, Action.LEFT)
    assert menu.notice == "settings.json: disk full; kept for this session"
    assert services.settings.music_volume == pytest.approx(0.7)


def test_settings_never_changes_the_settings_object_it_applied_before(services: Services) -> None:
    open_menu(services, SettingsMenu(services))
    go(services, Action.RIGHT, Action.RIGHT)
    first, second = applied(services)
    assert first is not second and first.music_volume == pytest.approx(0.9)


def test_settings_opens_keyboard_and_gamepad_controls(services: Services) -> None:
    menu = open_menu(services, SettingsMenu(services))
    menu.select_label("Gamepad controls")
    go(services, Action.INTERACT)
    top = services.scenes.top
    assert isinstance(top, BindingsMenu) and top.device == "pad"
    assert len(top.items) == len(Action) + 2


# -- rebinding --------------------------------------------------------------------------------
def open_bindings(services: Services, device: str = "keyboard") -> BindingsMenu:
    settings_menu = open_menu(services, SettingsMenu(services))
    return open_menu(services, BindingsMenu(services, settings_menu.editor, device))  # type: ignore[arg-type]


def choose(menu: BindingsMenu, action: Action) -> None:
    menu.cursor = list(Action).index(action)
    go(menu.services, Action.INTERACT)
    assert menu.waiting is action


def every_action_bound(bindings: dict[str, list[str]]) -> bool:
    """Every action keeps a binding (a pad has no buttons to spare for swapping straight to
    one character: next and previous do that there; nor for the hint: the pause menu asks)."""
    optional = (
        {"swap_1", "swap_2", "swap_3", "swap_4", "hint"}
        if bindings is not DEFAULT_KEYS and "dpup" in str(bindings)
        else set()
    )
    return all(bindings.get(action.value) for action in Action if action.value not in optional)


def test_a_key_bound_elsewhere_moves_and_the_menu_says_so(services: Services) -> None:
    menu = open_bindings(services)
    choose(menu, Action.INTERACT)
    press(services, Action.CANCEL, raw=[("key", "x")])  # x is also Cancel's: it binds, not aborts
    keys = services.settings.keys
    assert keys["interact"][0] == "x" and "x" not in keys["cancel"] and keys["cancel"] == ["escape", "backspace"]
    assert menu.waiting is None and menu.notice and "moved from Cancel" in menu.notice
    assert every_action_bound(keys)


def test_taking_an_actions_only_key_swaps_the_two(services: Services) -> None:
    menu = open_bindings(services)
    choose(menu, Action.ABILITY)
    press(services, raw=[("key", "l")])  # the dialogue log's only key
    keys = services.settings.keys
    assert keys["ability"] == ["l", "c"] and keys["log"] == ["f"]
    assert menu.notice and "swapped" in menu.notice
    assert every_action_bound(keys)


def test_pad_buttons_move_and_swap_the_same_way(services: Services) -> None:
    menu = open_bindings(services, "pad")
    choose(menu, Action.INTERACT)
    press(services, raw=[("key", "k"), ("button", "b")])  # only buttons count here
    pad = services.settings.pad
    assert pad["interact"] == ["b"] and pad["cancel"] == ["a"]
    assert services.settings.keys == DEFAULT_KEYS
    assert menu.notice and "swapped" in menu.notice and every_action_bound(pad)


def test_pressing_a_key_the_action_has_removes_it_but_never_the_last(services: Services) -> None:
    menu = open_bindings(services)
    choose(menu, Action.UP)
    press(services, raw=[("key", "w")])
    assert services.settings.keys["up"] == ["up"]
    choose(menu, Action.UP)
    press(services, raw=[("key", "up")])
    assert services.settings.keys["up"] == ["up"]


def test_no_sequence_of_rebinds_leaves_an_action_unbound() -> None:
    rng = random.Random(5)
    keys = {a: list(n) for a, n in DEFAULT_KEYS.items()}
    names = sorted({n for ns in DEFAULT_KEYS.values() for n in ns})
    for _ in range(500):
        keys = rebind(keys, rng.choice(list(keys)), rng.choice(names)).bindings
        assert every_action_bound(keys)
        flat = [n for ns in keys.values() for n in ns]
        assert len(flat) == len(set(flat))  # and no key does two things


def test_escape_cancel_or_waiting_too_long_aborts_the_capture(services: Services) -> None:
    menu = open_bindings(services)
    choose(menu, Action.LOG)
    press(services, Action.CANCEL, raw=[("key", "escape")])
    assert menu.waiting is None and services.scenes.top is menu
    choose(menu, Action.LOG)
    press(services, Action.CANCEL)  # cancel from the other device
    assert menu.waiting is None
    choose(menu, Action.LOG)
    for _ in range(round(CAPTURE_TIMEOUT_S / STEP_S)):
        press(services)
    assert menu.waiting is None
    assert services.settings.keys == DEFAULT_KEYS and applied(services) == []


def test_the_press_that_starts_waiting_is_not_taken_as_the_new_key(services: Services) -> None:
    menu = open_bindings(services)
    menu.cursor = list(Action).index(Action.LOG)
    press(services, Action.INTERACT, raw=[("key", "return")])
    assert menu.waiting is Action.LOG and services.settings.keys["log"] == ["l"]


def test_reset_to_defaults_restores_only_that_device(services: Services) -> None:
    services.settings.keys["log"] = ["k"]
    services.settings.pad["log"] = ["back"]
    menu = open_bindings(services)
    menu.select_label("Reset to defaults")
    go(services, Action.INTERACT)
    assert services.settings.keys == DEFAULT_KEYS and services.settings.pad["log"] == ["back"]
    assert menu.notice


def test_input_reports_raw_key_and_button_names_for_rebinding(display: pygame.Surface) -> None:
    game_input = Input(Settings())
    frame = Frame()
    game_input.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_k, mod=0), frame)
    game_input.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RETURN, mod=0), frame)
    game_input.handle(
        pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, instance_id=0, button=pygame.CONTROLLER_BUTTON_START), frame
    )
    assert frame.raw == [("key", "k"), ("key", "return"), ("button", "start")]
    assert pygame.key.key_code("k") == pygame.K_k
    assert StepInput().raw == [] and Frame().raw == []


def test_rebound_settings_load_into_input(display: pygame.Surface, services: Services) -> None:
    menu = open_bindings(services)
    choose(menu, Action.INTERACT)
    press(services, raw=[("key", "x")])
    game_input = Input(services.settings)
    assert game_input.keys[pygame.K_x] == {Action.INTERACT}


def test_settings_editor_starts_from_a_copy(services: Services) -> None:
    editor = SettingsEditor(services)
    editor.settings.keys["up"].append("k")
    assert services.settings.keys["up"] == DEFAULT_KEYS["up"] and services.settings.pad == DEFAULT_PAD


# -- drawing -----------------------------------------------------------------------------------
def every_menu(services: Services) -> dict[str, list[Scene]]:
    services.saves.slots.update(  # type: ignore[attr-defined]
        {"1": good("1"), "2": Summary("2", "truncated", message="cut off", has_backup=True), "auto": good("auto")}
    )
    editor = SettingsEditor(services)
    return {
        "title": [TitleScreen(services)],
        "pause": [Game(services), PauseMenu(services)],
        "load": [SaveLoadMenu(services, "load")],
        "save": [SaveLoadMenu(services, "save")],
        "settings": [SettingsMenu(services)],
        "keys": [BindingsMenu(services, editor, "keyboard")],
        "pad": [BindingsMenu(services, editor, "pad")],
        "credits": [CreditsScreen(services)],
        "confirm": [SaveLoadMenu(services, "save"), ConfirmMenu(services, "Save over Slot 1?", lambda: None)],
    }


@pytest.mark.parametrize(
    "name", ["title", "pause", "load", "save", "settings", "keys", "pad", "credits", "confirm"]
)  # fmt: skip
def test_every_menu_draws_at_320x180_in_the_skin(display: pygame.Surface, services: Services, name: str) -> None:
    for scene in every_menu(services)[name]:
        services.scenes.push(scene)
    for _ in range(90):
        press(services)
    surface = pygame.Surface((320, 180))
    surface.fill((255, 0, 255))
    services.scenes.draw(surface)
    colours = {tuple(surface.get_at((x, y)))[:3] for x in range(0, 320, 3) for y in range(0, 180, 3)}
    assert (255, 0, 255) not in colours  # every screen covers the whole image
    assert tuple(services.assets.colour("white"))[:3] in colours or name == "credits"
    before = pygame.image.tobytes(surface, "RGB")
    services.scenes.draw(surface)
    assert pygame.image.tobytes(surface, "RGB") == before  # drawing changes nothing


def test_a_menu_with_a_notice_draws_it(display: pygame.Surface, services: Services) -> None:
    menu = open_menu(services, SaveLoadMenu(services, "load"))
    go(services, Action.INTERACT)
    assert menu.notice
    surface = pygame.Surface((320, 180))
    menu.draw(surface)
    plain = pygame.Surface((320, 180))
    menu.notice = None
    menu.draw(plain)
    assert pygame.image.tobytes(surface, "RGB") != pygame.image.tobytes(plain, "RGB")


def test_the_title_sky_is_the_same_at_the_same_step(display: pygame.Surface, services: Services) -> None:
    a, b = TitleScreen(services), TitleScreen(services)
    a.anim_steps = b.anim_steps = 321
    a.items = b.items = []
    first, second = pygame.Surface((320, 180)), pygame.Surface((320, 180))
    a.draw_background(first)
    b.draw_background(second)
    assert pygame.image.tobytes(first, "RGB") == pygame.image.tobytes(second, "RGB")
    b.anim_steps += 120
    b.draw_background(second)
    assert pygame.image.tobytes(first, "RGB") != pygame.image.tobytes(second, "RGB")


def test_the_menu_key_pauses_a_conversation_which_cannot_be_saved_until_it_is_over(tmp_path) -> None:
    import pygame

    from game.scenes.dialogue import DialogueScene
    from game.tools.route import Runner

    from .conftest import start_game

    app = start_game(tmp_path, "--map", "halcyon_office", "--spawn", "from_street")
    try:
        for _ in range(3):
            app.frame(None)
        assert isinstance(app.services.scenes.top, DialogueScene), "the office greets her"
        app.inject({Action.MENU}, set())
        app.frame(None)
        pause = app.services.scenes.top
        assert isinstance(pause, PauseMenu)
        save = next(item for item in pause.items if item.label == "Save")
        assert save.muted
        pause.select_label("Save")
        pause.select()
        assert pause.notice == "The game saves once the conversation is over."
        assert not isinstance(app.services.scenes.top, SaveLoadMenu)
        app.inject({Action.MENU}, set())
        app.frame(None)
        assert isinstance(app.services.scenes.top, DialogueScene), "the menu key resumes the conversation"
        Runner(app).run(1, ["read"])
    finally:
        pygame.quit()
