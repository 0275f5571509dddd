"""Breadth-first search over puzzle states, for tests and tools (never in the game loop).

A state is a `Snapshot`; two states are the same when their `key()`s are. The search
applies macro-actions to one Puzzle through its own rules: a move takes as many steps as the
walk lasts and "wait" until the next sketch fades, so sketches fade in the search as in play.

The validator proves every puzzle with it, so it is kept fast without changing what it
finds (tests/test_solver_speed_safety.py holds it to the states it searched before): states
are numbered as they are found, a key is read from the live puzzle and a snapshot taken only
of a new state, a state is put back without the checks a save needs and, after each action
tried from it, returned to through a mark (only what the action changed is put back), the
circuit is not evaluated again after a step it does not read, and the actions the board
alone rules out (a step into a wall, a plank where there is no gap) are not tried.
"""

from __future__ import annotations

import gc
from collections import deque
from collections.abc import Hashable, Iterator
from dataclasses import dataclass, field

from game.world.commands import Interact, Walk
from game.world.events import Stepped
from game.world.geometry import Cell, Direction
from game.world.puzzle import abilities as ab
from game.world.puzzle import actions as rules
from game.world.puzzle import mark
from game.world.puzzle.commands import PuzzleCommand, Sketch, SwapTo, ToggleLens
from game.world.puzzle.elements import Junction, Lever
from game.world.puzzle.events import PuzzleEvent, Refused, Swapped
from game.world.puzzle.party import Profile
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
    return iter(ActionTable(puzzle).available(puzzle))


@dataclass(frozen=True)
class Aim:
    """What one protagonist might try towards one neighbouring cell, as far as the board
    alone decides (it never changes): the actions the rules would refuse whatever the state
    are None."""

    faced: Cell
    move: Action | None
    """None into a wall (outside, solid, a door, a lever or junction), or onto ground she can
    never stand on (a gap for Roe, a vent for all but Lila): always refused."""
    gap: bool
    """A gap is there: a move is refused unless a plank spans it (checked as the state stands)."""
    interact: Action
    lever: bool
    """A lever is there: interacting is worth trying whatever the state."""
    junction: bool
    """Mara, facing a junction: turning it is worth trying while her lens is on (nobody
    else turns one)."""
    plank: Action | None
    """Jonas, facing a gap a plank could span from here (as the board has it): elsewhere a
    plank is always refused, since one already drawn only ever shortens the span."""
    crate: Action | None
    """Jonas, facing plain ground: elsewhere a crate is always refused."""


class ActionTable:
    """The actions worth trying, worked out once per protagonist and cell for a search (the
    board never changes; the search asks from each of many thousands of states). What the
    board alone rules out is left out, so the search spends no time on actions the rules
    would refuse anyway; what depends on the state is checked as the state stands."""

    def __init__(self, puzzle: Puzzle) -> None:
        self.board = puzzle.board
        self.aims: dict[tuple[str, Cell], tuple[Aim, ...]] = {}
        self.lens = {m.name: Action(m.name, "lens") for m in puzzle.party if m.profile.ability == "trace"}
        self.waits = {m.name: Action(m.name, "wait") for m in puzzle.party}
        self.draws = any(m.profile.ability == "sketch" for m in puzzle.party)
        """Someone here sketches (Jonas): only then are planks and crates worth a look."""

    def aims_from(self, who: Profile, cell: Cell) -> tuple[Aim, ...]:
        """Protagonist `who`'s aims from `cell`, one per direction in the fixed order."""
        found = self.aims.get((who.name, cell))
        if found is None:
            found = self.aims[(who.name, cell)] = tuple(self._aim(who, cell, d) for d in Direction)
        return found

    def _aim(self, profile: Profile, cell: Cell, direction: Direction) -> Aim:
        board = self.board
        who, ability = profile.name, profile.ability
        faced = direction.step(cell)
        sketches = ability == "sketch"
        spans = board.is_gap(faced) and ab.plank_span(cell, direction, board.is_gap, board.is_bank) is not None
        terrain = board.terrain(faced)
        # Puzzle.refusal refuses these whatever the state, and so does trading places there
        never = ("gap" in terrain and not profile.crosses_planks) or ("vent" in terrain and not profile.fits_vents)
        return Aim(
            faced,
            move=None if board.is_wall(faced) or never else Action(who, "move", direction),
            gap="gap" in terrain,
            interact=Action(who, "interact", direction),
            lever=isinstance(board.switch_at.get(faced), Lever),
            junction=ability == "trace" and isinstance(board.switch_at.get(faced), Junction),
            plank=Action(who, "plank", direction) if sketches and spans else None,
            crate=Action(who, "crate", direction) if sketches and board.plain_ground(faced) else None,
        )

    def available(self, puzzle: Puzzle) -> list[Action]:
        """The actions worth trying from the puzzle's current state, in a fixed order: per
        protagonist in party order, per direction a move, an interact where there is
        something she can use, Jonas's plank and crate while he has a sketch to spare; Mara's
        lens; last a wait if a sketch would fade."""
        found: list[Action] = []
        sketches = puzzle.sketches
        members = puzzle.party.members
        can_draw = self.draws and ab.drawn(sketches) < ab.SKETCH_LIMIT
        lens_on = puzzle.party.lens_on
        sketched = {cell for s in sketches for cell in s.cells}
        planked = {cell for s in sketches if s.kind == ab.PLANK for cell in s.cells}
        # A crate is drawn only where nothing stands (Puzzle.room_for_object): nobody, no block,
        # no crate (a crate's aim is on plain ground, so the planks among `sketched` never count).
        taken = {m.actor.cell for m in members}.union(puzzle.blocks.values(), sketched) if can_draw else sketched
        for member in members:
            ability = member.profile.ability
            for aim in self.aims_from(member.profile, member.actor.cell):
                if aim.move is not None and (not aim.gap or aim.faced in planked):
                    found.append(aim.move)
                if aim.lever or (aim.junction and lens_on) or (ability == "sketch" and aim.faced in sketched):
                    found.append(aim.interact)
                if can_draw:
                    if aim.plank is not None:
                        found.append(aim.plank)
                    if aim.crate is not None and aim.faced not in taken:
                        found.append(aim.crate)
            lens = self.lens.get(member.name)
            if lens is not None:
                found.append(lens)
        if wait_steps(puzzle):
            found.append(self.waits[puzzle.party.active.name])
        return found


