"""Stage directions from the story, carried out on the exploration scene: music and sound,
waits, fades, tints, camera pans and warps; turning, placing and walking characters are
world commands (game.world.commands.Script*), carried out inside the world's step by the
rules the player plays by, so a scripted walk stops at a closed gate and presses plates."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.story.tags import Crash, End, Face, Fade, Hide, Move, Music, NextChapter, Pan, Place, Sfx, Tint, Wait, Warp
from game.world import STEP_S, TILE_PX
from game.world.commands import ScriptCommand, ScriptFace, ScriptHide, ScriptPlace, ScriptWalk
from game.world.events import ScriptEnded, Stepped, Talked, Travel, Triggered
from game.world.geometry import Cell
from game.world.mapdata import Link

if TYPE_CHECKING:
    from game.scenes.explore import ExploreScene

FADE_STEPS = 20
PAN_STEPS = 45


class Stage:
    """The director for one exploration scene. Drawing reads `veil` and `tint`; while the
    dialogue holds for a cutscene's movement, `tick` steps the world with its commands."""

    def __init__(self, scene: ExploreScene) -> None:
        self.scene = scene
        self.veil_from = 0.0
        self.veil_to = 0.0
        self.veil_start = 0
        self.tint: tuple[pygame.Color, float] | None = None
        self.camera: tuple[float, float] | None = None
        self.queued: list[ScriptCommand] = []

    # -- Director protocol -------------------------------------------------------------------
    def direct(self, direction: object) -> int:
        services = self.scene.services
        if isinstance(direction, Music):
            if direction.track == "none":
                services.audio.stop_music(500)
            else:
                services.audio.play_music(direction.track)
        elif isinstance(direction, Sfx):
            services.audio.play_sfx(direction.name)
        elif isinstance(direction, Wait):
            return round(direction.seconds / STEP_S)
        elif isinstance(direction, Fade):
            self.veil_from, self.veil_to = self.veil(), 1.0 if direction.to == "out" else 0.0
            self.veil_start = services.steps
            return FADE_STEPS
        elif isinstance(direction, Tint):
            amount = max(0.0, min(1.0, direction.amount))
            self.tint = (services.assets.colour(direction.colour), amount) if amount else None
        elif isinstance(direction, Face):
            self.queued.append(ScriptFace(direction.actor, direction.facing))
            return -1
        elif isinstance(direction, Hide):
            self.queued.append(ScriptHide(direction.actor, not direction.shown))
            return -1
        elif isinstance(direction, Place | Move):
            return self._move(direction)
        elif isinstance(direction, Pan):
            cell = self._place(direction.target)
            if cell is not None:
                self.camera = (cell[0] * TILE_PX + TILE_PX / 2, cell[1] * TILE_PX + TILE_PX / 2)
                return PAN_STEPS
        elif isinstance(direction, Warp):
            self.scene.travel(Link(direction.map_name, direction.spawn))
        elif isinstance(direction, Crash):
            steps = round(direction.seconds / STEP_S)
            self.scene.start_crash(steps)
            return steps
        elif isinstance(direction, End):
            self.scene.pending_end = direction.card
        elif isinstance(direction, NextChapter):
            self.scene.chapter_ends = True
        return 0

    def busy(self) -> bool:
        return bool(self.queued) or self.scene.world.scripting()

    def tick(self) -> None:
        """One world step for the cutscene's commands while any are queued or walking.
        What the walk sets off is kept for after the dialogue: a trigger's story runs then;
        footsteps are heard now."""
        world = self.scene.world
        if not self.queued and not world.scripting():
            return
        commands, self.queued = self.queued, []
        for event in world.step(commands):
            if isinstance(event, Stepped):
                self.scene.services.audio.play_sfx("footstep")
            elif isinstance(event, Triggered | Talked):
                world.defer(event)
            elif isinstance(event, ScriptEnded) and not event.arrived:
                self.scene.services.messages.append(f"cutscene: {event.actor} could not get there")
            elif isinstance(event, Travel):
                self.scene.services.messages.append(f"cutscene: a walk reached {event.link.target_map}, ignored")

    # -- drawing state ---------------------------------------------------------------------------
    def veil(self) -> float:
        """How dark the screen is (0 clear .. 1 black), from the game clock."""
        done = min(1.0, (self.scene.services.steps - self.veil_start) / FADE_STEPS)
        return self.veil_from + (self.veil_to - self.veil_from) * done

    def reset(self) -> None:
        """After a cutscene: the camera follows the player again; veils and tints stay
        until the story lifts them."""
        self.camera = None

    # -- helpers -----------------------------------------------------------------------------------
    def _place(self, name: str) -> Cell | None:
        data = self.scene.world.map
        if name in data.spawns:
            return data.spawns[name].cell
        obj = next((o for o in data.objects if o.name == name), None)
        return obj.cells[0] if obj is not None else None

    def _move(self, move: Move | Place) -> int:
        """Walk (or place) a character: held until the world says the walk is over."""
        goal = self._place(move.target)
        if goal is None:  # the validator reports this; in play the line goes on
            self.scene.services.messages.append(f"cutscene: no place named {move.target!r} here")
            return 0
        if isinstance(move, Place):
            self.queued.append(ScriptPlace(move.actor, goal))
        else:
            self.queued.append(ScriptWalk(move.actor, goal))
        return -1
