"""How each frame reaches the window: on the graphics card where there is one, in software
where there is not.

The game draws a 320x180 image. The window shows it scaled by the largest whole number that
fits, centred, with black bars around it (`fit`). Two ways to get it there:

- **GPU** (`GpuWindow`): SDL's renderer owns the window; each frame only the 320x180 image is
  uploaded to a texture, and the card scales it with nearest-neighbour sampling into the
  letterbox, with vsync where the platform gives it. Scaling 320x180 to 1080p in software
  costs a 2-core laptop most of a frame; this costs it almost nothing.
- **Software** (`SoftwareWindow`): pygame's display surface; the image is scaled on the CPU
  and the whole window is sent each frame. The fallback when no renderer can be made, the
  path headless runs take, and the player's choice in the settings ("Scaling").

`open_window` chooses: the GPU unless the settings say software, the video driver is the
headless one, or making a renderer fails (then it says why in the log and uses software).
Either way the game's own surfaces keep a display format to `convert()` to: the GPU path
opens pygame's display module too, as a hidden 1x1 window that is never shown.
"""

from __future__ import annotations

import logging
from typing import Protocol

import pygame
from pygame._sdl2 import video

log = logging.getLogger(__name__)

TITLE = "Lullaby Protocol"
BLACK = (0, 0, 0, 255)


def fit(internal: tuple[int, int], window: tuple[int, int]) -> pygame.Rect:
    """Where the scaled image goes in a window: the largest integer scale that fits (at
    least 1; a window smaller than the image crops it), centred."""
    scale = max(1, min(window[0] // internal[0], window[1] // internal[1]))
    size = (internal[0] * scale, internal[1] * scale)
    return pygame.Rect(((window[0] - size[0]) // 2, (window[1] - size[1]) // 2), size)


class GameWindow(Protocol):
    """The window the frames go to, whichever way they get there."""

    path: str
    """"gpu" or "software": which way frames reach the window (the benchmark reports it)."""
    internal: tuple[int, int]
    fullscreen: bool
    dest: pygame.Rect
    """Where the scaled image is in the window."""

    def present(self, image: pygame.Surface) -> None: ...
    def resize(self, scale: int) -> None: ...
    def toggle_fullscreen(self) -> None: ...
    def window_changed(self) -> None: ...
    def windowed_scale(self) -> int: ...
    def size(self) -> tuple[int, int]: ...
    def close(self) -> None: ...


class SoftwareWindow:
    """pygame's display surface: the image scaled on the CPU straight into the window."""

    path = "software"

    def __init__(self, internal: tuple[int, int], scale: int, fullscreen: bool) -> None:
        self.internal = internal
        self.windowed_size = (internal[0] * scale, internal[1] * scale)
        self.fullscreen = fullscreen
        self._target: pygame.Surface | None = None
        display = pygame.display.get_surface()
        if display is not None and display.get_size() == (1, 1):  # the GPU window's hidden one
            pygame.display.quit()  # a fresh window opens centred, not grown from that one's corner
            pygame.display.init()
        self._open()

    def _open(self) -> None:
        if self.fullscreen:
            self.window = pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
        else:
            self.window = pygame.display.set_mode(self.windowed_size, pygame.RESIZABLE)
        pygame.display.set_caption(TITLE)
        self.window_changed()

    def size(self) -> tuple[int, int]:
        return self.window.get_size()

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

    def close(self) -> None:
        """Nothing to let go of: the display module keeps its window for whatever opens next."""


class GpuWindow:
    """An SDL window with a renderer: the image goes up as a texture and the card scales it.
    Raises pygame.error if the platform has no renderer to give."""

    path = "gpu"

    def __init__(self, internal: tuple[int, int], scale: int, fullscreen: bool, vsync: bool = True) -> None:
        self.internal = internal
        self.windowed_size = (internal[0] * scale, internal[1] * scale)
        self.fullscreen = False
        display = pygame.display.get_surface()
        if display is None or display.get_size() != (1, 1):
            pygame.display.set_mode((1, 1), pygame.HIDDEN)  # the format convert() needs; never shown
        self.window = video.Window(TITLE, size=self.windowed_size, resizable=True)
        try:
            self.renderer = self._renderer(vsync)
            self.texture = video.Texture(self.renderer, internal, streaming=True)
        except pygame.error:
            self.window.destroy()
            raise
        self.vsync = vsync
        if fullscreen:
            self.toggle_fullscreen()
        self.window_changed()

    def _renderer(self, vsync: bool) -> video.Renderer:
        """An accelerated renderer, with vsync if the platform allows it, else without."""
        try:
            return video.Renderer(self.window, accelerated=1, vsync=vsync)
        except pygame.error:
            if not vsync:
                raise
            log.info("no renderer with vsync here; trying without")
            return video.Renderer(self.window, accelerated=1, vsync=False)

    def size(self) -> tuple[int, int]:
        width, height = self.window.size
        return (int(width), int(height))

    def windowed_scale(self) -> int:
        return max(1, self.windowed_size[0] // self.internal[0])

    def resize(self, scale: int) -> None:
        self.windowed_size = (self.internal[0] * scale, self.internal[1] * scale)
        if not self.fullscreen:
            self.window.size = self.windowed_size
            self.window_changed()

    def toggle_fullscreen(self) -> None:
        if self.fullscreen:
            self.window.set_windowed()
            self.window.size = self.windowed_size
        else:
            self.windowed_size = self.size()
            self.window.set_fullscreen(desktop=True)
        self.fullscreen = not self.fullscreen
        self.window_changed()

    def window_changed(self) -> None:
        self.dest = fit(self.internal, self.size())

    def present(self, image: pygame.Surface) -> None:
        self.texture.update(image)
        self._compose()
        self.renderer.present()

    def _compose(self) -> None:
        """The last image uploaded, scaled into the letterbox on black, not yet presented."""
        self.renderer.draw_color = BLACK
        self.renderer.clear()
        self.texture.draw(dstrect=self.dest)

    def shown(self) -> pygame.Surface:
        """The whole window as the player sees it, read back from the renderer (what is
        presented cannot be read back, so the last frame is composed again first)."""
        self._compose()
        return self.renderer.to_surface()

    def close(self) -> None:
        self.window.destroy()


def open_window(internal: tuple[int, int], scale: int, fullscreen: bool, gpu: bool, headless: bool) -> GameWindow:
    """The GPU window if `gpu` is wanted and a renderer can be made (not headless), else the
    software one."""
    if gpu and not headless:
        try:
            return GpuWindow(internal, scale, fullscreen)
        except pygame.error as exc:
            log.warning("no graphics-card renderer (%s); scaling in software", exc)
    return SoftwareWindow(internal, scale, fullscreen)
