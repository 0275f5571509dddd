"""A phone's chat on screen: the dialogue's lines tagged `# phone` show as messages on a phone
instead of in the dialogue box (Lila's group chat). The protagonists' own messages sit on the
right in her colour, everyone else's on the left under their name; the conversation so far
stays above the newest message, which types out like any line. Large text makes the phone as
wide as the screen; high contrast draws it as a solid dark panel with a bright rim.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pygame

if TYPE_CHECKING:
    from game.ui.font import PixelFont

PHONE_TAG = "phone"
OWN = frozenset({"mara", "jonas", "lila", "roe"})
"""Speakers whose messages are the phone owner's own (whoever the player is)."""
PANEL = pygame.Rect(8, 6, 160, 168)
LARGE_PANEL = pygame.Rect(6, 4, 308, 172)
BUBBLE_SHARE = 0.8
"""A bubble is at most this share of the phone's inner width."""
PAD = 3


def is_phone(line: object) -> bool:
    """Whether a story line is a phone message (its `# phone` tag)."""
    return PHONE_TAG in (getattr(line, "tags", None) or {})


def bubble_width(large: bool) -> int:
    """How wide a message's text may run on the phone at the text size."""
    panel = LARGE_PANEL if large else PANEL
    return round((panel.w - 12) * BUBBLE_SHARE) - 2 * PAD


@dataclass(frozen=True)
class Message:
    """One message: who sent it (a speaker id and the name shown) and its wrapped rows."""

    speaker: str | None
    name: str | None
    rows: tuple[str, ...]


def draw_phone(
    surface: pygame.Surface,
    assets: Any,
    font: PixelFont,
    history: list[Message],
    current: Message,
    shown_chars: int,
    contrast: bool,
    large: bool,
) -> pygame.Rect:
    """The phone with the messages so far and `current` typed out to `shown_chars`; returns
    the phone's rectangle."""
    panel = LARGE_PANEL if large else PANEL
    colour = assets.colour
    pygame.draw.rect(surface, colour("ink"), panel, border_radius=6)
    pygame.draw.rect(surface, colour("white" if contrast else "steel-3"), panel, 1, border_radius=6)
    header = pygame.Rect(panel.x + 1, panel.y + 1, panel.w - 2, font.line_height + 6)
    pygame.draw.rect(surface, colour("night-2"), header, border_top_left_radius=5, border_top_right_radius=5)
    font.draw(surface, "Messages", (header.x + 8, header.y + 3), colour("white"))
    inner = pygame.Rect(panel.x + 6, header.bottom + 3, panel.w - 12, panel.bottom - header.bottom - 8)
    clip = surface.get_clip()
    surface.set_clip(inner)
    y = inner.bottom
    messages = [*history, current]
    for n in range(len(messages) - 1, -1, -1):
        message = messages[n]
        rows = list(message.rows)
        if message is current:  # typing: only the characters shown so far
            left, rows = shown_chars, []
            for row in message.rows:
                rows.append(row[: max(0, left)])
                left -= len(row)
        own = message.speaker in OWN
        width = max((font.measure(r) for r in message.rows), default=0) + 2 * PAD
        height = font.text_height(len(rows)) + 2 * PAD
        y -= height
        bubble = pygame.Rect(0, y, width, height)
        if own:
            bubble.right = inner.right
        else:
            bubble.left = inner.left
        fill = colour("teal-1" if own else "night-2")
        pygame.draw.rect(surface, fill, bubble, border_radius=3)
        if contrast:
            pygame.draw.rect(surface, colour("white"), bubble, 1, border_radius=3)
        for i, row in enumerate(rows):
            font.draw(surface, row, (bubble.x + PAD, bubble.y + PAD + i * font.line_height), colour("white"))
        earlier = messages[n - 1] if n > 0 else None
        if not own and message.name and (earlier is None or earlier.speaker != message.speaker):
            y -= font.line_height + 1
            font.draw(surface, message.name, (inner.left + 1, y), colour("fog"))
        y -= 4
        if y < inner.top:
            break
    surface.set_clip(clip)
    return panel
