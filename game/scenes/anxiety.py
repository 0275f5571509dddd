"""Lila's anxiety on her busy waking maps (the map property `anxious`), felt in play and never
a penalty.

While Lila lives a day on an anxious map, the screen's edges darken as people come near her:
every character within CROWD_RANGE_TILES of her adds to it, and it rises and falls slowly,
never in a jump. Once it is up, a prompt offers her a breath ([ability]). A breath holds
her still for BREATH_S while a ring grows and shrinks (in, then out), and afterwards the
room stays calm for CALM_S however crowded it is. Nothing in the world depends on any of
it: no door, choice or timer, so taking a breath, or never taking one, costs nothing.

Everything counts fixed steps (deterministic). With reduce motion the edges hold still
(no heartbeat) and the ring is drawn at its middle size with the words alone.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pygame

from game.input import Action
from game.ui.prompts import prompt_label
from game.world import STEP_S

if TYPE_CHECKING:
    from game.scenes.services import Services
    from game.world.world import World

PROTAGONIST = "lila"
CROWD_RANGE_TILES = 3
"""How near (Manhattan, in tiles) a character must be to crowd her."""
FULL_AT = 3
"""Characters near at which the edges are at their darkest."""
RISE_PER_S = 0.35
FALL_PER_S = 0.25
PROMPT_AT = 0.35
"""From this level on, the prompt offers a breath."""
BREATH_S = 5.0
CALM_S = 20.0
EDGE_ALPHA = 225
"""How dark the edges get at the highest level."""
EDGE_DEPTH = 0.4
"""How far in from each side the darkness reaches at the highest level (of the screen)."""


class Anxiety:
    """The level of the edges and Lila's breath, stepped by the exploration scene."""

    def __init__(self) -> None:
        self.level = 0.0
        self.breath_steps = 0
        """Steps of the breath still to come (she stands still meanwhile)."""
        self.calm_steps = 0
        """Steps of calm still to come after a breath."""
        self._edges: dict[tuple[int, int, int], pygame.Surface] = {}

    @staticmethod
    def applies(world: World, anxious_map: bool) -> bool:
        return anxious_map and world.player.name == PROTAGONIST and world.party_puzzle is None

    @staticmethod
    def crowd(world: World) -> int:
        """How many characters stand within reach of her."""
        x, y = world.player.cell
        return sum(
            1 for npc in world.npcs if abs(npc.actor.cell[0] - x) + abs(npc.actor.cell[1] - y) <= CROWD_RANGE_TILES
        )

    @property
    def breathing(self) -> bool:
        return self.breath_steps > 0

    def offers_breath(self) -> bool:
        return self.level >= PROMPT_AT and not self.breathing and self.calm_steps == 0

    def update(self, world: World, anxious_map: bool, pressed: set[Action]) -> bool:
        """One fixed step; True while she is taking a breath (the scene holds her still)."""
        if not self.applies(world, anxious_map):
            self.level, self.breath_steps, self.calm_steps = 0.0, 0, 0
            return False
        if Action.ABILITY in pressed and self.offers_breath() and not world.player.moving:
            self.breath_steps = round(BREATH_S / STEP_S)
        holding = self.breathing
        if holding:
            self.breath_steps -= 1
            if self.breath_steps == 0:
                self.calm_steps = round(CALM_S / STEP_S)
        elif self.calm_steps > 0:
            self.calm_steps -= 1
        calm = self.breathing or self.calm_steps > 0
        target = 0.0 if calm else min(1.0, self.crowd(world) / FULL_AT)
        if self.level < target:
            self.level = min(target, self.level + RISE_PER_S * STEP_S)
        else:
            self.level = max(target, self.level - FALL_PER_S * STEP_S * (2.0 if calm else 1.0))
        return holding

    # -- drawing -----------------------------------------------------------------------------------
    def draw(
        self, surface: pygame.Surface, services: Services, player_centre: tuple[int, int], prompts: bool = True
    ) -> None:
        """The edges, and with `prompts` (the player has control) the breath ring and the
        prompt (drawing changes nothing)."""
        still = services.settings.reduce_motion
        level = self.level
        if level > 0.01:
            beat = 0.0 if still else 0.15 * max(0.0, math.sin(services.steps * STEP_S * 2 * math.pi * 1.3))
            self._draw_edges(surface, level * (1 - beat), services.assets.colour("ink"))
        if not prompts:
            return
        if self.breathing:
            self._draw_breath(surface, services, player_centre, still)
        elif self.offers_breath():
            key = prompt_label(services.settings, Action.ABILITY.value, services.device)
            self._caption(surface, services, f"{key}: breathe", player_centre)

    def _draw_edges(self, surface: pygame.Surface, level: float, ink: pygame.Color) -> None:
        width, height = surface.get_size()
        step = round(level * 20)  # twenty shades are plenty, and each is drawn once
        key = (width, height, step)
        edges = self._edges.get(key)
        if edges is None:
            edges = pygame.Surface((width, height), pygame.SRCALPHA)
            depth = max(1, round(min(width, height) * EDGE_DEPTH * step / 20))
            for i in range(depth):
                alpha = round(EDGE_ALPHA * (step / 20) * (1 - i / depth) ** 1.3)
                colour = (ink.r, ink.g, ink.b, alpha)
                pygame.draw.rect(edges, colour, (i, i, width - 2 * i, height - 2 * i), 1)
            self._edges[key] = edges
        surface.blit(edges, (0, 0))

    def _draw_breath(self, surface: pygame.Surface, services: Services, centre: tuple[int, int], still: bool) -> None:
        total = round(BREATH_S / STEP_S)
        t = 1 - self.breath_steps / total  # 0..1 through the breath
        inhale = t < 0.5
        swell = 0.5 if still else (math.sin(math.pi * t * 2 - math.pi / 2) + 1) / 2
        radius = round(6 + 10 * swell)
        pygame.draw.circle(surface, services.assets.colour("cyan-glow"), centre, radius, 1)
        self._caption(surface, services, "Breathe in..." if inhale else "...and out.", centre)

    @staticmethod
    def _caption(surface: pygame.Surface, services: Services, text: str, centre: tuple[int, int]) -> None:
        assets = services.assets
        font = assets.font
        width = font.measure(text) + 8
        rect = pygame.Rect(0, 0, width, font.line_height + 4)
        rect.midtop = (centre[0], centre[1] + 14)
        rect.clamp_ip(surface.get_rect().inflate(-4, -4))
        assets.skin.nameplate.draw(surface, rect)
        font.draw(surface, text, (rect.x + 4, rect.y + 2), assets.colour("white"), shadow=assets.colour("ink"))
