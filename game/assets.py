"""Finding and caching what the game loads from disk: maps (with their images), sprite
sheets, fonts and the palette."""

from __future__ import annotations

import os
import time
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import pygame
import pytmx.util_pygame

from game.art.palette import Palette, load_palette
from game.content.paths import ASSETS_DIR, MAPS_DIR, NameError_, inside, name_problem, resolve
from game.content.problems import ContentError, Problem
from game.content.references import sheet_path
from game.render.sprites import CharacterSheet, SheetError
from game.ui.font import PixelFont
from game.ui.skin import Sheet, Skin

if TYPE_CHECKING:  # the map loader and the puzzle pieces load with the first map, not the title
    from game.content.tiled import LoadedMap
    from game.render.puzzle_view import Pieces


class Assets:
    """Loads on first use and keeps what it loaded. Maps are cached by path, so walking
    back through a door does not parse the map again."""

    def __init__(self, maps_dir: str = MAPS_DIR, assets_dir: str = ASSETS_DIR) -> None:
        self.maps_dir = maps_dir
        self.assets_dir = assets_dir
        self._maps: dict[str, LoadedMap] = {}
        self._maps_loaded_ns: dict[str, int] = {}
        """When each cached map was read (the wall clock, as file times are)."""
        self._sheets: dict[str, CharacterSheet] = {}
        self._portraits: dict[str, Sheet | None] = {}
        self._entry_dirs: set[str] = set()

    def allow_map_file(self, path: str) -> str:
        """Let the map file given on the command line be opened wherever it lies (a
        designer's work in progress), with the maps beside it; returns its path."""
        self._entry_dirs.add(os.path.realpath(os.path.dirname(os.path.abspath(path))))
        return path

    def allow_map(self, name: str) -> None:
        """As if the map `name` (a name or a `.tmx` path, as the command line gives it) had
        been opened: a save made on it can be opened."""
        if name.endswith(".tmx"):
            self.allow_map_file(name)
        else:
            self._note_folder(self.map_path(name))

    def _note_folder(self, path: str) -> None:
        """A map opened in a folder below maps/ (samples/): a save names a map by its file's
        name alone, which is then looked up there too."""
        folder = os.path.realpath(os.path.dirname(os.path.abspath(path)))
        if folder != os.path.realpath(self.maps_dir) and inside(folder, [self.maps_dir]):
            self._entry_dirs.add(folder)

    def load_map_file(self, path: str) -> LoadedMap:
        """A map file a person named (the command line, a tool, a test), wherever it lies."""
        return self.load_map(self.allow_map_file(path))

    def map_path(self, name: str, near: str | None = None) -> str:
        """The file of a map name (`mara_flat`, `samples/dream_mara`). Doors name maps in
        their own map's folder (`near`), then in maps/; a save names the map it was made
        on, which may lie beside the command-line map. A name from data is a plain name
        that resolves inside maps/ (or beside the command-line map); a `.tmx` path is taken
        as it is only inside those folders. Raises ContentError otherwise."""
        roots = [self.maps_dir, *sorted(self._entry_dirs)]
        if name.endswith(".tmx"):
            if not inside(name, roots):
                raise ContentError([Problem(name, "map", "lies outside the game's maps folder")])
            return name
        problem = name_problem(name, "map", nested=True)
        if problem is not None:
            raise ContentError([Problem(near or self.maps_dir, "map", problem)])
        if near is not None and inside(near, roots):
            sibling = os.path.join(os.path.dirname(near), *name.split("/")) + ".tmx"
            if os.path.isfile(sibling) and inside(sibling, roots):
                return sibling
        if self._entry_dirs and not os.path.isfile(os.path.join(self.maps_dir, *name.split("/")) + ".tmx"):
            for folder in sorted(self._entry_dirs):  # a save made on a map opened in another folder
                beside = os.path.join(folder, *name.split("/")) + ".tmx"
                if os.path.isfile(beside):
                    return beside
        return resolve(self.maps_dir, name, ".tmx", "map", nested=True)

    def load_map(self, name: str, near: str | None = None) -> LoadedMap:
        """The map with its tile images. Raises ContentError, whose problems say what is wrong."""
        path = self.map_path(name, near)
        key = os.path.abspath(path)
        if key not in self._maps:
            if not os.path.isfile(path):
                raise ContentError([Problem(path, "map", f"map '{name}' not found")])
            self._note_folder(key)
            self._maps_loaded_ns[key] = time.time_ns()
            from game.content.tiled import load_map  # with the first map: the title needs none

            self._maps[key] = load_map(
                path,
                image_loader=pytmx.util_pygame.pygame_image_loader,
                assets_dir=self.assets_dir,
                maps_dir=self.maps_dir,
            )
        return self._maps[key]

    def forget_map(self, path: str) -> None:
        """Drop the cached map of `path` (hot reload: it changed on disk)."""
        self._maps.pop(os.path.abspath(path), None)

    def map_loaded_ns(self, path: str) -> int | None:
        """When the cached map of `path` was read, if it is cached (hot reload compares it
        with its files' times when the player walks back in)."""
        return self._maps_loaded_ns.get(os.path.abspath(path)) if os.path.abspath(path) in self._maps else None

    def sheet(self, character: str) -> CharacterSheet:
        """A character's sprite sheet (assets/sprites/<character>.png). ContentError for a
        name that is not a plain name or a sheet that is missing or the wrong size."""
        if character not in self._sheets:
            try:
                self._sheets[character] = CharacterSheet.load(sheet_path(self.assets_dir, character))
            except (NameError_, SheetError, FileNotFoundError, pygame.error) as exc:
                where = os.path.join(self.assets_dir, "sprites")
                raise ContentError([Problem(where, f"sprite sheet '{character}'", str(exc))]) from None
        return self._sheets[character]

    @cached_property
    def palette(self) -> Palette:
        return load_palette(Path(self.assets_dir) / "palette.gpl")

    def colour(self, name: str) -> pygame.Color:
        return pygame.Color(self.palette.rgb(name))

    @cached_property
    def font(self) -> PixelFont:
        return PixelFont.load(os.path.join(self.assets_dir, "fonts", "lullaby_regular.txt"))

    @cached_property
    def bold_font(self) -> PixelFont:
        return PixelFont.load(os.path.join(self.assets_dir, "fonts", "lullaby_bold.txt"))

    @cached_property
    def skin(self) -> Skin:
        return Skin(Path(self.assets_dir) / "ui")

    @cached_property
    def party_heads(self) -> Sheet:
        """The swap HUD's heads: a row per protagonist, resting and lit."""
        return Sheet(Path(self.assets_dir) / "ui" / "party.png")

    @cached_property
    def pieces(self) -> Pieces:
        """Puzzle pieces (plates, gates, levers...) by kind, from the chaos tileset."""
        from game.render.puzzle_view import Pieces  # with the first puzzle map

        return Pieces(Path(self.assets_dir) / "tilesets" / "chaos.tsx")

    def portrait(self, speaker: str, mood: str = "neutral") -> pygame.Surface | None:
        """The speaker's 48x48 portrait in that mood (neutral if the mood is not drawn), or
        None for a speaker without portraits (the narrator)."""
        if speaker not in self._portraits:
            portraits = os.path.join(self.assets_dir, "portraits")
            try:
                path = Path(resolve(portraits, speaker, ".png", "portrait"))
            except NameError_:
                path = None
            self._portraits[speaker] = Sheet(path) if path is not None and path.is_file() else None
        sheet = self._portraits[speaker]
        if sheet is None:
            return None
        return sheet.frame(mood if mood in sheet.rows else "neutral")
