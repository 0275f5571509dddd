"""Tiled's drawing features, drawn as Tiled 1.8 draws them: layer opacity, tint, offsets and
parallax (through groups), image layers (repeated, as a dream's backdrop), tile objects
(flipped, stretched, turned, animated, sorted with the characters on the "sprites" layer),
hidden groups (neither drawn nor solid); the real Tiled's rasterizer draws the same
pictures. Maps saved as JSON get a message saying how to save them as TMX.

The fixtures (tests/fixtures/features/) use a tileset of flat colours (features.png):
tile 1 white, 2 red (solid), 3 green, 4 blue, 5 half-transparent yellow, 6 and 7 the two
frames of an animation (magenta, cyan), 8 four coloured quadrants (red, green / blue,
yellow); coords.png has red = x and green = y at each pixel, so a pixel of it on screen
tells which part of the image is there."""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pygame
import pytest

from game.assets import Assets
from game.content.features import Look
from game.content.problems import ContentError
from game.content.tiled import LoadedMap, load_map
from game.content.validate import find_maps, validate
from game.render.layers import recolour
from game.render.mapview import MapView
from game.render.sprites import ActorSprite, CharacterSheet
from game.world.actor import Actor
from game.world.geometry import Direction

from .conftest import FIXTURES, ROOT
from .test_tiled import rasterizer

FEATURES = FIXTURES / "features"
WHITE, RED, GREEN, BLUE = (255, 255, 255), (200, 40, 40), (40, 200, 40), (40, 40, 200)
QUADRANTS = {
    "top_left": (255, 0, 0),
    "top_right": (0, 255, 0),
    "bottom_left": (0, 0, 255),
    "bottom_right": (255, 255, 0),
}


def loaded(name: str, folder: Path = FEATURES) -> LoadedMap:
    return Assets().load_map_file(str(folder / f"{name}.tmx"))


def picture(view: MapView, time_ms: float = 0.0) -> pygame.Surface:
    surface = pygame.Surface(view.dest.size)
    view.draw(surface, time_ms)
    return surface


def whole_map(map_: LoadedMap, time_ms: float = 0.0) -> pygame.Surface:
    """The map drawn by the game with a view exactly its size (no centring, no camera)."""
    width, height = map_.tiled.width * 16, map_.tiled.height * 16
    view = MapView(map_, (width, height))
    view.look_at((width / 2, height / 2))
    return picture(view, time_ms)


def rgb(surface: pygame.Surface, x: int, y: int) -> tuple[int, int, int]:
    colour = surface.get_at((x, y))
    return colour.r, colour.g, colour.b


def near(got: tuple[int, ...], want: tuple[int, ...], slack: int = 2) -> bool:
    return all(abs(a - b) <= slack for a, b in zip(got, want, strict=True))


@pytest.fixture
def layers(display: pygame.Surface) -> LoadedMap:
    return loaded("layers")


# -- layers: opacity, tint, offset, groups, hidden ---------------------------------------------


def test_a_tile_layer_at_half_opacity_lets_the_layer_below_show_through(layers: LoadedMap) -> None:
    assert near(rgb(whole_map(layers), 20, 20), (228, 148, 148))  # red at 50% over white


def test_a_layer_tint_multiplies_its_tiles_colours(layers: LoadedMap) -> None:
    assert rgb(whole_map(layers), 36, 20) == (40, 100, 0)  # green x #ff8000


def test_offsets_add_up_through_groups_and_a_groups_opacity_applies_to_its_layers(layers: LoadedMap) -> None:
    shot = whole_map(layers)
    # The blue tile of cell (3, 1), moved 8 px by its layer and (8, 4) by its group, at 50%.
    assert near(rgb(shot, 66, 22), (148, 148, 228))
    assert near(rgb(shot, 64 + 15, 20 + 15), (148, 148, 228))
    assert rgb(shot, 58, 22) == WHITE  # where it would be without the offsets
    assert rgb(shot, 66, 18) == WHITE


def test_nothing_in_a_hidden_group_is_drawn_or_solid(layers: LoadedMap) -> None:
    assert rgb(whole_map(layers), 4 * 16 + 8, 3 * 16 + 8) == WHITE  # its red wall tile is not drawn
    assert not layers.data.is_blocked((4, 3))  # and does not block
    assert layers.tiled.get_tile_properties_by_gid(layers.tiled.layers[6].data[3][4])["solid"] is True


