"""The reusable menu: a framed list of items with the skin's cursor and choice bar, and the
pieces every menu screen shares (a yes/no question, a full-screen menu over the night sky).

Menus only see actions: up/down move (wrapping, skipping disabled items), left/right change
a value, interact selects, cancel backs out. At the large text size (Settings.large_text) a
menu draws its rows, title and footer at twice the size: taller rows, a wider panel if its
words need it, fewer rows at once (the rest scroll) and footers that wrap. A menu that lays
out its own panel (overrides `panel_rect`, like the save slots) keeps the normal size, since
its layout is its own. They ask the game for anything bigger through
`services.flow` (game.scenes.flow.GameFlow) and read the save slots through
`services.saves` (anything with `summaries()`), so they never touch files or the window.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pygame

from game.input import Action
from game.scenes.base import Scene, StepInput
from game.scenes.menu_sky import NightSky
from game.ui.cache import LruCache
from game.ui.font import PixelFont
from game.ui.readable import plate_height, reading_font

if TYPE_CHECKING:
    from game.scenes.flow import GameFlow
    from game.scenes.services import Services

CURSOR_FRAME_STEPS = 8
"""Logic steps each frame of the cursor animation stays (the dialogue box uses the same)."""
ROW_H_PX = 14
PANEL_PAD_X_PX = 6
PANEL_TOP_PX = 10
"""Room above the first row: the title plate overlaps the panel's top edge."""
PANEL_BOTTOM_PX = 8
MARGIN_PX = 6
VEIL_ALPHA = 150
"""How much an overlay menu darkens the game beneath it (0..255)."""
LARGE_MIN_HEIGHT_PX = 112
"""At the large text size a menu over the game may grow to this height (or keep its normal
height, if taller) before its rows scroll; a full-screen menu may use the whole screen."""
MAX_FOOTER_LINES = 2


@dataclass
class MenuItem:
    """One row. `value` (drawn right-aligned) and `on_change` (left/right, -1/+1) make it a
    setting; `sub` is a second, quieter line (save slots). A disabled item is greyed and the
    cursor skips it; a `muted` one is greyed but can still be selected, to say why not."""

    label: str
    on_select: Callable[[], None] | None = None
    enabled: bool = True
    value: Callable[[], str] | None = None
    on_change: Callable[[int], None] | None = None
    hint: str = ""
    sub: str = ""
    muted: bool = False
    icon: tuple[str, int] | None = None
    """A skin.icons frame (row, column) drawn at the row's right end."""


