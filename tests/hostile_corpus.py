"""The corpus of damaged and hand-edited settings files and saves the game must survive.

Each case is a name, the bytes of the file (settings), or a change to a real save made by
the game (saves), and what the player must be told. The tests in test_hostile_files.py
write each case where the game looks for it, start the real game headless and check the
message, that no traceback escapes, and that the original bytes are still on disk.

To look at the files themselves: `python -m tests.hostile_corpus OUT_DIR` writes every
settings case as OUT_DIR/settings/<case>.json (saves need a game to make them from, so
they are made by the tests).
"""

from __future__ import annotations

import base64
import copy
import json
import random
import struct
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal


@dataclass(frozen=True)
class SettingsCase:
    """A settings file and what the game says about it. `aside`: the file could not be read
    at all, so it is kept as settings.json.damaged; otherwise it stays where it was."""

    name: str
    data: bytes
    says: str
    aside: bool = False


def _json(value: Any) -> bytes:
    return json.dumps(value).encode("utf-8")


SETTINGS_CASES: tuple[SettingsCase, ...] = (
    # Files that cannot be read at all: reported, kept aside, defaults.
    SettingsCase("not_json", b"{scale: 3,", "not valid JSON", aside=True),
    SettingsCase("empty", b"", "not valid JSON", aside=True),
    SettingsCase("binary_garbage", bytes(random.Random(7).randrange(256) for _ in range(300)), "not a text file", True),
    SettingsCase("utf16", '{"scale": 2}'.encode("utf-16"), "not a text file", aside=True),
    SettingsCase("top_level_list", b"[1, 2, 3]", "the top level is list, not an object", aside=True),
    SettingsCase("deep_nesting", b"[" * 100_000 + b"]" * 100_000, "nested too deeply", aside=True),
    SettingsCase("too_big", b'{"pad": "' + b"x" * (2 * 1024 * 1024) + b'"}', "larger than", aside=True),
    # Values that are wrong one by one: each falls back to its default with a notice.
    SettingsCase("nan_scale", b'{"scale": NaN}', "scale should be a whole number, not NaN; using 3"),
    SettingsCase("infinite_volume", b'{"music_volume": Infinity}', "music_volume should be a number, not Infinity"),
    SettingsCase("huge_volume", b'{"sfx_volume": 1e308}', "sfx_volume 1e+308 is outside 0..1; using 0.8"),
    SettingsCase("long_number", b'{"scale": ' + b"9" * 5000 + b"}", "scale should be a whole number, not a 5000-digit"),
    SettingsCase("negative_scale", b'{"scale": -2}', "scale -2 is outside 1..8; using 3"),
    SettingsCase("fractional_scale", b'{"scale": 2.5}', "scale should be a whole number, not 2.5"),
    SettingsCase("scale_as_text", b'{"scale": "3"}', 'scale should be a whole number, not "3"'),
    SettingsCase("zero_text_speed", b'{"text_speed_chars_per_s": 0}', "text_speed_chars_per_s 0 is outside 5..1000"),
    SettingsCase("bool_as_text", b'{"fullscreen": "yes"}', 'fullscreen should be true or false, not "yes"'),
    SettingsCase("nested_value", b'{"reduce_flashes": [[[[true]]]]}', "reduce_flashes should be true or false, not list"),
    SettingsCase("misspelled_setting", b'{"musik_volume": 0.5}', "unknown setting 'musik_volume' ignored (did you mean music_volume?)"),
    SettingsCase("misspelled_key", _json({"keys": {"up": ["upp", "w"]}}), "keys.up: 'upp' is not a key name; dropped (did you mean 'up'?)"),
    SettingsCase("misspelled_button", _json({"pad": {"interact": ["A"]}}), "pad.interact: 'A' is not a controller button name; dropped (did you mean 'a'?)"),
    SettingsCase("no_usable_key", _json({"keys": {"interact": ["hyperspace"]}}), "keys.interact had no usable key; using the default"),
    SettingsCase("empty_key_list", _json({"keys": {"menu": []}}), "keys.menu had no usable key; using the default"),
    SettingsCase("unknown_action", _json({"keys": {"jump": ["space"]}}), 'keys: unknown action "jump" ignored'),
    SettingsCase("binding_not_a_list", _json({"keys": {"up": "w"}}), "keys.up should be a short list of names; using the default"),
    SettingsCase("bindings_not_an_object", _json({"pad": ["a"]}), "pad should map actions to lists of names, not list; using the defaults"),
    SettingsCase("empty_key_name", _json({"keys": {"cancel": ["", "x"]}}), "keys.cancel should be a short list of names"),
    SettingsCase("newer_version", _json({"version": 99, "scale": 2}), "written by a newer version of the game (99)"),
    SettingsCase("version_as_text", _json({"version": "one", "scale": 2}), 'version "one" is not a version'),
)  # fmt: skip


