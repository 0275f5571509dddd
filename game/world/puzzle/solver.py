"""Breadth-first search over puzzle states, for tests and tools (never in the game loop).

A state is a `Snapshot`; two states are the same when their `key()`s are. The search
applies macro-actions to one Puzzle through its own rules: a move takes as many steps as the
walk lasts and "wait" until the next sketch fades, so sketches fade in the search as in play.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Hashable, Iterator
from dataclasses import dataclass, field

from game.world.commands import Interact, Walk
from game.world.events import Stepped
from game.world.geometry import Direction
from game.world.puzzle import abilities as ab
from game.world.puzzle.commands import PuzzleCommand, Sketch, SwapTo, ToggleLens
from game.world.puzzle.events import PuzzleEvent, Refused
from game.world.puzzle.puzzle import Puzzle
from game.world.puzzle.runner import TURN_HOLD_STEPS
from game.world.puzzle.state import Snapshot

DEFAULT_MAX_STATES = 60_000


@dataclass(frozen=True)
class Waited:
    """The solver let time pass (not a puzzle event: the puzzle never waits on its own)."""

    steps: int


@dataclass(frozen=True)
class Action:
    """One macro-action by protagonist `who`: "move", "interact", "plank" and "crate" take a
    direction; "lens" and "wait" (until the next sketch fades) none. If `who` is idle, the
    action starts with a swap to her or him, which takes no time (in play the swap and the
    next command share one step)."""

    who: str
    kind: str
    direction: Direction | None = None

    def __str__(self) -> str:
        return f"{self.who} {self.kind} {self.direction.value if self.direction else ''}".strip()


def actions(puzzle: Puzzle) -> Iterator[Action]:
    """The macro-actions worth trying from the puzzle's current state."""
    for member in puzzle.party:
        who = member.name
        ability = member.profile.ability
        for direction in Direction:
            yield Action(who, "move", direction)
            faced = direction.step(member.cell)
            if faced in puzzle.board.switch_at or (
                ability == "sketch" and any(faced in s.cells for s in puzzle.sketches)
            ):
                yield Action(who, "interact", direction)
            if ability == "sketch":
                yield Action(who, "plank", direction)
                yield Action(who, "crate", direction)
        if ability == "trace":
            yield Action(who, "lens")
    if wait_steps(puzzle):
        yield Action(puzzle.party.active.name, "wait")


def wait_steps(puzzle: Puzzle) -> int:
    """How long to stand still until the next unpinned sketch fades (0: nothing would). Time
    changes nothing else, so waiting exactly that long is the only wait worth trying."""
    roe = puzzle.positions().get("roe")
    left = [s.remaining_steps for s in puzzle.sketches if not ab.pinned(s, roe) and s.remaining_steps > 0]
    return min(left, default=0)


def perform(puzzle: Puzzle, action: Action) -> list[PuzzleEvent | Waited] | None:
    """Apply one macro-action and let its time pass: a move as long as the walk lasts; a
    swap, the lens, interacting or sketching no time (in play they take a step or less, and
    a plan is checked by replaying it in real time). None if the rules refused it; the puzzle may then have changed
    who is active or where she faces, nothing else."""
    events: list[PuzzleEvent | Waited] = [*puzzle.swap_to(action.who)]
    mover = puzzle.party.active
    steps = 0
    if action.kind == "move" and action.direction is not None:
        steps = ab.steps_for(1 / puzzle.party.speed_of(mover))
        before = mover.cell
        events += puzzle.walk(action.direction)
        for member in puzzle.party:
            if member.actor.moving:  # the search has no in-between: arrive at once
                member.actor.place(member.cell, member.actor.facing)
        if mover.cell == before:
            return None
        events.append(Stepped(mover.name, mover.cell))
    elif action.kind == "lens":
        events += puzzle.toggle_lens()
    elif action.kind == "wait":
        steps = wait_steps(puzzle)
        events.append(Waited(steps))
    elif action.direction is not None:
        puzzle.turn(action.direction)  # a tap of the direction in play
        events += puzzle.interact() if action.kind == "interact" else puzzle.sketch(action.kind)
    else:
        raise ValueError(f"bad action {action}")
    if any(isinstance(e, Refused) for e in events):
        return None
    return events + puzzle.tick(steps)


