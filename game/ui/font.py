"""Bitmap pixel fonts drawn from our own text font sources (assets/fonts/*.txt).

A font source is plain text so glyphs can be designed and reviewed in any editor:

    ; comment lines start with a semicolon; blank lines are ignored
    name Lullaby Regular
    height 9          ; rows in every glyph cell
    cap_height 5      ; rows a capital letter stands above the baseline
    x_height 4
    baseline 7        ; rows from the cell top down to the baseline
    line_height 8     ; pixels from one line's top to the next
    spacing 1         ; empty columns after every glyph

    glyph A           ; a literal character, or U+0020 style for space and friends
    ....              ; exactly `height` rows of '#' (ink) and '.' (empty),
    ....              ; all the same width; the width is the glyph's advance
    .##.
    ...

Parsing is pure Python, so validators and tests need no display. The pygame atlas is built
the first time text is drawn, and one tinted copy of it is kept per colour, because a
multiplied white atlas is exact and blitting from it is cheap.

Screens draw the same few lines every frame, so a font keeps what it made: each drawn line
as one surface (its shadow included), each measured width and each wrapped layout, in
bounded least-recently-used caches (LruCache), so drawing a line again is one blit and a
long game that shows ever new text still holds only so much.

Two things are made from a font rather than drawn in its source:
- `scaled(2)`, the same face at twice the size, pixel for pixel (the "large" text size);
- controller button glyphs (BUTTON_CHARS): the button's letter knocked out of a solid
  round button or pill, so a prompt can show "press (A)" in the text's own colour, wrapped
  and typed out like any other character.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pygame

from game.ui.cache import LruCache

ColorLike = pygame.Color | str | tuple[int, int, int] | tuple[int, int, int, int]
PositionPx = tuple[int, int]
Rgba = tuple[int, int, int, int]

INK = "#"
EMPTY = "."
COMMENT = ";"
REQUIRED_HEADER_KEYS = ("name", "height", "cap_height", "x_height", "baseline", "line_height", "spacing")
# Tinted atlases kept per font; a screen rarely shows more than a handful of text colours.
MAX_TINTED_ATLASES = 16
LINES_PER_FONT = 512
"""Drawn lines kept per font (and per scaled face), as surfaces: a screen shows a few dozen,
and a line typed out letter by letter adds one per prefix. At most about 512 x 12 KB (a full
320 px line with its shadow) at the normal size."""
WIDTHS_PER_FONT = 2048
"""Measured texts kept per font: a width is a few bytes, and menus measure every label."""
WRAPS_PER_FONT = 256
"""Wrapped layouts kept per font: one per text and width a screen lays out."""
HEAD_LOOKBACK = 4
"""How many letters shorter a kept head of a new line may be for the line to be grown from
it: dialogue types a letter or two a frame, and only the new letters need painting."""

BUTTON_CHARS: dict[str, str] = {
    "a": "\ue000",
    "b": "\ue001",
    "x": "\ue002",
    "y": "\ue003",
    "leftshoulder": "\ue004",
    "rightshoulder": "\ue005",
    "start": "\ue006",
    "back": "\ue007",
    "guide": "\ue008",
    "leftstick": "\ue009",
    "rightstick": "\ue00a",
    "dpup": "\ue00b",
    "dpdown": "\ue00c",
    "dpleft": "\ue00d",
    "dpright": "\ue00e",
}
"""Controller button (an SDL name, as settings write it) -> the private-use character every
PixelFont draws as that button's glyph."""
_BUTTON_LETTERS: dict[str, str] = {
    "a": "A",
    "b": "B",
    "x": "X",
    "y": "Y",
    "leftshoulder": "LB",
    "rightshoulder": "RB",
    "start": "START",
    "back": "BACK",
    "guide": "HOME",
    "leftstick": "LS",
    "rightstick": "RS",
}
_DPAD_ARMS: dict[str, tuple[int, int]] = {"dpup": (3, 1), "dpdown": (3, 5), "dpleft": (1, 3), "dpright": (5, 3)}
"""The d-pad glyph is an outlined cross (7x7) with the pressed arm filled: (x, y) of its middle."""
_CROSS = (
    "..###..",
    "..#.#..",
    "###.###",
    "#.....#",
    "###.###",
    "..#.#..",
    "..###..",
)


