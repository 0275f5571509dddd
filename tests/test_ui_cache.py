"""Cached interface drawing: text and boxes are made once and kept, and what is kept draws
exactly the pixels that drawing glyph by glyph, part by part, would; the caches stay
bounded however much new text a long game shows."""

from __future__ import annotations

import random
from pathlib import Path

import pygame
import pytest

from game.ui.cache import LruCache
from game.ui.font import LINES_PER_FONT, WIDTHS_PER_FONT, WRAPS_PER_FONT, ColorLike, PixelFont
from game.ui.nineslice import PANELS_PER_BOX, NineSlice

FONT_DIR = Path(__file__).resolve().parents[1] / "assets" / "fonts"
LINE = "Mara tapped the tablet twice. \u201cWe\u2019re late,\u201d Jonas said \u2014 caf\u00e9\u2026 \ue000 \u4e00"
WHITE = (240, 238, 226, 255)
INK = (20, 16, 30, 255)
GLOW = (64, 214, 224, 128)
HAZE = (200, 40, 90, 60)
COLOUR_PAIRS: list[tuple[ColorLike, ColorLike | None]] = [
    (WHITE, INK),
    (WHITE, None),
    (GLOW, INK),
    (WHITE, HAZE),
    (GLOW, HAZE),
    ("#ff00ff", (1, 2, 3)),
]

TIGHT_FONT = """\
name Tight
height 3
cap_height 2
x_height 2
baseline 3
line_height 4
spacing 0
glyph A
.##
###
#.#
glyph B
##.
#.#
###
"""
"""No spacing, and ink in the cells' last columns: each letter's ink meets the shadow of the
one before it, the closest a line's letters can come."""


def regular() -> PixelFont:
    """A fresh face, its caches empty."""
    return PixelFont.load(FONT_DIR / "lullaby_regular.txt")


def screen(seed: int, size: tuple[int, int] = (420, 40)) -> pygame.Surface:
    """An opaque surface of random pixels, so every pixel drawn or left alone shows."""
    noise = random.Random(seed).randbytes(size[0] * size[1] * 3)
    surface = pygame.Surface(size)
    surface.blit(pygame.image.frombytes(noise, size, "RGB"), (0, 0))
    return surface


def pixels(surface: pygame.Surface) -> bytes:
    return pygame.image.tobytes(surface, "RGBA")


def draw_glyph_by_glyph(
    font: PixelFont,
    surface: pygame.Surface,
    text: str,
    pos: tuple[int, int],
    colour: ColorLike,
    shadow: ColorLike | None,
) -> None:
    """What drawing a line did before anything was kept: every letter on its own, all the
    shadows first, then all the ink."""
    passes = ([(shadow, 1)] if shadow is not None else []) + [(colour, 0)]
    for ink, offset in passes:
        pen_x = pos[0]
        for char in text:
            font.draw(surface, char, (pen_x + offset, pos[1] + offset), ink)
            pen_x += font.glyph(char).width + font.metrics.spacing


# --- text ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("colour", "shadow"), COLOUR_PAIRS)
def test_a_line_draws_the_same_pixels_the_first_time_and_every_time_after(
    colour: ColorLike, shadow: ColorLike | None
) -> None:
    expected, cold, warm = screen(1), screen(1), screen(1)
    draw_glyph_by_glyph(regular(), expected, LINE, (3, 5), colour, shadow)
    font = regular()
    first = font.draw(cold, LINE, (3, 5), colour, shadow)
    again = font.draw(warm, LINE, (3, 5), colour, shadow)
    assert pixels(cold) == pixels(expected)
    assert pixels(warm) == pixels(expected)
    assert (
        first
        == again
        == pygame.Rect(3, 5, font.measure(LINE) + (shadow is not None), font.height + (shadow is not None))
    )


def test_large_text_is_kept_apart_and_draws_the_same_pixels_warm() -> None:
    font = regular()
    large = font.scaled(2)
    expected, warm = screen(2, (840, 60)), screen(2, (840, 60))
    draw_glyph_by_glyph(regular().scaled(2), expected, LINE, (1, 2), WHITE, INK)
    large.draw(warm, LINE, (1, 2), WHITE, INK)
    large.draw(warm, LINE, (1, 2), WHITE, INK)
    assert pixels(warm) == pixels(expected)
    assert font.cache_sizes().lines == 0
    assert large.cache_sizes().lines == 1


