"""A group chat on a phone: lines tagged `# phone` show as messages on a phone instead of the
dialogue box, the conversation stays above the newest message, her own messages sit on the
right, a line off the phone puts it away, and the tag is checked like any other."""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from game.app import App
from game.input import Action
from game.scenes.phone import LARGE_PANEL, PANEL, is_phone
from game.story.tags import tag_problems

from .test_dialogue import Choice, ScriptedStory, app, open_dialogue, run  # noqa: F401 -- the fixture

__all__ = ["app"]


@dataclass
class Line:
    text: str
    speaker: str | None = None
    mood: str | None = None
    tags: dict[str, str] = field(default_factory=dict)


PHONE = {"phone": ""}


def chat() -> ScriptedStory:
    story = ScriptedStory()
    story.lines = [
        Line("saved u a seat!!", "noor", None, PHONE),
        Line("back row, by the window", "noor", None, PHONE),
        Line("omw. ish.", "lila", "neutral", PHONE),
        Line("She puts the phone away. The tram is crowded.", "narrator"),
    ]
    story.picked = [0]  # no choice at the end
    return story


def pixels(surface: pygame.Surface, rect: pygame.Rect) -> bytes:
    return pygame.image.tobytes(surface.subsurface(rect), "RGB")


def test_phone_lines_show_on_a_phone_with_the_conversation_so_far(app: App) -> None:  # noqa: F811
    story = chat()
    scene = open_dialogue(app, story, [])
    assert is_phone(scene.line) and scene.phone_history == []
    screen = pygame.Surface((320, 180))
    screen.fill((0, 0, 0))
    scene.draw(screen)
    assert pixels(screen, PANEL) != bytes(PANEL.w * PANEL.h * 3), "the phone is drawn"
    clear = pygame.Rect(PANEL.right + 4, 20, 320 - PANEL.right - 8, 90)
    assert pixels(screen, clear) == bytes(clear.w * clear.h * 3), "and no dialogue box beside it"
    run(app, 1, {Action.INTERACT})
    run(app, 1, {Action.INTERACT})
    assert [m.name for m in scene.phone_history] == ["Noor"]
    run(app, 1, {Action.INTERACT})
    run(app, 1, {Action.INTERACT})
    assert scene.line is not None and scene.line.speaker == "lila"
    assert [m.rows for m in scene.phone_history] == [("saved u a seat!!",), ("back row, by the window",)]
    run(app, 1, {Action.INTERACT})
    run(app, 1, {Action.INTERACT})
    assert scene.line is not None and not is_phone(scene.line) and scene.phone_history == [], "off the phone"


def test_her_own_messages_sit_on_the_right_and_large_text_widens_the_phone(app: App) -> None:  # noqa: F811
    story = chat()
    story.lines = [Line("omw. ish.", "lila", "neutral", PHONE)]
    scene = open_dialogue(app, story, [])
    run(app, 1, {Action.INTERACT})
    screen = pygame.Surface((320, 180))
    scene.draw(screen)
    inner = PANEL.inflate(-12, -12)
    left = pygame.Rect(inner.x, inner.bottom - 16, inner.w // 3, 12)
    right = pygame.Rect(inner.right - inner.w // 3, inner.bottom - 16, inner.w // 3, 12)
    ink = screen.get_at((inner.x + 2, inner.bottom - 8))
    assert screen.get_at((right.right - 4, right.centery)) != ink, "her bubble on the right"
    assert screen.get_at((left.x + 4, left.centery)) == ink, "nothing on the left"
    app.services.settings.large_text = True
    wide = open_dialogue(app, ScriptedStory([Line("omw", "lila", "neutral", PHONE)]), [])
    screen.fill((0, 0, 0))
    wide.draw(screen)
    assert screen.get_at((LARGE_PANEL.right - 2, LARGE_PANEL.centery)) != (0, 0, 0, 255)


def test_the_phone_tag_takes_nothing_after_it() -> None:
    assert tag_problems("phone") == []
    assert tag_problems("phone: noor") == ["expected '# phone' with nothing after it, got '# phone: noor'"]
    assert "did you mean 'phone'" in tag_problems("phnoe")[0]


def test_choices_on_the_phone_are_her_replies_over_it(app: App) -> None:  # noqa: F811
    story = chat()
    story.lines = [Line("u coming?", "noor", None, PHONE)]
    story.picked = []
    story.offered = []
    original = story.step

    def step() -> Line | None:
        line = original()
        story.offered = [Choice(0, "yes"), Choice(1, "no")] if not story.lines and not story.picked else []
        return line

    story.step = step  # type: ignore[method-assign]
    scene = open_dialogue(app, story, [])
    run(app, 1, {Action.INTERACT})
    run(app, 1, {Action.INTERACT})
    assert scene.choosing and scene.line is not None and is_phone(scene.line), "the message stays up"
    screen = pygame.Surface((320, 180))
    scene.draw(screen)
