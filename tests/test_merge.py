"""The Merge (chapter 6): the hub between the four fear wings, the wings themselves, their
confrontations and the campfires, checked as content: the maps, the puzzles' shape and the
story's branches. The solver's proofs of every puzzle are in test_validate_solve.py and the
play-throughs in tests/routes/."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from game.content.tiled import load_map
from game.story.runtime import Line, Story
from game.world.geometry import Cell
from game.world.mapdata import MapData
from game.world.puzzle.abilities import neighbours
from game.world.puzzle.puzzle import Puzzle
from game.world.puzzle.solver import replay, solve
from game.world.puzzle.spec import PuzzleSpec, Section

from .conftest import MAPS_DIR, ROOT

WHO = ("mara", "jonas", "lila", "roe")
STORY = ROOT / "assets" / "story" / "main.json"
BONDS = ("bond_mara_jonas", "bond_mara_lila", "bond_mara_roe", "bond_jonas_lila", "bond_jonas_roe", "bond_lila_roe")


@cache
def loaded(name: str) -> MapData:
    return load_map(str(MAPS_DIR / f"{name}.tmx")).data


def spec_of(name: str) -> PuzzleSpec:
    spec = loaded(name).puzzle
    assert spec is not None, f"{name} is not played by a party"
    return spec


def wing_maps(who: str) -> list[str]:
    return [f"wing_{who}_1", f"wing_{who}_2"]


# -- the hub -------------------------------------------------------------------------------------
def test_the_hub_has_four_doors_one_per_wing_and_only_mara_s_opens_before_her_wing_is_done() -> None:
    hub = loaded("chaos_hub")
    doors = {obj.name: obj for obj, _ in hub.doors.values()}
    assert set(doors) == {f"door_{who}" for who in WHO}
    for who in WHO:
        door = doors[f"door_{who}"]
        assert door.properties["target_map"] == f"wing_{who}_1"
        assert door.properties["target_spawn"] == "from_hub"
        assert f"from_wing_{who}" in hub.spawns, "coming back from a wing arrives in front of its door"
        sealed = door.properties.get("condition", "")
        assert sealed == ("" if who == "mara" else "wing_mara_done")
    seals = {npc.name: npc.properties.get("condition") for npc in hub.npcs}
    assert seals == {f"seal_{who}": "not wing_mara_done" for who in WHO if who != "mara"}


def test_the_hub_s_campfire_speaks_after_every_wing_and_seats_all_four() -> None:
    hub = loaded("chaos_hub")
    fires = [t for t in hub.arrival_triggers if t.properties.get("knot") == "hub.campfire"]
    assert len(fires) == 1
    assert fires[0].properties.get("once") is False
    assert fires[0].properties.get("condition") == "wings_done > fires"
    assert {f"seat_{who}" for who in WHO} <= set(hub.spawns)


def test_the_chamber_now_leads_to_the_hub_and_the_chapter_s_steps_follow_the_wings() -> None:
    import json

    chamber = (ROOT / "assets" / "story" / "chamber.ink").read_text(encoding="utf-8")
    assert "# warp: chaos_hub from_chamber" in chamber
    steps = json.loads((ROOT / "assets" / "story" / "chapters.json").read_text(encoding="utf-8"))["merge"]["steps"]
    dones = [step["done"] for step in steps]
    assert "wing_mara_done" in dones and "wings_done >= 4" in dones and "fires >= 4" in dones


# -- the wings -----------------------------------------------------------------------------------
@pytest.mark.parametrize("who", WHO)
def test_each_wing_is_two_maps_for_the_whole_party_in_its_own_mixture_of_dreams(who: str) -> None:
    mixtures = []
    for name in wing_maps(who):
        assert spec_of(name).party == WHO, f"{name}: all four walk every wing"
        root = ET.parse(MAPS_DIR / f"{name}.tmx").getroot()
        mixtures.append({Path(t.get("source", "")).stem for t in root.iter("tileset")})
    used = set().union(*mixtures)
    assert f"dream_{who}" in used and "chaos" in used, used
    assert len(used & {f"dream_{w}" for w in WHO}) >= 2, f"{who}'s wing stitches two dreams together: {used}"


@pytest.mark.parametrize("who", WHO)
def test_each_wing_has_four_puzzles_that_need_swapping_each_with_roe_s_hints(who: str) -> None:
    sections = [s for name in wing_maps(who) for s in spec_of(name).sections]
    assert len(sections) >= 4
    for section in sections:
        assert len(section.party) >= 2, f"{section.label}: a wing's puzzle names at least two of the four"
        assert section.hints, f"{section.label}: every puzzle has hints"


def test_the_merge_adds_at_least_sixteen_puzzles_and_no_two_share_a_name() -> None:
    names = [s.name for who in WHO for name in wing_maps(who) for s in spec_of(name).sections]
    assert len(names) >= 16
    assert len(set(names)) == len(names)


def final_puzzle(who: str) -> tuple[MapData, PuzzleSpec, Section]:
    """The wing's last puzzle: the last one its second map lists."""
    name = f"wing_{who}_2"
    return loaded(name), spec_of(name), spec_of(name).sections[-1]


@pytest.mark.parametrize("who", WHO)
def test_each_wing_s_last_puzzle_cannot_be_solved_by_its_owner_alone(who: str) -> None:
    data, spec, section = final_puzzle(who)
    assert who in section.party and len(section.party) >= 2
    alone = Puzzle.of_section(data, spec, section, [who])
    found = solve(alone, max_states=60_000)
    assert not found.solved and found.exhausted, f"{section.label}: {who} alone must not be able to solve it"


