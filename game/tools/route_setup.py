"""A route's setup: `set`, `start` and `knot` lines before its first step of play open a new
game on any map and spawn with the story as given (see game/tools/route.py's docstring).
The runner (game.tools.route.Runner) mixes these steps in."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field

from game.app import START_SPAWN
from game.content.names import did_you_mean
from game.content.problems import ContentError, display_path
from game.content.validate import find_maps
from game.scenes.explore import ExploreScene
from game.story.bridge import knot_problem, unknown_variables
from game.story.chapters import game_chapters
from game.story.runtime import InkValue, Story, StoryError
from game.tools.route_party import PartySteps, RouteError


@dataclass
class Setup:
    """What a route's setup asked for, each with its line; carried out when play begins."""

    sets: list[tuple[int, str, InkValue]] = field(default_factory=list)
    start: tuple[int, str, str] | None = None
    """(line, map, spawn)."""
    knot: tuple[int, str] | None = None
    chapter: tuple[int, str] | None = None
    """(line, chapter) when the route starts at a chapter: recorded as the story begins it."""
    began: tuple[int, str] | None = None
    """(line, step) of the first step of play, once it has come."""


class SetupSteps(PartySteps):
    """The setup steps; the runner provides `app` and the steps of play."""

    setup: Setup

    def story(self) -> Story:
        story = self.app.services.story
        if story is None:
            raise RouteError("no story is loaded")
        return story

    # -- the setup ------------------------------------------------------------------------------
    def begin(self, number: int | None, name: str | None) -> None:
        """Play begins (line `number`, step `name`; None at the end of the route): carry out
        the setup, so the new game's story holds every `set` before its map opens."""
        setup = self.setup
        setup.began = (number or 0, name or "the end of the route")
        knot, start = setup.knot, setup.start
        if start is None:
            if knot is not None:
                raise RouteError("knot plays on the map that start opens, and this route has no start", knot[0])
            if setup.sets and name != "new_game":
                first = f"line {number} begins play with {name}" if number else "the route has no new_game"
                raise RouteError(f"set needs a start or a new_game to apply to ({first})", setup.sets[0][0])
            return
        line, map_name, spawn = start
        if name == "new_game":
            raise RouteError(f"the route already starts a new game on line {line} (start or new_game, not both)")
        problems = self.app.reset_story()
        if problems:
            raise RouteError("; ".join(str(p) for p in problems), line)
        self.apply_sets()
        self.app.services.scenes.clear()
        self.app.start(map_name, spawn, [])
        self.app.args.map = map_name  # as if launched on it: a replay opens its saves there
        if not isinstance(self.top, ExploreScene):
            raise RouteError(f"the game could not open {map_name} at {spawn}", line)
        if setup.chapter is not None:
            self.app.session.begin_chapter(setup.chapter[1])
        if knot is not None:
            self.explore().run_knot(knot[1])
        if self.app.recorder is not None:  # the setup is not keys: a replay starts once the game rests
            self.app.recorder.start_afresh()

    def chapter(self, number: int, args: list[str]) -> str:
        """`chapter NAME`: a new game where the chapter begins (its `begins` in
        assets/story/chapters.json), the chapter recorded and its protagonist playing."""
        if len(args) != 1:
            raise RouteError("expected chapter NAME (chapter merge)")
        chapters = game_chapters()
        found = chapters.get(args[0])
        if found is None:
            raise RouteError(f"no chapter {args[0]!r}{did_you_mean(args[0], chapters)}; one of {', '.join(chapters)}")
        if found.begins is None:
            raise RouteError(f"chapter {args[0]!r} has no 'begins' in assets/story/chapters.json")
        # what the chapters before leave; the route's own `set` lines come after and win
        self.setup.sets[:0] = [(number, name, value) for name, value in found.given.items()]
        opened = self.start(number, [found.begins.map, found.begins.spawn])
        if found.begins.knot:
            self.knot(number, [found.begins.knot])
        self.setup.chapter = (number, args[0])
        return f"chapter {args[0]} ({found.title}): {opened}"

    def apply_sets(self) -> str:
        """Set the setup's variables in the story a new game has just opened."""
        story = self.story()
        for line, name, value in self.setup.sets:
            try:
                story.set(name, value)
            except StoryError as exc:
                raise RouteError(str(exc), line) from None
        said = ", ".join(f"{name} = {ink_text(value)}" for _, name, value in self.setup.sets)
        self.setup.sets = []
        return f" with {said}" if said else ""

    def set_variable(self, number: int, args: list[str]) -> str:
        if len(args) != 2:
            raise RouteError("expected set VARIABLE VALUE (set pod_hours 2, set dreamt true)")
        name, text = args
        story = self.story()
        declared = story.variables()
        if name not in declared:
            unknown = unknown_variables(story, [name])[0]
            listing = "" if unknown != name else f"; the story declares {', '.join(sorted(declared))}"
            raise RouteError(f"no Ink variable {unknown}{listing}")
        value = ink_value(name, text, declared[name])
        self.setup.sets.append((number, name, value))
        return f"{name} = {ink_text(value)} in the new game's story"

    def start(self, number: int, args: list[str]) -> str:
        if self.setup.start is not None:
            raise RouteError(f"the route already starts on line {self.setup.start[0]}")
        if not 1 <= len(args) <= 2:
            raise RouteError("expected start MAP [SPAWN] (start chaos_chamber first_entry)")
        map_name = args[0]
        assets = self.app.services.assets
        try:
            path = map_name if map_name.endswith(".tmx") else assets.map_path(map_name)
            if not os.path.isfile(path):
                maps = [os.path.relpath(m, assets.maps_dir).removesuffix(".tmx") for m in find_maps(assets.maps_dir)]
                names = [m.replace(os.sep, "/") for m in maps]
                hint = did_you_mean(map_name, names)
                raise RouteError(f"no map {map_name!r}{hint}; there is no {display_path(path)}")
            loaded = assets.load_map_file(path) if map_name.endswith(".tmx") else assets.load_map(map_name)
        except ContentError as exc:
            raise RouteError(f"{map_name} cannot be played: " + "; ".join(map(str, exc.problems))) from None
        spawns = list(loaded.data.spawns)
        spawn = args[1] if len(args) > 1 else START_SPAWN if START_SPAWN in spawns else spawns[0] if spawns else ""
        if spawn not in spawns:
            hint = did_you_mean(spawn, spawns)
            raise RouteError(f"{map_name} has no spawn {spawn!r}{hint}; it has: {', '.join(spawns) or 'none'}")
        self.setup.start = (number, map_name, spawn)
        return f"a new game on {map_name} at {spawn}"

    def knot(self, number: int, args: list[str]) -> str:
        if self.setup.knot is not None:
            raise RouteError(f"the route already plays a knot on line {self.setup.knot[0]}")
        if len(args) != 1:
            raise RouteError("expected knot PATH (knot chamber.first)")
        wrong = knot_problem(self.story(), args[0])
        if wrong is not None:
            raise RouteError(f"knot {wrong}")
        self.setup.knot = (number, args[0])
        return f"then the knot {args[0]!r}"


def ink_value(name: str, text: str, current: InkValue) -> InkValue:
    """`text` read as the kind of value the Ink variable `name` holds (`current`)."""
    if isinstance(current, bool):
        if text not in ("true", "false"):
            raise RouteError(f"{name} holds true or false, not {text!r}")
        return text == "true"
    if isinstance(current, int | float):
        try:
            number = float(text)
        except ValueError:
            number = math.nan
        if not math.isfinite(number):
            raise RouteError(f"{name} holds a number, not {text!r}")
        return int(number) if number.is_integer() and "." not in text else number
    return text


def ink_text(value: InkValue) -> str:
    """A value as Ink writes it (true, 2, "text")."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return f'"{value}"' if isinstance(value, str) else str(value)
