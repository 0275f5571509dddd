"""Chapters as data: assets/story/chapters.json names each chapter, its title and who plays
it; `begin_chapter` in the story records the chapter and changes who is playing, the load
menu shows the title, and a name the table lacks is reported by the story lint."""

from __future__ import annotations

import json
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest

from game.scenes.explore import ExploreScene
from game.story import chapters as chapters_module
from game.story.catalogue import Catalogue
from game.story.chapters import CHAPTERS_FILE, Chapter, ChaptersError, load_chapters, parse_chapters
from game.story.lint import lint_story
from game.story.tree import external_calls

from .conftest import start_game

pytestmark = pytest.mark.usefixtures("quit_pygame")

STORY = Path(__file__).parent.parent / "assets" / "story" / "main.json"


def test_the_game_s_table_loads_and_every_chapter_the_story_begins_is_in_it() -> None:
    table = load_chapters(CHAPTERS_FILE)
    root = json.loads(STORY.read_text(encoding="utf-8"))["root"]
    begun = {name for _, name in external_calls(root, "begin_chapter")}
    assert begun == set(table), "the story begins every chapter of the table, and no other"
    assert {"mara_day", "mara_dream", "jonas_day", "jonas_dream", "showcase", "merge"} <= begun
    mara_day = table["mara_day"]
    assert (mara_day.name, mara_day.title, mara_day.protagonist) == ("mara_day", "Mara's Friday", "mara")
    assert all(chapter.steps for chapter in table.values()), "every chapter says what to do next"


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("[1]", "expected a JSON object of chapters"),
        ('{"x": {"title": "X"}}', 'chapter \'x\': expected {"title": ..., "protagonist": ..., "steps": [...]}'),
        ('{"x": {"title": "X", "protagonist": "tess"}}', "chapter 'x': protagonist 'tess' is not one of mara, jonas"),
        (
            '{"x": {"title": "' + "z" * 60 + '", "protagonist": "mara"}}',
            "title should be a line of text of at most 20 characters",
        ),
        ('{"../x": {"title": "X", "protagonist": "mara"}}', "is not a plain name"),
        ("{not json", "not valid JSON"),
        ('{"x": {"title": "X", "protagonist": "mara", "next": "y"}}', "next names 'y', not a chapter here"),
        (
            '{"x": {"title": "X", "protagonist": "mara", "next": "y"}, "y": {"title": "Y", "protagonist": "lila"}}',
            "chapter 'x': next is 'y', which has no 'begins'",
        ),
        ('{"x": {"title": "X", "protagonist": "mara", "card": "no card"}}', "card should be a name like"),
        ('{"x": {"title": "X", "protagonist": "mara", "given": {"day_done": [1]}}}', "given should be like"),
    ],
)
def test_a_bad_table_is_refused_naming_the_chapter(text: str, says: str) -> None:
    with pytest.raises(ChaptersError) as error:
        parse_chapters(text)
    assert says in str(error.value)


def test_the_lint_reports_a_chapter_the_table_lacks_with_a_did_you_mean() -> None:
    call = ["ev", "str", "^mara_dy", "/str", {"x()": "begin_chapter", "exArgs": 1}, "pop", "/ev"]
    root = [["done", None], "done", {"flat": [*call, "done", None], "global decl": ["ev", "/ev", "end", None]}]
    table = MappingProxyType({"mara_day": Chapter("mara_day", "Mara's Friday", "mara")})
    messages = [p.message for p in lint_story(root, Catalogue(chapters=table), "x.json")]
    assert messages == [
        "begin_chapter(\"mara_dy\"): no chapter 'mara_dy' in assets/story/chapters.json (did you mean 'mara_day'?)"
    ]


def jonas_table() -> Any:
    table = dict(chapters_module.game_chapters())
    table["jonas_day"] = Chapter("jonas_day", "Jonas's Friday", "jonas")
    return MappingProxyType(table)


