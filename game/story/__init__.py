"""The story layer: runs the compiled Ink story and bridges it to the world.

`Story` (runtime.py) wraps the `bink` Ink runtime; tags.py parses speaker, mood and stage
directions; paths.py lists the knots the game starts, which a test checks exist. No pygame
here: scenes present what the story says.
"""

from __future__ import annotations

from game.story.runtime import Choice, InkValue, Line, Story, StoryError
from game.story.tags import StageDirection, TagError

__all__ = ["Choice", "InkValue", "Line", "StageDirection", "Story", "StoryError", "TagError"]
