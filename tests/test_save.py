"""Saving and loading: three slots and an autosave, atomic writes with a backup, and every
kind of bad save file reported as such instead of crashing the game."""

from __future__ import annotations

import ast
import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from game.save import (
    SAVE_FORMAT,
    SAVE_VERSION,
    SLOTS,
    Location,
    NotJsonSafeError,
    SaveError,
    SaveGame,
    SaveStore,
    default_save_dir,
    format_play_time,
    utc_now_iso,
)

ROOT = Path(__file__).resolve().parent.parent
SAVE_MODULE = ROOT / "game" / "save.py"
PLAIN_IMPORTS = {
    "__future__",
    "base64",
    "binascii",
    "dataclasses",
    "datetime",
    "game",
    "json",
    "math",
    "os",
    "re",
    "typing",
}

PNG_BYTES = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) + b"\x00\xff" * 64
INK_STATE = json.dumps(
    {
        "flows": {"DEFAULT_FLOW": {"callstack": [{"cPath": "mara.office", "idx": 3}], "outputStream": ["^Hi"]}},
        "variablesState": {"pod_hours": 12.5, "bond_roe": 2, "met_lila": True, "last_line": 'Roe: "Wake up, dear." ☾'},
        "currentChoices": [{"text": "Sag „Nein“ — später…", "index": 0}],
        "inkSaveVersion": 10,
    },
    ensure_ascii=False,
)


def make_game(**changes: Any) -> SaveGame:
    fields: dict[str, Any] = {
        "saved_at": "2024-05-01T12:30:00+00:00",
        "play_time_s": 3723.25,
        "location": Location("mara_office", (12, 7), "left", "Mara's office — “gold hour”"),
        "thumbnail_png": PNG_BYTES,
        "ink_state": INK_STATE,
        "playthrough": {
            "map": "mara_office",
            "party": ["mara", "jonas"],
            "plates": {"plate_1": True, "plate_2": False},
            "blocks": [{"id": 4, "cell": [3, 9]}],
            "tether": {"desaturation": 0.35, "note": None},
            "name": 'Jonas "the painter" Ö',
        },
        "game_version": "0.1.0",
    }
    fields.update(changes)
    return SaveGame(**fields)


@pytest.fixture
def store(tmp_path: Path) -> SaveStore:
    return SaveStore(tmp_path / "saves")


def slot_file(store: SaveStore, slot: str) -> Path:
    return Path(store.path(slot))


# --- round trip and backup -------------------------------------------------------------


def test_a_save_loads_back_with_every_field_equal(store: SaveStore) -> None:
    game = make_game()
    store.save("1", game)
    loaded = store.load("1")
    assert loaded == game
    assert loaded.thumbnail_png == PNG_BYTES and type(loaded.thumbnail_png) is bytes
    assert loaded.ink_state == INK_STATE and json.loads(loaded.ink_state)["currentChoices"][0]["text"].startswith(
        "Sag „"
    )
    assert loaded.location.cell == (12, 7) and type(loaded.location.cell) is tuple
    assert loaded.playthrough["tether"]["desaturation"] == 0.35


def test_the_save_file_is_a_versioned_json_document_with_the_thumbnail_in_base64(store: SaveStore) -> None:
    store.save("auto", make_game())
    document = json.loads(slot_file(store, "auto").read_bytes())
    assert document["format"] == SAVE_FORMAT and document["version"] == SAVE_VERSION
    assert isinstance(document["thumbnail_png"], str) and isinstance(document["ink_state"], str)
    assert document["location"] == {
        "map": "mara_office",
        "cell": [12, 7],
        "facing": "left",
        "title": make_game().location.title,
    }


def test_every_slot_is_its_own_file(store: SaveStore) -> None:
    for number, slot in enumerate(SLOTS):
        store.save(slot, make_game(play_time_s=float(number)))
    assert [store.load(slot).play_time_s for slot in SLOTS] == [0.0, 1.0, 2.0, 3.0]
    assert sorted(os.listdir(store.folder)) == sorted(f"slot_{slot}.json" for slot in SLOTS)


def test_the_previous_save_becomes_the_backup(store: SaveStore) -> None:
    first, second = make_game(play_time_s=10.0), make_game(play_time_s=20.0)
    store.save("2", first)
    with pytest.raises(SaveError) as missing:
        store.load_backup("2")
    assert missing.value.kind == "empty"
    store.save("2", second)
    assert store.load("2") == second
    assert store.load_backup("2") == first
    store.save("2", make_game(play_time_s=30.0))
    assert store.load_backup("2") == second


