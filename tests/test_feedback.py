"""What the player is told when a puzzle answers: a solved puzzle is heard and named, a
vanished sketch says why, and the void offers a plank only where one would fit."""

from __future__ import annotations

from game.scenes.party import SKETCH_GONE, SKETCH_GONE_ALONE, TOO_WIDE, feedback, refusal_text
from game.world.geometry import Direction
from game.world.puzzle.elements import Zone
from game.world.puzzle.events import Refused, SketchGone, Solved
from game.world.puzzle.grid import parse_grid
from game.world.puzzle.party import Party
from game.world.puzzle.puzzle import Puzzle

from .conftest import Ear


class Notes:
    """Stands in for the party HUD: keeps the notices."""

    def __init__(self) -> None:
        self.said: list[str] = []

    def notify(self, text: str) -> None:
        self.said.append(text)


def puzzle(text: str, names: tuple[str, ...]) -> Puzzle:
    data, marks = parse_grid(text)
    letters = {"mara": "M", "jonas": "J", "roe": "R"}
    entry = tuple(marks[letters[n]][0] for n in names)
    party = Party.at_entry(names, entry, Direction.RIGHT)
    return Puzzle("test", data, [Zone(9, ((-1, -1),))], party, solved_by=9, entry=entry, entry_facing=Direction.RIGHT)


NARROW = """
#######
#M__..#
#J....#
#######
"""
WIDE = """
########
#M___..#
#J.....#
########
"""


def test_the_void_offers_a_plank_only_where_one_fits() -> None:
    narrow = puzzle(NARROW, ("mara", "jonas"))
    assert refusal_text("gap", narrow, Refused("mara", "gap", (2, 1))) == "A void. Jonas could sketch a plank over it."
    wide = puzzle(WIDE, ("mara", "jonas"))
    assert refusal_text("gap", wide, Refused("mara", "gap", (2, 1))) == TOO_WIDE
    alone = puzzle(NARROW, ("mara",))
    assert refusal_text("gap", alone, Refused("mara", "gap", (2, 1))) == "Nothing there but the drop."


def test_a_solved_puzzle_is_heard_and_named() -> None:
    ear, notes = Ear(), Notes()
    feedback(Solved("ledgers"), puzzle(NARROW, ("mara",)), ear, notes)  # type: ignore[arg-type]
    assert ear.heard == ["solved"]
    assert notes.said == ["Solved: ledgers."]


def test_a_vanished_sketch_says_why_and_names_roe_only_when_she_is_here() -> None:
    with_roe = puzzle(NARROW.replace("J", "R", 1).replace("#M", "#J", 1), ("jonas", "roe"))
    ear, notes = Ear(), Notes()
    feedback(SketchGone(1, "plank", "gaze"), with_roe, ear, notes)  # type: ignore[arg-type]
    feedback(SketchGone(2, "plank", "faded"), with_roe, ear, notes)  # type: ignore[arg-type]
    feedback(SketchGone(3, "plank", "erased"), with_roe, ear, notes)  # type: ignore[arg-type]
    assert notes.said == [SKETCH_GONE["gaze"], SKETCH_GONE["faded"]]
    assert ear.heard == ["glitch", "menu_move", "menu_move"]
    without = puzzle(NARROW.replace("#M", "#J", 1).replace("#J.", "#..", 1), ("jonas",))
    notes = Notes()
    feedback(SketchGone(1, "plank", "faded"), without, Ear(), notes)  # type: ignore[arg-type]
    assert notes.said == [SKETCH_GONE_ALONE["faded"]]


def test_a_solved_puzzle_is_seen_as_rings_widening_from_its_goal(tmp_path) -> None:
    import pygame

    from game.scenes.explore import SOLVED_GLOW_S, ExploreScene
    from game.tools.route import Runner
    from game.world import STEP_S

    from .conftest import start_game

    app = start_game(tmp_path)
    try:
        runner = Runner(app)
        for n, line in enumerate(["start dream_mara_1 arrive", "read", "walk_to walkway_start", "solve walkway"], 1):
            runner.run(n, line.split())
        scene = app.services.scenes.find(ExploreScene)
        assert scene is not None and scene.solved_glow is not None
        for _ in range(round(SOLVED_GLOW_S / STEP_S) + 2):
            app.frame(None)
        assert scene.solved_glow is None, "the rings fade"
    finally:
        pygame.quit()