@pytest.mark.parametrize(("colour", "shadow"), COLOUR_PAIRS)
@pytest.mark.parametrize("face", ["regular", "tight"])
def test_a_line_typed_out_a_letter_or_two_a_frame_draws_every_frame_exactly(
    face: str, colour: ColorLike, shadow: ColorLike | None
) -> None:
    def make() -> PixelFont:
        return regular() if face == "regular" else PixelFont.from_source(TIGHT_FONT)

    text = LINE if face == "regular" else "ABBAAB BA"
    typing = make()
    shown = 0
    for step in range(len(text) + 2):
        shown += (0, 1, 2, 1, 5)[step % 5]  # pauses and bursts, as the reveal speed gives
        expected, drawn = screen(step), screen(step)
        draw_glyph_by_glyph(make(), expected, text[:shown], (4, 6), colour, shadow)
        typing.draw(drawn, text[:shown], (4, 6), colour, shadow)
        assert pixels(drawn) == pixels(expected), text[:shown]


def test_several_lines_in_one_text_draw_as_they_did() -> None:
    font = regular()
    text = "Two lines\nand a third\n\u2026"
    expected, warm = screen(3, (120, 40)), screen(3, (120, 40))
    for n, line in enumerate(text.split("\n")):
        draw_glyph_by_glyph(regular(), expected, line, (2, 2 + n * font.line_height), WHITE, None)
    for _ in range(2):
        font.draw(warm, text, (2, 2), WHITE)
    assert pixels(warm) == pixels(expected)


def test_a_kept_line_still_honours_the_surface_clip() -> None:
    font = regular()
    font.draw(screen(4), LINE, (0, 0), WHITE, INK)  # kept now
    surface = screen(4)
    untouched = surface.copy()
    surface.set_clip(pygame.Rect(0, 0, 20, 40))
    font.draw(surface, LINE, (0, 0), WHITE, INK)
    outside = pygame.Rect(20, 0, 400, 40)
    assert pixels(surface.subsurface(outside)) == pixels(untouched.subsurface(outside))


def test_drawing_ten_thousand_different_lines_keeps_only_the_bound() -> None:
    font = regular()
    surface = pygame.Surface((80, 12))
    for n in range(10_000):
        font.draw(surface, f"line {n}", (0, 0), WHITE, INK)
    assert font.cache_sizes().lines == LINES_PER_FONT


def test_measuring_and_wrapping_ten_thousand_different_texts_keeps_only_the_bounds() -> None:
    font = regular()
    for n in range(10_000):
        font.measure(f"label {n}")
        font.wrap(f"a longer sentence number {n}", 60)
    assert font.cache_sizes().widths == WIDTHS_PER_FONT
    assert font.cache_sizes().wraps == WRAPS_PER_FONT


def test_changing_a_wrapped_list_does_not_change_the_next_wrap() -> None:
    font = regular()
    lines = font.wrap(LINE, 100)
    kept = list(lines)
    lines.append("mischief")
    lines[0] = "changed"
    assert font.wrap(LINE, 100) == kept
    assert font.cache_sizes().wraps == 1


def test_a_kept_wrap_and_width_are_the_same_as_a_fresh_fonts() -> None:
    warm = regular()
    for _ in range(2):
        assert warm.wrap(LINE, 90) == regular().wrap(LINE, 90)
        assert warm.measure(LINE) == regular().measure(LINE)


def test_a_width_too_narrow_to_wrap_is_refused_every_time() -> None:
    font = regular()
    for _ in range(2):
        with pytest.raises(ValueError):
            font.wrap("W", 2)
    assert font.cache_sizes().wraps == 0


# --- the cache itself -------------------------------------------------------------------------


def test_the_cache_forgets_the_least_recently_used_entry_first() -> None:
    cache: LruCache[str, int] = LruCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get("a") == 1  # "a" is now the more recent
    cache.put("c", 3)
    assert "b" not in cache
    assert cache.get("a") == 1
    assert cache.get("c") == 3
    assert len(cache) == 2


