"""Lullaby Protocol: a 2D pixel-art adventure about four sleepers and the pods they hide in."""

from __future__ import annotations

import os

# pygame prints a banner on import (pytmx imports it too); the game and its tools stay quiet.
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

__version__ = "0.1.0"
