"""Drawing: the pyscroll map view, character sprites, a naive baseline renderer for the
benchmark, and the scaling of the internal image into the window. Drawing never changes
game state."""

from __future__ import annotations

INTERNAL_SIZE = (320, 180)
"""The game draws everything at this resolution, then scales it up by a whole number."""
