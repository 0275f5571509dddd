"""Real-time play of a puzzle: one call per fixed step, with smooth walking.

The scene turns actions into commands; `Runner.step(commands)` applies them to the active
protagonist (only when she or he is at rest), walks the actors on by STEP_S, and lets the
puzzle's time pass by one step. Holding a direction keeps walking.

Turning is part of walking: a protagonist at rest who is pressed a direction she is not
facing turns at once and starts walking only if the direction is still held after
TURN_HOLD_STEPS (so a short tap only turns her, to face a lever or aim a sketch). Walking
on from a walk, or in the direction already faced, starts at once. The solver's "turn"
is this tap, and routes press it the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from game.world import STEP_S
from game.world.commands import Interact, Walk
from game.world.events import Stepped
from game.world.geometry import Cell, Direction
from game.world.puzzle.commands import Cycle, PuzzleCommand, ResetPuzzle, Sketch, SwapTo, ToggleFollow, ToggleLens
from game.world.puzzle.events import PuzzleEvent, Refused
from game.world.puzzle.puzzle import Puzzle

TURN_HOLD_STEPS = 6
"""How long (in fixed steps, 0.1 s) a new direction must be held before a protagonist at
rest who turned to it starts walking; a shorter tap only turns."""


class Runner:
    """Drives a Puzzle in fixed steps; the same commands always give the same states."""

    def __init__(
        self,
        puzzle: Puzzle,
        stops_at: Callable[[Cell], bool] | None = None,
        takes_walk: Callable[[Direction], bool] | None = None,
    ) -> None:
        self.puzzle = puzzle
        self.stops_at = stops_at or (lambda cell: False)
        """Cells where a held walk stops on arrival (the world's warps and triggers)."""
        self.takes_walk = takes_walk or (lambda direction: False)
        """The world's say before the active protagonist steps: True when it handled the
        step itself (a door opens, a character is in the way)."""
        self.tick = 0
        self._refused_at: object = None
        self._held: Direction | None = None
        self._held_steps = 0
        self._turned = False

    def step(self, commands: Iterable[PuzzleCommand] = ()) -> list[PuzzleEvent]:
        """Advance by one fixed step of STEP_S seconds."""
        self.tick += 1
        puzzle = self.puzzle
        events: list[PuzzleEvent] = []
        walk: Direction | None = None
        for command in commands:
            if isinstance(command, Walk):
                walk = command.direction
            elif isinstance(command, SwapTo):
                events += puzzle.swap_to(command.name)
            elif isinstance(command, Cycle):
                events += puzzle.cycle(command.offset)
            elif isinstance(command, ToggleFollow):
                events += puzzle.toggle_follow()
            elif isinstance(command, ResetPuzzle):
                events += puzzle.reset()
            elif not puzzle.party.active.actor.moving:
                if isinstance(command, ToggleLens):
                    events += puzzle.toggle_lens()
                elif isinstance(command, Interact):
                    events += puzzle.interact()
                elif isinstance(command, Sketch):
                    events += puzzle.sketch(command.kind)
        go = self._intent(walk)
        if go is not None:
            self._walk(go, events)
        arrived = [m for m in puzzle.party if m.actor.advance(STEP_S) is not None]
        events += [Stepped(m.name, m.cell) for m in arrived]
        # Everyone arrives first, so followers are at rest when their leader walks on.
        active = puzzle.party.active
        if walk is not None and active in arrived and not self.stops_at(active.cell):
            self._walk(walk, events)
        events += puzzle.tick(1)
        return events

    def _intent(self, walk: Direction | None) -> Direction | None:
        """The tap-to-turn rule: the direction to step in now, or None (no key, still
        walking, or turning on a short tap)."""
        actor = self.puzzle.party.active.actor
        if walk is None:
            self._held, self._refused_at = None, None
            return None
        if walk != self._held:
            self._held, self._held_steps = walk, 0
            self._turned = not actor.moving and actor.facing != walk
        self._held_steps += 1
        if actor.moving:
            return None
        if self._turned and self._held_steps < TURN_HOLD_STEPS:
            actor.facing = walk
            return None
        return walk

    def _walk(self, direction: Direction, events: list[PuzzleEvent]) -> None:
        """Try a step (unless the world takes it); a refusal is reported once while the
        same way stays blocked."""
        if self.takes_walk(direction):
            return
        result = self.puzzle.walk(direction)
        refused = [e for e in result if isinstance(e, Refused)]
        key = (self.puzzle.party.active.name, refused[0].cell) if refused else None
        if key is None or key != self._refused_at:
            events += result
        self._refused_at = key