@dataclass(frozen=True)
class DrawnText:
    """A text made once in its colours: the surfaces to blit, each with its offset from the
    text's position, and the size of the rectangle they cover (shadow included).

    Opaque text with an opaque shadow is one surface holding both. A translucent colour
    keeps its shadow as a surface of its own, blitted first, since blending the two
    together beforehand would not give the same pixels as blending each onto the screen.
    """

    layers: tuple[tuple[pygame.Surface, PositionPx], ...]
    size: tuple[int, int]


@dataclass(frozen=True)
class _Layer:
    """How one surface of a DrawnText is painted: each colour at its offset, in order, on a
    surface `margin` pixels larger than the text, blitted at `offset` from the text."""

    inks: tuple[tuple[Rgba, PositionPx], ...]
    offset: PositionPx
    margin: int


def _layers(ink: Rgba, dark: Rgba | None) -> tuple[_Layer, ...]:
    """The surfaces text in `ink` with shadow `dark` is kept as (see DrawnText)."""
    if dark is None:
        return (_Layer(((ink, (0, 0)),), (0, 0), 0),)
    if ink[3] == dark[3] == 255:
        # Opaque ink painted over opaque shadow is exactly what the screen would show.
        return (_Layer(((dark, (1, 1)), (ink, (0, 0))), (0, 0), 1),)
    return (_Layer(((dark, (0, 0)),), (1, 1), 0), _Layer(((ink, (0, 0)),), (0, 0), 0))


@dataclass(frozen=True)
class FontCacheSizes:
    """How many entries a font's caches hold now (each is bounded: LINES_PER_FONT, ...)."""

    lines: int
    widths: int
    wraps: int


def _rgba(color: ColorLike) -> Rgba:
    """`color` as a plain (r, g, b, a) tuple: one cache key for every way to name it."""
    r, g, b, a = pygame.Color(color)
    return r, g, b, a


class FontError(ValueError):
    """A font source file is malformed; the message names the file and line."""

    def __init__(self, source: str, line: int | None, message: str) -> None:
        self.source = source
        self.line = line
        self.reason = message
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class FontMetrics:
    """Vertical metrics of a font, in pixels; all glyph cells share them."""

    name: str
    height: int
    cap_height: int
    x_height: int
    baseline: int
    line_height: int
    spacing: int


@dataclass(frozen=True)
class Glyph:
    """One character's bitmap: `rows[y][x]` is True where there is ink."""

    char: str
    rows: tuple[tuple[bool, ...], ...]

    @property
    def width(self) -> int:
        return len(self.rows[0]) if self.rows else 0

    def ink(self) -> Iterable[PositionPx]:
        """Yield the (x, y) of every ink pixel, relative to the cell's top-left."""
        for y, row in enumerate(self.rows):
            for x, on in enumerate(row):
                if on:
                    yield x, y


def _parse_char(spec: str, source: str, line: int) -> str:
    if len(spec) == 1:
        return spec
    if spec.upper().startswith("U+"):
        try:
            code = int(spec[2:], 16)
            return chr(code)
        except (ValueError, OverflowError):
            pass
    raise FontError(source, line, f"glyph name {spec!r} is neither one character nor a U+XXXX code point")


def _parse_int(key: str, value: str, source: str, line: int) -> int:
    try:
        return int(value)
    except ValueError:
        raise FontError(source, line, f"header {key!r} needs a whole number, got {value!r}") from None


def _strip_comment(raw: str) -> str:
    # Glyph rows only use '#' and '.', so ';' is free to start a comment anywhere.
    return raw.split(COMMENT, 1)[0].strip()


