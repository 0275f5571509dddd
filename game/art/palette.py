"""The game's one palette, read from a GIMP ``.gpl`` file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

RGB = tuple[int, int, int]


class PaletteError(ValueError):
    """A ``.gpl`` file that does not parse, with the line that broke it."""


@dataclass(frozen=True)
class Palette:
    """Named colours in file order; index ``i`` here is PNG palette index ``i + 1``."""

    name: str
    colours: tuple[tuple[str, RGB], ...]

    def rgb(self, colour_name: str) -> RGB:
        """The RGB triple of a colour name; ``KeyError`` names the unknown colour."""
        for name, rgb in self.colours:
            if name == colour_name:
                return rgb
        raise KeyError(f"colour {colour_name!r} is not in palette {self.name!r}")

    def index(self, colour_name: str) -> int:
        """The 0-based position of a colour name in the palette."""
        for i, (name, _) in enumerate(self.colours):
            if name == colour_name:
                return i
        raise KeyError(f"colour {colour_name!r} is not in palette {self.name!r}")

    def rgb_set(self) -> set[RGB]:
        """Every RGB triple of the palette, for checking images."""
        return {rgb for _, rgb in self.colours}


def parse_gpl(text: str, origin: str = "<palette>") -> Palette:
    """Parse GIMP palette text: header, ``Name:``, ``Columns:``, then ``R G B<TAB>name``."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "GIMP Palette":
        raise PaletteError(f"{origin}:1: expected 'GIMP Palette' header")
    name = ""
    colours: list[tuple[str, RGB]] = []
    for number, raw in enumerate(lines[1:], start=2):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("Name:"):
            name = line[len("Name:") :].strip()
            continue
        if line.startswith("Columns:"):
            continue
        fields = line.split(None, 3)
        if len(fields) < 4:
            raise PaletteError(f"{origin}:{number}: expected 'R G B<TAB>name', got {raw!r}")
        try:
            rgb = (int(fields[0]), int(fields[1]), int(fields[2]))
        except ValueError as error:
            raise PaletteError(f"{origin}:{number}: bad colour value in {raw!r}") from error
        if not all(0 <= c <= 255 for c in rgb):
            raise PaletteError(f"{origin}:{number}: colour value out of 0-255 in {raw!r}")
        colour_name = fields[3].strip()
        if any(colour_name == known for known, _ in colours):
            raise PaletteError(f"{origin}:{number}: colour name {colour_name!r} used twice")
        colours.append((colour_name, rgb))
    return Palette(name=name, colours=tuple(colours))


def load_palette(path: Path) -> Palette:
    """Read and parse a ``.gpl`` file."""
    return parse_gpl(path.read_text(encoding="utf-8"), origin=str(path))
