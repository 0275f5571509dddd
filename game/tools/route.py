"""Route runner: `python -m game.tools.route [--seed N] FILE [FILE ...]` plays the real game
headless, from the title or from any map (see "start anywhere" below), with high-level
steps, and checks what should be true on the way. It exits 0 only if every step worked and
every expectation held.

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
    save 1 / load 1             # by the menus' keys (pause menu, or the title's Load):
                                # save in slot 1, 2 or 3; load those or auto (the game
                                # autosaves at doors)
    quit_to_title               # the pause menu's Quit to title (and its yes)
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

To start anywhere instead, so that a designer can try one room in seconds, a route's
setup (the lines before its first step of play) opens a map at a spawn with the story as
given:

    set merged true             # an Ink variable the story declares (VAR), as it holds:
    set pod_hours 2             #   true/false, a number, or text
    start chaos_chamber first_entry   # a new game on that map at that spawn, as the game's
                                # --map NAME --spawn ID (no spawn: `start`, else the first)
    knot chamber.first          # and play that knot at once, as an object on the map would
                                # (the map's own arrival trigger speaks after it)

Every `set` of the setup, before or after `start`, applies to the new game's story before
the map opens: the map's characters, doors and triggers see those values from the first
step, as they would have in play. `set` may also come before `new_game` (it applies to the
story that new game opens). Once play has begun, `set`, `start` and `knot` are refused: a
route proves what a player can do, and by then the world has acted on the story as it was
(who stands on the map, which triggers fired), so a changed value would test a game no
player can reach. A misspelt map, spawn, variable or knot fails on its own line with the
nearest real name. At the end the runner says where the route finished, after how many
steps, and which story variables differ from a new game's: the same route with the same
`--seed` (default 1) always says the same.
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
from game.content.names import did_you_mean  # noqa: E402
from game.input import Action  # noqa: E402
from game.replay import Replay  # noqa: E402
from game.scenes.card import CardScene  # noqa: E402
from game.scenes.dialogue import DialogueScene  # noqa: E402
from game.scenes.explore import ExploreScene  # noqa: E402
from game.scenes.menus import CreditsScreen, TitleScreen  # noqa: E402
from game.scenes.overlays import Fade, MessageBox  # noqa: E402
from game.story.bridge import unknown_variables  # noqa: E402
from game.story.conditions import ConditionError, parse  # noqa: E402
from game.tools.route_menus import MenuSteps  # noqa: E402
from game.tools.route_party import ARROWS, STEP_LIMIT_FRAMES, Plans, RouteError, Way, ways_for  # noqa: E402
from game.tools.route_setup import Setup, ink_text  # noqa: E402
from game.world import STEP_S  # noqa: E402
from game.world.geometry import Cell, Direction  # noqa: E402

DEFAULT_SEED = 1
EXPECTATIONS = ("map", "position", "active", "reachable", "solved", "scene")
"""What `expect` checks besides an Ink condition."""


class Runner(MenuSteps):
    """Drives one App through a route's steps."""

    def __init__(self, app: App, plans: Plans | None = None) -> None:
        self.app = app
        self.plans = {} if plans is None else plans
        self.setup = Setup()
        story = app.services.story
        self.new_story_values = story.variables() if story is not None else {}
        """A new game's story variables, for saying at the end what the route changed."""
        self.setup_steps: dict[str, Callable[[int, list[str]], str]] = {
            "set": self.set_variable,
            "start": self.start,
            "knot": self.knot,
            "chapter": self.chapter,
        }
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
        """One step of play with these keys, not drawn: nobody looks at the frames in
        between (drawing was most of a route's time); `run` draws where each line ends."""
        self.app.inject(pressed or set(), held or set())
        self.app.frame(None, draw=False)

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

    # -- one line -------------------------------------------------------------------------------
    def run(self, number: int, words: list[str]) -> str:
        """Run line `number` of a route (its words); what it did, or RouteError."""
        name, args = words[0], words[1:]
        began = self.setup.began
        if name in self.setup_steps:
            if began is not None:
                raise RouteError(
                    f"{name} belongs to the route's setup, before its first step of play"
                    f" (here play began on line {began[0]} with {began[1]})"
                )
            return self.setup_steps[name](number, args)
        step = self.steps.get(name)
        if step is None:
            raise RouteError(f"unknown step {name!r}{did_you_mean(name, [*self.setup_steps, *self.steps])}")
        if began is None:
            self.begin(number, name)
        said = step(args)
        if self.app.running:  # what the line leaves on screen: a scene that cannot be drawn still fails
            self.app.draw()
        return said

    def finish(self) -> None:
        """The route's lines are done: a route that was all setup still opens its map."""
        if self.setup.began is None:
            self.begin(None, None)

    def summary(self) -> str:
        """Where the route ended, after how many steps, and what it changed in the story:
        the same route with the same seed always says the same."""
        steps = self.app.services.steps
        scene = self.app.services.scenes.find(ExploreScene)
        if scene is None:
            top = self.top
            where = "at the title" if isinstance(top, TitleScreen) else f"on {type(top).__name__}" if top else "ended"
        else:
            world = scene.world
            party = world.party_puzzle.party if world.party_puzzle is not None else None
            who = [(m.name, m.cell) for m in party] if party is not None else [(world.player.name, world.player.cell)]
            where = f"on {world.map.name}, " + ", ".join(f"{name} at {cell}" for name, cell in who)
        story = self.app.services.story
        now = story.variables() if story is not None else {}
        changed = [f"{n} = {ink_text(v)}" for n, v in now.items() if self.new_story_values.get(n) != v]
        return (
            f"done after {steps} steps ({steps * STEP_S:.1f} s of game time) {where};"
            f" story: {', '.join(changed) or 'as a new game has it'}"
        )

    # -- steps ---------------------------------------------------------------------------------
    def new_game(self, args: list[str]) -> str:
        if not isinstance(self.top, TitleScreen):
            raise RouteError("new_game needs the title screen")
        if not self.setup.sets:
            self.keyed_new_game()  # as a player starts one: the title's New game, the content note
            return "new game (title, New game)"
        self.app.session.new_game()  # the story it opens takes the setup's values first
        said = self.apply_sets()
        self.frame()
        return "new game" + said

    def read(self, args: list[str]) -> str:
        lines = 0
        for _ in range(5):  # just arrived: the map's arrival trigger speaks on the next step
            if not isinstance(self.top, ExploreScene):
                break
            self.frame()
        on_cards = isinstance(self.top, CardScene)
        on_credits = isinstance(self.top, CreditsScreen)
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
            if isinstance(top, CreditsScreen) and top.then is not None:  # the end: watch them roll
                if not on_credits:  # after the last card: stop, so a route can expect them
                    return f"read {lines} line(s), at the credits"
                lines += 1
                for _ in range(STEP_LIMIT_FRAMES * 4):
                    if self.top is not top:
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
        while not top.choice_ready:  # the list takes confirm once it has rested, as a player's would
            self.frame()
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
            names = [*data.spawns, *(o.name for o in data.objects if o.name), *(n.obj.name for n in world.npcs)]
            raise RouteError(f"no spawn or object {target!r} on {data.name}{did_you_mean(target, names)}")
        obj = objects[0]
        here = world.player.cell  # the player's own cell is not blocked to the player
        if obj.kind != "warp" and not any(world.is_blocked(c) and c != here for c in obj.cells):
            return [(cell, None) for cell in obj.cells]
        near = [(d.opposite.step(c), d) for c in obj.cells for d in Direction]
        free = [(cell, d) for cell, d in near if cell == world.player.cell or not world.is_blocked(cell)]
        if not free:
            raise RouteError(f"{target!r} cannot be approached")
        return [(cell, d) for cell, d in free]

    def walk_to(self, args: list[str]) -> str:
        """Walk as a player would, one cell at a time, so characters strolling across the
        path are walked around (or waited for). The way is found once and found again only
        when something it was found from changes (see route_party.Way): a character steps
        in or out of the way, a gate opens, the walker is not where the way expected."""
        target = " ".join(args)
        world = self.explore().world
        data = world.map
        way: Way | None = None
        for _ in range(STEP_LIMIT_FRAMES):
            goals = dict(self._goal(target))  # again each cell: characters move
            if world.player.cell in goals:
                break
            others = {c for npc in world.npcs for c in npc.occupied}
            if way is None or not way.holds(world, goals, others):
                way = Way.find(world, goals, others)
            if not way.steps:
                if way.never:
                    raise RouteError(f"no way from {world.player.cell} to {target!r}")
                self.frame()  # someone is in the way: wait for them to move on
                continue
            start = world.player.cell
            self.walk_one(world, way.steps[0])  # and let go, so she stops on the next cell
            if world.map is not data or not isinstance(self.top, ExploreScene):
                self.settle()
                return f"walked towards {target!r}, interrupted at {world.player.cell}"
            if world.player.cell == start:
                self.frame()  # bumped into someone who just stepped in
            way.walked(world.player.cell)
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
            if not any(cell == self.party_puzzle().party.member(who).cell for cell in goals) and not ways_for(
                self.explore().world, goals, set(), who
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
            kinds = {
                "title": TitleScreen,
                "explore": ExploreScene,
                "dialogue": DialogueScene,
                "card": CardScene,
                "credits": CreditsScreen,
            }
            if args[1] not in kinds:
                raise RouteError(f"no scene {args[1]!r}{did_you_mean(args[1], kinds)}; one of {', '.join(kinds)}")
            if not isinstance(self.top, kinds[args[1]]):
                raise RouteError(f"expected the {args[1]} scene, on {type(self.top).__name__}")
            return f"{args[1]} scene"
        story = self.story()
        text = " ".join(args)
        try:
            condition = parse(text)
        except ConditionError as exc:
            raise RouteError(f"{exc}{did_you_mean(what, EXPECTATIONS)}") from None
        unknown = unknown_variables(story, sorted(condition.names()))
        if unknown:
            raise RouteError(f"expect names {', '.join(unknown)}, not Ink variables")
        held = condition(story.get)
        if not held:
            values = ", ".join(f"{n} = {story.get(n)!r}" for n in sorted(parse(text).names()))
            raise RouteError(f"expected {text} ({values})")
        return f"{text} holds"


def run_route(
    path: str,
    out: Callable[[str], None] = print,
    seed: int = DEFAULT_SEED,
    record: str | None = None,
    plans: Plans | None = None,
    segments: list[Replay] | None = None,
) -> bool:
    """Play one route file in a fresh game seeded with `seed`; True if it all held. Each
    line's outcome goes to `out` as `file:line: ok   what it did` or `file:line: FAIL ...`
    (a failure ends the route), and a finished route's summary last. With `record`, the
    play is written there as a replay (game/replay.py) when the route ends, however it ends.
    `plans` may be shared by several routes (see route_party.Plans). With `segments`, the
    play cut at each checkpoint of the recording is added to it (`Recorder.segments`)."""
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    with tempfile.TemporaryDirectory(prefix="route-") as scratch:
        args = parse_args(
            ["--settings", os.path.join(scratch, "settings.json"), "--save-dir", scratch, "--seed", str(seed)]
        )
        app = App(args)
        app.strict = True  # a route that meets a bug fails with it, not with a crash screen
        if segments is not None and app.recorder is not None:
            app.recorder.keeps_reached = True
        runner = Runner(app, plans)
        number = 0
        try:
            for number, raw in enumerate(lines, start=1):
                words = shlex.split(raw, comments=True)
                if words:
                    out(f"{path}:{number}: ok   {runner.run(number, words)}")
            runner.finish()
            out(f"{path}: {runner.summary()}")
        except (RouteError, ValueError, IndexError, KeyError) as exc:
            blamed = getattr(exc, "line", None) or number
            shown = f" {lines[blamed - 1].strip()}:" if 0 < blamed <= len(lines) else ""
            out(f"{path}:{blamed}: FAIL{shown} {exc}")
            return False
        finally:
            if record is not None and app.recorder is not None and app.recorder.afresh:
                out(f"{path}: not recorded: the game never came to rest after the route's setup")
            elif record is not None and app.write_replay(record) is None:
                out(f"{path}: the replay could not be written to {record}")
            if segments is not None and app.recorder is not None:
                segments += app.recorder.segments(app)
            app.services.scenes.clear()
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m game.tools.route", description="Play routes headless.")
    parser.add_argument("routes", nargs="+", help="route files (see tests/routes/)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed for the game's random numbers")
    parser.add_argument(
        "--record",
        metavar="FILE",
        help="write the play as a replay (one route only): `lullaby --replay FILE` plays it back",
    )
    args = parser.parse_args(argv)
    if args.record is not None and len(args.routes) != 1:
        parser.error("--record writes one route's replay: give one route")
    plans: Plans = {}
    results = [run_route(path, seed=args.seed, record=args.record, plans=plans) for path in args.routes]
    passed = sum(results)
    print(f"{passed} passed, {len(results) - passed} failed")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
