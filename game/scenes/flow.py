"""What menus can ask of the game as a whole. The app implements it; menu scenes call it,
so they never reach into the window, the save folder or other scenes themselves."""

from __future__ import annotations

from typing import Protocol

from game.settings import Settings


class GameFlow(Protocol):
    def new_game(self) -> None:
        """Start a new game from the beginning (replaces every scene)."""

    def continue_game(self) -> None:
        """Load the most recent good save (manual or auto)."""

    def load_game(self, slot: str, backup: bool = False) -> str | None:
        """Load a save slot (with `backup`, its older copy, which then becomes the slot's
        save); returns a message saying why not, or None on success."""

    def save_game(self, slot: str) -> str | None:
        """Save into a slot; returns a message saying why not, or None on success."""

    def autosave(self) -> None:
        """Save into the autosave slot; a failure is shown on screen and the game goes on."""

    def begin_chapter(self, name: str) -> None:
        """The story began a chapter: the playthrough records it (saves and the load menu
        show it)."""

    def next_chapter(self) -> None:
        """The story ended the chapter being played: the next one's card, then where it
        begins (assets/story/chapters.json)."""

    def finish_game(self) -> None:
        """The last card of an ending closed: remember the ending the story reached, roll
        the credits, then the title."""

    def start_chapter(self, name: str) -> None:
        """A new game opened where chapter `name` begins (the title's chapter select)."""

    def quit_to_title(self) -> None:
        """Leave the game for the title screen (scenes above the title are dropped)."""

    def quit(self) -> None:
        """Close the game."""

    def apply_settings(self, settings: Settings) -> str | None:
        """Apply and persist settings (window, volumes, bindings); a message if they could
        not be saved (they still apply for this session)."""

    def report_problem(self) -> str | None:
        """Write a bug report folder (game.report); its path, or None if it could not be."""

    def window_path(self) -> str:
        """How frames reach the window now: "gpu" or "software" (game/render/present.py)."""
