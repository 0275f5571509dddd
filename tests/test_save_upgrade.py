"""Saves from older versions: each past version has kept sample saves (made by the game of
that version, tests/fixtures/saves/v<N>/) that are upgraded step by step as they are read,
open in the game as they were left, and are never changed on disk by reading them.

How the version 1 samples were made: the game at commit 7a7cfd7 played
tests/routes/morning_office.route, saving in slot 1 on Aster Street after Mara's first
step outside (mara_day_street.json) and in the chaos chamber once the ledgers were solved
(merge_chamber.json)."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import pytest

from game import save_upgrade
from game.content.tiled import load_map
from game.save import SAVE_VERSION, SaveError, SaveStore
from game.save_upgrade import Renames, upgrade
from game.scenes.explore import ExploreScene
from game.world.geometry import Direction
from game.world.playthrough import read_playthrough
from game.world.puzzle import state as puzzle_state
from game.world.world import World

from .conftest import start_game

SAMPLES = Path(__file__).parent / "fixtures" / "saves"
MAPS = Path(__file__).parent.parent / "maps"


def sample(version: int, name: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((SAMPLES / f"v{version}" / name).read_text(encoding="utf-8"))
    return document


def store_with(tmp_path: Path, document: dict[str, Any] | bytes, slot: str = "2") -> SaveStore:
    folder = tmp_path / "saves"
    folder.mkdir(exist_ok=True)
    data = document if isinstance(document, bytes) else json.dumps(document).encode("utf-8")
    (folder / f"slot_{slot}.json").write_bytes(data)
    return SaveStore(folder)


# -- every past version is covered -----------------------------------------------------------------
def test_every_past_version_has_an_upgrade_step_a_rename_table_and_a_kept_sample_save() -> None:
    past = set(range(1, SAVE_VERSION))
    assert set(save_upgrade.STEPS) == past and set(save_upgrade.RENAMES) == past
    for version in past:
        samples = sorted((SAMPLES / f"v{version}").glob("*.json"))
        assert samples, f"no sample save of version {version}"
        for path in samples:
            assert json.loads(path.read_text(encoding="utf-8"))["version"] == version, path.name


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("v*/*.json")), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_each_sample_save_loads_as_a_save_of_this_version_and_fits_its_map(path: Path, tmp_path: Path) -> None:
    data = path.read_bytes()
    store = store_with(tmp_path, data)
    game = store.load("2")
    summary = store.summaries()[1]
    assert summary.status == "ok" and summary.title == game.location.title
    found = read_playthrough(game.playthrough)
    assert found.map == game.location.map
    world = World.resume(
        load_map(str(MAPS / f"{game.location.map}.tmx")).data,
        game.playthrough,
        game.location.cell,
        Direction(game.location.facing),
        random.Random(1),
    )
    assert world.player.cell == game.location.cell
    assert (tmp_path / "saves" / "slot_2.json").read_bytes() == data, "reading never rewrites the file"


# -- version 1 to 2 -------------------------------------------------------------------------------
def test_a_version_1_day_save_becomes_mara_s_playthrough_with_its_triggers_filed_by_map() -> None:
    old = sample(1, "mara_day_street.json")
    kept = copy.deepcopy(old)
    new = upgrade(old, 1, SAVE_VERSION)
    assert old == kept, "the document given is not changed"
    assert new["version"] == SAVE_VERSION and "world" not in new
    playthrough = new["playthrough"]
    assert playthrough["protagonist"] == "mara" and playthrough["chapter"] == "mara_day"
    assert playthrough["map"] == "vesper_street" and playthrough["tick"] == old["world"]["tick"]
    fired = {name: record["fired"] for name, record in playthrough["maps"].items()}
    assert fired == {"vesper_street": [11], "mara_flat": [10]}
    assert new["ink_state"] == old["ink_state"] and new["location"] == old["location"]


def test_a_version_1_chamber_save_keeps_its_puzzle_under_the_chamber_and_opens_as_left(tmp_path: Path) -> None:
    old = sample(1, "merge_chamber.json")
    (tmp_path / "saves").mkdir()
    (tmp_path / "saves" / "slot_2.json").write_text(json.dumps(old), encoding="utf-8")
    app = start_game(tmp_path)
    assert app.session.load_game("2") is None
    scene = app.services.scenes.top
    assert isinstance(scene, ExploreScene)
    world = scene.world
    assert world.map.name == "chaos_chamber" and world.playthrough.chapter == "merge"
    puzzle = world.party_puzzle
    assert puzzle is not None
    saved = old["world"]["puzzle"]
    now = puzzle_state.to_json(puzzle.snapshot())
    assert {key: value for key, value in saved.items() if key != "map"} == now, "the whole puzzle as it was"
    ledgers = next(section for section in puzzle.sections if section.name == "ledgers")
    assert puzzle.section_solved(ledgers) and world.player.name == saved["active"]
    assert world.tick == old["world"]["tick"]
    assert world.fired == {i for name, i in old["world"]["fired"] if name == "chaos_chamber"}
    elsewhere = world.playthrough.records["civic_hall"].fired
    assert elsewhere == {i for name, i in old["world"]["fired"] if name == "civic_hall"}
    # Saved again, it is a save of this version that loads back the same.
    assert app.session.save_game("3") is None
    again = json.loads((tmp_path / "saves" / "slot_3.json").read_text(encoding="utf-8"))
    assert again["version"] == SAVE_VERSION
    assert again["playthrough"]["maps"]["chaos_chamber"]["puzzle"] == now


def test_a_version_1_save_that_cannot_be_upgraded_is_damaged_says_where_and_is_kept(tmp_path: Path) -> None:
    old = sample(1, "merge_chamber.json")
    old["world"]["puzzle"]["map"] = 7
    data = json.dumps(old).encode("utf-8")
    store = store_with(tmp_path, data)
    with pytest.raises(SaveError) as error:
        store.load("2")
    assert error.value.kind == "damaged" and "world.puzzle.map should be a map name" in error.value.message
    assert (tmp_path / "saves" / "slot_2.json").read_bytes() == data


def test_a_save_of_a_newer_version_is_still_refused_as_newer(tmp_path: Path) -> None:
    newer = upgrade(sample(1, "mara_day_street.json"), 1, SAVE_VERSION)
    newer["version"] = SAVE_VERSION + 1
    with pytest.raises(SaveError) as error:
        store_with(tmp_path, newer).load("2")
    assert error.value.kind == "newer" and f"this game reads {SAVE_VERSION}" in error.value.message


# -- renames ----------------------------------------------------------------------------------------
def test_renamed_maps_and_ink_variables_are_renamed_in_an_upgraded_save(monkeypatch: pytest.MonkeyPatch) -> None:
    renames = Renames(maps={"vesper_street": "aster_street"}, variables={"read_showcase_news": "read_the_news"})
    monkeypatch.setattr(save_upgrade, "RENAMES", {1: renames})
    new = upgrade(sample(1, "mara_day_street.json"), 1, 2)
    assert new["location"]["map"] == new["playthrough"]["map"] == "aster_street"
    assert set(new["playthrough"]["maps"]) == {"aster_street", "mara_flat"}
    variables = json.loads(new["ink_state"])["variablesState"]
    assert variables == {"answered_office": True, "read_the_news": True}


def test_upgrades_run_one_version_at_a_time_and_renames_follow_each_other(monkeypatch: pytest.MonkeyPatch) -> None:
    """A made-up version 3 that renames again: a version 1 save gets both steps and both
    renames, in order (a map renamed twice ends with its last name)."""
    seen: list[int] = []

    def to_v3(document: dict[str, Any]) -> dict[str, Any]:
        seen.append(document["version"])
        return {**document, "version": 3}

    monkeypatch.setattr(save_upgrade, "STEPS", {1: save_upgrade.STEPS[1], 2: to_v3})
    monkeypatch.setattr(
        save_upgrade,
        "RENAMES",
        {1: Renames(maps={"vesper_street": "aster_street"}), 2: Renames(maps={"aster_street": "aster_lane"})},
    )
    new = upgrade(sample(1, "mara_day_street.json"), 1, 3)
    assert seen == [2] and new["version"] == 3
    assert new["location"]["map"] == "aster_lane" and "aster_lane" in new["playthrough"]["maps"]


def test_a_version_without_an_upgrade_step_is_refused_with_its_number() -> None:
    with pytest.raises(ValueError, match="cannot upgrade a save of version 0"):
        upgrade({"version": 0}, 0, SAVE_VERSION)


def test_a_version_that_only_renamed_keeps_the_shape(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(save_upgrade, "STEPS", {1: save_upgrade.STEPS[1], 2: save_upgrade.only_renamed})
    monkeypatch.setattr(save_upgrade, "RENAMES", {1: Renames(), 2: Renames(variables={"answered_office": "replied"})})
    two = upgrade(sample(1, "mara_day_street.json"), 1, 2)
    three = upgrade(sample(1, "mara_day_street.json"), 1, 3)
    assert {**two, "version": 3, "ink_state": three["ink_state"]} == three
    assert json.loads(three["ink_state"])["variablesState"] == {"replied": True, "read_showcase_news": True}
