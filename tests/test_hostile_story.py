"""Hostile stories: every tag the game acts on is checked, by name and arguments, before a
player meets it; a broken compiled story is a clear StoryError, never a traceback.

The broken stories are small .ink files in tests/fixtures/stories/, compiled there with
`python -m game.tools.ink --story-dir tests/fixtures/stories` (see the README beside them).
The lint tests read them against a small catalogue written here, so they do not change when
the game's content does; the command tests run the real tools against the real content.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from game.content.problems import Problem
from game.story.catalogue import Catalogue, MapFacts, load_catalogue
from game.story.lint import lint_story, lint_story_file
from game.story.runtime import Story, StoryError
from game.story.speakers import SpeakersError, game_speakers, parse_speakers, speaker_name
from game.story.tree import external_calls, tag_lines
from game.tools import ink as ink_tool

from .conftest import FIXTURES, ROOT

STORIES = FIXTURES / "stories"
STORY_JSON = ROOT / "assets" / "story" / "main.json"
SPEAKERS = {
    "narrator": {"name": None},
    "mara": {"name": "Mara"},
    "roe": {"name": "Elder Roe"},
    "somnico_host": {"name": "SomniCo"},
    "manager": {"name": "P. Vance", "moods": ["curt"]},
    "tess": {"name": "Tess", "moods": ["warm"]},
    "neighbour": {"name": "Neighbour"},
}


def catalogue(*, broken_map: bool = False) -> Catalogue:
    """A small stand-in for the game's content; with `broken_map`, a map that does not load."""
    broken: dict[str, MapFacts | None] = {"broken": None} if broken_map else {}
    return Catalogue(
        speakers=parse_speakers(json.dumps(SPEAKERS)),
        portraits={
            "mara": ("neutral", "happy", "sad"),
            "roe": ("neutral", "determined"),
            "somnico_host": ("neutral", "smile"),
        },
        music=frozenset({"waking", "dream_mara"}),
        sfx=frozenset({"door", "pod_hum"}),
        colours=frozenset({"neon-cyan", "fog"}),
        maps={
            "mara_flat": MapFacts(
                "mara_flat",
                "maps/mara_flat.tmx",
                spawns=frozenset({"start", "evening"}),
                places=frozenset({"start", "evening", "window", "pod"}),
                knots=frozenset({"flat.pod"}),
            ),
            "halcyon_office": MapFacts(
                "halcyon_office",
                "maps/halcyon_office.tmx",
                spawns=frozenset({"from_street"}),
                places=frozenset({"from_street", "window", "vance"}),
                actors=frozenset({"vance"}),
                knots=frozenset({"office.vance"}),
            ),
            "mara_corridor": MapFacts(
                "mara_corridor",
                "maps/mara_corridor.tmx",
                spawns=frozenset({"from_flat"}),
                places=frozenset({"from_flat", "neighbour"}),
                actors=frozenset({"neighbour"}),
                knots=frozenset({"corridor.neighbour"}),
            ),
            **broken,
        },
    )


def lint(name: str, *, broken_map: bool = False) -> list[Problem]:
    return lint_story_file(STORIES / f"{name}.json", catalogue(broken_map=broken_map))


