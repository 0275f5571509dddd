"""Build the game's images from their text sources under ``assets/src``.

    python -m game.tools.build_assets           # rewrite every built asset
    python -m game.tools.build_assets --check   # exit 1 and name files that are out of date

    python -m game.tools.build_assets --only dream_mara   # just the outputs of that source
    python -m game.tools.build_assets --only portraits/jonas   # when names repeat across kinds

Sources -> outputs:
    assets/src/tilesets/<name>/*.txt  -> assets/tilesets/<name>.png and <name>.tsx
    assets/src/sprites/<name>.txt     -> assets/sprites/<name>.png     (character sheets)
    assets/src/portraits/<name>.txt   -> assets/portraits/<name>.png   (48x48, one row a mood)
    assets/src/ui/<name>.txt          -> assets/ui/<name>.png          (interface skin, icons)
    each sheet's frame size, columns and row names -> assets/<kind>/<name>.json beside it
All use assets/palette.gpl and the legend assets/src/legend.txt. Same sources, same bytes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from game.art.grid import Grid, SourceError, blank, parse_legend, paste
from game.art.palette import load_palette
from game.art.png import encode_indexed
from game.art.sheet import compose_sheet, parse_sheet
from game.art.tiles import TILE_PX, TileSpec, WangSet, draw_tiles, parse_tile_source
from game.art.tsx import tileset_xml

REPO_ROOT = Path(__file__).resolve().parents[2]
TILESET_COLUMNS = 16


def _rel(root: Path, path: Path) -> str:
    return path.relative_to(root).as_posix()


def _tileset(root: Path, folder: Path, legend: dict[str, int]) -> tuple[Grid, bytes]:
    specs: list[TileSpec] = []
    wangsets: list[WangSet] = []
    for source in sorted(folder.glob("*.txt")):
        parsed = parse_tile_source(source.read_text(encoding="utf-8"), _rel(root, source))
        specs += parsed.specs
        wangsets += parsed.wangsets
    tiles = draw_tiles(specs, legend)
    for spec in specs:
        for frame, _ in spec.animation:
            if frame not in tiles:
                raise SourceError(f"{spec.where}: animation frame {frame} is not drawn")
    rows = max(tiles) // TILESET_COLUMNS + 1
    sheet = blank(TILESET_COLUMNS * TILE_PX, rows * TILE_PX)
    for tile_id, grid in tiles.items():
        row, col = divmod(tile_id, TILESET_COLUMNS)
        paste(sheet, grid, col * TILE_PX, row * TILE_PX)
    tsx = tileset_xml(folder.name, f"{folder.name}.png", specs, TILESET_COLUMNS, rows, TILE_PX, wangsets)
    return sheet, tsx


SHEET_KINDS = ("sprites", "portraits", "ui")


def build(root: Path = REPO_ROOT, only: str | None = None) -> dict[Path, bytes]:
    """Every built asset's path (relative to ``root``) and its bytes, computed in memory.
    With ``only``, just the outputs of the source (tileset folder or sheet file) so named,
    so one artist's half-finished source never stops another's build."""
    assets = root / "assets"
    palette = load_palette(assets / "palette.gpl")
    legend_path = assets / "src" / "legend.txt"
    legend = parse_legend(legend_path.read_text(encoding="utf-8"), palette, _rel(root, legend_path))
    colours = [rgb for _, rgb in palette.colours]
    out: dict[Path, bytes] = {}
    for folder in sorted(p for p in (assets / "src" / "tilesets").iterdir() if p.is_dir()):
        if only in (None, folder.name, f"tilesets/{folder.name}"):
            sheet, tsx = _tileset(root, folder, legend)
            out[Path("assets/tilesets") / f"{folder.name}.png"] = encode_indexed(sheet, colours)
            out[Path("assets/tilesets") / f"{folder.name}.tsx"] = tsx
    for kind in SHEET_KINDS:
        folder = assets / "src" / kind
        for source in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
            if only not in (None, source.stem, f"{kind}/{source.stem}"):
                continue
            parsed = parse_sheet(source.read_text(encoding="utf-8"), _rel(root, source))
            grid = compose_sheet(parsed, legend)
            out[Path("assets") / kind / f"{source.stem}.png"] = encode_indexed(grid, colours)
            layout = {
                "frame": [parsed.frame_w, parsed.frame_h],
                "columns": len(grid[0]) // parsed.frame_w,
                "rows": [name for name, _ in parsed.rows],
            }
            out[Path("assets") / kind / f"{source.stem}.json"] = (json.dumps(layout) + "\n").encode("utf-8")
    return out


def stale_files(root: Path = REPO_ROOT, only: str | None = None) -> list[Path]:
    """Built assets whose bytes on disk differ from (or are missing for) what sources build."""
    return [
        path
        for path, data in build(root, only).items()
        if not (root / path).is_file() or (root / path).read_bytes() != data
    ]


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the process exit code."""
    parser = argparse.ArgumentParser(prog="python -m game.tools.build_assets", description=__doc__)
    parser.add_argument("--check", action="store_true", help="only report out-of-date files")
    parser.add_argument("--only", metavar="NAME", help="build only the tileset folder or sheet named NAME")
    parser.add_argument("--sheet", metavar="FILE.png", type=Path, help="also draw the contact sheet of all art")
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        status = _check(args) if args.check else _build(args)
    except SourceError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if status:
        return status
    if args.sheet:
        write_contact_sheet(args.root, args.sheet)
        print(f"contact sheet: {args.sheet}")
    return 0


def _check(args: argparse.Namespace) -> int:
    stale = stale_files(args.root, args.only)
    for path in stale:
        print(f"out of date: {path.as_posix()} (run python -m game.tools.build_assets)")
    if not stale:
        print("ok: every built asset matches its sources")
    return 1 if stale else 0


def _build(args: argparse.Namespace) -> int:
    outputs = build(args.root, args.only)
    if args.only and not outputs:
        print(f"error: no source named {args.only!r}", file=sys.stderr)
        return 2
    for path, data in outputs.items():
        target = args.root / path
        old = target.read_bytes() if target.is_file() else None
        target.parent.mkdir(parents=True, exist_ok=True)
        if old != data:
            target.write_bytes(data)
        print(f"{'unchanged' if old == data else 'wrote'}: {path.as_posix()} ({len(data)} bytes)")
    return 0


def write_contact_sheet(root: Path, path: Path) -> None:
    """Render the contact sheet (pygame is only needed here, not for building)."""
    import os

    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame

    from game.tools.contact import contact_sheet

    pygame.display.init()
    pygame.image.save(contact_sheet(root), str(path))
    pygame.display.quit()


if __name__ == "__main__":
    sys.exit(main())
