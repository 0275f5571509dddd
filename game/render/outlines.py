"""Outlines of sets of cells, drawn dotted: where a rule applies (a puzzle's goal, where Roe
parts a crowd, the border of the dark). Each outline is drawn once onto a transparent surface
of its bounding box and then only blitted."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.world import TILE_PX
from game.world.geometry import Cell


def within(cells: set[Cell], reach: int, ground: Callable[[Cell], bool]) -> set[Cell]:
    """The ground cells within `reach` steps (Manhattan) of any of `cells`."""
    near: set[Cell] = set()
    for x, y in cells:
        for dx in range(-reach, reach + 1):
            for dy in range(-(reach - abs(dx)), reach - abs(dx) + 1):
                cell = (x + dx, y + dy)
                if ground(cell):
                    near.add(cell)
    return near


Edge = tuple[tuple[int, int], tuple[int, int]]


def edges(cells: set[Cell]) -> list[Edge]:
    """The outline of a set of cells, in map pixels: each cell side with no cell of the set
    beyond it."""
    edges: list[Edge] = []
    for x, y in sorted(cells):
        left, top, right, bottom = x * TILE_PX, y * TILE_PX, (x + 1) * TILE_PX - 1, (y + 1) * TILE_PX - 1
        if (x, y - 1) not in cells:
            edges.append(((left, top), (right, top)))
        if (x, y + 1) not in cells:
            edges.append(((left, bottom), (right, bottom)))
        if (x - 1, y) not in cells:
            edges.append(((left, top), (left, bottom)))
        if (x + 1, y) not in cells:
            edges.append(((right, top), (right, bottom)))
    return edges


class Outlines:
    """Dotted outlines of cell sets, each drawn once onto a transparent surface of its
    bounding box and then only blitted (a per-pixel loop every frame would cost frames)."""

    def __init__(self) -> None:
        self._made: dict[tuple[str, tuple[int, int, int]], tuple[pygame.Surface, tuple[int, int]]] = {}

    def draw(
        self,
        surface: pygame.Surface,
        offset: tuple[int, int],
        key: str,
        edges: list[Edge],
        colour: tuple[int, int, int],
        dash: int,
    ) -> None:
        if not edges:
            return
        made = self._made.get((key, colour))
        if made is None:
            made = outline_surface(edges, colour, dash)
            self._made[(key, colour)] = made
        image, (x, y) = made
        surface.blit(image, (offset[0] + x, offset[1] + y))


def outline_surface(
    edges: list[Edge], colour: tuple[int, int, int], dash: int
) -> tuple[pygame.Surface, tuple[int, int]]:
    """`edges` drawn dotted (every other run of `dash` pixels) on a surface of their bounds."""
    xs = [x for edge in edges for x, _ in edge]
    ys = [y for edge in edges for _, y in edge]
    left, top = min(xs), min(ys)
    image = pygame.Surface((max(xs) - left + 1, max(ys) - top + 1), pygame.SRCALPHA)
    for (x0, y0), (x1, y1) in edges:
        if y0 == y1:
            for x in range(x0, x1 + 1):
                if (x // dash) % 2 == 0:
                    image.set_at((x - left, y0 - top), colour)
        else:
            for y in range(y0, y1 + 1):
                if (y // dash) % 2 == 0:
                    image.set_at((x0 - left, y - top), colour)
    return image, (left, top)