def test_a_layer_drawn_apart_still_animates_on_the_game_clock(layers: LoadedMap) -> None:
    at = (6 * 16 + 8, 16 + 8)
    assert near(rgb(whole_map(layers, 0), *at), (228, 148, 228))  # magenta at 50% over white
    assert near(rgb(whole_map(layers, 250), *at), (148, 228, 228))  # then cyan


# -- tile objects ------------------------------------------------------------------------------


def test_a_tile_object_is_drawn_with_its_bottom_left_at_its_position_flipped(layers: LoadedMap) -> None:
    shot = whole_map(layers)  # "flipped": x 16, y 80 (its bottom), flipped horizontally
    assert rgb(shot, 20, 66) == QUADRANTS["top_right"]
    assert rgb(shot, 28, 66) == QUADRANTS["top_left"]
    assert rgb(shot, 20, 74) == QUADRANTS["bottom_right"]


def test_a_tile_object_is_stretched_to_its_size(layers: LoadedMap) -> None:
    shot = whole_map(layers)  # "big": 32x32 from (64, 64)
    assert rgb(shot, 66, 66) == QUADRANTS["top_left"] and rgb(shot, 93, 93) == QUADRANTS["bottom_right"]
    assert rgb(shot, 94, 66) == QUADRANTS["top_right"]


def test_a_tile_object_turns_clockwise_about_its_bottom_left_corner(layers: LoadedMap) -> None:
    shot = whole_map(layers)  # "turned": origin (96, 48), 90 degrees: it now hangs below and right of it
    assert rgb(shot, 108, 52) == QUADRANTS["top_left"]
    assert rgb(shot, 108, 60) == QUADRANTS["top_right"]
    assert rgb(shot, 100, 52) == QUADRANTS["bottom_left"]


def test_an_animated_tile_object_follows_the_game_clock(layers: LoadedMap) -> None:
    assert rgb(whole_map(layers, 0), 116, 84) == (200, 40, 200)
    assert rgb(whole_map(layers, 250), 116, 84) == (40, 200, 200)
    assert rgb(whole_map(layers, 450), 116, 84) == (200, 40, 200)


def test_decoration_is_drawn_but_is_no_game_object(layers: LoadedMap) -> None:
    assert [obj.name for obj in layers.data.objects] == ["start"]
    assert not layers.data.is_blocked((1, 4))


def test_a_tile_object_on_the_sprites_layer_sorts_with_the_characters_by_its_bottom(layers: LoadedMap) -> None:
    image = pygame.Surface((80, 96), pygame.SRCALPHA)
    image.fill((250, 0, 0))
    sheet = CharacterSheet(image)

    def at_the_post(cell: tuple[int, int]) -> tuple[int, int, int]:
        view = MapView(layers, (128, 96))
        view.add(ActorSprite(Actor("mara", cell, Direction.DOWN), sheet))
        view.look_at((64, 48))
        return rgb(picture(view), 88, 44)  # the post: a blue tile from (80, 40) to its bottom at y 56

    assert at_the_post((5, 2)) == BLUE  # feet at y 48, above the post's bottom: behind it
    assert at_the_post((5, 3)) == (250, 0, 0)  # feet at y 64: in front


# -- image layers, parallax, repeats -------------------------------------------------------------


def test_a_backdrop_image_layer_shows_where_no_tile_is_and_moves_at_its_parallax_factor(
    display: pygame.Surface,
) -> None:
    """Tiled: a layer is drawn at its offset plus (1 - factor) x (view centre - parallax
    origin). The sky (coords.png, offset (16, 8), factor 0.5) shows through the hole in the
    ground (cells x < 16, y < 10)."""
    sky = loaded("parallax")
    view = MapView(sky, (64, 64))

    def shown(centre: tuple[int, int], at: tuple[int, int]) -> tuple[int, int]:
        view.look_at(centre)
        colour = picture(view).get_at(at)
        return colour.r, colour.g

    left, top = 100 - 32, 100 - 32
    want_x = left + 10 - 16 - 0.5 * 100
    want_y = top + 10 - 8 - 0.5 * 100
    assert shown((100, 100), (10, 10)) == (want_x, want_y)
    assert shown((164, 100), (10, 10)) == (want_x + 64 - 32, want_y)  # the camera moved 64 px, the sky 32