def test_an_unknown_slot_is_refused(store: SaveStore) -> None:
    with pytest.raises(ValueError, match="unknown save slot '4'"):
        store.save("4", make_game())


def test_delete_removes_the_save_and_its_backup(store: SaveStore) -> None:
    store.save("3", make_game())
    store.save("3", make_game())
    store.delete("3")
    assert os.listdir(store.folder) == []
    with pytest.raises(SaveError) as empty:
        store.load("3")
    assert empty.value.kind == "empty"


def test_delete_keeps_a_damaged_file_aside_instead_of_removing_it(store: SaveStore) -> None:
    os.makedirs(store.folder)
    slot_file(store, "3").write_bytes(b"\x00garbage")
    store.delete("3")
    assert (Path(store.folder) / "slot_3.json.damaged").read_bytes() == b"\x00garbage"


# --- fault injection -----------------------------------------------------------------

CHILD = textwrap.dedent(
    """
    import os, sys, time
    sys.path.insert(0, {root!r})
    from game.save import Location, SaveGame, SaveStore

    real_replace = os.replace

    def stalled_replace(source, target):
        # Stop with the temporary file written and fsynced, just before the rename.
        if os.path.basename(target) == {stall_on!r}:
            with open({ready!r} + ".part", "w") as handle:
                handle.write(source)
            os.rename({ready!r} + ".part", {ready!r})  # os.replace is the one stalled
            time.sleep(120)
        return real_replace(source, target)

    os.replace = stalled_replace
    big_world = {{"cells": [[x, y, "floor"] for x in range(300) for y in range(300)]}}
    game = SaveGame("2024-05-02T08:00:00+00:00", 99.0, Location("pods", (1, 2), "up", "Pod room"),
                    b"\\x89PNG" * 50000, '{{"ink": "' + "z" * 2_000_000 + '"}}', big_world, "0.1.0")
    SaveStore({folder!r}).save("1", game)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("stall_on", ["slot_1.json", "slot_1.bak.json"])
def test_a_save_killed_halfway_leaves_the_previous_save_loadable(
    store: SaveStore, tmp_path: Path, stall_on: str
) -> None:
    older, previous = make_game(play_time_s=41.0), make_game(play_time_s=42.0)
    store.save("1", older)
    store.save("1", previous)
    slot_bytes = slot_file(store, "1").read_bytes()
    ready = tmp_path / "ready"
    script = CHILD.format(root=str(ROOT), stall_on=stall_on, ready=str(ready), folder=store.folder)
    child = subprocess.Popen([sys.executable, "-c", script], stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not ready.exists():
            assert child.poll() is None, child.stderr.read().decode() if child.stderr else ""
            assert time.monotonic() < deadline, "the child never reached the rename"
            time.sleep(0.02)
        temp = Path(ready.read_text())
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    # The child was stopped with a whole temporary file written: the big new save, or the
    # copy of the previous save on its way to becoming the backup.
    assert temp.stat().st_size > 2_000_000 if stall_on == "slot_1.json" else temp.read_bytes() == slot_bytes
    assert slot_file(store, "1").read_bytes() == slot_bytes
    assert store.load("1") == previous
    assert store.load_backup("1") == (previous if stall_on == "slot_1.json" else older)
    slot_files = sorted(name for name in os.listdir(store.folder) if name.startswith("slot_"))
    assert slot_files == ["slot_1.bak.json", "slot_1.json"]
    assert [s.status for s in store.summaries()] == ["ok", "empty", "empty", "empty"]
    store.save("1", make_game(play_time_s=43.0))  # the next save clears the leftover
    assert not temp.exists()
    assert sorted(os.listdir(store.folder)) == ["slot_1.bak.json", "slot_1.json"]
    assert store.load_backup("1") == previous


# --- bad files are reported, never crash, never lost ------------------------------------


def kind_of(store: SaveStore, slot: str) -> str:
    with pytest.raises(SaveError) as error:
        store.load(slot)
    assert error.value.path == store.path(slot)
    return error.value.kind


def test_a_missing_slot_is_empty(store: SaveStore) -> None:
    assert kind_of(store, "2") == "empty"


@pytest.mark.parametrize("keep", [0.0, 0.1, 0.5, 0.9, 0.999])
def test_a_cut_off_save_is_truncated(store: SaveStore, keep: float) -> None:
    store.save("1", make_game())
    data = slot_file(store, "1").read_bytes()
    slot_file(store, "1").write_bytes(data[: int(len(data) * keep)])
    assert kind_of(store, "1") == "truncated"


def test_a_save_cut_off_at_any_byte_is_truncated_not_damaged(store: SaveStore) -> None:
    store.save("1", make_game(thumbnail_png=b"\x89PNG", ink_state=INK_STATE))
    data = slot_file(store, "1").read_bytes().rstrip()
    for end in range(len(data)):
        slot_file(store, "1").write_bytes(data[:end])
        assert kind_of(store, "1") == "truncated", data[:end][-30:]


def test_a_utf8_file_cut_inside_a_character_is_truncated(store: SaveStore) -> None:
    os.makedirs(store.folder)
    slot_file(store, "2").write_bytes('{"format": "lullaby-protocol-save", "title": "Träume ☾'.encode()[:-1])
    assert kind_of(store, "2") == "truncated"


@pytest.mark.parametrize("seed", range(5))
def test_random_garbage_is_damaged(store: SaveStore, seed: int) -> None:
    os.makedirs(store.folder)
    slot_file(store, "3").write_bytes(random.Random(seed).randbytes(5000))
    assert kind_of(store, "3") == "damaged"


@pytest.mark.parametrize("text", ["hello, dreamer", '{"format": "lullaby-protocol-save"} trailing', "tree", "{]"])
def test_text_that_is_not_json_is_damaged(store: SaveStore, text: str) -> None:
    os.makedirs(store.folder)
    slot_file(store, "3").write_text(text)
    assert kind_of(store, "3") == "damaged"


@pytest.mark.parametrize(
    "document",
    [
        {"name": "my-editor", "version": 1, "recent": []},
        {"format": "some-other-game-save", "version": 1},
        [1, 2, 3],
        "a string",
    ],
)
def test_valid_json_of_another_program_is_foreign(store: SaveStore, document: Any) -> None:
    os.makedirs(store.folder)
    slot_file(store, "auto").write_text(json.dumps(document))
    assert kind_of(store, "auto") == "foreign"


def test_a_save_from_a_newer_version_is_reported_as_newer_and_left_alone(store: SaveStore) -> None:
    store.save("2", make_game())
    document = json.loads(slot_file(store, "2").read_bytes())
    document["version"] = 99
    data = json.dumps(document).encode()
    slot_file(store, "2").write_bytes(data)
    assert kind_of(store, "2") == "newer"
    store.summaries()
    assert slot_file(store, "2").read_bytes() == data


@pytest.mark.parametrize(
    "change",
    [
        {"version": "1"},
        {"play_time_s": "long"},
        {"thumbnail_png": "not base64!"},
        {"location": {"map": "x", "cell": [1], "facing": "up", "title": "t"}},
        {"location": {"map": "x", "cell": [1, 2], "facing": "sideways", "title": "t"}},
        {"saved_at": "yesterday"},
        {"playthrough": []},
        {"ink_state": None},
    ],
)
def test_our_format_with_the_wrong_shape_is_damaged(store: SaveStore, change: dict[str, Any]) -> None:
    store.save("1", make_game())
    document = json.loads(slot_file(store, "1").read_bytes())
    document.update(change)
    slot_file(store, "1").write_text(json.dumps(document))
    assert kind_of(store, "1") == "damaged"


def test_saving_over_a_damaged_file_moves_it_aside_first(store: SaveStore) -> None:
    os.makedirs(store.folder)
    slot_file(store, "1").write_bytes(b"\xde\xad\xbe\xef")
    store.save("1", make_game())
    assert (Path(store.folder) / "slot_1.json.damaged").read_bytes() == b"\xde\xad\xbe\xef"
    assert store.load("1") == make_game()
    with pytest.raises(SaveError):
        store.load_backup("1")  # a damaged file never becomes the backup


def test_a_damaged_backup_is_moved_aside_too(store: SaveStore) -> None:
    store.save("2", make_game())
    Path(store.backup_path("2")).write_bytes(b"{ half")
    store.save("2", make_game(play_time_s=1.0))
    assert (Path(store.folder) / "slot_2.bak.json.damaged").read_bytes() == b"{ half"
    assert store.load_backup("2") == make_game()


# --- the load menu ----------------------------------------------------------------------


def test_summaries_list_all_four_slots_with_their_status(store: SaveStore) -> None:
    store.save("1", make_game())
    store.save("1", make_game(play_time_s=5.0))
    slot_file(store, "2").write_bytes(b'{"format": "lullaby-prot')
    slot_file(store, "3").write_text(json.dumps({"format": SAVE_FORMAT, "version": 99}))
    slot_file(store, "auto").write_text('{"settings": true}')
    summaries = store.summaries()
    assert [(s.slot, s.status) for s in summaries] == [
        ("1", "ok"),
        ("2", "truncated"),
        ("3", "newer"),
        ("auto", "foreign"),
    ]
    ok = summaries[0]
    assert (ok.saved_at, ok.play_time_s, ok.title, ok.message, ok.has_backup) == (
        "2024-05-01T12:30:00+00:00",
        5.0,
        make_game().location.title,
        "",
        True,
    )
    assert all(s.message and not s.has_backup and s.title is None for s in summaries[1:])


def test_summaries_of_a_missing_folder_are_all_empty(tmp_path: Path) -> None:
    summaries = SaveStore(tmp_path / "nowhere").summaries()
    assert [(s.slot, s.status) for s in summaries] == [(slot, "empty") for slot in SLOTS]


def test_summaries_never_raise_even_for_unreadable_files(store: SaveStore, monkeypatch: pytest.MonkeyPatch) -> None:
    os.makedirs(slot_file(store, "1"))  # a folder where the save file should be
    slot_file(store, "2").write_bytes(b"\xff" * 10)
    summaries = store.summaries()
    assert [s.status for s in summaries] == ["damaged", "damaged", "empty", "empty"]

    def explode(path: str) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("game.save._load_file", explode)
    summaries = store.summaries()
    assert [s.status for s in summaries] == ["damaged"] * 4
    assert "disk on fire" in summaries[0].message


# --- what may be saved ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("playthrough", "where"),
    [
        ({"party": {"mara", "jonas"}}, "playthrough['party']: a set"),
        ({"cell": (3, 4)}, "playthrough['cell']: a tuple is not JSON-safe (use a list)"),
        ({"blocks": [{"id": 1}, {"at": object()}]}, "playthrough['blocks'][1]['at']: a object"),
        ({"plates": {3: True}}, "playthrough['plates']: key 3 is a int"),
        ({"tether": float("nan")}, "playthrough['tether']: nan is not a finite number"),
        ({"raw": b"bytes"}, "playthrough['raw']: a bytes"),
    ],
)
def test_a_playthrough_that_is_not_json_safe_is_refused_before_anything_is_written(
    store: SaveStore, playthrough: dict[str, Any], where: str
) -> None:
    store.save("1", make_game())
    before = {name: (Path(store.folder) / name).read_bytes() for name in os.listdir(store.folder)}
    with pytest.raises(NotJsonSafeError) as error:
        store.save("1", make_game(playthrough=playthrough))
    assert where in str(error.value)
    assert {name: (Path(store.folder) / name).read_bytes() for name in os.listdir(store.folder)} == before


def test_a_playthrough_that_contains_itself_is_refused(store: SaveStore) -> None:
    playthrough: dict[str, Any] = {"a": []}
    playthrough["a"].append(playthrough)
    with pytest.raises(NotJsonSafeError, match="contains itself"):
        store.save("1", make_game(playthrough=playthrough))
    assert not os.path.exists(store.folder)


@pytest.mark.parametrize(
    "change",
    [{"play_time_s": float("inf")}, {"play_time_s": -1.0}, {"location": Location("m", (1, 2), "north", "t")}],
)
def test_other_bad_fields_are_refused_with_a_clear_error(store: SaveStore, change: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="play_time_s|location.facing"):
        store.save("1", make_game(**change))
    assert not os.path.exists(store.folder)


# --- helpers and the module itself ------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "< 1 min"),
        (59.9, "< 1 min"),
        (60, "1 min"),
        (750, "12 min"),
        (3599.9, "59 min"),
        (3600, "1 h 00 min"),
        (3930, "1 h 05 min"),
        (36000, "10 h 00 min"),
        (-5, "< 1 min"),
        (float("nan"), "< 1 min"),
        (None, "—"),
    ],
)
def test_play_time_reads_in_hours_and_minutes_or_a_dash_when_unknown(seconds: float | None, text: str) -> None:
    assert format_play_time(seconds) == text


def test_saved_at_is_an_iso_utc_time_and_saves_go_to_the_user_data_folder() -> None:
    assert utc_now_iso().endswith("+00:00")
    assert default_save_dir().endswith(os.path.join("LullabyProtocol", "saves"))


def test_the_save_module_uses_only_plain_json_and_no_pygame() -> None:
    source = SAVE_MODULE.read_text()
    for word in ("pickle", "shelve", "marshal", "eval(", "exec("):
        assert word not in source
    imported = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            imported |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
    assert "pygame" not in imported
    assert imported <= PLAIN_IMPORTS | {"game"}, imported - PLAIN_IMPORTS