# -- the story's branches ---------------------------------------------------------------------------
def story_at(path: str, given: dict[str, object]) -> Story:
    story = Story.load(STORY)
    story.bind("play_sfx", lambda name: None)
    story.bind("begin_chapter", lambda name: None)
    for name, value in given.items():
        story.set(name, value)  # type: ignore[arg-type]
    story.start(path)
    return story


def endings(path: str, given: dict[str, object], limit: int = 400) -> Iterator[tuple[list[str], list[Line], Story]]:
    """Every way through the knot at `path`: the choices taken, the lines read, the story at its end."""
    pending: list[tuple[list[int], list[str]]] = [([], [])]
    while pending:
        picks, said = pending.pop()
        story = story_at(path, given)
        lines: list[Line] = []
        taken: list[str] = []
        for pick in picks:
            while (line := story.step()) is not None:
                lines.append(line)
            taken.append(story.choices[pick].text)
            story.choose(pick)
        while (line := story.step()) is not None:
            lines.append(line)
        if story.choices:
            pending.extend(([*picks, c.index], said) for c in story.choices)
            limit -= 1
            assert limit > 0, f"{path}: too many branches to walk"
            continue
        yield taken, lines, story


@pytest.mark.parametrize("who", WHO)
def test_each_confrontation_moves_its_owner_s_tether_by_honesty_and_returns_to_the_hub(who: str) -> None:
    tether = "tether_mara" if who == "mara" else f"tether_{who}"
    outcomes = set()
    for taken, lines, story in endings(f"wing_{who}.confront", {tether: 0}):
        assert story.get(f"wing_{who}_done") is True, taken
        assert story.get("last_wing") == who
        assert story.get("wings_done") == 1
        honest = story.get(f"honest_{who}")
        assert story.get(tether) == (2 if honest else -1), (taken, story.get(tether))
        outcomes.add(honest)
        warps = [d for line in lines for d in line.raw_tags if d.replace(" ", "").startswith("warp:")]
        assert warps and warps[-1].split(":", 1)[1].split() == ["chaos_hub", f"from_wing_{who}"], (taken, warps)
    assert outcomes == {True, False}, f"{who}: the player can answer honestly or deflect"


@pytest.mark.parametrize("who", WHO)
def test_each_campfire_s_choices_move_different_bonds_never_all_alike(who: str) -> None:
    given: dict[str, object] = {"last_wing": who, "wings_done": 2, "fires": 1, f"wing_{who}_done": True}
    if who != "mara":
        given["wing_mara_done"] = True
    changes = set()
    for taken, _, story in endings("hub.campfire", given):
        assert story.get("fires") == 2
        delta = tuple(int(story.get(b)) for b in BONDS)  # type: ignore[call-overload]
        assert any(delta), f"{who}: {taken} moves no bond"
        assert len(set(delta)) > 1, f"{who}: {taken} moves every bond alike"
        changes.add(delta)
    assert len(changes) >= 6, f"{who}: whom to sit with and what to share should matter: {changes}"


# -- nobody is left behind -------------------------------------------------------------------------
def solved_map(name: str) -> Puzzle:
    """The whole map as the party finds it once every puzzle on it is solved the solver's way:
    each puzzle's levers, junctions and blocks as its shortest plan leaves them."""
    data, spec = loaded(name), spec_of(name)
    arrival = next(s for n, s in data.spawns.items() if n in ("from_hub", "from_1"))
    whole = Puzzle.for_map(data, spec, arrival.cell, arrival.facing)
    for section in spec.sections:
        alone = Puzzle.of_section(data, spec, section, section.meant_for(spec))
        found = solve(alone, max_states=60_000)
        assert found.solved, section.label
        end = replay(alone, found.plan)[-1]
        whole.levers.update(dict(end.levers))
        whole.rotations.update(dict(end.rotations))
        whole.blocks.update(dict(end.blocks))
    whole.party.lens_on = True  # Mara walks with them, her lens on where the floor is hidden
    whole.tick(0)
    return whole


def reach(puzzle: Puzzle, name: str, start: Cell) -> set[Cell]:
    """Where `name` can walk from `start` with the other three beside them all the way (the
    follow command): Lila's light and Roe's calm go with them; blocks, closed gates, gaps
    without a plank and vents (but for Lila) stop them."""
    member = puzzle.party.member(name)
    blocks = set(puzzle.blocks.values())
    seen, frontier = {start}, [start]
    while frontier:
        cell = frontier.pop()
        for near in neighbours(cell):
            if near in seen or near in blocks or not puzzle.board.map.in_bounds(near):
                continue
            if puzzle.refusal(member, near, {n: near for n in WHO}) is None:
                seen.add(near)
                frontier.append(near)
    return seen


@pytest.mark.parametrize("name", [f"wing_{who}_{n}" for who in WHO for n in (1, 2)])
def test_once_a_wing_map_s_puzzles_are_solved_all_four_can_walk_every_way_out(name: str) -> None:
    """A puzzle's last lever opens the way for the whole party: nobody needed later is left
    behind a gate, a gap or a vent once the room is done."""
    data = loaded(name)
    puzzle = solved_map(name)
    arrival = next(s for n, s in data.spawns.items() if n in ("from_hub", "from_1"))
    exits = [
        *data.doors,
        *data.warps,
        *(
            c
            for c, triggers in data.triggers.items()
            for t in triggers
            if str(t.properties.get("knot", "")).endswith(".confront")
        ),
    ]
    assert exits
    for who in WHO:
        walked = reach(puzzle, who, arrival.cell)
        for cell in exits:
            beside = {cell, *neighbours(cell)}
            assert walked & beside, f"{name}: {who} cannot reach the way out at {cell} once its puzzles are solved"
