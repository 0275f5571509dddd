"""The assist option (Settings > Accessibility): three gentler rules a player may turn on or
off at any time, each on its own. Off by default; the solver proves every puzzle without
them, and each only ever makes a puzzle easier (more time, more light, more pace).

- lasting sketches: Jonas's sketches do not fade with time (a judging gaze still dissolves
  an unpinned one: that is the puzzle, not the clock);
- forgiving dark: Lila's light does not shrink when she is alone, and reaches a tile further;
- fast walk: everyone walks half as fast again.
"""

from __future__ import annotations

from dataclasses import dataclass

FAST_WALK_FACTOR = 1.5
"""How much faster everyone walks with fast walk on."""
FORGIVING_LIGHT_BONUS_TILES = 1
"""How much further Lila's light reaches with forgiving dark on."""


@dataclass(frozen=True)
class Assist:
    """Which of the gentler rules are on."""

    lasting_sketches: bool = False
    forgiving_dark: bool = False
    fast_walk: bool = False


OFF = Assist()
