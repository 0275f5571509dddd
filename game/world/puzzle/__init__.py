"""Chaos-realm puzzles and the four-character party, as pure, deterministic logic.

Layout: `weight` and `party` (who), `elements` and `signals` (what is placed and how it is
wired), `abilities` (Trace, Sketch, Glow, Anchor), `board` and `puzzle` (the rules and the
state), `runner` (real-time fixed steps), `solver` (breadth-first search for tests and
tools), `grid` (maps drawn as text). Nothing here imports pygame.
"""

from __future__ import annotations
