"""Route steps on party maps: swapping, stepping, and playing a puzzle with the solver's plan
through the keys a player would press; and finding a way on a party map by its puzzle rules.
`Runner` in game.tools.route mixes these in."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from game.app import App
from game.content.names import did_you_mean
from game.input import Action
from game.scenes.explore import ExploreScene
from game.world.geometry import Cell, Direction
from game.world.mapdata import MapData
from game.world.paths import distances, way_back
from game.world.puzzle import solver
from game.world.puzzle.party import ORDER
from game.world.puzzle.puzzle import Puzzle
from game.world.puzzle.runner import TURN_HOLD_STEPS
from game.world.world import World

ARROWS = {
    Direction.UP: Action.UP,
    Direction.DOWN: Action.DOWN,
    Direction.LEFT: Action.LEFT,
    Direction.RIGHT: Action.RIGHT,
}
SWAP_KEYS = (Action.SWAP_1, Action.SWAP_2, Action.SWAP_3, Action.SWAP_4)
STEP_LIMIT_FRAMES = 600


class RouteError(Exception):
    """A step that could not be done, or an expectation that did not hold. `line` is the
    route's line to blame when that is not the one being run (a setup line whose request
    is carried out when play begins)."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


Plans = dict[Hashable, solver.Solution]
"""The solver's plans by map, puzzle, who is inside and its start: routes that solve the same
puzzle from the same start (the whole game's two routes both go through every wing) share
one search. A plan is always played and checked, never trusted."""


class PartySteps:
    """Steps for party maps. The runner provides `app`, `frame`, `press`, `explore` and
    `plans`."""

    app: App
    plans: Plans

    def frame(self, pressed: set[Action] | None = None, held: set[Action] | None = None) -> None:
        raise NotImplementedError

    def press(self, action: Action) -> None:
        raise NotImplementedError

    def explore(self) -> ExploreScene:
        raise NotImplementedError

    @property
    def top(self) -> object:
        return self.app.services.scenes.top

    def party_puzzle(self) -> Puzzle:
        puzzle = self.explore().world.party_puzzle
        if puzzle is None:
            raise RouteError("this map has no party")
        return puzzle

    def swap(self, args: list[str]) -> str:
        name = args[0]
        if name not in ORDER:
            raise RouteError(f"no protagonist {name!r}{did_you_mean(name, ORDER)}; one of {', '.join(ORDER)}")
        self.press(SWAP_KEYS[ORDER.index(name)])
        active = self.party_puzzle().party.active.name
        if active != name:
            raise RouteError(f"pressed {ORDER.index(name) + 1} but {active} is active")
        return f"swapped to {name}"

    def step(self, args: list[str]) -> str:
        direction = Direction(args[0])
        world = self.explore().world
        for _ in range(int(args[1]) if len(args) > 1 else 1):
            self.walk_one(world, direction)
        return f"stepped {direction.value}, now at {world.player.cell}"

    def rest(self, world: World) -> None:
        """Frames until every protagonist stands still (walks, pushes, followers)."""
        for _ in range(STEP_LIMIT_FRAMES):
            if not any(a.moving for a in world.actors) or not isinstance(self.top, ExploreScene):
                return
            self.frame()

    def solve(self, args: list[str]) -> str:
        """Reset the puzzle, ask the solver for a shortest plan for those inside, and play
        it with the keys a player would press."""
        world = self.explore().world
        puzzle = self.party_puzzle()
        spec = world.map.puzzle
        assert spec is not None
        section = next((s for s in spec.sections if s.name == args[0]), None)
        if section is None:
            names = [s.name for s in spec.sections]
            raise RouteError(f"no puzzle {args[0]!r} on {world.map.name}{did_you_mean(args[0], names)}")
        if world.player.cell not in section.area:
            raise RouteError(f"{world.player.name} is not inside the puzzle {section.name!r}")
        self.press(Action.RESET)
        inside = [m.name for m in puzzle.party if m.cell in section.area]
        alone = Puzzle.of_section(world.map, spec, section, inside)
        if alone.positions() != {n: puzzle.party.member(n).cell for n in inside}:
            raise RouteError(f"after a reset {section.name!r} does not start where the solver does")
        key = (world.map.name, section.name, tuple(inside), solver.state_key(alone))
        found = self.plans.get(key)
        if found is None:
            found = self.plans[key] = solver.solve(alone)
        if not found.solved:
            raise RouteError(f"the solver finds no way to solve {section.name!r} with {', '.join(inside)}")
        for action in found.plan:
            self.play(world, puzzle, action)
        if not puzzle.section_solved(section):
            raise RouteError(f"played the plan {[str(a) for a in found.plan]} but {section.name!r} is not solved")
        return f"solved {section.name!r} in {len(found.plan)} actions"

    def play(self, world: World, puzzle: Puzzle, action: solver.Action) -> None:
        """One solver action with the keys a player would press: a swap key, a held arrow
        for a move, a tap of an arrow to turn before interacting or sketching."""
        if puzzle.party.active.name != action.who:
            self.frame({SWAP_KEYS[ORDER.index(action.who)]})
        if action.kind == "move":
            assert action.direction is not None
            self.walk_one(world, action.direction)
        elif action.kind == "wait":
            for _ in range(solver.wait_steps(puzzle)):
                self.frame()
        else:
            if action.direction is not None:
                self.turn(world, action.direction)
            self.frame({Action.INTERACT if action.kind == "interact" else Action.ABILITY})
        self.rest(world)

    def walk_one(self, world: World, direction: Direction) -> None:
        """Hold an arrow until the active protagonist sets off (after turning, if she
        faced elsewhere), then let go: one cell, or a bump if the way is shut."""
        arrow = ARROWS[direction]
        actor = world.player
        for _ in range(TURN_HOLD_STEPS + 1):
            self.frame({arrow} if not actor.moving else set(), {arrow})
            if actor.moving or not isinstance(self.top, ExploreScene):
                break
        self.rest(world)

    def turn(self, world: World, direction: Direction) -> None:
        """Tap an arrow to face `direction` without stepping (nothing if already facing it)."""
        if world.player.facing is not direction:
            self.frame({ARROWS[direction]}, {ARROWS[direction]})
            self.frame()
        if world.player.facing is not direction:
            raise RouteError(f"tapped {direction.value} but {world.player.name} faces {world.player.facing.value}")


