"""The assist option changes exactly the rules it names, each on its own, and only when on:
sketches that do not fade with time (a gaze still dissolves them), a forgiving dark, a
faster walk; a world keeps the option from map to map."""

from __future__ import annotations

import random

from game.world.commands import Walk
from game.world.geometry import Direction
from game.world.mapdata import MapData, MapObject
from game.world.puzzle import abilities as ab
from game.world.puzzle.assist import FAST_WALK_FACTOR, OFF, Assist
from game.world.puzzle.elements import Gaze
from game.world.world import World
from tests.test_puzzle_rules import act, cell_of, go, make, refused

D = Direction
LIFE = ab.steps_for(ab.SKETCH_LIFE_S)
OPEN = "#######\n#J....#\n#.....#\n#######"


def test_with_lasting_sketches_a_sketch_outlives_its_time_and_without_it_fades() -> None:
    for assist, kept in ((OFF, False), (Assist(lasting_sketches=True), True)):
        puzzle, _ = make(OPEN, ("jonas",))
        puzzle.party.assist = assist
        act(puzzle, "jonas", D.RIGHT, "crate")
        puzzle.tick(10 * LIFE)
        assert bool(puzzle.sketches) is kept


def test_lasting_sketches_still_dissolve_under_a_gaze() -> None:
    puzzle, _ = make(OPEN, ("jonas",), lambda m: [Gaze(1, ((2, 1),))])
    puzzle.party.assist = Assist(lasting_sketches=True)
    act(puzzle, "jonas", D.RIGHT, "crate")
    assert not puzzle.sketches


def test_a_forgiving_dark_keeps_lilas_light_wide_when_she_is_alone_and_a_tile_wider() -> None:
    alone = {"lila": (5, 5), "roe": (1, 5)}
    assert not ab.is_lit((7, 5), alone)
    assert ab.is_lit((7, 5), alone, forgiving=True) and ab.is_lit((9, 5), alone, forgiving=True)
    assert not ab.is_lit((10, 5), alone, forgiving=True)
    for assist, forgiven in ((OFF, False), (Assist(forgiving_dark=True), True)):
        puzzle, _ = make("##########\n#RL.dddd.#\n##########", ("lila", "roe"))
        puzzle.party.assist = assist
        events = go(puzzle, "lila", D.RIGHT, D.RIGHT, D.RIGHT, D.RIGHT, D.RIGHT, D.RIGHT)  # away from Roe
        assert (cell_of(puzzle, "lila") == (8, 1)) is forgiven, "alone she goes on into the dark only if forgiven"
        assert refused(events, "alone") is not forgiven
        if forgiven:  # and her wider light reaches back to Roe
            go(puzzle, "roe", D.RIGHT, D.RIGHT, D.RIGHT)
            assert cell_of(puzzle, "roe") == (4, 1)


def test_a_fast_walk_is_faster_for_everyone_and_nothing_else_changes() -> None:
    puzzle, _ = make(OPEN.replace("#.....#\n###", "#R....#\n###"), ("jonas", "roe"))
    slow = {m.name: puzzle.party.speed_of(m) for m in puzzle.party}
    puzzle.party.assist = Assist(fast_walk=True)
    fast = {m.name: puzzle.party.speed_of(m) for m in puzzle.party}
    assert fast == {name: speed * FAST_WALK_FACTOR for name, speed in slow.items()}


def two_rooms() -> tuple[MapData, MapData]:
    room = MapData.build(
        "a",
        6,
        3,
        objects=[
            MapObject(1, "spawn", "start", ((1, 1),), {"facing": "right"}),
            MapObject(2, "warp", "on", ((4, 1),), {"target_map": "b", "target_spawn": "in"}),
        ],
    )
    other = MapData.build("b", 4, 3, objects=[MapObject(1, "spawn", "in", ((1, 1),), {"facing": "right"})])
    return room, other


def steps_to_walk_a_tile(world: World) -> int:
    start = world.player.cell
    for n in range(1, 100):
        world.step([Walk(Direction.RIGHT)] if n == 1 else [])
        if not world.player.moving and world.player.cell != start:
            return n
    raise AssertionError("she never arrived")


def test_a_world_walks_faster_with_the_option_and_keeps_it_on_the_next_map() -> None:
    room, other = two_rooms()
    plain = World(room, "start", random.Random(1))
    helped = World(room, "start", random.Random(1))
    helped.assist = Assist(fast_walk=True)
    assert steps_to_walk_a_tile(helped) < steps_to_walk_a_tile(plain)
    helped.enter_map(other, "in")
    assert helped.assist == Assist(fast_walk=True) and helped.puzzle.party.assist == helped.assist


def test_the_accessibility_settings_reach_the_world_at_once(tmp_path) -> None:
    import pygame

    from game.scenes.explore import ExploreScene
    from game.tools.route import Runner
    from tests.conftest import start_game

    app = start_game(tmp_path, "--map", "halcyon_office", "--spawn", "from_street")
    try:
        Runner(app).run(1, ["read"])
        assert isinstance(app.services.scenes.top, ExploreScene)
        scene = app.services.scenes.find(ExploreScene)
        assert scene is not None and scene.world.assist == OFF
        app.services.settings.assist_fast_walk = True
        app.services.settings.assist_forgiving_dark = True
        app.frame(None)
        assert scene.world.assist == Assist(forgiving_dark=True, fast_walk=True)
    finally:
        pygame.quit()