def test_parallax_factors_multiply_through_groups(display: pygame.Surface) -> None:
    """The star tile (cell (2, 1)) is in a layer with factor 0.5 inside a group with 0.5."""
    view = MapView(loaded("parallax"), (96, 96))
    view.look_at((200, 100))
    shot = picture(view)
    x = 2 * 16 + 0.75 * 200 - (200 - 48)  # factor 0.25: shifted by 0.75 x the view's centre
    y = 1 * 16 + 0.75 * 100 - (100 - 48)
    blue = [(sx, sy) for sx in range(96) for sy in range(96) if rgb(shot, sx, sy) == BLUE]
    assert min(blue) == (round(x), round(y))


def test_an_image_layer_repeats_along_x_at_its_offset_with_tint_and_opacity(display: pygame.Surface) -> None:
    shot = whole_map(loaded("repeat"))  # pattern.png (8x8) from (4, 20), repeated along x only
    assert rgb(shot, 5, 21) == rgb(shot, 5 + 8 * 12, 21) == rgb(shot, 5 - 8 + 8, 21)
    assert rgb(shot, 1, 21) == rgb(shot, 9, 21) != WHITE  # repeated to the left of its offset too
    assert rgb(shot, 5, 19) == WHITE and rgb(shot, 5, 28) == WHITE  # not along y
    # pattern (0, 0) is (0, 0, 200); tint #c0ffc0 and opacity 0.5 over white
    assert near(rgb(shot, 4, 20), (128, 128, 128 + round(200 * 192 / 255 / 2)))


def test_a_tint_with_alpha_fades_like_opacity() -> None:
    image = pygame.Surface((1, 1), pygame.SRCALPHA)
    image.fill((200, 100, 50, 255))
    faded = recolour(image, Look(tint=(255, 128, 255, 128), opacity=0.5))
    assert tuple(faded.get_at((0, 0))) == (200, 50, 50, 64)


def test_without_any_layer_for_pyscroll_the_view_draws_every_layer_itself(
    display: pygame.Surface, tmp_path: Path
) -> None:
    copy = copied(tmp_path)
    text = (copy / "layers.tmx").read_text(encoding="utf-8")
    for name in ("ground", "tinted", "moved", "ghost walls"):  # every tile layer at half opacity ("half" is)
        text = text.replace(f'name="{name}" width="8" height="6"', f'name="{name}" width="8" height="6" opacity="0.5"')
    (copy / "layers.tmx").write_text(text, encoding="utf-8")
    shot = whole_map(loaded("layers", copy))
    assert near(rgb(shot, 8, 8), (128, 128, 128))  # white at 50% over the black background
    assert rgb(shot, 20, 66) == QUADRANTS["top_right"]  # the tile objects still drawn


# -- what the real Tiled draws ---------------------------------------------------------------


def tiled_picture(path: Path, tmp_path: Path, *options: str) -> pygame.Surface:
    out = tmp_path / f"{path.stem}.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [rasterizer(), "--no-smoothing", "--hide-layer", "objects", *options, str(path), str(out)]
    run = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    assert run.returncode == 0, run.stderr
    return pygame.image.load(str(out))


def differences(ours: pygame.Surface, theirs: pygame.Surface) -> list[tuple[int, int]]:
    """Pixels (of `ours`) more than 2 apart in any channel; Tiled leaves empty pixels
    transparent where the game shows the map's background (black by default)."""
    wrong = []
    for x in range(ours.get_width()):
        for y in range(ours.get_height()):
            theirs_at = theirs.get_at((x, y))
            want = (theirs_at.r, theirs_at.g, theirs_at.b) if theirs_at.a else (0, 0, 0)
            if not near(rgb(ours, x, y), want):
                wrong.append((x, y))
    return wrong


