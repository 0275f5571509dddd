"""Stage directions from the story, carried out on the exploration scene: music and sound,
waits, fades, tints, turning and walking actors, camera pans and warps."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.story.tags import PLAYER_NAMES, Crash, End, Face, Fade, Move, Music, Pan, Sfx, Tint, Wait, Warp
from game.world import STEP_S, TILE_PX
from game.world.actor import Actor
from game.world.geometry import Cell
from game.world.mapdata import Link
from game.world.paths import find_path

if TYPE_CHECKING:
    from game.scenes.explore import ExploreScene

FADE_STEPS = 20
PAN_STEPS = 45


class Stage:
    """The director for one exploration scene. Drawing reads `veil` and `tint`; `tick`
    moves scripted walkers while the dialogue holds."""

    def __init__(self, scene: ExploreScene) -> None:
        self.scene = scene
        self.veil_from = 0.0
        self.veil_to = 0.0
        self.veil_start = 0
        self.tint: tuple[pygame.Color, float] | None = None
        self.camera: tuple[float, float] | None = None
        self.walker: tuple[Actor, list[Cell]] | None = None

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
            actor = self._actor(direction.actor)
            if actor is not None:
                actor.facing = direction.facing
        elif isinstance(direction, Move):
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
        return 0

    def busy(self) -> bool:
        return self.walker is not None

    def tick(self) -> None:
        if self.walker is None:
            return
        actor, path = self.walker
        if actor.advance(STEP_S) is None and actor.moving:
            return
        if not path:
            self.walker = None
            return
        nxt = path.pop(0)
        dx, dy = nxt[0] - actor.cell[0], nxt[1] - actor.cell[1]
        for facing in type(actor.facing):
            if facing.delta == (dx, dy):
                actor.start_walk(facing)

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
    def _actor(self, name: str) -> Actor | None:
        world = self.scene.world
        if world.puzzle is not None and world.puzzle.party.has(name):
            return world.puzzle.party.member(name).actor
        if name in PLAYER_NAMES or name == world.player.name:
            return world.player
        for npc in world.npcs:
            if name in (npc.obj.name, npc.actor.name):
                return npc.actor
        return None

    def _place(self, name: str) -> Cell | None:
        data = self.scene.world.map
        if name in data.spawns:
            return data.spawns[name].cell
        obj = next((o for o in data.objects if o.name == name), None)
        return obj.cells[0] if obj is not None else None

    def _move(self, move: Move) -> int:
        actor, goal = self._actor(move.actor), self._place(move.target)
        if actor is None or goal is None:
            return 0
        path = find_path(self.scene.world.map, actor.cell, goal)
        if path is None:  # no way there: step in place rather than walk through walls
            actor.place(goal, actor.facing)
            return 0
        cells, here = [], actor.cell
        for direction in path:
            here = direction.step(here)
            cells.append(here)
        self.walker = (actor, cells)
        return -1
