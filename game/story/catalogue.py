"""What the story's tags may name: the game's speakers, portrait moods, music, sounds,
palette colours and maps (with their spawns, objects and characters), read once from disk.

The story lint (lint.py) checks tags against a `Catalogue`; tests build a small one by hand.
Anything that cannot be read is kept as a `Problem` and its checks are skipped, so one
broken file is reported once rather than once per tag that names it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from game.art.palette import PaletteError, load_palette
from game.content.problems import ContentError, Problem
from game.content.tiled import load_map
from game.story.chapters import Chapter, ChaptersError, load_chapters
from game.story.speakers import SpeakersError, SpeakerTable, load_speakers
from game.story.tags import PLAYER_NAMES
from game.world.mapdata import MapData

GAME_ROOT = Path(__file__).resolve().parents[2]
KNOT_PROPERTIES = ("knot", "locked_knot")
"""Object properties that start an Ink knot (see game/story/bridge.py)."""

MapLoader = Callable[[str], MapData]
"""Reads a map file into world data; raises ContentError for a map that cannot be used."""


@dataclass(frozen=True)
class MapFacts:
    """What stage directions may name on one map."""

    name: str
    """As a `warp:` names it: the path below maps/ without `.tmx` (`samples/dream_mara`)."""
    path: str
    spawns: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    """Where `move`, `place` and `pan` may aim: spawns and every named object."""
    actors: frozenset[str] = frozenset()
    """Who `move`, `place` and `face` may name besides `PLAYER_NAMES`: its characters (npc objects),
    by object name and by sprite (`character`), as the director finds them."""
    knots: frozenset[str] = frozenset()
    """The knots its objects start (`knot`, `locked_knot`)."""


def map_facts(name: str, path: str, data: MapData) -> MapFacts:
    """The names on a loaded map that the story's tags may use."""
    actors = {obj.name for obj in data.npcs if obj.name}
    actors |= {str(obj.properties["character"]) for obj in data.npcs if obj.properties.get("character")}
    knots = {str(obj.properties.get(prop) or "") for obj in data.objects for prop in KNOT_PROPERTIES}
    return MapFacts(
        name=name,
        path=path,
        spawns=frozenset(data.spawns),
        places=frozenset(data.spawns) | {obj.name for obj in data.objects if obj.name},
        actors=frozenset(actors),
        knots=frozenset(knots - {""}),
    )


