"""The party in the world: a map with a party plays by the puzzle rules for the active
protagonist, swaps keep the others where they stand (holding plates), doors, triggers and
warps answer the active one, a reset restores only the puzzle stood in, and a save keeps
the whole puzzle state."""

from __future__ import annotations

import copy
import random
from dataclasses import replace

import pytest

from game.world.commands import Interact, Walk
from game.world.events import Stepped, Travel, Triggered
from game.world.geometry import Direction
from game.world.mapdata import MapData, MapObject
from game.world.puzzle.commands import Cycle, ResetPuzzle, SwapTo, ToggleFollow, ToggleLens
from game.world.puzzle.elements import Gate, Lever, Plate, Zone
from game.world.puzzle.events import GateChanged, Refused, ResetDone, Swapped
from game.world.puzzle.grid import parse_grid
from game.world.puzzle.runner import TURN_HOLD_STEPS
from game.world.puzzle.spec import PuzzleSpec, Section
from game.world.puzzle.weight import Weight
from game.world.world import World

ROOM = """
##########
#S...|..W#
#...H#####
#.L..#
######
"""
"""S: arrival; H: a heavy plate holding gate | open; W: a warp; L: a lever (blocking)."""


def build(party: tuple[str, ...] = ("mara", "roe")) -> World:
    data, marks = parse_grid(ROOM, "room")
    objects = [
        MapObject(1, "spawn", "start", marks["S"], {"facing": "right"}),
        MapObject(2, "warp", "", marks["W"], {"target_map": "elsewhere", "target_spawn": "in"}),
        MapObject(3, "trigger", "", (marks["H"][0],), {"knot": "room.plate", "on": "enter", "once": True}),
    ]
    data = MapData.build("room", data.width, data.height, solid=data.solid, objects=objects, terrain=data.terrain)
    everything = frozenset((x, y) for x in range(1, 5) for y in range(1, 4))
    spec = PuzzleSpec(
        party=party,
        elements=(
            Plate(10, marks["H"], Weight.HEAVY),
            Gate(11, marks["|"], (10,)),
            Lever(12, marks["L"][0]),
            Zone(13, ((6, 1),)),
        ),
        sections=(Section("hall", everything, marks["S"][0], 10, Direction.RIGHT, "object 20 (hall)"),),
    )
    return World(replace(data, puzzle=spec), "start", random.Random(1))


def walk(world: World, direction: Direction, cells: int = 1) -> list[object]:
    """Hold a direction until the active protagonist has walked `cells` cells."""
    seen: list[object] = []
    for _ in range(cells):
        start = world.player.cell
        for _ in range(TURN_HOLD_STEPS):  # a turn first, if she faced elsewhere
            seen += world.step([Walk(direction)])
            if world.player.moving:
                break
        for _ in range(60):
            if not world.player.moving:
                break
            seen += world.step()
        if world.player.cell == start:
            break
    return seen


def tap(world: World, direction: Direction) -> None:
    """A short tap of a direction: the active protagonist turns (or, facing it, steps)."""
    world.step([Walk(direction)])
    world.step()


def to_plate(world: World) -> list[object]:
    """The active protagonist walks along the top row, then down onto the plate at (4, 2)."""
    events: list[object] = []
    for _ in range(8):
        if world.player.cell == (4, 2):
            break
        x, y = world.player.cell
        direction = Direction.UP if y > 1 and x != 4 else Direction.RIGHT if x < 4 else Direction.DOWN
        events += walk(world, direction)
    assert world.player.cell == (4, 2)
    return events


def test_the_party_arrives_around_the_spawn_and_the_first_is_active() -> None:
    world = build()
    assert world.puzzle is not None
    positions = world.puzzle.positions()
    assert positions["mara"] == (1, 1) and positions["roe"] in {(2, 1), (1, 2)}
    assert world.player is world.puzzle.party.member("mara").actor
    assert [a.name for a in world.actors] == ["mara", "roe"]


def test_swapping_changes_who_walks_and_the_idle_one_keeps_holding_the_plate() -> None:
    world = build()
    assert world.puzzle is not None
    events = world.step([SwapTo("roe")])
    assert any(isinstance(e, Swapped) for e in events) and world.player.name == "roe"
    # Roe walks onto the heavy plate (4, 2): the gate opens.
    to_plate(world)
    world.step()
    assert world.puzzle.gates[11]
    world.step([Cycle(1)])
    assert world.player.name == "mara" and world.puzzle.gates[11], "the gate stays open while Roe holds the plate"


def test_the_active_one_fires_triggers_and_warps() -> None:
    world = build(("roe", "mara"))
    world.step([SwapTo("roe")])
    events: list[object] = []
    events += to_plate(world)
    assert any(isinstance(e, Triggered) and e.knot == "room.plate" for e in events)
    world.step([SwapTo("mara")])
    events = []
    for _ in range(12):
        events += walk(world, Direction.UP if world.player.cell[1] > 1 else Direction.RIGHT)
        if any(isinstance(e, Travel) for e in events):
            break
    assert any(isinstance(e, Travel) and e.link.target_map == "elsewhere" for e in events)


