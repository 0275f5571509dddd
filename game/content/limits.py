"""How big content may be before the loader reads it.

The loader's costs grow with what a file claims (cells, pixels, bytes), not with what it
holds, so a few hundred bytes can ask for minutes of work or gigabytes of memory. These
bounds sit far above anything the game ships (its largest map is 50x24 tiles, its largest
file 40 KB) and let a hostile file be refused at once.
"""

from __future__ import annotations

TILE_SIZE_PX = 16
"""Every map and tileset uses 16x16 px tiles (the world's TILE_PX)."""

MAX_MAP_TILES = 256
"""The widest or tallest map, in tiles. Checked before any layer data is read."""

MAX_OBJECT_PX = MAX_MAP_TILES * TILE_SIZE_PX
"""The largest position, size or polyline coordinate of an object, in pixels (either
sign): beyond it an object lies outside any map, and covering it cell by cell would not end."""

MAX_OBJECT_CELLS = 4 * MAX_MAP_TILES * MAX_MAP_TILES
"""The most cells all of a map's objects may cover together (each counted once per object)."""

MAX_FILE_BYTES = 16 * 1024 * 1024
"""The largest map, tileset or template file read at all, in bytes."""
