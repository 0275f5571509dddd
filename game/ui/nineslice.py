"""Nine-slice boxes: a small framed image stretched to any size with crisp corners.

The source image is cut into a 3x3 grid by `border_px`: the corners are drawn as they are,
the edges repeat along their side and the middle repeats to fill, so pixel art never blurs.
A box is composed once per size and kept (PANELS_PER_BOX), so drawing it is one blit.
"""

from __future__ import annotations

import pygame

from game.ui.cache import LruCache

PANELS_PER_BOX = 32
"""Composed panels kept per box image, by size: a screen shows a few sizes of each box (the
dialogue box, a plate per name, a menu per list). A panel is at most 320x180x4 bytes."""


class NineSlice:
    """One box image, drawable at any size of at least two borders."""

    def __init__(self, image: pygame.Surface, border_px: int) -> None:
        w, h = image.get_size()
        if border_px * 2 >= min(w, h):
            raise ValueError(f"a {w}x{h} box cannot have {border_px} px borders")
        b = border_px
        self.border_px = b
        cols = ((0, b), (b, w - 2 * b), (w - b, b))
        rows = ((0, b), (b, h - 2 * b), (h - b, b))
        self.parts = [[image.subsurface((x, y, cw, rh)) for x, cw in cols] for y, rh in rows]
        # Copying the parts onto a clear panel keeps their pixels exactly (per-pixel alpha
        # and colour key alike), but not an image-wide alpha (set_alpha): that would fade
        # the panel's copy and then the panel, or, as pygame cuts an image without per-pixel
        # alpha, fade only the panel where the parts drew opaque. Such a box is drawn part by
        # part, as it always was.
        self._composable = image.get_alpha() in (None, 255)
        self._panels: LruCache[tuple[int, int], pygame.Surface] = LruCache(PANELS_PER_BOX)

    def draw(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        """Draw the box filling `rect` (grown to two borders if smaller)."""
        b = self.border_px
        rect = pygame.Rect(rect)
        rect.w, rect.h = max(rect.w, 2 * b), max(rect.h, 2 * b)
        if not self._composable:
            self._draw_parts(surface, rect)
            return
        panel = self._panels.get(rect.size)
        if panel is None:
            panel = self._panels.put(rect.size, self._compose(rect.size))
        surface.blit(panel, rect.topleft)

    def cached_panels(self) -> int:
        """How many composed sizes are kept now (at most PANELS_PER_BOX)."""
        return len(self._panels)

    def _compose(self, size: tuple[int, int]) -> pygame.Surface:
        """The box at `size` on a clear surface. The nine regions cover every pixel once,
        so blitting the panel paints what blitting the parts would."""
        panel = pygame.Surface(size, pygame.SRCALPHA)
        panel.fill((0, 0, 0, 0))
        self._draw_parts(panel, panel.get_rect())
        return panel

    def _draw_parts(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        """The nine parts tiled over `rect`: corners once, edges and middle repeated."""
        b = self.border_px
        xs = (rect.left, rect.left + b, rect.right - b)
        ys = (rect.top, rect.top + b, rect.bottom - b)
        widths = (b, rect.w - 2 * b, b)
        heights = (b, rect.h - 2 * b, b)
        for row in range(3):
            for col in range(3):
                target = pygame.Rect(xs[col], ys[row], widths[col], heights[row])
                if target.w > 0 and target.h > 0:
                    self._tile(surface, self.parts[row][col], target)

    @staticmethod
    def _tile(surface: pygame.Surface, part: pygame.Surface, target: pygame.Rect) -> None:
        """Repeat `part` over `target` (clipped), the way pixel-art frames stretch."""
        pw, ph = part.get_size()
        clip = surface.get_clip()
        surface.set_clip(target.clip(clip) if clip else target)
        surface.blits(
            [
                (part, (x, y))
                for y in range(target.top, target.bottom, ph)
                for x in range(target.left, target.right, pw)
            ],
            doreturn=False,
        )
        surface.set_clip(clip)
