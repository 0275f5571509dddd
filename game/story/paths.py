"""The Ink paths the game starts by name. tests/test_story.py checks that each one exists in
the compiled story, so renaming a knot in Ink cannot silently break the game.
"""

from __future__ import annotations

STORY_FILE = "assets/story/main.json"
"""The compiled story, relative to the repository root."""

MARA_MORNING = "mara_morning"
"""Act I opens here: Mara's alarm, the pod, and the first choice between work and sleep."""

FLAT_POD = "flat.pod"
FLAT_LAPTOP = "flat.laptop"
FLAT_WINDOW = "flat.window"
FLAT_FRIDGE = "flat.fridge"
FLAT_FERN = "flat.fern"
FLAT_BOXES = "flat.boxes"

FLAT_THINGS = (FLAT_POD, FLAT_LAPTOP, FLAT_WINDOW, FLAT_FRIDGE, FLAT_FERN, FLAT_BOXES)
"""What Mara can look at in her flat (maps/mara_flat.tmx's inspect objects will start these)."""

ALL_PATHS = (MARA_MORNING, *FLAT_THINGS)
"""Every path above: the list the path test walks."""
