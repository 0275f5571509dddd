"""Help the player asks for: Roe's three hints for every puzzle of the game (a nudge, a clue,
the answer; each only after the one before; remembered per puzzle across saves), and the
chapter's "what now" line and journal, driven by the story's variables."""

from __future__ import annotations

import shlex
from pathlib import Path

import pygame
import pytest

from game.content.tiled import load_map
from game.scenes.dialogue import DialogueScene
from game.scenes.explore import ExploreScene
from game.scenes.hints import HintMenu, JournalScreen, chapter_progress, open_hints, puzzle_at_hand
from game.scenes.menu_pause import PauseMenu
from game.story.chapters import game_chapters, parse_chapters, progress, step_problems
from game.story.runtime import Story
from game.tools.route import Runner
from game.world.jsonread import StateError
from game.world.playthrough import MapRecord, Playthrough, read_playthrough, to_json
from game.world.puzzle.spec import HINT_TIERS

from .conftest import MAPS_DIR, ROOT, map_data, start_game

STORY = ROOT / "assets" / "story" / "main.json"


@pytest.fixture(autouse=True)
def _quit_pygame():
    yield
    pygame.quit()


def game_puzzles() -> list[tuple[str, str, str]]:
    """(map, puzzle, entry spawn) for every puzzle on the game's own maps (not the samples)."""
    found = []
    for path in sorted(MAPS_DIR.glob("*.tmx")):
        data = map_data(path)
        if data.puzzle is None:
            continue
        for section in data.puzzle.sections:
            spawn = next(s.name for s in data.spawns.values() if s.cell == section.entry)
            found.append((path.stem, section.name, spawn))
    return found


PUZZLES = game_puzzles()


def test_the_game_has_hints_for_its_dream_and_merge_puzzles() -> None:
    names = {(m, p) for m, p, _ in PUZZLES}
    assert {("dream_mara_1", "walkway"), ("dream_mara_2", "switchboard"), ("chaos_chamber", "ledgers")} <= names


@pytest.mark.parametrize(("map_name", "puzzle", "spawn"), PUZZLES, ids=[p for _, p, _ in PUZZLES])
def test_every_puzzle_names_a_hint_knot_with_three_tiers_in_roes_voice(map_name: str, puzzle: str, spawn: str) -> None:
    data = load_map(str(MAPS_DIR / f"{map_name}.tmx")).data
    assert data.puzzle is not None
    section = next(s for s in data.puzzle.sections if s.name == puzzle)
    assert section.hints, f"{map_name}: puzzle {puzzle} has no hints"
    story = Story.load(STORY)
    story.bind("play_sfx", lambda name: None)
    story.bind("begin_chapter", lambda name: None)
    for tier in HINT_TIERS:
        story.start(f"{section.hints}.{tier}")
        lines = []
        while (line := story.step()) is not None:
            lines.append(line)
        assert lines, f"{section.hints}.{tier} says nothing"
        assert {line.speaker for line in lines} == {"roe"}, f"{section.hints}.{tier} is not all Roe"


def start_at(tmp_path: Path, map_name: str, spawn: str):
    app = start_game(tmp_path)
    runner = Runner(app)
    lines = ["set merged true", f"start {map_name} {spawn}", "read"]
    for n, line in enumerate(lines, start=1):
        runner.run(n, line.split())
    return app, runner


def finish_dialogue(app) -> list[str]:
    """Step through the dialogue on top; who spoke."""
    speakers: list[str] = []
    for _ in range(2000):
        top = app.services.scenes.top
        if not isinstance(top, DialogueScene):
            return speakers
        if top.line is not None and (not speakers or speakers[-1] != top.line.speaker):
            speakers.append(top.line.speaker)
        from game.input import Action

        app.inject({Action.INTERACT}, set())
        app.frame(None)
    raise AssertionError("the dialogue never ended")


@pytest.mark.parametrize(("map_name", "puzzle", "spawn"), PUZZLES, ids=[p for _, p, _ in PUZZLES])
def test_hints_reach_all_three_tiers_one_at_a_time_and_are_remembered(
    tmp_path: Path, map_name: str, puzzle: str, spawn: str
) -> None:
    app, _ = start_at(tmp_path, map_name, spawn)
    scene = app.services.scenes.find(ExploreScene)
    assert scene is not None
    section = puzzle_at_hand(scene)
    assert section is not None and section.name == puzzle
    key = f"{map_name}/{puzzle}"
    assert key not in scene.world.playthrough.hints, "no hint is given unasked"
    for tier in range(1, 4):
        assert open_hints(app.services) is None
        menu = app.services.scenes.top
        assert isinstance(menu, HintMenu)
        assert [item.enabled for item in menu.items] == [n <= tier for n in range(1, 4)]
        assert menu.current is menu.items[tier - 1], "the menu offers the next tier first"
        menu.select()
        assert scene.world.playthrough.hints[key] == tier
        assert finish_dialogue(app) == ["roe"]
    app.session.save_game("1")
    app.session.quit_to_title()
    assert app.session.load_game("1") is None
    loaded = app.services.scenes.find(ExploreScene)
    assert loaded is not None and loaded.world.playthrough.hints[key] == 3


def test_the_pause_menu_offers_a_hint_only_where_there_is_a_puzzle(tmp_path: Path) -> None:
    app, _ = start_at(tmp_path, "mara_flat", "start")
    app.services.scenes.push(PauseMenu(app.services))
    menu = app.services.scenes.top
    assert isinstance(menu, PauseMenu)
    hint = next(item for item in menu.items if item.label == "Ask Roe for a hint")
    assert not hint.enabled
    assert open_hints(app.services) == "No puzzle here to ask Roe about."