def parse_font_source(text: str, source: str = "<font>") -> tuple[FontMetrics, dict[str, Glyph]]:
    """Parse font source text into metrics and glyphs; raise FontError on any mistake."""
    header: dict[str, tuple[str, int]] = {}
    glyphs: dict[str, Glyph] = {}
    current: str | None = None
    current_line = 0
    rows: list[tuple[bool, ...]] = []
    height = 0

    def finish_glyph() -> None:
        if current is None:
            return
        if len(rows) != height:
            raise FontError(source, current_line, f"glyph {current!r} has {len(rows)} rows, expected {height}")
        glyphs[current] = Glyph(current, tuple(rows))

    for number, raw in enumerate(text.splitlines(), start=1):
        line = _strip_comment(raw)
        if not line:
            continue
        word, _, rest = line.partition(" ")
        if word == "glyph":
            if current is None:
                metrics = _metrics_from_header(header, source)
                height = metrics.height
            finish_glyph()
            # Take the name from the raw line: it may itself be ';' (the comment sign).
            tokens = raw.split()
            if len(tokens) < 2:
                raise FontError(source, number, "glyph line names no character (write space as U+0020)")
            current = _parse_char(tokens[1], source, number)
            if current in glyphs:
                raise FontError(source, number, f"glyph {current!r} is defined twice")
            current_line = number
            rows = []
        elif current is None:
            if not rest.strip():
                raise FontError(source, number, f"header line {line!r} has no value")
            if word not in REQUIRED_HEADER_KEYS:
                raise FontError(source, number, f"unknown header key {word!r}")
            header[word] = (rest.strip(), number)
        else:
            bad = set(line) - {INK, EMPTY}
            if bad:
                raise FontError(
                    source,
                    number,
                    f"row of glyph {current!r} may only hold '#' and '.', found {''.join(sorted(bad))!r}",
                )
            if rows and len(line) != len(rows[0]):
                raise FontError(
                    source, number, f"row of glyph {current!r} is {len(line)} wide, earlier rows are {len(rows[0])}"
                )
            if len(rows) == height:
                raise FontError(source, number, f"glyph {current!r} has more than {height} rows")
            rows.append(tuple(c == INK for c in line))
    if current is None:
        raise FontError(source, None, "no glyphs defined")
    finish_glyph()
    return metrics, glyphs


def _metrics_from_header(header: dict[str, tuple[str, int]], source: str) -> FontMetrics:
    missing = [k for k in REQUIRED_HEADER_KEYS if k not in header]
    if missing:
        raise FontError(source, None, f"header is missing {', '.join(missing)}")
    ints = {k: _parse_int(k, v, source, n) for k, (v, n) in header.items() if k != "name"}
    metrics = FontMetrics(name=header["name"][0], **ints)
    if metrics.height <= 0 or metrics.line_height <= 0 or metrics.spacing < 0:
        raise FontError(source, header["height"][1], "height and line_height must be positive, spacing not negative")
    if not 0 < metrics.cap_height <= metrics.baseline <= metrics.height:
        raise FontError(source, header["baseline"][1], "need 0 < cap_height <= baseline <= height")
    return metrics


def _replacement_glyph(metrics: FontMetrics) -> Glyph:
    """A dotted box the size of a capital, drawn for characters the font lacks.

    The dot keeps it from reading as an O or a zero.
    """
    width = 5
    top = metrics.baseline - metrics.cap_height
    bottom = metrics.baseline - 1
    middle = (top + bottom) // 2
    rows = []
    for y in range(metrics.height):
        if y in (top, bottom):
            rows.append((True,) * width)
        elif top < y < bottom:
            rows.append((True, False, y == middle, False, True))
        else:
            rows.append((False,) * width)
    return Glyph("\ufffd", tuple(rows))


