"""The game's pixel fonts: both faces are complete and well formed, and text lays out and
draws the way dialogue boxes, menus and the error screen rely on."""

from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")

from pathlib import Path

import pygame
import pytest

from game.ui.font import FontError, PixelFont, parse_font_source

FONT_DIR = Path(__file__).resolve().parents[1] / "assets" / "fonts"
FACES = ("lullaby_regular.txt", "lullaby_bold.txt")
PRINTABLE_ASCII = [chr(code) for code in range(32, 127)]
ACCENTED = list("àáâäçèéêëíîïñóôöúûü") + list("ÀÁÂÄÇÈÉÊËÍÎÏÑÓÔÖÚÛÜ")
TYPOGRAPHIC = list("\u2019\u2018\u201c\u201d\u2013\u2014\u2026\u2022")
INK = (240, 238, 226, 255)
SENTENCE = (
    "Mara tapped the tablet twice. “We’re late,” Jonas said — again. Lila pulled her "
    "hood up; Roe only smiled at the café’s naïve señor… supercalifragilistic!"
)

TINY_FONT = """\
name Tiny
height 3
cap_height 2
x_height 2
baseline 3
line_height 4
spacing 1
glyph U+0020
..
..
..
glyph A
.#.
###
#.#
"""


@pytest.fixture(scope="module", params=FACES)
def font(request: pytest.FixtureRequest) -> PixelFont:
    return PixelFont.load(FONT_DIR / request.param)


@pytest.fixture(scope="module")
def regular() -> PixelFont:
    return PixelFont.load(FONT_DIR / "lullaby_regular.txt")


def ink_pixels(surface: pygame.Surface) -> list[tuple[int, int, int, int]]:
    width, height = surface.get_size()
    return [tuple(surface.get_at((x, y))) for x in range(width) for y in range(height) if surface.get_at((x, y)).a > 0]


# --- coverage and shape of the font sources ------------------------------------------------


def test_every_printable_ascii_character_has_a_glyph(font: PixelFont) -> None:
    missing = [c for c in PRINTABLE_ASCII if not font.has_glyph(c)]
    assert missing == []


def test_accented_letters_and_typographic_punctuation_have_glyphs(font: PixelFont) -> None:
    missing = [c for c in ACCENTED + TYPOGRAPHIC if not font.has_glyph(c)]
    assert missing == []


def test_every_glyph_has_the_cell_height_and_rows_of_one_width(font: PixelFont) -> None:
    for char in font.characters:
        glyph = font.glyph(char)
        assert len(glyph.rows) == font.height, char
        assert glyph.width > 0, char
        assert {len(row) for row in glyph.rows} == {glyph.width}, char


def test_every_visible_character_has_ink_and_space_has_none(font: PixelFont) -> None:
    for char in font.characters:
        has_ink = any(True for _ in font.glyph(char).ink())
        assert has_ink == (char != " "), repr(char)


def test_glyphs_are_proportional_so_i_is_narrower_than_m(font: PixelFont) -> None:
    assert font.measure("i") < font.measure("m")
    assert font.measure("l") < font.measure("W")


def test_easily_confused_characters_look_different(font: PixelFont) -> None:
    for a, b in ("lI", "l1", "I1", "O0", "|l", "'’", "-–", "–—"):
        assert font.glyph(a).rows != font.glyph(b).rows, (a, b)
    assert font.glyph("r").rows + font.glyph("n").rows != font.glyph("m").rows


def test_both_faces_share_metrics_so_they_mix_on_one_line() -> None:
    regular, bold = (PixelFont.load(FONT_DIR / face) for face in FACES)
    assert regular.line_height == bold.line_height
    assert regular.height == bold.height
    assert regular.metrics.baseline == bold.metrics.baseline
    assert bold.measure("Lullaby") > regular.measure("Lullaby")


def test_regular_face_has_the_metrics_the_320x180_frame_was_designed_for(regular: PixelFont) -> None:
    assert regular.line_height in (7, 8)
    assert regular.metrics.cap_height in (5, 6)


