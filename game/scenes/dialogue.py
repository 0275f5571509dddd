"""The dialogue box: lines from the story with the speaker's name and portrait, typed out at
the player's text speed with the speaker's voice blip, choices with a cursor, auto-advance,
and a log to scroll back through.

The scene reads a story through `StoryLike` (game.story.runtime.Story fits it), so it never
holds story state of its own: what was said and chosen lives in the story.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

import pygame

from game.content.problems import Problem
from game.input import Action
from game.scenes.base import Scene, StepInput
from game.scenes.error import ErrorScreen
from game.story.runtime import StoryError
from game.story.speakers import speaker_name
from game.world import STEP_S

if TYPE_CHECKING:
    from game.scenes.services import Services

AUTO_ADVANCE_S = 1.2
"""With auto-advance on, how long a finished line stays before the next one."""
BLIP_EVERY_CHARS = 3
LOG_LIMIT = 200


class LineLike(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def speaker(self) -> str | None: ...

    @property
    def mood(self) -> str | None: ...


class ChoiceLike(Protocol):
    @property
    def index(self) -> int: ...

    @property
    def text(self) -> str: ...


class Director(Protocol):
    """Carries out a line's stage directions (the exploration scene is one)."""

    def direct(self, direction: object) -> int:
        """Start a direction; return how many steps to hold the dialogue (-1: until not busy)."""
        ...

    def busy(self) -> bool:
        """Still carrying out a direction that takes its own time (a walk, a pan)."""
        ...

    def tick(self) -> None:
        """Advance whatever the directions set moving, by one step."""
        ...


class StoryLike(Protocol):
    def step(self) -> LineLike | None: ...

    @property
    def choices(self) -> Sequence[ChoiceLike]: ...

    def choose(self, index: int) -> None: ...

    @property
    def done(self) -> bool: ...


