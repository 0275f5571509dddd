"""Checking a map's tilesets before pytmx reads them: where their files are, what their
attributes say, that their images are PNGs big enough for every tile, and that no two
tilesets claim the same gids.

pytmx follows a tileset's `source` and its image's `source` wherever they point, converts
their numbers with bare `int()`, and cuts tiles from the image by what the XML says; the
pygame loader then crashes on a rectangle past the image's edge and pyscroll on a tile with
no image. Each of those is a message here instead.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from game.content.images import MAX_IMAGE_PX, png_size, tileset_image_problems
from game.content.limits import TILE_SIZE_PX
from game.content.paths import inside
from game.content.problems import Problem, object_label
from game.content.props import property_problems
from game.content.schema import TILE_PROPS
from game.content.shapes import shape_problems
from game.content.tmx import OUTSIDE, read_shared
from game.content.values import INT32_MAX, attribute_problems, int_problem, is_hex_colour, whole

MAX_FIRSTGID = 2**29 - 1
"""Gids at and above 2**29 carry Tiled's flip flags; a tileset must start below them."""
MAX_TILES = 2**16
"""More tiles than any tileset image of at most 4096x4096 px can hold at 16 px."""


_GEOMETRY = (("tilecount", MAX_TILES), ("columns", MAX_TILES), ("margin", MAX_IMAGE_PX), ("spacing", MAX_IMAGE_PX))
"""A tileset's whole-number attributes (missing means 0) and their largest sensible values."""
_CHECKED_BELOW = frozenset({"firstgid", "tilewidth", "tileheight", *(attr for attr, _ in _GEOMETRY)})
"""Attributes with their own messages, left out of the generic attribute check."""


@dataclass
class Tileset:
    """What the map-level checks need from one tileset: how problems name it, and the
    gids it claims (`firstgid` None when unreadable)."""

    where: str
    firstgid: int | None = None
    count: int = 0
    problems: list[Problem] = field(default_factory=list)


def check_tilesets(path: str, root: ET.Element, roots: Sequence[str]) -> tuple[list[Problem], list[range]]:
    """Every problem in the map's tilesets, including overlapping gid ranges, and the gids
    the readable ones hold. pytmx reads every `<tileset>` in the file, at any depth."""
    tilesets = [_check_tileset(path, element, roots) for element in root.iter("tileset")]
    problems = [problem for tileset in tilesets for problem in tileset.problems]
    claimed = sorted((t for t in tilesets if t.firstgid is not None), key=lambda t: t.firstgid or 0)
    for before, after in zip(claimed, claimed[1:], strict=False):
        assert before.firstgid is not None and after.firstgid is not None
        end = before.firstgid + before.count
        if after.firstgid < end:
            problems.append(
                Problem(
                    path,
                    after.where,
                    f"its gids from firstgid {after.firstgid} overlap {before.where} (gids {before.firstgid} to "
                    f"{end - 1}); its firstgid must be {end} or more",
                )
            )
    return problems, [range(t.firstgid, t.firstgid + t.count) for t in claimed if t.firstgid is not None]


def _check_tileset(map_path: str, element: ET.Element, roots: Sequence[str]) -> Tileset:
    source = element.get("source")
    if source is None:
        tileset = _check_body(map_path, element, roots, embedded=True)
    else:
        tileset = Tileset(f"tileset {source}")
        full = os.path.normpath(os.path.join(os.path.dirname(map_path), source))
        if not source.lower().endswith(".tsx"):
            tileset.problems.append(Problem(map_path, tileset.where, "is not a .tsx file; pytmx reads only TSX"))
            return tileset
        if not inside(full, roots):
            tileset.problems.append(Problem(map_path, tileset.where, OUTSIDE))
            return tileset
        tsx = read_shared(full)
        if tsx.root is None:
            tileset.problems.append(Problem(map_path, tileset.where, str(tsx.error)))
            return tileset
        if tsx.root.tag != "tileset":
            tileset.problems.append(
                Problem(map_path, tileset.where, f"is a <{tsx.root.tag}> file, not a Tiled tileset")
            )
            return tileset
        tileset = _checked_files.body(full, tsx.root, tsx.digest, tuple(roots))
    problem = int_problem(element.get("firstgid"), 1, MAX_FIRSTGID)
    if problem is None:
        tileset.firstgid = whole(element.get("firstgid"))
    else:
        tileset.problems.append(Problem(map_path, tileset.where, f"firstgid {problem}"))
    return tileset


