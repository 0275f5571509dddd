"""The four protagonists' sheets: size, layout, walk cycle, ability pose, and who reads as whom."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.art.palette import load_palette
from game.art.png import decode_rgba
from game.art.sheet import parse_sheet
from game.tools import build_assets

ROOT = Path(__file__).resolve().parents[1]
ASSETS = ROOT / "assets"
PROTAGONISTS = ("mara", "jonas", "lila", "roe")
FRAME_W, FRAME_H = 16, 24
COLUMNS = 6  # 0 idle, 1-4 walk, 5 ability
ROWS = ("down", "up", "left", "right")
IDLE, STEP_A, PASS_A, STEP_B, PASS_B, ABILITY = range(COLUMNS)

Pixel = tuple[int, int, int, int]
Frame = list[list[Pixel]]


def rgb(name: str) -> tuple[int, int, int]:
    return load_palette(ASSETS / "palette.gpl").rgb(name)


def frames(name: str) -> dict[str, list[Frame]]:
    """Every frame of a built sheet, by row name, as rows of RGBA pixels."""
    width, height, pixels = decode_rgba((ASSETS / "sprites" / f"{name}.png").read_bytes())
    assert (width, height) == (FRAME_W * COLUMNS, FRAME_H * len(ROWS))
    return {
        row: [
            [[pixels[(r * FRAME_H + y) * width + c * FRAME_W + x] for x in range(FRAME_W)] for y in range(FRAME_H)]
            for c in range(COLUMNS)
        ]
        for r, row in enumerate(ROWS)
    }


def opaque(frame: Frame) -> set[tuple[int, int]]:
    return {(x, y) for y, line in enumerate(frame) for x, p in enumerate(line) if p[3]}


def top_row(frame: Frame) -> int:
    return min(y for _, y in opaque(frame))


def count(frame: Frame, colour: str) -> int:
    want = rgb(colour)
    return sum(1 for line in frame for p in line if p[3] and p[:3] == want)


def columns_of(frame: Frame, colour: str) -> list[int]:
    want = rgb(colour)
    return [x for line in frame for x, p in enumerate(line) if p[3] and p[:3] == want]


@pytest.mark.parametrize("name", PROTAGONISTS)
def test_built_sheet_matches_its_source(name: str) -> None:
    assert build_assets.stale_files(ROOT, name) == []


@pytest.mark.parametrize("name", PROTAGONISTS)
def test_sheet_is_6_columns_by_down_up_left_right_of_16x24(name: str) -> None:
    source = ASSETS / "src" / "sprites" / f"{name}.txt"
    sheet = parse_sheet(source.read_text(encoding="utf-8"), str(source))
    assert (sheet.frame_w, sheet.frame_h) == (FRAME_W, FRAME_H)
    assert [row for row, _ in sheet.rows] == list(ROWS)
    for row, cells in sheet.rows:
        assert isinstance(cells, str) or len(cells) == COLUMNS, f"{name} row {row}"
    assert len(frames(name)["down"]) == COLUMNS


@pytest.mark.parametrize("name", PROTAGONISTS)
def test_every_pixel_is_a_palette_colour_or_transparent(name: str) -> None:
    palette = load_palette(ASSETS / "palette.gpl").rgb_set()
    _, _, pixels = decode_rgba((ASSETS / "sprites" / f"{name}.png").read_bytes())
    assert {p[3] for p in pixels} <= {0, 255}
    assert {p[:3] for p in pixels if p[3]} <= palette


@pytest.mark.parametrize("name", PROTAGONISTS)
def test_every_frame_is_a_figure_standing_on_the_bottom_row_with_clear_corners(name: str) -> None:
    for row, row_frames in frames(name).items():
        for col, frame in enumerate(row_frames):
            filled = opaque(frame)
            assert 80 < len(filled) < FRAME_W * FRAME_H - 80, f"{name} {row} {col} is empty or solid"
            assert any(y == FRAME_H - 1 for _, y in filled), f"{name} {row} {col} does not reach the floor"
            for corner in ((0, 0), (FRAME_W - 1, FRAME_H - 1)):
                assert corner not in filled, f"{name} {row} {col} fills corner {corner}"


@pytest.mark.parametrize("name", PROTAGONISTS)
def test_walk_cycle_is_step_pass_other_step_pass_with_a_one_pixel_bob(name: str) -> None:
    for row, f in frames(name).items():
        assert f[STEP_A] != f[IDLE] and f[STEP_B] != f[IDLE], f"{name} {row}: steps look like idle"
        assert f[STEP_A] != f[STEP_B], f"{name} {row}: both steps are the same leg"
        assert f[PASS_A] == f[PASS_B] == f[IDLE], f"{name} {row}: the passing frames are the standing pose"
        for step in (STEP_A, STEP_B):
            assert top_row(f[step]) == top_row(f[IDLE]) + 1, f"{name} {row}: no 1 px bob on step {step}"


@pytest.mark.parametrize("name", PROTAGONISTS)
def test_the_ability_pose_differs_from_idle_in_every_facing(name: str) -> None:
    for row, f in frames(name).items():
        changed = sum(1 for y in range(FRAME_H) for x in range(FRAME_W) if f[ABILITY][y][x] != f[IDLE][y][x])
        assert changed > 12, f"{name} {row}: ability pose is barely different from idle"


def test_maras_trace_raises_a_cyan_glow_above_where_she_holds_the_tablet() -> None:
    for row, f in frames("mara").items():
        glow = count(f[ABILITY], "cyan-glow") + count(f[ABILITY], "neon-cyan") + count(f[ABILITY], "cyan-2")
        idle = count(f[IDLE], "cyan-glow") + count(f[IDLE], "neon-cyan") + count(f[IDLE], "cyan-2")
        assert glow >= idle + 6, f"mara {row}: Trace does not glow"
        lit_rows = [y for y, line in enumerate(f[ABILITY]) for p in line if p[3] and p[:3] == rgb("cyan-glow")]
        idle_rows = [y for y, line in enumerate(f[IDLE]) for p in line if p[3] and p[:3] == rgb("cyan-glow")]
        if idle_rows:
            assert min(lit_rows) < min(idle_rows), f"mara {row}: the tablet is not raised"


def test_jonas_sketch_leaves_a_pale_line_in_the_air_beside_him() -> None:
    for row, f in frames("jonas").items():
        body = opaque(f[IDLE])
        pale = {rgb("white"), rgb("sky-blue")}
        trail = [(x, y) for y, line in enumerate(f[ABILITY]) for x, p in enumerate(line) if p[3] and p[:3] in pale]
        assert len([xy for xy in trail if xy not in body]) >= 4, f"jonas {row}: no pencil line in the air"
        assert count(f[ABILITY], "gold-3") >= 1, f"jonas {row}: no pencil in his hand"


def test_lilas_glow_holds_a_warm_light_in_front_of_her() -> None:
    for row in ("down", "left", "right"):
        f = frames("lila")[row]
        assert count(f[ABILITY], "lamp-glow") >= 4 and count(f[IDLE], "lamp-glow") == 0, f"lila {row}"
        assert count(f[ABILITY], "amber") >= 6, f"lila {row}: no dithered light edge"


def test_roe_anchors_with_the_cane_planted_in_front_of_her_centre() -> None:
    f = frames("roe")["down"]
    cane = rgb("wood-4")
    idle_cane = [x for y in range(12, FRAME_H) for x, p in enumerate(f[IDLE][y]) if p[3] and p[:3] == cane]
    anchor_cane = [x for y in range(12, FRAME_H) for x, p in enumerate(f[ABILITY][y]) if p[3] and p[:3] == cane]
    assert idle_cane and max(idle_cane) <= 3, "idle: the cane is at her right side"
    assert anchor_cane and all(6 <= x <= 9 for x in anchor_cane), "Anchor: the cane is before her centre"
    assert f[ABILITY][FRAME_H - 1][7][3] and f[ABILITY][FRAME_H - 1][8][3], "Anchor: the cane reaches the floor"


@pytest.mark.parametrize(("name", "held"), [("mara", "cyan-glow"), ("roe", "wood-4")])
def test_the_held_object_stays_in_her_right_hand_so_the_right_row_is_drawn_not_mirrored(name: str, held: str) -> None:
    f = frames(name)
    left, right = f["left"][IDLE], f["right"][IDLE]
    assert right != [list(reversed(line)) for line in left], f"{name}: right row is a plain mirror of left"
    # facing right, her right hand is the near one and reaches forward (to the right)
    assert min(columns_of(right, held)) >= FRAME_W // 2, f"{name}: {held} is not forward in her right hand"
    # light from the top-left: her lit side (the back, facing right) is on the left of the body
    lit = {"mara": "steel-2", "roe": "sage-3"}[name]
    assert sum(columns_of(right, lit)) / len(columns_of(right, lit)) < FRAME_W / 2, f"{name}: lit on the wrong side"


def test_lila_is_the_smallest_by_about_a_head_and_roe_the_tallest() -> None:
    tops = {name: top_row(frames(name)["down"][IDLE]) for name in PROTAGONISTS}
    assert all(tops["lila"] >= tops[other] + 3 for other in PROTAGONISTS if other != "lila"), tops
    assert all(tops["roe"] < tops[other] for other in PROTAGONISTS if other != "roe"), tops


def test_each_protagonist_has_their_own_silhouette_and_colours() -> None:
    idle = {name: frames(name)["down"][IDLE] for name in PROTAGONISTS}
    for i, a in enumerate(PROTAGONISTS):
        for b in PROTAGONISTS[i + 1 :]:
            assert len(opaque(idle[a]) ^ opaque(idle[b])) >= 20, f"{a} and {b} share a silhouette"
    signature = {"mara": "night-1", "jonas": "paint-blue", "lila": "violet-2", "roe": "sage-2"}
    for name, colour in signature.items():
        mine = count(idle[name], colour)
        assert mine >= 15, f"{name} lacks {colour}"
        assert all(count(idle[other], colour) < mine / 3 for other in PROTAGONISTS if other != name), name


@pytest.mark.parametrize("name", PROTAGONISTS)
def test_the_game_loads_the_sheet_with_its_ability_pose(name: str) -> None:
    pygame = pytest.importorskip("pygame")
    from game.render.sprites import CharacterSheet

    sheet = CharacterSheet.load(str(ASSETS / "sprites" / f"{name}.png"))
    assert sheet.has_ability_pose
    assert all(len(row) == COLUMNS for row in sheet.frames.values())
    assert all(f.get_size() == (FRAME_W, FRAME_H) for f in sum(sheet.frames.values(), []))
    assert isinstance(sheet.frames[next(iter(sheet.frames))][0], pygame.Surface)
