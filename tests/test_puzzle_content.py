"""Puzzles made in Tiled: a map's `party` property and puzzle objects load into a
`PuzzleSpec` the puzzle logic plays, and every wiring mistake is a clear message naming the
map and the object (one broken fixture per message)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from game.content.problems import ContentError
from game.content.schema import MAP_PROPS, OBJECT_TYPES, PUZZLE_TYPES
from game.content.tiled import load_map
from game.content.validate import validate
from game.tools.tiled_project import object_types_xml, outputs, project_json
from game.world.geometry import Direction
from game.world.paths import distances
from game.world.puzzle.elements import AllOf, AnyOf, Block, Crowd, Gate, Gaze, Junction, Lever, Plate, Zone
from game.world.puzzle.puzzle import Puzzle
from game.world.puzzle.solver import solve
from game.world.puzzle.weight import Weight

from .conftest import FIXTURES, MAPS_DIR

GOOD = FIXTURES / "maps"
PARTY_ROOM = str(GOOD / "party_room.tmx")
BROKEN = FIXTURES / "broken" / "puzzle"


@pytest.fixture(scope="module")
def room():
    return load_map(PARTY_ROOM).data


def test_a_party_map_lists_its_protagonists_in_party_order(room) -> None:
    assert room.puzzle is not None and room.puzzle.party == ("mara", "jonas", "lila", "roe")


def test_a_map_without_a_party_has_no_puzzle() -> None:
    assert load_map(str(GOOD / "room.tmx")).data.puzzle is None


def test_elements_are_built_from_objects_by_their_tiled_ids(room) -> None:
    by_id = {e.id: e for e in room.puzzle.elements}
    assert by_id[10] == Plate(10, ((6, 1),), Weight.HEAVY)
    assert by_id[11] == Lever(11, (8, 3), False)
    assert by_id[12] == AnyOf(12, (10, 11))
    assert by_id[13] == Gate(13, ((4, 2),), (12,))
    assert by_id[17] == AllOf(17, (10, 11))
    assert by_id[18] == Zone(18, ((10, 1), (11, 1)), 2, ("mara", "roe"))
    assert by_id[19] == Block(19, (7, 2), Weight.HEAVY)
    assert by_id[20] == Crowd(20, ((10, 6), (11, 6)), 3)
    assert by_id[21] == Gaze(21, ((5, 6), (6, 6)))
    assert [e.id for e in room.puzzle.elements] == sorted(by_id)


def test_a_junction_keeps_an_unset_output_between_set_ones_as_a_dead_wire(room) -> None:
    junction = next(e for e in room.puzzle.elements if isinstance(e, Junction))
    assert junction == Junction(14, (6, 3), (11,), (15, 0, 16), 2)


def test_a_gate_fed_only_by_a_junction_needs_no_input_of_its_own(room) -> None:
    by_id = {e.id: e for e in room.puzzle.elements}
    assert by_id[16] == Gate(16, ((8, 1),), ())
    assert by_id[15] == Gate(15, ((9, 2),), (14,))


def test_object_references_arrive_as_plain_ids(room) -> None:
    gate = next(o for o in room.objects if o.id == 13)
    assert gate.properties["input"] == 12 and isinstance(gate.properties["input"], int)


def test_templates_give_puzzle_objects_their_type_and_defaults(room) -> None:
    lever = next(o for o in room.objects if o.name == "lever")
    block = next(o for o in room.objects if o.name == "block")
    assert (lever.kind, lever.properties["on"], lever.cells) == ("lever", False, ((8, 3),))
    assert (block.kind, block.properties["weight"]) == ("block", "heavy")


def test_puzzle_rectangles_become_sections_with_their_entry_spawns(room) -> None:
    first, second = room.puzzle.sections
    assert (first.name, first.solved_by, first.entry, first.entry_facing) == ("first", 15, (5, 2), Direction.RIGHT)
    assert first.area == frozenset((x, y) for x in range(4, 10) for y in range(1, 4))
    assert first.label == "object 22 (first)"
    assert (second.name, second.solved_by, second.entry) == ("second", 18, (10, 2))
    assert room.puzzle.section_at((11, 3)) is second and room.puzzle.section_at((2, 2)) is None


def test_the_loaded_puzzle_plays_map_wide_and_section_by_section(room) -> None:
    arrive = room.spawn("arrive")
    whole = Puzzle.for_map(room, room.puzzle, arrive.cell, arrive.facing)
    assert whole.positions()["mara"] == arrive.cell and len(whole.positions()) == 4
    second = room.puzzle.sections[1]
    assert solve(Puzzle.of_section(room, room.puzzle, second, ("mara", "roe"))).solved
    assert not solve(Puzzle.of_section(room, room.puzzle, second, ("lila", "roe"))).solved  # who = mara, roe


def test_the_fixture_party_room_is_valid() -> None:
    assert validate([PARTY_ROOM], str(GOOD)) == []


def test_reachability_on_a_party_map_lets_abilities_open_gaps(room) -> None:
    """The note lies past a gap: walking alone never gets there, a plank does, so the
    validator (which passed above) must not call it unreachable."""
    note = next(o for o in room.objects if o.name == "note")
    walked = distances(room, room.spawn("arrive").cell)
    assert room.is_blocked((1, 6)) and note.cells[0] not in walked


EXPECTED = {
    "block_too_big": "object 9 (block): is a block and must cover exactly one cell; it covers 2",
    "cell_drawn_only_on_trace": "map: 1 cell(s) have no tile in any layer: (3, 2) (the 'trace' layer shows only "
    "with Mara's lens; it does not count)",
    "element_without_party": "object 9 (plate): is a plate, but the map has no 'party' property",
    "gate_reads_unwired_junction": "object 12 (gate): reads object 9 (junction), which never outputs to it",
    "gate_without_input": "object 9 (gate): needs property 'input' set to a plate, lever",
    "junction_rotation_out_of_range": "object 9 (junction): start_rotation is 3, but it has outputs 0 to 0",
    "junction_rotation_reserved": "object 9 (junction): property 'rotation' uses a reserved name; rename it (a "
    "junction's starting output is start_rotation)",
    "junction_to_non_consumer": "object 9 (junction): property 'output1' links to object 11 (plate), a plate; "
    "it must link to a gate, all_of or any_of",
    "lever_too_big": "object 9 (lever): is a lever and must cover exactly one cell; it covers 2",
    "lever_walled_off": "object 9 (lever): cannot be reached by walking from any spawn",
    "link_to_missing_object": "object 9 (gate): property 'input' links to object 42, which is not on the map",
    "link_to_wrong_kind": "object 9 (gate): property 'input' links to object 1 (start), a spawn; it must link to",
    "party_does_not_fit_at_spawn": "object 1 (start): the party (mara, jonas) cannot start here: no room near (1, 1)",
    "puzzle_entry_not_a_spawn": "object 10 (room): property 'entry' links to object 9 (plate), a plate; it must "
    "link to a spawn",
    "puzzle_entry_outside": "object 10 (room): its entry object 1 (start) lies outside its area",
    "puzzle_entry_too_small": "object 10 (nook): cannot be played on its own with the party (mara, jonas): no room",
    "puzzle_solved_by_a_block": "object 10 (room): property 'solved_by' links to object 9 (block), a block",
    "puzzle_solved_outside": "object 10 (room): its solved_by object 9 (plate) is not inside its area",
    "puzzle_without_name": "object 10: is a puzzle without a name",
    "puzzles_overlap": "object 12 (east): overlaps object 10 (west) (at cell (3, 1)",
    "puzzles_share_a_name": "object 12 (room): has the same name as object 10 (room)",
    "signal_loop": "object 9 (first): wiring: signal loop between elements [object 9 (first), object 10 (second)]",
    "unknown_party_member": "map: property 'party' names bob; known: mara, jonas, lila, roe",
    "unknown_zone_member": "object 9 (goal): property 'who' names ghost",
    "zone_count_too_high": "object 9 (goal): count is 3, but 2 of the party can stand in it (mara, jonas)",
}


def test_every_broken_puzzle_fixture_has_an_expected_message() -> None:
    assert {p.stem for p in BROKEN.glob("*.tmx")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_broken_puzzle_map_gets_exactly_its_one_clear_message(name: str) -> None:
    problems = validate([str(BROKEN / f"{name}.tmx")], str(GOOD))
    assert len(problems) == 1, [str(p) for p in problems]
    text = str(problems[0])
    assert text.split(": ")[0].endswith(f"{name}.tmx")
    assert EXPECTED[name] in text


def test_a_signal_loop_is_a_content_error_not_a_traceback() -> None:
    with pytest.raises(ContentError) as caught:
        load_map(str(BROKEN / "signal_loop.tmx"), maps_dir=str(GOOD))  # its tileset lives in the fixture maps
    assert "signal loop" in str(caught.value)


def test_the_schema_declares_every_puzzle_type_and_the_party_property() -> None:
    assert set(PUZZLE_TYPES) == {
        "plate",
        "gate",
        "lever",
        "junction",
        "all_of",
        "any_of",
        "zone",
        "block",
        "crowd",
        "gaze",
        "memory",
        "voice",
        "puzzle",
    }
    assert all(OBJECT_TYPES[name] is spec for name, spec in PUZZLE_TYPES.items())
    assert MAP_PROPS["party"].default == ""
    assert {OBJECT_TYPES["all_of"].shape, OBJECT_TYPES["any_of"].shape} == {"point"}


def test_every_object_type_has_its_own_colour_in_tiled() -> None:
    colours = [spec.color.lower() for spec in OBJECT_TYPES.values()]
    assert len(set(colours)) == len(colours)


def test_no_puzzle_property_uses_a_name_pytmx_reserves() -> None:
    from game.content.schema import RESERVED_NAMES

    assert not {name for spec in PUZZLE_TYPES.values() for name in spec.props} & RESERVED_NAMES


def test_the_generated_templates_project_and_object_types_cover_the_puzzle_types() -> None:
    files = outputs(str(MAPS_DIR))
    for name, spec in PUZZLE_TYPES.items():
        template = ET.fromstring(files[str(MAPS_DIR / "templates" / f"{name}.tx")]).find("object")
        assert template is not None and template.get("type") == name
        size = (template.get("width"), template.get("height"))
        assert size == ((None, None) if spec.shape == "point" else ("16", "16"))
        assert f'name="{name}"' in object_types_xml() and f'"name": "{name}"' in project_json()


def test_object_references_are_object_typed_in_templates() -> None:
    template = ET.parse(MAPS_DIR / "templates" / "gate.tx").getroot()
    types = {p.get("name"): p.get("type") for p in template.iter("property")}
    assert types == {"input": "object", "input2": "object", "input3": "object"}


def test_a_crowd_names_its_sprite_sheet_and_a_misspelt_one_is_reported() -> None:
    from dataclasses import replace

    from game.content.references import reference_problems
    from game.content.tiled import ASSETS_DIR

    path = str(MAPS_DIR / "dream_roe_2.tmx")
    data = load_map(path).data
    assert data.puzzle is not None
    crowds = [e for e in data.puzzle.elements if isinstance(e, Crowd)]
    assert crowds and {c.character for c in crowds} == {"npc_memory"}, "Roe's memories, not Jonas's critics"
    misspelt = tuple(
        replace(o, properties={**o.properties, "character": "npc_memroy"}) if o.kind == "crowd" else o
        for o in data.objects
    )
    said = [p.message for p in reference_problems(path, replace(data, objects=misspelt), None, ASSETS_DIR)]
    assert any("npc_memroy" in m and "did you mean 'npc_memory'" in m for m in said), said


def test_a_block_may_look_like_a_tile_of_its_map_and_a_misspelt_look_is_reported() -> None:
    from dataclasses import replace

    from game.content.tiled import look_problems, tile_kinds

    path = str(MAPS_DIR / "dream_roe_1.tmx")
    loaded = load_map(path)
    data = loaded.data
    assert data.puzzle is not None
    looks = {e.look for e in data.puzzle.elements if isinstance(e, Block)}
    assert looks == {"filing_cabinet"} and "filing_cabinet" in tile_kinds(loaded.tiled), "Roe's cabinets"
    assert look_problems(path, data, loaded.tiled) == []
    misspelt = tuple(
        replace(o, properties={**o.properties, "look": "filing_cabnet"}) if o.kind == "block" else o
        for o in data.objects
    )
    said = [p.message for p in look_problems(path, replace(data, objects=misspelt), loaded.tiled)]
    assert said and "did you mean 'filing_cabinet'" in said[0]