# -- one broken story per kind of bad tag ------------------------------------------------------
CASES = [
    (
        "unknown_speaker",
        "unknown_speaker.ink",
        "knot 'call'",
        "tag '# speaker: tes': unknown speaker 'tes' (did you mean 'tess'?)",
    ),
    (
        "mood_not_in_portrait",
        "mood_not_in_portrait.ink",
        "knot 'mirror'",
        "tag '# mood: angry': mara's portrait has no mood 'angry'",
    ),
    (
        "mood_not_given_to_speaker",
        "mood_not_given_to_speaker.ink",
        "knot 'review'",
        "tag '# mood: curtt': speaker 'manager' has no mood 'curtt' (did you mean 'curt'?)",
    ),
    (
        "missing_music",
        "missing_music.ink",
        "knot 'dream'",
        "tag '# music: dream_mxra': no music track 'dream_mxra' (did you mean 'dream_mara'?)",
    ),
    (
        "missing_sfx",
        "missing_sfx.ink",
        "knot 'corridor'",
        "tag '# sfx: dorr': no sound effect 'dorr' (did you mean 'door'?)",
    ),
    (
        "play_sfx_missing",
        "play_sfx_missing.ink",
        "knot 'pod'",
        "play_sfx(\"pod_hmm\"): no sound effect 'pod_hmm' (did you mean 'pod_hum'?)",
    ),
    (
        "unknown_tint",
        "unknown_tint.ink",
        "knot 'advert'",
        "tag '# tint: neon-cyam 0.2': 'neon-cyam' is not a colour of",
    ),
    (
        "warp_missing_map",
        "warp_missing_map.ink",
        "knot 'home'",
        "tag '# warp: mara_flatt evening': no map 'mara_flatt' (did you mean 'mara_flat'?)",
    ),
    (
        "warp_missing_spawn",
        "warp_missing_spawn.ink",
        "knot 'home'",
        "tag '# warp: mara_flat nowhere': map 'mara_flat' has no spawn 'nowhere'",
    ),
    (
        "warp_outside_maps",
        "warp_outside_maps.ink",
        "knot 'escape'",
        "tag '# warp: ../secrets start': map name '../secrets' is not a plain name",
    ),
    (
        "end_missing_knot",
        "end_missing_knot.ink",
        "knot 'finale'",
        "tag '# end: end_crad': no knot 'end_crad' in the story (did you mean 'end_card'?)",
    ),
    (
        "move_unknown_actor",
        "move_unknown_actor.ink",
        "knot 'morning'",
        "tag '# move: marra window': no actor 'marra' on any map (did you mean 'mara'?)",
    ),
    (
        "move_unknown_target",
        "move_unknown_target.ink",
        "knot 'morning'",
        "tag '# move: mara windw': no spawn or named object 'windw' on any map (did you mean 'window'?)",
    ),
    (
        "pan_unknown_target",
        "pan_unknown_target.ink",
        "knot 'morning'",
        "tag '# pan: podd': no spawn or named object 'podd' on any map (did you mean 'pod'?)",
    ),
    (
        "move_on_another_map",
        "move_on_another_map.ink",
        "knot 'office.vance'",
        "tag '# move: neighbour window': no actor 'neighbour' on map 'halcyon_office'",
    ),
    (
        "malformed_wait",
        "malformed_wait.ink",
        "knot 'pause'",
        "bad tag '# wait: soon': expected wait: <seconds>; 'soon' is not a number",
    ),
    ("unknown_tag", "unknown_tag.ink", "knot 'hello'", "unknown tag '# speakr: mara' (did you mean 'speaker'?"),
    ("included", "included_scene.ink", "knot 'scene'", "tag '# speaker: tes': unknown speaker 'tes'"),
    ("top_level", "top_level.ink", "top of the story", "tag '# sfx: nope': no sound effect 'nope'"),
]


@pytest.mark.parametrize(("story", "ink_file", "where", "message"), CASES, ids=[case[0] for case in CASES])
def test_each_kind_of_bad_tag_is_one_problem_naming_its_ink_file_and_knot(
    story: str, ink_file: str, where: str, message: str
) -> None:
    problems = lint(story)
    assert len(problems) == 1, "\n".join(map(str, problems))
    problem = problems[0]
    assert Path(problem.path).name == ink_file
    assert Path(problem.path).parent.resolve() == STORIES.resolve()
    assert problem.where == where
    assert problem.message.startswith(message), problem.message


def test_every_broken_story_in_the_fixtures_has_a_case() -> None:
    covered = {case[0] for case in CASES} | {"warp_to_broken_map"}
    assert {path.stem for path in STORIES.glob("*.json") if path.name != "manifest.json"} == covered


def test_the_fixture_json_is_current_with_its_ink() -> None:
    assert ink_tool.stale(STORIES) == []


def test_the_stage_directions_after_a_warp_play_on_the_map_warped_to() -> None:
    # move_on_another_map: `face: neighbour left` after the warp to mara_corridor is fine.
    assert [p.message.split(":")[0] for p in lint("move_on_another_map")] == ["tag '# move"]


