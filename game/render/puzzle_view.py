"""Drawing a party map's puzzle: the pieces that change (plates, gates, levers, junctions,
blocks, sketches, crowds) as sprites sorted with the characters, and the overlays of the
abilities (Trace's wiring and hidden walkways, Glow's light in the dark, judging gazes).

Everything here reads the Puzzle; nothing changes it.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pygame
import pytmx

from game.content.tiled import tile_kinds
from game.render.outlines import Outlines, edges, within
from game.render.sprites import CharacterSheet
from game.render.wires import WireNetwork, wire_sides
from game.world import TILE_PX
from game.world.geometry import Cell, Direction
from game.world.puzzle import abilities as ab
from game.world.puzzle.elements import Block, Crowd, Element, Gate, Junction, Lever, Plate, Zone, element_cells
from game.world.puzzle.puzzle import Puzzle
from game.world.puzzle.weight import Weight

TRACE_LAYER = "trace"
"""A tile layer with this name is drawn only while Mara's lens is on (hidden wiring)."""
FLAT_DEPTH = -2 * TILE_PX
"""Feet position given to flat pieces (plates, open gates): below every character."""
DARK_ALPHA = 235
"""How black unlit darkness is (of 255)."""
PARTED_ALPHA = 70
"""How faint a judging figure is while Roe's calm parts the crowd."""
REVEAL_ALPHA = 60
DEAD_WIRE_ALPHA = 150
"""How faint a dead wire is (its dashes make the difference; this only quietens it)."""
"""How strongly a revealed walkway is tinted."""
# Palette colours (assets/palette.gpl) the overlays draw with.
INK = (14, 12, 24)
ORANGE = (242, 112, 52)
AMBER = (250, 160, 64)
LAMP_GLOW = (255, 226, 150)
NEON_CYAN = (64, 214, 224)
CYAN_GLOW = (186, 252, 236)
STEEL = (80, 94, 118)
SEPIA = (236, 196, 140)
"""Multiplies a sketch's pencil greys into the warm browns of an old photograph (memories)."""


