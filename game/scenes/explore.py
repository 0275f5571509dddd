"""Exploration: the player walks a map; doors fade to other maps; inspect spots show text."""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING

import pygame

from game.content.problems import ContentError, Problem
from game.content.tiled import LoadedMap
from game.input import DIRECTIONS, Action
from game.render.effects import CrashEffect
from game.render.mapview import MapView
from game.render.puzzle_view import PuzzleView
from game.render.sprites import ActorSprite
from game.scenes.anxiety import Anxiety
from game.scenes.base import Scene, StepInput
from game.scenes.dialogue import DialogueScene
from game.scenes.director import Stage
from game.scenes.error import ErrorScreen
from game.scenes.hud import PartyHud
from game.scenes.lessons import draw_lesson, learned_by, lesson_text, next_lesson
from game.scenes.overlays import Fade, MessageBox
from game.scenes.party import feedback, party_commands
from game.settings import Settings
from game.story.runtime import StoryError
from game.ui.prompts import prompt_label
from game.world import STEP_S, TILE_PX
from game.world.commands import Command, Interact, Walk
from game.world.events import Bumped, Inspected, Locked, Stepped, Talked, Travel, Triggered
from game.world.geometry import Direction
from game.world.mapdata import Link
from game.world.puzzle.assist import Assist
from game.world.puzzle.commands import PuzzleCommand
from game.world.puzzle.elements import element_cells
from game.world.puzzle.events import Solved
from game.world.world import World

if TYPE_CHECKING:
    from game.scenes.services import Services

GREYING_PER_POD_HOUR = 0.12
MAX_GREYING = 0.85
"""The reality tether: each pod hour drains the waking world's colour a little more."""
POD_HOURS = {"mara": "pod_hours", "jonas": "pod_hours_jonas", "lila": "pod_hours_lila", "roe": "pod_hours_roe"}
"""Each protagonist's pod hours in the story: a waking map greys with those of whoever is
living the day (the chapter's protagonist)."""
BANNER_S = 1.8
"""How long the place name shows after arriving somewhere."""
GLIDE_S = 0.4
"""How long the camera takes to glide to the protagonist the player swapped to."""
SWAP_RING_S = 0.35
"""How long the ring around a newly chosen protagonist lasts."""
SOLVED_GLOW_S = 1.2
"""How long the rings over a just-solved puzzle's goal widen."""


WORLD_EVENTS = (Stepped, Bumped, Travel, Inspected, Talked, Triggered, Locked)
"""Events of any map; the rest come from the puzzle rules of party maps."""

_ACTION_DIRECTION = {
    Action.UP: Direction.UP,
    Action.DOWN: Direction.DOWN,
    Action.LEFT: Direction.LEFT,
    Action.RIGHT: Direction.RIGHT,
}


class DirectionPicker:
    """With several directions held, the one pressed last wins (so a player who holds
    right and taps up goes up, then right again)."""

    def __init__(self) -> None:
        self._order: list[Action] = []

    @property
    def order(self) -> tuple[Action, ...]:
        """The directions held, the one pressed last at the end."""
        return tuple(self._order)

    def restore(self, order: list[Action]) -> None:
        self._order = list(order)

    def pick(self, step: StepInput) -> Direction | None:
        self._order = [a for a in self._order if a in step.held]
        for action in DIRECTIONS:
            if action in step.pressed or (action in step.held and action not in self._order):
                if action in self._order:
                    self._order.remove(action)
                self._order.append(action)
        for action in reversed(self._order):
            if action in step.held or action in step.pressed:
                return _ACTION_DIRECTION[action]
        return None