@pytest.mark.parametrize("story", ["warp_to_broken_map", "move_unknown_actor"])
def test_a_map_that_does_not_load_is_reported_once_not_per_tag(story: str) -> None:
    # Two warps to it, or an actor that might be on it: one problem, about the map.
    problems = lint(story, broken_map=True)
    assert len(problems) == 1, "\n".join(map(str, problems))
    assert Path(problems[0].path).as_posix().endswith("maps/broken.tmx")
    assert problems[0].where == "map"
    assert "does not load, so the story's stage directions that name it were not checked" in problems[0].message


def compiled(*knots: tuple[str, list[object]]) -> list[object]:
    """A compiled root with these knots (content lists without their terminator)."""
    return [["done", None], "done", {name: [*content, "done", None] for name, content in knots}]


def tagged(text: str, *tags: str) -> list[object]:
    items: list[object] = [f"^{text}"]
    for tag in tags:
        items += ["#", f"^{tag}", "/#"]
    return [*items, "\n"]


def test_a_mood_for_a_speaker_without_portrait_or_moods_must_be_one_some_speaker_has() -> None:
    root = compiled(
        (
            "hall",
            tagged("Morning.", "speaker: neighbour", "mood: sda") + tagged("Hi.", "speaker: neighbour", "mood: curt"),
        )
    )
    problems = lint_story(root, catalogue(), STORIES / "inline.json")
    assert [p.message for p in problems] == [
        "tag '# mood: sda': no portrait or speaker has the mood 'sda' (did you mean 'sad'?);"
        " give neighbour its moods in assets/story/speakers.json"
    ]


def test_a_tag_on_its_own_line_belongs_to_the_next_line_of_text() -> None:
    root = compiled(("hall", ["#", "^mood: warm", "/#", *tagged("Thursday.", "speaker: tess")]))
    assert list(tag_lines(root)) == [("hall", ("mood: warm", "speaker: tess"))]
    assert lint_story(root, catalogue(), STORIES / "inline.json") == []


def test_tags_built_from_expressions_are_left_for_the_runtime() -> None:
    root = compiled(("hall", ["^Hi.", "#", "^speaker: ", "ev", {"VAR?": "who"}, "out", "/ev", "/#", "\n"]))
    assert list(tag_lines(root)) == []


def test_play_sfx_with_a_variable_argument_is_not_guessed() -> None:
    root = json.loads((STORIES / "play_sfx_missing.json").read_text(encoding="utf-8"))["root"]
    assert [name for _, name in external_calls(root, "play_sfx")] == ["pod_hmm", None]


def test_the_lint_walks_a_tree_nested_deeper_than_the_python_stack() -> None:
    root: list[object] = tagged("Deep.", "speaker: nobody")
    for _ in range(50_000):
        root = [root]
    problems = lint_story([root, "done", None], catalogue(), STORIES / "deep.json")
    assert [p.message.split(";")[0] for p in problems] == ["tag '# speaker: nobody': unknown speaker 'nobody'"]


@pytest.mark.parametrize("root", [None, 5, "x", {}, [], [None], [{"a": 5}], [[[["#", 3, "/#"]]]], [{"#": 7}]])
def test_the_lint_takes_any_json_for_a_root_without_raising(root: object) -> None:
    lint_story(root, catalogue(), STORIES / "odd.json")


def test_a_compiled_file_that_is_not_json_is_one_problem(tmp_path: Path) -> None:
    broken = tmp_path / "main.json"
    broken.write_text("[" * 100_000, encoding="utf-8")
    problems = lint_story_file(broken, catalogue())
    assert len(problems) == 1 and problems[0].where == "story"
    assert "rebuild it with python -m game.tools.ink" in problems[0].message


# -- the real story and the game's content ----------------------------------------------------------
def test_the_real_story_names_only_what_the_game_has() -> None:
    assert [str(p) for p in lint_story_file(STORY_JSON, load_catalogue())] == []


def test_every_speaker_in_the_real_story_has_an_entry_in_speakers_json() -> None:
    root = json.loads(STORY_JSON.read_text(encoding="utf-8"))["root"]
    used = {tag.split(":", 1)[1].strip() for _, tags in tag_lines(root) for tag in tags if tag.startswith("speaker:")}
    assert used and used <= set(game_speakers().speakers)


