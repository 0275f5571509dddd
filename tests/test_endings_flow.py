"""After an ending: the game remembers which one was reached (in the player's record beside
the settings, kept like the lines read), the credits roll once to their own music, and the
title opens the Endings page and chapter select."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pygame
import pytest

from game.app import App
from game.content.tiled import load_map
from game.input import Action
from game.scenes.card import CardScene
from game.scenes.explore import ExploreScene
from game.scenes.menu_base import MAX_FOOTER_LINES
from game.scenes.menu_endings import HIDDEN_TITLE, ChapterSelect, EndingsScreen
from game.scenes.menus import CreditsScreen, TitleScreen
from game.seen import SeenLines
from game.story.conditions import parse
from game.story.endings import EndingsError, game_endings, parse_endings
from game.story.tags import End

from .conftest import ROOT, Ear, press_each, start_game


@pytest.fixture
def chamber(tmp_path: Path):
    app = start_game(tmp_path, "--map", "chaos_chamber", "--spawn", "arrive")
    app.services.audio = Ear()  # type: ignore[assignment]
    app.frame(None)
    yield app
    pygame.quit()


def end_with(app: App, ending: str) -> None:
    """The story reached `ending` and its last card is shown and read to the end."""
    scene = app.services.scenes.find(ExploreScene)
    assert scene is not None and app.services.story is not None
    app.services.story.set("ending", ending)
    scene.stage.direct(End("credits_card"))
    scene._after_dialogue()  # what the dialogue does when it closes
    for _ in range(40):
        if not isinstance(app.services.scenes.top, CardScene):
            break
        press_each(app, Action.INTERACT)


def labels(menu) -> list[str]:
    menu.refresh()
    return [item.label for item in menu.items]


def test_the_ending_reached_is_remembered_and_the_credits_roll_once_to_their_music(chamber: App) -> None:
    end_with(chamber, "half_light")
    credits = chamber.services.scenes.top
    assert isinstance(credits, CreditsScreen) and credits.then is not None
    assert chamber.services.seen.endings == ("half_light",)
    saved = json.loads(Path(chamber.services.seen.path or "").read_text(encoding="utf-8"))
    assert saved["endings"] == ["half_light"]
    assert "music:credits" in chamber.services.audio.heard  # type: ignore[attr-defined]
    for _ in range(60 * 60):  # they roll by themselves, then the title
        if not isinstance(chamber.services.scenes.top, CreditsScreen):
            break
        chamber.inject(set(), set())
        chamber.frame(None)
    assert isinstance(chamber.services.scenes.top, TitleScreen)


def test_the_title_opens_endings_and_chapters_only_once_an_ending_is_reached(chamber: App) -> None:
    chamber.session.quit_to_title()
    title = chamber.services.scenes.top
    assert isinstance(title, TitleScreen)
    title.refresh()
    enabled = {item.label: item.enabled for item in title.items}
    assert enabled["Endings"] is False and enabled["Chapters"] is False
    chamber.services.seen.add_ending("dawn")
    title.refresh()
    enabled = {item.label: item.enabled for item in title.items}
    assert enabled["Endings"] is True and enabled["Chapters"] is True


def test_the_endings_page_names_only_the_endings_reached(chamber: App) -> None:
    chamber.services.seen.add_ending("lullaby")
    page = EndingsScreen(chamber.services)
    shown = labels(page)
    titles = [ending.title for ending in game_endings().values()]
    assert len(titles) >= 3
    assert shown == [*(t if t == "Lullaby" else HIDDEN_TITLE for t in titles), "Back"]


def test_chapter_select_starts_a_new_game_where_the_chapter_begins(chamber: App) -> None:
    select = ChapterSelect(chamber.services)
    shown = labels(select)
    assert "Lila's Friday" in shown and "The Merge" in shown
    item = next(i for i in select.items if i.label == "Roe's Night")
    assert item.on_select is not None
    item.on_select()
    scene = chamber.services.scenes.find(ExploreScene)
    assert scene is not None and scene.world.map.name == "dream_roe_1"
    assert scene.world.playthrough.chapter == "roe_dream"
    assert chamber.services.story is not None and chamber.services.story.get("roe_day_done") is True


@pytest.mark.parametrize("large", [False, True], ids=["normal_text", "large_text"])
def test_the_endings_page_and_chapter_select_fit_on_screen_with_every_line_whole(chamber: App, large: bool) -> None:
    chamber.services.settings.large_text = large
    for ending in game_endings():
        chamber.services.seen.add_ending(ending)
    screen = pygame.Surface((320, 180))
    page, select = EndingsScreen(chamber.services), ChapterSelect(chamber.services)
    for menu in (page, select):
        menu.refresh()
        assert screen.get_rect().contains(menu.panel_rect(screen)), type(menu).__name__
    width = page.panel_rect(screen).w
    for ending in game_endings().values():  # each ending's line, whole, in the footer
        lines = page.font.wrap(ending.line, width - 20)
        assert len(lines) <= MAX_FOOTER_LINES, ending.title
    panel = select.panel_rect(screen)
    assert select.row_height() >= 2 * select.font.line_height + 6, "a row has room for its second line"
    for item in select.items:
        assert max(select.font.measure(item.label), select.font.measure(item.sub)) + 14 <= panel.w - 8, item.label


def test_the_record_keeps_endings_beside_the_lines_and_drops_what_is_not_one(tmp_path: Path) -> None:
    path = tmp_path / "seen_lines.json"
    record = SeenLines.load(str(path))
    record.add_ending("dawn")
    record.add_ending("dawn")
    record.save()
    assert SeenLines.load(str(path)).endings == ("dawn",)
    path.write_text(json.dumps({"version": 1, "lines": [], "endings": ["lullaby", 7, "no way!"]}), encoding="utf-8")
    damaged = SeenLines.load(str(path))
    assert damaged.endings == ("lullaby",)
    assert damaged.notices and "left out" in damaged.notices[0]
    path.write_text(json.dumps({"version": 1, "lines": []}), encoding="utf-8")  # a record from before endings
    assert SeenLines.load(str(path)).endings == ()


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("[]", "expected a JSON object"),
        ('{"dawn": {"title": "Dawn"}}', "ending 'dawn': 'line' should be text"),
        ('{"dawn": {"title": "Dawn", "line": "x", "colour": 1}}', "ending 'dawn': unknown key 'colour'"),
        ("{}", "lists no ending"),
    ],
)
def test_a_bad_endings_table_is_refused_naming_the_ending(text: str, says: str) -> None:
    with pytest.raises(EndingsError, match=re.escape(says)):
        parse_endings(text)


def test_every_ending_the_story_can_reach_is_in_the_table() -> None:
    ink = (ROOT / "assets" / "story" / "main.ink").read_text(encoding="utf-8")
    named = set(re.findall(r'~ ending = "([a-z_]+)"', ink))
    assert named == {"dawn", "half_light", "lullaby"}
    assert named <= set(game_endings())


EPILOGUE_MAPS = ("halcyon_office", "jonas_loft", "vesper_school", "civic_hall", "rest_ward", "vesper_plaza")


@pytest.mark.parametrize("name", EPILOGUE_MAPS)
def test_in_the_epilogue_only_its_own_people_stand_about_and_no_door_leads_back_into_friday(name: str) -> None:
    """On a map the epilogue revisits, a character is either a Friday one that steps aside
    (its condition ends with the Friday: `epilogue_at == ""`, or `not merged`) or one of the
    epilogue's (`epilogue_at == "..."`, speaking an epilogue knot); and every way off the
    map is shut while a scene is on, so nobody walks out of Monday into Friday."""
    data = load_map(str(ROOT / "maps" / f"{name}.tmx")).data
    for npc in data.npcs:
        condition = str(npc.properties.get("condition") or "")
        knot = str(npc.properties.get("knot") or "")
        friday = 'epilogue_at == ""' in condition or "not merged" in condition
        epilogue = re.search(r'epilogue_at == "\w+"', condition) is not None and knot.startswith("epilogue")
        assert friday or epilogue, f"{name}: {npc.name!r} ({condition or 'no condition'}) speaks {knot} in the epilogue"
    scenes = set(
        re.findall(
            r'epilogue_at == "(\w+)"',
            (ROOT / "maps" / f"{name}.tmx").read_text(encoding="utf-8").replace("&quot;", '"'),
        )
    )
    for door in (o for o in data.objects if o.kind in ("door", "warp")):
        condition = parse(str(door.properties.get("condition") or "true"))
        for scene in scenes:
            story = {"epilogue_at": scene, "merged": True}
            assert not condition(lambda var, story=story: story.get(var, True)), (
                f"{name}: {door.name!r} opens in scene {scene!r}"
            )
