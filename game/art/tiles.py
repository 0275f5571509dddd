"""Tile sources: 16x16 text grids with a few deterministic drawing directives.

A tiles file is a list of blocks::

    tile <id> [<kind>] [solid]    # starts a block; kind is the Tiled ``kind`` property
    base <id>                     # start from a copy of another tile
    noise <seed> <c> [<c>:<permille> ...]   # fill with c, speckle other colours (seeded)
    flip                          # mirror what is drawn so far left-right
    recolour <a>:<b> [...]        # swap colours drawn so far (palette-cycling frames)
    anim <id>:<ms> [<id>:<ms> ...]          # Tiled animation frames
    prop <name>=<value> [...]     # more tile properties the game reads (gap=true, dark=true…);
                                  # true/false become bool, whole numbers int, others string
    wang <set> <tr> <br> <bl> <tl>          # this tile's corners in a corner Wang set
    <16 rows of 16 characters>    # optional; '.' keeps the pixel underneath

and, outside any block, the Wang (terrain) sets the tileset offers Tiled's terrain brush::

    wangset <name> <colour>[,<colour>...]   # a corner set; colours are terrain names

Wang corners name a colour of the set, or ``-`` for none. Directives apply in the order
written; a block without base/noise starts transparent.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from game.art.grid import Grid, SourceError, blank, copy, draw_rows, mirrored, source_lines
from game.content.schema import RESERVED_NAMES

TILE_PX = 16
_DIRECTIVES = ("tile", "base", "flip", "noise", "recolour", "anim", "prop", "wang", "wangset")
PropValue = bool | int | str
# pytmx refuses properties named like built-in attributes; never emit one (the one list
# lives with the map schema).
RESERVED_PROPERTY_NAMES = RESERVED_NAMES


@dataclass(frozen=True)
class Base:
    """Start from a copy of another tile."""

    tile_id: int


@dataclass(frozen=True)
class Noise:
    """Fill with ``base``, then speckle each ``(char, permille)`` colour, seeded."""

    seed: int
    base: str
    speckles: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class Flip:
    """Mirror what is drawn so far left-right."""


@dataclass(frozen=True)
class Recolour:
    """Swap colours drawn so far, all at once (``from -> to`` legend characters)."""

    pairs: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Rows:
    """Sixteen text rows painted over the canvas; ``.`` keeps the pixel underneath."""

    rows: tuple[str, ...]


Step = Base | Noise | Flip | Recolour | Rows


@dataclass
class TileSpec:
    """One tile as written in a source file, before drawing."""

    tile_id: int
    kind: str | None
    solid: bool
    where: str
    steps: list[Step] = field(default_factory=list)
    animation: list[tuple[int, int]] = field(default_factory=list)
    props: dict[str, PropValue] = field(default_factory=dict)
    wang: list[tuple[str, tuple[str, str, str, str]]] = field(default_factory=list)


@dataclass
class WangSet:
    """A corner Wang set: the terrains Tiled's terrain brush paints with."""

    name: str
    colours: tuple[str, ...]
    where: str


@dataclass
class TileSource:
    """Everything one tiles file declares."""

    specs: list[TileSpec] = field(default_factory=list)
    wangsets: list[WangSet] = field(default_factory=list)


def _prop_value(text: str, where: str) -> PropValue:
    if text in ("true", "false"):
        return text == "true"
    if text.lstrip("-").isdigit():
        return int(text)
    if not text:
        raise SourceError(f"{where}: a property needs a value (name=value)")
    return text


def _int(text: str, where: str) -> int:
    try:
        return int(text)
    except ValueError as error:
        raise SourceError(f"{where}: expected a number, got {text!r}") from error


def parse_tiles(text: str, origin: str) -> list[TileSpec]:
    """Parse one tiles source file into specs (grids are checked, not yet drawn)."""
    return parse_tile_source(text, origin).specs


