"""Full-screen effects drawn over a scene: the showcase crash.

Drawing reads the effect's clock and never changes game state; the tears come from a tiny
generator seeded by the step, so the same step always draws the same picture.
"""

from __future__ import annotations

import pygame

CRASH_SHAKE_PX = 4
CRASH_TEAR_PX = 24
"""How far a torn row of the picture slides sideways (a few pixels with reduce flashes)."""
CRASH_FLASHES = (0.15, 0.45, 0.8)
"""When the crash flashes white, as fractions of its length: three short flashes, fewer than
three a second, the limit for photosensitive players; none with reduce flashes."""
CRASH_DARKEN_ALPHA = 200
"""How dark the picture is at the end of the crash (of 255)."""


class _Noise:
    """A tiny seeded generator (drawing must not touch the game's RNG)."""

    def __init__(self, seed: int) -> None:
        self.state = (seed * 2654435761 + 1) & 0xFFFFFFFF

    def below(self, n: int) -> int:
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state % max(1, n)


class CrashEffect:
    """The crash of the Lullaby Protocol: rows of the picture torn sideways, the colour split
    and shaking, white flashes, and the picture darkening; with reduce flashes, only a few
    small tears and the slow darkening."""

    def __init__(self, began_step: int, length_steps: int, ink: pygame.Color, white: pygame.Color) -> None:
        self.began = began_step
        self.length = max(1, length_steps)
        self.ink = ink
        self.white = white
        self._wash: pygame.Surface | None = None

    def over(self, step: int) -> bool:
        return step - self.began >= self.length

    def draw(self, surface: pygame.Surface, step: int, gentle: bool) -> None:
        age = step - self.began
        if not 0 <= age < self.length:
            return
        noise = _Noise(self.began + age // (6 if gentle else 2))
        copy = surface.copy()
        width, height = surface.get_size()
        reach = 4 if gentle else CRASH_TEAR_PX
        for _ in range(3 if gentle else 9):
            y = noise.below(height)
            rows = 2 + noise.below(10)
            shift = noise.below(2 * reach + 1) - reach
            surface.blit(copy, (shift, y), pygame.Rect(0, y, width, rows))
        if not gentle:
            dx = noise.below(2 * CRASH_SHAKE_PX + 1) - CRASH_SHAKE_PX
            copy.fill((255, 0, 0), special_flags=pygame.BLEND_RGB_MULT)
            copy.set_alpha(90)
            surface.blit(copy, (dx, 0))
        if self._wash is None or self._wash.get_size() != surface.get_size():
            self._wash = pygame.Surface(surface.get_size())
            self._wash.fill(self.ink)
        self._wash.set_alpha(round(CRASH_DARKEN_ALPHA * age / self.length))
        surface.blit(self._wash, (0, 0))
        if not gentle and any(0 <= age - round(self.length * f) < 2 for f in CRASH_FLASHES):
            surface.fill(self.white)