@dataclass(frozen=True)
class _Checked:
    """The checks of one tileset file, and what they read of its images: whether each is a
    file, and what its PNG header says."""

    tileset: Tileset
    images: tuple[tuple[str, bool, tuple[int, int] | str], ...]

    def still_holds(self) -> bool:
        return all(_image_read(path) == (is_file, size) for path, is_file, size in self.images)


class _CheckedFiles:
    """The checks of each tileset file, kept while its bytes and its images read the same:
    every map leads to the same few tilesets, and a map is loaded again at each visit, by
    the validator, the catalogue and the tests (checking them was a third of a map's load)."""

    LIMIT = 256

    def __init__(self) -> None:
        self._checked: dict[tuple[str, bytes, tuple[str, ...]], _Checked] = {}

    def body(self, path: str, tsx: ET.Element, digest: bytes, roots: tuple[str, ...]) -> Tileset:
        """`_check_body` of the tileset file at `path`, with the problem of a firstgid set in it."""
        key = (path, digest, roots)
        known = self._checked.get(key)
        if known is None or not known.still_holds():
            images = tuple(
                (full, *_image_read(full))
                for image in tsx.iter("image")
                if (source := image.get("source"))
                for full in [os.path.normpath(os.path.join(os.path.dirname(path), source))]
            )
            tileset = _check_body(path, tsx, roots, embedded=False)
            if "firstgid" in tsx.attrib:
                tileset.problems.append(Problem(path, tileset.where, "sets firstgid, which only the map may set"))
            if len(self._checked) >= self.LIMIT:
                self._checked.clear()
            known = self._checked[key] = _Checked(tileset, images)
        return replace(known.tileset, problems=list(known.tileset.problems))


def _image_read(path: str) -> tuple[bool, tuple[int, int] | str]:
    is_file = os.path.isfile(path)
    return is_file, png_size(path) if is_file else "not found"


_checked_files = _CheckedFiles()


def _check_body(path: str, element: ET.Element, roots: Sequence[str], *, embedded: bool) -> Tileset:
    """The tileset's own XML (a .tsx file's root, or the map's embedded `<tileset>`)."""
    tileset = Tileset(f"tileset '{element.get('name', '')}'")
    where = tileset.where
    add = tileset.problems.append
    tileset.problems += [Problem(path, where, message) for message in attribute_problems(element, _CHECKED_BELOW)]
    tileset.problems += property_problems(path, where, element, "tileset", roots)
    for attr in ("tilewidth", "tileheight"):
        if element.get(attr) != str(TILE_SIZE_PX):
            add(Problem(path, where, f"{attr} is {element.get(attr)}, must be {TILE_SIZE_PX}"))
    numbers: dict[str, int] = {}
    for attr, high in _GEOMETRY:
        text = element.get(attr, "0")
        problem = int_problem(text, 0, high)
        if problem is None:
            numbers[attr] = whole(text) or 0
        else:
            add(Problem(path, where, f"{attr} {problem}"))
    if len(numbers) < len(_GEOMETRY):
        return tileset  # the checks below need every number
    tileset.count = numbers["tilecount"]
    image = element.find("image")
    tiles = list(element.iter("tile"))
    with_images = {
        tile_id for tile in tiles if tile.find("image") is not None and (tile_id := whole(tile.get("id"))) is not None
    }
    valid_ids = set(range(numbers["tilecount"])) if image is not None else with_images
    for tile in tiles:
        tileset.problems += _check_tile(path, where, tile, valid_ids, roots, embedded=embedded)
        tile_id = whole(tile.get("id"))
        if tile_id is not None and tile_id >= tileset.count and tile_id < MAX_TILES:
            tileset.count = tile_id + 1
    if image is None:
        if not with_images:
            add(Problem(path, where, "has no image; choose one in Tiled (Tileset > Tileset Properties > Image)"))
        return tileset
    tileset.problems += _image_problems(path, where, image, roots, numbers)
    return tileset


