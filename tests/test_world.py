"""World rules, without pygame: movement, collision, doors, warps, interaction, determinism."""

from __future__ import annotations

import random

import pytest

from game.world import STEP_S
from game.world.actor import WALK_SPEED_TILES_PER_S
from game.world.commands import Interact, Walk
from game.world.events import Bumped, Inspected, Locked, Stepped, Talked, Travel, Triggered
from game.world.geometry import Direction
from game.world.mapdata import MapData, MapObject
from game.world.puzzle.runner import TURN_HOLD_STEPS
from game.world.world import World

STEPS_PER_TILE = round(1 / (WALK_SPEED_TILES_PER_S * STEP_S))


def room(**extra: list[MapObject]) -> MapData:
    """A 6x5 room: a wall cell at (3, 1), a door at (5, 2), a warp at (0, 4)."""
    objects = [
        MapObject(1, "spawn", "start", ((1, 1),), {"facing": "right"}),
        MapObject(2, "door", "exit", ((5, 2),), {"target_map": "hall", "target_spawn": "in"}),
        MapObject(3, "warp", "stairs", ((0, 4),), {"target_map": "street", "target_spawn": "top"}),
        MapObject(4, "inspect", "plant", ((1, 0),), {"text": "A plant."}),
        MapObject(5, "solid", "", ((4, 4),)),
        *extra.get("objects", []),
    ]
    return MapData.build("room", 6, 5, title="Room", solid={(3, 1)}, objects=objects)


def walk(world: World, direction: Direction, steps: int) -> list[object]:
    events: list[object] = []
    for _ in range(steps):
        events += world.step([Walk(direction)])
    return events


def test_player_starts_on_the_spawn_facing_its_direction(rng: random.Random) -> None:
    world = World(room(), "start", rng)
    assert world.player.cell == (1, 1)
    assert world.player.facing is Direction.RIGHT


def test_unknown_spawn_names_the_map_and_spawn(rng: random.Random) -> None:
    with pytest.raises(KeyError, match="'room' has no spawn 'nowhere'"):
        World(room(), "nowhere", rng)


def test_walking_one_tile_takes_a_quarter_second_and_interpolates(rng: random.Random) -> None:
    world = World(room(), "start", rng)
    world.player.place((1, 1), Direction.DOWN)
    world.step([Walk(Direction.DOWN)])
    assert world.player.cell == (1, 2)  # the target cell is claimed at once
    assert world.player.moving
    halfway = STEPS_PER_TILE // 2
    walk(world, Direction.DOWN, halfway - 1)
    x, y = world.player.position
    assert x == 1 and 1.4 < y < 1.6
    events = walk(world, Direction.DOWN, STEPS_PER_TILE - halfway)
    assert Stepped("mara", (1, 2)) in events


def test_releasing_the_direction_stops_on_the_next_cell_not_between_cells(rng: random.Random) -> None:
    world = World(room(), "start", rng)
    world.player.place((1, 1), Direction.DOWN)
    world.step([Walk(Direction.DOWN)])
    for _ in range(STEPS_PER_TILE * 3):
        world.step([])
    assert world.player.position == (1.0, 2.0)
    assert not world.player.moving


def test_holding_a_direction_walks_on_without_stopping(rng: random.Random) -> None:
    world = World(room(), "start", rng)
    world.player.place((1, 1), Direction.DOWN)
    walk(world, Direction.DOWN, STEPS_PER_TILE + 1)
    assert world.player.cell == (1, 3)
    assert world.player.moving


def test_solid_tiles_block_and_bump_once(rng: random.Random) -> None:
    world = World(room(), "start", rng)
    events = walk(world, Direction.RIGHT, STEPS_PER_TILE + 10)
    assert world.player.cell == (2, 1)
    assert events.count(Bumped((3, 1))) == 1
    assert world.player.facing is Direction.RIGHT


def test_solid_objects_and_map_edges_block(rng: random.Random) -> None:
    world = World(room(), "start", rng)
    walk(world, Direction.UP, STEPS_PER_TILE * 3)
    assert world.player.cell == (1, 0)  # the top edge of the map stops her
    assert room().is_blocked((4, 4))
    assert room().is_blocked((-1, 0)) and room().is_blocked((6, 0))


def test_walking_into_a_door_travels_to_its_target(rng: random.Random) -> None:
    world = World(room(), "start", rng)
    world.player.place((4, 2), Direction.RIGHT)
    events = world.step([Walk(Direction.RIGHT)])
    travel = [e for e in events if isinstance(e, Travel)]
    assert travel and travel[0].link.target_map == "hall" and travel[0].link.target_spawn == "in"
    assert world.player.cell == (4, 2)


def test_a_short_tap_of_a_new_direction_only_turns_the_player(rng: random.Random) -> None:
    world = World(room(), "start", rng)  # she starts facing right
    walk(world, Direction.DOWN, TURN_HOLD_STEPS - 1)
    for _ in range(STEPS_PER_TILE):
        world.step([])
    assert world.player.cell == (1, 1) and world.player.facing is Direction.DOWN