Base = Literal["flat", "chamber", "v1"]
SaveExpect = Literal["damaged", "truncated", "foreign", "newer", "refused", "loads"]
Change = Callable[[dict[str, Any]], None]


@dataclass(frozen=True)
class SaveCase:
    """A change to a real save. `base`: the save it starts from ("flat", Mara's flat, or
    "chamber", the chaos chamber with the whole party, both made by the game; "v1", the
    kept version 1 sample save in the chamber, tests/fixtures/saves/v1/merge_chamber.json). `expect`: the slot's status in the
    load menu ("damaged", "truncated", "foreign", "newer"), "refused" (the slot reads as a
    save but the game refuses to open it) or "loads". `says`: what the load menu tells."""

    name: str
    base: Base
    change: Change | None
    raw: Callable[[bytes], bytes] | None
    expect: SaveExpect
    says: str


def _set(path: str, value: Any) -> Change:
    """Set the value at a dotted path (`playthrough.maps['chaos_chamber'].puzzle.members.0.1`)."""

    def change(doc: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = doc
        for key in parents:
            node = node[int(key)] if isinstance(node, list) else node[key]
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value

    return change


def _drop(path: str) -> Change:
    def change(doc: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = doc
        for key in parents:
            node = node[key]
        del node[last]

    return change


def _chamber_puzzle(doc: dict[str, Any]) -> dict[str, Any]:
    puzzle: dict[str, Any] = doc["playthrough"]["maps"]["chaos_chamber"]["puzzle"]
    return puzzle


def _chamber_as_the_flat(doc: dict[str, Any]) -> None:
    """The chamber's record, puzzle and all, filed as Mara's flat and stood in."""
    doc["location"]["map"] = doc["playthrough"]["map"] = "mara_flat"
    doc["playthrough"]["maps"]["mara_flat"] = doc["playthrough"]["maps"].pop("chaos_chamber")


def _members_on_one_cell(doc: dict[str, Any]) -> None:
    members = _chamber_puzzle(doc)["members"]
    members[1][1] = list(members[0][1])


def _all_rotations(value: int) -> Change:
    def change(doc: dict[str, Any]) -> None:
        puzzle = _chamber_puzzle(doc)
        puzzle["rotations"] = [[i, value] for i, _ in puzzle["rotations"]]

    return change


def _sketches(*sketches: dict[str, Any]) -> Change:
    def change(doc: dict[str, Any]) -> None:
        puzzle = _chamber_puzzle(doc)
        puzzle["sketches"] = list(sketches)
        puzzle["next_sketch"] = max(s["id"] for s in sketches) + 1

    return change


def _thumbnail(make: Callable[[bytes], bytes]) -> Change:
    """Put `make(the picture the game saved)` in the save's place for its picture."""

    def change(doc: dict[str, Any]) -> None:
        doc["thumbnail_png"] = base64.b64encode(make(base64.b64decode(doc["thumbnail_png"]))).decode("ascii")

    return change


def _png(width: int, height: int) -> bytes:
    """A real, valid PNG of `width` x `height` black pixels (greyscale): a few kilobytes in
    the file, a great deal of memory once decoded."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    packer = zlib.compressobj(9)
    row = b"\x00" * (width + 1)  # each row: filter type 0, then the pixels
    pixels = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def _claims_size(width: int, height: int) -> Callable[[bytes], bytes]:
    """The picture with its header saying it is `width` x `height` (the data unchanged)."""
    return lambda png: png[:16] + struct.pack(">II", width, height) + png[24:]


def _edit(change: Change) -> SaveCaseArgs:
    return change, None


def _bytes(raw: Callable[[bytes], bytes]) -> SaveCaseArgs:
    return None, raw


SaveCaseArgs = tuple[Change | None, Callable[[bytes], bytes] | None]


def _case(name: str, base: Base, how: SaveCaseArgs, expect: SaveExpect, says: str) -> SaveCase:
    return SaveCase(name, base, how[0], how[1], expect, says)


SAVE_CASES: tuple[SaveCase, ...] = (
    # Files the slot reader already tells apart.
    _case("cut_in_half", "flat", _bytes(lambda b: b[: len(b) // 2]), "truncated", "cut off"),
    _case("random_bytes", "flat", _bytes(lambda b: b"\xff\xd8" + bytes(random.Random(3).randrange(256) for _ in b[:500])), "damaged", "not a text file"),
    _case("not_json", "flat", _bytes(lambda b: b.replace(b":", b"=", 1)), "damaged", "not valid JSON"),
    _case("another_programs_json", "flat", _bytes(lambda b: b'{"players": []}'), "foreign", "not a Lullaby Protocol save"),
    _case("newer_version", "flat", _edit(_set("version", 99)), "newer", "made by a newer version of the game"),
    _case("deep_nesting", "flat", _bytes(lambda b: b'{"format": "lullaby-protocol-save", "x": ' + b"[" * 100_000), "damaged", "nested too deeply"),
    # Our format, hand-edited: the slot reads it, the menu says what is wrong.
    _case("nan_play_time", "flat", _bytes(lambda b: b.replace(b'"play_time_s": ', b'"play_time_s": NaN, "x": ', 1)), "damaged", "play_time_s nan should be a number of seconds"),
    _case("huge_play_time", "flat", _edit(_set("play_time_s", 1e300)), "damaged", "play_time_s 1e+300 should be a number of seconds"),
    _case("play_time_as_text", "flat", _edit(_set("play_time_s", "long")), "damaged", "play_time_s should be int or float, not str"),
    _case("saved_at_garbage", "flat", _edit(_set("saved_at", "yesterday")), "damaged", "saved_at 'yesterday' is not an ISO 8601 time"),
    _case("saved_at_year_one", "flat", _edit(_set("saved_at", "0001-01-01T00:00:00+00:00")), "damaged", "is not a time this game could have saved at"),
    _case("map_outside_the_game", "flat", _edit(_set("location.map", "../../../etc/passwd")), "damaged", "is not a plain name"),
    _case("map_as_absolute_path", "flat", _edit(_set("location.map", "/tmp/evil.tmx")), "damaged", "is not a plain name"),
    _case("enormous_title", "flat", _edit(_set("location.title", "z" * 100_000)), "damaged", "location.title should be a short line of text"),
    _case("title_with_control_characters", "flat", _edit(_set("location.title", "a\x00b\x1b[2J")), "damaged", "location.title should be a short line of text"),
    _case("cell_of_floats", "flat", _edit(_set("location.cell", [1.5, 2])), "damaged", "location.cell [1.5, 2] should be two whole numbers"),
    _case("facing_north", "flat", _edit(_set("location.facing", "north")), "damaged", "location.facing 'north' should be one of"),
    _case("thumbnail_not_base64", "flat", _edit(_set("thumbnail_png", "%%%")), "damaged", "thumbnail_png is not base64"),
    _case("thumbnail_null", "flat", _edit(_set("thumbnail_png", None)), "damaged", "thumbnail_png should be str, not NoneType"),
    _case("playthrough_is_a_list", "flat", _edit(_set("playthrough", [])), "damaged", "playthrough should be dict, not list"),
    _case("v1_world_fired_of_nulls", "v1", _edit(_set("world.fired", [[None, None]])), "damaged", "world.fired[0][0] should be a map name"),
    _case("v1_without_a_world", "v1", _edit(_drop("world")), "damaged", "world should be an object"),
    # Read as a save, refused by the game before anything changes.
    _case("map_that_does_not_exist", "flat", _edit(_set("location.map", "mara_attic")), "refused", "The saved place cannot be opened: map 'mara_attic' not found"),
    _case("cell_outside_the_map", "flat", _edit(_set("location.cell", [500, -3])), "refused", "location.cell [500, -3] lies outside mara_flat"),
    _case("cell_inside_a_wall", "flat", _edit(_set("location.cell", [0, 0])), "refused", "location.cell [0, 0] is inside a wall of mara_flat"),
    _case("story_state_garbage", "flat", _edit(_set("ink_state", "{not ink")), "refused", "This save's story does not fit this version of the game"),
    _case("story_state_of_another_story", "flat", _edit(_set("ink_state", '{"flows": {}, "inkSaveVersion": 10}')), "refused", "This save's story does not fit"),
    _case("story_variable_of_another_kind", "flat", _edit(_set("ink_state", '{"flows": {"DEFAULT_FLOW": {}}, "variablesState": {"pod_hours": "^lots"}, "inkSaveVersion": 10}')), "refused", "the saved story variable pod_hours holds '^lots', not a number"),
    _case("fired_not_a_list", "flat", _edit(_set("playthrough.maps.mara_flat.fired", 5)), "refused", "playthrough.maps['mara_flat'].fired should be a list, not a whole number"),
    _case("fired_entry_of_nulls", "flat", _edit(_set("playthrough.maps.mara_flat.fired", [None])), "refused", "playthrough.maps['mara_flat'].fired[0] should be a whole number, not null"),
    _case("negative_tick", "flat", _edit(_set("playthrough.tick", -5)), "refused", "playthrough.tick is -5, outside 0.."),
    _case("tick_as_text", "flat", _edit(_set("playthrough.tick", "soon")), "refused", "playthrough.tick should be a whole number, not text"),
    _case("pending_unknown_trigger", "flat", _edit(_set("playthrough.pending", [999])), "refused", "playthrough.pending[0]: mara_flat has no trigger 999"),
    _case("protagonist_stranger", "flat", _edit(_set("playthrough.protagonist", "tess")), "refused", "playthrough.protagonist is 'tess', not one of"),
    _case("maps_as_a_list", "flat", _edit(_set("playthrough.maps", [])), "refused", "playthrough.maps should be an object, not a list"),
    _case("record_of_another_map_damaged", "chamber", _edit(_set("playthrough.maps.civic_hall", {"fired": "all"})), "refused", "playthrough.maps['civic_hall'].fired should be a list"),
    _case("npc_listed_twice", "flat", _edit(_set("playthrough.maps.mara_corridor", {"npcs": [{"id": 5, "cell": [1, 1], "facing": "up"}] * 2})), "refused", "playthrough.maps['mara_corridor'].npcs[1]: character 5 is listed twice"),
    _case("puzzle_on_a_map_without_one", "chamber", _edit(_chamber_as_the_flat), "refused", "playthrough.maps['mara_flat'].puzzle: mara_flat has no puzzle any more"),
    _case("playthrough_of_another_map", "chamber", _edit(_set("playthrough.map", "dream_mara_2")), "refused", "playthrough.map is 'dream_mara_2', but the save stands on chaos_chamber"),
    _case("puzzle_not_an_object", "chamber", _edit(_set("playthrough.maps.chaos_chamber.puzzle", "solved")), "refused", "playthrough.maps['chaos_chamber'].puzzle should be an object, not text"),
    _case("puzzle_missing_a_field", "chamber", _edit(_drop("playthrough.maps.chaos_chamber.puzzle.solved")), "refused", "playthrough.maps['chaos_chamber'].puzzle.solved is missing"),
    _case("member_outside_the_map", "chamber", _edit(_set("playthrough.maps.chaos_chamber.puzzle.members.0.1", [-1, 5])), "refused", "it puts mara outside the map at (-1, 5)"),
    _case("member_inside_a_wall", "chamber", _edit(_set("playthrough.maps.chaos_chamber.puzzle.members.0.1", [3, 6])), "refused", "it puts mara inside a wall at (3, 6)"),
    _case("member_over_a_gap", "chamber", _edit(_set("playthrough.maps.chaos_chamber.puzzle.members.0.1", [0, 0])), "refused", "it puts mara over a gap with no plank to stand on, at (0, 0)"),
    _case("member_far_outside", "chamber", _edit(_set("playthrough.maps.chaos_chamber.puzzle.members.2.1", [10**9, 3])), "refused", "playthrough.maps['chaos_chamber'].puzzle.members[2][1][0] is 1000000000, outside"),
    _case("two_members_on_one_cell", "chamber", _edit(_members_on_one_cell), "refused", "it puts jonas on a cell that is already taken"),
    _case("member_of_another_party", "chamber", _edit(_set("playthrough.maps.chaos_chamber.puzzle.members.3.0", "tess")), "refused", "playthrough.maps['chaos_chamber'].puzzle.members[3][0] is 'tess', not one of"),
    _case("active_stranger", "chamber", _edit(_set("playthrough.maps.chaos_chamber.puzzle.active", "dev")), "refused", "playthrough.maps['chaos_chamber'].puzzle.active is 'dev', not one of"),
    _case("junction_turned_too_far", "chamber", _edit(_all_rotations(9)), "refused", "is turned to 9; it has"),
    _case("lever_as_text", "chamber", _edit(_set("playthrough.maps.chaos_chamber.puzzle.levers.0.1", "on")), "refused", "playthrough.maps['chaos_chamber'].puzzle.levers[0][1] should be true or false, not text"),
    _case("lever_of_another_map", "chamber", _edit(_set("playthrough.maps.chaos_chamber.puzzle.levers.0.0", 4242)), "refused", "its levers are not this map's"),
    _case("sketch_of_a_dragon", "chamber", _edit(_set("playthrough.maps.chaos_chamber.puzzle.sketches", [{"id": 1, "kind": "dragon", "cells": [[9, 9]], "remaining_steps": 9}])), "refused", "playthrough.maps['chaos_chamber'].puzzle.sketches[0].kind is 'dragon'"),
    _case("fifty_sketches", "chamber", _edit(_set("playthrough.maps.chaos_chamber.puzzle.sketches", [{"id": i, "kind": "crate", "cells": [[9, 9]], "remaining_steps": 9} for i in range(1, 51)])), "refused", "playthrough.maps['chaos_chamber'].puzzle.sketches has 50 of Jonas's sketches; at most 2"),
    _case("seventy_sketches", "chamber", _edit(_set("playthrough.maps.chaos_chamber.puzzle.sketches", [{"id": -i, "kind": "crate", "cells": [[9, 9]], "remaining_steps": 9} for i in range(1, 71)])), "refused", "playthrough.maps['chaos_chamber'].puzzle.sketches has 70 entries; at most 66"),
    _case("plank_on_solid_ground", "chamber", _edit(_sketches({"id": 1, "kind": "plank", "cells": [[8, 14]], "remaining_steps": 9})), "refused", "sketch 1 is a plank that does not span a gap"),
    _case("next_sketch_negative", "chamber", _edit(_set("playthrough.maps.chaos_chamber.puzzle.next_sketch", -3)), "refused", "playthrough.maps['chaos_chamber'].puzzle.next_sketch is -3, outside 1.."),
    # Unusual but fine: the game loads them.
    _case("untouched_flat", "flat", _edit(lambda doc: None), "loads", ""),
    _case("untouched_chamber", "chamber", _edit(lambda doc: None), "loads", ""),
    _case("saved_at_without_time_zone", "flat", _edit(_set("saved_at", "2045-03-12T06:15:00")), "loads", ""),
    _case("v1_chamber_upgraded", "v1", _edit(lambda doc: None), "loads", ""),
    _case("no_puzzle_state_yet", "chamber", _edit(_drop("playthrough.maps.chaos_chamber.puzzle")), "loads", ""),
    # Play time and the picture are only shown: without them, or with a picture that cannot
    # be shown, the save loads and the menu shows "—" or a blank picture (test_load_menu.py).
    _case("play_time_missing", "flat", _edit(_drop("play_time_s")), "loads", ""),
    _case("v1_without_play_time", "v1", _edit(_drop("play_time_s")), "loads", ""),
    _case("thumbnail_missing", "flat", _edit(_drop("thumbnail_png")), "loads", ""),
    _case("thumbnail_empty", "flat", _edit(_set("thumbnail_png", "")), "loads", ""),
    _case("thumbnail_not_a_png", "flat", _edit(_thumbnail(lambda png: b"GIF89a" + png[6:])), "loads", ""),
    _case("thumbnail_cut_off", "flat", _edit(_thumbnail(lambda png: png[: len(png) // 2])), "loads", ""),
    _case("thumbnail_scrambled", "chamber", _edit(_thumbnail(lambda png: png[:41] + bytes(random.Random(5).randrange(256) for _ in png[41:]))), "loads", ""),
    _case("thumbnail_claims_to_be_huge", "flat", _edit(_thumbnail(_claims_size(100_000, 100_000))), "loads", ""),
    _case("thumbnail_claims_no_size", "flat", _edit(_thumbnail(_claims_size(0, 0))), "loads", ""),
    _case("thumbnail_decompression_bomb", "flat", _edit(_thumbnail(lambda png: _png(4000, 3000))), "loads", ""),
    _case("thumbnail_far_too_many_bytes", "flat", _edit(_thumbnail(lambda png: png + b"\x00" * (2 * 1024 * 1024))), "loads", ""),
)  # fmt: skip


def save_bytes(case: SaveCase, base: dict[str, Any]) -> bytes:
    """The file of `case`, made from the real save `base` (a parsed save document)."""
    doc = copy.deepcopy(base)
    if case.change is not None:
        case.change(doc)
    data = json.dumps(doc, indent=1).encode("utf-8")
    return case.raw(data) if case.raw is not None else data


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m tests.hostile_corpus OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[0]) / "settings"
    out.mkdir(parents=True, exist_ok=True)
    for case in SETTINGS_CASES:
        (out / f"{case.name}.json").write_bytes(case.data)
    print(f"{len(SETTINGS_CASES)} settings files in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