def wait_steps(puzzle: Puzzle) -> int:
    """How long to stand still until the next unpinned sketch fades (0: nothing would). Time
    changes nothing else, so waiting exactly that long is the only wait worth trying."""
    roe = puzzle.party.cell_of("roe")
    reach = puzzle.board.sketch_reach  # where each is pinned from (as ab.pinned), worked out once
    left = [
        s.remaining_steps for s in puzzle.sketches if s.remaining_steps > 0 and roe not in reach(s.cells).pinned_from
    ]
    return min(left, default=0)


def perform(puzzle: Puzzle, action: Action) -> list[PuzzleEvent | Waited] | None:
    """Apply one macro-action and let its time pass: a move as long as the walk lasts; a
    swap, the lens, interacting or sketching no time (in play they take a step or less, and
    a plan is checked by replaying it in real time). None if the rules refused it; the
    puzzle may then have changed who is active or where she faces, nothing else."""
    events: list[PuzzleEvent | Waited] = []
    steps = carry_out(puzzle, action, events)
    if steps is None:
        return None
    return events + puzzle.tick(steps)


def carry_out(puzzle: Puzzle, action: Action, events: list[PuzzleEvent | Waited] | None) -> int | None:
    """`perform` but for letting the time pass: apply the action (a move arrives at once),
    adding what happened to `events` (None: the search, which asks only whether the rules
    refused it); how many steps of time it takes, or None if the rules refused it."""
    party = puzzle.party
    if party.swap_to(action.who) and events is not None:
        events.append(Swapped(action.who))
    mover = party.active
    if action.kind == "move" and action.direction is not None:
        before = mover.actor.cell
        walked = rules.walk(puzzle, action.direction)  # as puzzle.walk
        if mover.actor.cell is before:  # refused (a step the rules allow always moves her)
            return None
        for member in party.members:
            if member.actor.origin is not None:  # the search has no in-between: arrive at once
                member.actor.place(member.actor.cell, member.actor.facing)
        if events is not None:
            events += walked
            events.append(Stepped(mover.name, mover.cell))
        return ab.steps_for(1 / mover.actor.speed_tiles_per_s)  # the walk set it to party.speed_of
    if events is None:
        events = []
    steps = 0
    if action.kind == "lens":
        events += puzzle.toggle_lens()
    elif action.kind == "wait":
        steps = wait_steps(puzzle)
        events.append(Waited(steps))
    elif action.direction is not None:
        puzzle.turn(action.direction)  # a tap of the direction in play
        events += puzzle.interact() if action.kind == "interact" else puzzle.sketch(action.kind)
    else:
        raise ValueError(f"bad action {action}")
    for event in events:
        if isinstance(event, Refused):
            return None
    return steps


