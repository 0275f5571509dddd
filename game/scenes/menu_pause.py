"""The pause menu over the game: Resume, a hint from Roe, the journal, Save, Load, Settings
and Quit to title, with the chapter's "what now" line beneath."""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING, Any

import pygame

from game.input import Action
from game.scenes.base import StepInput
from game.scenes.dialogue import DialogueScene
from game.scenes.explore import ExploreScene
from game.scenes.hints import JournalScreen, chapter_progress, open_hints, puzzle_at_hand
from game.scenes.menu_base import MARGIN_PX, ConfirmMenu, Menu, MenuItem
from game.scenes.menu_saves import SaveLoadMenu
from game.scenes.menu_settings import SettingsMenu
from game.scenes.overlays import MessageBox

if TYPE_CHECKING:
    from game.scenes.services import Services


class PauseMenu(Menu):
    """Over the game: Resume, a hint, the journal, Save, Load, Settings, Report a problem,
    Quit to title. Menu or cancel resumes."""

    width_px = 120

    def __init__(self, services: Services) -> None:
        super().__init__(services, "Paused")

    def build_items(self) -> list[MenuItem]:
        explore = self.services.scenes.find(ExploreScene)
        talking = self.services.scenes.find(DialogueScene) is not None
        puzzle = puzzle_at_hand(explore) if explore is not None and not talking else None
        return [
            MenuItem("Resume", self.close),
            MenuItem(
                "Ask Roe for a hint",
                self._hint,
                enabled=puzzle is not None,
                hint=f"About: {puzzle.name.replace('_', ' ')}" if puzzle is not None else "",
            ),
            MenuItem("Journal", lambda: self.stack.push(JournalScreen(self.services))),
            MenuItem("Save", self._save_later if talking else self._save, muted=talking),
            MenuItem("Load", lambda: self.stack.push(SaveLoadMenu(self.services, "load"))),
            MenuItem("Settings", lambda: self.stack.push(SettingsMenu(self.services))),
            MenuItem("Report a problem", self._report, hint="Saves a folder to send to the developers"),
            MenuItem("Quit to title", self._quit),
        ]

    def update(self, step: StepInput) -> None:
        if Action.MENU in step.pressed:
            self.anim_steps += 1
            self.back()
            return
        super().update(step)

    def _save(self) -> None:
        self.stack.push(SaveLoadMenu(self.services, "save"))

    def _save_later(self) -> None:
        self.notice = "The game saves once the conversation is over."

    def _hint(self) -> None:
        self.close()
        why_not = open_hints(self.services)
        if why_not is not None:
            self.stack.push(MessageBox(self.services, why_not))

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        goal = self._goal()
        if goal and not self.notice:  # a notice takes its place
            draw_goal(surface, self.services.assets, goal)

    def _goal(self) -> str:
        progress = chapter_progress(self.services)
        return progress.goal if progress is not None and progress.goal else ""

    def look(self) -> Hashable | None:
        return (self.menu_look(), self._goal())

    def _report(self) -> None:
        folder = self.flow.report_problem()
        if folder is None:
            self.notice = "The report could not be written (the disk refused it); the game goes on."
            return
        words = (
            f"A bug report is in the folder {folder}. Please send that folder to the developers, "
            "with a line on what went wrong: it lets them play your game again step for step."
        )
        self.stack.push(MessageBox(self.services, words))

    def _quit(self) -> None:
        question = "Quit to the title? Unsaved progress is lost."
        self.stack.push(ConfirmMenu(self.services, question, lambda: self.flow.quit_to_title(), yes="Quit"))


def draw_goal(surface: pygame.Surface, assets: Any, goal: str) -> None:
    """The chapter's "what now" line in a box at the bottom of the screen."""
    font = assets.font
    width = surface.get_width() - 2 * MARGIN_PX
    lines = font.wrap(f"Now: {goal}", width - 18)
    rect = pygame.Rect(MARGIN_PX, 0, width, font.text_height(len(lines)) + 12)
    rect.bottom = surface.get_height() - MARGIN_PX
    assets.skin.dialog.draw(surface, rect)
    ink, white = assets.colour("ink"), assets.colour("white")
    for i, line in enumerate(lines):
        font.draw(surface, line, (rect.x + 9, rect.y + 6 + i * font.line_height), white, shadow=ink)