def _scale_glyph(glyph: Glyph, factor: int) -> Glyph:
    rows = tuple(tuple(on for on in row for _ in range(factor)) for row in glyph.rows for _ in range(factor))
    return Glyph(glyph.char, rows)


def _button_glyphs(metrics: FontMetrics, glyphs: dict[str, Glyph]) -> dict[str, Glyph]:
    """A glyph per controller button (BUTTON_CHARS): the button's letters knocked out of a
    solid button (one letter: nearly round; more: a pill), from one row above the capitals
    to one below the baseline. Buttons whose letters the font lacks, or a cell too small
    for the button, get none (the replacement box shows instead)."""
    top, bottom = metrics.baseline - metrics.cap_height - 1, metrics.baseline
    if top < 0 or bottom >= metrics.height:
        return {}
    made: dict[str, Glyph] = {}
    for button, char in BUTTON_CHARS.items():
        if button in _DPAD_ARMS:
            rows = _dpad_rows(button, top, metrics.height)
            if rows is not None:
                made[char] = Glyph(char, rows)
            continue
        letters = [glyphs.get(c) for c in _BUTTON_LETTERS[button]]
        if not all(letters):
            continue
        inner = [g for g in letters if g is not None]
        width = sum(g.width for g in inner) + len(inner) - 1 + 2
        grid = [[top <= y <= bottom for _ in range(width)] for y in range(metrics.height)]
        for x, y in ((0, top), (width - 1, top), (0, bottom), (width - 1, bottom)):
            grid[y][x] = False  # rounded corners
        pen = 1
        for glyph in inner:
            for gx, gy in glyph.ink():
                if top < gy < bottom:
                    grid[gy][pen + gx] = False
            pen += glyph.width + 1
        made[char] = Glyph(char, tuple(tuple(row) for row in grid))
    return made


def _dpad_rows(button: str, top: int, height: int) -> tuple[tuple[bool, ...], ...] | None:
    size = len(_CROSS)
    if top + size > height:
        return None
    arm_x, arm_y = _DPAD_ARMS[button]
    rows = [[False] * size for _ in range(height)]
    for y, line in enumerate(_CROSS):
        for x, mark in enumerate(line):
            rows[top + y][x] = mark == INK or (abs(x - arm_x) <= 0 and abs(y - arm_y) <= 0)
    return tuple(tuple(row) for row in rows)