def test_interacting_with_a_lever_flips_it_and_elsewhere_reaches_the_story() -> None:
    world = build()
    assert world.puzzle is not None
    walk(world, Direction.DOWN)
    walk(world, Direction.RIGHT)
    tap(world, Direction.DOWN)
    assert world.player.cell == (2, 2) and world.player.facing is Direction.DOWN
    world.step([Interact()])
    assert world.puzzle.levers[12], "Mara at (2, 2) faced the lever at (2, 3)"


def test_only_maras_lens_is_a_lens_and_refusals_name_a_reason() -> None:
    world = build()
    world.step([SwapTo("roe")])
    events = world.step([ToggleLens()])
    assert any(isinstance(e, Refused) and e.reason == "not_ability" for e in events)


def test_reset_restores_the_puzzle_stood_in_and_refuses_outside_any() -> None:
    world = build()
    assert world.puzzle is not None
    world.step([SwapTo("roe")])
    to_plate(world)
    world.step()
    assert world.puzzle.gates[11]
    events = world.step([ResetPuzzle()])
    assert any(isinstance(e, ResetDone) and e.puzzle == "hall" for e in events)
    assert any(isinstance(e, GateChanged) and not e.open for e in events)
    assert world.puzzle.positions()["roe"] != (4, 2)
    # Beyond the gate there is no puzzle to reset.
    world.puzzle.party.member("mara").actor.place((7, 1), Direction.RIGHT)
    world.step([SwapTo("mara")])
    events = world.step([ResetPuzzle()])
    assert any(isinstance(e, Refused) and e.reason == "no_puzzle" for e in events)


def test_follow_brings_the_others_along() -> None:
    world = build()
    assert world.puzzle is not None
    world.step([ToggleFollow()])
    walk(world, Direction.DOWN, 2)
    roe = world.puzzle.party.member("roe")
    assert abs(roe.cell[0] - world.player.cell[0]) + abs(roe.cell[1] - world.player.cell[1]) == 1


def test_a_saved_puzzle_state_comes_back_exactly_and_a_damaged_one_is_reported() -> None:
    world = build()
    assert world.puzzle is not None
    world.step([SwapTo("roe")])
    walk(world, Direction.DOWN)
    world.step([SwapTo("mara")])
    walk(world, Direction.RIGHT, 2)
    saved = world.save_state()
    again = World.resume(world.map, saved, (1, 1), Direction.DOWN, random.Random(1))
    assert again.puzzle.snapshot() == world.puzzle.snapshot()
    assert again.player.name == "mara" and again.player.cell == world.player.cell
    broken = copy.deepcopy(saved)
    broken["maps"]["room"]["puzzle"]["members"] = "nonsense"
    with pytest.raises(ValueError, match=r"playthrough\.maps\['room'\]\.puzzle\.members should be a list"):
        World.resume(world.map, broken, (1, 1), Direction.DOWN, random.Random(1))


def test_a_save_made_where_there_is_no_room_around_the_player_for_the_others_comes_back() -> None:
    # Mara has gone through the gate Roe holds open, into the two cells beyond it: a party
    # arriving there would not fit, but a save puts each of them back where they stood.
    world = build(("mara", "jonas", "lila", "roe"))
    assert world.puzzle is not None
    stood = (
        ("mara", (7, 1), Direction.RIGHT),
        ("jonas", (1, 1), Direction.DOWN),
        ("lila", (1, 2), Direction.DOWN),
        ("roe", (4, 2), Direction.DOWN),
    )
    world.puzzle.restore(replace(world.puzzle.snapshot(), members=stood, gates=((11, True),)))
    again = World.resume(world.map, world.save_state(), (7, 1), Direction.RIGHT, random.Random(1))
    assert again.puzzle.snapshot() == world.puzzle.snapshot()
    assert again.player.name == "mara" and again.player.cell == (7, 1)


def test_a_map_without_a_party_keeps_one_player_and_no_puzzle() -> None:
    data, marks = parse_grid(ROOM, "plain")
    data = MapData.build(
        "plain", data.width, data.height, solid=data.solid, objects=[MapObject(1, "spawn", "start", marks["S"], {})]
    )
    world = World(data, "start", random.Random(1))
    assert world.party_puzzle is None and world.actors == [world.player]
    assert world.puzzle.party.names == ("mara",), "played by the playthrough's protagonist, by the same rules"
    assert any(isinstance(e, Stepped) for e in walk(world, Direction.RIGHT))


CORRIDOR = """
##########
#S.T..W..#
##########
"""
"""S: arrival; T: a trigger; W: a warp; an NPC stands where the test puts it."""


