"""Shows content problems on screen instead of dying with a traceback. The game stays
responsive: the list scrolls, and cancel or interact leaves the screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.content.problems import Problem
from game.input import Action
from game.scenes.base import Scene, StepInput
from game.ui.prompts import prompt_labels

if TYPE_CHECKING:
    from game.scenes.services import Services


class ErrorScreen(Scene):
    """Lists problems, one per paragraph, exactly as the validator prints them."""

    MARGIN_PX = 6

    def __init__(
        self,
        services: Services,
        title: str,
        problems: list[Problem],
        on_close: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(services)
        self.title = title
        self.lines = [str(p) for p in problems]
        self.on_close = on_close
        self.scroll = 0

    def update(self, step: StepInput) -> None:
        if Action.DOWN in step.pressed:
            self.scroll = min(self.scroll + 1, max(0, len(self.lines) - 1))
        if Action.UP in step.pressed:
            self.scroll = max(0, self.scroll - 1)
        if step.pressed & {Action.CANCEL, Action.INTERACT, Action.MENU}:
            self.stack.pop()
            if self.on_close is not None:
                self.on_close()

    def draw(self, surface: pygame.Surface) -> None:
        assets = self.services.assets
        font, bold = assets.font, assets.bold_font
        surface.fill(assets.colour("ink"))
        rect = surface.get_rect().inflate(-2 * self.MARGIN_PX, -2 * self.MARGIN_PX)
        assets.skin.menu.draw(surface, rect)
        inner = rect.inflate(-18, -16)
        bold.draw(surface, self.title, inner.topleft, assets.colour("pink-glow"))
        y = inner.y + bold.line_height + 4
        bottom = inner.bottom - font.line_height - 2
        for text in self.lines[self.scroll :]:
            for line in font.wrap(text, inner.width):
                if y + font.line_height > bottom:
                    break
                font.draw(surface, line, (inner.x, y), assets.colour("fog"))
                y += font.line_height
            y += 3
        up, down, cancel, confirm = prompt_labels(
            self.services.settings, self.services.device, "up", "down", "cancel", "interact"
        )
        hint = f"{up}/{down}: scroll   {cancel}/{confirm}: close"
        font.draw(surface, hint, (inner.x, inner.bottom - font.line_height), assets.colour("steel-3"))


class CrashScreen(ErrorScreen):
    """What the player sees when a bug got past every check: what happened in plain words,
    that the saves are safe, where the whole error was written, and the way back."""

    def __init__(
        self,
        services: Services,
        problem: Problem,
        on_close: Callable[[], None],
        log_path: str | None = None,
        report: str | None = None,
    ) -> None:
        super().__init__(services, "Something went wrong", [], on_close)
        kept = f"The whole error is written in {log_path}." if log_path else "The whole error is in the log output."
        self.lines = [
            "The game met an error it did not expect and stopped this scene. Your saves are safe: "
            "load the autosave or a slot from the title to go on.",
            f"What happened: {problem.where}: {problem.message} (at {problem.path})",
            kept,
        ]
        if report is not None:
            self.lines.append(
                f"A bug report is in the folder {report}. Please send that folder to the developers: "
                "it lets them play your game again up to this error and fix it."
            )