class DialogueScene(Scene):
    """Runs the story until it ends, then pops itself and calls `on_done`."""

    overlay = True
    BOX = pygame.Rect(66, 122, 248, 52)
    PORTRAIT_BOX = pygame.Rect(6, 116, 58, 58)
    WIDE_BOX = pygame.Rect(6, 122, 308, 52)
    """The text box when the speaker has no portrait (the narrator)."""
    TEXT_PADDING = (10, 9)

    def __init__(
        self,
        services: Services,
        story: StoryLike,
        on_done: Callable[[], None] | None = None,
        director: Director | None = None,
    ) -> None:
        super().__init__(services)
        self.story = story
        self.on_done = on_done
        self.director = director
        self.directions: list[object] = []
        self.hold_steps = 0
        self.until_idle = False
        self.upcoming: LineLike | None = None
        self.line: LineLike | None = None
        self.wrapped: list[str] = []
        self.shown_chars = 0.0
        self.wait_steps = 0
        self.cursor = 0
        self.choosing = False
        self.finished = False
        self.anim_steps = 0
        self.box = self.BOX

    # -- flow ---------------------------------------------------------------------------
    def enter(self) -> None:
        self._next()

    @property
    def total_chars(self) -> int:
        return sum(len(line) for line in self.wrapped)

    @property
    def typing(self) -> bool:
        return self.line is not None and self.shown_chars < self.total_chars

    def _next(self) -> None:
        """Read on to the next line of text, collecting the stage directions on the way;
        they run first (see update), then the line, the choices or the end is shown."""
        self.line, self.wrapped = None, []
        self.upcoming = None
        try:
            line = self.story.step()
            while line is not None:
                self.directions.extend(getattr(line, "directions", ()))
                if line.text.strip():
                    self.upcoming = line
                    break
                line = self.story.step()
        except StoryError as exc:
            self._story_failed(exc)
            return
        self._settle()

    def _story_failed(self, error: StoryError) -> None:
        """The story cannot go on (a tag the checks should have caught, a state bink
        refuses): end the conversation, show why, and let the player walk on."""
        self.directions.clear()
        self._finish()
        problem = Problem(error.path or "story", "story", str(error))
        self.stack.push(ErrorScreen(self.services, "The story stopped here", [problem]))

    def _settle(self) -> None:
        """Once no direction is running: show the upcoming line, or the choices, or end."""
        if self.directions or self.hold_steps or self.until_idle:
            return
        self.wait_steps = 0
        line = self.upcoming
        self.upcoming = None
        if line is not None:
            self.line = line
            self.shown_chars = 0.0
            has_portrait = bool(line.speaker) and self.services.assets.portrait(line.speaker or "") is not None
            self.box = self.BOX if has_portrait else self.WIDE_BOX
            width = self.box.w - 2 * self.TEXT_PADDING[0]
            self.wrapped = self.services.assets.font.wrap(line.text.strip(), width)
            self._log(speaker_name(line.speaker), line.text.strip())
        elif self.story.choices:
            self.choosing = True  # the question stays on screen above the choices
            self.cursor = 0
            self.shown_chars = self.total_chars
        else:
            self._finish()

    def _run_directions(self) -> bool:
        """Advance running directions by a step; True while they hold the dialogue."""
        if self.director is not None:
            self.director.tick()
        if self.until_idle:
            self.until_idle = self.director is not None and self.director.busy()
            return True
        if self.hold_steps > 0:
            self.hold_steps -= 1
            return True
        if self.directions:
            direction = self.directions.pop(0)
            hold = self.director.direct(direction) if self.director is not None else 0
            self.until_idle = hold < 0
            self.hold_steps = max(0, hold)
            return True
        return False

    def _finish(self) -> None:
        self.finished = True
        if self.stack.top is self:
            self.stack.pop()
        if self.on_done is not None:
            self.on_done()

    def _log(self, who: str | None, text: str) -> None:
        log = self.services.dialogue_log
        log.append((who or "", text))
        del log[:-LOG_LIMIT]

    def update(self, step: StepInput) -> None:
        self.anim_steps += 1
        if self.line is None and not self.choosing and not self.finished:
            if not self._run_directions():
                self._settle()
            return
        if Action.LOG in step.pressed:
            self.stack.push(DialogueLog(self.services))
            return
        if self.choosing:
            self._update_choices(step)
        elif self.typing:
            self._type(step)
        elif self.line is not None:
            self.wait_steps += 1
            auto = self.services.settings.auto_advance and self.wait_steps * STEP_S >= AUTO_ADVANCE_S
            if Action.INTERACT in step.pressed or auto:
                self._next()

    def _type(self, step: StepInput) -> None:
        if step.pressed & {Action.INTERACT, Action.CANCEL}:
            self.shown_chars = self.total_chars  # first press finishes the line
            return
        before = int(self.shown_chars)
        self.shown_chars = min(
            self.total_chars, self.shown_chars + self.services.settings.text_speed_chars_per_s * STEP_S
        )
        after = int(self.shown_chars)
        if after // BLIP_EVERY_CHARS > before // BLIP_EVERY_CHARS and self.line and self.line.speaker:
            self.services.audio.play_sfx(f"talk_{self.line.speaker}")

    def _update_choices(self, step: StepInput) -> None:
        count = len(self.story.choices)
        if Action.DOWN in step.pressed or Action.UP in step.pressed:
            self.cursor = (self.cursor + (1 if Action.DOWN in step.pressed else -1)) % count
            self.services.audio.play_sfx("menu_move")
        elif Action.INTERACT in step.pressed:
            choice = self.story.choices[self.cursor]
            self.services.audio.play_sfx("menu_select")
            self._log(">", choice.text)
            self.choosing = False
            try:
                self.story.choose(choice.index)
            except StoryError as exc:
                self._story_failed(exc)
                return
            self._next()

    # -- drawing -----------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        if self.choosing:
            self._draw_choices(surface)
        if self.line is None:
            return
        assets = self.services.assets
        skin, font = assets.skin, assets.font
        portrait = assets.portrait(self.line.speaker, self.line.mood or "neutral") if self.line.speaker else None
        box = self.box
        if portrait is not None:
            skin.dialog.draw(surface, self.PORTRAIT_BOX)
            surface.blit(portrait, portrait.get_rect(center=self.PORTRAIT_BOX.center))
        skin.dialog.draw(surface, box)
        name = speaker_name(self.line.speaker)
        if name:
            plate = pygame.Rect(box.x + 4, box.y - 12, font.measure(name) + 16, 16)
            skin.nameplate.draw(surface, plate)
            font.draw(surface, name, (plate.x + 8, plate.y + 3), assets.colour("white"), shadow=assets.colour("ink"))
        x, y = box.x + self.TEXT_PADDING[0], box.y + self.TEXT_PADDING[1]
        left = int(self.shown_chars)
        for line in self.wrapped:
            if left <= 0:
                break
            font.draw(surface, line[:left], (x, y), assets.colour("white"), shadow=assets.colour("ink"))
            left -= len(line)
            y += font.line_height
        if not self.typing and not self.choosing:
            frame = (self.anim_steps // 8) % skin.cursor.columns
            surface.blit(skin.cursor.frame("advance", frame), (box.right - 14, box.bottom - 12))

    def _draw_choices(self, surface: pygame.Surface) -> None:
        assets = self.services.assets
        skin, font = assets.skin, assets.font
        texts = [c.text for c in self.story.choices]
        width = min(surface.get_width() - 12, max(font.measure(t) for t in texts) + 34)
        row_h = 14
        panel = pygame.Rect(0, 0, width, len(texts) * row_h + 16)
        panel.bottomright = (surface.get_width() - 6, self.BOX.y - 4)
        skin.menu.draw(surface, panel)
        for i, text in enumerate(texts):
            row = pygame.Rect(panel.x + 6, panel.y + 8 + i * row_h, panel.w - 12, row_h + 2)
            if i == self.cursor:
                skin.choice.draw(surface, row.inflate(0, 2))
                frame = (self.anim_steps // 8) % skin.cursor.columns
                surface.blit(skin.cursor.frame("cursor", frame), (row.x + 3, row.y + 4))
            colour = assets.colour("white" if i == self.cursor else "fog")
            font.draw(surface, text, (row.x + 14, row.y + 3), colour, shadow=assets.colour("ink"))


class DialogueLog(Scene):
    """What was said, newest at the bottom; up/down scroll, cancel or log closes."""

    overlay = True

    def __init__(self, services: Services) -> None:
        super().__init__(services)
        self.scroll = 0  # lines scrolled up from the newest

    def update(self, step: StepInput) -> None:
        if step.pressed & {Action.CANCEL, Action.LOG}:
            self.stack.pop()
        elif Action.UP in step.pressed:
            self.scroll += 1
        elif Action.DOWN in step.pressed:
            self.scroll = max(0, self.scroll - 1)

    def draw(self, surface: pygame.Surface) -> None:
        assets = self.services.assets
        font = assets.font
        panel = surface.get_rect().inflate(-16, -16)
        assets.skin.menu.draw(surface, panel)
        inner = panel.inflate(-20, -18)
        rows: list[tuple[str, str]] = []
        for who, text in self.services.dialogue_log:
            prefix = f"{who}: " if who and who != ">" else ("> " if who == ">" else "")
            for i, line in enumerate(font.wrap(prefix + text, inner.w)):
                rows.append((who if i == 0 else "", line))
        visible = inner.h // font.line_height
        self.scroll = min(self.scroll, max(0, len(rows) - visible))
        end = len(rows) - self.scroll
        y = inner.y
        for who, line in rows[max(0, end - visible) : end]:
            colour = assets.colour("neon-cyan" if who == ">" else "white")
            font.draw(surface, line, (inner.x, y), colour, shadow=assets.colour("ink"))
            y += font.line_height
