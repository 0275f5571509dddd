"""Tiled 1.8 external tileset (``.tsx``) XML, written by hand so the bytes are stable."""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from game.art.grid import SourceError
from game.art.tiles import RESERVED_PROPERTY_NAMES, TileSpec, WangSet

WANG_DISPLAY_COLOURS = ("#ff3040", "#30c0ff", "#ffd030", "#40e070", "#c060ff", "#ff8030", "#e0e0e0", "#806040")
"""How Tiled marks each terrain of a Wang set in its editor (not game colours)."""


def _typed(value: bool | int | str) -> tuple[str | None, str]:
    if isinstance(value, bool):
        return "bool", "true" if value else "false"
    if isinstance(value, int):
        return "int", str(value)
    return None, value


def tileset_xml(
    name: str,
    image_source: str,
    specs: list[TileSpec],
    columns: int,
    rows: int,
    tile_px: int,
    wangsets: list[WangSet] | None = None,
) -> bytes:
    """The ``.tsx`` for a sheet of ``columns`` x ``rows`` tiles, with kind/solid/other
    properties, animations and corner Wang sets for Tiled's terrain brush."""
    width, height = columns * tile_px, rows * tile_px
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<tileset version="1.8" tiledversion="1.8.2" name={quoteattr(name)}'
        f' tilewidth="{tile_px}" tileheight="{tile_px}" tilecount="{columns * rows}"'
        f' columns="{columns}">',
        f' <image source={quoteattr(image_source)} width="{width}" height="{height}"/>',
    ]
    for spec in sorted(specs, key=lambda s: s.tile_id):
        properties: list[tuple[str, str | None, str]] = []
        if spec.kind:
            properties.append(("kind", None, spec.kind))
        if spec.solid:
            properties.append(("solid", "bool", "true"))
        for prop_name, value in sorted(spec.props.items()):
            if prop_name in RESERVED_PROPERTY_NAMES:
                raise SourceError(f"{spec.where}: property {prop_name!r} uses a reserved name")
            properties.append((prop_name, *_typed(value)))
        if not properties and not spec.animation:
            continue
        assert not RESERVED_PROPERTY_NAMES & {p[0] for p in properties}
        lines.append(f' <tile id="{spec.tile_id}">')
        if properties:
            lines.append("  <properties>")
            for prop, kind, value in properties:
                typed = f" type={quoteattr(kind)}" if kind else ""
                lines.append(f"   <property name={quoteattr(prop)}{typed} value={quoteattr(value)}/>")
            lines.append("  </properties>")
        if spec.animation:
            lines.append("  <animation>")
            for frame, duration in spec.animation:
                lines.append(f'   <frame tileid="{frame}" duration="{duration}"/>')
            lines.append("  </animation>")
        lines.append(" </tile>")
    lines += _wangsets_xml(wangsets or [], specs)
    lines.append("</tileset>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _wangsets_xml(wangsets: list[WangSet], specs: list[TileSpec]) -> list[str]:
    if not wangsets:
        for spec in specs:
            if spec.wang:
                raise SourceError(f"{spec.where}: 'wang' names set {spec.wang[0][0]!r}, which is not declared")
        return []
    lines = [" <wangsets>"]
    known = {w.name for w in wangsets}
    for spec in specs:
        for set_name, _ in spec.wang:
            if set_name not in known:
                raise SourceError(f"{spec.where}: 'wang' names set {set_name!r}, which is not declared")
    for wangset in wangsets:
        if len(wangset.colours) > len(WANG_DISPLAY_COLOURS):
            raise SourceError(f"{wangset.where}: at most {len(WANG_DISPLAY_COLOURS)} terrains in one set")
        lines.append(f'  <wangset name={quoteattr(wangset.name)} type="corner" tile="-1">')
        for i, colour in enumerate(wangset.colours):
            lines.append(
                f"   <wangcolor name={quoteattr(colour)} color={quoteattr(WANG_DISPLAY_COLOURS[i])}"
                ' tile="-1" probability="1"/>'
            )
        index = {colour: i + 1 for i, colour in enumerate(wangset.colours)}
        index["-"] = 0
        for spec in sorted(specs, key=lambda s: s.tile_id):
            for set_name, (tr, br, bl, tl) in spec.wang:
                if set_name != wangset.name:
                    continue
                for corner in (tr, br, bl, tl):
                    if corner not in index:
                        raise SourceError(f"{spec.where}: {corner!r} is not a terrain of Wang set {set_name!r}")
                wangid = f"0,{index[tr]},0,{index[br]},0,{index[bl]},0,{index[tl]}"
                lines.append(f'   <wangtile tileid="{spec.tile_id}" wangid="{wangid}"/>')
        lines.append("  </wangset>")
    lines.append(" </wangsets>")
    return lines