class Menu(Scene):
    """A titled list of items. Subclasses fill `build_items()`; it is called again on
    `enter` and `resume`, so a menu shows fresh state after a sub-menu closes."""

    holds_below = True

    overlay = True
    veil = True
    """An overlay menu darkens what is beneath it."""
    row_h = ROW_H_PX
    width_px: int | None = None
    """Fixed panel width; None fits the widest row."""
    max_rows = 9
    """More items than this scroll."""
    centre: tuple[int, int] | None = None
    """Where the panel's centre goes; None is the middle of the screen."""
    fills_screen = False
    """The menu is the whole screen (nothing of the game shows around it)."""

    def __init__(self, services: Services, title: str = "", items: list[MenuItem] | None = None) -> None:
        super().__init__(services)
        self.title = title
        self.items: list[MenuItem] = list(items or [])
        self.cursor = 0
        self.anim_steps = 0
        self.notice: str | None = None
        """A short message in a box at the bottom; the next press clears it."""

    # -- what the game offers ---------------------------------------------------------
    @property
    def flow(self) -> GameFlow:
        flow = self.services.flow
        if flow is None:
            raise RuntimeError("menus need the game's flow (the App sets it before any menu opens)")
        return flow

    def saves(self) -> list[Any]:
        """The save slots' summaries (game.save.SlotSummary), or none without a store."""
        store = getattr(self.services, "saves", None)
        return list(store.summaries()) if store is not None else []

    def sfx(self, name: str) -> None:
        self.services.audio.play_sfx(name)

    # -- the text size ------------------------------------------------------------------
    @property
    def large_text(self) -> bool:
        """Whether this menu draws at the large text size (see the module docstring)."""
        return self.services.settings.large_text and type(self).panel_rect is Menu.panel_rect

    @property
    def font(self) -> PixelFont:
        """The face the rows are drawn in, at the text size."""
        return reading_font(self.services.assets.font, self.large_text)

    @property
    def bold(self) -> PixelFont:
        """The title's face: at the text size, unless the title would not fit the screen
        that way (a long question), then the normal one."""
        bold = reading_font(self.services.assets.bold_font, self.large_text)
        if self.title and bold.measure(self.title) + 24 > 320 - 2 * MARGIN_PX:
            return self.services.assets.bold_font
        return bold

    def row_height(self) -> int:
        """The height of one row: `row_h`, or more for large text, and room for a second
        line when any row has a `sub`."""
        lines = 2 if any(item.sub for item in self.items) else 1
        return max(self.row_h, lines * self.font.line_height + 6)

    # -- lifecycle ----------------------------------------------------------------------
    def build_items(self) -> list[MenuItem]:
        return self.items

    def refresh(self) -> None:
        self.items = self.build_items()
        if not self.items:
            self.cursor = 0
            return
        self.cursor = min(self.cursor, len(self.items) - 1)
        if not self.items[self.cursor].enabled:
            self.move(1, sound=False)

    def enter(self) -> None:
        self.refresh()

    def resume(self) -> None:
        self.refresh()

    def close(self) -> None:
        if self.stack.top is self:
            self.stack.pop()

    # -- input --------------------------------------------------------------------------
    def update(self, step: StepInput) -> None:
        self.anim_steps += 1
        if not step.pressed:
            return
        self.notice = None
        if Action.UP in step.pressed:
            self.move(-1)
        elif Action.DOWN in step.pressed:
            self.move(1)
        elif Action.LEFT in step.pressed:
            self.change(-1)
        elif Action.RIGHT in step.pressed:
            self.change(1)
        elif Action.INTERACT in step.pressed:
            self.select()
        elif Action.CANCEL in step.pressed:
            self.back()

    @property
    def current(self) -> MenuItem | None:
        return self.items[self.cursor] if 0 <= self.cursor < len(self.items) else None

    def move(self, delta: int, sound: bool = True) -> None:
        """Move to the next enabled item that way, wrapping around the ends."""
        count = len(self.items)
        for distance in range(1, count + 1):
            index = (self.cursor + delta * distance) % count
            if self.items[index].enabled:
                if index != self.cursor and sound:
                    self.sfx("menu_move")
                self.cursor = index
                return

    def change(self, delta: int) -> None:
        item = self.current
        if item is not None and item.enabled and item.on_change is not None:
            self.sfx("menu_move")
            item.on_change(delta)

    def select(self) -> None:
        item = self.current
        if item is None or not item.enabled:
            return
        if item.on_select is not None:
            self.sfx("menu_select")
            item.on_select()
        elif item.on_change is not None:
            self.sfx("menu_select")
            item.on_change(1)

    def back(self) -> None:
        self.sfx("menu_select")
        self.close()

    def select_label(self, label: str) -> None:
        """Put the cursor on the item called `label` (for scripted input and tests)."""
        labels = [item.label for item in self.items]
        self.cursor = labels.index(label)

    # -- drawing ------------------------------------------------------------------------
    def look(self) -> Hashable | None:
        """Everything the menu's own drawing shows (see Scene.look); None for a menu whose
        class draws more than that (its own draw, rows or background), unless it says what."""
        plain = all(
            getattr(type(self), name) in (getattr(Menu, name), getattr(ScreenMenu, name))
            for name in ("draw", "draw_item", "draw_background", "footer")
        )
        return self.menu_look() if plain else None

    def menu_look(self) -> Hashable:
        """The rows as shown, the cursor and its animation frame, the notice and footer, the
        text size and contrast, and the night sky behind a full-screen menu."""
        settings = self.services.settings
        rows = tuple(
            (
                item.label,
                item.value() if item.value is not None else None,
                item.enabled,
                item.muted,
                item.sub,
                item.icon,
            )
            for item in self.items
        )
        frame = (self.anim_steps // CURSOR_FRAME_STEPS) % self.services.assets.skin.cursor.columns
        sky = self.sky.look(self.anim_steps) if isinstance(self, ScreenMenu) else None
        shown = (self.title, rows, self.cursor, frame, self.notice, self.footer(), self.services.device)
        return (id(self), shown, settings.large_text, settings.high_contrast_box, sky)

    def draw_background(self, surface: pygame.Surface) -> None:
        if self.overlay and self.veil:
            draw_veil(surface, self.services.assets.colour("ink"), VEIL_ALPHA)

    def visible_rows(self) -> range:
        """Which items are on screen: a window around the cursor when they do not all fit."""
        count, shown = len(self.items), min(len(self.items), self.rows_shown())
        first = max(0, min(self.cursor - shown // 2, count - shown))
        return range(first, first + shown)

    def rows_shown(self) -> int:
        """At most `max_rows`; at the large text size, as many as fit the height the menu
        may take (LARGE_MIN_HEIGHT_PX), and never fewer than three."""
        if not self.large_text:
            return self.max_rows
        normal = self._top_px() + min(len(self.items), self.max_rows) * self.row_h + PANEL_BOTTOM_PX
        screen_h = 180 - 2 * MARGIN_PX - self._title_overhang()
        budget = screen_h if self.fills_screen else min(screen_h, max(normal, LARGE_MIN_HEIGHT_PX))
        room = budget - self._top_px() - PANEL_BOTTOM_PX - self._footer_height(self._panel_width(320))
        return max(min(3, self.max_rows), min(self.max_rows, room // self.row_height()))

    def has_footer(self) -> bool:
        """Whether the panel keeps a line at the bottom for `footer()`."""
        return any(item.hint for item in self.items)

    def footer(self) -> str:
        item = self.current
        return item.hint if item is not None else ""

    def footer_lines(self, width_px: int) -> list[str]:
        """The footer wrapped into the panel (at most MAX_FOOTER_LINES lines)."""
        text = self.footer()
        return self.font.wrap(text, width_px - 20)[:MAX_FOOTER_LINES] if text else []

    def _footer_height(self, width_px: int) -> int:
        """Room for the longest footer any item has, so the panel does not jump."""
        if not self.has_footer():
            return 0
        hints = [item.hint for item in self.items if item.hint] or [self.footer()]
        lines = max(min(MAX_FOOTER_LINES, len(self.font.wrap(h, width_px - 20))) if h else 1 for h in hints)
        return (lines - 1) * self.font.line_height + self.font.line_height + 4

    def _panel_width(self, screen_w: int) -> int:
        width = self.width_px
        if width is None or self.large_text:
            widest = max((self._row_width(item) for item in self.items), default=60)
            title_w = self.bold.measure(self.title) + 24 if self.title else 0
            width = max(widest + 2 * PANEL_PAD_X_PX, title_w, 100, width or 0)
        return min(width, screen_w - 2 * MARGIN_PX)

    def panel_rect(self, surface: pygame.Surface) -> pygame.Rect:
        width = self._panel_width(surface.get_width())
        height = self._top_px() + len(self.visible_rows()) * self.row_height() + PANEL_BOTTOM_PX
        height += self._footer_height(width)
        rect = pygame.Rect(0, 0, width, height)
        rect.center = self.centre or surface.get_rect().center
        room = surface.get_rect().inflate(-2 * MARGIN_PX, -2 * MARGIN_PX)
        room.top += self._title_overhang()  # the title plate stands above the panel
        room.height -= self._title_overhang()
        return rect.clamp(room)

    def _title_overhang(self) -> int:
        """How far the title plate stands above the panel's top edge."""
        return plate_height(self.bold) - 4 if self.title else 0

    def _top_px(self) -> int:
        """Room above the first row (the title plate overlaps the panel's top edge)."""
        return PANEL_TOP_PX if self.title else PANEL_BOTTOM_PX

    def _row_width(self, item: MenuItem) -> int:
        """What one row needs: its label and value side by side, and its `sub` below (unless
        the menu fixes its width and fits the subs itself, as the save slots do)."""
        font = self.font
        value = item.value() if item.value is not None else ""
        width = 14 + font.measure(item.label) + (font.measure(value) + 16 * self._scale() if value else 0) + 8
        if item.sub and self.width_px is None:
            width = max(width, 14 + font.measure(item.sub) + 8)
        return width

    def _scale(self) -> int:
        """How many times the normal size the text is drawn (1, or 2 for large text)."""
        return self.font.height // self.services.assets.font.height

    def draw(self, surface: pygame.Surface) -> None:
        self.draw_background(surface)
        assets = self.services.assets
        skin, font = assets.skin, self.font
        panel = self.panel_rect(surface)
        skin.menu.draw(surface, panel)
        if self.title:
            bold = self.bold
            draw_title_plate(surface, assets, self.title, (panel.x + 4, panel.y - plate_height(bold) + 4), bold)
        rows = self.visible_rows()
        row_h = self.row_height()
        for slot, index in enumerate(rows):
            row = pygame.Rect(panel.x + PANEL_PAD_X_PX, panel.y + self._top_px() + slot * row_h, 0, 0)
            row.size = (panel.w - 2 * PANEL_PAD_X_PX, row_h + 2)
            self.draw_item(surface, self.items[index], row, index == self.cursor)
        if rows.start > 0:
            arrow = pygame.transform.flip(skin.cursor.frame("advance", 0), False, True)
            surface.blit(arrow, (panel.centerx - 4, panel.y + 2))
        if rows.stop < len(self.items):
            frame = (self.anim_steps // CURSOR_FRAME_STEPS) % skin.cursor.columns
            surface.blit(skin.cursor.frame("advance", frame), (panel.centerx - 4, panel.bottom - 9))
        lines = self.footer_lines(panel.w)
        y = panel.bottom - PANEL_BOTTOM_PX - len(lines) * font.line_height
        for line in lines:
            font.draw(surface, line, (panel.x + 10, y), assets.colour("steel-3"), shadow=assets.colour("ink"))
            y += font.line_height
        if self.notice:
            draw_notice(surface, assets, self.notice, font)

    def draw_item(self, surface: pygame.Surface, item: MenuItem, row: pygame.Rect, selected: bool) -> None:
        assets = self.services.assets
        skin, font = assets.skin, self.font
        ink = assets.colour("ink")
        text_y = row.y + 3
        if selected:
            skin.choice.draw(surface, row.inflate(0, 2))
            frame = (self.anim_steps // CURSOR_FRAME_STEPS) % skin.cursor.columns
            surface.blit(skin.cursor.frame("cursor", frame), (row.x + 3, row.y + 4 + (font.height - 9) // 2))
        greyed = not item.enabled or item.muted
        colour = assets.colour("steel-3" if greyed else ("white" if selected else "fog"))
        font.draw(surface, item.label, (row.x + 14, text_y), colour, shadow=ink)
        if item.value is not None:
            value = item.value()
            tint = "steel-3" if greyed else ("cyan-glow" if selected else "neon-cyan")
            scale = self._scale()
            x = row.right - 8 * scale - font.measure(value)
            font.draw(surface, value, (x, text_y), assets.colour(tint), shadow=ink)
            if selected and item.on_change is not None and item.enabled:
                font.draw(surface, "<", (x - 8 * scale, text_y), assets.colour("fog"), shadow=ink)
                font.draw(surface, ">", (row.right - 5 * scale, text_y), assets.colour("fog"), shadow=ink)
        if item.icon is not None:
            icon = skin.icons.frame(*item.icon)
            surface.blit(icon, (row.right - 6 - icon.get_width(), row.y + (row.h - icon.get_height()) // 2))
        if item.sub:
            sub_colour = "steel-3" if greyed else ("fog" if selected else "steel-4")
            font.draw(surface, item.sub, (row.x + 14, row.y + 3 + font.line_height + 1), assets.colour(sub_colour))


class ConfirmMenu(Menu):
    """A yes/no question over the menu that asked it. The cursor starts on "No", so a
    hurried double press never overwrites or quits."""

    def __init__(self, services: Services, question: str, on_yes: Callable[[], None], yes: str = "Yes") -> None:
        super().__init__(services, question, [MenuItem(yes, self._yes), MenuItem("No", self.close)])
        self.on_yes = on_yes
        self.cursor = 1

    def _yes(self) -> None:
        self.close()
        self.on_yes()


_VEILS = LruCache[tuple[tuple[int, int], tuple[int, int, int], int], pygame.Surface](8)
"""The veils made so far, by size, colour and alpha: a menu over the game darkens it each
frame with one blit, not a new screen-sized surface."""


def draw_veil(surface: pygame.Surface, colour: pygame.Color, alpha: int) -> None:
    key = (surface.get_size(), (colour.r, colour.g, colour.b), alpha)
    veil = _VEILS.get(key)
    if veil is None:
        veil = pygame.Surface(surface.get_size())
        veil.fill(colour)
        veil.set_alpha(alpha)
        _VEILS.put(key, veil)
    surface.blit(veil, (0, 0))


def draw_title_plate(
    surface: pygame.Surface, assets: Any, title: str, topleft: tuple[int, int], bold: PixelFont | None = None
) -> None:
    """A menu's title on the skin's name plate, as the dialogue box shows a speaker (in
    `bold`, the bold face at the menu's text size; the normal one by default)."""
    bold = bold or assets.bold_font
    plate = pygame.Rect(topleft, (bold.measure(title) + 16, plate_height(bold)))
    assets.skin.nameplate.draw(surface, plate)
    bold.draw(surface, title, (plate.x + 8, plate.y + 3), assets.colour("white"), shadow=assets.colour("ink"))


def draw_notice(surface: pygame.Surface, assets: Any, text: str, font: PixelFont | None = None) -> None:
    """A message in a dialogue box at the bottom of the screen (as game.scenes.overlays.MessageBox),
    in `font` (the menu's, at its text size; the normal face by default)."""
    font = font or assets.font
    width = surface.get_width() - 2 * MARGIN_PX
    lines = font.wrap(text, width - 18)
    rect = pygame.Rect(MARGIN_PX, 0, width, font.text_height(len(lines)) + 18)
    rect.bottom = surface.get_height() - MARGIN_PX
    assets.skin.dialog.draw(surface, rect)
    for i, line in enumerate(lines):
        pos = (rect.x + 9, rect.y + 9 + i * font.line_height)
        font.draw(surface, line, pos, assets.colour("white"), shadow=assets.colour("ink"))


class ScreenMenu(Menu):
    """A menu that fills the screen (settings, saves, bindings) over the night sky, so a
    long list never fights with the map beneath it."""

    overlay = False
    fills_screen = True

    def __init__(self, services: Services, title: str = "", items: list[MenuItem] | None = None) -> None:
        super().__init__(services, title, items)
        self.sky = NightSky(services.assets)

    def draw_background(self, surface: pygame.Surface) -> None:
        self.sky.draw(surface, self.anim_steps)