def test_holding_a_new_direction_turns_then_walks_after_a_moment(rng: random.Random) -> None:
    world = World(room(), "start", rng)
    walk(world, Direction.DOWN, TURN_HOLD_STEPS - 1)
    assert not world.player.moving
    walk(world, Direction.DOWN, 1)
    assert world.player.moving and world.player.cell == (1, 2)


def test_a_tap_towards_a_door_turns_to_it_and_does_not_open_it(rng: random.Random) -> None:
    world = World(room(), "start", rng)
    world.player.place((4, 2), Direction.DOWN)
    events = world.step([Walk(Direction.RIGHT)]) + world.step([])
    assert not any(isinstance(e, Travel) for e in events)
    assert world.player.facing is Direction.RIGHT
    assert [type(e) for e in world.step([Interact()])] == [Travel]


def test_turning_while_walking_on_does_not_pause(rng: random.Random) -> None:
    world = World(room(), "start", rng)
    world.player.place((1, 1), Direction.DOWN)
    walk(world, Direction.DOWN, STEPS_PER_TILE - 1)
    assert world.player.cell == (1, 2) and world.player.moving
    world.step([Walk(Direction.RIGHT)])  # she arrives on this step, and goes right at once
    assert world.player.cell == (2, 2) and world.player.moving


def test_interacting_with_a_faced_door_travels(rng: random.Random) -> None:
    world = World(room(), "start", rng)
    world.player.place((4, 2), Direction.RIGHT)
    assert [type(e) for e in world.step([Interact()])] == [Travel]


def test_stepping_onto_a_warp_travels_on_arrival(rng: random.Random) -> None:
    world = World(room(), "start", rng)
    world.player.place((0, 3), Direction.DOWN)
    events = walk(world, Direction.DOWN, STEPS_PER_TILE)
    assert any(isinstance(e, Travel) and e.link.target_map == "street" for e in events)


def test_interacting_with_a_faced_inspect_spot_shows_its_text(rng: random.Random) -> None:
    world = World(room(), "start", rng)
    world.player.place((1, 1), Direction.UP)
    assert world.step([Interact()]) == [Inspected(room().inspects[(1, 0)], "A plant.")]


def test_interacting_while_facing_nothing_does_nothing(rng: random.Random) -> None:
    world = World(room(), "start", rng)
    world.player.place((2, 3), Direction.DOWN)
    assert world.step([Interact()]) == []


def test_enter_map_places_the_player_at_the_spawn(rng: random.Random) -> None:
    world = World(room(), "start", rng)
    hall = MapData.build("hall", 4, 4, objects=[MapObject(1, "spawn", "in", ((2, 3),), {"facing": "up"})])
    world.enter_map(hall, "in")
    assert world.map is hall
    assert world.player.cell == (2, 3) and world.player.facing is Direction.UP


def test_the_same_commands_replay_to_the_same_state() -> None:
    plan = [random.Random(7).choice(list(Direction)) for _ in range(400)]

    def run() -> tuple[object, ...]:
        world = World(room(), "start", random.Random(99))
        trace = []
        for i, direction in enumerate(plan):
            events = world.step([Walk(direction)] if i % 3 else [Interact()])
            trace.append((world.player.cell, world.player.progress, world.player.facing, tuple(events)))
            if any(isinstance(e, Travel) for e in events):
                world.player.place((1, 1), Direction.DOWN)
        return tuple(trace)

    assert run() == run()


def test_gaps_vents_and_hidden_walkways_block_until_abilities_open_them_but_darkness_does_not() -> None:
    terrain = {
        (1, 2): frozenset({"gap"}),
        (2, 1): frozenset({"vent"}),
        (0, 1): frozenset({"hidden:trace"}),
        (1, 0): frozenset({"dark"}),
    }
    data = MapData.build("dream", 3, 3, objects=[MapObject(1, "spawn", "start", ((1, 1),))], terrain=terrain)
    assert data.is_blocked((1, 2)) and data.is_blocked((2, 1)) and data.is_blocked((0, 1))
    assert not data.is_blocked((1, 0))


def town(condition_holds: bool = True) -> World:
    """A 8x4 street: a nurse strolling from (5, 1) to (7, 1), a trigger at (2, 2), an
    arrival trigger, and a locked door at (0, 1)."""
    objects = [
        MapObject(1, "spawn", "start", ((1, 2),), {"facing": "right"}),
        MapObject(2, "npc", "nurse", ((5, 1),), {"character": "npc_nurse", "knot": "ward.nurse", "path": 9}),
        MapObject(9, "path", "", ((5, 1), (7, 1))),
        MapObject(3, "trigger", "puddle", ((2, 2),), {"knot": "street.puddle", "on": "enter", "once": True}),
        MapObject(4, "trigger", "hello", ((0, 0),), {"knot": "street.hello", "on": "arrive", "once": True}),
        MapObject(5, "door", "clinic", ((0, 1),), {"target_map": "ward", "target_spawn": "in", "condition": "open"}),
        MapObject(6, "trigger", "sign", ((1, 3),), {"knot": "street.sign", "on": "interact", "once": False}),
    ]
    data = MapData.build("street", 8, 4, objects=objects)
    return World(data, "start", random.Random(5), condition=lambda text: condition_holds)


