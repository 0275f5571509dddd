"""Story names checked: an .ink file main.ink never INCLUDEs is named with the INCLUDE to
add (Ink itself cannot see it), and a map's knot or condition that misses a real name by a
letter or two says which one it meant."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from game.content import names
from game.story import lint
from game.story.bridge import story_problems
from game.story.catalogue import Catalogue
from game.story.lint import left_out_problems, lint_story_file
from game.story.runtime import Story
from game.story.sources import left_out
from game.tools import ink as ink_tool
from game.world.mapdata import MapData, MapObject

from .conftest import ROOT

STORY_DIR = ROOT / "assets" / "story"


@pytest.fixture
def story_copy(tmp_path: Path) -> Path:
    """The game's story folder, copied, current and with nothing left out."""
    copy = tmp_path / "story"
    shutil.copytree(STORY_DIR, copy)
    return copy


def add_ink(folder: Path, name: str, text: str = "=== scene ===\nDawn. # speaker: narrator\n-> DONE\n") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# -- a new .ink file the story leaves out -------------------------------------------------------------
def test_the_real_story_leaves_no_ink_file_out() -> None:
    assert left_out(STORY_DIR / "main.ink") == []


def test_an_ink_file_main_ink_does_not_include_is_named_with_the_include_to_add(story_copy: Path) -> None:
    coda = add_ink(story_copy, "coda.ink")
    problems = [p for p in lint_story_file(story_copy / "main.json", Catalogue()) if p.where == "story"]
    assert [(Path(p.path), p.message) for p in problems] == [
        (
            coda.resolve(),
            "is not part of the story: main.ink does not INCLUDE it, so the game never plays it;"
            f" add `INCLUDE coda.ink` to {story_copy / 'main.ink'}",
        )
    ]


def test_a_file_only_a_left_out_file_includes_names_the_include_that_brings_both_in(story_copy: Path) -> None:
    add_ink(story_copy, "coda.ink", "INCLUDE coda_dawn.ink\n-> DONE\n")
    dawn = add_ink(story_copy, "coda_dawn.ink")
    problems = {Path(p.path).name: p.message for p in left_out_problems(story_copy / "main.ink")}
    assert problems[dawn.name].startswith(
        "is not part of the story: only coda.ink INCLUDEs it, and main.ink does not include that;"
        " add `INCLUDE coda.ink` to"
    )
    assert set(problems) == {"coda.ink", "coda_dawn.ink"}


def test_a_file_included_through_an_included_file_is_part_of_the_story(story_copy: Path) -> None:
    with (story_copy / "main.ink").open("a", encoding="utf-8") as main:
        main.write("\nINCLUDE coda.ink\n")
    add_ink(story_copy, "coda.ink", "INCLUDE coda_dawn.ink\n")
    add_ink(story_copy, "coda_dawn.ink")
    assert left_out(story_copy / "main.ink") == []


def test_a_story_folder_without_main_ink_has_no_file_left_out(tmp_path: Path) -> None:
    add_ink(tmp_path, "alone.ink")
    assert left_out(tmp_path / "main.ink") == []
    assert left_out_problems(tmp_path / "main.ink") == []


def test_ink_check_names_the_left_out_file_and_not_a_rebuild_that_would_not_help(
    story_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_ink(story_copy, "coda.ink")
    assert ink_tool.main(["--check", "--story-dir", str(story_copy)]) == 1
    err = capsys.readouterr().err
    assert "coda.ink: story: is not part of the story" in err
    assert "add `INCLUDE coda.ink` to" in err
    assert "coda.json" not in err and "to rebuild" not in err


def test_ink_check_still_names_a_stale_story_beside_a_left_out_file(
    story_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_ink(story_copy, "coda.ink")
    with (story_copy / "prologue.ink").open("a", encoding="utf-8") as ink:
        ink.write("\n// an edit nobody compiled\n")
    assert ink_tool.main(["--check", "--story-dir", str(story_copy)]) == 1
    err = capsys.readouterr().err
    assert "coda.ink: story: is not part of the story" in err
    assert "main.json: stale" in err and "to rebuild" in err


def test_the_validator_names_a_left_out_ink_file(story_copy: Path) -> None:
    add_ink(story_copy, "coda.ink")
    result = subprocess.run(
        [sys.executable, "-m", "game.tools.validate", "maps/mara_flat.tmx", "--story", str(story_copy / "main.json")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 1
    assert f"{story_copy / 'coda.ink'}: story: is not part of the story" in result.stdout


# -- "did you mean" for a map's knots and conditions --------------------------------------------------
def test_a_maps_misspelt_knot_and_variable_name_the_real_ones() -> None:
    story = Story.load(STORY_DIR / "main.json")
    objects = [
        MapObject(1, "spawn", "start", ((0, 0),), {"facing": "down"}),
        MapObject(2, "trigger", "hint", ((1, 0),), {"knot": "chamber.frist"}),
        MapObject(
            3,
            "door",
            "gate",
            ((2, 0),),
            {"target_map": "x", "target_spawn": "y", "locked_knot": "chamber", "condition": "pod_hour >= 2 and ghosts"},
        ),
    ]
    problems = [str(p) for p in story_problems("m.tmx", MapData.build("m", 3, 1, objects=objects), story)]
    assert problems == [
        "m.tmx: object 2 (hint): knot 'chamber.frist' is not a knot in the Ink story (did you mean 'chamber.first'?)",
        "m.tmx: object 3 (gate): condition names ghosts, pod_hour (did you mean 'pod_hours'?), not Ink variables",
    ]


def test_the_story_checks_suggest_names_with_the_one_shared_helper() -> None:
    assert lint.did_you_mean is names.did_you_mean
