"""Help the player asks for, never given unasked: Roe's three hints for the puzzle at hand
(a nudge, a clue, the answer) and the chapter's "what now" line and journal.

Hints are Ink: a puzzle object's `hints` property names a knot with the stitches nudge,
clue and answer (game/world/puzzle/spec.py HINT_TIERS). The hint menu offers the tiers in
order, each only after the one before it was heard, and the playthrough remembers how far
each puzzle got (saved with the game), so asking again starts where the player left off.

Objectives come from the chapter table (assets/story/chapters.json, game/story/chapters.py):
the goal of the first step not done, and the journal lines of the steps done.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import pygame

from game.scenes.explore import ExploreScene
from game.scenes.menu_base import MARGIN_PX, Menu, MenuItem, ScreenMenu, draw_title_plate
from game.story.chapters import Progress, game_chapters, progress
from game.story.conditions import ConditionError
from game.story.runtime import InkValue, StoryError
from game.world.geometry import Cell
from game.world.playthrough import hint_key
from game.world.puzzle.spec import HINT_TIERS, Section

if TYPE_CHECKING:
    from game.scenes.services import Services

TIER_LABELS = ("A nudge", "A clue", "The answer")
"""How the hint menu offers each tier (in HINT_TIERS order)."""


def _distance(a: Cell, b: Cell) -> int:
    return abs(a[0] - b[0]) + abs(a[1] - b[1])


def puzzle_at_hand(scene: ExploreScene) -> Section | None:
    """The puzzle a hint would be about: the one the player stands in, else the nearest
    unsolved one on the map (by its entry). None on a map without puzzles with hints, or
    when every one is solved."""
    puzzle = scene.world.party_puzzle
    if puzzle is None:
        return None
    cell = scene.world.player.cell
    here = puzzle.section_at(cell)
    if here is not None and here.hints and not puzzle.section_solved(here):
        return here
    open_ones = [s for s in puzzle.sections if s.hints and not puzzle.section_solved(s)]
    return min(open_ones, key=lambda s: _distance(s.entry, cell), default=None)


def chapter_progress(services: Services) -> Progress | None:
    """Where the player stands in the current chapter, or None (no game, no chapter, no
    steps, no story)."""
    scene = services.scenes.find(ExploreScene)
    story = services.story
    if scene is None or story is None:
        return None
    chapter = game_chapters().get(scene.world.playthrough.chapter)
    if chapter is None or not chapter.steps:
        return None

    def value(name: str) -> InkValue:
        try:
            return story.get(name)
        except StoryError as exc:  # a name the story lacks: the validator reports it
            raise ConditionError(str(exc)) from None

    return progress(chapter, value)


class HintMenu(Menu):
    """Roe's hints for one puzzle: the tiers heard so far and the next one, no further."""

    width_px = 150

    def __init__(self, services: Services, scene: ExploreScene, section: Section) -> None:
        super().__init__(services, "Ask Roe")
        self.scene = scene
        self.section = section
        self.key = hint_key(scene.world.map.name, section.name)

    @property
    def reached(self) -> int:
        """How many tiers the player has heard for this puzzle (0 to 3)."""
        return self.scene.world.playthrough.hints.get(self.key, 0)

    def build_items(self) -> list[MenuItem]:
        items = []
        for tier, label in enumerate(TIER_LABELS, start=1):
            heard = tier <= self.reached
            items.append(
                MenuItem(
                    label,
                    functools.partial(self.ask, tier),
                    enabled=tier <= self.reached + 1,
                    value=(lambda: "again") if heard else None,
                    hint=f"About: {self.section.name.replace('_', ' ')}",
                )
            )
        return items

    def enter(self) -> None:
        super().enter()
        self.cursor = min(self.reached, len(TIER_LABELS) - 1)  # the next tier, or the answer again

    def ask(self, tier: int) -> None:
        """Hear tier `tier` (1..3): remembered, then Roe says it over the map."""
        hints = self.scene.world.playthrough.hints
        hints[self.key] = max(hints.get(self.key, 0), tier)
        stack = self.stack
        while stack.top is not None and stack.top is not self.scene:
            stack.pop()
        self.scene.run_knot(f"{self.section.hints}.{HINT_TIERS[tier - 1]}")


def open_hints(services: Services) -> str | None:
    """Open the hint menu for the puzzle at hand; otherwise a line saying why not."""
    scene = services.scenes.find(ExploreScene)
    if scene is None:
        return "Hints are for puzzles, and there's no game running."
    section = puzzle_at_hand(scene)
    if section is None:
        return "No puzzle here to ask Roe about."
    services.scenes.push(HintMenu(services, scene, section))
    return None


class JournalScreen(ScreenMenu):
    """The chapter so far: its title, what happened (the journal) and what now."""

    def __init__(self, services: Services) -> None:
        super().__init__(services)
        self.progress = chapter_progress(services)
        self.heading = self.progress.chapter.title if self.progress is not None else "Journal"

    def build_items(self) -> list[MenuItem]:
        return [MenuItem("Back", self.close)]

    def panel_rect(self, surface: pygame.Surface) -> pygame.Rect:
        rect = super().panel_rect(surface)
        rect.midbottom = (surface.get_width() // 2, surface.get_height() - MARGIN_PX)
        return rect

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        assets = self.services.assets
        font = assets.font
        width = surface.get_width() - 4 * MARGIN_PX
        x, y = 2 * MARGIN_PX, 2 * MARGIN_PX
        draw_title_plate(surface, assets, self.heading, (x - 4, y))
        y += 22
        ink = assets.colour("ink")
        entries = self.progress.journal if self.progress is not None else ()
        if not entries:
            font.draw(surface, "Nothing written yet.", (x, y), assets.colour("steel-4"), shadow=ink)
            y += font.line_height + 4
        for entry in entries:
            for line in font.wrap(entry, width):
                font.draw(surface, line, (x, y), assets.colour("fog"), shadow=ink)
                y += font.line_height
            y += 4
        goal = self.progress.goal if self.progress is not None else None
        if goal:
            y += 4
            for line in font.wrap(f"Now: {goal}", width):
                font.draw(surface, line, (x, y), assets.colour("neon-cyan"), shadow=ink)
                y += font.line_height