# --- measuring and wrapping -----------------------------------------------------------------


def test_measure_adds_glyph_widths_and_spacing_without_a_trailing_gap() -> None:
    tiny = PixelFont.from_source(TINY_FONT)
    assert tiny.measure("") == 0
    assert tiny.measure("A") == 3
    assert tiny.measure("AA") == 3 + 1 + 3
    assert tiny.measure("A A") == 3 + 1 + 2 + 1 + 3


@pytest.mark.parametrize("width_px", [12, 40, 57, 100, 200, 316])
def test_wrap_never_returns_a_line_wider_than_the_width(font: PixelFont, width_px: int) -> None:
    lines = font.wrap(SENTENCE, width_px)
    assert lines
    assert max(font.measure(line) for line in lines) <= width_px


@pytest.mark.parametrize("width_px", [12, 40, 100, 316])
def test_wrap_keeps_every_character_in_order(font: PixelFont, width_px: int) -> None:
    # Narrow widths split the long word, so compare the text without its spaces.
    lines = font.wrap(SENTENCE, width_px)
    assert "".join("".join(lines).split()) == "".join(SENTENCE.split())


def test_wrap_keeps_whole_words_when_they_fit(font: PixelFont) -> None:
    lines = font.wrap(SENTENCE, 316)
    assert len(lines) > 1
    assert " ".join(lines).split() == SENTENCE.split()


def test_wrap_uses_the_room_it_has(regular: PixelFont) -> None:
    lines = regular.wrap(SENTENCE, 120)
    for line, following in zip(lines, lines[1:], strict=False):
        next_word = following.split()[0]
        assert regular.measure(f"{line} {next_word}") > 120


def test_wrap_breaks_at_a_newline_even_when_the_text_would_fit(regular: PixelFont) -> None:
    assert regular.wrap("Hi.\nBye.", 300) == ["Hi.", "Bye."]
    assert regular.wrap("One\n\nTwo", 300) == ["One", "", "Two"]


def test_wrap_splits_a_word_longer_than_the_line(regular: PixelFont) -> None:
    word = "Zzzzzzzzzzzzzzzzzzzzzzzz"
    lines = regular.wrap(f"a {word} b", 30)
    assert all(regular.measure(line) <= 30 for line in lines)
    assert "".join(lines).replace(" ", "") == f"a{word}b"
    assert len(lines) > 2


def test_wrap_refuses_a_width_too_small_for_any_character(regular: PixelFont) -> None:
    with pytest.raises(ValueError):
        regular.wrap("W", 2)


# --- drawing --------------------------------------------------------------------------------


def test_render_draws_ink_only_in_the_given_colour_on_a_clear_background(font: PixelFont) -> None:
    surface = font.render("Hello, Zoë — café?", INK)
    assert surface.get_flags() & pygame.SRCALPHA
    assert surface.get_width() == font.measure("Hello, Zoë — café?")
    pixels = ink_pixels(surface)
    assert pixels
    assert set(pixels) == {INK}
    assert surface.get_at((0, 0)).a == 0


def test_render_keeps_a_translucent_colours_alpha(regular: PixelFont) -> None:
    glow = (64, 214, 224, 128)
    assert set(ink_pixels(regular.render("Lila", glow))) == {glow}


def test_render_draws_exactly_the_glyph_bitmap() -> None:
    tiny = PixelFont.from_source(TINY_FONT)
    surface = tiny.render("A", (255, 0, 0))
    drawn = {(x, y) for x in range(3) for y in range(3) if surface.get_at((x, y)).a}
    assert drawn == set(tiny.glyph("A").ink())


def test_draw_with_shadow_puts_the_shadow_one_pixel_down_and_right(regular: PixelFont) -> None:
    surface = pygame.Surface((40, 12), pygame.SRCALPHA)
    shadow = (14, 12, 24, 255)
    regular.draw(surface, ".", (5, 0), INK, shadow=shadow)
    dot_x, dot_y = next(iter(regular.glyph(".").ink()))
    assert tuple(surface.get_at((5 + dot_x, dot_y))) == INK
    assert tuple(surface.get_at((6 + dot_x, dot_y + 1))) == shadow
    assert set(ink_pixels(surface)) == {INK, shadow}


