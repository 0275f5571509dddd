"""The window: the internal image scaled by the largest whole number that fits, centred,
with black bars around it; fullscreen toggling keeps the windowed size to return to."""

from __future__ import annotations

import pygame


def fit(internal: tuple[int, int], window: tuple[int, int]) -> pygame.Rect:
    """Where the scaled image goes in a window: the largest integer scale that fits (at
    least 1; a window smaller than the image crops it), centred."""
    scale = max(1, min(window[0] // internal[0], window[1] // internal[1]))
    size = (internal[0] * scale, internal[1] * scale)
    return pygame.Rect(((window[0] - size[0]) // 2, (window[1] - size[1]) // 2), size)


class Letterbox:
    """Owns the display surface and presents the internal image on it."""

    def __init__(self, internal: tuple[int, int], scale: int, fullscreen: bool) -> None:
        self.internal = internal
        self.windowed_size = (internal[0] * scale, internal[1] * scale)
        self.fullscreen = fullscreen
        self._target: pygame.Surface | None = None
        self._open()

    def _open(self) -> None:
        if self.fullscreen:
            self.window = pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
        else:
            self.window = pygame.display.set_mode(self.windowed_size, pygame.RESIZABLE)
        self.window_changed()

    def windowed_scale(self) -> int:
        return max(1, self.windowed_size[0] // self.internal[0])

    def resize(self, scale: int) -> None:
        """A new windowed size as a multiple of the internal image."""
        self.windowed_size = (self.internal[0] * scale, self.internal[1] * scale)
        if not self.fullscreen:
            self._open()

    def toggle_fullscreen(self) -> None:
        if not self.fullscreen:
            self.windowed_size = self.window.get_size()
        self.fullscreen = not self.fullscreen
        self._open()

    def window_changed(self) -> None:
        """Recompute the layout after the window was resized (or re-created)."""
        window = pygame.display.get_surface()
        if window is None:
            raise RuntimeError("no display surface: the window was closed")
        self.window = window
        self.dest = fit(self.internal, self.window.get_size())
        self.window.fill((0, 0, 0))
        # Scale straight into the part of the window the image covers: no extra copy.
        # (A subsurface costs about twice as much to scale into: use the window when the
        # image fills it, as in 16:9 fullscreen.)
        if self.dest == self.window.get_rect():
            self._target = self.window
        elif self.dest.clip(self.window.get_rect()) == self.dest:
            self._target = self.window.subsurface(self.dest)
        else:
            self._target = None

    def present(self, image: pygame.Surface) -> None:
        if self._target is None:  # window smaller than one image: crop, centred
            self.window.blit(image, self.dest)
        elif self.dest.size == self.internal:
            self._target.blit(image, (0, 0))
        else:
            pygame.transform.scale(image, self.dest.size, self._target)
        pygame.display.flip()
