"""Interface drawing: nine-slice boxes keep their corners and fill any size, and sheets cut
the frames their layout names."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.ui.nineslice import NineSlice
from game.ui.skin import Sheet

UI_DIR = Path(__file__).resolve().parents[1] / "assets" / "ui"


def box_image() -> pygame.Surface:
    """A 9x9 box: red corners, green edges, blue middle (3 px borders)."""
    image = pygame.Surface((9, 9))
    image.fill((0, 0, 255))
    for x in range(9):
        for y in range(9):
            edge_x, edge_y = x < 3 or x >= 6, y < 3 or y >= 6
            if edge_x and edge_y:
                image.set_at((x, y), (255, 0, 0))
            elif edge_x or edge_y:
                image.set_at((x, y), (0, 255, 0))
    return image


@pytest.mark.parametrize("size", [(6, 6), (20, 11), (101, 37)])
def test_a_nine_slice_box_keeps_its_corners_and_fills_any_size(size: tuple[int, int]) -> None:
    surface = pygame.Surface((120, 60))
    surface.fill((0, 0, 0))
    rect = pygame.Rect((5, 7), size)
    NineSlice(box_image(), 3).draw(surface, rect)
    for corner in (
        rect.topleft,
        (rect.right - 1, rect.top),
        (rect.left, rect.bottom - 1),
        (rect.right - 1, rect.bottom - 1),
    ):
        assert surface.get_at(corner)[:3] == (255, 0, 0)
    assert surface.get_at((rect.centerx, rect.top))[:3] == ((0, 255, 0) if size[0] > 6 else (255, 0, 0))
    if size[0] > 6 and size[1] > 6:
        assert surface.get_at(rect.center)[:3] == (0, 0, 255)
    assert surface.get_at((rect.right, rect.bottom))[:3] == (0, 0, 0)  # nothing outside the rect


def test_a_border_too_wide_for_the_image_is_refused() -> None:
    with pytest.raises(ValueError, match="9x9 box cannot have 5 px borders"):
        NineSlice(box_image(), 5)


def test_a_sheet_hands_out_the_same_frame_each_time_it_is_asked() -> None:
    sheet = Sheet(UI_DIR / "cursor.png")
    first = sheet.frame("advance", 1)
    assert sheet.frame("advance", 1) is first
    assert first.get_size() == (sheet.frame_w, sheet.frame_h)
    assert first.get_offset() == (sheet.frame_w, sheet.rows.index("advance") * sheet.frame_h)


def test_a_sheet_refuses_a_frame_it_does_not_have_every_time() -> None:
    sheet = Sheet(UI_DIR / "cursor.png")
    for _ in range(2):
        with pytest.raises(KeyError, match="no row 'nowhere'"):
            sheet.frame("nowhere")
        with pytest.raises(ValueError):
            sheet.frame("advance", sheet.columns)
