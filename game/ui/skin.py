"""The interface skin: the nine-slice frames (dialogue box, name plate, menu, choice bar)
and other interface sheets, cut by the layout file the asset build writes beside each."""

from __future__ import annotations

import json
from pathlib import Path

import pygame

from game.ui.nineslice import NineSlice

FRAME_BORDER_PX = 8


class Sheet:
    """A built sheet and its layout: frames by row name and column."""

    def __init__(self, png: Path) -> None:
        layout = json.loads(png.with_suffix(".json").read_text(encoding="utf-8"))
        image = pygame.image.load(str(png))
        if pygame.display.get_surface() is not None:
            image = image.convert_alpha()
        self.frame_w, self.frame_h = layout["frame"]
        self.rows: list[str] = layout["rows"]
        self.columns: int = layout["columns"]
        self.image = image
        # Cut frames, kept: screens ask for the same cursor, icon and face every frame. A
        # frame outside the sheet raises before it is kept, so this holds at most one entry
        # per frame of the sheet.
        self._frames: dict[tuple[str, int], pygame.Surface] = {}

    def frame(self, row: str, column: int = 0) -> pygame.Surface:
        """The frame at `row` and `column`: a view into the sheet (the same one each time)."""
        frame = self._frames.get((row, column))
        if frame is None:
            if row not in self.rows:
                raise KeyError(f"no row {row!r} in this sheet (it has {', '.join(self.rows)})")
            y = self.rows.index(row) * self.frame_h
            frame = self.image.subsurface((column * self.frame_w, y, self.frame_w, self.frame_h))
            self._frames[(row, column)] = frame
        return frame


class Skin:
    """The boxes every screen draws with."""

    def __init__(self, ui_dir: Path) -> None:
        frames = Sheet(ui_dir / "frames.png")
        self.dialog = NineSlice(frames.frame("dialog"), FRAME_BORDER_PX)
        self.nameplate = NineSlice(frames.frame("nameplate"), FRAME_BORDER_PX)
        self.menu = NineSlice(frames.frame("menu"), FRAME_BORDER_PX)
        self.choice = NineSlice(frames.frame("choice"), FRAME_BORDER_PX)
        self.cursor = Sheet(ui_dir / "cursor.png")
        self.icons = Sheet(ui_dir / "icons.png")
