"""The supporting cast's walking sheets: layout, palette, animation and who reads as whom."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.art.palette import load_palette
from game.art.png import decode_rgba
from game.art.sheet import parse_sheet
from game.tools import build_assets

ROOT = Path(__file__).resolve().parents[1]
ASSETS = ROOT / "assets"
FRAME_W, FRAME_H = 16, 24
COLUMNS = 5
ROWS = ["down", "up", "left", "right"]
PEOPLE = [
    "npc_townsfolk_a",
    "npc_townsfolk_b",
    "npc_office_a",
    "npc_office_b",
    "npc_student_a",
    "npc_student_b",
    "npc_nurse",
    "npc_somnico_host",
    "npc_critic",
    "npc_shadow",
    "npc_memory",
    "npc_landlady",
    "npc_gallerist",
    "npc_reviewer",
    "npc_lila_mum",
    "npc_noor",
    "npc_teacher",
    "npc_daniels_mother",
]
WALKERS = [who for who in PEOPLE if who != "npc_shadow"]

RGBA = tuple[int, int, int, int]
Frame = list[list[RGBA]]


def sheet_pixels(who: str) -> tuple[int, int, list[RGBA]]:
    return decode_rgba((ASSETS / "sprites" / f"{who}.png").read_bytes())


def frame(who: str, row: str, col: int) -> Frame:
    width, _, pixels = sheet_pixels(who)
    x0, y0 = col * FRAME_W, ROWS.index(row) * FRAME_H
    return [[pixels[(y0 + y) * width + x0 + x] for x in range(FRAME_W)] for y in range(FRAME_H)]


def opaque(px: RGBA) -> bool:
    return px[3] == 255


def top_row(f: Frame) -> int:
    return next(y for y, line in enumerate(f) if any(opaque(p) for p in line))


def colours(who: str) -> set[tuple[int, int, int]]:
    return {p[:3] for p in sheet_pixels(who)[2] if opaque(p)}


def rgb(name: str) -> tuple[int, int, int]:
    return load_palette(ASSETS / "palette.gpl").rgb(name)


@pytest.mark.parametrize("who", PEOPLE)
def test_each_person_has_a_source_and_an_80_by_96_sheet_of_16_by_24_frames(who: str) -> None:
    source = ASSETS / "src" / "sprites" / f"{who}.txt"
    parsed = parse_sheet(source.read_text(encoding="utf-8"), source.name)
    assert (parsed.frame_w, parsed.frame_h) == (FRAME_W, FRAME_H)
    assert [name for name, _ in parsed.rows] == ROWS
    width, height, _ = sheet_pixels(who)
    assert (width, height) == (FRAME_W * COLUMNS, FRAME_H * len(ROWS))
    layout = json.loads((ASSETS / "sprites" / f"{who}.json").read_text(encoding="utf-8"))
    assert layout == {"frame": [FRAME_W, FRAME_H], "columns": COLUMNS, "rows": ROWS}


@pytest.mark.parametrize("who", PEOPLE)
def test_every_frame_is_drawn_with_palette_colours_on_a_transparent_background(who: str) -> None:
    palette = load_palette(ASSETS / "palette.gpl").rgb_set()
    _, _, pixels = sheet_pixels(who)
    assert all(p[3] == 0 or (p[3] == 255 and p[:3] in palette) for p in pixels)
    for row in ROWS:
        for col in range(COLUMNS):
            f = frame(who, row, col)
            assert not opaque(f[0][0]) and not opaque(f[0][-1]), f"{row} {col}: background is not transparent"
            assert sum(opaque(p) for line in f for p in line) > 60, f"{row} {col} is (nearly) empty"


@pytest.mark.parametrize("who", PEOPLE)
def test_the_walk_frames_move_and_the_right_row_mirrors_the_left(who: str) -> None:
    for row in ROWS:
        idle = frame(who, row, 0)
        assert frame(who, row, 1) != idle and frame(who, row, 3) != idle, f"{row}: the walk does not move"
        assert frame(who, row, 1) != frame(who, row, 3), f"{row}: both steps are the same frame"
    for col in range(COLUMNS):
        left, right = frame(who, "left", col), frame(who, "right", col)
        assert right == [line[::-1] for line in left]


@pytest.mark.parametrize("who", WALKERS)
def test_walkers_stand_on_the_bottom_row_and_bob_down_a_pixel_on_each_step(who: str) -> None:
    for row in ROWS:
        idle, step, other = frame(who, row, 0), frame(who, row, 1), frame(who, row, 3)
        assert any(opaque(p) for p in idle[-1]), f"{row}: feet are not on the frame's bottom row"
        assert top_row(step) == top_row(idle) + 1 and top_row(other) == top_row(idle) + 1


def test_the_shadow_hovers_through_its_walk_frames_and_casts_a_dithered_ground_shadow() -> None:
    for row in ROWS:
        tops = [top_row(frame("npc_shadow", row, col)) for col in range(COLUMNS)]
        assert tops == [1, 2, 1, 0, 1], f"{row}: hover bob is {tops}"
        ground = frame("npc_shadow", row, 0)[-1]
        dots = [x for x, p in enumerate(ground) if opaque(p)]
        assert dots and all(b - a == 2 for a, b in zip(dots, dots[1:], strict=False)), "ground shadow is not dithered"


def test_the_shadow_is_soft_edged_dark_and_has_two_pale_eyes_but_no_ink_outline() -> None:
    f = frame("npc_shadow", "down", 0)
    body = f[:15]
    assert rgb("ink") not in {p[:3] for line in body for p in line if opaque(p)}
    eyes = [(x, y) for y, line in enumerate(body) for x, p in enumerate(line) if opaque(p) and p[:3] == rgb("white")]
    assert len({x for x, _ in eyes}) == 2, "expected two pale eyes side by side"
    # translucency: the lower half of the figure has see-through holes inside its outline
    holes = 0
    for line in f[12:21]:
        xs = [x for x, p in enumerate(line) if opaque(p)]
        if xs:
            holes += sum(not opaque(line[x]) for x in range(xs[0], xs[-1] + 1))
    assert holes >= 10


def test_the_memory_figure_is_all_sepia_with_a_broken_outline_and_no_ink() -> None:
    sepia = {rgb(n) for n in ("sepia-1", "sepia-2", "sepia-3", "sepia-4", "parchment")}
    assert colours("npc_memory") <= sepia
    upper_body = frame("npc_memory", "down", 0)[:17]
    # a complete head and torso have no transparent pixel between their leftmost and rightmost pixel
    gaps = sum(
        1
        for line in upper_body
        for x in range(FRAME_W)
        if not opaque(line[x]) and any(opaque(p) for p in line[:x]) and any(opaque(p) for p in line[x + 1 :])
    )
    assert gaps >= 3, "the outline should be broken in places"


@pytest.mark.parametrize(
    ("who", "signature"),
    [
        ("npc_townsfolk_a", ["violet-2", "neon-magenta", "gold-1"]),  # SomniCo mask, brown coat
        ("npc_townsfolk_b", ["orange", "white"]),  # running top, earbuds and trainers
        ("npc_office_a", ["fog", "red-2", "cyan-2"]),  # shirt, tie, lanyard
        ("npc_office_b", ["steel-3", "steel-4", "gold-3"]),  # light grey suit, gold tie
        ("npc_student_a", ["red-1", "amber"]),  # maroon blazer, backpack
        ("npc_student_b", ["moss-2", "leaf-3", "white"]),  # green track jacket and stripes
        ("npc_nurse", ["teal-1", "cyan-2", "wood-3"]),  # scrubs and clipboard
        ("npc_somnico_host", ["white", "violet-2", "neon-magenta"]),  # white suit, glow trim
        ("npc_critic", ["night-1", "gold-2", "white"]),  # black, monocle and its glint
        ("npc_landlady", ["orange", "leaf-3", "pink-glow"]),  # gele, ankara dress, slippers
        ("npc_gallerist", ["steel-4", "red-2", "sepia-4"]),  # silver bob, red glasses, camel coat
        ("npc_reviewer", ["red-2", "steel-3", "white"]),  # copper cut, grey trench, notebook
        ("npc_lila_mum", ["gold-2", "sky-blue", "red-2"]),  # Lila's hair, blue cardigan, clip and mug
        ("npc_noor", ["neon-magenta", "pink-glow", "red-1", "leaf-4"]),  # headscarf, blazer, backpack
        ("npc_teacher", ["parchment", "gold-2", "red-2", "white"]),  # bun, waistcoat, lanyard and card
        ("npc_daniels_mother", ["steel-4", "skin-1", "gold-2"]),  # grey perm, mauve coat, handbag
    ],
)
def test_each_role_wears_its_colours(who: str, signature: list[str]) -> None:
    worn = colours(who)
    for name in signature:
        assert rgb(name) in worn, f"{who} lacks {name}"


def test_only_the_nurse_wears_teal_and_only_the_host_glows_magenta_in_a_white_suit() -> None:
    teal = rgb("teal-1")
    assert [who for who in PEOPLE if teal in colours(who)] == ["npc_nurse"]
    suit = {rgb("white"), rgb("neon-magenta")}
    assert [who for who in PEOPLE if suit <= colours(who)] == ["npc_somnico_host"]


def test_heights_vary_the_critic_is_tallest_and_student_a_is_shorter_than_adults() -> None:
    tops = {who: top_row(frame(who, "down", 0)) for who in WALKERS}
    assert tops["npc_critic"] == 0 and tops["npc_office_b"] == 0
    assert tops["npc_student_a"] >= tops["npc_townsfolk_a"] + 2
    assert len(set(tops.values())) >= 3


def test_no_two_people_share_a_look_nor_does_anyone_look_like_a_protagonist() -> None:
    looks = {who: frame(who, "down", 0) for who in PEOPLE}
    for hero in ("mara", "jonas", "lila", "roe"):
        if (ASSETS / "sprites" / f"{hero}.png").is_file():
            width, _, pixels = decode_rgba((ASSETS / "sprites" / f"{hero}.png").read_bytes())
            looks[hero] = [[pixels[y * width + x] for x in range(FRAME_W)] for y in range(FRAME_H)]
    names = sorted(looks)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            differ = sum(
                pa != pb for la, lb in zip(looks[a], looks[b], strict=True) for pa, pb in zip(la, lb, strict=True)
            )
            assert differ >= 60, f"{a} and {b} differ in only {differ} px"


@pytest.mark.parametrize("who", PEOPLE)
def test_the_built_sheet_matches_its_source(who: str) -> None:
    assert build_assets.stale_files(ROOT, who) == []
