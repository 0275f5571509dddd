"""Hostile maps: whatever the validator passes, the game loads, draws and plays; whatever
the loader refuses, it refuses with a ContentError naming the file and the object, layer or
tileset, never a traceback. Cases the one-problem table in test_content.py cannot hold
(generated files, a separate assets folder, the property-style run) live here."""

from __future__ import annotations

import base64
import copy
import math
import random
import shutil
import struct
import xml.etree.ElementTree as ET
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from game.content import layer_data
from game.content.problems import ContentError, Problem
from game.content.tiled import LoadedMap, load_map
from game.content.validate import find_maps, validate

from .conftest import FIXTURES, MAPS_DIR, ROOT

BROKEN = FIXTURES / "broken"
GOOD = FIXTURES / "maps"
ASSETS_DIR = ROOT / "assets"


# -- the mirror: the game's folders copied where mutated files can sit beside the originals --


@pytest.fixture(scope="module")
def mirror(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """maps/, assets/tilesets/ and tests/fixtures/maps/ copied (so relative paths between
    them hold), sprites and audio linked: the files a mutated map may lead to."""
    root = tmp_path_factory.mktemp("game")
    shutil.copytree(MAPS_DIR, root / "maps")
    shutil.copytree(ASSETS_DIR / "tilesets", root / "assets" / "tilesets")
    for folder in ("sprites", "audio"):
        (root / "assets" / folder).symlink_to(ASSETS_DIR / folder, target_is_directory=True)
    shutil.copytree(GOOD, root / "tests" / "fixtures" / "maps")
    return root


def in_mirror(mirror: Path, path: str | Path) -> Path:
    return mirror / Path(path).resolve().relative_to(ROOT)


def check(mirror: Path, path: Path) -> list[Problem]:
    """Validate as the validator does, with the mirror's folders."""
    return validate([str(path)], str(mirror / "maps"), assets_dir=str(mirror / "assets"))


def load(mirror: Path, path: Path, **kwargs: Any) -> LoadedMap:
    """Load as the game does, with the mirror's folders."""
    return load_map(str(path), assets_dir=str(mirror / "assets"), maps_dir=str(mirror / "maps"), **kwargs)


# -- the property-style run -----------------------------------------------------------------

SOURCES = [Path(p) for p in find_maps(str(MAPS_DIR)) + find_maps(str(GOOD))]
MUTATIONS = 200
PER_SOURCE = math.ceil(MUTATIONS / len(SOURCES))
HOSTILE_VALUES = ("", "nan", "inf", "-1", "0", "1e9", "abc", "-0", "9" * 40)


def _elements(root: ET.Element) -> list[tuple[ET.Element, ET.Element]]:
    """Every (parent, child) pair below `root`."""
    return [(parent, child) for parent in root.iter() for child in parent]


def mutate(root: ET.Element, rng: random.Random) -> str:
    """Change `root` once, at random; say what was done."""
    pairs = _elements(root)
    kind = rng.choice(("value", "value", "value", "delete_attr", "duplicate", "delete", "cell"))
    if kind == "cell":
        data = list(root.iter("data"))
        if data and data[0].text:
            target = rng.choice(data)
            cells = (target.text or "").split(",")
            index = rng.randrange(len(cells))
            cells[index] = rng.choice(HOSTILE_VALUES)
            target.text = ",".join(cells)
            return f"cell {index} of a <data> -> {cells[index]!r}"
        kind = "value"
    with_attrs = [el for el in root.iter() if el.attrib]
    if not pairs or (kind in ("value", "delete_attr") and not with_attrs):
        return "nothing left to change"
    if kind in ("value", "delete_attr"):
        element = rng.choice(with_attrs)
        attr = rng.choice(sorted(element.attrib))
        if kind == "delete_attr":
            del element.attrib[attr]
            return f"<{element.tag}> {attr} deleted"
        element.set(attr, rng.choice(HOSTILE_VALUES))
        return f"<{element.tag}> {attr}={element.get(attr)!r}"
    parent, child = rng.choice(pairs)
    if kind == "delete":
        parent.remove(child)
        return f"<{child.tag}> deleted"
    parent.insert(list(parent).index(child) + 1, copy.deepcopy(child))
    return f"<{child.tag}> duplicated"


def references(root: ET.Element) -> list[tuple[ET.Element, str]]:
    """The (element, attribute) pairs naming another file that could be mutated instead."""
    found = [(ts, "source") for ts in root.iter("tileset") if ts.get("source")]
    found += [(obj, "template") for obj in root.iter("object") if obj.get("template")]
    return found


def hostile_variants(mirror: Path, source: Path, count: int) -> Iterator[tuple[int, Path, str]]:
    """`count` mutated copies of `source`, written beside it in the mirror: mostly the map
    itself, sometimes one of its tilesets or templates (the map then points at the copy)."""
    original = in_mirror(mirror, source)
    for n in range(count):
        seed = SOURCES.index(source) * 1000 + n
        rng = random.Random(seed)
        root = ET.parse(original).getroot()
        refs = references(root)
        if refs and rng.random() < 0.25:
            element, attr = rng.choice(refs)
            ref_path = (original.parent / element.get(attr, "")).resolve()
            other = ET.parse(ref_path).getroot()
            what = f"{ref_path.name}: {mutate(other, rng)}"
            copy_name = f"hostile_{seed}{ref_path.suffix}"
            ET.ElementTree(other).write(ref_path.parent / copy_name, encoding="unicode")
            element.set(attr, str(Path(element.get(attr, "")).parent / copy_name))
        else:
            what = mutate(root, rng)
        path = original.parent / f"hostile_{seed}.tmx"
        ET.ElementTree(root).write(path, encoding="unicode")
        yield seed, path, what


def plays(mirror: Path, path: Path) -> None:
    """Load with images as the game does, draw a frame, step the world, load NPC sheets."""
    import pygame
    import pytmx.util_pygame

    from game.render.mapview import MapView
    from game.render.sprites import CharacterSheet
    from game.world.world import World

    loaded = load(mirror, path, image_loader=pytmx.util_pygame.pygame_image_loader)
    view = MapView(loaded)
    surface = pygame.Surface((480, 270))
    view.look_at((0, 0))
    view.draw(surface, 0.0)
    view.draw(surface, 10_000.0)  # tile animations advance
    spawn = sorted(loaded.data.spawns)[0]
    world = World(loaded.data, spawn, random.Random(0))
    for _ in range(5):
        world.step()
    for npc in loaded.data.npcs:
        CharacterSheet.load(str(mirror / "assets" / "sprites" / f"{npc.properties['character']}.png"))


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_mutated_maps_are_refused_clearly_or_load_and_play(mirror: Path, source: Path, display: object) -> None:
    """About 200 seeded mutations in all (about 40% of them still pass and must play). The
    validator never raises and never falls back to pytmx's own error or its safety net;
    the loader raises nothing but ContentError (the validator loads the map as the game
    does and says "please report" of anything else it raises)."""
    for seed, path, what in hostile_variants(mirror, source, PER_SOURCE):
        context = f"seed {seed} ({what})"
        problems = check(mirror, path)
        for problem in problems:
            assert "pytmx cannot read it" not in problem.message, f"{context}: {problem}"
            assert "please report" not in problem.message, f"{context}: {problem}"
        if not problems:
            try:
                plays(mirror, path)
            except Exception as exc:  # name the mutation that got through
                raise AssertionError(f"{context} passed the validator but does not play: {exc!r}") from exc


# -- refused at once: huge maps, compression bombs, huge files -------------------------------


def test_a_map_of_100000_by_100000_tiles_is_refused_before_any_layer_data_is_read(monkeypatch) -> None:
    def never(*args: object) -> list[int]:
        raise AssertionError("layer data was read")

    monkeypatch.setattr(layer_data, "read_layer_data", never)
    problems = validate([str(BROKEN / "map_too_big.tmx")], str(GOOD))
    assert [p.where for p in problems] == ["map"]
    assert "is 100000x100000 tiles; a map is 1 to 256 tiles wide and tall" in problems[0].message


def _bomb(compression: str, inflated_bytes: int) -> str:
    """Base64 of `inflated_bytes` zero bytes, compressed (built in chunks, never whole)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31 if compression == "gzip" else 15)
    chunk = bytes(1 << 20)
    parts = [packer.compress(chunk) for _ in range(inflated_bytes // len(chunk))]
    return base64.b64encode(b"".join(parts) + packer.flush()).decode()


REAL_DECOMPRESSOBJ = zlib.decompressobj


class InflateSpy:
    """zlib's decompressobj, counting the bytes it hands out."""

    def __init__(self, inflated: list[int], wbits: int) -> None:
        self._real = REAL_DECOMPRESSOBJ(wbits)
        self._inflated = inflated

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        out = self._real.decompress(data, max_length)
        self._inflated.append(len(out))
        return out

    @property
    def eof(self) -> bool:
        return self._real.eof

    @property
    def unused_data(self) -> bytes:
        return self._real.unused_data


@pytest.mark.parametrize("compression", ["zlib", "gzip"])
def test_a_compression_bomb_is_refused_without_inflating_it(compression: str, tmp_path: Path, monkeypatch) -> None:
    shutil.copytree(GOOD, tmp_path / "maps")
    room = tmp_path / "maps" / "room.tmx"
    text = room.read_text(encoding="utf-8")
    start = text.index('<data encoding="csv">')
    end = text.index("</data>", start) + len("</data>")
    bomb = f'<data encoding="base64" compression="{compression}">{_bomb(compression, 300 << 20)}</data>'
    room.write_text(text[:start] + bomb + text[end:], encoding="utf-8")
    inflated: list[int] = []
    monkeypatch.setattr(layer_data.zlib, "decompressobj", lambda wbits: InflateSpy(inflated, wbits))
    with pytest.raises(ContentError) as caught:
        load_map(str(room))
    [problem] = caught.value.problems
    assert problem.where == "layer 'ground'" and problem.path == str(room)
    assert problem.message == f"has {compression} data that inflates to more than the 192 bytes its 48 cells need"
    assert sum(inflated) <= 8 * 6 * 4 + 1


def test_a_file_too_big_for_any_map_is_refused_unread(tmp_path: Path) -> None:
    huge = tmp_path / "huge.tmx"
    with huge.open("wb") as file:
        file.truncate(17 * 1024 * 1024)
    [problem] = validate([str(huge)], str(GOOD))
    assert (problem.where, problem.message) == (
        "map",
        f"is {17 * 1024 * 1024} bytes, more than any map or tileset needs (at most 16777216)",
    )


# -- layer data in every format the game reads -------------------------------------------


@pytest.mark.parametrize("compression", ["", "zlib", "gzip"])
def test_base64_layers_load_exactly_as_their_csv(compression: str, tmp_path: Path) -> None:
    shutil.copytree(GOOD, tmp_path / "maps")
    room = tmp_path / "maps" / "room.tmx"
    root = ET.parse(room).getroot()
    for data in root.iter("data"):
        gids = [int(cell) for cell in (data.text or "").split(",")]
        raw = struct.pack(f"<{len(gids)}I", *gids)
        if compression:
            packer = zlib.compressobj(9, zlib.DEFLATED, 31 if compression == "gzip" else 15)
            raw = packer.compress(raw) + packer.flush()
            data.set("compression", compression)
        data.set("encoding", "base64")
        data.text = "\n   " + base64.b64encode(raw).decode() + "\n  "
    ET.ElementTree(root).write(room, encoding="unicode")
    as_csv, as_base64 = load_map(str(GOOD / "room.tmx")), load_map(str(room))
    assert [layer.data for layer in as_base64.tiled.layers if hasattr(layer, "data")] == [
        layer.data for layer in as_csv.tiled.layers if hasattr(layer, "data")
    ]
    assert (as_base64.data.solid, as_base64.data.spawns) == (as_csv.data.solid, as_csv.data.spawns)


# -- names a map gives the game to open later: sprite sheets -------------------------------


def _png(width: int, height: int) -> bytes:
    """A valid, blank RGBA PNG."""

    def chunk(tag: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body))

    rows = b"".join(b"\0" + bytes(width * 4) for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


SHEETS = {
    "text": (b"not a picture\n", "is not a PNG image"),
    "small": (_png(32, 32), "is 32x32 px; a sprite sheet is 80x96 or 96x96 (16x24 frames, 5 or 6 columns, 4 rows)"),
    "cut": (_png(80, 96)[:40], "is a PNG image that is cut short"),
    "huge_header": (_png(80, 96)[:16] + struct.pack(">II", 100000, 100000) + _png(80, 96)[24:], "is 100000x100000 px"),
    "good": (_png(80, 96), None),
}


@pytest.mark.parametrize("sheet", sorted(SHEETS))
def test_an_npc_sheet_must_be_a_png_of_a_sheets_size(sheet: str, tmp_path: Path, display: object) -> None:
    content, expected = SHEETS[sheet]
    shutil.copytree(GOOD, tmp_path / "maps")
    (tmp_path / "assets" / "sprites").mkdir(parents=True)
    (tmp_path / "assets" / "sprites" / f"{sheet}.png").write_bytes(content)
    room = tmp_path / "maps" / "room.tmx"
    npc = (
        f'<object id="9" name="ghost" type="npc" x="88" y="24"><properties><property name="character" value="{sheet}"/>'
        '<property name="knot" value="ghost"/></properties><point/></object>\n </objectgroup>\n</map>'
    )
    text = room.read_text(encoding="utf-8")
    room.write_text(text[: text.rindex("</objectgroup>")] + npc, encoding="utf-8")
    assets = str(tmp_path / "assets")
    if expected is None:
        import pygame

        from game.render.sprites import CharacterSheet

        loaded = load_map(str(room), assets_dir=assets)
        assert CharacterSheet.load(str(tmp_path / "assets" / "sprites" / "good.png")).frames
        assert isinstance(pygame.display.get_surface(), pygame.Surface) and loaded.data.npcs
        return
    with pytest.raises(ContentError) as caught:
        load_map(str(room), assets_dir=assets)
    [problem] = caught.value.problems
    assert problem.where == "object 9 (ghost)" and problem.path == str(room)
    assert problem.message.startswith("property 'character': ") and expected in problem.message


def test_the_content_layer_knows_the_renderers_sheet_sizes() -> None:
    from game.content import images
    from game.render import sprites

    assert images.SHEET_FRAME_PX == sprites.FRAME_SIZE
    assert images.SHEET_ROWS == len(sprites.SHEET_ROWS)
    assert images.SHEET_COLUMNS == (1 + sprites.WALK_FRAMES, 1 + sprites.ABILITY_COLUMN)


# -- more that pytmx would choke on -----------------------------------------------------------


def _room_with(tmp_path: Path, before: str, after: str) -> Path:
    """A copy of the fixture room with one piece of its text replaced."""
    shutil.copytree(GOOD, tmp_path / "maps", dirs_exist_ok=True)
    room = tmp_path / "maps" / "room.tmx"
    text = room.read_text(encoding="utf-8")
    assert before in text
    room.write_text(text.replace(before, after, 1), encoding="utf-8")
    return room


SPRITES_LAYER = '<objectgroup id="2" name="sprites"/>'
CASES = {
    "an image layer without an image": (
        SPRITES_LAYER,
        SPRITES_LAYER + '<imagelayer id="9" name="sky"/>',
        "layer 'sky'",
        "is an image layer without an image",
    ),
    "an image layer whose image is not a PNG": (
        SPRITES_LAYER,
        SPRITES_LAYER + '<imagelayer id="9" name="sky"><image source="tiles.tsx"/></imagelayer>',
        "layer 'sky'",
        "image tiles.tsx is not a PNG image",
    ),
    "a tile object showing a tile no tileset has": (
        '<object id="6" name="crate" class="solid" x="80" y="32" width="16" height="16"/>',
        '<object id="6" name="crate" class="solid" gid="77" x="80" y="48" width="16" height="16"/>',
        "object 6 (crate)",
        "shows tile 77, which is not in any tileset of the map",
    ),
    "objects far too big, together": (
        '<object id="6" name="crate" class="solid" x="80" y="32" width="16" height="16"/>',
        "".join(
            f'<object id="{n}" name="slab{n}" class="solid" x="0" y="0" width="4096" height="4096"/>'
            for n in range(30, 36)
        ),
        "object 33 (slab33)",
        "brings the cells the map's objects cover to more than 262144; no map needs that",
    ),
    "a collision shape inside a map's own tileset": (
        '<tileset firstgid="1" source="tiles.tsx"/>',
        '<tileset firstgid="1" source="tiles.tsx"/>'
        '<tileset firstgid="5" name="inline" tilewidth="16" tileheight="16" tilecount="4" columns="4">'
        '<image source="tiles.png" width="64" height="16"/><tile id="1"><objectgroup><object id="1" x="0" y="0" '
        'width="16" height="16"/></objectgroup></tile></tileset>',
        "tile 1 of tileset 'inline'",
        "has collision shapes in a tileset kept inside the map",
    ),
    "a polygon with a point far away": (
        '<object id="6" name="crate" class="solid" x="80" y="32" width="16" height="16"/>',
        '<object id="6" name="crate" class="solid" x="80" y="32"><polygon points="0,0 16,0 1e300,16"/></object>',
        "object 6 (crate)",
        "polygon point '1e300,16' lies beyond any map",
    ),
    "a template's gid that is not a number": (
        '<object id="5" name="lamp" template="templates/lamp.tx" x="32" y="80"/>',
        '<object id="5" name="lamp" template="templates/lamp.tx" gid="lamp" x="32" y="80"/>',
        "object 5 (lamp)",
        "gid is 'lamp', not a whole number",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_more_of_what_pytmx_would_choke_on_is_named(case: str, tmp_path: Path) -> None:
    before, after, where, message = CASES[case]
    room = _room_with(tmp_path, before, after)
    problems = validate([str(room)], str(tmp_path / "maps"))
    assert [(p.path, p.where) for p in problems] == [(str(room), where)], [str(p) for p in problems]
    assert message in problems[0].message
    with pytest.raises(ContentError):
        load_map(str(room))


# -- the validator: door targets, and never a traceback -----------------------------------


def test_door_targets_resolve_beside_the_map_or_under_maps_only() -> None:
    from game.content.validate import target_path

    flat = str(MAPS_DIR / "mara_flat.tmx")
    assert target_path(flat, "mara_corridor", str(MAPS_DIR)) == str(MAPS_DIR / "mara_corridor.tmx")
    assert target_path(flat, "samples/dream_mara", str(MAPS_DIR)) == str(MAPS_DIR / "samples" / "dream_mara.tmx")
    assert target_path(flat, "dream_mara", str(MAPS_DIR)) is None  # only in samples/: not beside, not in maps/
    for hostile in ("../maps/mara_flat", str(MAPS_DIR / "mara_flat"), "samples/../mara_flat"):
        assert target_path(flat, hostile, str(MAPS_DIR)) is None


def test_the_validator_reports_a_loader_bug_as_a_problem_not_a_traceback(monkeypatch) -> None:
    import game.content.validate as validate_module

    def broken_loader(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(validate_module, "load_map", broken_loader)
    [problem] = validate([str(GOOD / "room.tmx")], str(GOOD))
    assert problem.where == "map" and "the loader failed (RuntimeError: boom)" in problem.message


def test_the_validator_reports_a_failing_extra_check_as_a_problem_not_a_traceback() -> None:
    def broken_check(path: str, data: object) -> list[Problem]:
        raise KeyError("knot")

    [problem] = validate([str(GOOD / "other.tmx")], str(GOOD), extra=broken_check)
    assert problem.where == "map" and "the validator failed (KeyError: 'knot')" in problem.message