def test_unknown_characters_draw_a_visible_box_instead_of_raising(regular: PixelFont) -> None:
    assert not regular.has_glyph("\u4e00")
    surface = regular.render("\u4e00", INK)
    assert surface.get_width() > 0
    assert ink_pixels(surface)


def test_draw_wrapped_stays_inside_its_rect_and_reports_the_height(regular: PixelFont) -> None:
    screen = pygame.Surface((320, 180), pygame.SRCALPHA)
    rect = pygame.Rect(10, 20, 150, 100)
    used = regular.draw_wrapped(screen, SENTENCE, rect, INK, shadow=(0, 0, 0, 255))
    lines = regular.wrap(SENTENCE, rect.width - 1)
    assert used == (len(lines) - 1) * regular.line_height + regular.height + 1
    inked = [(x, y) for x in range(320) for y in range(180) if screen.get_at((x, y)).a]
    assert inked
    assert all(rect.collidepoint(point) for point in inked)


def test_draw_wrapped_leaves_out_lines_that_do_not_fit(regular: PixelFont) -> None:
    screen = pygame.Surface((320, 180), pygame.SRCALPHA)
    rect = pygame.Rect(0, 0, 60, regular.height)
    used = regular.draw_wrapped(screen, SENTENCE, rect, INK)
    assert used == regular.height
    assert not any(screen.get_at((x, y)).a for x in range(320) for y in range(rect.height, 180))


# --- malformed sources ------------------------------------------------------------------------


def write_font(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "broken.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_row_with_a_stray_character_names_the_file_and_line(tmp_path: Path) -> None:
    path = write_font(tmp_path, TINY_FONT.replace("###", "#x#"))
    with pytest.raises(FontError) as caught:
        PixelFont.load(path)
    assert caught.value.line == 14
    assert f"{path}:14" in str(caught.value)


def test_a_row_of_the_wrong_width_names_the_file_and_line(tmp_path: Path) -> None:
    path = write_font(tmp_path, TINY_FONT.replace("#.#\n", "#.##\n"))
    with pytest.raises(FontError, match=r"broken\.txt:15: .*4 wide"):
        PixelFont.load(path)


def test_a_glyph_with_too_few_rows_names_its_header_line(tmp_path: Path) -> None:
    path = write_font(tmp_path, TINY_FONT.replace("#.#\n", ""))
    with pytest.raises(FontError, match=r"broken\.txt:12: .*2 rows, expected 3"):
        PixelFont.load(path)


def test_a_glyph_with_too_many_rows_names_the_extra_row(tmp_path: Path) -> None:
    path = write_font(tmp_path, TINY_FONT + "###\n")
    with pytest.raises(FontError, match=r"broken\.txt:16: .*more than 3 rows"):
        PixelFont.load(path)


def test_a_glyph_defined_twice_is_an_error(tmp_path: Path) -> None:
    path = write_font(tmp_path, TINY_FONT + "glyph A\n...\n...\n...\n")
    with pytest.raises(FontError, match=r"broken\.txt:16: .*twice"):
        PixelFont.load(path)


def test_a_missing_header_value_is_an_error() -> None:
    with pytest.raises(FontError, match="line_height"):
        parse_font_source(TINY_FONT.replace("line_height 4\n", ""), "tiny.txt")


def test_a_bad_glyph_name_is_an_error() -> None:
    with pytest.raises(FontError, match=r"tiny\.txt:8: .*U\+XXXX"):
        parse_font_source(TINY_FONT.replace("U+0020", "SPACE"), "tiny.txt")


def test_parsing_needs_no_display() -> None:
    # The validator parses fonts in CI without a window; nothing here may touch the display.
    pygame.display.quit()
    metrics, glyphs = parse_font_source(TINY_FONT, "tiny.txt")
    assert metrics.line_height == 4
    assert set(glyphs) == {" ", "A"}
