"""Route runner: `python -m game.tools.route FILE [FILE ...]` plays the real game headless
from the title with high-level steps and checks what should be true on the way. It exits 0
only if every step worked and every expectation held.

A route is a text file, one step per line (`#` starts a comment):

    new_game                    # from the title screen
    read                        # read dialogue until a choice or its end
    choose "Answer Vance"       # pick a choice by its text (or: choose 2, counting from 1)
    walk_to from_corridor       # walk (pathfinding, held arrow keys) to a spawn or object by
                                # name, or to door:<map> / warp:<map>; doors and solid things
                                # are approached from a free neighbour, facing them
    interact                    # press interact (use a door, talk, look)
    face up                     # turn (a short tap of the arrow, as a player turns)
    wait 1.5                    # seconds of game time
    save 1 / load 1             # a save slot: 1, 2, 3 or auto
    quit_to_title
    expect pod_hours == 2       # an Ink condition (see game/story/conditions.py)
    expect map mara_corridor    # the current map
    expect position 4 6         # the player's cell
    expect scene title|explore|dialogue|card
    swap lila                   # party maps: keys 1-4 (swap to a protagonist by name)
    ability / follow / reset    # press the ability, follow or reset key
    step right 2                # press a direction: walk (or push) that many cells
    solve first                 # reset the named puzzle, then play the solver's shortest
                                # plan for the protagonists inside it, key by key
    expect active roe           # who the player controls
    expect solved first         # a puzzle's solved_by signal is on
    expect reachable lila exit  # on a party map: she has a way there as things stand
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
import tempfile
from collections.abc import Callable

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

from game.app import App, parse_args  # noqa: E402
from game.input import Action  # noqa: E402
from game.scenes.card import CardScene  # noqa: E402
from game.scenes.dialogue import DialogueScene  # noqa: E402
from game.scenes.explore import ExploreScene  # noqa: E402
from game.scenes.menus import TitleScreen  # noqa: E402
from game.scenes.overlays import Fade, MessageBox  # noqa: E402
from game.story.conditions import ConditionError, parse  # noqa: E402
from game.tools.route_party import ARROWS, STEP_LIMIT_FRAMES, PartySteps, RouteError, path_for  # noqa: E402
from game.world import STEP_S  # noqa: E402
from game.world.geometry import Cell, Direction  # noqa: E402


class Runner(PartySteps):
    """Drives one App through a route's steps."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.steps: dict[str, Callable[[list[str]], str]] = {
            "new_game": self.new_game,
            "read": self.read,
            "choose": self.choose,
            "walk_to": self.walk_to,
            "interact": self.pressing(Action.INTERACT, "pressed interact"),
            "face": self.face,
            "wait": self.wait,
            "save": self.save,
            "load": self.load,
            "quit_to_title": self.quit_to_title,
            "expect": self.expect,
            "swap": self.swap,
            "ability": self.pressing(Action.ABILITY, "pressed the ability key"),
            "follow": self.pressing(Action.FOLLOW, "pressed follow"),
            "reset": self.pressing(Action.RESET, "pressed reset"),
            "step": self.step,
            "solve": self.solve,
        }

    # -- driving -----------------------------------------------------------------------------
    def frame(self, pressed: set[Action] | None = None, held: set[Action] | None = None) -> None:
        self.app.inject(pressed or set(), held or set())
        self.app.frame(None)

    def press(self, action: Action) -> None:
        self.frame({action})
        self.settle()

    def settle(self, frames: int = STEP_LIMIT_FRAMES) -> None:
        """Let fades and other transitions finish."""
        for _ in range(frames):
            if not isinstance(self.app.services.scenes.top, Fade):
                return
            self.frame()

    def pressing(self, action: Action, said: str) -> Callable[[list[str]], str]:
        """A step that presses one key and says so."""

        def step(args: list[str]) -> str:
            self.press(action)
            return said

        return step

    def explore(self) -> ExploreScene:
        scene = self.app.services.scenes.find(ExploreScene)
        if scene is None:
            raise RouteError("not in the game (no map is open)")
        return scene

    # -- steps ---------------------------------------------------------------------------------
    def new_game(self, args: list[str]) -> str:
        if not isinstance(self.top, TitleScreen):
            raise RouteError("new_game needs the title screen")
        self.app.session.new_game()
        self.frame()
        return "new game"

    def read(self, args: list[str]) -> str:
        lines = 0
        for _ in range(5):  # just arrived: the map's arrival trigger speaks on the next step
            if not isinstance(self.top, ExploreScene):
                break
            self.frame()
        on_cards = isinstance(self.top, CardScene)
        """Cards are read through when the reading starts on one (the prologue); a card
        that follows a dialogue (the end) stops the reading, so a route can expect it."""
        for _ in range(STEP_LIMIT_FRAMES * 4):
            top = self.top
            if isinstance(top, CardScene):
                if not on_cards:
                    return f"read {lines} line(s), at a card"
                lines += 1
                self.frame({Action.INTERACT})  # show the whole card
                self.frame({Action.INTERACT})  # next card
                self.settle()
                for _ in range(5):  # after the last card: a map, whose arrival may speak
                    if not isinstance(self.top, ExploreScene):
                        break
                    self.frame()
                continue
            if isinstance(top, MessageBox):  # a plain text (a sign, a locked door)
                lines += 1
                self.frame({Action.INTERACT})
                continue
            if isinstance(top, Fade):  # a warp in the middle of a scene
                self.frame()
                continue
            if not isinstance(top, DialogueScene) or top.choosing:
                return f"read {lines} line(s)" + (", at a choice" if isinstance(top, DialogueScene) else "")
            if top.line is not None:
                lines += 1
                self.frame({Action.INTERACT})  # finish the line
                self.frame({Action.INTERACT})  # go on
            else:
                self.frame()  # stage directions are running
        raise RouteError("the dialogue never reached a choice or its end")

    def choose(self, args: list[str]) -> str:
        top = self.top
        if not isinstance(top, DialogueScene) or not top.choosing:
            raise RouteError("there is no choice to make")
        texts = [c.text for c in top.story.choices]
        wanted = " ".join(args)
        if wanted.isdigit():
            index = int(wanted) - 1
        else:
            index = next((i for i, t in enumerate(texts) if wanted.lower() in t.lower()), -1)
        if not 0 <= index < len(texts):
            raise RouteError(f"no choice {wanted!r} among {texts}")
        for _ in range((index - top.cursor) % len(texts)):
            self.frame({Action.DOWN})
        self.frame({Action.INTERACT})
        return f"chose {texts[index]!r}"

    def _goal(self, target: str) -> list[tuple[Cell, Direction | None]]:
        """Cells to stand on, each with the way to face there (None: any)."""
        world = self.explore().world
        data = world.map
        if target in data.spawns:
            return [(data.spawns[target].cell, None)]
        npc = next((n for n in world.npcs if n.obj.name == target), None)
        if npc is not None:  # a character: stand next to where it is now, facing it
            near = [(d.opposite.step(npc.actor.cell), d) for d in Direction]
            return [(c, d) for c, d in near if c == world.player.cell or not world.is_blocked(c)]
        kind, _, name = target.partition(":")
        if kind in ("door", "warp") and name:
            objects = [o for o in data.objects if o.kind == kind and o.properties.get("target_map") == name]
        else:
            objects = [o for o in data.objects if o.name == target]
        if not objects:
            raise RouteError(f"no spawn or object {target!r} on {data.name}")
        obj = objects[0]
        if obj.kind != "warp" and not any(world.is_blocked(c) for c in obj.cells):
            return [(cell, None) for cell in obj.cells]
        near = [(d.opposite.step(c), d) for c in obj.cells for d in Direction]
        free = [(cell, d) for cell, d in near if cell == world.player.cell or not world.is_blocked(cell)]
        if not free:
            raise RouteError(f"{target!r} cannot be approached")
        return [(cell, d) for cell, d in free]

    def walk_to(self, args: list[str]) -> str:
        """Walk as a player would, one cell at a time, finding the way again after every
        cell, so characters strolling across the path are walked around (or waited for)."""
        target = " ".join(args)
        world = self.explore().world
        data = world.map
        for _ in range(STEP_LIMIT_FRAMES):
            goals = dict(self._goal(target))  # again each cell: characters move
            if world.player.cell in goals:
                break
            others = {c for npc in world.npcs for c in npc.occupied}
            routes = [path_for(world, g, others) for g in goals]
            found = [p for p in routes if p is not None]
            if not found:
                if all(path_for(world, g, set()) is None for g in goals):
                    raise RouteError(f"no way from {world.player.cell} to {target!r}")
                self.frame()  # someone is in the way: wait for them to move on
                continue
            direction = min(found, key=len)[0]
            start = world.player.cell
            self.walk_one(world, direction)  # and let go, so she stops on the next cell
            if world.map is not data or not isinstance(self.top, ExploreScene):
                self.settle()
                return f"walked towards {target!r}, interrupted at {world.player.cell}"
            if world.player.cell == start:
                self.frame()  # bumped into someone who just stepped in
        else:
            raise RouteError(f"could not reach {target!r}")
        goal = world.player.cell
        facing = goals[goal]
        if facing is not None:
            self.turn(world, facing)
        self.frame()
        if target.startswith("warp:") and facing is not None:
            self.frame({ARROWS[facing]}, {ARROWS[facing]})  # step onto the warp
            for _ in range(STEP_LIMIT_FRAMES):
                if world.map is not data or not world.player.moving:
                    break
                self.frame()
            self.settle()
            self.frame()
        return f"walked to {target!r} at {goal}"

    def face(self, args: list[str]) -> str:
        self.turn(self.explore().world, Direction(args[0]))
        return f"faced {args[0]}"

    def wait(self, args: list[str]) -> str:
        for _ in range(round(float(args[0]) / STEP_S)):
            self.frame()
        return f"waited {args[0]} s"

    def save(self, args: list[str]) -> str:
        message = self.app.session.save_game(args[0])
        if message:
            raise RouteError(message)
        return f"saved to slot {args[0]}"

    def load(self, args: list[str]) -> str:
        message = self.app.session.load_game(args[0])
        if message:
            raise RouteError(message)
        self.frame()
        return f"loaded slot {args[0]}"

    def quit_to_title(self, args: list[str]) -> str:
        self.app.session.quit_to_title()
        self.frame()
        return "back at the title"

    def expect(self, args: list[str]) -> str:
        what = args[0] if args else ""
        if what == "map":
            name = self.explore().world.map.name
            if name != args[1]:
                raise RouteError(f"expected map {args[1]}, on {name}")
            return f"on {name}"
        if what == "position":
            cell = self.explore().world.player.cell
            if cell != (int(args[1]), int(args[2])):
                raise RouteError(f"expected the player at ({args[1]}, {args[2]}), at {cell}")
            return f"at {cell}"
        if what == "active":
            active = self.party_puzzle().party.active.name
            if active != args[1]:
                raise RouteError(f"expected {args[1]} to be active, {active} is")
            return f"{active} active"
        if what == "reachable":  # expect reachable jonas way_out: a way there exists now
            who, target = args[1], " ".join(args[2:])
            goals = [cell for cell, _ in self._goal(target)]
            if not any(cell == self.party_puzzle().party.member(who).cell for cell in goals) and all(
                path_for(self.explore().world, goal, set(), who) is None for goal in goals
            ):
                raise RouteError(f"{who} has no way to {target!r}")
            return f"{who} can reach {target!r}"
        if what == "solved":
            puzzle = self.party_puzzle()
            section = next((s for s in puzzle.sections if s.name == args[1]), None)
            if section is None or not puzzle.section_solved(section):
                raise RouteError(f"expected the puzzle {args[1]!r} solved")
            return f"{args[1]} solved"
        if what == "scene":
            kinds = {"title": TitleScreen, "explore": ExploreScene, "dialogue": DialogueScene, "card": CardScene}
            if not isinstance(self.top, kinds[args[1]]):
                raise RouteError(f"expected the {args[1]} scene, on {type(self.top).__name__}")
            return f"{args[1]} scene"
        story = self.app.services.story
        if story is None:
            raise RouteError("no story is loaded")
        text = " ".join(args)
        try:
            held = parse(text)(story.get)
        except ConditionError as exc:
            raise RouteError(str(exc)) from None
        if not held:
            values = ", ".join(f"{n} = {story.get(n)!r}" for n in sorted(parse(text).names()))
            raise RouteError(f"expected {text} ({values})")
        return f"{text} holds"


