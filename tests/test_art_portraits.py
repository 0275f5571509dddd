"""Dialogue portraits (48x48, one row a mood) and the swap HUD's party heads (16x16)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.art.palette import load_palette
from game.art.png import decode_rgba
from game.tools.build_assets import REPO_ROOT, stale_files

ASSETS = REPO_ROOT / "assets"
PORTRAIT_PX = 48
HEAD_PX = 16
PROTAGONISTS = ("mara", "jonas", "lila", "roe")
PROTAGONIST_MOODS = ("neutral", "happy", "sad", "afraid", "determined")
SUPPORTING_MOODS = {
    "somnico_host": ("neutral", "smile", "glitch"),
    "nurse": ("neutral", "worried"),
    "news_anchor": ("neutral", "grave"),
    "landlady": ("neutral", "warm", "worried"),
    "gallerist": ("neutral", "warm", "curt"),
    "reviewer": ("neutral", "curious", "cold"),
    "daniels_mother": ("neutral", "tired", "hopeful"),
    "colleague": ("neutral", "warm", "tired"),
    "lila_mum": ("neutral", "warm", "worried"),
    "noor": ("neutral", "happy", "hurt"),
    "teacher": ("neutral", "kind", "stern"),
}
REQUIRED_MOODS = {**dict.fromkeys(PROTAGONISTS, PROTAGONIST_MOODS), **SUPPORTING_MOODS}
PORTRAITS = sorted(REQUIRED_MOODS)
# Rows of a portrait below the chin: clothes only, so a mood never changes them.
CLOTHES_ROWS = range(37, PORTRAIT_PX)

RGBA = tuple[int, int, int, int]


def layout(kind: str, name: str) -> dict[str, object]:
    return json.loads((ASSETS / kind / f"{name}.json").read_text(encoding="utf-8"))


def image(path: Path) -> tuple[int, int, list[RGBA]]:
    width, height, pixels = decode_rgba(path.read_bytes())
    return width, height, pixels


def cell(path: Path, col: int, row: int, size: int) -> list[list[RGBA]]:
    width, _, pixels = image(path)
    x0, y0 = col * size, row * size
    return [[pixels[(y0 + y) * width + x0 + x] for x in range(size)] for y in range(size)]


def portrait_png(who: str) -> Path:
    return ASSETS / "portraits" / f"{who}.png"


def mood_cell(who: str, mood: str) -> list[list[RGBA]]:
    rows = layout("portraits", who)["rows"]
    assert isinstance(rows, list)
    return cell(portrait_png(who), 0, rows.index(mood), PORTRAIT_PX)


def same_px(a: list[list[RGBA]], b: list[list[RGBA]]) -> int:
    """How many pixels two equal-sized cells share."""
    return sum(a[y][x] == b[y][x] for y in range(len(a)) for x in range(len(a[0])))


def rgb_of(name: str) -> RGBA:
    r, g, b = load_palette(ASSETS / "palette.gpl").rgb(name)
    return (r, g, b, 255)


@pytest.mark.parametrize("who", PORTRAITS)
def test_portrait_is_one_column_of_48px_cells_with_every_mood_the_dialogue_asks_for(who: str) -> None:
    sheet = layout("portraits", who)
    assert sheet["frame"] == [PORTRAIT_PX, PORTRAIT_PX]
    assert sheet["columns"] == 1
    rows = sheet["rows"]
    assert isinstance(rows, list)
    assert set(REQUIRED_MOODS[who]) <= set(rows), f"{who} lacks moods"
    assert rows[0] == "neutral", "neutral comes first so a missing mood can fall back to row 0"
    width, height, _ = image(portrait_png(who))
    assert (width, height) == (PORTRAIT_PX, PORTRAIT_PX * len(rows))


@pytest.mark.parametrize("path", [*(portrait_png(w) for w in PORTRAITS), ASSETS / "ui" / "party.png"], ids=str)
def test_every_pixel_is_a_palette_colour_or_fully_transparent(path: Path) -> None:
    palette = load_palette(ASSETS / "palette.gpl").rgb_set()
    for r, g, b, a in image(path)[2]:
        assert a in (0, 255)
        assert a == 0 or (r, g, b) in palette


@pytest.mark.parametrize("who", PORTRAITS)
def test_portraits_have_a_transparent_background_for_the_dialogue_box_to_show_through(who: str) -> None:
    for mood in REQUIRED_MOODS[who]:
        grid = mood_cell(who, mood)
        assert all(p[3] == 0 for p in grid[0]), f"{who}/{mood}: top row is not clear"
        for x, y in ((0, 0), (47, 0), (0, 20), (47, 20)):
            assert grid[y][x][3] == 0, f"{who}/{mood}: ({x},{y}) is painted"
        opaque = sum(p[3] == 255 for row in grid for p in row)
        assert 0.35 * PORTRAIT_PX**2 < opaque < 0.85 * PORTRAIT_PX**2, "a bust, not a blob or a speck"


@pytest.mark.parametrize("who", PORTRAITS)
def test_portraits_carry_a_dark_outline_and_several_shades(who: str) -> None:
    grid = mood_cell(who, "neutral")
    colours = {p for row in grid for p in row if p[3]}
    assert rgb_of("ink") in colours
    assert len(colours) >= 10, "3-5 shade ramps per material give well over ten colours"


@pytest.mark.parametrize("who", PORTRAITS)
def test_every_mood_of_a_character_looks_different(who: str) -> None:
    moods = REQUIRED_MOODS[who]
    cells = {m: mood_cell(who, m) for m in moods}
    for i, a in enumerate(moods):
        for b in moods[i + 1 :]:
            changed = PORTRAIT_PX**2 - same_px(cells[a], cells[b])
            assert changed >= 12, f"{who}: {a} and {b} differ by only {changed} px"


@pytest.mark.parametrize("who", PROTAGONISTS)
def test_a_protagonist_stays_the_same_person_across_moods(who: str) -> None:
    """Moods repaint the face only: clothes are identical and most of the bust is shared."""
    neutral = mood_cell(who, "neutral")
    for mood in PROTAGONIST_MOODS[1:]:
        grid = mood_cell(who, mood)
        for y in CLOTHES_ROWS:
            assert grid[y] == neutral[y], f"{who}/{mood}: row {y} changed"
        assert same_px(grid, neutral) >= 0.95 * PORTRAIT_PX**2


def test_the_host_glitch_mood_shows_the_split_neon_colours() -> None:
    glitch = {p for row in mood_cell("somnico_host", "glitch") for p in row}
    calm = {p for row in mood_cell("somnico_host", "neutral") for p in row}
    assert rgb_of("neon-cyan") in glitch - calm


def test_party_heads_are_four_rows_of_a_normal_and_a_selected_16px_head() -> None:
    sheet = layout("ui", "party")
    assert sheet["frame"] == [HEAD_PX, HEAD_PX]
    assert sheet["rows"] == list(PROTAGONISTS)
    assert sheet["columns"] == 2
    assert image(ASSETS / "ui" / "party.png")[:2] == (2 * HEAD_PX, 4 * HEAD_PX)


@pytest.mark.parametrize("row", range(len(PROTAGONISTS)), ids=PROTAGONISTS)
def test_the_selected_party_head_is_the_same_head_with_a_cyan_rim(row: int) -> None:
    path = ASSETS / "ui" / "party.png"
    normal, active = cell(path, 0, row, HEAD_PX), cell(path, 1, row, HEAD_PX)
    cyan = rgb_of("neon-cyan")
    rim = [(x, y) for y in range(HEAD_PX) for x in range(HEAD_PX) if normal[y][x][3] == 0 and active[y][x][3]]
    assert len(rim) >= 16, "the selected head grows a rim around its silhouette"
    assert all(active[y][x] == cyan for x, y in rim)
    kept = sum(normal[y][x] == active[y][x] for y in range(HEAD_PX) for x in range(HEAD_PX) if normal[y][x][3])
    opaque = sum(p[3] == 255 for r in normal for p in r)
    assert kept >= 0.6 * opaque, "still recognisably the same head"
    assert normal[0][0][3] == 0 and normal[HEAD_PX // 2][0][3] == 0, "transparent around the head"


@pytest.mark.parametrize("name", [*PORTRAITS, "party"])
def test_built_portraits_and_party_heads_match_their_sources(name: str) -> None:
    assert stale_files(REPO_ROOT, name) == []