def parse_tile_source(text: str, origin: str) -> TileSource:
    """Parse one tiles source file: its tile specs and Wang sets."""
    source = TileSource()
    specs = source.specs
    rows: list[str] = []
    current: TileSpec | None = None

    def finish_rows(where: str) -> None:
        if current is None or not rows:
            return
        if len(rows) != TILE_PX:
            raise SourceError(f"{where}: tile {current.tile_id} has {len(rows)} rows, not 16")
        current.steps.append(Rows(tuple(rows)))
        rows.clear()

    for where, words in source_lines(text, origin):
        if len(words) == 1 and words[0] not in _DIRECTIVES:
            if current is None:
                raise SourceError(f"{where}: pixel row before any 'tile' line")
            if len(words[0]) != TILE_PX:
                raise SourceError(f"{where}: pixel row is {len(words[0])} px wide, expected 16")
            rows.append(words[0])
            continue
        finish_rows(where)
        head, args = words[0], words[1:]
        if head == "wangset":
            if len(args) != 2:
                raise SourceError(f"{where}: expected 'wangset <name> <colour>[,<colour>...]'")
            source.wangsets.append(WangSet(args[0], tuple(args[1].split(",")), where))
            current = None
            continue
        if head == "tile":
            if not args:
                raise SourceError(f"{where}: 'tile' needs an id")
            kind = next((a for a in args[1:] if a != "solid"), None)
            current = TileSpec(_int(args[0], where), kind, "solid" in args[1:], where)
            specs.append(current)
        elif current is None:
            raise SourceError(f"{where}: {head!r} before any 'tile' line")
        elif head == "base" and len(args) == 1:
            current.steps.append(Base(_int(args[0], where)))
        elif head == "flip" and not args:
            current.steps.append(Flip())
        elif head == "noise" and len(args) >= 2:
            speckles = []
            for arg in args[2:]:
                char, _, permille = arg.partition(":")
                speckles.append((char, _int(permille, where)))
            current.steps.append(Noise(_int(args[0], where), args[1], tuple(speckles)))
        elif head == "recolour" and args:
            pairs = [arg.partition(":") for arg in args]
            if any(not (a and sep and b) for a, sep, b in pairs):
                raise SourceError(f"{where}: recolour takes <from>:<to> pairs")
            current.steps.append(Recolour(tuple((a, b) for a, _, b in pairs)))
        elif head == "prop" and args:
            for arg in args:
                name, _, value = arg.partition("=")
                if name in ("kind", "solid"):
                    raise SourceError(f"{where}: {name} is set on the 'tile' line")
                if name in RESERVED_PROPERTY_NAMES:
                    raise SourceError(f"{where}: property {name!r} uses a reserved name")
                current.props[name] = _prop_value(value, where)
        elif head == "wang" and len(args) == 5:
            current.wang.append((args[0], (args[1], args[2], args[3], args[4])))
        elif head == "anim" and args:
            for arg in args:
                frame, _, ms = arg.partition(":")
                current.animation.append((_int(frame, where), _int(ms, where)))
        else:
            raise SourceError(f"{where}: cannot read {' '.join(words)!r}")
    finish_rows(f"{origin}:end")
    return source


def _noise(step: Noise, legend: dict[str, int], where: str) -> Grid:
    # random.Random with an int seed gives the same sequence on every platform and version.
    rng = random.Random(step.seed)
    base, speckles = step.base, step.speckles
    for char in [base] + [c for c, _ in speckles]:
        if char not in legend:
            raise SourceError(f"{where}: noise colour {char!r} is not in the legend")
    grid = blank(TILE_PX, TILE_PX)
    for y in range(TILE_PX):
        for x in range(TILE_PX):
            roll = rng.randrange(1000)
            chosen = base
            for char, permille in speckles:
                if roll < permille:
                    chosen = char
                    break
                roll -= permille
            grid[y][x] = legend[chosen]
    return grid


def _recolour(canvas: Grid, step: Recolour, legend: dict[str, int], where: str) -> Grid:
    for char in [c for pair in step.pairs for c in pair]:
        if char not in legend:
            raise SourceError(f"{where}: recolour colour {char!r} is not in the legend")
    swap = {legend[a]: legend[b] for a, b in step.pairs}
    return [[swap.get(v, v) for v in row] for row in canvas]


def draw_tiles(specs: list[TileSpec], legend: dict[str, int]) -> dict[int, Grid]:
    """Draw every spec, resolving ``base`` references; duplicates and cycles are errors."""
    by_id: dict[int, TileSpec] = {}
    for spec in specs:
        if spec.tile_id in by_id:
            raise SourceError(f"{spec.where}: tile {spec.tile_id} defined twice")
        by_id[spec.tile_id] = spec
    done: dict[int, Grid] = {}

    def draw(tile_id: int, chain: tuple[int, ...]) -> Grid:
        if tile_id in done:
            return done[tile_id]
        spec = by_id[tile_id]
        canvas = blank(TILE_PX, TILE_PX)
        for step in spec.steps:
            if isinstance(step, Base):
                if step.tile_id not in by_id:
                    raise SourceError(f"{spec.where}: base tile {step.tile_id} is not defined")
                if step.tile_id in chain:
                    raise SourceError(f"{spec.where}: base tiles loop through {step.tile_id}")
                canvas = copy(draw(step.tile_id, chain + (step.tile_id,)))
            elif isinstance(step, Noise):
                canvas = _noise(step, legend, spec.where)
            elif isinstance(step, Flip):
                canvas = mirrored(canvas)
            elif isinstance(step, Recolour):
                canvas = _recolour(canvas, step, legend, spec.where)
            else:
                draw_rows(canvas, list(step.rows), legend, 0, 0, spec.where)
        done[tile_id] = canvas
        return canvas

    for tile_id in by_id:
        draw(tile_id, (tile_id,))
    return done