@dataclass
class Graph:
    """The explored state space: every state, numbered in the order the breadth-first
    search first reached it (the start is 0), how it was first reached, and who leads to
    whom. `exhausted` means every reachable state is in it (the bound was not hit)."""

    start: int
    states: dict[int, Snapshot] = field(default_factory=dict)
    parent: dict[int, tuple[int, Action] | None] = field(default_factory=dict)
    predecessors: dict[int, set[int]] = field(default_factory=dict)
    """For each explored state, the explored states one action leads to it from."""
    goals: list[int] = field(default_factory=list)
    exhausted: bool = True

    def plan_to(self, number: int) -> list[Action]:
        """The actions by which the search first reached state `number` from the start."""
        plan: list[Action] = []
        link = self.parent[number]
        while link is not None:
            number, action = link
            plan.append(action)
            link = self.parent[number]
        plan.reverse()
        return plan


def explore(puzzle: Puzzle, max_states: int = DEFAULT_MAX_STATES, stop_at_goal: bool = False) -> Graph:
    """Breadth-first from the puzzle's current state. Solved states are not expanded. The
    puzzle is left as it was found.

    Each state is told apart by its key (`state_key`, read from the live puzzle), and a
    snapshot is taken only of a state not seen before: most actions lead somewhere the
    search has already been.

    Python's cycle collector is paused meanwhile: the search makes tens of thousands of
    snapshots and keys, none of them in a cycle, and the collector walking the growing
    graph again and again took a quarter of the search's time."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _explore(puzzle, max_states, stop_at_goal)
    finally:
        if collecting:
            gc.enable()


def _explore(puzzle: Puzzle, max_states: int, stop_at_goal: bool) -> Graph:
    origin = puzzle.snapshot()
    puzzle.restore(origin)  # its own dicts in the snapshot's order, which state_key reads
    table = ActionTable(puzzle)
    graph = Graph(0, {0: origin}, {0: None}, {0: set()})
    numbers: dict[Hashable, int] = {state_key(puzzle): 0}
    queue = deque([0])
    if origin.solved:
        graph.goals.append(0)
        queue.clear()
    while queue:
        number = queue.popleft()
        put_back(puzzle, graph.states[number])
        here = mark.mark(puzzle)
        settled = number != 0 or puzzle.is_settled()  # every state but the start comes out of a tick
        for action in table.available(puzzle):
            # A refused action changes only facing and who is active, which no action
            # depends on, so the puzzle is put back only after a successful one.
            steps = carry_out(puzzle, action, None)
            if steps is None:
                continue
            puzzle.tick(steps, settled=settled and mark.circuit_reads_alike(puzzle, here))  # as perform does
            key = state_key(puzzle)
            new = numbers.get(key)
            if new is not None:
                graph.predecessors[new].add(number)
            elif len(graph.states) >= max_states:
                graph.exhausted = False
            else:
                new = len(graph.states)
                numbers[key] = new
                graph.states[new] = puzzle.snapshot()
                graph.parent[new] = (number, action)
                graph.predecessors[new] = {number}
                if puzzle.solved:
                    graph.goals.append(new)
                    if stop_at_goal:
                        puzzle.restore(origin)
                        return graph
                else:
                    queue.append(new)
            mark.return_to(puzzle, here)
    puzzle.restore(origin)
    return graph


def state_key(puzzle: Puzzle) -> Hashable:
    """`Snapshot.key()` of the puzzle's current state, read without taking a snapshot. The
    element dicts must hold their ids in the order a snapshot lists them (sorted), as
    `Puzzle.restore` and `put_back` leave them; the rules only ever change their values."""
    sketches = puzzle.sketches
    return (
        tuple([member.actor.cell for member in puzzle.party.members]),
        puzzle.party.lens_on,
        tuple(puzzle.levers.values()),
        tuple(puzzle.rotations.values()),
        tuple(puzzle.gates.values()),
        tuple(puzzle.blocks.values()),
        tuple(sorted([(s.kind, s.cells, s.remaining_steps) for s in sketches])) if sketches else (),
        puzzle.solved,
    )


def put_back(puzzle: Puzzle, snap: Snapshot) -> None:
    """`Puzzle.restore` without its checks that the snapshot fits: the search puts back only
    snapshots the same puzzle took, thousands of times a second."""
    if not snap.signals:  # taken before any evaluation: restore evaluates them
        puzzle.restore(snap)
        return
    puzzle.put_back(snap)


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


def dead_end_keys(graph: Graph) -> list[int]:
    """The numbers of `dead_ends`, nearest to the start first (the search is breadth-first)."""
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
