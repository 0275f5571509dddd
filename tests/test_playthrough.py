"""The playthrough: who is playing, every map kept as it was left (puzzles, triggers,
characters), a save of the whole of it, and cutscenes that walk by the player's rules."""

from __future__ import annotations

import copy
import json
import random
from dataclasses import replace

import pytest

from game.world.commands import Interact, ScriptFace, ScriptPlace, ScriptWalk, Walk
from game.world.events import ScriptEnded, Triggered
from game.world.geometry import Direction
from game.world.mapdata import MapData, MapObject
from game.world.playthrough import Playthrough
from game.world.puzzle.commands import SwapTo
from game.world.puzzle.elements import Gate, Lever, Plate
from game.world.puzzle.grid import parse_grid
from game.world.puzzle.runner import TURN_HOLD_STEPS
from game.world.puzzle.spec import PuzzleSpec, Section
from game.world.puzzle.weight import Weight
from game.world.script import PATIENCE_STEPS
from game.world.world import World

D = Direction

HUB = """
############
#D....#...L#
#.....|....#
#..P..#.l..#
############
"""
"""D: the door in (its spawn is beside it); P: a plate holding gate | open; two puzzles:
the west room (its plate) and the east room (lever L, and lever l that nothing reads)."""


def hub_map() -> MapData:
    data, marks = parse_grid(HUB, "hub")
    door = marks["D"][0]
    objects = [
        MapObject(1, "spawn", "in", ((door[0] + 1, door[1]),), {"facing": "right"}),
        MapObject(2, "door", "out", (door,), {"target_map": "yard", "target_spawn": "back"}),
        MapObject(3, "trigger", "hello", ((4, 1),), {"knot": "hub.hello", "on": "enter", "once": True}),
    ]
    data = MapData.build("hub", data.width, data.height, solid=data.solid | {door}, objects=objects)
    west = frozenset((x, y) for x in range(1, 6) for y in range(1, 4))
    east = frozenset((x, y) for x in range(7, 11) for y in range(1, 4))
    spec = PuzzleSpec(
        party=("mara", "roe"),
        elements=(
            Plate(10, marks["P"], Weight.MEDIUM),
            Gate(11, marks["|"], (10,)),
            Lever(12, marks["L"][0]),
            Lever(13, marks["l"][0]),
        ),
        sections=(
            Section("west", west, (2, 1), 10, D.RIGHT, "object 20 (west)"),
            Section("east", east, (7, 2), 12, D.RIGHT, "object 21 (east)"),
        ),
    )
    return replace(data, puzzle=spec)


def yard_map() -> MapData:
    data, marks = parse_grid(
        """
        #######
        #B...N#
        #######
        """,
        "yard",
    )
    objects = [
        MapObject(1, "spawn", "back", marks["B"], {"facing": "right"}),
        MapObject(2, "npc", "gardener", marks["N"], {"character": "npc_gardener", "facing": "left"}),
    ]
    return MapData.build("yard", data.width, data.height, solid=data.solid, objects=objects)


def hold(world: World, direction: Direction, cells: int = 1) -> list[object]:
    """Hold a direction (turning first if needed) until `cells` cells are walked."""
    seen: list[object] = []
    for _ in range(cells):
        for _ in range(TURN_HOLD_STEPS):
            seen += world.step([Walk(direction)])
            if world.player.moving:
                break
        while world.player.moving:
            seen += world.step()
    return seen


def tap(world: World, direction: Direction) -> None:
    world.step([Walk(direction)])
    world.step()


def test_a_map_without_a_party_is_played_by_the_playthroughs_protagonist() -> None:
    world = World(yard_map(), "back", random.Random(1), playthrough=Playthrough(protagonist="jonas"))
    assert world.player.name == "jonas" and world.party_puzzle is None
    world.play_as("lila")
    assert world.player.name == "lila" and world.player.cell == (1, 1)
    assert world.save_state()["protagonist"] == "lila"
    with pytest.raises(KeyError, match="no protagonist named 'tess'"):
        world.play_as("tess")


