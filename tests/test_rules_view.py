"""The rules drawn where they apply: the goal of the puzzle the player stands in, where Roe
parts a crowd, the border of the dark, the cells from which Roe keeps a sketch."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.render.outlines import edges, within
from game.render.puzzle_view import AMBER, CYAN_GLOW, LAMP_GLOW, STEEL
from game.scenes.explore import ExploreScene
from game.tools.route import Runner
from game.world import TILE_PX
from game.world.puzzle.elements import Crowd, Junction, Lever, Zone

from .conftest import start_game


@pytest.fixture(autouse=True)
def _quit_pygame():
    yield
    pygame.quit()


def test_an_outline_runs_round_the_outside_of_a_set_of_cells() -> None:
    outline = edges({(0, 0), (1, 0)})
    assert len(outline) == 6  # top and bottom of both, the far left and the far right
    assert ((0, 0), (0, TILE_PX - 1)) in outline and ((2 * TILE_PX - 1, 0), (2 * TILE_PX - 1, TILE_PX - 1)) in outline


def test_within_reaches_by_steps_over_ground_only() -> None:
    near = within({(5, 5)}, 2, lambda cell: cell != (5, 6))
    assert (5, 7) in near and (5, 6) not in near and (7, 5) in near and (6, 7) not in near


def chamber(tmp_path: Path, spawn: str, *more: str) -> tuple[ExploreScene, pygame.Surface]:
    app = start_game(tmp_path)
    runner = Runner(app)
    for n, line in enumerate(["set merged true", f"start chaos_chamber {spawn}", "read", *more], start=1):
        runner.run(n, line.split())
    scene = app.services.scenes.find(ExploreScene)
    assert scene is not None
    surface = pygame.Surface((320, 180))
    scene.draw(surface)
    return scene, surface


def screen_pixel(scene: ExploreScene, surface: pygame.Surface, map_px: tuple[int, int]) -> tuple[int, int, int]:
    ox, oy = scene.view.screen_offset()
    colour = surface.get_at((ox + map_px[0], oy + map_px[1]))
    return colour.r, colour.g, colour.b


def test_the_goal_of_the_puzzle_at_hand_is_outlined_with_a_pip_per_protagonist_it_needs(tmp_path: Path) -> None:
    scene, surface = chamber(tmp_path, "first_entry")
    puzzle = scene.world.party_puzzle
    assert puzzle is not None
    section = puzzle.section_at(scene.world.player.cell)
    assert section is not None and section.name == "ledgers"
    goal = puzzle.board.circuit.by_id[section.solved_by]
    assert isinstance(goal, Zone) and goal.count == 2
    x, y = min(goal.cells, key=lambda c: (c[1], c[0]))
    dotted = next(px for px in range(x * TILE_PX, (x + 1) * TILE_PX) if (px // 3) % 2 == 0)
    assert screen_pixel(scene, surface, (dotted, y * TILE_PX)) in (LAMP_GLOW, AMBER)
    pips = [screen_pixel(scene, surface, (x * TILE_PX + 2 + 4 * n, y * TILE_PX + 2)) for n in range(2)]
    assert pips == [LAMP_GLOW, LAMP_GLOW]


def test_roe_in_control_sees_where_she_parts_the_crowd(tmp_path: Path) -> None:
    scene, surface = chamber(tmp_path, "second_entry")
    puzzle = scene.world.party_puzzle
    assert puzzle is not None
    crowd = next(e for e in puzzle.board.elements if isinstance(e, Crowd))
    view = scene.puzzle_view
    assert view is not None
    (x0, y0), _ = view.calm_edges[crowd.id][0]
    assert screen_pixel(scene, surface, (x0, y0)) != CYAN_GLOW, "only while Roe is in control"
    scene, surface = chamber(tmp_path / "roe", "second_entry", "swap roe")
    assert screen_pixel(scene, surface, (x0, y0)) == CYAN_GLOW


def test_the_border_of_the_dark_is_dotted(tmp_path: Path) -> None:
    scene, surface = chamber(tmp_path, "third_entry")
    view = scene.puzzle_view
    assert view is not None and view.dark_edges
    ox, oy = scene.view.screen_offset()
    on_screen = [
        (x0, y0)
        for (x0, y0), _ in view.dark_edges
        if 0 <= ox + x0 < 320 and 0 <= oy + y0 < 180 and (x0 // 2) % 2 == 0 and (y0 // 2) % 2 == 0
    ]
    assert on_screen
    assert any(screen_pixel(scene, surface, point) == STEEL for point in on_screen)


def test_with_the_lens_a_wire_is_live_only_where_a_signal_flows_along_it(tmp_path: Path) -> None:
    """The ledgers: the lever feeds the junction, which sends it to one of two gates. A run
    of wire is split where the drawn wire does not join, not merely where cells touch."""
    scene, _ = chamber(tmp_path, "first_entry")
    view, puzzle = scene.puzzle_view, scene.world.party_puzzle
    assert view is not None and puzzle is not None
    lever = next(e for e in puzzle.board.elements if isinstance(e, Lever))
    junction = next(e for e in puzzle.board.elements if isinstance(e, Junction))
    assert view.wires.live_cells() == set(), "the lever is off: every wire is dead"
    puzzle.levers[lever.id] = True
    puzzle.tick(0)
    live = view.wires.live_cells()
    assert lever.cell in live and junction.cell in live
    chosen, other = junction.outputs[puzzle.rotations[junction.id]], junction.outputs[1 - puzzle.rotations[junction.id]]
    runs = {touching: cells for cells, touching in view.wires.runs}
    to_chosen = next(cells for touching, cells in runs.items() if {junction.id, chosen} <= touching)
    to_other = next(cells for touching, cells in runs.items() if {junction.id, other} <= touching)
    assert to_chosen <= live and not to_other & live


def test_with_the_lens_the_wiring_lies_under_everyone_and_each_junction_points_where_it_sends(
    tmp_path: Path,
) -> None:
    scene, surface = chamber(tmp_path, "first_entry")
    view, puzzle = scene.puzzle_view, scene.world.party_puzzle
    assert view is not None and puzzle is not None
    assert scene.view.group.underlay == [], "the wiring shows only through the lens"
    puzzle.party.lens_on = True
    scene.draw(surface)
    assert len(scene.view.group.underlay) == len(view.trace_tiles)
    floor = min(layer for _, _, layer in scene.view.group.layered(scene.view.group.camera()))
    assert floor < scene.view.group.base_layer, "under the characters and the pieces"
    junction = next(e for e in puzzle.board.elements if isinstance(e, Junction))
    sides = set()
    for turn in range(len(junction.outputs)):
        puzzle.rotations[junction.id] = turn
        side = view.junction_side(junction)
        assert side is not None
        run = next(cells for cells, touching in view.wires.runs if {junction.id, junction.outputs[turn]} <= touching)
        assert side.step(junction.cell) in run
        sides.add(side)
    assert len(sides) == len(junction.outputs)