def corridor(npc_at: tuple[int, int] | None = None) -> World:
    data, marks = parse_grid(CORRIDOR, "corridor")
    objects = [
        MapObject(1, "spawn", "start", marks["S"], {"facing": "right"}),
        MapObject(2, "trigger", "", marks["T"], {"knot": "corridor.t", "on": "enter", "once": True}),
        MapObject(3, "warp", "", marks["W"], {"target_map": "elsewhere", "target_spawn": "in"}),
    ]
    if npc_at is not None:
        objects.append(MapObject(4, "npc", "someone", (npc_at,), {"character": "npc_nurse", "knot": "x.y"}))
    data = MapData.build("corridor", data.width, data.height, solid=data.solid, objects=objects, terrain=data.terrain)
    return World(replace(data, puzzle=PuzzleSpec(party=("mara",))), "start", random.Random(1))


def hold(world: World, direction: Direction, steps: int) -> list[object]:
    seen: list[object] = []
    for _ in range(steps):
        seen += world.step([Walk(direction)])
        if any(isinstance(e, Triggered | Travel) for e in seen):
            break
    return seen


def test_holding_a_direction_stops_on_a_trigger_and_fires_it_there() -> None:
    world = corridor()
    events = hold(world, Direction.RIGHT, 200)
    fired = [e for e in events if isinstance(e, Triggered)]
    assert fired and world.player.cell == (3, 1) and not world.player.moving
    events = hold(world, Direction.RIGHT, 200)
    travel = [e for e in events if isinstance(e, Travel)]
    assert travel and world.player.cell == (6, 1) and not world.player.moving, "the warp leads on from its own cell"


def test_a_held_walk_never_passes_through_a_character() -> None:
    world = corridor(npc_at=(2, 1))
    world.step([Walk(Direction.RIGHT)])
    for _ in range(120):
        world.step([Walk(Direction.RIGHT)])
    assert world.player.cell == (1, 1)


def test_an_arrival_saved_before_its_story_ran_runs_it_after_loading() -> None:
    data, marks = parse_grid(CORRIDOR, "corridor")
    objects = [
        MapObject(1, "spawn", "start", marks["S"], {}),
        MapObject(2, "trigger", "", marks["T"], {"knot": "corridor.hello", "on": "arrive", "once": True}),
    ]
    data = MapData.build("corridor", data.width, data.height, solid=data.solid, objects=objects)
    world = World(data, "start", random.Random(1))
    saved = world.save_state()  # the autosave on arrival, before the first step
    again = World.resume(data, saved, (1, 1), Direction.DOWN, random.Random(1))
    assert [e.knot for e in again.step() if isinstance(e, Triggered)] == ["corridor.hello"]


def test_a_puzzle_state_from_another_version_of_the_map_is_refused_whole() -> None:
    world = build()
    assert world.puzzle is not None
    saved = world.save_state()
    puzzle = saved["maps"]["room"]["puzzle"]
    for broken in (
        {**puzzle, "levers": []},
        {**puzzle, "members": [["mara", [0, 0], "down"], ["roe", [2, 1], "down"]]},
        {**puzzle, "active": "jonas"},
    ):
        state = copy.deepcopy(saved)
        state["maps"]["room"]["puzzle"] = broken
        with pytest.raises(ValueError, match=r"playthrough\.maps\['room'\]\.puzzle"):
            World.resume(world.map, state, (1, 1), Direction.DOWN, random.Random(1))


def test_a_reset_leaves_the_blocks_of_other_puzzles_where_they_are() -> None:
    from game.world.puzzle.elements import Block
    from game.world.puzzle.puzzle import Puzzle

    data, marks = parse_grid("""
    ##########
    #R.B.|.J.#
    ##########
    """)
    left = frozenset((x, 1) for x in range(1, 5))
    right = frozenset((x, 1) for x in range(5, 9))
    spec = PuzzleSpec(
        party=("jonas", "roe"),
        elements=(Block(1, marks["B"][0]), Zone(2, ((4, 1),)), Zone(3, ((8, 1),))),
        sections=(Section("left", left, (1, 1), 2), Section("right", right, (6, 1), 3)),
    )
    puzzle = Puzzle.for_map(data, spec, (1, 1), Direction.RIGHT)
    puzzle.party.member("jonas").actor.place((7, 1), Direction.LEFT)
    puzzle.blocks[1] = (6, 1)  # Roe pushed the left puzzle's block over the border
    puzzle.reset_section(spec.sections[1])
    assert puzzle.blocks[1] == (6, 1), "the block belongs to the puzzle it started in"
    puzzle.reset_section(spec.sections[0])
    assert puzzle.blocks[1] == (3, 1)


def test_each_puzzle_on_a_map_reports_the_moment_it_is_solved() -> None:
    from game.world.puzzle.events import Solved

    world = build()
    world.step([SwapTo("roe")])
    events = to_plate(world) + world.step()
    assert [e.puzzle for e in events if isinstance(e, Solved)] == ["hall"]


def test_the_prompt_offers_the_lever_only_while_it_is_faced() -> None:
    world = build()
    assert world.player.cell == (1, 1)
    walk(world, Direction.DOWN, 2)
    assert world.player.cell == (1, 3)
    assert world.prompt() is None  # facing down, at the wall
    tap(world, Direction.RIGHT)
    assert world.player.facing is Direction.RIGHT
    assert world.prompt() == "Pull the lever"
