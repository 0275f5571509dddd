"""Prompts show the player's own controls: a line of the story names an action
(`[ability]`), and the dialogue shows the key bound to it now, or a controller button's
glyph when the last thing pressed was a pad. No key name is written into the story, an
unknown action in a prompt is a story lint problem, and the HUD follows rebinding too."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path

import pygame
import pytest

from game.assets import Assets
from game.input import Action, Frame, Input
from game.scenes.base import SceneStack
from game.scenes.dialogue import DialogueScene
from game.scenes.dialogue_log import DialogueLog
from game.scenes.hud import PartyHud
from game.scenes.menu_settings import rebind
from game.scenes.services import Services
from game.settings import ACTION_TOKEN, DEFAULT_KEYS, DEFAULT_PAD, Settings
from game.story.catalogue import Catalogue
from game.story.lint import lint_story, lint_story_file
from game.ui.font import BUTTON_CHARS
from game.ui.prompts import UNBOUND, fill_prompts, prompt_label

from .conftest import Ear

STORY_DIR = Path(__file__).resolve().parents[1] / "assets" / "story"
KEY_NAME_IN_TEXT = re.compile(
    r"\b(?:[Pp]ress|[Hh]old|[Tt]ap)\s+(?:[A-Z]|Space|Enter|Esc|Tab|Shift|Ctrl|Return)\b"
    r"|\b[A-Z] (?:shows|lowers|raises|puts|swaps)\b|\bKeys? \d"
)


@dataclass
class Line:
    text: str
    speaker: str | None = None
    mood: str | None = None


@dataclass
class OneLine:
    lines: list[Line] = field(default_factory=lambda: [Line("Press [ability] to raise it.", "somnico_host")])

    def step(self) -> Line | None:
        return self.lines.pop(0) if self.lines else None

    @property
    def choices(self) -> list[object]:
        return []

    def choose(self, index: int) -> None:
        raise AssertionError("no choices here")

    @property
    def done(self) -> bool:
        return not self.lines


@pytest.fixture(scope="module")
def assets() -> Assets:
    return Assets()


@pytest.fixture
def services(assets: Assets) -> Services:
    return Services(SceneStack(), assets, Settings(), random.Random(0), Ear())  # type: ignore[arg-type]


# -- filling in a prompt -------------------------------------------------------------------------------
def test_a_prompt_shows_the_first_key_bound_to_the_action() -> None:
    settings = Settings()
    assert fill_prompts("Press [ability] to raise it.", settings, "keyboard") == "Press F to raise it."
    assert fill_prompts("Face a junction and press [interact].", settings, "keyboard").endswith("press Enter.")
    assert fill_prompts("[skip] skips.", settings, "keyboard") == "Left Ctrl skips."


def test_a_rebinding_changes_the_prompt_text() -> None:
    settings = Settings()
    settings.keys = rebind(settings.keys, "ability", "v").bindings
    assert fill_prompts("Press [ability] to raise it.", settings, "keyboard") == "Press V to raise it."


def test_on_a_pad_the_prompt_is_the_buttons_glyph(assets: Assets) -> None:
    settings = Settings()
    text = fill_prompts("Press [ability] to raise it.", settings, "pad")
    assert text == f"Press {BUTTON_CHARS['x']} to raise it."
    font = assets.font
    glyph = font.glyph(BUTTON_CHARS["x"])
    assert glyph.char == BUTTON_CHARS["x"], "drawn as the button, not the missing-glyph box"
    assert font.measure(BUTTON_CHARS["x"]) > font.measure("X")
    settings.pad["ability"] = ["rightshoulder"]
    assert fill_prompts("[ability]", settings, "pad") == BUTTON_CHARS["rightshoulder"]


def test_an_action_without_a_button_shows_its_key_on_a_pad_and_an_unbound_one_says_so() -> None:
    settings = Settings()
    assert settings.pad["hint"] == []
    assert prompt_label(settings, "hint", "pad") == "H"
    assert prompt_label(settings, "hint", "pad", fallback=False) == ""
    settings.keys["hint"] = []
    assert prompt_label(settings, "hint", "keyboard") == UNBOUND


def test_a_token_that_names_no_action_is_left_as_written() -> None:
    assert fill_prompts("A [footnote] and [ability].", Settings(), "keyboard") == "A [footnote] and F."


def test_every_button_has_a_glyph_in_both_faces_and_at_twice_the_size(assets: Assets) -> None:
    for face in (assets.font, assets.bold_font, assets.font.scaled(2)):
        for button, char in BUTTON_CHARS.items():
            glyph = face.glyph(char)
            assert glyph.char == char, button
            assert len(glyph.rows) == face.height and any(True for _ in glyph.ink()), button
    letters = {assets.font.glyph(BUTTON_CHARS[b]).rows for b in ("a", "b", "x", "y")}
    assert len(letters) == 4, "each face button is its own glyph"


# -- the dialogue box --------------------------------------------------------------------------------------
def test_the_dialogue_fills_prompts_when_it_shows_the_line(services: Services) -> None:
    scene = DialogueScene(services, OneLine())
    services.scenes.push(scene)
    assert scene.text == "Press F to raise it."
    assert services.dialogue_log[-1][1] == "Press F to raise it.", "the log keeps what was shown"
    services.device = "pad"
    other = DialogueScene(services, OneLine())
    services.scenes.push(other)
    assert other.text == f"Press {BUTTON_CHARS['x']} to raise it."


def test_the_log_names_the_players_own_close_key(services: Services) -> None:
    log = DialogueLog(services)
    assert log.footer().endswith("L: close")
    services.settings.keys = rebind(services.settings.keys, "log", "j").bindings
    assert log.footer().endswith("J: close")


# -- the input knows which device was used last -----------------------------------------------------------
def test_input_remembers_whether_a_key_or_a_pad_was_pressed_last(display: pygame.Surface) -> None:
    game_input = Input(Settings())
    frame = Frame()
    game_input.handle(pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, instance_id=0, button=0), frame)
    assert game_input.last_device == "pad"
    game_input.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_z, mod=0), frame)
    assert game_input.last_device == "keyboard"
    game_input.handle(
        pygame.event.Event(pygame.CONTROLLERAXISMOTION, instance_id=0, axis=pygame.CONTROLLER_AXIS_LEFTX, value=3000),
        frame,
    )
    assert game_input.last_device == "keyboard", "a stick at rest is not a press"
    game_input.handle(
        pygame.event.Event(pygame.CONTROLLERAXISMOTION, instance_id=0, axis=pygame.CONTROLLER_AXIS_LEFTX, value=32000),
        frame,
    )
    assert game_input.poll().device == "pad"


def test_skip_and_hint_are_actions_with_keys_of_their_own(display: pygame.Surface) -> None:
    assert {Action.SKIP.value, Action.HINT.value} <= set(DEFAULT_KEYS) and Action.HINT.value in DEFAULT_PAD
    assert DEFAULT_KEYS["hint"] == ["h"] and DEFAULT_PAD["hint"] == []
    keys = [name for names in DEFAULT_KEYS.values() for name in names]
    buttons = [name for names in DEFAULT_PAD.values() for name in names]
    assert len(keys) == len(set(keys)) and len(buttons) == len(set(buttons)), "no key or button does two things"
    game_input = Input(Settings())
    assert game_input.keys[pygame.K_LCTRL] == {Action.SKIP} and game_input.keys[pygame.K_h] == {Action.HINT}


# -- the HUD -------------------------------------------------------------------------------------------------
def test_the_hud_shows_the_players_swap_and_ability_keys_and_follows_a_rebinding(services: Services) -> None:
    hud = PartyHud(services)
    assert hud.keys() == ("1", "2", "3", "4", "F")
    services.settings.keys = rebind(services.settings.keys, "swap_1", "u").bindings
    services.settings.keys = rebind(services.settings.keys, "ability", "v").bindings
    assert hud.keys() == ("U", "2", "3", "4", "V")
    services.device = "pad"
    assert hud.keys() == ("", "", "", "", BUTTON_CHARS["x"]), "a pad swaps by shoulder; no digits under heads"


# -- the story ------------------------------------------------------------------------------------------------
def test_the_story_writes_no_key_names_only_prompts() -> None:
    found = []
    for ink in sorted(STORY_DIR.glob("*.ink")):
        for number, line in enumerate(ink.read_text(encoding="utf-8").splitlines(), start=1):
            text = line.split("#")[0].split("//")[0]
            if KEY_NAME_IN_TEXT.search(text):
                found.append(f"{ink.name}:{number}: {text.strip()}")
    assert found == []
    used = {m.group(1) for ink in STORY_DIR.glob("*.ink") for m in ACTION_TOKEN.finditer(ink.read_text("utf-8"))}
    assert {"ability", "interact"} <= used


def test_the_games_prompts_all_name_actions() -> None:
    problems = [p for p in lint_story_file(STORY_DIR / "main.json", Catalogue()) if "prompt" in p.message]
    assert problems == []


def test_the_lint_reports_a_prompt_naming_no_action_with_a_did_you_mean() -> None:
    root = [
        {
            "dream": [
                "^Press [abilty] to raise it, or [interact].",
                "\n",
                "#",
                "^speaker: somnico_host",
                "/#",
                "done",
                None,
            ]
        }
    ]
    messages = [p.message for p in lint_story(root, Catalogue(), "x.json")]
    assert len(messages) == 1, messages
    assert "'[abilty]'" in messages[0] and "no action 'abilty' (did you mean 'ability'?)" in messages[0]
    where = [p.where for p in lint_story(root, Catalogue(), "x.json")]
    assert where == ["knot 'dream'"]


def test_the_lint_leaves_tags_alone() -> None:
    root = [{"dream": ["^Hello.", "#", "^note: [not an action]", "/#", "\n", "done", None]}]
    assert [p for p in lint_story(root, Catalogue(), "x.json") if "prompt" in p.message] == []


def test_every_action_can_be_a_prompt() -> None:
    for action in Action:
        assert ACTION_TOKEN.fullmatch(f"[{action.value}]"), action
        assert fill_prompts(f"[{action.value}]", Settings(), "keyboard") != f"[{action.value}]"


def test_the_error_screen_names_the_players_own_keys_to_scroll_and_close() -> None:
    from game.settings import Settings
    from game.ui.prompts import prompt_labels

    settings = Settings()
    settings.keys["cancel"] = ["q", "escape"]
    assert prompt_labels(settings, "keyboard", "up", "down", "cancel", "interact") == ["Up", "Down", "Q", "Enter"]