@dataclass(frozen=True)
class Catalogue:
    """The game's content as the story lint sees it. `None` for a part means it could not
    be read (its problem is in `problems`) and its checks are skipped."""

    speakers: SpeakerTable | None = None
    chapters: Mapping[str, Chapter] | None = None
    portraits: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Speaker id -> the moods its portrait sheet has rows for."""
    music: frozenset[str] = frozenset()
    sfx: frozenset[str] = frozenset()
    colours: frozenset[str] | None = None
    maps: Mapping[str, MapFacts | None] = field(default_factory=dict)
    """Map name -> its facts, or None for a map that exists but does not load."""
    problems: tuple[Problem, ...] = ()
    """Content that could not be read, other than maps (those are reported when needed)."""
    root: Path = GAME_ROOT
    players: tuple[str, ...] = PLAYER_NAMES

    @property
    def speakers_file(self) -> Path:
        return self.root / "assets" / "story" / "speakers.json"

    @property
    def chapters_file(self) -> Path:
        return self.root / "assets" / "story" / "chapters.json"

    @property
    def portraits_dir(self) -> Path:
        return self.root / "assets" / "portraits"

    @property
    def music_dir(self) -> Path:
        return self.root / "assets" / "audio" / "music"

    @property
    def sfx_dir(self) -> Path:
        return self.root / "assets" / "audio" / "sfx"

    @property
    def palette_file(self) -> Path:
        return self.root / "assets" / "palette.gpl"

    @property
    def maps_dir(self) -> Path:
        return self.root / "maps"

    def map_path(self, name: str) -> Path:
        """Where a map of that name lives (whether or not it exists)."""
        facts = self.maps.get(name)
        return Path(facts.path) if facts is not None else self.maps_dir / f"{name}.tmx"

    def moods(self) -> frozenset[str]:
        """Every mood some portrait has or the speakers table gives a speaker."""
        declared = {m for s in (self.speakers.speakers.values() if self.speakers else ()) for m in s.moods}
        return frozenset(declared.union(*self.portraits.values()))


def load_catalogue(root: Path = GAME_ROOT, load: MapLoader | None = None) -> Catalogue:
    """Read the game's content below `root` (assets/ and maps/). `load` reads a map (the
    validator passes one that reuses the maps it has already loaded)."""
    problems: list[Problem] = []
    empty = Catalogue(root=root)
    speakers: SpeakerTable | None = None
    try:
        speakers = load_speakers(empty.speakers_file)
    except SpeakersError as error:
        problems.append(Problem(str(empty.speakers_file), "speakers", str(error)))
    chapters: Mapping[str, Chapter] | None = None
    try:
        chapters = load_chapters(empty.chapters_file)
    except ChaptersError as error:
        problems.append(Problem(str(empty.chapters_file), "chapters", str(error)))
    portraits = _portraits(empty.portraits_dir, problems)
    if speakers is not None:
        for speaker in speakers.speakers.values():
            if speaker.moods and speaker.id in portraits:
                problems.append(
                    Problem(
                        str(empty.speakers_file),
                        f"speaker '{speaker.id}'",
                        f"has portraits ({speaker.id}.json in {empty.portraits_dir.name}/), whose rows are its moods;"
                        " remove its 'moods' here",
                    )
                )
    colours: frozenset[str] | None = None
    try:
        colours = frozenset(name for name, _ in load_palette(empty.palette_file).colours)
    except (OSError, UnicodeDecodeError, PaletteError) as error:
        problems.append(Problem(str(empty.palette_file), "palette", f"cannot be read ({error})"))
    return Catalogue(
        speakers=speakers,
        chapters=chapters,
        portraits=MappingProxyType(portraits),
        music=_stems(empty.music_dir, ".wav"),
        sfx=_stems(empty.sfx_dir, ".wav"),
        colours=colours,
        maps=MappingProxyType(_maps(empty.maps_dir, load or _load_map_data)),
        problems=tuple(problems),
        root=root,
    )


def _load_map_data(path: str) -> MapData:
    return load_map(path).data


def _stems(directory: Path, suffix: str) -> frozenset[str]:
    return frozenset(path.name.removesuffix(suffix) for path in directory.glob(f"*{suffix}") if path.is_file())


def _portraits(directory: Path, problems: list[Problem]) -> dict[str, tuple[str, ...]]:
    portraits: dict[str, tuple[str, ...]] = {}
    for sheet in sorted(directory.glob("*.json")):
        try:
            rows = json.loads(sheet.read_text(encoding="utf-8")).get("rows")
        except (OSError, ValueError, RecursionError, AttributeError) as error:
            problems.append(Problem(str(sheet), "portrait", f"cannot be read ({error})"))
            continue
        if not isinstance(rows, list) or not all(isinstance(row, str) for row in rows):
            problems.append(Problem(str(sheet), "portrait", "its 'rows' should be a list of mood names"))
            continue
        portraits[sheet.stem] = tuple(rows)
    return portraits


def _maps(maps_dir: Path, load: MapLoader) -> dict[str, MapFacts | None]:
    maps: dict[str, MapFacts | None] = {}
    for path in sorted(maps_dir.glob("**/*.tmx")):
        name = path.relative_to(maps_dir).with_suffix("").as_posix()
        try:
            maps[name] = map_facts(name, str(path), load(str(path)))
        except ContentError:
            maps[name] = None
    return maps