def run_route(path: str, out: Callable[[str], None] = print) -> bool:
    """Play one route file from the title in a fresh game; True if it all held."""
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    with tempfile.TemporaryDirectory(prefix="route-") as scratch:
        args = parse_args(["--settings", os.path.join(scratch, "settings.json"), "--save-dir", scratch, "--seed", "1"])
        app = App(args)
        app.strict = True  # a route that meets a bug fails with it, not with a crash screen
        runner = Runner(app)
        ok = True
        try:
            for number, raw in enumerate(lines, start=1):
                words = shlex.split(raw, comments=True)
                if not words:
                    continue
                step = runner.steps.get(words[0])
                where = f"{path}:{number}"
                if step is None:
                    out(f"{where}: FAIL unknown step {words[0]!r}")
                    ok = False
                    break
                try:
                    out(f"{where}: ok   {step(words[1:])}")
                except (RouteError, ValueError, IndexError, KeyError) as exc:
                    out(f"{where}: FAIL {raw.strip()}: {exc}")
                    ok = False
                    break
        finally:
            app.services.scenes.clear()
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m game.tools.route", description="Play routes headless.")
    parser.add_argument("routes", nargs="+", help="route files (see tests/routes/)")
    args = parser.parse_args(argv)
    results = [run_route(path) for path in args.routes]
    passed = sum(results)
    print(f"{passed} passed, {len(results) - passed} failed")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
