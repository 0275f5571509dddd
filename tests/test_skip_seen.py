"""Skipping what was read: the skip key fast-forwards lines the player has read before (on
any save), stops at every choice and at the first line not read before, and every line it
passes still goes to the log. The record of lines read lives beside the settings, survives
a restart, and a damaged record is reported, kept aside and survived."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import pygame
import pytest

import game.seen as seen_module
from game.app import App, parse_args
from game.input import Action
from game.scenes.base import StepInput
from game.scenes.dialogue import SKIP_STEPS_PER_LINE, DialogueScene
from game.scenes.error import ErrorScreen
from game.seen import SEEN_FILE, SeenLines, line_id

from .conftest import Ear


@dataclass
class Line:
    text: str
    speaker: str | None = None
    mood: str | None = None
    path: str = "scene"


@dataclass
class Choice:
    index: int
    text: str


@dataclass
class Story:
    """A conversation of `lines`, then a choice (or the end with `choice=False`), then one
    line per branch."""

    lines: list[Line]
    choice: bool = True
    picked: list[int] = field(default_factory=list)
    offered: list[Choice] = field(default_factory=list)

    def step(self) -> Line | None:
        if self.lines:
            line = self.lines.pop(0)
            if not self.lines and self.choice and not self.picked:
                self.offered = [Choice(0, "Stay a little longer."), Choice(1, "Wake up.")]
            return line
        return None

    @property
    def choices(self) -> list[Choice]:
        return self.offered

    def choose(self, index: int) -> None:
        self.picked.append(index)
        self.offered = []
        self.lines = [Line(["Just a little longer.", "Up, then."][index], "mara", path="scene.after")]

    @property
    def done(self) -> bool:
        return not self.lines and not self.offered


MORNING = [
    Line("06:15. The alarm again."),
    Line("Good morning, Mara.", "somnico_host"),
    Line("Of course it is.", "mara"),
    Line("The tablet lights up.", None),
]


def morning() -> list[Line]:
    return [Line(line.text, line.speaker, line.mood, line.path) for line in MORNING]


def make_app(folder: Path) -> App:
    app = App(parse_args(["--settings", str(folder / "settings.json"), "--save-dir", str(folder / "saves")]))
    app.services.audio = Ear()  # type: ignore[assignment]
    return app


@pytest.fixture
def app(tmp_path: Path):
    game = make_app(tmp_path)
    yield game
    pygame.quit()


def run(app: App, steps: int, pressed: set[Action] | None = None, held: set[Action] | None = None) -> None:
    for i in range(steps):
        step = StepInput(pressed=set(pressed or ()) if i == 0 else set(), held=set(held or ()))
        app.services.scenes.update(step)
        app.services.steps += 1


def open_dialogue(app: App, story: Story) -> DialogueScene:
    scene = DialogueScene(app.services, story)
    app.services.scenes.push(scene)
    return scene


def read_through(app: App, story: Story) -> DialogueScene:
    """Read every line with interact, as a player would, up to the choice or the end."""
    scene = open_dialogue(app, story)
    for _ in range(40):
        if scene.choosing or app.services.scenes.top is not scene:
            break
        run(app, 1, {Action.INTERACT})
    return scene


def close(app: App) -> None:
    while app.services.scenes.top is not None and isinstance(app.services.scenes.top, DialogueScene):
        app.services.scenes.pop()


# -- skipping ----------------------------------------------------------------------------------------
def test_skip_fast_forwards_read_lines_and_stops_at_the_choice(app: App) -> None:
    read_through(app, Story(morning()))
    close(app)
    app.services.dialogue_log.clear()
    scene = open_dialogue(app, Story(morning()))
    assert scene.is_read(scene.line)  # type: ignore[arg-type]
    run(app, 1, {Action.SKIP})
    run(app, len(MORNING) * SKIP_STEPS_PER_LINE + 2)
    assert scene.choosing and not scene.skipping, "skipping stops at the choice"
    logged = [text for _, text in app.services.dialogue_log]
    assert logged == [line.text for line in MORNING], "skipped lines are logged"
    run(app, 30)
    assert scene.choosing and scene.story.picked == [], "skipping never chooses"  # type: ignore[attr-defined]


def test_skip_stops_at_the_first_line_not_read_before(app: App) -> None:
    read_through(app, Story(morning()[:2], choice=False))
    close(app)
    new = Line("A message from Tess.", "narrator")
    scene = open_dialogue(app, Story([*morning()[:2], new, *morning()[2:]], choice=False))
    run(app, 1, {Action.SKIP})
    run(app, 3 * SKIP_STEPS_PER_LINE)
    assert scene.line is not None and scene.line.text == new.text and not scene.skipping
    assert scene.typing, "the new line types out from its start"
    run(app, 10 * SKIP_STEPS_PER_LINE)
    assert scene.line.text == new.text, "and waits for the player"


def test_skip_on_a_line_not_read_before_does_nothing_but_say_so(app: App) -> None:
    scene = open_dialogue(app, Story(morning()))
    run(app, 1, {Action.SKIP})
    assert not scene.skipping and scene.line is not None and scene.line.text == MORNING[0].text
    surface = pygame.Surface((320, 180))
    scene.draw(surface)  # "Not read yet" on the box (drawing changes nothing)
    run(app, 4 * SKIP_STEPS_PER_LINE)
    assert scene.line.text == MORNING[0].text


def test_with_skip_unseen_the_key_skips_new_lines_too_but_still_stops_at_the_choice(app: App) -> None:
    app.services.settings.skip_unseen = True
    scene = open_dialogue(app, Story(morning()))
    run(app, 1, {Action.SKIP})
    run(app, len(MORNING) * SKIP_STEPS_PER_LINE + 2)
    assert scene.choosing and not scene.skipping


def test_pressing_skip_again_or_cancel_stops_skipping(app: App) -> None:
    read_through(app, Story(morning()))
    close(app)
    scene = open_dialogue(app, Story(morning()))
    run(app, 1, {Action.SKIP})
    assert scene.skipping
    run(app, 1, {Action.SKIP})
    assert not scene.skipping
    run(app, 1, {Action.SKIP})
    run(app, 1, {Action.CANCEL})
    assert not scene.skipping


def test_a_line_counts_as_read_once_the_player_moves_on_from_it(app: App) -> None:
    scene = open_dialogue(app, Story(morning()))
    first = scene.line
    assert first is not None and not scene.is_read(first)
    run(app, 1, {Action.INTERACT})  # finishes typing: not yet read through
    assert not scene.is_read(first)
    run(app, 1, {Action.INTERACT})
    assert scene.is_read(first)


# -- what a line is -----------------------------------------------------------------------------------
def test_an_edited_line_counts_as_new_and_the_same_words_elsewhere_are_another_line() -> None:
    base = line_id("chamber.arrive", "mara", "My lens. [ability] shows the wiring.")
    assert base == line_id("chamber.arrive", "mara", "My lens. [ability] shows the wiring.  ")
    assert base != line_id("chamber.arrive", "mara", "My lens. [ability] shows the wires.")
    assert base != line_id("chamber.first", "mara", "My lens. [ability] shows the wiring.")
    assert base != line_id("chamber.arrive", "jonas", "My lens. [ability] shows the wiring.")


def test_the_story_gives_each_line_its_knot_and_stitch() -> None:
    from game.story.runtime import Story as InkStory

    story = InkStory.load(Path(__file__).resolve().parents[1] / "assets" / "story" / "main.json")
    story.start("chamber.arrive")
    line = story.step()
    assert line is not None and line.path == "chamber.arrive"


def test_the_record_keeps_the_prompt_token_not_the_key_so_a_rebinding_keeps_lines_read(app: App) -> None:
    story = Story([Line("Press [ability] to raise it.", "somnico_host")], choice=False)
    read_through(app, story)
    app.services.settings.keys["ability"] = ["c"]
    scene = open_dialogue(app, Story([Line("Press [ability] to raise it.", "somnico_host")], choice=False))
    assert scene.text == "Press C to raise it." and scene.is_read(scene.line)  # type: ignore[arg-type]


# -- the record on disk ----------------------------------------------------------------------------------
def test_the_record_survives_a_restart_beside_the_settings(tmp_path: Path) -> None:
    first = make_app(tmp_path)
    read_through(first, Story(morning()))
    first.services.scenes.clear()  # leaving the game closes the conversation: it is written
    pygame.quit()
    path = tmp_path / SEEN_FILE
    assert path.is_file()
    ids = json.loads(path.read_text(encoding="utf-8"))["lines"]
    assert len(ids) == len(MORNING)
    second = make_app(tmp_path)
    try:
        scene = open_dialogue(second, Story(morning()))
        run(second, 1, {Action.SKIP})
        run(second, len(MORNING) * SKIP_STEPS_PER_LINE + 2)
        assert scene.choosing, "a new session skips what the last one read"
    finally:
        pygame.quit()


@pytest.mark.parametrize(
    "data",
    [b"{not json", b"[1, 2, 3]", b'{"lines": "abc"}', b"\xff\xfe garbage", b"[" * 100_000],
    ids=["not json", "a list", "lines not a list", "not text", "nested deeply"],
)
def test_a_damaged_record_is_reported_kept_aside_and_survived(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / SEEN_FILE
    path.write_bytes(data)
    app = make_app(tmp_path)
    try:
        assert isinstance(app.services.scenes.top, ErrorScreen), "the title says what happened"
        told = [line for line in app.services.scenes.top.lines if "lines read" in line]
        assert told and "kept as seen_lines.json.damaged" in told[0], told
        assert (tmp_path / f"{SEEN_FILE}.damaged").read_bytes() == data, "kept, byte for byte"
        assert len(app.services.seen) == 0
        app.services.scenes.pop()
        read_through(app, Story(morning()))
        app.services.scenes.clear()
        assert len(json.loads(path.read_text(encoding="utf-8"))["lines"]) == len(MORNING)
    finally:
        pygame.quit()


def test_a_record_with_some_bad_entries_keeps_the_good_ones_and_the_original(tmp_path: Path) -> None:
    good = line_id("scene", None, MORNING[0].text)
    path = tmp_path / SEEN_FILE
    original = json.dumps({"version": 1, "lines": [good, 42, "not-an-id", None]}).encode()
    path.write_bytes(original)
    record = SeenLines.load(str(path))
    assert good in record and len(record) == 1
    assert record.notices and "3 entries" in record.notices[0]
    record.add(line_id("scene", None, "more"))
    record.save()
    assert (tmp_path / f"{SEEN_FILE}.damaged").read_bytes() == original
    assert len(json.loads(path.read_text(encoding="utf-8"))["lines"]) == 2


def test_the_record_is_bounded_forgetting_the_oldest(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(seen_module, "MAX_LINES", 5)
    record = SeenLines(str(tmp_path / SEEN_FILE))
    ids = [line_id("scene", None, f"line {n}") for n in range(8)]
    for line in ids:
        record.add(line)
    assert len(record) == 5 and ids[0] not in record and ids[-1] in record
    record.save()
    assert list(SeenLines.load(str(tmp_path / SEEN_FILE))) == ids[3:]


def test_the_record_is_written_atomically_and_only_when_it_changed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    writes: list[str] = []
    real = seen_module.atomic_write
    monkeypatch.setattr(seen_module, "atomic_write", lambda path, data: (writes.append(path), real(path, data)))
    record = SeenLines(str(tmp_path / SEEN_FILE))
    record.save()
    assert writes == [], "nothing read, nothing written"
    record.add(line_id("scene", None, "a"))
    record.save()
    record.save()
    assert writes == [str(tmp_path / SEEN_FILE)]


def test_a_record_that_cannot_be_saved_is_said_once_and_the_game_goes_on(app: App, tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    app.services.seen = SeenLines(str(blocked / SEEN_FILE))
    for _ in range(2):
        read_through(app, Story(morning()[:1], choice=False))
        close(app)
    told = [m for m in app.services.messages if "could not be remembered" in m]
    assert len(told) == 1, told
    assert app.services.seen.dirty and len(app.services.seen) == 1, "still remembered for this session"
    assert not os.path.exists(blocked / SEEN_FILE)