def test_arrival_triggers_fire_on_the_first_step_and_only_once() -> None:
    world = town()
    first = world.step([])
    assert [e.knot for e in first if isinstance(e, Triggered)] == ["street.hello"]
    world.enter_map(world.map, "start")
    assert not any(isinstance(e, Triggered) for e in world.step([]))


def test_entering_a_trigger_fires_it_once_and_stops_the_walk() -> None:
    world = town()
    world.step([])
    events = walk(world, Direction.RIGHT, STEPS_PER_TILE)
    assert [e.knot for e in events if isinstance(e, Triggered)] == ["street.puddle"]
    assert world.player.cell == (2, 2) and not world.player.moving  # the scene takes over here
    walk(world, Direction.LEFT, STEPS_PER_TILE)
    assert not any(isinstance(e, Triggered) for e in walk(world, Direction.RIGHT, STEPS_PER_TILE))


def test_an_interact_trigger_fires_each_time_when_once_is_false() -> None:
    world = town()
    world.step([])
    world.player.place((1, 2), Direction.DOWN)
    assert [type(e) for e in world.step([Interact()])] == [Triggered]
    assert [type(e) for e in world.step([Interact()])] == [Triggered]


def test_a_door_whose_condition_fails_is_locked() -> None:
    world = town(condition_holds=False)
    world.step([])
    world.player.place((0, 2), Direction.UP)
    events = world.step([Interact()])
    assert [type(e) for e in events] == [Locked]
    assert [type(e) for e in town(condition_holds=True).step([])].count(Triggered) == 1


def test_talking_to_a_character_turns_it_to_face_the_player() -> None:
    world = town()
    world.step([])
    npc = world.npcs[0]
    world.player.place((5, 2), Direction.UP)
    npc.actor.place((5, 1), Direction.DOWN)
    npc.actor.facing = Direction.RIGHT
    events = world.step([Interact()])
    assert [e.knot for e in events if isinstance(e, Talked)] == ["ward.nurse"]
    assert npc.actor.facing is Direction.DOWN


def test_characters_block_the_way_and_stroll_their_path_deterministically() -> None:
    def trace() -> list[tuple[int, int]]:
        world = town()
        cells = []
        for _ in range(900):
            world.step([])
            cells.append(world.npcs[0].actor.cell)
        return cells

    cells = trace()
    assert set(cells) <= {(5, 1), (6, 1), (7, 1)} and (7, 1) in cells
    assert cells.index((7, 1)) < len(cells) - 1 - cells[::-1].index((5, 1)), "it walks back again"
    assert cells == trace()
    world = town()
    world.player.place((4, 1), Direction.RIGHT)
    assert world.is_blocked((5, 1))


# -- the interact prompt ---------------------------------------------------------------------------
def test_the_prompt_names_what_interact_would_do_and_nothing_else(rng: random.Random) -> None:
    desk = MapObject(6, "trigger", "desk", ((2, 2),), {"knot": "office.desk", "on": "interact", "once": True})
    world = World(room(objects=[desk]), "start", rng)
    world.player.place((1, 1), Direction.UP)
    assert world.prompt() == "Look"  # the plant, with no prompt of its own
    world.player.place((1, 1), Direction.DOWN)
    assert world.prompt() is None  # the floor
    world.player.place((4, 2), Direction.RIGHT)
    assert world.prompt() == "Open"
    world.player.place((2, 1), Direction.DOWN)
    assert world.prompt() == "Use"
    events = world.step([Interact()])
    assert [type(e) for e in events] == [Triggered]
    assert world.prompt() is None, "a once-only trigger that has spoken offers nothing more"


def test_an_object_s_own_prompt_is_shown_and_interact_answers_the_same_object(rng: random.Random) -> None:
    pod = MapObject(6, "inspect", "pod", ((2, 2),), {"knot": "flat.pod", "prompt": "Your pod"})
    world = World(room(objects=[pod]), "start", rng)
    world.player.place((2, 1), Direction.DOWN)
    assert world.prompt() == "Your pod"
    assert world.interaction() is pod
    [event] = world.step([Interact()])
    assert isinstance(event, Inspected) and event.knot == "flat.pod"


def test_a_marker_stays_over_an_object_while_interact_would_use_it(rng: random.Random) -> None:
    desk = MapObject(6, "trigger", "desk", ((2, 2),), {"knot": "office.desk", "on": "interact", "marker": True})
    plain = MapObject(7, "inspect", "lamp", ((4, 3),), {"text": "A lamp."})
    hidden = MapObject(8, "inspect", "note", ((4, 1),), {"text": "A note.", "marker": True, "condition": "found"})
    world = World(room(objects=[desk, plain, hidden]), "start", rng, condition=lambda text: False)
    assert world.marked() == [desk], "only marked objects that are present"
    world.player.place((2, 1), Direction.DOWN)
    world.step([Interact()])
    assert world.marked() == [], "a once-only trigger that has spoken loses its marker"
