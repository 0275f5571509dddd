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
        self._scaled: pygame.Surface | None = None
        self._open()

    def _open(self) -> None:
        if self.fullscreen:
            self.window = pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
        else:
            self.window = pygame.display.set_mode(self.windowed_size, pygame.RESIZABLE)
        self.window_changed()

    def toggle_fullscreen(self) -> None:
        if not self.fullscreen:
            self.windowed_size = self.window.get_size()
        self.fullscreen = not self.fullscreen
        self._open()

    def window_changed(self) -> None:
        """Recompute the layout after the window was resized (or re-created)."""
        self.window = pygame.display.get_surface()
        self.dest = fit(self.internal, self.window.get_size())
        self._scaled = pygame.Surface(self.dest.size).convert() if self.dest.size != self.internal else None
        self.window.fill((0, 0, 0))

    def present(self, image: pygame.Surface) -> None:
        if self._scaled is None:
            self.window.blit(image, self.dest)
        else:
            pygame.transform.scale(image, self.dest.size, self._scaled)
            self.window.blit(self._scaled, self.dest)
        pygame.display.flip()
