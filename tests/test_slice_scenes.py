"""The slice's scenes and effects in the running game: the prologue card after New game,
swapping on a party map (sound, camera glide, HUD), Trace's lens changing the picture, the
crash effect with and without reduced flashes, and the end card leading to the title."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.app import App, parse_args
from game.input import Action
from game.scenes.card import CardScene
from game.scenes.explore import ExploreScene
from game.scenes.menus import CreditsScreen, TitleScreen
from game.story.tags import Crash, End

from .conftest import FIXTURES, Ear

PARTY_ROOM = str(FIXTURES / "maps" / "party_room.tmx")


def make_app(tmp_path: Path, *extra: str) -> App:
    options = ["--settings", str(tmp_path / "s.json"), "--save-dir", str(tmp_path / "saves"), "--seed", "2", *extra]
    app = App(parse_args(options))
    app.services.audio = Ear()
    return app


@pytest.fixture
def party(tmp_path: Path):
    app = make_app(tmp_path, "--map", PARTY_ROOM, "--spawn", "arrive")
    app.frame(None)
    yield app
    pygame.quit()


def press(app: App, action: Action, frames: int = 1) -> None:
    app.inject({action}, set())
    for _ in range(frames):
        app.frame(None)


def scene_of(app: App) -> ExploreScene:
    scene = app.services.scenes.find(ExploreScene)
    assert scene is not None
    return scene


def test_new_game_opens_with_the_news_card_then_maras_flat(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    try:
        press(app, Action.INTERACT)  # New game on the title
        press(app, Action.INTERACT, frames=2)  # the content note (on by default), shown whole
        press(app, Action.INTERACT)  # and begin
        card = app.services.scenes.top
        assert isinstance(card, CardScene) and card.knot == "prologue" and len(card.lines) >= 3
        for _ in range(2 * len(card.lines) + 2):
            if not isinstance(app.services.scenes.top, CardScene):
                break
            press(app, Action.INTERACT)
        assert scene_of(app).world.map.name == "mara_flat"
    finally:
        pygame.quit()


def test_swapping_plays_a_sound_glides_the_camera_and_lights_the_new_head(party: App) -> None:
    scene = scene_of(party)
    assert scene.world.puzzle is not None
    before = scene.view.camera
    press(party, Action.SWAP_4)
    assert scene.world.player.name == "roe" and "swap" in party.services.audio.heard
    cameras = []
    for _ in range(30):
        party.frame(None)
        cameras.append(scene.view.camera)
    moved = [c for a, c in zip(cameras, cameras[1:], strict=False) if a != c]
    assert cameras[-1] != before and len(moved) >= 5, "the camera glides over several frames, not jumps"
    press(party, Action.SWAP_NEXT)
    assert scene.world.player.name == "mara", "next after Roe wraps to Mara"


def test_the_hud_and_the_lens_change_the_picture(party: App) -> None:
    scene = scene_of(party)
    puzzle = scene.world.puzzle
    assert puzzle is not None
    party.frame(None)
    plain = party.internal.copy()
    press(party, Action.ABILITY)  # Mara's lens on
    assert puzzle.party.lens_on
    party.frame(None)
    lens = party.internal.copy()
    assert pygame.image.tobytes(plain, "RGB") != pygame.image.tobytes(lens, "RGB")
    # The HUD sits bottom-left: the ability line reads the lens state, and the active
    # protagonist's head is the lit one.
    from game.scenes.hud import ability_state

    assert ability_state(puzzle) == "lens on"
    mara_head = pygame.Rect(9, 180 - 30, 16, 16)
    lit = pygame.image.tobytes(party.internal.subsurface(mara_head), "RGB")
    press(party, Action.SWAP_2)
    party.frame(None)
    unlit = pygame.image.tobytes(party.internal.subsurface(mara_head), "RGB")
    assert lit != unlit


def brightest_frames(app: App, frames: int) -> list[float]:
    """Mean brightness of each of the next frames."""
    values = []
    for _ in range(frames):
        app.frame(None)
        r, g, b, *_ = pygame.transform.average_color(app.internal)
        values.append((r + g + b) / 3)
    return values


@pytest.mark.parametrize("reduce_flashes", [False, True])
def test_the_crash_flashes_only_without_reduced_flashes(party: App, reduce_flashes: bool) -> None:
    party.services.settings.reduce_flashes = reduce_flashes
    scene = scene_of(party)
    assert scene.stage.direct(Crash(1.5)) == 90
    values = brightest_frames(party, 90)
    flashes = [v for v in values if v > 200]
    if reduce_flashes:
        assert not flashes
    else:
        assert flashes
    assert "glitch" in party.services.audio.heard
    assert scene.crash is None, "the effect ends on time"


def test_the_end_direction_shows_the_end_card_then_the_credits_then_the_title(party: App) -> None:
    scene = scene_of(party)
    scene.stage.direct(End("credits_card"))
    scene._after_dialogue()  # what the dialogue does when it closes
    card = party.services.scenes.top
    assert isinstance(card, CardScene) and card.knot == "credits_card"
    party.frame(None)
    assert card.lines, "the end card has lines"
    for _ in range(2 * len(card.lines) + 2):
        if not isinstance(party.services.scenes.top, CardScene):
            break
        press(party, Action.INTERACT)
    assert isinstance(party.services.scenes.top, CreditsScreen)
    press(party, Action.INTERACT)  # the credits may be skipped
    assert isinstance(party.services.scenes.top, TitleScreen)


def test_every_puzzle_event_has_a_sound_or_a_notice_and_none_breaks_the_scene(party: App) -> None:
    import dataclasses
    import typing

    from game.world.puzzle import events as pe

    scene = scene_of(party)
    samples = {int: 10, bool: True, str: "mara", tuple: ((1, 1),)}
    for kind in typing.get_args(pe.PuzzleEvent):
        if kind is pe.Stepped:
            continue  # a footstep, as on every map
        hints = typing.get_type_hints(kind)
        values = {
            f.name: samples.get(typing.get_origin(hints[f.name]) or hints[f.name]) for f in dataclasses.fields(kind)
        }
        before = len(party.services.audio.heard), scene.hud.notice_until
        scene._on_puzzle_event(kind(**values))
        assert (len(party.services.audio.heard), scene.hud.notice_until) != before or kind is pe.SignalChanged, kind


def test_lilas_light_radius_shows_on_the_dark_and_shrinks_when_she_is_alone(tmp_path: Path) -> None:
    from game.world.geometry import Direction

    app = make_app(tmp_path, "--map", "chaos_chamber", "--spawn", "arrive")
    try:
        scene = scene_of(app)
        puzzle = scene.world.puzzle
        assert puzzle is not None
        dark = next(c for c, marks in scene.world.map.terrain.items() if "dark" in marks)
        party = puzzle.party
        far = [(5, 5), (5, 7), (7, 5)]
        for name, cell in zip(("mara", "jonas", "roe"), far, strict=True):
            party.member(name).actor.place(cell, Direction.DOWN)
        lila_cell = (dark[0], dark[1] + 2)
        party.member("lila").actor.place(lila_cell, Direction.UP)
        party.swap_to("lila")

        def dark_cell_brightness() -> float:
            app.frame(None)
            ox, oy = scene.view.screen_offset()
            patch = app.internal.subsurface((ox + dark[0] * 16, oy + dark[1] * 16, 16, 16))
            return sum(pygame.transform.average_color(patch)[:3]) / 3

        alone = dark_cell_brightness()
        party.member("roe").actor.place((lila_cell[0] + 1, lila_cell[1]), Direction.DOWN)
        together = dark_cell_brightness()
        assert together > alone + 20, (alone, together)
    finally:
        pygame.quit()


def test_a_refusal_names_a_helper_only_when_that_helper_is_on_the_map(party: App, tmp_path: Path) -> None:
    from game.scenes.party import refusal_text

    puzzle = scene_of(party).world.puzzle
    assert "Jonas" in refusal_text("gap", puzzle)
    alone = make_app(tmp_path / "alone", "--map", "dream_mara_1", "--spawn", "arrive")
    dream = scene_of(alone).world.puzzle
    assert dream is not None and dream.party.names == ("mara",)
    assert "Jonas" not in refusal_text("gap", dream) and "Lila" not in refusal_text("dark", dream)