def test_leaving_a_party_map_and_coming_back_finds_its_puzzles_as_they_were_left() -> None:
    world = World(hub_map(), "in", random.Random(1))
    puzzle = world.puzzle
    hold(world, D.DOWN, 2)  # Mara (trading places with Roe) down to the plate's row...
    hold(world, D.RIGHT)  # ...and onto the plate: the gate opens
    assert world.player.cell == (3, 3) and puzzle.gates[11]
    world.step([SwapTo("roe")])
    hold(world, D.DOWN)
    hold(world, D.RIGHT, 8)  # Roe through the open gate, under the lever on the east wall
    tap(world, D.UP)
    world.step([Interact()])
    assert puzzle.levers[12], "Roe flipped the east lever"
    world.enter_map(yard_map(), "back")
    assert world.player.name == "roe" and world.playthrough.protagonist == "roe"
    world.enter_map(hub_map(), "in")
    assert world.puzzle is not puzzle
    assert world.puzzle.levers[12], "the lever stays as it was left"
    assert world.puzzle.signals[12] and not world.puzzle.gates[11], "nobody holds the plate now: the gate shut"
    assert {m.cell for m in world.puzzle.party} <= {(2, 1), (3, 1), (2, 2)}, "the party arrives at the door"
    assert world.player.name == "roe", "whoever was playing comes back in control"


def test_triggers_that_fired_stay_fired_after_leaving_and_coming_back() -> None:
    world = World(hub_map(), "in", random.Random(1))
    events = hold(world, D.RIGHT, 2)
    assert [e.knot for e in events if isinstance(e, Triggered)] == ["hub.hello"]
    world.enter_map(yard_map(), "back")
    world.enter_map(hub_map(), "in")
    hold(world, D.LEFT)
    assert not any(isinstance(e, Triggered) for e in hold(world, D.RIGHT, 2))


def test_characters_are_found_where_they_were_left() -> None:
    world = World(yard_map(), "back", random.Random(1))
    world.npcs[0].actor.place((3, 1), D.UP)  # as if it had strolled there
    world.enter_map(hub_map(), "in")
    world.enter_map(yard_map(), "back")
    assert world.npcs[0].actor.cell == (3, 1) and world.npcs[0].actor.facing is D.UP


def test_a_save_in_the_hub_with_two_puzzles_changed_loads_them_both_and_the_other_maps() -> None:
    world = World(yard_map(), "back", random.Random(1))
    world.npcs[0].actor.place((4, 1), D.LEFT)
    world.enter_map(hub_map(), "in")
    hold(world, D.DOWN, 2)
    hold(world, D.RIGHT)  # Mara holds the west plate: the west puzzle is solved, the gate open
    world.step([SwapTo("roe")])
    hold(world, D.DOWN)
    hold(world, D.RIGHT, 6)  # Roe through the gate, to stand above the east room's second lever
    tap(world, D.DOWN)
    world.step([Interact()])
    assert world.puzzle.levers[13] and world.puzzle.gates[11]
    saved = json.loads(json.dumps(world.save_state()))  # through JSON, as a save file
    loaded = World.resume(hub_map(), saved, world.player.cell, world.player.facing, random.Random(1))
    assert loaded.puzzle.snapshot() == world.puzzle.snapshot()
    assert loaded.player.name == "roe" and loaded.puzzle.party.member("mara").cell == (3, 3)
    assert loaded.puzzle.section_solved(hub_map().puzzle.sections[0])  # type: ignore[union-attr]
    loaded.enter_map(yard_map(), "back")
    assert loaded.npcs[0].actor.cell == (4, 1), "the yard's record came through the save too"


