"""Content: reading Tiled maps into world data, resolving templates, checking the schema.

This is the border: pytmx objects never leave this package except as the map handed to the
renderer (pyscroll needs it). Everything the world sees is converted to `game.world` types.
"""

from __future__ import annotations