class Pieces:
    """Tile images by their `kind` property, cut from one tileset (.tsx and its image)."""

    def __init__(self, tsx: Path) -> None:
        root = ET.parse(tsx).getroot()
        size = int(root.get("tilewidth", TILE_PX))
        columns = int(root.get("columns", "1"))
        image_element = root.find("image")
        if image_element is None:
            raise ValueError(f"{tsx}: tileset has no image")
        image = pygame.image.load(str(tsx.parent / image_element.get("source", "")))
        if pygame.display.get_surface() is not None:
            image = image.convert_alpha()
        self.images: dict[str, pygame.Surface] = {}
        for tile in root.iter("tile"):
            kind = next((p.get("value") for p in tile.iter("property") if p.get("name") == "kind"), None)
            if kind:
                index = int(tile.get("id", "0"))
                rect = ((index % columns) * size, (index // columns) * size, size, size)
                self.images[kind] = image.subsurface(rect)

    def __getitem__(self, kind: str) -> pygame.Surface:
        return self.images[kind]


class PieceSprite(pygame.sprite.Sprite):
    """One drawn piece on one cell; `sync` is called by the map view before each draw."""

    image: pygame.Surface
    rect: pygame.Rect

    def __init__(self, view: PuzzleView, element: Element | None, cell: Cell, index: int = 0) -> None:
        super().__init__()
        self.view = view
        self.element = element
        self.cell = cell
        self.index = index
        self.feet_y = FLAT_DEPTH
        self.sync()

    def sync(self) -> None:
        image, standing = self.view.piece_image(self)
        self.image = image
        x, y = self.cell
        bottom = (y + 1) * TILE_PX
        self.rect = pygame.Rect(x * TILE_PX, bottom - image.get_height(), image.get_width(), image.get_height())
        self.feet_y = bottom - 1 if standing else FLAT_DEPTH


class BlockSprite(PieceSprite):
    """A pushable block: it moves, so its cell is read from the puzzle."""

    def sync(self) -> None:
        assert self.element is not None
        self.cell = self.view.puzzle.blocks[self.element.id]
        super().sync()


class PuzzleView:
    """The puzzle's pieces and overlays for one map."""

    def __init__(
        self, puzzle: Puzzle, pieces: Pieces, tiled: pytmx.TiledMap, sheet: Callable[[str], CharacterSheet]
    ) -> None:
        self.puzzle = puzzle
        self.pieces = pieces
        kinds = tile_kinds(tiled)
        self.looks: dict[str, pygame.Surface] = {}
        """Blocks drawn as a tile of the map (their `look`), by tile kind."""
        for block in puzzle.board.blocks:
            image = tiled.get_tile_image_by_gid(kinds[block.look]) if block.look in kinds else None
            if isinstance(image, pygame.Surface):
                self.looks[block.look] = image
        self.crowd_frames: dict[str, tuple[pygame.Surface, pygame.Surface]] = {}
        """Per crowd sheet: a figure standing, and the same faded while Roe parts them."""
        for crowd in (e for e in puzzle.board.elements if isinstance(e, Crowd)):
            if crowd.character not in self.crowd_frames:
                crowd_sheet = sheet(crowd.character)
                frame = crowd_sheet.frames[next(iter(crowd_sheet.frames))][0]
                parted = frame.copy()
                parted.set_alpha(PARTED_ALPHA)
                self.crowd_frames[crowd.character] = (frame, parted)
        self._empty = pygame.Surface((1, 1), pygame.SRCALPHA)
        self._tiles: dict[tuple[str, int], pygame.Surface] = {}
        """Overlay tiles made once and kept: (what, shade) -> a 16x16 surface."""
        self._glows: dict[int, pygame.Surface] = {}
        """Lila's light by its size in pixels."""
        self.trace_tiles = list(_layer_tiles(tiled, TRACE_LAYER))
        board = puzzle.board
        self.wires = WireNetwork(puzzle, {(x, y): wire_sides(image) for x, y, image in self.trace_tiles})
        self._dead_tiles: dict[int, pygame.Surface] = {}
        """Each wire tile as a dead wire looks: dim and broken into dashes (by image id)."""
        terrain = board.map.terrain
        self.hidden_trace = sorted(c for c, marks in terrain.items() if "hidden:trace" in marks)
        self.hidden_glow = sorted(c for c, marks in terrain.items() if "hidden:glow" in marks)
        self.dark = sorted(c for c, marks in terrain.items() if "dark" in marks)
        self.sprites: list[PieceSprite] = []
        for element in board.elements:
            if isinstance(element, Block):
                self.sprites.append(BlockSprite(self, element, element.cell))
            elif isinstance(element, Plate | Gate | Lever | Junction | Crowd):
                for i, cell in enumerate(element_cells(element)):
                    self.sprites.append(PieceSprite(self, element, cell, i))
        self._sketch_sprites: dict[tuple[int, int], PieceSprite] = {}
        self._dark_surface: pygame.Surface | None = None
        self.outlines = Outlines()
        self.dark_edges = edges(set(self.dark))
        """The border of the dark, drawn dotted so its extent shows before anyone walks in."""
        self.calm_edges = {
            e.id: edges(within(set(e.cells), e.calm_range_tiles, board.plain_ground))
            for e in board.elements
            if isinstance(e, Crowd)
        }
        """Per crowd: the border of the cells where Roe parts it by standing there."""
        walkable = lambda c: not board.is_wall(c)  # noqa: E731 -- the voice's reach, by floor
        self.voice_edges = edges(
            {c for v in board.voices for c in within({v}, ab.COMPANION_RANGE_TILES, walkable)} | set(board.voices)
        )
        """Where a voice keeps Lila company: within its reach her light is full size."""
        self.centres = {e.id: _centre(element_cells(e)) for e in board.elements if element_cells(e)}

    # -- pieces --------------------------------------------------------------------------------
    def piece_image(self, sprite: PieceSprite) -> tuple[pygame.Surface, bool]:
        """The image of a piece as the puzzle stands, and whether it stands up (sorted with
        the characters by its feet) rather than lying flat."""
        puzzle = self.puzzle
        element = sprite.element
        pieces = self.pieces
        if element is None:  # a sketch
            return self._sketch_image(sprite), True
        if isinstance(element, Plate):
            heavy = element.min_weight is Weight.HEAVY
            down = puzzle.signals.get(element.id, False)
            return pieces[f"plate_{'heavy' if heavy else 'light'}_{'down' if down else 'up'}"], False
        if isinstance(element, Gate):
            cells = element.cells
            across = len({c[0] for c in cells}) >= len({c[1] for c in cells})
            name = "gate_h" if across else "gate_v"
            is_open = puzzle.gates.get(element.id, False)
            return pieces[f"{name}_{'open' if is_open else 'closed'}"], not is_open
        if isinstance(element, Lever):
            return pieces["lever_right" if puzzle.levers.get(element.id) else "lever_left"], True
        if isinstance(element, Junction):
            angle = (puzzle.rotations.get(element.id, 0) % 4) * 90
            powered = any(puzzle.signals.get(i, False) for i in element.inputs)
            return pieces[f"junction_{'powered_' if powered else ''}{angle}"], True
        if isinstance(element, Block):
            heavy = element.weight is Weight.HEAVY
            if element.look in self.looks:
                return self.looks[element.look], True
            return pieces["block_heavy" if heavy else "block_light"], True
        if isinstance(element, Crowd):
            return self._crowd_image(element), True
        return pieces["wire_cross"], False

    def _crowd_image(self, element: Crowd) -> pygame.Surface:
        """A judging figure; faded while Roe's calm parts the crowd."""
        parted = ab.crowd_parted(element, self.puzzle.positions().get("roe"))
        frame, faded = self.crowd_frames[element.character]
        return faded if parted else frame

    def _sketch_image(self, sprite: PieceSprite) -> pygame.Surface:
        sketch = next((s for s in self.puzzle.sketches if s.id == sprite.index), None)
        if sketch is None:
            return self._empty
        life = sketch.remaining_steps / max(1, self.puzzle.sketch_life_steps)
        fade = "" if life > 0.66 else "_fade1" if life > 0.33 else "_fade2"
        if sketch.kind == ab.CRATE:
            name = f"sketch_crate{fade}"
        else:
            name = f"sketch_plank_{'h' if self._plank_across(sketch) else 'v'}{fade}"
        return self._sepia(name) if sketch.is_memory else self.pieces[name]

    def _sepia(self, name: str) -> pygame.Surface:
        """A piece as a memory (numbered below 0): the pencil sketch washed in old-photograph
        sepia, so it reads as something remembered rather than something Jonas drew."""
        key = ("sepia:" + name, 0)
        image = self._tiles.get(key)
        if image is None:
            image = self.pieces[name].copy()
            image.fill(SEPIA, special_flags=pygame.BLEND_RGB_MULT)
            self._tiles[key] = image
        return image

    def _plank_across(self, sketch: ab.Sketch) -> bool:
        """A plank lies left-right when its cells are in a row, or (one cell) when the
        ground it rests on is to its left and right."""
        if len(sketch.cells) > 1:
            return sketch.cells[0][1] == sketch.cells[1][1]
        x, y = sketch.cells[0]
        return self.puzzle.board.is_bank((x - 1, y)) and self.puzzle.board.is_bank((x + 1, y))

    def all_sprites(self) -> list[PieceSprite]:
        """The piece sprites, with one per cell of each current sketch."""
        wanted: dict[tuple[int, int], PieceSprite] = {}
        for sketch in self.puzzle.sketches:
            for cell in sketch.cells:
                key = (sketch.id, hash(cell))
                sprite = self._sketch_sprites.get(key)
                if sprite is None or sprite.cell != cell:
                    sprite = PieceSprite(self, None, cell, sketch.id)
                wanted[key] = sprite
        self._sketch_sprites = wanted
        return self.sprites + list(wanted.values())

    # -- overlays --------------------------------------------------------------------------
    def draw_overlays(self, surface: pygame.Surface, offset: tuple[int, int], time_ms: float) -> None:
        """Hidden cells, darkness, gazes and (lens on) the wiring, in screen space:
        `offset` is the screen position of map pixel (0, 0)."""
        puzzle = self.puzzle
        ox, oy = offset
        lens = puzzle.party.lens_on
        positions = puzzle.positions()
        # Hidden walkways are drawn by tiles that look like the void around them; what
        # reveals them draws the walkable cells over those tiles.
        revealed = [c for c in self.hidden_glow if puzzle.lit(c, positions)]
        if revealed:
            self._outline(surface, offset, revealed, LAMP_GLOW, time_ms)
        self._draw_gaze(surface, offset, time_ms)
        self._draw_voices(surface, offset, time_ms)
        if self.dark:
            self._draw_dark(surface, offset, positions, time_ms)
            self.outlines.draw(surface, offset, "dark", self.dark_edges, STEEL, dash=2)
        if lens:
            self._draw_lens(surface, offset, time_ms)
        self._draw_rules(surface, offset, time_ms)

    def _draw_rules(self, surface: pygame.Surface, offset: tuple[int, int], time_ms: float) -> None:
        """The rules where they apply, so nobody has to guess them: the goal of the puzzle
        the active protagonist stands in (a zone's cells, with one pip per protagonist it
        needs), where Roe parts a crowd (while she is the one in control), and the cells
        beside a sketch from which she keeps it (while it is fading or under a gaze)."""
        puzzle = self.puzzle
        active = puzzle.party.active
        section = puzzle.section_at(active.cell)
        if section is not None and not puzzle.section_solved(section):
            goal = puzzle.board.circuit.by_id.get(section.solved_by)
            if isinstance(goal, Zone):
                bright = math.sin(time_ms / 250) > -0.2
                outline = edges(set(goal.cells))
                self.outlines.draw(surface, offset, f"goal {goal.id}", outline, LAMP_GLOW if bright else AMBER, dash=3)
                ox, oy = offset
                x, y = min(goal.cells, key=lambda c: (c[1], c[0]))
                for pip in range(goal.count):
                    pip_rect = (ox + x * TILE_PX + 2 + pip * 4, oy + y * TILE_PX + 2, 3, 3)
                    pygame.draw.rect(surface, LAMP_GLOW, pip_rect)
        roe = puzzle.positions().get("roe")
        if roe is None:
            return
        if active.name == "roe":
            for crowd_id, outline in self.calm_edges.items():
                crowd = puzzle.board.circuit.by_id.get(crowd_id)
                if isinstance(crowd, Crowd) and not ab.crowd_parted(crowd, roe):
                    self.outlines.draw(surface, offset, f"calm {crowd_id}", outline, CYAN_GLOW, dash=2)
        gaze = set(puzzle.board.gaze)
        for sketch in puzzle.sketches:
            threatened = any(c in gaze for c in sketch.cells) or sketch.remaining_steps < puzzle.sketch_life_steps
            if not threatened or ab.pinned(sketch, roe):
                continue
            ox, oy = offset
            for cell in within(set(sketch.cells), 1, puzzle.board.plain_ground) - set(sketch.cells):
                px, py = ox + cell[0] * TILE_PX, oy + cell[1] * TILE_PX
                for cx, cy in ((2, 2), (TILE_PX - 3, 2), (2, TILE_PX - 3), (TILE_PX - 3, TILE_PX - 3)):
                    surface.fill(CYAN_GLOW, (px + cx, py + cy, 1, 1))

    def _draw_voices(self, surface: pygame.Surface, offset: tuple[int, int], time_ms: float) -> None:
        """Each voice as sound rings on its cell (shape as well as colour), and the reach in
        which it keeps Lila company as a dotted warm border."""
        voices = self.puzzle.board.voices
        if not voices:
            return
        self.outlines.draw(surface, offset, "voices", self.voice_edges, AMBER, dash=2)
        ox, oy = offset
        beat = (time_ms / 400) % 3  # the rings go out one by one (held still: all three)
        for x, y in voices:
            centre = (ox + x * TILE_PX + TILE_PX // 2, oy + y * TILE_PX + TILE_PX // 2)
            pygame.draw.circle(surface, LAMP_GLOW, centre, 2)
            for ring in range(3):
                if time_ms and ring > beat:
                    continue
                radius = 4 + ring * 2
                rect = pygame.Rect(centre[0] - radius, centre[1] - radius, radius * 2, radius * 2)
                pygame.draw.arc(surface, LAMP_GLOW if ring == 0 else AMBER, rect, -0.8, 0.8)
                pygame.draw.arc(surface, LAMP_GLOW if ring == 0 else AMBER, rect, math.pi - 0.8, math.pi + 0.8)

    def _draw_gaze(self, surface: pygame.Surface, offset: tuple[int, int], time_ms: float) -> None:
        cells = self.puzzle.board.gaze
        if not cells:
            return
        ox, oy = offset
        pulse = 34 + round(14 * math.sin(time_ms / 300))
        glare = self._tiles.get(("gaze", pulse))
        if glare is None:
            glare = pygame.Surface((TILE_PX, TILE_PX), pygame.SRCALPHA)
            glare.fill((*ORANGE, pulse))
            # Shape as well as colour: a faint diagonal hatching marks a gaze for every eye.
            pygame.draw.line(glare, (*AMBER, 2 * pulse + 30), (0, 0), (TILE_PX - 1, TILE_PX - 1))
            self._tiles[("gaze", pulse)] = glare
        for x, y in cells:
            surface.blit(glare, (ox + x * TILE_PX, oy + y * TILE_PX))

    def _draw_dark(
        self, surface: pygame.Surface, offset: tuple[int, int], positions: dict[str, Cell], time_ms: float
    ) -> None:
        """Unlit dark cells are nearly black; Lila's light shows as a warm disc whose size
        follows her light radius."""
        ox, oy = offset
        shade = self._tiles.get(("dark", DARK_ALPHA))
        if shade is None:
            shade = pygame.Surface((TILE_PX, TILE_PX))
            shade.fill(INK)
            shade.set_alpha(DARK_ALPHA)
            self._tiles[("dark", DARK_ALPHA)] = shade
        for cell in self.dark:
            if not self.puzzle.lit(cell, positions):
                surface.blit(shade, (ox + cell[0] * TILE_PX, oy + cell[1] * TILE_PX))
        lila = self.puzzle.party.member("lila") if self.puzzle.party.has("lila") else None
        if lila is None:
            return
        others = ab.company(positions, self.puzzle.board.voices)
        radius = ab.light_radius(lila.cell, others, self.puzzle.party.assist.forgiving_dark)
        if not any(ab.distance(lila.cell, c) <= radius + 1 for c in self.dark):
            return  # her light shows where it matters: in and at the edge of the dark
        x, y = lila.actor.position
        centre = (ox + round((x + 0.5) * TILE_PX), oy + round((y + 0.5) * TILE_PX))
        flicker = 1.0 + 0.04 * math.sin(time_ms / 90)
        size = round((radius + 0.5) * TILE_PX * flicker)
        glow = self._glows.get(size)
        if glow is None:
            glow = pygame.Surface((size * 2, size * 2))
            layer = pygame.Surface((size * 2, size * 2))
            warmth = [round(c * 0.05) for c in LAMP_GLOW]
            for ring in range(1, 5):  # each smaller ring adds a little more warmth
                layer.fill((0, 0, 0))
                pygame.draw.circle(layer, warmth, (size, size), round(size * (5 - ring) / 4))
                glow.blit(layer, (0, 0), special_flags=pygame.BLEND_RGB_ADD)
            self._glows[size] = glow
        surface.blit(glow, (centre[0] - size, centre[1] - size), special_flags=pygame.BLEND_RGB_ADD)

    def _outline(
        self,
        surface: pygame.Surface,
        offset: tuple[int, int],
        cells: list[Cell],
        colour: tuple[int, int, int],
        time_ms: float,
    ) -> None:
        """Revealed walkway cells: a faint fill and a pulsing outline."""
        ox, oy = offset
        key = ("reveal", hash(colour))
        fill = self._tiles.get(key)
        if fill is None:
            fill = pygame.Surface((TILE_PX, TILE_PX))
            fill.fill(colour)
            fill.set_alpha(REVEAL_ALPHA)
            self._tiles[key] = fill
        edge = colour if math.sin(time_ms / 200) > -0.3 else CYAN_GLOW
        for x, y in cells:
            surface.blit(fill, (ox + x * TILE_PX, oy + y * TILE_PX))
            pygame.draw.rect(surface, edge, (ox + x * TILE_PX + 1, oy + y * TILE_PX + 1, 14, 14), 1)

    def junction_side(self, junction: Junction) -> Direction | None:
        """The side of a junction its signal leaves by now, towards its current output: along
        the drawn wire to that output, else straight towards it."""
        output = junction.outputs[self.puzzle.rotations.get(junction.id, 0) % len(junction.outputs)]
        x, y = junction.cell
        for cells, touching in self.wires.runs:
            if {junction.id, output} <= touching:
                for side in Direction:
                    if side.step(junction.cell) in cells:
                        return side
        target = self.centres.get(output)
        if target is None:
            return None
        dx, dy = target[0] - (x + 0.5) * TILE_PX, target[1] - (y + 0.5) * TILE_PX
        if abs(dx) >= abs(dy):
            return Direction.RIGHT if dx > 0 else Direction.LEFT
        return Direction.DOWN if dy > 0 else Direction.UP

    def wire_underlay(self) -> list[tuple[pygame.Surface, tuple[int, int]]]:
        """With the lens on, the trace layer's wiring as images at map pixels, for the map
        view to draw on the floor under everyone: live runs solid, dead ones dashed."""
        if not self.puzzle.party.lens_on:
            return []
        flowing = self.wires.live_cells()
        return [
            (image if (x, y) in flowing else self._dead(image), (x * TILE_PX, y * TILE_PX))
            for x, y, image in self.trace_tiles
        ]

    def _dead(self, image: pygame.Surface) -> pygame.Surface:
        """A wire tile as a dead wire: dimmed, with every other 2-pixel run cut out, so it
        reads as dashed next to a live one's solid line (shape, not only colour)."""
        dead = self._dead_tiles.get(id(image))
        if dead is None:
            dead = image.copy().convert_alpha() if pygame.display.get_surface() else image.copy()
            width, height = dead.get_size()
            for y in range(height):
                for x in range(width):
                    if ((x // 2) + (y // 2)) % 2:
                        dead.set_at((x, y), (0, 0, 0, 0))
            dead.set_alpha(DEAD_WIRE_ALPHA)
            self._dead_tiles[id(image)] = dead
        return dead

    def _draw_lens(self, surface: pygame.Surface, offset: tuple[int, int], time_ms: float) -> None:
        """Trace: outlines of hidden walkways and, on a map without a trace layer of its own
        (whose wiring `wire_underlay` gives the map view), every link from source to
        consumer — bright and solid while on, dim and dashed while off."""
        ox, oy = offset
        self._outline(surface, offset, self.hidden_trace, NEON_CYAN, time_ms)
        for junction in self.puzzle.board.junctions:
            side = self.junction_side(junction)
            if side is not None:
                _arrowhead(surface, (ox + junction.cell[0] * TILE_PX, oy + junction.cell[1] * TILE_PX), side)
        if self.trace_tiles:
            return  # the map draws its own wiring; the junctions and gates show the signal
        puzzle = self.puzzle
        circuit = puzzle.board.circuit
        for consumer, sources in circuit.inputs.items():
            end = self.centres.get(consumer)
            for source in sources:
                start = self.centres.get(source)
                if start is None or end is None:
                    continue
                live = circuit.feeds(source, consumer, puzzle.signals, puzzle.rotations)
                a = (ox + start[0], oy + start[1])
                b = (ox + end[0], oy + end[1])
                if live:
                    pygame.draw.line(surface, CYAN_GLOW, a, b, 1)
                    pygame.draw.circle(surface, CYAN_GLOW, b, 2)
                else:
                    _dashed(surface, STEEL, a, b)
                    pygame.draw.rect(surface, STEEL, (b[0] - 1, b[1] - 1, 3, 3), 1)


def _layer_tiles(tiled: pytmx.TiledMap, name: str) -> Iterator[tuple[int, int, pygame.Surface]]:
    """The tiles of the named tile layer, which is then hidden from the normal map drawing."""
    for layer in tiled.layers:
        if isinstance(layer, pytmx.TiledTileLayer) and layer.name == name:
            layer.visible = False
            for x, y, image in layer.tiles():
                if isinstance(image, pygame.Surface):
                    yield x, y, image


def _centre(cells: tuple[Cell, ...]) -> tuple[int, int]:
    xs = [c[0] for c in cells]
    ys = [c[1] for c in cells]
    return round((sum(xs) / len(xs) + 0.5) * TILE_PX), round((sum(ys) / len(ys) + 0.5) * TILE_PX)


def _dashed(surface: pygame.Surface, colour: tuple[int, int, int], a: tuple[int, int], b: tuple[int, int]) -> None:
    length = max(1, math.hypot(b[0] - a[0], b[1] - a[1]))
    dashes = max(1, int(length // 4))
    for i in range(0, dashes, 2):
        t0, t1 = i / dashes, min(1.0, (i + 1) / dashes)
        p0 = (a[0] + (b[0] - a[0]) * t0, a[1] + (b[1] - a[1]) * t0)
        p1 = (a[0] + (b[0] - a[0]) * t1, a[1] + (b[1] - a[1]) * t1)
        pygame.draw.line(surface, colour, p0, p1, 1)


def _arrowhead(surface: pygame.Surface, cell_topleft: tuple[int, int], side: Direction) -> None:
    """A small bright arrowhead on one edge of a cell, pointing out of it."""
    x, y = cell_topleft
    mid, end = TILE_PX // 2, TILE_PX - 1
    points = {
        Direction.RIGHT: [(x + end, y + mid), (x + end - 3, y + mid - 3), (x + end - 3, y + mid + 3)],
        Direction.LEFT: [(x, y + mid), (x + 3, y + mid - 3), (x + 3, y + mid + 3)],
        Direction.DOWN: [(x + mid, y + end), (x + mid - 3, y + end - 3), (x + mid + 3, y + end - 3)],
        Direction.UP: [(x + mid, y), (x + mid - 3, y + 3), (x + mid + 3, y + 3)],
    }[side]
    pygame.draw.polygon(surface, INK, [(px + 1, py + 1) for px, py in points])
    pygame.draw.polygon(surface, CYAN_GLOW, points)