def test_a_chapter_of_another_protagonist_puts_them_on_the_map_and_a_save_keeps_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("game.session.game_chapters", jonas_table)
    app = start_game(tmp_path, "--map", "vesper_street")
    for _ in range(3):
        app.frame(None)
    scene = app.services.scenes.top
    assert isinstance(scene, ExploreScene)
    cell = scene.world.player.cell
    app.session.begin_chapter("jonas_day")
    app.frame(None)
    world = scene.world
    assert (world.player.name, world.player.cell) == ("jonas", cell), "Jonas stands where Mara stood"
    assert scene.player_sprite.actor is world.player
    assert world.playthrough.chapter == "jonas_day" and world.playthrough.protagonist == "jonas"
    assert app.session.save_game("1") is None
    assert app.session.saves.summaries()[0].chapter == "jonas_day"
    app.session.quit_to_title()
    assert app.session.load_game("1") is None
    loaded = app.services.scenes.top
    assert isinstance(loaded, ExploreScene)
    assert (loaded.world.player.name, loaded.world.player.cell) == ("jonas", cell)
    assert loaded.world.playthrough.chapter == "jonas_day"


def test_a_chapter_begun_before_the_world_exists_applies_when_the_map_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("game.session.game_chapters", jonas_table)
    app = start_game(tmp_path)
    app.session.begin_chapter("jonas_day")  # as a card's story would, on the title screen
    scene = app.session._enter("vesper_street", "from_building")
    assert scene is not None
    assert scene.world.player.name == "jonas" and scene.world.playthrough.chapter == "jonas_day"


