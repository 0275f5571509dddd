"""The interface skin: nine-slice frames, pointers, icons and input prompt glyphs (assets/ui)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.art.palette import load_palette
from game.art.png import decode_rgba
from game.tools.build_assets import REPO_ROOT, stale_files

ASSETS = REPO_ROOT / "assets"
SHEETS = ("frames", "cursor", "icons", "keys")
BORDER_PX = 8

RGBA = tuple[int, int, int, int]
Cell = list[list[RGBA]]

# name -> (frame size, row names in order, cells per row)
EXPECTED = {
    "frames": (24, {"dialog": 1, "nameplate": 1, "menu": 1, "choice": 1}),
    "cursor": (8, {"cursor": 4, "advance": 4}),
    "icons": (16, {"actions": 10, "abilities": 4, "abilities_off": 4}),
    "keys": (16, {"keyboard": 7, "pad": 8}),
}
ACTIONS = ("interact", "cancel", "menu", "swap", "follow", "reset", "save", "load", "settings", "ability")
ABILITIES = ("trace", "sketch", "glow", "anchor")


def layout(name: str) -> dict[str, object]:
    return json.loads((ASSETS / "ui" / f"{name}.json").read_text(encoding="utf-8"))


def png(name: str) -> Path:
    return ASSETS / "ui" / f"{name}.png"


def cell(name: str, row: str, col: int) -> Cell:
    sheet = layout(name)
    size = EXPECTED[name][0]
    rows = sheet["rows"]
    assert isinstance(rows, list)
    width, _, pixels = decode_rgba(png(name).read_bytes())
    x0, y0 = col * size, rows.index(row) * size
    return [[pixels[(y0 + y) * width + x0 + x] for x in range(size)] for y in range(size)]


def opaque(c: Cell) -> int:
    return sum(p[3] == 255 for row in c for p in row)


def silhouette(c: Cell) -> list[list[bool]]:
    return [[p[3] == 255 for p in row] for row in c]


def luminance(p: RGBA) -> float:
    return 0.3 * p[0] + 0.59 * p[1] + 0.11 * p[2]


def rgb_of(name: str) -> RGBA:
    r, g, b = load_palette(ASSETS / "palette.gpl").rgb(name)
    return (r, g, b, 255)


@pytest.mark.parametrize("name", SHEETS)
def test_layout_json_names_the_frame_size_columns_and_rows_in_order(name: str) -> None:
    size, rows = EXPECTED[name]
    sheet = layout(name)
    assert sheet["frame"] == [size, size]
    assert sheet["rows"] == list(rows)
    assert sheet["columns"] == max(rows.values())
    width, height, _ = decode_rgba(png(name).read_bytes())
    assert (width, height) == (size * max(rows.values()), size * len(rows))


@pytest.mark.parametrize("name", SHEETS)
def test_every_cell_a_row_promises_is_drawn_and_the_rest_of_the_row_is_empty(name: str) -> None:
    _, rows = EXPECTED[name]
    columns = max(rows.values())
    for row, count in rows.items():
        for col in range(columns):
            painted = opaque(cell(name, row, col))
            if col < count:
                assert painted > 0, f"{name}/{row}[{col}] is blank"
            else:
                assert painted == 0, f"{name}/{row}[{col}] should be empty"


@pytest.mark.parametrize("name", SHEETS)
def test_every_pixel_is_a_palette_colour_or_fully_transparent(name: str) -> None:
    palette = load_palette(ASSETS / "palette.gpl").rgb_set()
    for r, g, b, a in decode_rgba(png(name).read_bytes())[2]:
        assert a in (0, 255)
        assert a == 0 or (r, g, b) in palette


@pytest.mark.parametrize("name", SHEETS)
def test_built_interface_images_match_their_sources(name: str) -> None:
    assert stale_files(REPO_ROOT, name) == []


# --- nine-slice frames ---------------------------------------------------------------------

BOXES = ("dialog", "nameplate", "menu", "choice")


@pytest.mark.parametrize("box", BOXES)
def test_nine_slice_edge_strips_repeat_without_seams(box: str) -> None:
    """NineSlice repeats the 8 px edge strips: every column of the top/bottom strips must be
    the same, and every row of the left/right strips, or a stretched box shows seams."""
    c = cell("frames", box, 0)
    b = BORDER_PX
    middle = range(b, 24 - b)
    for y in [*range(b), *range(24 - b, 24)]:
        assert len({c[y][x] for x in middle}) == 1, f"{box}: row {y} of a horizontal edge varies"
    for x in [*range(b), *range(24 - b, 24)]:
        assert len({c[y][x] for y in middle}) == 1, f"{box}: column {x} of a vertical edge varies"


@pytest.mark.parametrize("box", BOXES)
def test_nine_slice_middle_is_one_flat_opaque_colour(box: str) -> None:
    c = cell("frames", box, 0)
    colours = {c[y][x] for y in range(BORDER_PX, 24 - BORDER_PX) for x in range(BORDER_PX, 24 - BORDER_PX)}
    assert len(colours) == 1, "no gradient or pattern across the repeated middle"
    assert next(iter(colours))[3] == 255


@pytest.mark.parametrize("box", BOXES)
def test_corners_continue_into_their_edges(box: str) -> None:
    """The pixel row/column where a corner meets an edge strip matches that strip."""
    c = cell("frames", box, 0)
    b = BORDER_PX
    for y in [*range(b), *range(24 - b, 24)]:
        assert c[y][b - 1] == c[y][b] and c[y][24 - b] == c[y][24 - b - 1], f"{box}: row {y}"
    for x in [*range(b), *range(24 - b, 24)]:
        assert c[b - 1][x] == c[b][x] and c[24 - b][x] == c[24 - b - 1][x], f"{box}: column {x}"


@pytest.mark.parametrize("box", ("dialog", "nameplate", "menu"))
def test_panels_have_an_ink_outline_rounded_corners_and_dark_fill(box: str) -> None:
    c = cell("frames", box, 0)
    ink = rgb_of("ink")
    assert c[0][12] == ink and c[23][12] == ink and c[12][0] == ink and c[12][23] == ink
    assert c[0][0][3] == 0 and c[23][23][3] == 0, "corners are cut round"
    assert luminance(c[12][12]) < 60, "a dark fill so light text reads on it"


def test_the_dialogue_frame_is_lit_from_the_top_left_with_a_cyan_rim() -> None:
    c = cell("frames", "dialog", 0)
    top, bottom = c[1][12], c[22][12]
    left, right = c[12][1], c[12][22]
    assert luminance(top) > luminance(bottom) and luminance(left) > luminance(right)
    colours = {p for row in c for p in row}
    assert rgb_of("cyan-2") in colours and rgb_of("neon-cyan") in colours


def test_the_nameplate_carries_the_neon_cyan_accent_and_the_menu_does_not() -> None:
    plate = {p for row in cell("frames", "nameplate", 0) for p in row}
    menu = {p for row in cell("frames", "menu", 0) for p in row}
    assert rgb_of("neon-cyan") in plate
    assert not {rgb_of("neon-cyan"), rgb_of("cyan-2"), rgb_of("cyan-glow")} & menu, "the menu frame is calm steel"


def test_choice_bar_leaves_2px_clear_above_and_below_for_tight_rows() -> None:
    c = cell("frames", "choice", 0)
    for y in (0, 1, 22, 23):
        assert all(p[3] == 0 for p in c[y])
    assert all(c[y][12][3] == 255 for y in range(2, 22))


def test_nine_slice_draws_the_dialogue_box_seamlessly_at_game_size() -> None:
    import pygame

    from game.ui.nineslice import NineSlice

    image = pygame.image.load(str(png("frames")))
    dialog = image.subsurface((0, 0, 24, 24))
    target = pygame.Surface((304, 56), pygame.SRCALPHA)
    NineSlice(dialog, BORDER_PX).draw(target, pygame.Rect(0, 0, 304, 56))
    for y in range(56):
        row = {tuple(target.get_at((x, y))) for x in range(BORDER_PX, 304 - BORDER_PX)}
        assert len(row) == 1, f"row {y} of the stretched box is not one colour"
    for x in range(304):
        column = {tuple(target.get_at((x, y))) for y in range(BORDER_PX, 56 - BORDER_PX)}
        assert len(column) == 1, f"column {x} of the stretched box is not one colour"


# --- pointers -----------------------------------------------------------------------------


@pytest.mark.parametrize("row", ("cursor", "advance"))
def test_pointer_rows_animate_gently_with_an_ink_outline(row: str) -> None:
    frames = [cell("cursor", row, i) for i in range(4)]
    assert len({str(f) for f in frames}) >= 3, "a 4-frame loop with visible change"
    ink = rgb_of("ink")
    for f in frames:
        assert ink in {p for r in f for p in r}
    sizes = [opaque(f) for f in frames]
    assert max(sizes) - min(sizes) <= 12, "a bob or pulse, not a different shape"


def test_advance_chevron_bounces_down_and_back() -> None:
    tops = [next(y for y, r in enumerate(cell("cursor", "advance", i)) if any(p[3] for p in r)) for i in range(4)]
    assert tops[0] < tops[1] < tops[2] and tops[3] == tops[1]


def test_cursor_points_right_its_tip_on_the_vertical_middle() -> None:
    c = cell("cursor", "cursor", 0)
    rightmost = max(x for r in c for x, p in enumerate(r) if p[3])
    tip_rows = [y for y, r in enumerate(c) if r[rightmost][3]]
    assert tip_rows == [3]


# --- icons --------------------------------------------------------------------------------


def icon_cells() -> dict[str, Cell]:
    cells = {f"actions/{n}": cell("icons", "actions", i) for i, n in enumerate(ACTIONS)}
    cells.update({f"abilities/{n}": cell("icons", "abilities", i) for i, n in enumerate(ABILITIES)})
    return cells


def test_every_icon_has_its_own_shape_not_just_its_own_colour() -> None:
    cells = {k: silhouette(v) for k, v in icon_cells().items()}
    names = list(cells)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            differ = sum(cells[a][y][x] != cells[b][y][x] for y in range(16) for x in range(16))
            assert differ >= 20, f"{a} and {b} share a silhouette ({differ} px differ)"


@pytest.mark.parametrize("row", ("actions", "abilities", "abilities_off"))
def test_icons_are_ink_outlined_and_read_on_a_dark_panel(row: str) -> None:
    ink = rgb_of("ink")
    panel = luminance(rgb_of("night-2"))
    for col in range(EXPECTED["icons"][1][row]):
        c = cell("icons", row, col)
        edge = [
            c[y][x]
            for y in range(16)
            for x in range(16)
            if c[y][x][3]
            and any(
                not (0 <= x + dx < 16 and 0 <= y + dy < 16) or c[y + dy][x + dx][3] == 0
                for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))
            )
        ]
        assert sum(p == ink for p in edge) >= 0.85 * len(edge), f"{row}[{col}]: outline is not ink"
        bright = sum(luminance(p) - panel > 50 for r in c for p in r if p[3])
        assert bright >= 10, f"{row}[{col}] would vanish on a dark panel"
        assert 40 <= opaque(c) <= 16 * 15, f"{row}[{col}]: an icon, not a speck or a block"


@pytest.mark.parametrize("col", range(len(ABILITIES)), ids=ABILITIES)
def test_locked_abilities_keep_the_shape_but_are_dimmed_and_padlocked(col: int) -> None:
    on, off = cell("icons", "abilities", col), cell("icons", "abilities_off", col)
    lock = {(x, y) for y in range(8, 16) for x in range(8, 16)}
    kept = [(x, y) for y in range(16) for x in range(16) if (x, y) not in lock]
    assert all(on[y][x][3] == off[y][x][3] for x, y in kept), "same silhouette outside the padlock"

    def mean(c: Cell) -> float:
        lit = [luminance(c[y][x]) for x, y in kept if c[y][x][3]]
        return sum(lit) / len(lit)

    assert mean(off) < mean(on)
    greys = {rgb_of(n) for n in ("ink", "night-1", "night-2", "steel-1", "steel-2", "steel-3", "steel-4", "fog")}
    assert {off[y][x] for x, y in kept if off[y][x][3]} <= greys, "no hue left: it reads as off"
    assert any(off[y][x] != on[y][x] for x, y in lock), "a padlock marks it"


# --- input glyphs -------------------------------------------------------------------------


def test_wide_key_halves_join_into_one_cap() -> None:
    left, right = cell("keys", "keyboard", 1), cell("keys", "keyboard", 2)
    for y in range(16):
        assert left[y][15][3] == right[y][0][3], f"row {y}: the halves do not meet"
        assert left[y][15] == left[y][14], f"row {y}: the left half's last column repeats for longer caps"
    assert all(p[3] == 0 for p in (left[8][0], right[8][15])), "only the outer ends are closed"


def test_arrow_keys_are_the_blank_cap_with_four_different_arrows() -> None:
    blank = cell("keys", "keyboard", 0)
    arrows = [cell("keys", "keyboard", i) for i in range(3, 7)]
    for a in arrows:
        assert silhouette(a) == silhouette(blank)
    marks = [{(x, y) for y in range(16) for x in range(16) if a[y][x] != blank[y][x]} for a in arrows]
    assert all(len(m) >= 10 for m in marks)
    assert len({frozenset(m) for m in marks}) == 4


def test_pad_face_buttons_differ_by_letter_as_well_as_colour() -> None:
    white = rgb_of("white")
    buttons = [cell("keys", "pad", i) for i in range(4)]
    letters = [{(x, y) for y in range(16) for x in range(16) if b[y][x] == white} for b in buttons]
    assert all(len(glyph) >= 7 for glyph in letters)
    assert len({frozenset(glyph) for glyph in letters}) == 4


def test_shoulder_buttons_mirror_each_other_with_their_own_letters() -> None:
    left, right = cell("keys", "pad", 6), cell("keys", "pad", 7)
    assert silhouette(right) == [list(reversed(r)) for r in silhouette(left)]
    assert left != [list(reversed(r)) for r in right], "L and R are letters, not mirror images"