def test_the_game_catalogue_reads_every_part_of_the_content() -> None:
    game = load_catalogue()
    assert game.problems == ()
    assert game.speakers is not None and "narrator" in game.speakers
    assert {"mara", "somnico_host"} <= game.portraits.keys()
    assert "waking" in game.music and "pod_hum" in game.sfx
    assert game.colours is not None and "neon-cyan" in game.colours
    flat = game.maps["mara_flat"]
    assert flat is not None and "start" in flat.spawns and "flat.pod" in flat.knots


def test_the_dialogue_shows_name_plates_from_speakers_json() -> None:
    assert speaker_name("manager") == "P. Vance"
    assert speaker_name("roe") == "Elder Roe"
    assert speaker_name("tess") == "Tess"
    assert speaker_name("narrator") is None
    assert speaker_name(None) is None
    assert speaker_name("night_porter") == "Night Porter"  # not in the table: shown, and linted


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not valid JSON"),
        ("[]", "expected a JSON object"),
        ('{"../x": {"name": "X"}}', "not a plain name"),
        ('{"mara": "Mara"}', "speaker 'mara': expected"),
        ('{"mara": {"name": 3}}', "name should be text"),
        ('{"mara": {"name": "Mara", "moods": "sad"}}', "moods should be a list"),
        ('{"mara": {"name": "Mara", "colour": "red"}}', "speaker 'mara': expected"),
    ],
)
def test_a_broken_speakers_table_says_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(SpeakersError, match=message):
        parse_speakers(text)


def test_content_that_cannot_be_read_is_reported_once_and_its_checks_skipped(tmp_path: Path) -> None:
    (tmp_path / "assets" / "story").mkdir(parents=True)
    (tmp_path / "assets" / "portraits").mkdir()
    (tmp_path / "maps").mkdir()
    (tmp_path / "assets" / "story" / "speakers.json").write_text(
        '{"mara": {"name": "Mara", "moods": ["sad"]}}', encoding="utf-8"
    )
    (tmp_path / "assets" / "portraits" / "mara.json").write_text('{"rows": ["neutral"]}', encoding="utf-8")
    (tmp_path / "assets" / "portraits" / "roe.json").write_text("{", encoding="utf-8")
    (tmp_path / "maps" / "broken.tmx").write_text("<map", encoding="utf-8")
    found = load_catalogue(tmp_path)
    messages = {(Path(p.path).name, p.where): p.message for p in found.problems}
    assert "whose rows are its moods; remove its 'moods' here" in messages[("speakers.json", "speaker 'mara'")]
    assert "cannot be read" in messages[("roe.json", "portrait")]
    assert "cannot be read" in messages[("palette.gpl", "palette")]
    assert found.maps == {"broken": None} and found.colours is None