def _check_tile(
    path: str, tileset_where: str, tile: ET.Element, valid_ids: set[int], roots: Sequence[str], *, embedded: bool
) -> list[Problem]:
    where = f"tile {tile.get('id')} of {tileset_where}"
    problems = [Problem(path, where, message) for message in attribute_problems(tile)]
    if tile.get("id") is None:
        problems.append(Problem(path, where, "has no id"))
    elif whole(tile.get("id")) is None:
        pass  # the attribute check says so
    elif (whole(tile.get("id")) or 0) < 0 or (whole(tile.get("id")) not in valid_ids and tile.find("image") is None):
        problems.append(Problem(path, where, "is not one of the tileset's tiles"))
    problems += property_problems(path, where, tile, "tile", roots, TILE_PROPS)
    for image in tile.findall("image"):
        problems += _image_problems(path, where, image, roots, None)
    animation = tile.find("animation")
    frames = [] if animation is None else animation.findall("frame")
    for index, frame in enumerate(frames):  # the first wrong frame of each tile is enough to say
        tile_id = frame.get("tileid")
        duration = int_problem(frame.get("duration"), 1, INT32_MAX)
        if int_problem(tile_id) is not None or whole(tile_id) not in valid_ids:
            problems.append(Problem(path, where, f"animation frame {index} shows tile {tile_id!r}, not in the tileset"))
            break
        if duration is not None:
            problems.append(Problem(path, where, f"animation frame {index}: duration (ms) {duration}"))
            break
    for group in tile.findall("objectgroup"):
        if embedded:
            problems.append(
                Problem(
                    path,
                    where,
                    "has collision shapes in a tileset kept inside the map, which pytmx reads as map objects; "
                    "export the tileset to a .tsx file (Tileset > Export Tileset As)",
                )
            )
            break
        problems += [Problem(path, where, f"collision shapes: {message}") for message in attribute_problems(group)]
        problems += property_problems(path, where, group, "objectgroup", roots)
        for obj in group.findall("object"):
            label = f"collision {object_label(obj.get('id'), obj.get('name'))}"
            problems += [Problem(path, where, f"{label}: {message}") for message in shape_problems(obj)[0]]
            problems += property_problems(path, f"{where}, {label}", obj, "object", roots)
    return problems


def _image_problems(
    path: str, where: str, image: ET.Element, roots: Sequence[str], numbers: dict[str, int] | None
) -> list[Problem]:
    """A tileset's image (`numbers` holds its tilecount, columns, margin, spacing) or one
    tile's own image (`numbers` None): a PNG inside the game's folders, of the right size."""
    source = image.get("source")
    if not source:
        return [Problem(path, where, "has an image without a source file")]
    problems = []
    if image.get("trans") is not None and not is_hex_colour(image.get("trans")):
        problems.append(
            Problem(path, where, f"image {source}: trans is {image.get('trans')!r}, not a colour like ff00ff")
        )
    full = os.path.normpath(os.path.join(os.path.dirname(path), source))
    if not inside(full, roots):
        return problems + [Problem(path, where, f"image {source} {OUTSIDE}")]
    if not os.path.isfile(full):
        return problems + [Problem(path, where, f"image {source} not found")]
    size = png_size(full)
    if isinstance(size, str):
        return problems + [Problem(path, where, f"image {source} {size}")]
    if numbers is None:
        return problems
    declared = []
    for attr in ("width", "height"):
        problem = int_problem(image.get(attr), 1, MAX_IMAGE_PX)
        if problem is not None:
            problems.append(Problem(path, where, f"image {source}: {attr} {problem}"))
        declared.append(whole(image.get(attr)) or 0)
    if problems:
        return problems
    messages = tileset_image_problems(
        size,
        (declared[0], declared[1]),
        TILE_SIZE_PX,
        numbers["columns"],
        numbers["tilecount"],
        numbers["margin"],
        numbers["spacing"],
    )
    return [Problem(path, where, f"image {source} {message}") for message in messages]
