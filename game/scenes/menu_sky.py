"""The calm animated backdrops of the menu screens: a dithered night sky with slowly
twinkling stars, and (on the title) Vesper City asleep with one SomniCo pod sign breathing
a cyan glow. Drawn only from palette colours, and a function of the step count alone, so
the same step always draws the same picture."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from typing import Any

import pygame

from game.world import STEP_S

STAR_COUNT = 70
STAR_SEED = 2045
TWINKLE_PERIOD_STEPS = (150, 210, 270, 330)
"""Slow: a star brightens and fades over 2.5 to 5.5 seconds."""

BAYER_4X4 = ((0, 8, 2, 10), (12, 4, 14, 6), (3, 11, 1, 9), (15, 7, 13, 5))


@dataclass(frozen=True)
class Star:
    x: int
    y: int
    phase: int
    period: int
    bright: bool


def make_stars(size: tuple[int, int], count: int = STAR_COUNT, seed: int = STAR_SEED) -> tuple[Star, ...]:
    """The same sky every time: a seeded generator, never the global one."""
    rng = random.Random(seed)
    w, h = size
    return tuple(
        Star(
            rng.randrange(w),
            rng.randrange(h),
            rng.randrange(1000),
            rng.choice(TWINKLE_PERIOD_STEPS),
            rng.random() < 0.2,
        )
        for _ in range(count)
    )


class NightSky:
    """A calm animated backdrop: a dithered night gradient and slowly twinkling stars. It
    depends only on the step count it is given, so two draws of one step are identical."""

    def __init__(self, assets: Any, size: tuple[int, int] = (320, 180)) -> None:
        self.assets = assets
        self.stars = make_stars(size)
        self._gradient: pygame.Surface | None = None
        self.size = size

    def gradient(self) -> pygame.Surface:
        if self._gradient is None:
            colours = [self.assets.colour(n) for n in ("ink", "night-1", "night-2")]
            w, h = self.size
            # One 4-pixel-wide strip (the dither repeats every 4 columns), then tiled across:
            # the same pixels as setting each one, for a fraction of the cost at start-up.
            strip = pygame.Surface((4, h))
            band = h / (len(colours) - 1)
            for y in range(h):
                i = min(int(y / band), len(colours) - 2)
                t = (y - i * band) / band  # 0..1 through this band
                for x in range(4):
                    # 4x4 ordered dither between two palette colours: no new colours.
                    step = BAYER_4X4[y % 4][x]
                    strip.set_at((x, y), colours[i + 1] if t * 16 > step + 0.5 else colours[i])
            image = pygame.Surface(self.size)
            for x in range(0, w, 4):
                image.blit(strip, (x, 0))
            self._gradient = image
        return self._gradient

    def look(self, steps: int) -> tuple[int, ...]:
        """How each star shows at `steps` (0 dark or dim, 1 mid, 2 lit): what draw() draws."""
        levels = []
        for star in self.stars:
            t = (steps + star.phase) % star.period / star.period
            level = 1 - abs(2 * t - 1)
            levels.append(0 if level < 0.25 else 2 if level > 0.8 else 1)
        return tuple(levels)

    def draw(self, surface: pygame.Surface, steps: int) -> None:
        surface.blit(self.gradient(), (0, 0))
        colour = self.assets.colour
        dim, mid, lit, glow = colour("steel-2"), colour("steel-4"), colour("white"), colour("cyan-glow")
        for star in self.stars:
            t = (steps + star.phase) % star.period / star.period
            level = 1 - abs(2 * t - 1)  # 0 -> 1 -> 0 over one period
            if level < 0.25:
                if star.bright:
                    surface.set_at((star.x, star.y), dim)
                continue
            surface.set_at((star.x, star.y), lit if level > 0.8 else mid)
            if star.bright and level > 0.8:
                for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                    surface.set_at((star.x + dx, star.y + dy), glow)


POD_PULSE_S = 4.0
"""One slow breath of the pod glow on the title screen."""
WINDOW_BLINK_S = 7.0
"""How often a lit window of the skyline may go dark or light up."""
SKYLINE_SEED = 7


class Skyline:
    """Vesper City asleep along the bottom of the title screen: seeded buildings (the same
    city every time) with windows that go dark and light up now and then, and a SomniCo
    tower whose pod sign breathes a dithered cyan glow. Depends only on the step count."""

    GLOW_LEVELS = 8
    POD_X = 236

    def __init__(self, assets: object, size: tuple[int, int] = (320, 180)) -> None:
        self.assets = assets
        self.size = size
        rng = random.Random(SKYLINE_SEED)
        self.buildings: list[tuple[pygame.Rect, list[tuple[int, int, int]]]] = []
        x = -4
        width, height = size
        while x < width:
            w, h = rng.randrange(18, 38), rng.randrange(22, 58)
            rect = pygame.Rect(x, height - h, w, h)
            windows = [
                (wx, wy, rng.randrange(10_000))
                for wy in range(rect.y + 5, rect.bottom - 4, 6)
                for wx in range(rect.x + 3, rect.right - 3, 5)
                if rng.random() < 0.28
            ]
            self.buildings.append((rect, windows))
            x += w + rng.randrange(0, 4)
        self._glows: dict[int, pygame.Surface] = {}

    def colour(self, name: str) -> pygame.Color:
        return self.assets.colour(name)  # type: ignore[attr-defined, no-any-return]

    def glow(self, level: int) -> pygame.Surface:
        """The pod's halo at one of GLOW_LEVELS sizes: rings of ordered dither, denser
        toward the pod (dithering is how our art does gradients)."""
        if level not in self._glows:
            reach = 24 + 10 * level / (self.GLOW_LEVELS - 1)
            w, h = 150, 84
            image = pygame.Surface((w, h), pygame.SRCALPHA)
            inner, outer = self.colour("cyan-2"), self.colour("teal-1")
            for y in range(h):
                for x in range(w):
                    d = math.hypot((x - w / 2) / 1.8, y - h / 2) / reach
                    if d < 0.4 and (x + y) % 2 == 0:
                        image.set_at((x, y), inner)
                    elif d < 0.7 and (x + y) % 2 == 0 or d < 1 and x % 2 == 0 and y % 2 == 0:
                        image.set_at((x, y), outer)
            self._glows[level] = image
        return self._glows[level]

    def look(self, steps: int) -> tuple[int, bool, int]:
        """What draw() shows at `steps`: the halo's level, the pod's core lit or not, and
        which windows are dark."""
        breath = 0.5 - 0.5 * math.cos(2 * math.pi * steps * STEP_S / POD_PULSE_S)
        return (round(breath * (self.GLOW_LEVELS - 1)), breath > 0.5, int(steps * STEP_S / WINDOW_BLINK_S))

    def draw(self, surface: pygame.Surface, steps: int) -> None:
        width, height = self.size
        breath = 0.5 - 0.5 * math.cos(2 * math.pi * steps * STEP_S / POD_PULSE_S)
        cx, cy = self.POD_X, height - 84
        halo = self.glow(round(breath * (self.GLOW_LEVELS - 1)))
        surface.blit(halo, halo.get_rect(center=(cx, cy)))
        back, front = self.colour("night-1"), self.colour("ink")
        lit_warm, lit_cold = self.colour("amber"), self.colour("cyan-2")
        blink = int(steps * STEP_S / WINDOW_BLINK_S)
        tower = pygame.Rect(cx - 10, cy + 6, 20, height - cy - 6)
        surface.fill(back, tower)
        surface.fill(back, (cx - 1, cy - 20, 2, 8))  # the antenna
        for i, (rect, windows) in enumerate(self.buildings):
            surface.fill(front if i % 2 else back, rect)
            for wx, wy, phase in windows:
                if (phase + blink * 7) % 11 == 0:
                    continue  # this window's light is off for a while
                surface.fill(lit_warm if phase % 3 else lit_cold, (wx, wy, 2, 2))
        pod = pygame.Rect(cx - 6, cy - 11, 12, 20)
        pygame.draw.ellipse(surface, self.colour("ink"), pod.inflate(2, 2))
        pygame.draw.ellipse(surface, self.colour("cyan-2"), pod)
        pygame.draw.ellipse(surface, self.colour("neon-cyan"), pod.inflate(-4, -4))
        core = self.colour("cyan-glow") if breath > 0.5 else self.colour("neon-cyan")
        pygame.draw.ellipse(surface, core, pod.inflate(-8, -10))
