"""The trace layer's wiring read as runs of wire between puzzle pieces, so the lens can show
which runs carry a signal (solid) and which do not (dashed)."""

from __future__ import annotations

import pygame

from game.world.geometry import Cell, Direction
from game.world.puzzle.elements import element_cells
from game.world.puzzle.puzzle import Puzzle


class WireNetwork:
    """The wiring a map draws on its trace layer, read as runs of wire between puzzle
    pieces: a run is live while a signal flows along it (from the piece at one end into the
    piece at the other, through logic that has no cell of its own, like any_of)."""

    def __init__(self, puzzle: Puzzle, wires: dict[Cell, frozenset[Direction]]) -> None:
        """`wires`: each wire cell of the trace layer and the sides its wire leaves by."""
        self.puzzle = puzzle
        board = puzzle.board
        self.pieces: dict[Cell, int] = {c: e.id for e in board.elements for c in element_cells(e)}
        """Cells of pieces: their trace tiles are live while a live run reaches the piece."""
        self.runs: list[tuple[frozenset[Cell], frozenset[int]]] = []
        """Each run of wire cells, with the pieces it touches."""
        seen: set[Cell] = set()
        for start in sorted(set(wires) - set(self.pieces)):
            if start in seen:
                continue
            run, touching, queue = {start}, set(), [start]
            while queue:
                cell = queue.pop()
                for side in wires[cell]:
                    near = side.step(cell)
                    if near in self.pieces:
                        touching.add(self.pieces[near])
                    elif side.opposite in wires.get(near, frozenset()) and near not in run:
                        run.add(near)
                        queue.append(near)
            seen |= run
            self.runs.append((frozenset(run), frozenset(touching)))
        self.links = self._physical_links()

    def _physical_links(self) -> dict[tuple[int, int], list[tuple[int, ...]]]:
        """(source piece, consumer piece) -> the chains of ids a signal passes from one to
        the other, through logic without cells."""
        circuit = self.puzzle.board.circuit
        placed = {element_id for element_id in self.pieces.values()}
        links: dict[tuple[int, int], list[tuple[int, ...]]] = {}

        def sources(node: int, chain: tuple[int, ...], depth: int) -> None:
            for source in circuit.inputs.get(node, ()):
                if source in placed:
                    links.setdefault((source, chain[-1]), []).append((source, *chain))
                elif depth < len(circuit.by_id):
                    sources(source, (source, *chain), depth + 1)

        for consumer in placed:
            sources(consumer, (consumer,), 0)
        return links

    def live_cells(self) -> set[Cell]:
        """The wire cells of every run a signal is flowing along now."""
        puzzle = self.puzzle
        circuit = puzzle.board.circuit
        live: set[Cell] = set()

        def flows(chain: tuple[int, ...]) -> bool:
            return all(
                circuit.feeds(a, b, puzzle.signals, puzzle.rotations) for a, b in zip(chain, chain[1:], strict=False)
            )

        powered: set[int] = set()
        for cells, touching in self.runs:
            for (source, consumer), chains in self.links.items():
                if source in touching and consumer in touching and any(flows(chain) for chain in chains):
                    live |= cells
                    powered |= {source, consumer}
                    break
        return live | {cell for cell, piece in self.pieces.items() if piece in powered}


def wire_sides(image: pygame.Surface) -> frozenset[Direction]:
    """The sides a wire tile's wire leaves by: those whose middle pixels are drawn."""
    width, height = image.get_size()
    middle = range(width // 2 - 2, width // 2 + 2)
    centre = range(height // 2 - 2, height // 2 + 2)

    def drawn(points: list[tuple[int, int]]) -> bool:
        return any(image.get_at(point).a > 0 for point in points)

    edges = {
        Direction.UP: [(x, 0) for x in middle],
        Direction.DOWN: [(x, height - 1) for x in middle],
        Direction.LEFT: [(0, y) for y in centre],
        Direction.RIGHT: [(width - 1, y) for y in centre],
    }
    return frozenset(side for side, points in edges.items() if drawn(points))