def test_a_solved_puzzle_is_not_offered(tmp_path: Path) -> None:
    entry = next(spawn for map_name, puzzle, spawn in PUZZLES if puzzle == "walkway")
    app, runner = start_at(tmp_path, "dream_mara_1", entry)
    scene = app.services.scenes.find(ExploreScene)
    assert scene is not None and puzzle_at_hand(scene) is not None
    runner.run(9, ["solve", "walkway"])
    assert puzzle_at_hand(scene) is None


# -- the playthrough keeps the tiers --------------------------------------------------------------------
def test_hint_tiers_are_saved_with_the_playthrough_and_checked_on_load() -> None:
    playthrough = Playthrough(hints={"chaos_chamber/ledgers": 2})
    saved = to_json(playthrough, "chaos_chamber", MapRecord(), ())
    assert saved["hints"] == {"chaos_chamber/ledgers": 2}
    assert read_playthrough(saved).playthrough.hints == {"chaos_chamber/ledgers": 2}
    older = {k: v for k, v in saved.items() if k != "hints"}
    assert read_playthrough(older).playthrough.hints == {}, "a save from before hints loads"
    with pytest.raises(StateError, match=r"hints\['chaos_chamber/ledgers'\]"):
        read_playthrough({**saved, "hints": {"chaos_chamber/ledgers": 4}})


# -- objectives -----------------------------------------------------------------------------------------
def test_the_goal_follows_the_story_variables_and_the_journal_grows() -> None:
    day = game_chapters()["mara_day"]
    values = {"answered_office": False, "slept_in": False, "went_to_office": False, "day_done": False}
    start = progress(day, values.__getitem__)
    assert start.goal == day.steps[0].goal and start.journal == ()
    values["slept_in"] = True
    later = progress(day, values.__getitem__)
    assert later.goal == day.steps[1].goal
    assert later.journal == (day.steps[0].journal,)
    values.update(went_to_office=True, day_done=True)
    assert progress(day, values.__getitem__).goal is None


def test_every_step_of_the_game_names_real_ink_variables() -> None:
    story = Story.load(STORY)
    assert step_problems(game_chapters(), story.variables()) == []


def test_a_step_naming_a_missing_variable_is_reported_with_a_did_you_mean() -> None:
    table = parse_chapters(
        '{"x": {"title": "X", "protagonist": "mara", "steps": '
        '[{"goal": "Go.", "done": "went_to_ofice", "journal": "Went."}]}}'
    )
    [problem] = step_problems(table, {"went_to_office": False}, Path("chapters.json"))
    assert str(problem) == (
        "chapters.json: chapter 'x' step 1: done names went_to_ofice (did you mean 'went_to_office'?),"
        " not Ink variables"
    )


def test_a_new_game_shows_the_goal_in_the_pause_menu_and_the_journal_grows(tmp_path: Path) -> None:
    app = start_game(tmp_path)
    runner = Runner(app)
    steps = game_chapters()["mara_day"].steps
    lines = ["new_game", "read", "read", 'choose "showcase"', "read", 'choose "tablet"', "read"]
    for n, line in enumerate(lines, start=1):
        runner.run(n, shlex.split(line))
    found = chapter_progress(app.services)
    assert found is not None and found.chapter.name == "mara_day"
    assert (found.goal, found.journal) == (steps[0].goal, ())
    runner.run(8, shlex.split('choose "Answer Vance"'))
    runner.run(9, ["read"])
    app.services.scenes.push(PauseMenu(app.services))
    surface = pygame.Surface((320, 180))
    app.services.scenes.top.draw(surface)
    found = chapter_progress(app.services)
    assert found is not None and (found.goal, found.journal) == (steps[1].goal, (steps[0].journal,))
    journal = JournalScreen(app.services)
    assert journal.heading == "Mara's Friday"
    assert journal.progress == found


def test_the_hint_key_opens_roes_hints_in_a_puzzle_and_says_why_not_elsewhere(tmp_path: Path) -> None:
    from game.input import Action
    from game.scenes.overlays import MessageBox

    entry = next(spawn for map_name, puzzle, spawn in PUZZLES if puzzle == "ledgers")
    app, _ = start_at(tmp_path, "chaos_chamber", entry)
    app.inject({Action.HINT}, set())
    app.frame(None)
    assert isinstance(app.services.scenes.top, HintMenu)
    other, _ = start_at(tmp_path / "office", "halcyon_office", "from_street")
    assert isinstance(other.services.scenes.top, ExploreScene)
    other.inject({Action.HINT}, set())
    other.frame(None)
    top = other.services.scenes.top
    assert isinstance(top, MessageBox)


def test_the_dream_and_the_merge_say_what_now_step_by_step() -> None:
    merge = game_chapters()["merge"]
    start = {"chamber_step": 0, "wing_mara_done": False, "wings_done": 0, "fires": 0}
    states = [{**start, "chamber_step": n} for n in range(4)]
    states.append({**states[-1], "wing_mara_done": True, "wings_done": 1})
    for fires in range(1, 5):  # a fire after each wing, then the next wing (any of the three)
        states.append({**states[-1], "fires": fires})
        if fires < 4:
            states.append({**states[-1], "wings_done": fires + 1})
    goals = [progress(merge, state.__getitem__).goal for state in states]
    assert goals == [*(step.goal for step in merge.steps), None]
    dream = game_chapters()["mara_dream"]
    middle = progress(dream, {"dream_step": 1, "dreamt": False}.__getitem__)
    assert middle.goal == dream.steps[1].goal and middle.journal == (dream.steps[0].journal,)