def test_a_save_whose_record_does_not_fit_the_map_is_refused_and_names_it() -> None:
    world = World(hub_map(), "in", random.Random(1))
    saved = copy.deepcopy(world.save_state())
    saved["maps"]["hub"]["puzzle"]["members"][0][1] = [0, 0]
    with pytest.raises(ValueError, match=r"playthrough\.maps\['hub'\]\.puzzle.*inside a wall"):
        World.resume(hub_map(), saved, (2, 1), D.RIGHT, random.Random(1))
    saved = copy.deepcopy(world.save_state())
    saved["protagonist"] = "tess"
    with pytest.raises(ValueError, match=r"playthrough\.protagonist"):
        World.resume(hub_map(), saved, (2, 1), D.RIGHT, random.Random(1))


# -- cutscenes ------------------------------------------------------------------------------------
def script_until_over(world: World, *commands: object, limit: int = 600) -> list[object]:
    events = world.step(list(commands))  # type: ignore[arg-type]
    for _ in range(limit):
        if not world.scripting():
            break
        events += world.step()
    return events


def test_a_cutscene_walks_a_character_through_a_gate_only_while_it_is_open() -> None:
    world = World(hub_map(), "in", random.Random(1))
    roe = world.puzzle.party.member("roe")
    events = script_until_over(world, ScriptWalk("roe", (9, 2)), limit=PATIENCE_STEPS + 200)
    assert ScriptEnded("roe", False) in events, "the gate is shut: the walk gives up"
    assert roe.cell[0] < 6, "and Roe never passed through the shut gate"
    hold(world, D.DOWN, 2)
    hold(world, D.RIGHT)  # Mara holds the plate: the gate opens
    events = script_until_over(world, ScriptWalk("roe", (9, 2)))
    assert ScriptEnded("roe", True) in events and roe.cell == (9, 2)


def test_a_scripted_walk_presses_plates_and_fires_triggers_like_a_step_of_the_player() -> None:
    world = World(hub_map(), "in", random.Random(1))
    events = script_until_over(world, ScriptWalk("player", (3, 3)))
    assert world.puzzle.gates[11], "the plate under Mara opened the gate"
    assert not any(isinstance(e, Triggered) for e in events), "(4, 1) was not on her way"
    events = script_until_over(world, ScriptWalk("mara", (4, 1)))
    assert [e.knot for e in events if isinstance(e, Triggered)] == ["hub.hello"]


def test_a_scripted_walk_with_no_way_ends_where_it_stands_and_never_jumps() -> None:
    world = World(yard_map(), "back", random.Random(1))
    events = script_until_over(world, ScriptWalk("gardener", (0, 0)), limit=PATIENCE_STEPS + 50)
    assert ScriptEnded("gardener", False) in events and world.npcs[0].actor.cell == (5, 1)
    events = script_until_over(world, ScriptWalk("nobody", (2, 1)))
    assert ScriptEnded("nobody", False) in events


def test_a_cutscene_turns_and_places_characters_but_never_into_a_wall() -> None:
    world = World(yard_map(), "back", random.Random(1))
    world.step([ScriptFace("gardener", D.UP), ScriptPlace("mara", (3, 1), D.LEFT)])
    assert world.npcs[0].actor.facing is D.UP
    assert world.player.cell == (3, 1) and world.player.facing is D.LEFT
    events = world.step([ScriptPlace("mara", (0, 0))])
    assert ScriptEnded("mara", False) in events and world.player.cell == (3, 1)


def test_a_characters_walk_waits_for_the_player_to_step_aside() -> None:
    world = World(yard_map(), "back", random.Random(1))
    world.player.place((4, 1), D.LEFT)
    world.step([ScriptWalk("gardener", (3, 1))])
    for _ in range(60):
        world.step()
    assert world.npcs[0].actor.cell == (5, 1) and world.scripting(), "Mara fills the corridor: it waits"
    hold(world, D.LEFT, 2)
    events = script_until_over(world)
    assert ScriptEnded("gardener", True) in events and world.npcs[0].actor.cell == (3, 1)
