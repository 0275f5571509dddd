"""Every route in tests/routes plays from a new game and holds; a broken expectation fails
with the file and line."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.tools.route import run_route

ROUTES = sorted((Path(__file__).parent / "routes").glob("*.route"))


@pytest.fixture(autouse=True)
def _quit_pygame():
    yield
    pygame.quit()


def test_there_are_routes_for_each_morning_choice() -> None:
    names = {p.stem for p in ROUTES}
    assert {"morning_office", "morning_pod"} <= names


@pytest.mark.parametrize("route", ROUTES, ids=lambda p: p.stem)
def test_route_plays_through(route: Path) -> None:
    said: list[str] = []
    assert run_route(str(route), said.append), "\n".join(said)
    assert not any("FAIL" in line for line in said)


def test_a_failed_expectation_names_its_file_and_line(tmp_path: Path) -> None:
    route = tmp_path / "wrong.route"
    route.write_text("new_game\nread\nexpect pod_hours == 5\n", encoding="utf-8")
    said: list[str] = []
    assert not run_route(str(route), said.append)
    assert said[-1].startswith(f"{route}:3: FAIL expect pod_hours == 5: expected pod_hours == 5 (pod_hours = 0)")


def test_party_steps_off_a_party_map_fail_clearly(tmp_path: Path) -> None:
    route = tmp_path / "swap.route"
    route.write_text("new_game\nread\nswap lila\n", encoding="utf-8")
    said: list[str] = []
    assert not run_route(str(route), said.append)
    assert "this map has no party" in said[-1]