def test_on_a_party_map_a_chapter_does_not_take_the_player_s_choice_away(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("game.session.game_chapters", jonas_table)
    app = start_game(tmp_path, "--map", "chaos_chamber")
    scene = app.services.scenes.top
    assert isinstance(scene, ExploreScene)
    scene.world.play_as("lila")
    app.session.begin_chapter("jonas_day")
    assert scene.world.player.name == "lila" and scene.world.playthrough.chapter == "jonas_day"


# -- starting at a chapter ---------------------------------------------------------------------------
def test_every_chapter_says_where_it_begins_and_the_validator_finds_it_there() -> None:
    from game.tools.validate import STORY_FILE, StoryChecks

    table = load_chapters(CHAPTERS_FILE)
    assert all(chapter.begins is not None for chapter in table.values())
    assert StoryChecks(STORY_FILE).chapter_problems() == []


def test_a_chapter_beginning_nowhere_is_reported_with_a_did_you_mean() -> None:
    from game.story.chapters import Begins
    from game.tools.validate import STORY_FILE, StoryChecks

    checks = StoryChecks(STORY_FILE)
    assert [p.message for p in checks._begins_problems("x", Begins("chaos_chamber", "arive", "chamber.arive"))] == [
        "at spawn 'arive', which chaos_chamber lacks (did you mean 'arrive'?)",
        "with 'chamber.arive' is not a knot in the Ink story (did you mean 'chamber.arrive'?)",
    ]
    [missing] = checks._begins_problems("x", Begins("nowhere", "start"))
    assert missing.where == "chapter 'x' begins" and "on map 'nowhere', but there is no" in missing.message


def test_a_route_and_the_game_can_start_at_any_chapter(tmp_path) -> None:
    import pygame

    from game.scenes.error import ErrorScreen
    from game.scenes.explore import ExploreScene
    from game.tools.route import RouteError, Runner

    from .conftest import start_game

    try:
        app = start_game(tmp_path / "route")
        runner = Runner(app)
        said = runner.run(1, ["chapter", "merge"])
        assert said.startswith("chapter merge (The Merge): a new game on chaos_chamber at arrive")
        runner.finish()
        scene = app.services.scenes.find(ExploreScene)
        assert scene is not None and scene.world.map.name == "chaos_chamber"
        assert scene.world.playthrough.chapter == "merge"
        with pytest.raises(RouteError, match=r"no chapter 'mrege' \(did you mean 'merge'\?\)"):
            Runner(start_game(tmp_path / "typo")).run(1, ["chapter", "mrege"])
        game = start_game(tmp_path / "cli", "--chapter", "mara_dream")
        scene = game.services.scenes.find(ExploreScene)
        assert scene is not None and scene.world.map.name == "dream_mara_1"
        assert scene.world.playthrough.chapter == "mara_dream"
        wrong = start_game(tmp_path / "wrong", "--chapter", "jonas_dya")
        assert isinstance(wrong.services.scenes.top, ErrorScreen)
    finally:
        pygame.quit()


# -- one chapter after another ---------------------------------------------------------------------
def test_each_chapter_that_follows_another_begins_somewhere_and_has_its_card() -> None:
    from game.tools.validate import STORY_FILE, StoryChecks

    table = load_chapters(CHAPTERS_FILE)
    following = [table[chapter.next] for chapter in table.values() if chapter.next]
    assert following, "chapters follow one another as data"
    assert all(chapter.begins is not None and chapter.card for chapter in following)
    assert StoryChecks(STORY_FILE).chapter_problems() == []


def test_the_validator_names_a_card_the_story_lacks(monkeypatch: pytest.MonkeyPatch) -> None:
    from game.tools import validate
    from game.tools.validate import STORY_FILE, StoryChecks

    text = '{"x": {"title": "X", "protagonist": "mara", "card": "jonas_crad", "given": {"pod_hour": 1}}}'
    monkeypatch.setattr(validate, "load_chapters", lambda: parse_chapters(text))
    said = {(p.where, p.message) for p in StoryChecks(STORY_FILE).chapter_problems()}
    assert ("chapter 'x' card", "'jonas_crad' is not a knot in the Ink story (did you mean 'jonas_card'?)") in said
    assert any(where == "chapter 'x' given" and "pod_hour (did you mean 'pod_hours'?)" in m for where, m in said)


def test_when_a_chapter_ends_the_next_one_s_card_leads_to_where_it_begins_and_it_autosaves(tmp_path: Path) -> None:
    from game.scenes.card import CardScene
    from game.tools.route import Runner

    app = start_game(tmp_path)
    runner = Runner(app)
    runner.run(1, ["chapter", "mara_dream"])
    runner.run(2, ["knot", "dream.temptation"])
    runner.run(3, ["read"])
    runner.run(4, ["choose", "Wake up"])
    runner.run(5, ["read"])
    card = app.services.scenes.top
    following = load_chapters(CHAPTERS_FILE)[load_chapters(CHAPTERS_FILE)["mara_dream"].next]
    assert isinstance(card, CardScene) and card.knot == following.card
    runner.run(6, ["read"])
    scene = app.services.scenes.find(ExploreScene)
    assert scene is not None and following.begins is not None
    world = scene.world
    assert world.map.name == following.begins.map
    assert world.playthrough.chapter == following.name
    assert world.player.name == following.protagonist
    assert "dream_mara_1" in world.playthrough.records, "the playthrough goes on: earlier maps keep their state"
    from game.scenes.dialogue import DialogueScene

    while isinstance(app.services.scenes.top, DialogueScene):  # the chapter's first scene, to its end
        runner.run(7, ["choose", "1"])
        runner.run(8, ["read"])
    runner.run(9, ["wait", "0.1"])  # the player has control: the chapter's start is saved
    autosave = {s.slot: s for s in app.session.saves.summaries()}["auto"]
    assert autosave.chapter == following.name, "the chapter autosaves at its start"


def test_a_chapter_started_on_its_own_has_what_the_chapters_before_left(tmp_path: Path) -> None:
    app = start_game(tmp_path, "--chapter", "showcase")
    for _ in range(3):
        app.frame(None)
    story = app.services.story
    assert story is not None and story.get("day_done") is True and story.get("dreamt") is True
    assert story.get("answered_office") is False and story.get("slept_in") is False, "Mara's morning did not play"


def test_a_story_that_ends_a_chapter_with_nothing_next_says_so_on_screen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from game.scenes.error import ErrorScreen

    app = start_game(tmp_path, "--chapter", "threshold")
    app.session.next_chapter()
    top = app.services.scenes.top
    assert isinstance(top, ErrorScreen)
    assert "chapter 'threshold': ends (# next_chapter) but has no next chapter" in " ".join(top.lines)