class PixelFont:
    """A proportional bitmap font: measuring, word wrapping and drawing text.

    Text is drawn at integer positions and never scaled here; the whole 320x180 frame is
    scaled up later, which keeps every glyph crisp.
    """

    def __init__(
        self,
        metrics: FontMetrics,
        glyphs: dict[str, Glyph],
        source: str = "<font>",
        made: dict[str, Glyph] | None = None,
    ) -> None:
        """`made`: the glyphs made from this font rather than its source (the button
        glyphs); None makes them from `glyphs`."""
        self.metrics = metrics
        self.source = source
        self._glyphs = dict(glyphs)
        self._replacement = self._glyphs.get("\ufffd") or _replacement_glyph(metrics)
        self._made = dict(made) if made is not None else _button_glyphs(metrics, self._glyphs)
        self._atlas: pygame.Surface | None = None
        self._atlas_x: dict[str, int] = {}
        self._tinted: dict[Rgba, pygame.Surface] = {}
        self._scaled: dict[int, PixelFont] = {}
        # The advance of every character the font draws, so measuring adds integers.
        self._advances = {c: self.glyph(c).width + metrics.spacing for c in (*self._made, *self._glyphs)}
        self._lines: LruCache[tuple[str, Rgba, Rgba | None], DrawnText] = LruCache(LINES_PER_FONT)
        self._widths: LruCache[str, int] = LruCache(WIDTHS_PER_FONT)
        self._wraps: LruCache[tuple[str, int], tuple[str, ...]] = LruCache(WRAPS_PER_FONT)

    @classmethod
    def load(cls, path: str | Path) -> PixelFont:
        """Read and parse a font source file (UTF-8); raise FontError if it is malformed."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise FontError(str(path), None, f"cannot read font source: {error}") from error
        metrics, glyphs = parse_font_source(text, str(path))
        return cls(metrics, glyphs, str(path))

    @classmethod
    def from_source(cls, text: str, source: str = "<font>") -> PixelFont:
        """Build a font from source text already in memory (handy in tests and tools)."""
        metrics, glyphs = parse_font_source(text, source)
        return cls(metrics, glyphs, source)

    # --- metrics -------------------------------------------------------------------------

    @property
    def name(self) -> str:
        return self.metrics.name

    @property
    def line_height(self) -> int:
        """Pixels from the top of one line of text to the top of the next."""
        return self.metrics.line_height

    @property
    def height(self) -> int:
        """Height in pixels of one drawn line (the glyph cell, accents and descenders)."""
        return self.metrics.height

    @property
    def characters(self) -> frozenset[str]:
        return frozenset(self._glyphs)

    def has_glyph(self, char: str) -> bool:
        return char in self._glyphs

    def glyph(self, char: str) -> Glyph:
        """The glyph for `char` (a button glyph for a BUTTON_CHARS character), or the
        replacement box if the font lacks it."""
        return self._glyphs.get(char) or self._made.get(char, self._replacement)

    def scaled(self, factor: int) -> PixelFont:
        """This face at `factor` times the size: every pixel a factor x factor block, every
        metric times `factor` (made once per factor and kept)."""
        if factor == 1:
            return self
        if factor < 1:
            raise ValueError(f"a font can only grow by a whole factor, not {factor}")
        if factor not in self._scaled:
            m = self.metrics
            metrics = FontMetrics(
                name=f"{m.name} x{factor}",
                height=m.height * factor,
                cap_height=m.cap_height * factor,
                x_height=m.x_height * factor,
                baseline=m.baseline * factor,
                line_height=m.line_height * factor,
                spacing=m.spacing * factor,
            )
            glyphs = {c: _scale_glyph(g, factor) for c, g in self._glyphs.items()}
            made = {c: _scale_glyph(g, factor) for c, g in self._made.items()}
            self._scaled[factor] = PixelFont(metrics, glyphs, f"{self.source} x{factor}", made)
        return self._scaled[factor]

    def measure(self, text: str) -> int:
        """Width in pixels of `text`; with newlines, the width of the widest line (kept, as
        screens measure the same labels every frame)."""
        width = self._widths.get(text)
        if width is None:
            width = self._widths.put(text, max(self._measure_line(line) for line in text.split("\n")))
        return width

    def _measure_line(self, line: str) -> int:
        if not line:
            return 0
        spacing = self.metrics.spacing
        missing = self._replacement.width + spacing
        # No trailing spacing: a line's width ends at its last glyph column.
        return sum(self._advances.get(c, missing) for c in line) - spacing

    def cache_sizes(self) -> FontCacheSizes:
        """How full this face's caches are (a scaled face has its own)."""
        return FontCacheSizes(len(self._lines), len(self._widths), len(self._wraps))

    def text_height(self, line_count: int) -> int:
        """Pixels needed to draw `line_count` lines stacked at the line height."""
        if line_count <= 0:
            return 0
        return (line_count - 1) * self.line_height + self.height

    # --- layout --------------------------------------------------------------------------

    def wrap(self, text: str, width_px: int) -> list[str]:
        """Split `text` into lines no wider than `width_px`.

        Breaks at spaces (runs of spaces collapse), always breaks at "\\n", and splits a
        word that is wider than the whole line. Raises ValueError if even one character
        cannot fit, since no layout could then honour the width. The layout is kept, and
        every call returns a new list, so a caller may change it without changing the next.
        """
        if width_px <= 0:
            raise ValueError(f"wrap width must be positive, got {width_px}")
        key = (text, width_px)
        lines = self._wraps.get(key)
        if lines is None:
            lines = self._wraps.put(key, tuple(self._wrap(text, width_px)))
        return list(lines)

    def _wrap(self, text: str, width_px: int) -> list[str]:
        lines: list[str] = []
        for paragraph in text.split("\n"):
            line = ""
            for word in paragraph.split():
                candidate = f"{line} {word}" if line else word
                if self._measure_line(candidate) <= width_px:
                    line = candidate
                    continue
                if line:
                    lines.append(line)
                line = word
                while self._measure_line(line) > width_px:
                    head, line = self._split_word(line, width_px)
                    lines.append(head)
            lines.append(line)
        return lines

    def _split_word(self, word: str, width_px: int) -> tuple[str, str]:
        """The longest head of `word` that fits, and the rest."""
        cut = 0
        while cut < len(word) and self._measure_line(word[: cut + 1]) <= width_px:
            cut += 1
        if cut == 0:
            raise ValueError(f"character {word[0]!r} is wider than the wrap width {width_px}")
        return word[:cut], word[cut:]

    # --- drawing -------------------------------------------------------------------------

    def render(self, text: str, color: ColorLike) -> pygame.Surface:
        """A new transparent (SRCALPHA) surface holding `text` in `color`.

        Meant for one line; newlines stack further lines at the line height.
        """
        lines = text.split("\n")
        surface = pygame.Surface((self.measure(text), self.text_height(len(lines))), pygame.SRCALPHA)
        self.draw(surface, text, (0, 0), color)
        return surface

    def draw(
        self, surface: pygame.Surface, text: str, pos: PositionPx, color: ColorLike, shadow: ColorLike | None = None
    ) -> pygame.Rect:
        """Blit `text` with its cell's top-left at `pos`; optional 1 px down-right shadow.

        Returns the rectangle that was drawn into (including the shadow). The text is made
        once per colour and shadow and kept (LINES_PER_FONT), so drawing it again is a blit.
        """
        ink = _rgba(color)
        dark = None if shadow is None else _rgba(shadow)
        key = (text, ink, dark)
        drawn = self._lines.get(key) or self._lines.put(key, self._make_text(text, ink, dark))
        x, y = pos
        for layer, (dx, dy) in drawn.layers:
            surface.blit(layer, (x + dx, y + dy))
        return pygame.Rect(pos, drawn.size)

    def _make_text(self, text: str, ink: Rgba, dark: Rgba | None) -> DrawnText:
        """`text` painted on clear surfaces, pixel for pixel as blitting its glyphs straight
        onto the screen would paint it. When a head of it is kept (a line typing out gains a
        letter or two a frame), only the letters after the head are painted, onto a copy.

        Growing is exact because a line's glyph cells never overlap and ink only their own
        columns, so the new letters' shadow falls right of every earlier letter's ink."""
        cut, head = self._kept_head(text, ink, dark)
        layers = _layers(ink, dark)
        lines = text.split("\n")
        width, height = self.measure(text), self.text_height(len(lines))
        bases: tuple[pygame.Surface | None, ...] = (None,) * len(layers)
        painted, pen_x = lines, 0
        if head is not None:
            painted, pen_x = [text[cut:]], self.measure(text[:cut]) + self.metrics.spacing
            bases = tuple(kept for kept, _ in head.layers)
        surfaces = tuple(
            (self._paint((width + layer.margin, height + layer.margin), painted, layer.inks, pen_x, base), layer.offset)
            for layer, base in zip(layers, bases, strict=True)
        )
        extra = 0 if dark is None else 1
        return DrawnText(surfaces, (width + extra, height + extra))

    def _kept_head(self, text: str, ink: Rgba, dark: Rgba | None) -> tuple[int, DrawnText | None]:
        """The longest head of one-line `text`, at most HEAD_LOOKBACK letters shorter, kept
        in the same colours: its length and what was drawn; (0, None) if there is none."""
        if "\n" not in text:
            for cut in range(len(text) - 1, max(len(text) - 1 - HEAD_LOOKBACK, 0), -1):
                head = self._lines.get((text[:cut], ink, dark))
                if head is not None:
                    return cut, head
        return 0, None

    def _paint(
        self,
        size: tuple[int, int],
        lines: Sequence[str],
        inks: Sequence[tuple[Rgba, PositionPx]],
        pen_x: int = 0,
        base: pygame.Surface | None = None,
    ) -> pygame.Surface:
        """A clear surface of `size` (with `base` copied to its top-left), and `lines`
        blitted glyph by glyph from `pen_x` in each colour of `inks` at its offset, in
        order. Blitting onto clear pixels copies them exactly."""
        surface = pygame.Surface(size, pygame.SRCALPHA)
        surface.fill((0, 0, 0, 0))
        if base is not None:
            surface.blit(base, (0, 0))
        for rgba, (dx, dy) in inks:
            self._blit_lines(surface, lines, pen_x + dx, dy, self._tinted_atlas(rgba))
        return surface

    def draw_wrapped(
        self, surface: pygame.Surface, text: str, rect: pygame.Rect, color: ColorLike, shadow: ColorLike | None = None
    ) -> int:
        """Word-wrap `text` into `rect` and draw it; return the height in pixels used.

        Lines that would not fit below the rect's bottom are left out, and drawing is
        clipped to the rect, so nothing ever lands outside it.
        """
        rect = pygame.Rect(rect)
        extra = 1 if shadow is not None else 0
        lines = self.wrap(text, rect.width - extra)
        fitting = 0
        while fitting < len(lines) and self.text_height(fitting + 1) + extra <= rect.height:
            fitting += 1
        if fitting == 0:
            return 0
        old_clip = surface.get_clip()
        surface.set_clip(rect.clip(old_clip))
        try:
            self.draw(surface, "\n".join(lines[:fitting]), rect.topleft, color, shadow)
        finally:
            surface.set_clip(old_clip)
        return self.text_height(fitting) + extra

    def _blit_lines(self, surface: pygame.Surface, lines: Sequence[str], x: int, y: int, atlas: pygame.Surface) -> None:
        spacing = self.metrics.spacing
        height = self.height
        for line in lines:
            pen_x = x
            for char in line:
                glyph = self.glyph(char)
                if glyph.width:
                    area = pygame.Rect(self._atlas_x[glyph.char], 0, glyph.width, height)
                    surface.blit(atlas, (pen_x, y), area)
                pen_x += glyph.width + spacing
            y += self.line_height

    def _tinted_atlas(self, color: ColorLike) -> pygame.Surface:
        r, g, b, a = pygame.Color(color)
        key = (r, g, b, a)
        tinted = self._tinted.get(key)
        if tinted is None:
            if len(self._tinted) >= MAX_TINTED_ATLASES:
                self._tinted.pop(next(iter(self._tinted)))
            tinted = self._white_atlas().copy()
            # White ink times the colour is exactly the colour; empty pixels stay clear.
            tinted.fill(key, special_flags=pygame.BLEND_RGBA_MULT)
            self._tinted[key] = tinted
        return tinted

    def _white_atlas(self) -> pygame.Surface:
        if self._atlas is None:
            glyphs = [*self._glyphs.values(), *self._made.values(), self._replacement]
            width = sum(g.width for g in glyphs) + len(glyphs)
            atlas = pygame.Surface((max(width, 1), self.height), pygame.SRCALPHA)
            atlas.fill((0, 0, 0, 0))
            x = 0
            for glyph in glyphs:
                self._atlas_x[glyph.char] = x
                for gx, gy in glyph.ink():
                    atlas.set_at((x + gx, gy), (255, 255, 255, 255))
                x += glyph.width + 1
            self._atlas = atlas
        return self._atlas