def ways_for(
    world: World, goals: Sequence[Cell], others: set[Cell], who: str | None = None
) -> dict[Cell, list[Direction]]:
    """The ways for the player (or, on a party map, protagonist `who`) to each of `goals`
    she can reach, around `others`: the map's rules, or on a party map the puzzle's (gates,
    gaps, vents, darkness...) as they stand now. One breadth-first search serves every
    goal: each way is the first shortest one in the fixed order of directions."""
    if world.party_puzzle is None:
        start, passable = world.player.cell, None
    else:
        puzzle = world.party_puzzle
        member = puzzle.party.member(who) if who else puzzle.party.active
        positions = puzzle.positions()

        def free(cell: Cell) -> bool:
            if cell in others or cell in world.map.doors or puzzle.block_at(cell) is not None:
                return False
            if puzzle.sketch_at(cell, "crate") is not None:
                return False
            return puzzle.refusal(member, cell, {**positions, member.name: cell}) is None

        start, passable = member.cell, free
    tree = distances(world.map, start, others.__contains__, passable)
    return {goal: way_back(tree, goal) for goal in goals if goal in tree}


def situation(world: World) -> Hashable:
    """Everything besides other characters and the walker's own cell that a way found by
    `ways_for` for the active protagonist depends on: on a party map, who she is and what
    the puzzle rules read (the rest of the party, gates, blocks, sketches, the lens, the
    assist); on a map walked alone nothing (its walls never move)."""
    puzzle = world.party_puzzle
    if puzzle is None:
        return None
    active = puzzle.party.active
    return (
        active.name,
        tuple((m.name, m.cell) for m in puzzle.party if m is not active),
        puzzle.party.lens_on,
        tuple(sorted(puzzle.gates.items())),
        tuple(sorted(puzzle.blocks.items())),
        tuple(sorted((s.kind, s.cells) for s in puzzle.sketches)),
        puzzle.party.assist,
    )


@dataclass
class Way:
    """A way to walk (walk_to), found by one search and followed cell by cell while it still
    is the way a new search would find: the walker is on the cell it expected, with the same
    goals, map and `situation`, and no character has stepped onto what is left of it or off
    a cell that could make a way as short. What is left of a breadth-first way is the way a
    search from there finds (both are the first shortest one in the fixed order of
    directions), and no other goal comes nearer; so following it walks exactly where
    searching again at every cell would. `steps` is None when there is no way now."""

    goals: dict[Cell, Direction | None]
    situation: Hashable
    others: frozenset[Cell]
    """Where other characters stood, as the way was last checked against them."""
    map: MapData
    cells: list[Cell]
    """The cells the walker stands on before each step, and the goal last."""
    steps: list[Direction] | None
    never: bool = False
    """No way even with every other character gone: the goal cannot be reached."""

    @classmethod
    def find(cls, world: World, goals: dict[Cell, Direction | None], others: set[Cell]) -> Way:
        """A shortest way to the nearest goal (the first of equally near ones), or none."""
        ways = ways_for(world, list(goals), others)
        steps = min(ways.values(), key=len) if ways else None
        here = world.player.cell
        if steps is None:
            never = not ways_for(world, list(goals), set())
            return cls(goals, situation(world), frozenset(others), world.map, [here], None, never)
        cells = [here]
        for direction in steps:
            cells.append(direction.step(cells[-1]))
        return cls(goals, situation(world), frozenset(others), world.map, cells, steps)

    def holds(self, world: World, goals: dict[Cell, Direction | None], others: set[Cell]) -> bool:
        """Whether this is still the way a search would find now (see the class)."""
        if (
            world.map is not self.map
            or list(goals.items()) != list(self.goals.items())  # in order: the first nearest wins
            or world.player.cell != self.cells[0]
            or situation(world) != self.situation
        ):
            return False
        if others != self.others:
            if not self._unchanged_by(others):
                return False
            self.others = frozenset(others)
        return True

    def _unchanged_by(self, others: set[Cell]) -> bool:
        """Whether other characters now at `others` leave the way as it is: none stands on
        what is left of it, and none left a cell that a way as short could pass through (on
        the grid, from here through it to the nearest goal is no longer than the way).
        Someone stepping in elsewhere only shuts other ways, none of them better."""
        if self.steps is None or any(cell in others for cell in self.cells[1:]):
            return False
        x, y = self.cells[0]
        length = len(self.steps)
        for cx, cy in self.others - others:
            nearest = min(abs(cx - gx) + abs(cy - gy) for gx, gy in self.goals)
            if abs(cx - x) + abs(cy - y) + nearest <= length:
                return False
        return True

    def walked(self, cell: Cell) -> None:
        """The walker is now on `cell`: one step done if it is the next cell of the way."""
        if self.steps and len(self.cells) > 1 and cell == self.cells[1]:
            self.cells.pop(0)
            self.steps.pop(0)