@pytest.mark.parametrize("time_ms", [0, 250])
def test_the_layers_fixture_looks_as_tiled_draws_it(display: pygame.Surface, tmp_path: Path, time_ms: int) -> None:
    theirs = tiled_picture(FEATURES / "layers.tmx", tmp_path, "--advance-animations", str(time_ms))
    assert differences(whole_map(loaded("layers"), time_ms), theirs) == []


def test_a_repeated_image_layer_looks_as_tiled_draws_it(display: pygame.Surface, tmp_path: Path) -> None:
    assert differences(whole_map(loaded("repeat")), tiled_picture(FEATURES / "repeat.tmx", tmp_path)) == []


def test_parallax_looks_as_tiled_draws_it_with_the_view_centred_on_the_parallax_origin(
    display: pygame.Surface, tmp_path: Path
) -> None:
    """tmxrasterizer draws every layer as if the view were centred on the parallax origin."""
    sky = loaded("parallax")
    sky = dataclasses.replace(sky, look=dataclasses.replace(sky.look, parallax_origin=(160.0, 90.0)))
    view = MapView(sky, (320, 180))
    view.look_at((160, 90))
    theirs = tiled_picture(FEATURES / "parallax.tmx", tmp_path)
    assert differences(picture(view), theirs) == []


def test_the_dream_backdrop_fixture_opens_in_tiled_and_in_the_game(display: pygame.Surface, tmp_path: Path) -> None:
    tiled_picture(FEATURES / "dream_backdrop.tmx", tmp_path)
    view = MapView(loaded("dream_backdrop"))
    view.look_at((0, 0))
    corner = picture(view)  # the top-left corner is void: the starry backdrop, not the background
    assert any(rgb(corner, x, y) != (14, 12, 24) for x in range(0, 64, 4) for y in range(0, 48, 4))


# -- validation of what is drawn ------------------------------------------------------------


def copied(tmp_path: Path) -> Path:
    folder = tmp_path / "features"
    shutil.copytree(FEATURES, folder)
    return folder


def test_the_feature_fixtures_are_valid() -> None:
    maps = [str(FEATURES / f"{name}.tmx") for name in ("layers", "parallax", "repeat", "dream_backdrop")]
    assert validate(maps, str(FEATURES)) == []


def test_cells_without_a_tile_need_a_backdrop_below_every_tile_layer(tmp_path: Path) -> None:
    copy = copied(tmp_path)
    text = (copy / "parallax.tmx").read_text(encoding="utf-8")
    sky_start, sky_end = text.index(" <imagelayer"), text.index("</imagelayer>") + len("</imagelayer>\n")
    sky = text[sky_start:sky_end]
    moved = text[:sky_start] + text[sky_end:].replace(' <objectgroup id="5"', sky + ' <objectgroup id="5"')
    (copy / "parallax.tmx").write_text(moved, encoding="utf-8")
    [problem] = validate([str(copy / "parallax.tmx")], str(copy))
    assert "159 cell(s) have no tile in any layer" in problem.message


