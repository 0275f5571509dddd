"""Every route in tests/routes plays from a new game and holds; a broken expectation fails
with the file and line. A route played from the title by keys alone (its first step is
new_game) is recorded, and its replay ends where the route did."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

import game.recording
from game.app import main
from game.replay import Replay
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


SET_UP_AND_REPLAYED = ("first_room", "jonas_dream", "wing_roe")
"""Routes with a setup (`start`, `chapter`, `set`: not keys) recorded from where the game
first rests after it, and replayed: a sample map, a chapter with a load the keys do not
make, a fear wing's puzzles (each of the others replayed exactly when this was written)."""
CUT_AT_CHECKPOINTS = "morning_pod"
"""The whole-game route whose replay is played from each checkpoint to the next (the
other plays its replay file whole)."""
CHECKPOINT_EVERY_S = 20.0
"""Checkpoints in the middle of maps and puzzles too, not only at doors."""
EVERY_NTH_SEGMENT = 4
"""The segments played (each launches the game afresh; all of them, about 75, took 10 s
and replayed exactly when this was written)."""


@pytest.mark.parametrize("route", ROUTES, ids=lambda p: p.stem)
def test_route_plays_through(route: Path, tmp_path: Path, capsys, plans: Plans, monkeypatch) -> None:
    said: list[str] = []
    replayed = from_the_title(route) or route.stem in SET_UP_AND_REPLAYED
    replay = tmp_path / f"{route.stem}.replay" if replayed else None
    segments: list[Replay] | None = None
    if route.stem == CUT_AT_CHECKPOINTS:
        segments = []
        monkeypatch.setattr(game.recording, "CHECKPOINT_EVERY_S", CHECKPOINT_EVERY_S)
    record = str(replay) if replay else None
    assert run_route(str(route), said.append, record=record, plans=plans, segments=segments), "\n".join(said)
    assert not any("FAIL" in line for line in said)
    if segments is not None:
        assert replay is not None
        steps = int(said[-1].split("done after ")[1].split()[0])
        assert sum(segment.inputs.count for segment in segments) == steps and len(segments) > 70
        assert {segment.start.kind for segment in segments} == {"launch", "save"}
        for number, segment in enumerate(segments[::EVERY_NTH_SEGMENT]):
            replay.write_bytes(segment.to_bytes())
            pygame.quit()
            code = main(["--replay", str(replay), "--fast"])
            out = capsys.readouterr().out.strip()
            assert code == 0 and out.endswith("it ended as recorded"), f"checkpoint {number * EVERY_NTH_SEGMENT}: {out}"
    elif replay is not None and from_the_title(route):
        steps = int(said[-1].split("done after ")[1].split()[0])
        pygame.quit()
        assert main(["--replay", str(replay), "--fast"]) == 0
        assert capsys.readouterr().out.strip().endswith(f"{steps} steps: it ended as recorded")
    elif replay is not None:  # from where the game first rested after the route's setup
        recorded = Replay.read(str(replay))
        assert recorded.start.kind == "save" and 0 < recorded.inputs.count
        pygame.quit()
        assert main(["--replay", str(replay), "--fast"]) == 0
        out = capsys.readouterr().out.strip()
        assert out.endswith(f"{recorded.inputs.count} steps: it ended as recorded"), out


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
