"""The party's controls, taught by doing. On a map where two or more protagonists stand, a
small plate above the party panel shows the next control the player has not used yet, with
their own binding (key or button): swapping first, then follow, then (inside a puzzle)
reset. It goes away as soon as the control is used, for good: what is learned is kept in
the playthrough (`Playthrough.learned`), so a save remembers it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.ui.prompts import prompt_label
from game.ui.readable import reading_font
from game.world.playthrough import LESSONS
from game.world.puzzle import events as pe

if TYPE_CHECKING:
    from game.scenes.services import Services
    from game.world.puzzle.puzzle import Puzzle

PANEL_CLEARANCE_PX = 54
"""How far above the bottom edge the plate sits: clear of the party panel and its puzzle tag."""


def learned_by(event: object) -> str | None:
    """The lesson an event shows the player has learned, if any."""
    if isinstance(event, pe.Swapped):
        return "swap"
    if isinstance(event, pe.FollowChanged):
        return "follow"
    if isinstance(event, pe.ResetDone):
        return "reset"
    return None


def next_lesson(puzzle: Puzzle, learned: set[str], in_puzzle: bool) -> str | None:
    """The first control not learned yet that makes sense here (reset only inside a puzzle)."""
    if len(puzzle.party.members) < 2:
        return None
    for lesson in LESSONS:
        if lesson not in learned:
            return lesson if lesson != "reset" or in_puzzle else None
    return None


def lesson_text(lesson: str, services: Services) -> str:
    """The prompt for a lesson, with the player's bindings."""
    settings, device = services.settings, services.device

    def key(action: str) -> str:
        return prompt_label(settings, action, device)

    if lesson == "swap":
        return f"{key('swap_next')}: swap to the next of you ({key('swap_1')}-{key('swap_4')}: to one)"
    if lesson == "follow":
        return f"{key('follow')}: the others follow you, or wait"
    return f"{key('reset')}: put this puzzle back as it began"


def draw_lesson(surface: pygame.Surface, services: Services, text: str) -> None:
    """The prompt on a plate above the party panel, at the player's text size."""
    assets = services.assets
    font = reading_font(assets.font, services.settings.large_text)
    lines = font.wrap(text, surface.get_width() - 24)
    width = max(font.measure(line) for line in lines) + 12
    height = font.text_height(len(lines)) + 6
    box = pygame.Rect(4, surface.get_height() - PANEL_CLEARANCE_PX - height, width, height)
    assets.skin.nameplate.draw(surface, box)
    for i, line in enumerate(lines):
        font.draw(surface, line, (box.x + 6, box.y + 3 + i * font.line_height), assets.colour("cyan-glow"))
