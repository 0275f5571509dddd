"""The contact sheet: every built tile, sprite sheet, portrait and interface image at 3x with
its name, on one PNG, so anyone can review the art at a glance.

    python -m game.tools.build_assets --sheet contact.png
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pygame

from game.art.palette import load_palette
from game.ui.font import PixelFont

SCALE = 3
TILE_PX = 16
CELL_W = 104
CELL_H = TILE_PX * SCALE + 22
COLUMNS = 15
MARGIN = 16
WIDTH = MARGIN * 2 + CELL_W * COLUMNS


class ContactSheet:
    """Lays out sections top to bottom on a tall surface."""

    def __init__(self, root: Path) -> None:
        self.root = root
        palette = load_palette(root / "assets" / "palette.gpl")
        self.colour = {name: pygame.Color(rgb) for name, rgb in palette.colours}
        self.font = PixelFont.load(root / "assets" / "fonts" / "lullaby_regular.txt")
        self.bold = PixelFont.load(root / "assets" / "fonts" / "lullaby_bold.txt")
        self.blocks: list[pygame.Surface] = []

    def heading(self, text: str) -> None:
        line = self.bold.render(text, self.colour["neon-cyan"])
        block = pygame.Surface((WIDTH, line.get_height() * 2 + 12), pygame.SRCALPHA)
        block.blit(pygame.transform.scale_by(line, 2), (MARGIN, 8))
        self.blocks.append(block)

    def tileset(self, tsx: Path) -> None:
        root = ET.parse(tsx).getroot()
        image_node = root.find("image")
        if image_node is None:
            raise ValueError(f"{tsx}: tileset has no image")
        image = pygame.image.load(str(tsx.parent / image_node.get("source", "")))
        kinds: dict[int, str] = {}
        frames: set[int] = set()
        for tile in root.findall("tile"):
            tile_id = int(tile.get("id", "0"))
            for prop in tile.iter("property"):
                if prop.get("name") == "kind":
                    kinds[tile_id] = prop.get("value", "")
            frames |= {int(f.get("tileid", "0")) for f in tile.iter("frame")} - {tile_id}
        columns = image.get_width() // TILE_PX
        shown = [
            (tile_id, kinds.get(tile_id, "frame" if tile_id in frames else ""))
            for tile_id in range(columns * (image.get_height() // TILE_PX))
            if tile_id in kinds or tile_id in frames
        ]
        self.heading(f"tileset {tsx.stem}: {len(kinds)} tiles, {len(frames)} animation frames")
        rows = (len(shown) + COLUMNS - 1) // COLUMNS
        block = pygame.Surface((WIDTH, rows * CELL_H), pygame.SRCALPHA)
        for index, (tile_id, kind) in enumerate(shown):
            row, col = divmod(index, COLUMNS)
            x, y = MARGIN + col * CELL_W, row * CELL_H
            source = image.subsurface(((tile_id % columns) * TILE_PX, (tile_id // columns) * TILE_PX, TILE_PX, TILE_PX))
            block.fill(self.colour["steel-1"], (x - 1, y - 1, TILE_PX * SCALE + 2, TILE_PX * SCALE + 2))
            block.fill(self.colour["night-2"], (x, y, TILE_PX * SCALE, TILE_PX * SCALE))
            block.blit(pygame.transform.scale_by(source, SCALE), (x, y))
            label = f"{tile_id} {kind}"
            lines = self.font.wrap(label, CELL_W - 4)[:2]
            for i, line in enumerate(lines):
                self.font.draw(block, line, (x, y + TILE_PX * SCALE + 2 + i * 8), self.colour["fog"])
        self.blocks.append(block)

    def sheet(self, name: str, info: dict[str, object]) -> None:
        image = pygame.image.load(str(self.root / "assets" / f"{name}.png"))
        frame_h = int(info["frame"][1])  # type: ignore[index]
        rows = list(info["rows"])  # type: ignore[call-overload]
        big = pygame.transform.scale_by(image, SCALE)
        label_w = 90
        block = pygame.Surface((WIDTH, big.get_height() + 24), pygame.SRCALPHA)
        self.font.draw(block, name, (MARGIN, 2), self.colour["white"])
        top = 14
        block.fill(self.colour["steel-1"], (MARGIN + label_w, top, big.get_width(), big.get_height()))
        block.blit(big, (MARGIN + label_w, top))
        for i, row in enumerate(rows):
            self.font.draw(block, str(row), (MARGIN, top + i * frame_h * SCALE + 4), self.colour["fog"])
        self.blocks.append(block)

    def render(self) -> pygame.Surface:
        height = sum(b.get_height() for b in self.blocks) + MARGIN * 2
        out = pygame.Surface((WIDTH, height))
        out.fill(self.colour["ink"])
        y = MARGIN
        for block in self.blocks:
            out.blit(block, (0, y))
            y += block.get_height()
        return out


def contact_sheet(root: Path) -> pygame.Surface:
    """Every tileset, then every sheet (with its layout file beside it), by kind."""
    sheet = ContactSheet(root)
    for tsx in sorted((root / "assets" / "tilesets").glob("*.tsx")):
        sheet.tileset(tsx)
    for kind, title in (("sprites", "characters"), ("portraits", "portraits"), ("ui", "interface")):
        layouts = sorted((root / "assets" / kind).glob("*.json"))
        if layouts:
            sheet.heading(title)
            for layout in layouts:
                sheet.sheet(f"{kind}/{layout.stem}", json.loads(layout.read_text(encoding="utf-8")))
    return sheet.render()
