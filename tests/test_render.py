"""Drawing (on SDL's dummy display): characters sorted by their feet, tile layers above the
"sprites" layer covering them, small maps centred, and tile animations driven by the game
clock so the same step always draws the same picture."""

from __future__ import annotations

import pygame
import pytest

from game.assets import Assets
from game.render.mapview import BACKDROP, MapView
from game.render.naive import draw_naive
from game.render.sprites import ActorSprite, CharacterSheet, SheetError
from game.world.actor import Actor
from game.world.geometry import Direction

from .conftest import FIXTURES

ROOM = str(FIXTURES / "maps" / "room.tmx")


def flat_sheet(colour: tuple[int, int, int]) -> CharacterSheet:
    image = pygame.Surface((80, 96), pygame.SRCALPHA)
    image.fill(colour)
    return CharacterSheet(image)


@pytest.fixture
def view(display: pygame.Surface) -> MapView:
    return MapView(Assets().load_map_file(ROOM))


def test_lower_feet_draw_in_front(view: MapView, display: pygame.Surface) -> None:
    back = ActorSprite(Actor("back", (3, 2), Direction.DOWN), flat_sheet((200, 0, 0)))
    front = ActorSprite(Actor("front", (3, 3), Direction.DOWN), flat_sheet((0, 0, 200)))
    view.add(front)  # added first, so only sorting can put it in front
    view.add(back)
    view.look_at((64, 48))
    surface = pygame.Surface((320, 180))
    view.draw(surface, 0)
    # The front sprite's head (rows 40..47 of the map) overlaps the back sprite's feet.
    x, y = view.dest.x + 3 * 16 + 8, view.dest.y + 3 * 16 - 4
    assert surface.get_at((x, y))[:3] == (0, 0, 200)


def test_tiles_above_the_sprite_layer_cover_characters(view: MapView) -> None:
    sprite = ActorSprite(Actor("mara", (5, 4), Direction.DOWN), flat_sheet((0, 200, 0)))
    view.add(sprite)
    surface = pygame.Surface((320, 180))
    view.draw(surface, 0)
    covered = (view.dest.x + 5 * 16 + 8, view.dest.y + 4 * 16 + 8)
    uncovered = (view.dest.x + 5 * 16 + 8, view.dest.y + 4 * 16 - 4)  # the head sticks out above
    assert surface.get_at(covered)[:3] != (0, 200, 0)
    assert surface.get_at(uncovered)[:3] == (0, 200, 0)


def test_a_map_smaller_than_the_screen_is_centred_on_the_backdrop(view: MapView) -> None:
    surface = pygame.Surface((320, 180))
    view.draw(surface, 0)
    assert view.dest.topleft == ((320 - 128) // 2, (180 - 96) // 2)
    assert surface.get_at((2, 2))[:3] == BACKDROP
    assert surface.get_at(view.dest.center)[:3] != BACKDROP


def test_tile_animation_follows_the_game_clock_not_the_wall_clock(view: MapView) -> None:
    door = (view.dest.x + 7 * 16 + 8, view.dest.y + 3 * 16 + 8)  # animated: door/floor every 200 ms

    def colour_at(time_ms: float) -> tuple[int, ...]:
        surface = pygame.Surface((320, 180))
        view.draw(surface, time_ms)
        return tuple(surface.get_at(door))

    first = colour_at(0)
    assert colour_at(250) != first
    assert colour_at(450) == first


def test_the_naive_renderer_draws_the_same_picture(view: MapView) -> None:
    view.add(ActorSprite(Actor("mara", (2, 2), Direction.DOWN), flat_sheet((0, 200, 0))))
    buffered, naive = pygame.Surface((320, 180)), pygame.Surface((320, 180))
    view.draw(buffered, 0)
    draw_naive(naive, view, view.data.tmx)
    difference = [
        (x, y) for x in range(0, 320, 4) for y in range(0, 180, 4) if buffered.get_at((x, y)) != naive.get_at((x, y))
    ]
    assert difference == []


def test_a_sprite_sheet_of_the_wrong_size_is_named() -> None:
    with pytest.raises(SheetError, match="mara.png: sprite sheet is"):
        CharacterSheet(pygame.Surface((64, 96)), "mara.png")


def test_walking_frames_cycle_over_two_cells() -> None:
    sheet = CharacterSheet(pygame.Surface((80, 96)))
    actor = Actor("mara", (0, 0), Direction.RIGHT)
    assert sheet.frame_for(actor) is sheet.frames[Direction.RIGHT][0]
    seen = []
    for _ in range(2):
        actor.start_walk(Direction.RIGHT)
        for progress in (0.1, 0.6):
            actor.progress = progress
            seen.append(sheet.frames[Direction.RIGHT].index(sheet.frame_for(actor)))
        actor.advance(1.0)
    assert sorted(seen) == [1, 2, 3, 4]