@dataclass
class Graph:
    """The explored state space: every state by key, how it was first reached, and who leads
    to whom. `exhausted` means every reachable state is in it (the bound was not hit)."""

    start: Hashable
    states: dict[Hashable, Snapshot] = field(default_factory=dict)
    parent: dict[Hashable, tuple[Hashable, Action] | None] = field(default_factory=dict)
    predecessors: dict[Hashable, set[Hashable]] = field(default_factory=dict)
    goals: list[Hashable] = field(default_factory=list)
    exhausted: bool = True

    def plan_to(self, key: Hashable) -> list[Action]:
        plan: list[Action] = []
        link = self.parent[key]
        while link is not None:
            key, action = link
            plan.append(action)
            link = self.parent[key]
        plan.reverse()
        return plan


def explore(puzzle: Puzzle, max_states: int = DEFAULT_MAX_STATES, stop_at_goal: bool = False) -> Graph:
    """Breadth-first from the puzzle's current state. Solved states are not expanded. The
    puzzle is left as it was found."""
    origin = puzzle.snapshot()
    start = origin.key()
    graph = Graph(start, {start: origin}, {start: None}, {start: set()})
    queue = deque([start])
    if origin.solved:
        graph.goals.append(start)
        queue.clear()
    while queue:
        key = queue.popleft()
        snap = graph.states[key]
        puzzle.restore(snap)
        for action in list(actions(puzzle)):
            # A refused action changes only facing and who is active, which no action
            # depends on, so the puzzle is restored only after a successful one.
            if perform(puzzle, action) is None:
                continue
            after = puzzle.snapshot()
            new = after.key()
            puzzle.restore(snap)
            graph.predecessors.setdefault(new, set()).add(key)
            if new in graph.states:
                continue
            if len(graph.states) >= max_states:
                graph.exhausted = False
                continue
            graph.states[new] = after
            graph.parent[new] = (key, action)
            if after.solved:
                graph.goals.append(new)
                if stop_at_goal:
                    puzzle.restore(origin)
                    return graph
            else:
                queue.append(new)
    puzzle.restore(origin)
    return graph


@dataclass(frozen=True)
class Solution:
    solved: bool
    plan: tuple[Action, ...]
    states: int
    exhausted: bool


def solve(puzzle: Puzzle, max_states: int = DEFAULT_MAX_STATES) -> Solution:
    """A shortest plan (in actions) from the current state to a solved one, if any."""
    graph = explore(puzzle, max_states, stop_at_goal=True)
    if graph.goals:
        return Solution(True, tuple(graph.plan_to(graph.goals[0])), len(graph.states), graph.exhausted)
    return Solution(False, (), len(graph.states), graph.exhausted)


def dead_ends(graph: Graph) -> list[Snapshot]:
    """Explored states from which no solved state can be reached without a reset (exact
    when the graph is exhausted)."""
    return [graph.states[key] for key in dead_end_keys(graph)]


def dead_end_keys(graph: Graph) -> list[Hashable]:
    """The keys of `dead_ends`, nearest to the start first (the search is breadth-first)."""
    alive = set(graph.goals)
    queue = deque(graph.goals)
    while queue:
        key = queue.popleft()
        for before in graph.predecessors.get(key, ()):
            if before not in alive:
                alive.add(before)
                queue.append(before)
    return [key for key in graph.states if key not in alive]


def commands_for(puzzle: Puzzle, action: Action) -> list[list[PuzzleCommand]]:
    """What a player's keys give the runner, one list per fixed step, to carry out `action`
    from the puzzle's current state: a swap key; a held direction for a move (turning
    first, if she faced elsewhere); a tap of the direction to turn before interacting or
    sketching (nothing, if she already faces that way); the ability or interact key."""
    steps: list[list[PuzzleCommand]] = []
    if puzzle.party.active.name != action.who:
        steps.append([SwapTo(action.who)])
    facing = puzzle.party.member(action.who).actor.facing
    if action.kind == "move" and action.direction is not None:
        steps += [[Walk(action.direction)] for _ in range(1 if facing is action.direction else TURN_HOLD_STEPS)]
    elif action.kind == "lens":
        steps.append([ToggleLens()])
    elif action.kind == "wait":
        steps += [[] for _ in range(wait_steps(puzzle))]
    elif action.direction is not None:
        if facing is not action.direction:
            steps.append([Walk(action.direction)])
        steps.append([Interact()] if action.kind == "interact" else [Sketch(action.kind)])
    return steps


def replay(puzzle: Puzzle, plan: list[Action] | tuple[Action, ...]) -> list[Snapshot]:
    """Apply a plan from the current state; the snapshot after each action."""
    trail: list[Snapshot] = []
    for action in plan:
        if perform(puzzle, action) is None:
            raise ValueError(f"action {action} was refused")
        trail.append(puzzle.snapshot())
    return trail
