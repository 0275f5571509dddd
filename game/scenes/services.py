"""What every scene shares (the stack, assets, settings, sound, the story, the clock), in
the scenes layer so scenes never import the app above them. The app fills it in; the game
as a whole is reached only through `flow` (GameFlow), never the app's own Session."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from game.assets import Assets
from game.audio import Audio
from game.input import Device
from game.save import SaveStore
from game.scenes.base import SceneStack
from game.scenes.flow import GameFlow
from game.scenes.overlays import Toasts
from game.seen import SeenLines
from game.settings import Settings
from game.story.runtime import Story
from game.world import STEP_S, always


@dataclass
class Services:
    """What scenes share: the stack, assets, settings, input and the game clock."""

    scenes: SceneStack
    assets: Assets
    settings: Settings
    rng: random.Random
    audio: Audio
    story: Story | None = None
    conditions: Callable[[str], bool] = always
    flow: GameFlow | None = None
    saves: SaveStore | None = None
    steps: int = 0
    play_time_steps: int = 0
    messages: list[str] = field(default_factory=list)
    """What happened, for tests and the log (not shown on screen; see notify)."""
    dialogue_log: list[tuple[str, str]] = field(default_factory=list)
    autosave_due: bool = False
    toasts: Toasts = field(default_factory=Toasts)
    seen: SeenLines = field(default_factory=SeenLines)
    """The lines the player has read, on any save (the app loads it from beside the
    settings; without a file it lives in memory)."""
    device: Device = "keyboard"
    """The kind of control the player used last (the app copies it from game.input each
    frame): prompts show that one's bindings."""

    def notify(self, text: str) -> None:
        """Show `text` on screen for a few seconds, over whatever scene is up."""
        self.messages.append(text)
        self.toasts.add(text, self.steps)

    def clock_ms(self) -> float:
        """Game time in milliseconds: logic steps taken, never the wall clock."""
        return self.steps * STEP_S * 1000

    def on_map_changed(self, name: str, autosave: bool = True) -> None:
        """A new map: autosave there (not when a chapter opens on it: that chapter's start
        autosaves once its first scene is over)."""
        self.messages.append(f"entered {name}")
        if self.flow is not None and autosave:
            self.flow.autosave()

    def on_chapter(self, name: str) -> None:
        """The story began a chapter: autosave once the scene that began it is over (a save
        in the middle of a dialogue would load without the rest of it)."""
        self.messages.append(f"chapter {name}")
        if self.flow is not None:
            self.flow.begin_chapter(name)
        self.autosave_due = True

    def save_seen(self) -> None:
        """Write the player's record (lines read, endings reached) if it changed; a disk that
        refuses is said once on screen, and the record in memory stays for a later try."""
        seen = self.seen
        if not seen.dirty:
            return
        try:
            seen.save()
        except OSError as exc:
            if not seen.failed_to_save:
                seen.failed_to_save = True
                self.notify(
                    f"The lines you have read could not be remembered ({exc.strerror or exc}); "
                    "skipping may stop at them another time."
                )

    def autosave_if_due(self) -> None:
        """Called by the exploration scene when the player has control again."""
        if self.autosave_due and self.flow is not None:
            self.autosave_due = False
            self.flow.autosave()