class ExploreScene(Scene):
    """One map on screen with the player on it."""

    def __init__(self, services: Services, loaded: LoadedMap, spawn: str = "", world: World | None = None) -> None:
        """A new playthrough arriving at `spawn`, or the `world` a save rebuilt."""
        super().__init__(services)
        self.world = (
            world if world is not None else World(loaded.data, spawn, services.rng, condition=services.conditions)
        )
        self.loaded = loaded
        self.stage = Stage(self)
        self._held_picture: pygame.Surface | None = None
        """What the map looked like when a menu paused the game (see Scene.holds_below)."""
        self._grey: pygame.Surface | None = None
        self._wash: pygame.Surface | None = None
        self.actor_sprites: dict[int, ActorSprite] = {}
        self.puzzle_view: PuzzleView | None = None
        self.hud = PartyHud(services)
        self.view = self._make_view(loaded)
        self.picker = DirectionPicker()
        self.banner_until = services.steps + round(BANNER_S / STEP_S)
        self.glide: tuple[tuple[float, float], int] | None = None
        """Camera glide after a swap: where it started and the step it started on."""
        self.swap_ring_at = -1000
        self.solved_glow: tuple[tuple[int, int], int] | None = None
        """Where a puzzle was just solved (map pixels of its goal) and the step it was."""
        self.crash: CrashEffect | None = None
        """The crash effect while it plays (a story direction starts it)."""
        self.pending_end = ""
        """An end card to show when the dialogue closes (the story's `end` direction)."""
        self.chapter_ends = False
        """The chapter ends when the dialogue closes (the story's `next_chapter` direction)."""
        self.anxiety = Anxiety()
        """Lila's anxiety on a map marked `anxious` (game/scenes/anxiety.py)."""

    @property
    def player_sprite(self) -> ActorSprite:
        """The sprite of the protagonist the player controls."""
        self._sync_sprites()
        return self.actor_sprites[id(self.world.player)]

    def enter(self) -> None:
        self._play_map_music()

    def _play_map_music(self) -> None:
        track = str(self.loaded.tiled.properties.get("music") or "")  # unset or empty: keep the current
        if track:
            self.services.audio.play_music(track)

    def update(self, step: StepInput) -> None:
        self.services.autosave_if_due()
        self.world.assist = assist_of(self.services.settings)
        if Action.MENU in step.pressed:
            from game.scenes.menu_pause import PauseMenu  # it builds on the exploration scene

            self.stack.push(PauseMenu(self.services))
            return
        if Action.HINT in step.pressed and not self.world.scripting():
            from game.scenes.hints import open_hints  # the hint menu builds on this scene

            why_not = open_hints(self.services)
            if why_not is not None:
                self.stack.push(MessageBox(self.services, why_not))
            return
        commands: list[Command | PuzzleCommand] = []
        anxious = bool(self.loaded.tiled.properties.get("anxious", False))
        breathing = self.anxiety.update(self.world, anxious, step.pressed)
        direction = self.picker.pick(step)
        if direction is not None and not breathing:
            commands.append(Walk(direction))
        if Action.INTERACT in step.pressed and not breathing:
            commands.append(Interact())
        if self.world.party_puzzle is not None:
            commands += party_commands(self.world.party_puzzle, step, self.hud)
        audio = self.services.audio
        for event in self.world.step(commands):
            if not isinstance(event, WORLD_EVENTS):
                self._on_puzzle_event(event)
                continue
            if isinstance(event, Travel):
                if event.via.kind == "door":
                    audio.play_sfx("door")
                self.travel(event.link)
                break
            if isinstance(event, Stepped):
                audio.play_sfx("footstep")
            elif isinstance(event, Bumped):
                audio.play_sfx("bump")
            elif isinstance(event, (Talked, Triggered)):
                self.run_knot(event.knot)
            elif isinstance(event, Inspected | Locked):
                audio.play_sfx("menu_select" if isinstance(event, Inspected) else "bump")
                if event.knot:
                    self.run_knot(event.knot)
                elif event.text:
                    self.stack.push(MessageBox(self.services, event.text))

    def _on_puzzle_event(self, event: object) -> None:
        """Sound and notices; a swap also glides the camera and rings the new one; a control
        used is learned (its lesson's prompt goes)."""
        lesson = learned_by(event)
        if lesson is not None:
            self.world.playthrough.learned.add(lesson)
        if feedback(event, self.world.party_puzzle, self.services.audio, self.hud):
            self.glide = (self.view.camera, self.services.steps)
            self.swap_ring_at = self.services.steps
        puzzle = self.world.party_puzzle
        if isinstance(event, Solved) and puzzle is not None:
            section = next((s for s in puzzle.sections if s.name == event.puzzle), None)
            goal = puzzle.board.circuit.by_id.get(section.solved_by) if section is not None else None
            cells = list(element_cells(goal)) if goal is not None else []
            if cells:
                x = round((sum(c[0] for c in cells) / len(cells) + 0.5) * TILE_PX)
                y = round((sum(c[1] for c in cells) / len(cells) + 0.5) * TILE_PX)
                self.solved_glow = ((x, y), self.services.steps)

    def run_knot(self, knot: str) -> None:
        """Play a part of the story in the dialogue box, with this map as its stage."""
        story = self.services.story
        if story is None or not knot:
            return
        try:
            story.start(knot)
        except StoryError as exc:
            problem = Problem(exc.path or "story", f"knot '{knot}'", str(exc))
            self.stack.push(ErrorScreen(self.services, "The story has no such scene", [problem]))
            return
        self.stack.push(DialogueScene(self.services, story, on_done=self._after_dialogue, director=self.stage))

    def _after_dialogue(self) -> None:
        self.stage.reset()
        if self.chapter_ends:
            self.chapter_ends = False
            if self.services.flow is not None:
                self.services.flow.next_chapter()
            return
        if self.pending_end:
            from game.scenes.card import CardScene  # the end card leads back to the title

            card, self.pending_end = self.pending_end, ""
            flow = self.services.flow
            if flow is not None:
                self.stack.push(CardScene(self.services, card, flow.finish_game, music="ending"))

    def travel(self, link: Link) -> None:
        """Fade out, move to the linked map and spawn, fade in."""
        self.stack.push(Fade(self.services, lambda: self._arrive(link)))

    def _arrive(self, link: Link, autosave: bool = True) -> None:
        try:
            loaded = self.services.assets.load_map(link.target_map, near=self.loaded.path)
            if link.target_spawn not in loaded.data.spawns:
                names = ", ".join(sorted(loaded.data.spawns)) or "none"
                raise ContentError(
                    [Problem(loaded.path, "map", f"has no spawn '{link.target_spawn}' (it has: {names})")]
                )
        except ContentError as exc:
            self.stack.push(ErrorScreen(self.services, "This door leads to a broken map", exc.problems))
            return
        self.world.enter_map(loaded.data, link.target_spawn)
        self.loaded = loaded
        self.view = self._make_view(loaded)
        self.banner_until = self.services.steps + round(BANNER_S / STEP_S)
        self._play_map_music()
        self.services.on_map_changed(loaded.data.name, autosave)

    def open_chapter(self, link: Link) -> None:
        """A new chapter's first map (the world's playthrough already says whose chapter):
        arrive at once, behind its card, and leave the autosave to the chapter's start."""
        self._arrive(link, autosave=False)

    def reload_map(self, loaded: LoadedMap) -> None:
        """Play the same map, edited (hot reload): everyone stays where they stood (see
        World.reload_map), the camera too; no banner, no arrival story, no autosave."""
        self.world.reload_map(loaded.data)
        self.loaded = loaded
        self.view = self._make_view(loaded)
        self._play_map_music()  # the same track plays on; a new `music` property starts

    def _make_view(self, loaded: LoadedMap) -> MapView:
        view = MapView(loaded)
        self.actor_sprites = {}
        self.view = view
        self._sync_sprites()
        for npc in self.world.npcs:
            view.add(ActorSprite(npc.actor, self.services.assets.sheet(npc.actor.name)))
        return view

    def _sync_sprites(self) -> None:
        """One sprite per protagonist on the map (the party can be rebuilt by a load), and
        the puzzle's pieces."""
        actors = self.world.actors
        if set(self.actor_sprites) == {id(a) for a in actors}:
            return
        for sprite in self.actor_sprites.values():
            sprite.kill()
        assets = self.services.assets
        self.actor_sprites = {id(a): ActorSprite(a, assets.sheet(a.name)) for a in actors}
        for sprite in self.actor_sprites.values():
            self.view.add(sprite)
        self.puzzle_view = None
        if self.world.party_puzzle is not None:
            self.puzzle_view = PuzzleView(self.world.party_puzzle, assets.pieces, self.loaded.tiled, assets.sheet)

    def _sync_pieces(self) -> None:
        """Puzzle pieces in the view's group (sketches come and go)."""
        if self.puzzle_view is None:
            return
        wanted = self.puzzle_view.all_sprites()
        group = self.view.group
        for sprite in group.sprites():
            if hasattr(sprite, "element") and sprite not in wanted:
                sprite.kill()
        group.add(*wanted)

    def camera_target(self) -> tuple[float, float]:
        """Where the camera wants to be: on the player, gliding there after a swap."""
        sprite = self.player_sprite
        sprite.sync()
        goal = (float(sprite.rect.centerx), float(sprite.feet_y - TILE_PX // 2))
        if self.glide is None:
            return goal
        start, began = self.glide
        t = (self.services.steps - began) * STEP_S / GLIDE_S
        if t >= 1.0:
            self.glide = None
            return goal
        ease = 1 - (1 - t) ** 3
        return (start[0] + (goal[0] - start[0]) * ease, start[1] + (goal[1] - start[1]) * ease)

    def draw(self, surface: pygame.Surface) -> None:
        held = self.stack.top is not self and self.stack.top is not None and self.stack.top.holds_below
        if held and self._held_picture is not None:
            surface.blit(self._held_picture, (0, 0))  # paused under a menu: nothing here moves
            return
        self._held_picture = None
        self._draw_map(surface)
        if held:
            self._held_picture = surface.copy()

    def look(self) -> Hashable | None:
        """Held under a menu, the map's picture does not change. Under a dialogue (which
        lets the map show but does not step it), it is where everyone on it is, the camera,
        and the frames its animations show, unless an effect is under way. While it is
        played it may change every step."""
        top = self.stack.top
        if top is self or top is None:
            return None
        if top.holds_below:
            return ("held", id(self._held_picture)) if self._held_picture is not None else None
        return self._still_look()

    def _still_look(self) -> Hashable | None:
        if self.puzzle_view is not None:  # party maps: their pieces shimmer
            return None
        if self.crash is not None or self.glide is not None or self.solved_glow is not None:
            return None
        if self.anxiety.level > 0 or self.anxiety.breathing:
            return None
        people = tuple(
            (a.name, a.cell, a.origin, a.progress, a.facing, a.hidden)
            for a in (*self.world.actors, *(npc.actor for npc in self.world.npcs))
        )
        stage = self.stage
        frames = self.view.frames_at(self.services.clock_ms())
        return ("still", id(self.view), frames, people, stage.camera, stage.tint, stage.veil(), self.tether_greying())

    def _draw_map(self, surface: pygame.Surface) -> None:
        self._sync_sprites()
        self._sync_pieces()
        if self.stage.camera is not None:
            self.view.look_at(self.stage.camera)
        else:
            self.view.look_at(self.camera_target())
        time_ms = self.services.clock_ms()
        self.view.group.underlay = self.puzzle_view.wire_underlay() if self.puzzle_view is not None else []
        self.view.draw(surface, time_ms)
        if self.puzzle_view is not None:
            still = 0.0 if self.services.settings.reduce_motion else time_ms  # effects held at their middle
            self.puzzle_view.draw_overlays(surface, self.view.screen_offset(), still)
            self._draw_party_marks(surface)
            self._draw_solved_glow(surface)
        self._draw_tether(surface)
        if self.anxiety.level > 0 or self.anxiety.breathing:
            ox, oy = self.view.screen_offset()
            sprite = self.player_sprite
            centre = (ox + sprite.rect.centerx, oy + sprite.rect.centery)
            self.anxiety.draw(surface, self.services, centre, prompts=self.stack.top is self)
        self._draw_washes(surface)
        self._draw_crash(surface)
        if self.world.party_puzzle is not None and self.stack.top is self:
            section = self.world.party_puzzle.section_at(self.world.player.cell)
            self.hud.draw(surface, self.world.party_puzzle, section.name if section else None)
            lesson = next_lesson(self.world.party_puzzle, self.world.playthrough.learned, section is not None)
            if lesson is not None and not self.world.scripting():
                draw_lesson(surface, self.services, lesson_text(lesson, self.services))
        if self.services.steps < self.banner_until and self.stack.top is self:
            self._draw_banner(surface)
        if self.stack.top is self and not self.world.scripting() and self.stage.camera is None:
            self._draw_markers(surface)
            self._draw_prompt(surface)

    def _draw_markers(self, surface: pygame.Surface) -> None:
        """A bobbing chevron over each marked object (the way forward), until the player
        stands at it and the prompt takes over."""
        faced = self.world.answers_interact()
        ox, oy = self.view.screen_offset()
        bob = (self.services.steps // 15) % 2
        ink, glow = self.services.assets.colour("ink"), self.services.assets.colour("lamp-glow")
        for obj in self.world.marked():
            if obj is faced:
                continue
            xs = [c[0] for c in obj.cells]
            top = min(c[1] for c in obj.cells)
            x = ox + round((min(xs) + max(xs) + 1) * TILE_PX / 2)
            y = oy + top * TILE_PX - 10 - bob
            points = [(x - 4, y), (x + 4, y), (x, y + 5)]
            pygame.draw.polygon(surface, ink, [(px, py + 1) for px, py in points])
            pygame.draw.polygon(surface, glow, points)

    def _draw_prompt(self, surface: pygame.Surface) -> None:
        """Over the player, while interact would do something: the key and what it does
        (not while a notice is up, which would sit in the same place)."""
        text = self.world.prompt()
        notice_up = bool(self.hud.notice) and self.services.steps < self.hud.notice_until
        if text is None or self.world.player.moving or (notice_up and self.world.party_puzzle is not None):
            return
        assets = self.services.assets
        font = assets.font
        key = prompt_label(self.services.settings, Action.INTERACT.value, self.services.device)
        ox, oy = self.view.screen_offset()
        sprite = self.player_sprite
        key_w = font.measure(key) + 6
        width = key_w + font.measure(text) + 13
        height = font.line_height + 5
        rect = pygame.Rect(0, 0, width, height)
        rect.midbottom = (ox + sprite.rect.centerx, oy + sprite.rect.top - 7)
        rect.clamp_ip(surface.get_rect().inflate(-4, -4))
        assets.skin.nameplate.draw(surface, rect)
        cap = pygame.Rect(rect.x + 3, rect.y + 2, key_w, height - 4)
        pygame.draw.rect(surface, assets.colour("fog"), cap, border_radius=2)
        ink = assets.colour("ink")
        font.draw(surface, key, (cap.x + 3, cap.y + 1), ink)
        font.draw(surface, text, (cap.right + 4, rect.y + 3), assets.colour("white"), shadow=ink)

    def _draw_party_marks(self, surface: pygame.Surface) -> None:
        """A small chevron over the active protagonist, and a ring right after a swap."""
        puzzle = self.world.party_puzzle
        if puzzle is None or len(puzzle.party.members) < 2:
            return
        ox, oy = self.view.screen_offset()
        sprite = self.player_sprite
        x, top = ox + sprite.rect.centerx, oy + sprite.rect.top
        bob = (self.services.steps // 20) % 2
        colour = self.services.assets.colour("neon-cyan")
        pygame.draw.polygon(surface, colour, [(x - 3, top - 5 - bob), (x + 3, top - 5 - bob), (x, top - 2 - bob)])
        age = (self.services.steps - self.swap_ring_at) * STEP_S
        if age < SWAP_RING_S:
            radius = round(6 + 18 * age / SWAP_RING_S)
            ring = self.services.assets.colour("cyan-glow")
            pygame.draw.circle(surface, ring, (x, oy + sprite.feet_y - 8), radius, 1)

    def _draw_solved_glow(self, surface: pygame.Surface) -> None:
        """A solved puzzle is seen as well as heard: two golden rings widen from its goal."""
        if self.solved_glow is None:
            return
        (x, y), began = self.solved_glow
        age = (self.services.steps - began) * STEP_S
        if age >= SOLVED_GLOW_S:
            self.solved_glow = None
            return
        ox, oy = self.view.screen_offset()
        colour = self.services.assets.colour("lamp-glow")
        for lag in (0.0, 0.25):
            t = (age - lag * SOLVED_GLOW_S) / SOLVED_GLOW_S
            if 0.0 <= t < 1.0:
                pygame.draw.circle(surface, colour, (ox + x, oy + y), round(6 + 40 * t), 1 if t > 0.5 else 2)

    def start_crash(self, steps: int) -> None:
        """The showcase crash (a story direction): tearing, shaking, flashing for `steps`."""
        assets = self.services.assets
        self.crash = CrashEffect(self.services.steps, steps, assets.colour("ink"), assets.colour("white"))
        self.services.audio.play_sfx("glitch")

    def _draw_crash(self, surface: pygame.Surface) -> None:
        if self.crash is None:
            return
        if self.crash.over(self.services.steps):
            self.crash = None
            return
        self.crash.draw(surface, self.services.steps, self.services.settings.reduce_flashes)

    def tether_greying(self) -> float:
        """How much colour the waking world has lost to the pod (0..MAX_GREYING): read from
        the pod hours of whoever is living this day (POD_HOURS), on maps marked `waking`;
        none at all once they have woken from the Merge (the story's `woke_<name>`)."""
        story = self.services.story
        if story is None or not self.loaded.tiled.properties.get("waking", False):
            return 0.0
        protagonist = self.world.playthrough.protagonist
        try:
            if story.get(f"woke_{protagonist}") is True:
                return 0.0
            hours = float(story.get(POD_HOURS.get(protagonist, "pod_hours")))
        except (KeyError, ValueError, TypeError, StoryError):
            return 0.0
        return max(0.0, min(MAX_GREYING, hours * GREYING_PER_POD_HOUR))

    def _draw_tether(self, surface: pygame.Surface) -> None:
        amount = self.tether_greying()
        if amount > 0:
            self._grey = pygame.transform.grayscale(surface, self._sized(self._grey, surface))
            self._grey.set_alpha(round(255 * amount))
            surface.blit(self._grey, (0, 0))

    def _draw_washes(self, surface: pygame.Surface) -> None:
        """The story's tint and fade, over the map (drawing reads them, never changes them)."""
        if self.stage.tint is not None:
            colour, amount = self.stage.tint
            self._wash = self._sized(self._wash, surface)
            self._wash.fill(colour)
            self._wash.set_alpha(round(255 * amount * 0.6))
            surface.blit(self._wash, (0, 0))
        veil = self.stage.veil()
        if veil > 0:
            self._wash = self._sized(self._wash, surface)
            self._wash.fill(self.services.assets.colour("ink"))
            self._wash.set_alpha(round(255 * veil))
            surface.blit(self._wash, (0, 0))

    @staticmethod
    def _sized(kept: pygame.Surface | None, like: pygame.Surface) -> pygame.Surface:
        """A reusable full-screen surface (made once, not every frame)."""
        if kept is None or kept.get_size() != like.get_size():
            return pygame.Surface(like.get_size())
        return kept

    def _draw_banner(self, surface: pygame.Surface) -> None:
        assets = self.services.assets
        font = assets.bold_font
        text = self.world.map.title
        width = font.measure(text) + 20
        rect = pygame.Rect((surface.get_width() - width) // 2, 6, width, font.line_height + 10)
        assets.skin.nameplate.draw(surface, rect)
        font.draw(surface, text, (rect.x + 10, rect.y + 4), assets.colour("white"), shadow=assets.colour("ink"))


def assist_of(settings: Settings) -> Assist:
    """The assist option's rules as the player set them (Settings > Accessibility)."""
    return Assist(
        lasting_sketches=settings.assist_lasting_sketches,
        forgiving_dark=settings.assist_forgiving_dark,
        fast_walk=settings.assist_fast_walk,
    )
