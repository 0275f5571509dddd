"""Every route in tests/routes plays from a new game and holds; a broken expectation fails
with the file and line. A route played from the title by keys alone (its first step is
new_game) is recorded, and its replay ends where the route did."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.app import main
from game.tools.route import run_route
from game.tools.route_party import Plans

ROUTES = sorted((Path(__file__).parent / "routes").glob("*.route"))


@pytest.fixture(autouse=True)
def _quit_pygame():
    yield
    pygame.quit()


def test_there_are_routes_for_each_morning_choice() -> None:
    names = {p.stem for p in ROUTES}
    assert {"morning_office", "morning_pod"} <= names


def from_the_title(route: Path) -> bool:
    """Whether the route's first step is new_game (no setup): all its play is keys."""
    for line in route.read_text(encoding="utf-8").splitlines():
        words = line.split("#")[0].split()
        if words:
            return words == ["new_game"]
    return False


@pytest.fixture(scope="module")
def plans() -> Plans:
    """The solver's plans, shared by the routes as `python -m game.tools.route` shares them."""
    return {}


@pytest.mark.parametrize("route", ROUTES, ids=lambda p: p.stem)
def test_route_plays_through(route: Path, tmp_path: Path, capsys, plans: Plans) -> None:
    said: list[str] = []
    replay = tmp_path / f"{route.stem}.replay" if from_the_title(route) else None
    assert run_route(str(route), said.append, record=str(replay) if replay else None, plans=plans), "\n".join(said)
    assert not any("FAIL" in line for line in said)
    if replay is not None:
        steps = said[-1].split("done after ")[1].split()[0]
        pygame.quit()
        assert main(["--replay", str(replay), "--fast"]) == 0
        assert capsys.readouterr().out.strip().endswith(f"{steps} steps: it ended as recorded")


def test_the_whole_game_s_routes_are_replayed() -> None:
    assert {"morning_office", "morning_pod"} <= {route.stem for route in ROUTES if from_the_title(route)}


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
