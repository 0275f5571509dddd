"""The Ink story and its runtime: the compiled JSON is current, the paths the game starts
exist, Mara's morning plays every way it can, and story state lives only in Ink."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from game.story import Line, Story, StoryError, paths
from game.story.runtime import iter_tags
from game.story.tags import (
    Face,
    Fade,
    Move,
    Music,
    Place,
    Sfx,
    TagError,
    Tint,
    Wait,
    Warp,
    parse_direction,
    tag_problems,
)
from game.tools import ink as ink_tool
from game.world.geometry import Direction

ROOT = Path(__file__).resolve().parent.parent
STORY_DIR = ROOT / "assets" / "story"
STORY_JSON = ROOT / paths.STORY_FILE
MORNING_SPEAKERS = {"mara", "somnico_host", "manager", "narrator"}
ANSWER_OFFICE = "Answer Vance"
ONE_MORE_HOUR = "Just one more hour"
PUT_TABLET_DOWN = "Put the tablet"


@pytest.fixture
def story() -> Story:
    return Story.load(STORY_JSON)


def read_lines(story: Story) -> list[Line]:
    """Every line up to the next choice or the end."""
    lines = []
    while (line := story.step()) is not None:
        lines.append(line)
    return lines


def play(story: Story, *picks: str) -> list[Line]:
    """Read on, taking at each choice the one whose text starts with the next pick."""
    lines = read_lines(story)
    for pick in picks:
        matching = [choice for choice in story.choices if choice.text.startswith(pick)]
        assert matching, f"no choice starting {pick!r} among {[c.text for c in story.choices]}"
        story.choose(matching[0].index)
        lines += read_lines(story)
    return lines


def every_branch_lines(story: Story) -> list[Line]:
    """Every line reachable from where the story stands, trying every choice in turn."""
    lines = read_lines(story)
    for choice in story.choices:
        state = story.save_state()
        story.choose(choice.index)
        lines += every_branch_lines(story)
        story.load_state(state)
    return lines


# -- the compiled story is current and loads ----------------------------------------------
def test_the_committed_json_is_current_with_every_ink_source() -> None:
    assert ink_tool.stale(STORY_DIR) == []


def test_the_manifest_hashes_every_ink_source_in_the_story_folder() -> None:
    recorded = {src for entry in ink_tool.read_manifest(STORY_DIR).values() for src in entry["sources"]}  # type: ignore[attr-defined]
    assert recorded == {ink.relative_to(STORY_DIR).as_posix() for ink in STORY_DIR.rglob("*.ink")}


def test_the_staleness_check_names_an_edited_source_and_fails(tmp_path: Path) -> None:
    copy = tmp_path / "story"
    shutil.copytree(STORY_DIR, copy)
    with (copy / "mara_morning.ink").open("a", encoding="utf-8") as ink:
        ink.write("\n// an edit nobody compiled\n")
    problems = ink_tool.stale(copy)
    assert len(problems) == 1
    assert "main.json" in problems[0] and "mara_morning.ink changed" in problems[0]
    assert ink_tool.main(["--check", "--story-dir", str(copy)]) == 1


def test_the_staleness_check_catches_a_hand_edited_json_and_a_new_story(tmp_path: Path) -> None:
    copy = tmp_path / "story"
    shutil.copytree(STORY_DIR, copy)
    (copy / "main.json").write_text((copy / "main.json").read_text(encoding="utf-8") + " ", encoding="utf-8")
    (copy / "coda.ink").write_text("Dawn.\n", encoding="utf-8")
    problems = "\n".join(ink_tool.stale(copy))
    assert "main.json: changed since it was compiled" in problems
    assert "coda.json: never compiled" in problems


def test_crlf_line_endings_do_not_make_the_story_stale(tmp_path: Path) -> None:
    copy = tmp_path / "story"
    shutil.copytree(STORY_DIR, copy)
    ink = copy / "main.ink"
    ink.write_bytes(ink.read_bytes().replace(b"\n", b"\r\n"))
    assert ink_tool.stale(copy) == []


def test_the_compiled_json_has_no_byte_order_mark_and_loads_in_bink() -> None:
    import bink.story  # type: ignore[import-untyped]

    assert not STORY_JSON.read_bytes().startswith(b"\xef\xbb\xbf")
    assert bink.story.story_from_file(str(STORY_JSON)).can_continue()


def test_loading_a_missing_or_corrupt_story_names_the_file_once_and_says_how_to_rebuild(tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt.json"
    corrupt.write_text('{"inkVersion": 21, "root": [', encoding="utf-8")
    with_bom = tmp_path / "bom.json"
    with_bom.write_text("\ufeff" + STORY_JSON.read_text(encoding="utf-8"), encoding="utf-8")
    for path, reason in [
        (tmp_path / "nowhere.json", "the compiled story is missing"),
        (corrupt, "the compiled story is not valid JSON"),
        (with_bom, "the compiled story starts with a byte-order mark"),
    ]:
        with pytest.raises(StoryError) as caught:
            Story.load(path)
        assert caught.value.path == str(path)
        message = str(caught.value)
        assert message.startswith(reason) and path.name not in message  # callers print `path: story: message`
        assert message.endswith("rebuild it from the .ink sources with python -m game.tools.ink")


# -- paths ---------------------------------------------------------------------------------
@pytest.mark.parametrize("path", paths.ALL_PATHS)
def test_every_path_the_game_starts_exists_in_the_compiled_story(story: Story, path: str) -> None:
    assert story.has_path(path)
    story.start(path)  # bink agrees: it can jump there
    assert story.step() is not None


@pytest.mark.parametrize("path", ["nowhere", "flat.nowhere", "mara_morning.nowhere", "flat..pod", ""])
def test_has_path_is_false_for_paths_the_story_lacks(story: Story, path: str) -> None:
    assert not story.has_path(path)


def test_starting_a_missing_knot_is_a_story_error_naming_it(story: Story) -> None:
    with pytest.raises(StoryError, match="flat.attic"):
        story.start("flat.attic")


# -- Mara's morning -------------------------------------------------------------------------
def test_answering_the_office_keeps_pod_hours_and_sets_answered_office(story: Story) -> None:
    story.start(paths.MARA_MORNING)
    lines = play(story, PUT_TABLET_DOWN, ANSWER_OFFICE)
    assert story.done
    assert story.get("pod_hours") == 0
    assert story.get("answered_office") is True
    assert story.get("slept_in") is False
    assert lines[-1].speaker == "mara" and lines[-1].mood == "determined"


def test_one_more_hour_in_the_pod_costs_two_pod_hours_and_sets_slept_in(story: Story) -> None:
    story.start(paths.MARA_MORNING)
    lines = play(story, PUT_TABLET_DOWN, ONE_MORE_HOUR)
    assert story.done
    assert story.get("pod_hours") == 2
    assert story.get("slept_in") is True
    assert story.get("answered_office") is False
    assert [d for line in lines for d in line.directions if isinstance(d, Fade)] == [Fade("out"), Fade("in")]


def test_the_phone_choices_set_their_flags_and_leave_only_putting_the_tablet_down(story: Story) -> None:
    story.start(paths.MARA_MORNING)
    play(story, "Check the news", "Open the message from Tess")
    assert [choice.text for choice in story.choices] == ["Put the tablet face down"]
    assert story.get("read_showcase_news") is True
    assert story.get("read_sister_message") is True


def test_the_flat_remembers_the_morning(story: Story) -> None:
    story.start(paths.FLAT_POD)
    untouched_pod = read_lines(story)[0].text
    story.start(paths.MARA_MORNING)
    play(story, "Open the message from Tess", PUT_TABLET_DOWN, ONE_MORE_HOUR)
    story.start(paths.FLAT_POD)
    assert read_lines(story)[0].text != untouched_pod
    story.start(paths.FLAT_BOXES)
    assert any("TESS" in line.text for line in read_lines(story))


def test_every_line_of_the_morning_has_a_speaker_and_every_voice_a_mood(story: Story) -> None:
    story.start(paths.MARA_MORNING)
    lines = every_branch_lines(story)
    for path in paths.FLAT_THINGS:
        story.start(path)
        lines += every_branch_lines(story)
    assert len({line.text for line in lines}) >= 30
    for line in lines:
        assert line.speaker in MORNING_SPEAKERS, line.text
        assert line.speaker == "narrator" or line.mood, line.text


def test_every_mood_is_drawn_in_its_speakers_portrait(story: Story) -> None:
    story.start(paths.MARA_MORNING)
    for line in every_branch_lines(story):
        sheet = ROOT / "assets" / "portraits" / f"{line.speaker}.json"
        if line.mood and sheet.exists():
            assert line.mood in json.loads(sheet.read_text(encoding="utf-8"))["rows"], line.text


def test_tags_come_out_as_speaker_mood_and_stage_directions(story: Story) -> None:
    story.start(paths.MARA_MORNING)
    lines = read_lines(story)
    assert lines[0].speaker == "narrator" and lines[0].mood is None
    assert lines[0].directions == (Music("waking"), Face("mara", Direction.DOWN))
    host = next(line for line in lines if line.speaker == "somnico_host")
    assert host.mood == "smile"
    assert host.tags["speaker"] == "somnico_host"
    assert "speaker: somnico_host" in host.raw_tags
    assert host.directions == (Tint("neon-cyan", 0.2),)


# -- tags -------------------------------------------------------------------------------------
def test_every_tag_in_the_story_is_known_well_formed_and_names_what_the_game_has() -> None:
    assert [str(problem) for problem in ink_tool.lint(STORY_JSON)] == []


def test_the_story_names_only_sounds_music_colours_and_maps_that_exist() -> None:
    palette = {line.split("\t")[-1].strip() for line in (ROOT / "assets" / "palette.gpl").read_text().splitlines()}
    root = json.loads(STORY_JSON.read_text(encoding="utf-8"))["root"]
    directions = [parse_direction(tag, where) for where, tag in iter_tags(root)]
    for direction in directions:
        if isinstance(direction, Music) and direction.track != "none":  # `none` stops the music
            assert (ROOT / "assets" / "audio" / "music" / f"{direction.track}.wav").exists(), direction
        if isinstance(direction, Tint):
            assert direction.colour in palette, direction
        if isinstance(direction, Warp):
            assert (ROOT / "maps" / f"{direction.map_name}.tmx").exists(), direction
    sounds = re.findall(r'"\^([a-z_]+)","/str",\{"x\(\)":"play_sfx"', STORY_JSON.read_text(encoding="utf-8"))
    sounds += [d.name for d in directions if isinstance(d, Sfx)]
    assert sounds
    for sound in sounds:
        assert (ROOT / "assets" / "audio" / "sfx" / f"{sound}.wav").exists(), sound


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("move: mara pod", Move("mara", "pod")),
        ("place: mara pod", Place("mara", "pod")),
        ("place:  roe   bench ", Place("roe", "bench")),
        ("face: roe left", Face("roe", Direction.LEFT)),
        ("wait: 0.5", Wait(0.5)),
        ("fade: out", Fade("out")),
        ("tint: fog 1", Tint("fog", 1.0)),
        ("warp: mara_corridor from_flat", Warp("mara_corridor", "from_flat")),
        ("speaker: mara", None),
    ],
)
def test_direction_tags_parse_into_typed_directions(raw: str, expected: object) -> None:
    assert parse_direction(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "move: mara",
        "place: mara",
        "place: mara pod now",
        "face: mara sideways",
        "wait: soon",
        "wait: -1",
        "fade: up",
        "tint: fog 2",
        "warp: somewhere",
        "pan:",
    ],
)
def test_malformed_direction_tags_raise_an_error_naming_where_and_the_tag(raw: str) -> None:
    with pytest.raises(TagError, match=re.escape(f"flat.ink, knot 'flat': bad tag '# {raw}'")):
        parse_direction(raw, "flat.ink, knot 'flat'")


def test_unknown_tags_are_reported_by_the_lint() -> None:
    assert tag_problems("speakr: mara")
    assert tag_problems("speaker: mara") == []


def test_place_is_a_known_stage_direction_with_the_same_arguments_as_move() -> None:
    assert tag_problems("place: mara pod") == []
    assert tag_problems("place: mara") == ["bad tag '# place: mara': expected place: <actor> <spawn-or-object>"]
    assert "did you mean 'place'" in tag_problems("plase: mara pod")[0]


def test_a_malformed_tag_in_a_story_stops_step_naming_the_ink_file_and_knot() -> None:
    compiled = {
        "inkVersion": 21,
        "root": [
            ["done", None],
            "done",
            {"hall": [["^Lights.", "#", "^fade: sideways", "/#", "\n", "done", None], None]},
        ],
        "listDefs": {},
    }
    broken = Story(json.dumps(compiled), "broken.json", {"hall": "civic_hall.ink"})
    broken.start("hall")
    with pytest.raises(StoryError, match=r"civic_hall.ink, knot 'hall': bad tag '# fade: sideways'"):
        broken.step()


# -- state lives in Ink ------------------------------------------------------------------------
def test_save_and_load_state_round_trip_in_the_middle_of_the_morning(story: Story) -> None:
    story.start(paths.MARA_MORNING)
    play(story, "Check the news")
    saved = story.save_state()
    first_run = [line.text for line in play(story, PUT_TABLET_DOWN, ONE_MORE_HOUR)]
    assert story.get("pod_hours") == 2

    restored = Story.load(STORY_JSON)
    restored.load_state(saved)
    assert restored.get("read_showcase_news") is True
    assert restored.get("pod_hours") == 0
    assert [line.text for line in play(restored, PUT_TABLET_DOWN, ONE_MORE_HOUR)] == first_run
    assert restored.variables() == story.variables()


def test_loading_a_state_tells_observers_what_changed(story: Story) -> None:
    before = story.save_state()
    story.start(paths.MARA_MORNING)
    play(story, PUT_TABLET_DOWN, ONE_MORE_HOUR)
    seen: list[tuple[str, object]] = []
    story.observe("pod_hours", lambda name, value: seen.append((name, value)))
    story.load_state(before)
    assert seen == [("pod_hours", 0)]


def test_a_damaged_state_is_a_story_error(story: Story) -> None:
    with pytest.raises(StoryError, match="saved story state"):
        story.load_state("{not a state")


def test_external_functions_are_called_with_their_arguments(story: Story) -> None:
    calls: list[tuple[str, ...]] = []
    story.bind("begin_chapter", lambda name: calls.append(("begin_chapter", name)))
    story.bind("play_sfx", lambda name: calls.append(("play_sfx", name)))
    story.start(paths.MARA_MORNING)
    play(story, PUT_TABLET_DOWN, ANSWER_OFFICE)
    assert calls == [("begin_chapter", "mara_day"), ("play_sfx", "pod_hum")]


def test_an_error_in_a_bound_function_surfaces_from_step(story: Story) -> None:
    def broken(name: str) -> None:
        raise LookupError(f"no chapter card for {name}")

    story.bind("begin_chapter", broken)
    story.start(paths.MARA_MORNING)
    with pytest.raises(LookupError, match="mara_day"):
        read_lines(story)


def test_the_story_runs_on_ink_fallbacks_when_nothing_is_bound(story: Story) -> None:
    story.start(paths.MARA_MORNING)
    assert play(story, PUT_TABLET_DOWN, ANSWER_OFFICE)
    assert story.done


def test_observers_hear_ink_change_pod_hours(story: Story) -> None:
    seen: list[tuple[str, object]] = []
    story.observe("pod_hours", lambda name, value: seen.append((name, value)))
    story.start(paths.MARA_MORNING)
    play(story, PUT_TABLET_DOWN, ONE_MORE_HOUR)
    assert seen == [("pod_hours", 2)]


def test_set_changes_the_ink_variable_the_story_reads(story: Story) -> None:
    story.start(paths.FLAT_POD)
    rested = read_lines(story)[0].text
    story.set("pod_hours", 6)
    story.start(paths.FLAT_POD)
    assert read_lines(story)[0].text != rested
    assert story.get("pod_hours") == 6


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (lambda s: s.get("pod_minutes"), "no VAR pod_minutes"),
        (lambda s: s.set("slept_in", 3), "slept_in holds a bool"),
        (lambda s: s.set("pod_hours", "lots"), "pod_hours holds a int"),
        (lambda s: s.observe("bond_mara_nobody", print), "no VAR bond_mara_nobody"),
        (lambda s: s.choose(0), "no choice 0"),
    ],
)
def test_asking_for_what_the_story_lacks_is_a_clear_error(
    story: Story, action: Callable[[Story], object], message: str
) -> None:
    with pytest.raises(StoryError, match=message):
        action(story)


def test_variables_is_a_snapshot_not_a_second_store(story: Story) -> None:
    snapshot = story.variables()
    assert {"day", "pod_hours", "answered_office", "bond_mara_jonas"} <= snapshot.keys()
    snapshot["pod_hours"] = 99
    assert story.get("pod_hours") == 0


def test_the_story_layer_does_not_import_pygame() -> None:
    for module in (ROOT / "game" / "story").glob("*.py"):
        assert not re.search(r"^\s*(import|from)\s+pygame", module.read_text(encoding="utf-8"), re.M), module