def test_layers_drawn_apart_are_bounded_in_size(tmp_path: Path) -> None:
    """Each layer with opacity, tint, offset or parallax is pre-drawn as one picture."""
    copy = copied(tmp_path)
    size = 256
    full = ",".join(["1"] * (size * size))
    corners = ",".join("1" if i in (0, size * size - 1) else "0" for i in range(size * size))
    layers = "".join(
        f'<layer id="{n}" name="l{n}" width="{size}" height="{size}"{extra}><data encoding="csv">{data}</data></layer>'
        for n, data, extra in ((1, full, ""), (2, corners, ' opacity="0.5"'), (3, corners, ' opacity="0.5"'))
    )
    (copy / "huge.tmx").write_text(
        f'<?xml version="1.0" encoding="UTF-8"?><map version="1.8" orientation="orthogonal" width="{size}" '
        f'height="{size}" tilewidth="16" tileheight="16" infinite="0"><properties><property name="title" '
        f'value="Huge"/></properties><tileset firstgid="1" source="features.tsx"/>{layers}'
        '<objectgroup id="4" name="objects"><object id="1" name="start" type="spawn" x="24" y="24"><point/>'
        "</object></objectgroup></map>",
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as caught:
        load_map(str(copy / "huge.tmx"))
    assert "its layers with opacity, tint, offset or parallax span 131072 cells together" in str(caught.value)


HOSTILE = {
    "opacity below zero": ('name="stars" width="40" height="20"', 'name="stars" width="40" height="20" opacity="-3"'),
    "opacity above one": ('name="stars" width="40" height="20"', 'name="stars" width="40" height="20" opacity="1e9"'),
    "a huge parallax": (
        'parallaxx="0.5" parallaxy="0.5">\n  <image',
        'parallaxx="1e300" parallaxy="-1e300">\n  <image',
    ),
    "a huge offset": ('offsetx="16" offsety="8"', 'offsetx="4000000000" offsety="-2000000000"'),
    "an overflowing parallax": (
        'parallaxx="0.5" parallaxy="0.5">\n  <image',
        'parallaxx="1e308" repeatx="1">\n  <image',
    ),
    "a zero parallax": ('parallaxx="0.5" parallaxy="0.5">\n  <image', 'parallaxx="0" parallaxy="0">\n  <image'),
    "a repeat with a huge offset": ('offsetx="16" offsety="8"', 'offsetx="-2000000000" repeatx="1" repeaty="1"'),
    "a transparent tint": (
        'name="stars" width="40" height="20"',
        'name="stars" width="40" height="20" tintcolor="#00ffffff"',
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_feature_values_load_and_draw(case: str, tmp_path: Path, display: pygame.Surface) -> None:
    before, after = HOSTILE[case]
    copy = copied(tmp_path)
    text = (copy / "parallax.tmx").read_text(encoding="utf-8")
    assert before in text
    (copy / "parallax.tmx").write_text(text.replace(before, after, 1), encoding="utf-8")
    view = MapView(loaded("parallax", copy))
    for centre in ((0, 0), (320, 160), (10_000, 10_000)):
        view.look_at(centre)
        picture(view, 1e12)


# -- maps saved as JSON ------------------------------------------------------------------------

SAVE_AS = "the game reads TMX: in Tiled use File > Save As and pick 'Tiled map files (*.tmx)'"


@pytest.fixture
def json_maps(tmp_path: Path) -> Path:
    """A maps folder with a good map (whose door leads to `dream`) and `dream.tmj`."""
    folder = tmp_path / "maps"
    shutil.copytree(FIXTURES / "maps", folder)
    (folder / "party_room.tmx").unlink()  # its templates lie in the game's maps/, outside this copy
    (folder / "dream.tmj").write_text('{"type": "map", "tiledversion": "1.8.2", "layers": []}', encoding="utf-8")
    room = (folder / "room.tmx").read_text(encoding="utf-8")
    (folder / "room.tmx").write_text(room.replace('value="other"', 'value="dream"'), encoding="utf-8")
    return folder


def test_loading_a_json_map_says_to_save_it_as_tmx(json_maps: Path) -> None:
    with pytest.raises(ContentError) as caught:
        load_map(str(json_maps / "dream.tmj"))
    assert str(caught.value).endswith(f"dream.tmj: map: is a JSON map; {SAVE_AS}")


def test_the_validator_reports_a_json_map_in_the_maps_folder_and_a_door_to_it(json_maps: Path) -> None:
    paths = find_maps(str(json_maps))
    assert str(json_maps / "dream.tmj") in paths
    messages = sorted(f"{Path(p.path).name}: {p.where}: {p.message}" for p in validate(paths, str(json_maps)))
    assert messages == [
        f"dream.tmj: map: is a JSON map; {SAVE_AS}",
        f"room.tmx: object 3 (exit): leads to map 'dream', saved as JSON ({json_maps / 'dream.tmj'}); {SAVE_AS}",
    ]


def test_the_validator_command_names_a_map_that_exists_only_as_json(json_maps: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "game.tools.validate", "dream", "--maps-dir", str(json_maps)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert run.returncode == 1
    assert f"dream: map: not found, but {json_maps / 'dream.tmj'} is a JSON map; {SAVE_AS}" in run.stdout
    assert "Traceback" not in run.stderr


def test_other_json_files_in_the_maps_folder_are_not_taken_for_maps(json_maps: Path) -> None:
    (json_maps / "notes.json").write_text('{"todo": ["more maps"]}', encoding="utf-8")
    assert str(json_maps / "notes.json") not in find_maps(str(json_maps))
