"""The dialogue box on a dummy display, driven by a small scripted story: typewriter speed,
finishing a line, choices, auto-advance, the log, portraits and voice blips."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pygame
import pytest

from game.app import App, parse_args
from game.input import Action
from game.scenes.base import StepInput
from game.scenes.dialogue import CHOICE_GUARD_STEPS, DialogueLog, DialogueScene

from .conftest import Ear


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
class ScriptedStory:
    """Two lines, a choice, then one line per branch."""

    lines: list[Line] = field(
        default_factory=lambda: [
            Line("The alarm again. Six-fifteen, the hour nobody chose.", "mara", "sad"),
            Line("Good morning, Mara. Your pod is warm.", "somnico_host", "smile"),
        ]
    )
    picked: list[int] = field(default_factory=list)
    offered: list[Choice] = field(default_factory=list)

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
        self.lines = [Line(["Fine. Coffee first.", "Just one hour."][index], "mara", "determined")]

    @property
    def done(self) -> bool:
        return not self.lines and not self.offered


@pytest.fixture
def app(tmp_path: Path):
    game = App(parse_args(["--settings", str(tmp_path / "s.json"), "--scale", "1"]))
    game.services.audio = Ear()  # type: ignore[assignment]
    yield game
    pygame.quit()


def run(app: App, steps: int, pressed: set[Action] | None = None) -> None:
    for i in range(steps):
        app.services.scenes.update(StepInput(pressed=set(pressed or ()) if i == 0 else set()))
        app.services.steps += 1


def open_dialogue(app: App, story: ScriptedStory, done: list[bool]) -> DialogueScene:
    scene = DialogueScene(app.services, story, on_done=lambda: done.append(True))
    app.services.scenes.push(scene)
    return scene


def test_text_types_out_at_the_players_speed_with_voice_blips(app: App) -> None:
    app.services.settings.text_speed_chars_per_s = 30
    scene = open_dialogue(app, ScriptedStory(), [])
    run(app, 30)  # half a second: about 15 characters
    assert 14 <= int(scene.shown_chars) <= 16
    assert "talk_mara" in app.services.audio.heard  # type: ignore[attr-defined]


def test_first_press_finishes_the_line_second_goes_on(app: App) -> None:
    scene = open_dialogue(app, ScriptedStory(), [])
    run(app, 1, {Action.INTERACT})
    assert not scene.typing and scene.line is not None and scene.line.speaker == "mara"
    run(app, 1, {Action.INTERACT})
    assert scene.line is not None and scene.line.speaker == "somnico_host"


def test_choices_take_a_cursor_and_the_story_hears_the_pick(app: App) -> None:
    story = ScriptedStory()
    done: list[bool] = []
    scene = open_dialogue(app, story, done)
    for _ in range(4):
        run(app, 1, {Action.INTERACT})
    assert scene.choosing
    run(app, 1, {Action.DOWN})
    run(app, 1, {Action.INTERACT})
    assert story.picked == [1]
    assert scene.line is not None and scene.line.text == "Just one hour."
    run(app, 1, {Action.INTERACT})
    run(app, 1, {Action.INTERACT})
    assert done == [True] and app.services.scenes.top is not scene


def test_auto_advance_moves_on_by_itself(app: App) -> None:
    app.services.settings.auto_advance = True
    app.services.settings.text_speed_chars_per_s = 200
    scene = open_dialogue(app, ScriptedStory(), [])
    run(app, 120)
    assert scene.line is not None and scene.line.speaker == "somnico_host"


def test_the_log_keeps_what_was_said_and_chosen(app: App) -> None:
    open_dialogue(app, ScriptedStory(), [])
    for _ in range(4):
        run(app, 1, {Action.INTERACT})
    run(app, CHOICE_GUARD_STEPS)  # the choice list takes confirm once it has rested
    run(app, 1, {Action.INTERACT})
    run(app, 1, {Action.LOG})
    assert isinstance(app.services.scenes.top, DialogueLog)
    assert [who for who, _ in app.services.dialogue_log] == ["Mara", "SomniCo", ">", "Mara"]
    run(app, 1, {Action.CANCEL})
    assert isinstance(app.services.scenes.top, DialogueScene)


def test_the_box_shows_the_speakers_portrait_and_name(app: App) -> None:
    scene = open_dialogue(app, ScriptedStory(), [])
    run(app, 1, {Action.INTERACT})
    surface = pygame.Surface((320, 180))
    surface.fill((0, 0, 0))
    scene.draw(surface)
    portrait = app.services.assets.portrait("mara", "sad")
    assert portrait is not None
    inside = scene.PORTRAIT_BOX.center
    assert surface.get_at(inside) != pygame.Color(0, 0, 0)
    assert app.services.assets.portrait("narrator") is None
