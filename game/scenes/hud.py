"""The party HUD on party maps: the four heads with their keys (the active one lit), the
active protagonist's ability with its key and its state, follow mode, and a short notice
line. The keys are the player's own (game.ui.prompts), on the kind of control used last:
rebind swap-to-Mara and her head shows the new key; on a pad the ability shows its button."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.ui.prompts import prompt_label
from game.ui.readable import reading_font
from game.world import STEP_S
from game.world.puzzle import abilities as ab
from game.world.puzzle.party import ORDER
from game.world.puzzle.puzzle import Puzzle

if TYPE_CHECKING:
    from game.scenes.services import Services

ABILITY_NAMES = {"trace": "Trace", "sketch": "Sketch", "glow": "Glow", "anchor": "Anchor"}
ABILITY_COLUMNS = {"trace": 0, "sketch": 1, "glow": 2, "anchor": 3}
ACTION_COLUMNS = {"follow": 4, "reset": 5}
PANEL_AREA = (240, 52)
"""The bottom-left corner the party panel (and the puzzle's name above it) is drawn in."""
NOTICE_S = 2.2
"""How long a notice (a refusal, a reset) stays up."""
HEAD_KEY_MAX_PX = 8
"""A head's key is shown under it only if it is this narrow (a digit, a letter, a glyph)."""


def ability_state(puzzle: Puzzle) -> str:
    """A few words on what the active protagonist's ability is doing now."""
    member = puzzle.party.active
    ability = member.profile.ability
    if ability == "trace":
        return "lens on" if puzzle.party.lens_on else "lens off"
    if ability == "sketch":
        return f"{ab.drawn(puzzle.sketches)}/{ab.SKETCH_LIMIT} drawn"
    if ability == "glow":
        others = ab.company(puzzle.positions(), puzzle.board.voices)
        return f"light {ab.light_radius(member.cell, others, puzzle.party.assist.forgiving_dark)}"
    return "calm"


class PartyHud:
    """Draws the HUD; `notify` puts up a notice."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.notice = ""
        self.notice_until = 0
        self._panel: pygame.Surface | None = None
        self._panel_key: object = None

    def notify(self, text: str) -> None:
        self.notice = text
        self.notice_until = self.services.steps + round(NOTICE_S / STEP_S)

    def draw(self, surface: pygame.Surface, puzzle: Puzzle, in_puzzle: str | None) -> None:
        """The party panel (drawn again only when what it shows changes) and the notice."""
        party = puzzle.party
        key = (party.names, party.active.name, ability_state(puzzle), party.following, in_puzzle, self.keys())
        if key != self._panel_key or self._panel is None:
            self._panel_key = key
            self._panel = self._draw_panel(puzzle, in_puzzle)
        surface.blit(self._panel, (0, surface.get_height() - PANEL_AREA[1]))
        if self.notice and self.services.steps < self.notice_until:
            self._draw_notice(surface)

    def keys(self) -> tuple[str, ...]:
        """The keys the panel shows: swap to each protagonist (in ORDER), then the ability."""
        settings, device = self.services.settings, self.services.device
        swaps = tuple(prompt_label(settings, f"swap_{i + 1}", device, fallback=False) for i in range(len(ORDER)))
        return (*swaps, prompt_label(settings, "ability", device))

    def _draw_notice(self, surface: pygame.Surface) -> None:
        """The notice on a plate at the top, at the player's text size (wrapped if long)."""
        assets = self.services.assets
        font = reading_font(assets.font, self.services.settings.large_text)
        lines = font.wrap(self.notice, surface.get_width() - 28)
        text_w = max(font.measure(line) for line in lines)
        height = font.text_height(len(lines)) + 7
        box = pygame.Rect((surface.get_width() - text_w) // 2 - 8, 26, text_w + 16, height)
        assets.skin.nameplate.draw(surface, box)
        for i, line in enumerate(lines):
            font.draw(surface, line, (box.x + 8, box.y + 4 + i * font.line_height), assets.colour("white"))

    def _draw_panel(self, puzzle: Puzzle, in_puzzle: str | None) -> pygame.Surface:
        """The heads with their keys, the active ability and its state, follow mode and the
        puzzle the active one stands in, on a transparent surface the size of PANEL_AREA."""
        assets = self.services.assets
        skin = assets.skin
        font = assets.font
        party = puzzle.party
        surface = pygame.Surface(PANEL_AREA, pygame.SRCALPHA)
        heads = [name for name in ORDER if party.has(name)]
        keys = self.keys()
        width = 8 + 18 * len(heads) + 78
        panel = pygame.Rect(4, PANEL_AREA[1] - 34, width, 30)
        skin.menu.draw(surface, panel)
        x = panel.x + 5
        for name in heads:
            lit = party.member(name) is party.active
            surface.blit(self._head(name, lit), (x, panel.y + 4))
            swap_key = keys[ORDER.index(name)]
            if swap_key and font.measure(swap_key) <= HEAD_KEY_MAX_PX:
                font.draw(surface, swap_key, (x + 12, panel.y + 19), assets.colour("cyan-glow" if lit else "steel-3"))
            if lit:
                pygame.draw.line(surface, assets.colour("neon-cyan"), (x, panel.y + 21), (x + 9, panel.y + 21))
            x += 18
        ability = party.active.profile.ability
        surface.blit(skin.icons.frame("abilities", ABILITY_COLUMNS[ability]), (x + 2, panel.y + 7))
        font.draw(surface, ABILITY_NAMES[ability], (x + 20, panel.y + 6), assets.colour("white"))
        font.draw(surface, ability_state(puzzle), (x + 20, panel.y + 16), assets.colour("fog"))
        ability_key = keys[-1]
        key_x = panel.right - 5 - font.measure(ability_key)
        if key_x >= x + 24 + font.measure(ABILITY_NAMES[ability]):  # only where it fits beside the name
            font.draw(surface, ability_key, (key_x, panel.y + 6), assets.colour("cyan-glow"))
        if party.following and len(heads) > 1:
            surface.blit(skin.icons.frame("actions", ACTION_COLUMNS["follow"]), (panel.right + 2, panel.y + 7))
        if in_puzzle:
            tag = pygame.Rect(panel.x, panel.y - 16, font.measure(in_puzzle) + 22, 14)
            skin.nameplate.draw(surface, tag)
            reset = skin.icons.frame("actions", ACTION_COLUMNS["reset"])
            surface.blit(pygame.transform.scale_by(reset, 0.5), (tag.x + 4, tag.y + 3))
            font.draw(surface, in_puzzle, (tag.x + 16, tag.y + 3), assets.colour("fog"))
        return surface

    def _head(self, name: str, lit: bool) -> pygame.Surface:
        party_sheet = self.services.assets.party_heads
        return party_sheet.frame(name, 1 if lit else 0)
