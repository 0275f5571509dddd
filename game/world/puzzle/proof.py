"""What the solver can say about one puzzle of a map, honestly: the validator's `--solve`
and the content tests ask it of every puzzle on every map.

A puzzle is searched on its own (`Puzzle.of_section`), with the protagonists it is meant
for (its `party`, else the map's) at its entry, using only what their keys can do (the
solver's actions; turning is a tap). A proof says:

- the verdict: solved in N moves, no solution (every reachable state searched), or gave up
  after N states (nothing proved either way: never reported as "no solution");
- which of its protagonists it needs (without whom nothing solves it) and which it does not;
- its dead ends: reachable states from which only a reset (R) can lead to a solution;
- whether it is solved before anyone moves (its goal is on at the entry);
- whether the shortest plan, played with the keys step by step in real time, solves it too.

`problems()` lists what makes a puzzle unfit to ship; `summary()` is the one-line report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from game.world.mapdata import MapData
from game.world.puzzle.puzzle import Puzzle
from game.world.puzzle.runner import Runner
from game.world.puzzle.solver import DEFAULT_MAX_STATES, Action, Graph, commands_for, dead_end_keys, explore
from game.world.puzzle.spec import PuzzleSpec, Section

SHOWN_ACTIONS = 8
"""How many actions of a plan a message spells out before "…"."""

REAL_TIME_LIMIT_STEPS = 200
"""How long (fixed steps) a replayed move may take to come to rest before the replay stops."""


@dataclass(frozen=True)
class Need:
    """Whether the puzzle can be solved without one of its protagonists."""

    name: str
    solved_without: bool
    proved: bool
    """False when the search without them gave up: whether they are needed is unknown."""
    states: int


@dataclass(frozen=True)
class Proof:
    """The solver's findings on one puzzle (see the module docstring)."""

    section: Section
    party: tuple[str, ...]
    claimed: bool
    """True when the puzzle's own `party` property names who it is for (each must be needed)."""
    max_states: int
    states: int
    exhausted: bool
    plan: tuple[Action, ...] | None
    """A shortest plan, or None when no solution was found."""
    standing_still: bool
    dead_end_count: int
    dead_end_example: tuple[Action, ...]
    needs: tuple[Need, ...]
    real_time_ok: bool | None
    """Whether the plan solves it played in real time (None: no plan to play)."""

    @property
    def solved(self) -> bool:
        return self.plan is not None

    @property
    def verdict(self) -> str:
        if self.plan is not None:
            return f"solved in {len(self.plan)} moves by {_names(self.party)}"
        if self.exhausted:
            return f"no solution: none of the {self.states} states {_names(self.party)} can reach solves it"
        return (
            f"gave up after {self.states} states without a solution (nothing proved; "
            "raise --max-states, or name fewer protagonists in its 'party')"
        )

    def summary(self) -> str:
        """One line: the verdict, who it needs, its dead ends."""
        parts = [f"{self.verdict} ({self.states} states searched)" if self.solved else self.verdict]
        needed = [need.name for need in self.needs if need.proved and not need.solved_without]
        if self.solved and needed:
            parts.append(f"needs {_names(needed)}")
        spare = [need.name for need in self.needs if need.solved_without]
        if spare:
            parts.append(f"solvable without {_names(spare)}")
        if self.solved:
            if not self.exhausted:
                parts.append("dead ends not checked (the search gave up before it saw every state)")
            elif self.dead_end_count:
                parts.append(f"{self.dead_end_count} dead end(s)")
            else:
                parts.append("no dead ends")
        return "; ".join(parts)

    def problems(self) -> list[str]:
        """What makes the puzzle unfit to ship, each as a message about the puzzle object."""
        found: list[str] = []
        if self.standing_still:
            found.append("is solved before anyone moves: its solved_by signal is on at the entry")
        if self.plan is None:
            found.append(self.verdict)
            return found
        if self.dead_end_count:
            found.append(
                f"has {self.dead_end_count} dead end(s), states from which only a reset (R) leads to a "
                f"solution; the nearest: {_plan_text(self.dead_end_example)}"
            )
        if self.real_time_ok is False:
            found.append(
                f"the solver's plan does not solve it when played with the keys in real time: {_plan_text(self.plan)}"
            )
        for need in self.needs:
            if self.claimed and need.solved_without:
                found.append(
                    f"can be solved without {need.name}, whom its 'party' names: take them out of it, "
                    "or make the puzzle need them"
                )
            elif self.claimed and not need.proved:
                gave_up = f"without them the search gave up after {need.states} states"
                found.append(f"whether it needs {need.name} is unknown: {gave_up}")
        return found