def test_a_cache_must_hold_something() -> None:
    with pytest.raises(ValueError):
        LruCache[str, int](0)


# --- boxes ------------------------------------------------------------------------------------


def box_image(alpha: bool) -> pygame.Surface:
    """A 9x9 box with 3 px borders: red corners, green edges, a blue middle, and (with
    `alpha`) a clear top-left pixel and a half-clear middle, so blending shows."""
    image = pygame.Surface((9, 9), pygame.SRCALPHA if alpha else 0)
    for x in range(9):
        for y in range(9):
            edge_x, edge_y = x < 3 or x >= 6, y < 3 or y >= 6
            colour = (255, 0, 0) if edge_x and edge_y else (0, 255, 0) if edge_x or edge_y else (0, 0, 255)
            image.set_at((x, y), colour)
    if alpha:
        image.set_at((0, 0), (255, 0, 0, 0))
        image.set_at((4, 4), (0, 0, 255, 128))
    return image


def draw_part_by_part(box: NineSlice, surface: pygame.Surface, rect: pygame.Rect) -> None:
    """The box drawn as it was before panels were kept: each part tiled onto the surface."""
    b = box.border_px
    xs, ys = (rect.left, rect.left + b, rect.right - b), (rect.top, rect.top + b, rect.bottom - b)
    widths, heights = (b, rect.w - 2 * b, b), (b, rect.h - 2 * b, b)
    for row in range(3):
        for col in range(3):
            part = box.parts[row][col]
            for y in range(ys[row], ys[row] + heights[row], part.get_height()):
                for x in range(xs[col], xs[col] + widths[col], part.get_width()):
                    area = pygame.Rect(0, 0, min(part.get_width(), xs[col] + widths[col] - x), part.get_height())
                    area.h = min(area.h, ys[row] + heights[row] - y)
                    surface.blit(part, (x, y), area)


@pytest.mark.parametrize("alpha", [False, True])
def test_a_box_at_sizes_sharing_a_width_or_height_draws_each_correctly_cold_and_warm(alpha: bool) -> None:
    box = NineSlice(box_image(alpha), 3)
    sizes = [pygame.Rect(5, 7, 101, 37), pygame.Rect(2, 3, 101, 11), pygame.Rect(9, 1, 20, 11)]
    for seed, rect in enumerate(sizes * 2):
        expected, drawn = screen(seed, (120, 60)), screen(seed, (120, 60))
        draw_part_by_part(box, expected, rect)
        box.draw(drawn, rect)
        assert pixels(drawn) == pixels(expected), rect
    assert box.cached_panels() == 3


def test_a_box_with_a_colour_key_keeps_its_see_through_pixels() -> None:
    image = box_image(False)
    image.set_at((0, 0), (255, 0, 255))
    image.set_colorkey((255, 0, 255))
    box = NineSlice(image, 3)
    for _ in range(2):
        expected, drawn = screen(9, (60, 30)), screen(9, (60, 30))
        draw_part_by_part(box, expected, pygame.Rect(4, 4, 30, 20))
        box.draw(drawn, pygame.Rect(4, 4, 30, 20))
        assert pixels(drawn) == pixels(expected)


@pytest.mark.parametrize("alpha", [False, True])
def test_a_box_faded_as_a_whole_draws_as_its_parts_would(alpha: bool) -> None:
    image = box_image(alpha)
    image.set_alpha(128)
    box = NineSlice(image, 3)
    expected, drawn = screen(10, (50, 40)), screen(10, (50, 40))
    for _ in range(2):
        draw_part_by_part(box, expected, pygame.Rect(2, 3, 40, 30))
        box.draw(drawn, pygame.Rect(2, 3, 40, 30))
    assert pixels(drawn) == pixels(expected)


def test_drawing_a_box_at_a_hundred_sizes_keeps_only_the_bound() -> None:
    box = NineSlice(box_image(True), 3)
    surface = pygame.Surface((140, 40))
    for width in range(10, 110):
        box.draw(surface, pygame.Rect(0, 0, width, 30))
    assert box.cached_panels() == PANELS_PER_BOX
