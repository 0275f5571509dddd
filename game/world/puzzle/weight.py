"""How heavy things are: the Weight enum of the Tiled schema, as numbers that add up."""

from __future__ import annotations

from enum import Enum


class Weight(Enum):
    """A character's, block's or crate's weight, and a plate's minimum. The value is the name
    used in Tiled (the `Weight` enum in game/content/schema.py)."""

    LIGHT = "light"
    MEDIUM = "medium"
    HEAVY = "heavy"

    @property
    def units(self) -> int:
        """Weight as a number, so the load on a plate adds up. Two medium characters on a
        two-cell plate weigh as much as one heavy one; a light crate alone stays light."""
        return _UNITS[self]


_UNITS = {Weight.LIGHT: 1, Weight.MEDIUM: 2, Weight.HEAVY: 4}
