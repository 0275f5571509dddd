"""Nine-slice boxes: a small framed image stretched to any size with crisp corners.

The source image is cut into a 3x3 grid by `border_px`: the corners are drawn as they are,
the edges repeat along their side and the middle repeats to fill, so pixel art never blurs.
"""

from __future__ import annotations

import pygame


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

    def draw(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        b = self.border_px
        rect = pygame.Rect(rect)
        rect.w, rect.h = max(rect.w, 2 * b), max(rect.h, 2 * b)
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
