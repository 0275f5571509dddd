"""Tiled 1.8 external tileset (``.tsx``) XML, written by hand so the bytes are stable."""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from game.art.tiles import TileSpec

# pytmx refuses properties named like built-in attributes; never emit one.
RESERVED_PROPERTY_NAMES = frozenset(
    {"name", "type", "id", "x", "y", "width", "height", "class", "source", "gid", "visible"}
)


def tileset_xml(name: str, image_source: str, specs: list[TileSpec], columns: int, rows: int, tile_px: int) -> bytes:
    """The ``.tsx`` for a sheet of ``columns`` x ``rows`` tiles, with kind/solid/animation."""
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
    lines.append("</tileset>")
    return ("\n".join(lines) + "\n").encode("utf-8")