# -- Story(...) raises StoryError and nothing else ------------------------------------------------------
REAL = STORY_JSON.read_text(encoding="utf-8")
HOSTILE = {
    "empty object": "{}",
    "empty list": "[]",
    "a string": '"x"',
    "null": "null",
    "empty text": "",
    "truncated": REAL[: len(REAL) // 2],
    "root an int": '{"inkVersion": 21, "root": 5, "listDefs": {}}',
    "root a dict": '{"inkVersion": 21, "root": {}, "listDefs": {}}',
    "root empty": '{"inkVersion": 21, "root": [], "listDefs": {}}',
    "no listDefs": '{"inkVersion": 21, "root": ["done", null]}',
    "inkVersion 99": REAL.replace('"inkVersion":21', '"inkVersion":99', 1),
    "inkVersion text": REAL.replace('"inkVersion":21', '"inkVersion":"21"', 1),
    "open brackets": "[" * 100_000,
    "deep but closed": '{"inkVersion": 21, "root": ' + "[" * 5_000 + "]" * 5_000 + ', "listDefs": {}}',
    "lone surrogate": '{"inkVersion": 21, "root": ["^a\udcffb", "\\n", "done", null], "listDefs": {}}',
    "bink panics": json.dumps(
        {"inkVersion": 21, "root": [["^hi", "\n", "done", None], "done", {"global decl": 5}], "listDefs": {}}
    ),
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_any_json_text_that_is_not_a_story_is_a_story_error_naming_the_file(text: str) -> None:
    with pytest.raises(StoryError) as caught:
        Story(text, "hostile.json")
    assert caught.value.path == "hostile.json"
    assert "rebuild it from the .ink sources with python -m game.tools.ink" in str(caught.value)


@pytest.mark.parametrize("cut", range(1, 40))
def test_every_truncation_of_the_real_story_is_a_story_error(cut: int) -> None:
    with pytest.raises(StoryError):
        Story(REAL[: len(REAL) * cut // 40], "cut.json")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\xff\xfe{not utf-8", "the compiled story is not UTF-8 text"),
        (b"\xef\xbb\xbf{}", "the compiled story starts with a byte-order mark"),
        (b'{"inkVersion": 21, "root": [', "the compiled story is not valid JSON"),
    ],
)
def test_a_damaged_story_file_says_what_is_wrong_once_and_how_to_rebuild(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "main.json"
    path.write_bytes(content)
    with pytest.raises(StoryError) as caught:
        Story.load(path)
    assert caught.value.path == str(path)
    assert str(caught.value).startswith(reason) and str(path) not in str(caught.value)


def test_a_folder_where_the_story_should_be_is_a_story_error(tmp_path: Path) -> None:
    (tmp_path / "main.json").mkdir()
    with pytest.raises(StoryError, match="cannot be read"):
        Story.load(tmp_path / "main.json")


# -- the tools ---------------------------------------------------------------------------------------------
def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], capture_output=True, text=True, cwd=ROOT, check=False)


def test_ink_check_passes_the_real_story() -> None:
    result = run("game.tools.ink", "--check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ink_check_prints_each_problem_of_a_broken_story_and_exits_1() -> None:
    result = run("game.tools.ink", "--check", "--story-dir", "tests/fixtures/stories")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    for line in [
        "tests/fixtures/stories/unknown_speaker.ink: knot 'call': tag '# speaker: tes': unknown speaker 'tes'",
        "tests/fixtures/stories/included_scene.ink: knot 'scene': tag '# speaker: tes': unknown speaker 'tes'",
        "tests/fixtures/stories/malformed_wait.ink: knot 'pause': bad tag '# wait: soon'",
        "tests/fixtures/stories/warp_missing_spawn.ink: knot 'home': tag '# warp: mara_flat nowhere':",
        "tests/fixtures/stories/move_on_another_map.ink: knot 'office.vance': tag '# move: neighbour window':"
        " no actor 'neighbour' on map 'halcyon_office'",
    ]:
        assert line in result.stderr


def test_compiling_a_broken_story_reports_its_tags_and_exits_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("unknown_tint.ink", "unknown_tint.json"):
        shutil.copy(STORIES / name, tmp_path / name)

    def compiled_already(main: Path, story_dir: Path) -> dict[str, object]:  # no Node.js in the tests
        out = story_dir / main.with_suffix(".json").name
        return {"sha256": ink_tool.sha256(out), "sources": {main.name: ink_tool.sha256(main)}}

    monkeypatch.setattr(ink_tool.shutil, "which", lambda _name: "/usr/bin/npx")
    monkeypatch.setattr(ink_tool, "compile_story", compiled_already)
    assert ink_tool.build(tmp_path) == 1
    assert "unknown_tint.ink: knot 'advert': tag '# tint: neon-cyam 0.2'" in capsys.readouterr().err


def test_the_validator_checks_the_story_once_and_exits_1() -> None:
    result = run("game.tools.validate", "maps/mara_flat.tmx", "--story", "tests/fixtures/stories/included.json")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    line = "tests/fixtures/stories/included_scene.ink: knot 'scene': tag '# speaker: tes': unknown speaker 'tes'"
    assert result.stdout.count(line) == 1


def test_the_validator_names_a_damaged_story_once_and_says_how_to_rebuild(tmp_path: Path) -> None:
    damaged = tmp_path / "main.json"
    damaged.write_text('{"inkVersion": 21, "root": [', encoding="utf-8")
    result = run("game.tools.validate", "--story", str(damaged))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    story_lines = [line for line in result.stdout.splitlines() if "main.json" in line]
    assert story_lines == [
        f"{damaged}: story: the compiled story is not valid JSON (Expecting value at line 1, column 29);"
        " rebuild it from the .ink sources with python -m game.tools.ink"
    ]
