"""The dialogue box: lines from the story with the speaker's name and portrait, typed out at
the player's text speed with the speaker's voice blip, choices with a cursor, auto-advance,
skipping what was read before, and a log to scroll back through.

The scene reads a story through `StoryLike` (game.story.runtime.Story fits it), so it never
holds story state of its own: what was said and chosen lives in the story. What the player
has *read* is theirs, not the story's: `services.seen` (game.seen) remembers it across
saves, and the skip key (Action.SKIP) fast-forwards through it, stopping at every choice
and at the first line not read before (with Settings.skip_unseen, at choices only). Lines
skipped are logged like any other.

What the box honours from the settings: the text size (a line too long for the box turns
over in pages), the high-contrast box, and the player's bindings: `[action]` in a line is
shown as the key or button the player uses for it now (game.ui.prompts).

A choice list ignores the confirm key until it has been quiet for CHOICE_GUARD_STEPS (or the
cursor was moved): a player mashing through text never picks the first option by accident.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import TYPE_CHECKING, Protocol

import pygame

from game.content.problems import Problem
from game.input import Action
from game.scenes.base import Scene, StepInput
from game.scenes.dialogue_log import LOG_LIMIT, DialogueLog, draw_box, text_colours
from game.scenes.error import ErrorScreen
from game.scenes.phone import Message, bubble_width, draw_phone, is_phone
from game.seen import line_id
from game.story.runtime import StoryError
from game.story.speakers import speaker_name
from game.ui.font import PixelFont
from game.ui.prompts import fill_prompts, prompt_label
from game.ui.readable import plate_height, reading_font
from game.world import STEP_S

if TYPE_CHECKING:
    from game.scenes.services import Services

__all__ = ["LOG_LIMIT", "DialogueLog", "DialogueScene"]

AUTO_ADVANCE_S = 1.2
"""With auto-advance on, how long a finished line stays before the next one."""
BLIP_EVERY_CHARS = 3
CHOICE_GUARD_STEPS = 15
"""A quarter of a second: how long the confirm key must rest (neither pressed nor held)
before a new choice list takes it. Moving the cursor lifts the guard at once."""
SKIP_STEPS_PER_LINE = 4
"""While skipping, each line read before stays this many steps (long enough to flash by
readably, fifteen lines a second)."""
SKIP_NOTE_STEPS = 60
"""How long "Not read yet" stays when skip is pressed on a new line."""
LINES_PER_PAGE = {False: 4, True: 3}
"""Lines of text the box shows at once, at the normal and the large text size."""
SCREEN_H_PX = 180
MARGIN_PX = 6


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
        self.text = ""
        """The line as shown: its `[action]` prompts filled in."""
        self.question: tuple[LineLike, list[list[str]], int] | None = None
        """The line shown before the story offered choices: it stays up while they do."""
        self.pages: list[list[str]] = []
        self.page = 0
        self.shown_chars = 0.0
        self.wait_steps = 0
        self.cursor = 0
        self.choosing = False
        self.choice_quiet_steps = 0
        self.choice_moved = False
        self.skipping = False
        self.skip_steps = 0
        self.skip_note_until = -1
        self.finished = False
        self.anim_steps = 0
        self.box = self.BOX
        self.font: PixelFont = services.assets.font
        """The face the current line was laid out in (the text size when it was shown)."""
        self.phone_history: list[Message] = []
        """The phone messages shown before the current one (lines tagged `# phone`)."""

    # -- flow ---------------------------------------------------------------------------
    def enter(self) -> None:
        self._next()

    def exit(self) -> None:
        """Keep what was read: the record is written once a conversation closes."""
        self.services.save_seen()

    @property
    def wrapped(self) -> list[str]:
        """The lines of text on the page shown now."""
        return self.pages[self.page] if self.pages else []

    @property
    def total_chars(self) -> int:
        return sum(len(line) for line in self.wrapped)

    @property
    def typing(self) -> bool:
        return self.line is not None and self.shown_chars < self.total_chars

    @property
    def choice_ready(self) -> bool:
        """The choice list takes the confirm key now (see CHOICE_GUARD_STEPS)."""
        return self.choosing and (self.choice_moved or self.choice_quiet_steps >= CHOICE_GUARD_STEPS)

    def is_read(self, line: LineLike) -> bool:
        """Whether the player has read `line` before, on any save."""
        return self._line_id(line) in self.services.seen

    def _line_id(self, line: LineLike) -> str:
        return line_id(str(getattr(line, "path", "")), line.speaker, line.text)

    def _skippable(self, line: LineLike) -> bool:
        return self.services.settings.skip_unseen or self.is_read(line)

    def _next(self) -> None:
        """Read on to the next line of text, collecting the stage directions on the way;
        they run first (see update), then the line, the choices or the end is shown."""
        self._mark_read()
        self.question = (self.line, self.pages, self.page) if self.line is not None else None
        self.line, self.pages, self.page = None, [], 0
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

    def _mark_read(self) -> None:
        if self.line is not None:
            self.services.seen.add(self._line_id(self.line))

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
        question, self.question = self.question, None
        if line is not None:
            self._keep_phone_message(question, line)
            self.line = line
            self.shown_chars = 0.0
            self.text = fill_prompts(line.text.strip(), self.services.settings, self.services.device)
            self._lay_out(line)
            self._log(speaker_name(line.speaker), self.text)
            if self.skipping and not self._skippable(line):
                self.skipping = False  # a line not read before: stop here and let it type out
        elif self.story.choices:
            self.choosing = True
            if question is not None:  # the question stays on screen below the choices
                self.line, self.pages, self.page = question
            self.skipping = False
            self.cursor = 0
            self.choice_quiet_steps = 0
            self.choice_moved = False
            self.shown_chars = self.total_chars
        else:
            self._finish()

    def _keep_phone_message(self, shown: tuple[LineLike, list[list[str]], int] | None, line: LineLike) -> None:
        """The phone keeps the conversation: the message shown before (`shown`: the line,
        its pages and the page) goes above the next, and a line off the phone puts it away."""
        if not is_phone(line):
            self.phone_history = []
        elif shown is not None and is_phone(shown[0]):
            before, pages, page = shown
            rows = tuple(pages[page]) if pages else ()
            self.phone_history.append(Message(before.speaker, speaker_name(before.speaker), rows))

    def _lay_out(self, line: LineLike) -> None:
        """Pick the box and the face for the text size, and break the line into pages (a
        phone message into the rows of its bubble)."""
        settings = self.services.settings
        assets = self.services.assets
        self.font = reading_font(assets.font, settings.large_text)
        if is_phone(line):
            self.box = self.box_rect(False, settings.large_text)
            self.pages = [self.font.wrap(self.text, bubble_width(settings.large_text))]
            self.page = 0
            return
        has_portrait = bool(line.speaker) and assets.portrait(line.speaker or "") is not None
        self.box = self.box_rect(has_portrait, settings.large_text)
        per_page = LINES_PER_PAGE[settings.large_text]
        rows = self.font.wrap(self.text, self.box.w - 2 * self.TEXT_PADDING[0])
        self.pages = [rows[i : i + per_page] for i in range(0, len(rows), per_page)] or [[]]
        self.page = 0

    def box_rect(self, has_portrait: bool, large: bool) -> pygame.Rect:
        """The text box for a line: beside the portrait (or the whole width without one),
        tall enough for a page of text at the text size, on the bottom edge."""
        base = self.BOX if has_portrait else self.WIDE_BOX
        font = reading_font(self.services.assets.font, large)
        height = max(base.h, 2 * self.TEXT_PADDING[1] + font.text_height(LINES_PER_PAGE[large]))
        return pygame.Rect(base.x, SCREEN_H_PX - MARGIN_PX - height, base.w, height)

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
        self._mark_read()
        self.finished = True
        self.skipping = False
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
        if Action.SKIP in step.pressed:
            self._toggle_skip()
        elif self.skipping and Action.CANCEL in step.pressed:
            self.skipping = False
            return
        if self.line is None and not self.choosing and not self.finished:
            if not self._run_directions():
                self._settle()
            return
        if Action.LOG in step.pressed:
            self.skipping = False
            self.stack.push(DialogueLog(self.services))
            return
        if Action.MENU in step.pressed and self.services.flow is not None:
            from game.scenes.menu_pause import PauseMenu  # the pause menu builds on the scenes below it

            self.skipping = False
            self.stack.push(PauseMenu(self.services))
            return
        if self.choosing:
            self._update_choices(step)
        elif self.skipping:
            self._skip_step()
        elif self.typing:
            self._type(step)
        elif self.line is not None:
            self.wait_steps += 1
            auto = self.services.settings.auto_advance and self.wait_steps * STEP_S >= AUTO_ADVANCE_S
            if Action.INTERACT in step.pressed or auto:
                self._advance()

    def _advance(self) -> None:
        """On from a whole page: to the line's next page, or the next line."""
        if self.page + 1 < len(self.pages):
            self.page += 1
            self.shown_chars = 0.0
            self.wait_steps = 0
        else:
            self._next()

    def _toggle_skip(self) -> None:
        if self.skipping:
            self.skipping = False
        elif self.choosing:
            return  # skipping always stops at a choice
        elif self.line is not None and not self._skippable(self.line):
            self.skip_note_until = self.anim_steps + SKIP_NOTE_STEPS
        else:
            self.skipping, self.skip_steps = True, 0

    def _skip_step(self) -> None:
        """A line read before: shown whole, for a moment, then the next."""
        if self.line is None:
            return
        self.shown_chars = self.total_chars
        self.skip_steps += 1
        if self.skip_steps >= SKIP_STEPS_PER_LINE:
            self.skip_steps = 0
            self._advance()

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
        ready = self.choice_ready
        if Action.INTERACT in step.pressed or Action.INTERACT in step.held:
            if not ready:
                self.choice_quiet_steps = 0  # still mashing or holding: the guard starts again
        else:
            self.choice_quiet_steps += 1
        if Action.DOWN in step.pressed or Action.UP in step.pressed:
            self.cursor = (self.cursor + (1 if Action.DOWN in step.pressed else -1)) % count
            self.choice_moved = True
            self.services.audio.play_sfx("menu_move")
        elif Action.INTERACT in step.pressed and ready:
            choice = self.story.choices[self.cursor]
            self.services.audio.play_sfx("menu_select")
            self._log(">", fill_prompts(choice.text, self.services.settings, self.services.device))
            self.choosing = False
            try:
                self.story.choose(choice.index)
            except StoryError as exc:
                self._story_failed(exc)
                return
            self._next()

    # -- drawing -----------------------------------------------------------------------
    def look(self) -> Hashable | None:
        """A line typed out and waiting for the player: the box, its text, the skip mark and
        the advance mark (which moves every 8 steps). None while anything else moves: the
        typing, choices, a phone, skipping, story directions between lines."""
        line = self.line
        if line is None or self.typing or self.choosing or self.skipping or is_phone(line):
            return None
        settings = self.services.settings
        return (
            id(line),
            self.page,
            tuple(self.wrapped),
            self.box.topleft,
            (self.anim_steps // 8) % self.services.assets.skin.cursor.columns,
            self.anim_steps < self.skip_note_until,
            self.services.device,
            settings.high_contrast_box,
        )

    def draw(self, surface: pygame.Surface) -> None:
        if self.line is not None and is_phone(self.line):
            self._draw_phone(surface)
            return
        if self.choosing:
            self._draw_choices(surface)
        if self.line is None:
            return
        assets = self.services.assets
        skin, font = assets.skin, self.font
        settings = self.services.settings
        contrast = settings.high_contrast_box
        text, shadow = text_colours(assets, contrast)
        portrait = assets.portrait(self.line.speaker, self.line.mood or "neutral") if self.line.speaker else None
        box = self.box
        if portrait is not None:
            draw_box(surface, assets, self.PORTRAIT_BOX, contrast)
            surface.blit(portrait, portrait.get_rect(center=self.PORTRAIT_BOX.center))
        draw_box(surface, assets, box, contrast)
        name = speaker_name(self.line.speaker)
        if name:
            self._draw_plate(surface, name, box.x + 4, text, shadow)
        self._draw_skip_mark(surface, box)
        x, y = box.x + self.TEXT_PADDING[0], box.y + self.TEXT_PADDING[1]
        left = int(self.shown_chars)
        for line in self.wrapped:
            if left <= 0:
                break
            font.draw(surface, line[:left], (x, y), text, shadow=shadow)
            left -= len(line)
            y += font.line_height
        if not self.typing and not self.choosing:
            frame = (self.anim_steps // 8) % skin.cursor.columns
            surface.blit(skin.cursor.frame("advance", frame), (box.right - 14, box.bottom - 12))

    def _draw_phone(self, surface: pygame.Surface) -> None:
        """A phone message: the phone with the conversation so far, then any choices (her
        replies) over it."""
        line = self.line
        if line is None:
            return
        settings = self.services.settings
        current = Message(line.speaker, speaker_name(line.speaker), tuple(self.wrapped))
        panel = draw_phone(
            surface,
            self.services.assets,
            self.font,
            self.phone_history,
            current,
            int(self.shown_chars),
            settings.high_contrast_box,
            settings.large_text,
        )
        if self.choosing:
            self._draw_choices(surface)
        elif not self.typing:
            skin = self.services.assets.skin
            frame = (self.anim_steps // 8) % skin.cursor.columns
            surface.blit(skin.cursor.frame("advance", frame), (panel.right - 14, panel.y + 4))

    def _draw_plate(
        self, surface: pygame.Surface, label: str, x: int, colour: pygame.Color, shadow: pygame.Color | None
    ) -> pygame.Rect:
        """A small plate on the box's top edge: the speaker's name, or the skip mark."""
        font = self.font
        height = plate_height(font)
        plate = pygame.Rect(x, self.box.y - height + 4, font.measure(label) + 16, height)
        if self.services.settings.high_contrast_box:
            draw_box(surface, self.services.assets, plate, True)
        else:
            self.services.assets.skin.nameplate.draw(surface, plate)
        font.draw(surface, label, (plate.x + 8, plate.y + 3), colour, shadow=shadow)
        return plate

    def _draw_skip_mark(self, surface: pygame.Surface, box: pygame.Rect) -> None:
        """Top right of the box: "Skipping >>" while skipping, "Not read yet" just after a
        refused skip, and the skip key on a line that may be skipped."""
        assets = self.services.assets
        text, shadow = text_colours(assets, self.services.settings.high_contrast_box)
        if self.skipping:
            label = "Skipping >>"
        elif self.anim_steps < self.skip_note_until:
            label = "Not read yet"
        elif self.line is not None and not self.choosing and self._skippable(self.line):
            key = prompt_label(self.services.settings, Action.SKIP.value, self.services.device)
            label, text = f"{key}: skip", assets.colour("fog")
        else:
            return
        width = self.font.measure(label) + 16
        self._draw_plate(surface, label, box.right - 4 - width, text, shadow)

    def choice_rows(self) -> list[list[str]]:
        """Each choice's text, wrapped to the widest panel the screen allows."""
        font = reading_font(self.services.assets.font, self.services.settings.large_text)
        width = 320 - 12 - 34
        settings, device = self.services.settings, self.services.device
        return [font.wrap(fill_prompts(c.text, settings, device), width) for c in self.story.choices]

    def _draw_choices(self, surface: pygame.Surface) -> None:
        assets = self.services.assets
        skin = assets.skin
        settings = self.services.settings
        contrast = settings.high_contrast_box
        font = reading_font(assets.font, settings.large_text)
        rows = self.choice_rows()
        width = min(surface.get_width() - 12, max(font.measure(line) for lines in rows for line in lines) + 34)
        heights = [font.text_height(len(lines)) + 5 for lines in rows]
        panel = pygame.Rect(0, 0, width, sum(heights) + 16)
        top = self.box.y if self.line is not None else self.box_rect(False, settings.large_text).y
        panel.bottomright = (surface.get_width() - 6, top - 4)
        panel.top = max(2, panel.top)
        if contrast:
            draw_box(surface, assets, panel, True)
        else:
            skin.menu.draw(surface, panel)
        text, shadow = text_colours(assets, contrast)
        y = panel.y + 8
        for i, (lines, height) in enumerate(zip(rows, heights, strict=True)):
            row = pygame.Rect(panel.x + 6, y, panel.w - 12, height + 1)
            selected = i == self.cursor
            if selected and contrast:
                surface.fill(assets.colour("white"), row)
            elif selected:
                skin.choice.draw(surface, row.inflate(0, 2))
            if selected and self.choice_ready and not contrast:
                frame = (self.anim_steps // 8) % skin.cursor.columns
                surface.blit(skin.cursor.frame("cursor", frame), (row.x + 3, row.y + (height - 8) // 2 + 1))
            if contrast:
                colour = assets.colour("ink" if selected else "white")
                line_shadow = None
            else:
                colour = assets.colour("white" if selected and self.choice_ready else "fog")
                line_shadow = shadow
            for n, line in enumerate(lines):
                font.draw(surface, line, (row.x + 14, row.y + 3 + n * font.line_height), colour, shadow=line_shadow)
            y += height