def prove(data: MapData, spec: PuzzleSpec, section: Section, max_states: int = DEFAULT_MAX_STATES) -> Proof:
    """Search the puzzle `section` of the map with the protagonists it is meant for."""
    party = section.meant_for(spec)
    puzzle = Puzzle.of_section(data, spec, section, party)
    standing_still = puzzle.snapshot().solved
    graph = explore(puzzle, max_states)
    plan = tuple(graph.plan_to(graph.goals[0])) if graph.goals else None
    stuck_count = 0
    stuck_plan: tuple[Action, ...] = ()
    if plan is not None and graph.exhausted:
        stuck = dead_end_keys(graph)
        stuck_count = len(stuck)
        stuck_plan = tuple(graph.plan_to(stuck[0])) if stuck else ()
    needs = tuple(_need(data, spec, section, party, name, max_states) for name in party if len(party) > 1)
    return Proof(
        section=section,
        party=party,
        claimed=bool(section.party),
        max_states=max_states,
        states=len(graph.states),
        exhausted=graph.exhausted,
        plan=plan,
        standing_still=standing_still,
        dead_end_count=stuck_count,
        dead_end_example=stuck_plan,
        needs=needs,
        real_time_ok=None if plan is None else plays_in_real_time(data, spec, section, party, plan),
    )


def prove_map(data: MapData, max_states: int = DEFAULT_MAX_STATES) -> list[Proof]:
    """Every puzzle of a map, in the order the map lists them (none on a map without a party)."""
    spec = data.puzzle
    if spec is None:
        return []
    return [prove(data, spec, section, max_states) for section in spec.sections]


def plays_in_real_time(
    data: MapData, spec: PuzzleSpec, section: Section, party: Sequence[str], plan: Sequence[Action]
) -> bool:
    """Whether `plan`, pressed as keys one fixed step at a time, solves the puzzle."""
    puzzle = Puzzle.of_section(data, spec, section, party)
    runner = Runner(puzzle)
    for action in plan:
        for commands in commands_for(puzzle, action):
            runner.step(commands)
        for _ in range(REAL_TIME_LIMIT_STEPS):
            if not any(member.actor.moving for member in puzzle.party):
                break
            runner.step()
    return puzzle.solved


def _need(
    data: MapData, spec: PuzzleSpec, section: Section, party: tuple[str, ...], name: str, max_states: int
) -> Need:
    rest = tuple(other for other in party if other != name)
    graph: Graph = explore(Puzzle.of_section(data, spec, section, rest), max_states, stop_at_goal=True)
    return Need(
        name, solved_without=bool(graph.goals), proved=bool(graph.goals) or graph.exhausted, states=len(graph.states)
    )


def _names(names: Sequence[str]) -> str:
    """`mara`, `mara and lila`, `mara, jonas and lila`."""
    names = list(names)
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _plan_text(plan: Sequence[Action]) -> str:
    if not plan:
        return "at the entry"
    shown = ", ".join(str(action) for action in plan[:SHOWN_ACTIONS])
    more = f", … ({len(plan)} moves)" if len(plan) > SHOWN_ACTIONS else ""
    return f"after {shown}{more}"
