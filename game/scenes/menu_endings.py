"""What the title screen opens once the game has been played to an ending: the Endings page
(each ending reached, by its title and line; the others still hidden) and chapter select
(a new game at the start of any chapter, with the story as the chapters before leave it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from game.scenes.menu_base import MARGIN_PX, MenuItem, ScreenMenu
from game.story.chapters import game_chapters
from game.story.endings import game_endings

if TYPE_CHECKING:
    from game.scenes.services import Services

HIDDEN_TITLE = "? ? ?"
HIDDEN_LINE = "Not reached yet."
ENDINGS_W_PX = 320 - 2 * MARGIN_PX
"""The page is as wide as the screen allows, so an ending's line fits in the footer."""


class EndingsScreen(ScreenMenu):
    """The endings the player has reached (services.seen), in the table's order; the rest
    are counted but not named, so the page spoils nothing. The chosen one's line is the
    footer, wrapped, so it reads whole at the large text size too."""

    width_px = ENDINGS_W_PX

    def __init__(self, services: Services) -> None:
        super().__init__(services, "Endings")

    def build_items(self) -> list[MenuItem]:
        reached = set(self.services.seen.endings)
        items = [
            MenuItem(ending.title, hint=ending.line)
            if name in reached
            else MenuItem(HIDDEN_TITLE, hint=HIDDEN_LINE, muted=True)
            for name, ending in game_endings().items()
        ]
        return [*items, MenuItem("Back", self.close)]


class ChapterSelect(ScreenMenu):
    """Every chapter that says where it begins, in the table's order, once per title:
    choosing one starts a new game there (GameFlow.start_chapter)."""

    max_rows = 5

    def __init__(self, services: Services) -> None:
        super().__init__(services, "Chapters")

    def build_items(self) -> list[MenuItem]:
        items: list[MenuItem] = []
        titles: set[str] = set()
        for name, chapter in game_chapters().items():
            if chapter.begins is None or chapter.title in titles:  # one row per title (the plaza, whoever leads)
                continue
            titles.add(chapter.title)
            items.append(MenuItem(chapter.title, self._start(name), sub=chapter.protagonist.title()))
        return [*items, MenuItem("Back", self.close)]

    def _start(self, name: str) -> Callable[[], None]:
        return lambda: self.flow.start_chapter(name)


def title_items(services: Services) -> list[MenuItem]:
    """The title screen's Endings and Chapters rows: open once an ending has been reached."""
    played = bool(services.seen.endings)
    stack = services.scenes
    return [
        MenuItem("Endings", lambda: stack.push(EndingsScreen(services)), enabled=played),
        MenuItem("Chapters", lambda: stack.push(ChapterSelect(services)), enabled=played),
    ]
