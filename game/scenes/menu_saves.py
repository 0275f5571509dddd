"""The save and load menus: the four slots (1, 2, 3 and the autosave) in a list on the
left, and beside it the selected slot's picture, chapter, place, when it was saved and how
long it has been played; a slot that cannot be used says so in plain words instead.

Saving over a slot that holds anything asks first; the autosave slot is the game's own and
cannot be saved into. A slot that cannot be loaded says why in a message and the menu stays;
if the slot's previous save (the backup) loads, the menu offers it, and loading it makes it
the slot's save again (the file that failed is kept aside).

The pictures are the saves' own PNG bytes, so they are treated as untrusted: checked before
they reach the image decoder (decode_thumbnail), decoded once when the list is built (not
while drawing), and anything unusable is shown as a blank, hatched picture, never an error.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any, Literal

import pygame

from game.save import format_play_time
from game.scenes.menu_base import MARGIN_PX, ROW_H_PX, ConfirmMenu, MenuItem, ScreenMenu
from game.story.chapters import chapter_title

if TYPE_CHECKING:
    from game.scenes.services import Services
    from game.ui.font import PixelFont

Mode = Literal["save", "load"]
AUTO_SLOT = "auto"
STATUS_LABELS = {
    "empty": "Empty",
    "damaged": "Damaged - cannot be read",
    "truncated": "Cut off - the file is incomplete",
    "foreign": "Not a Lullaby Protocol save",
    "newer": "Made by a newer version of the game",
}
"""What a slot that cannot be loaded shows, by SlotSummary.status."""
SHORT_STATUS = {
    "empty": "Empty",
    "damaged": "Damaged",
    "truncated": "Cut off",
    "foreign": "Not a save",
    "newer": "Newer version",
}
"""The same, short enough for the list; the panel beside it says it in full."""
SAVE_ICON = ("actions", 6)
"""skin.icons: a floppy disk beside a good save, a red X beside one that cannot be used
(a shape as well as a colour)."""
BAD_ICON = ("actions", 1)

# The screen, at 320x180: the list on the left, the selected slot's panel on the right, both
# the same height under the title plate.
PANELS_TOP_PX = 24
PANELS_H_PX = 150
LIST_W_PX = 128
PANEL_GAP_PX = 4
DETAILS_RECT = pygame.Rect(MARGIN_PX + LIST_W_PX + PANEL_GAP_PX, PANELS_TOP_PX, 0, PANELS_H_PX)
DETAILS_RECT.w = 320 - MARGIN_PX - DETAILS_RECT.x
THUMBNAIL_BOX = pygame.Rect(0, 0, 160, 90)
"""Where the picture goes: twice the 80x45 thumbnail the game saves (a quarter of the screen)."""
THUMBNAIL_BOX.midtop = (DETAILS_RECT.centerx, DETAILS_RECT.y + 8)
DETAIL_LINES = 4
"""Lines of text under the picture."""
DETAIL_COLOURS = {"heading": "white", "warning": "orange", "plain": "fog", "quiet": "steel-4"}
"""Palette names by DetailLine.style; headings are bold too, and labels are steel-3."""
MAX_THUMBNAIL_BYTES = 256 * 1024
"""A thumbnail the game makes is a few kilobytes; far more is not one, and is not decoded."""
MAX_THUMBNAIL_PX = (320, 180)
"""The largest picture decoded (the whole screen), checked in the PNG header first, so a
small file that claims to be a huge image never reaches the decoder."""
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def slot_name(slot: str) -> str:
    return "Autosave" if slot == AUTO_SLOT else f"Slot {slot}"


def short_local_time(saved_at: str | None) -> str:
    """An ISO 8601 time (UTC in saves) as local "2045-03-12 07:15"; unreadable text as is."""
    if not saved_at:
        return ""
    try:
        moment = datetime.fromisoformat(saved_at)
    except ValueError:
        return saved_at
    if moment.tzinfo is not None:
        moment = moment.astimezone()  # to the player's local time
    return moment.strftime("%Y-%m-%d %H:%M")


def png_size(data: bytes) -> tuple[int, int] | None:
    """The width and height a PNG's header says, or None if `data` does not begin as a PNG
    (the signature, then the IHDR chunk, which the format puts first)."""
    if len(data) < 24 or not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        return None
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def decode_thumbnail(data: bytes) -> pygame.Surface | None:
    """The picture in a save's thumbnail bytes, or None if there is none to show: no bytes,
    too many, not a PNG, a size no thumbnail has, or a PNG that does not decode."""
    if not data or len(data) > MAX_THUMBNAIL_BYTES:
        return None
    size = png_size(data)
    if size is None or not (0 < size[0] <= MAX_THUMBNAIL_PX[0] and 0 < size[1] <= MAX_THUMBNAIL_PX[1]):
        return None
    try:
        image = pygame.image.load(io.BytesIO(data), "thumbnail.png")
    except Exception:  # any bytes may be in a file: a picture that fails is just not shown
        return None
    return image if image.get_size() == size else None


def fit_thumbnail(image: pygame.Surface, box: tuple[int, int]) -> pygame.Surface:
    """`image` made to fill `box` as far as it can without changing its shape: by a whole
    number when it fits (the game's own 80x45 doubles, crisp), otherwise scaled down."""
    w, h = image.get_size()
    times = min(box[0] // w, box[1] // h)
    if times >= 1:
        return pygame.transform.scale_by(image, times)
    ratio = min(box[0] / w, box[1] / h)
    return pygame.transform.scale(image, (max(1, int(w * ratio)), max(1, int(h * ratio))))


def fit_text(font: PixelFont, text: str, width_px: int) -> str:
    """`text` cut to `width_px` with an ellipsis, if it is wider."""
    if font.measure(text) <= width_px:
        return text
    while text and font.measure(text + "…") > width_px:
        text = text[:-1]
    return text.rstrip() + "…"


@dataclass(frozen=True)
class DetailLine:
    """A line of the panel beside the list. `label` is drawn before the text, quieter."""

    text: str
    style: Literal["heading", "warning", "plain", "quiet"] = "plain"
    label: str = ""


def slot_details(summary: Any, mode: Mode) -> list[DetailLine]:
    """What the panel says about a slot (a game.save.SlotSummary), top to bottom."""
    if summary.status == "ok":
        chapter = chapter_title(summary.chapter)
        lines = [DetailLine(chapter, "heading")] if chapter else []
        lines.append(DetailLine(summary.title or "", "plain" if chapter else "heading"))
        lines.append(DetailLine(short_local_time(summary.saved_at), "plain", "Saved"))
        lines.append(DetailLine(format_play_time(summary.play_time_s), "plain", "Played"))
        return lines
    if summary.status == "empty":
        if mode == "load":
            return [DetailLine("Empty slot", "heading")]
        note = "Written by the game itself" if summary.slot == AUTO_SLOT else "Choose to save here"
        return [DetailLine("Empty slot", "heading"), DetailLine(note, "quiet")]
    lines = [DetailLine(STATUS_LABELS.get(summary.status, summary.status), "warning")]
    if summary.has_backup:
        lines.append(DetailLine(short_local_time(summary.backup_saved_at), "plain", "Older copy"))
        lines.append(DetailLine("Choose to load it" if mode == "load" else "It is kept", "quiet"))
    return lines


def card_text(summary: Any | None, picture: pygame.Surface | None) -> str:
    """What the blank picture says: "no picture" for a good save without a usable one, and
    for a slot that cannot be used, the reason in full (the lines below say it in short)."""
    if summary is None or picture is not None or summary.status == "empty":
        return ""
    return "no picture" if summary.status == "ok" else str(summary.message)


def draw_blank_picture(surface: pygame.Surface, assets: Any, box: pygame.Rect, text: str = "") -> None:
    """The picture of a slot without one: a quiet hatched card, with `text` in the middle
    (wrapped; as many lines as fit)."""
    surface.fill(assets.colour("night-1"), box)
    hatch = assets.colour("night-2")
    clip = surface.get_clip()
    surface.set_clip(box.clip(clip) if clip else box)
    for offset in range(-box.h, box.w, 8):
        pygame.draw.line(surface, hatch, (box.x + offset, box.bottom - 1), (box.x + offset + box.h, box.y - 1))
    surface.set_clip(clip)
    font = assets.font
    lines = font.wrap(text, box.w - 12) if text else []
    fits = (box.h - 8) // font.line_height
    if len(lines) > fits:
        lines = [*lines[: fits - 1], fit_text(font, lines[fits - 1] + " …", box.w - 12)]
    y = box.centery - font.text_height(len(lines)) // 2
    for line in lines:
        at = (box.centerx - font.measure(line) // 2, y)
        font.draw(surface, line, at, assets.colour("steel-4"), shadow=assets.colour("ink"))
        y += font.line_height


class SaveLoadMenu(ScreenMenu):
    """mode="save" writes the game into a slot, mode="load" loads one."""

    width_px = LIST_W_PX
    row_h = 26
    max_rows = 5

    def __init__(self, services: Services, mode: Mode = "load") -> None:
        super().__init__(services, "Save game" if mode == "save" else "Load game")
        self.mode: Mode = mode
        self.summaries: list[Any] = []
        self.thumbnails: dict[bytes, pygame.Surface | None] = {}
        """Each slot's picture fitted to THUMBNAIL_BOX (None: none to show), by its bytes:
        decoded when the list is built, and kept while the same bytes are listed."""

    def build_items(self) -> list[MenuItem]:
        self.summaries = self.saves()
        kept = self.thumbnails
        self.thumbnails = {}
        for summary in self.summaries:
            data = summary.thumbnail_png if summary.status == "ok" else b""
            if data and data not in self.thumbnails:
                self.thumbnails[data] = kept[data] if data in kept else self._decode(data)
        items = [self._item(summary) for summary in self.summaries]
        items.append(MenuItem("Back", self.close))
        return items

    @staticmethod
    def _decode(data: bytes) -> pygame.Surface | None:
        image = decode_thumbnail(data)
        return fit_thumbnail(image, THUMBNAIL_BOX.size) if image is not None else None

    def _item(self, summary: Any) -> MenuItem:
        name = slot_name(summary.slot)
        ok = summary.status == "ok"
        if ok:
            sub = chapter_title(summary.chapter) or summary.title or ""
        else:
            sub = SHORT_STATUS.get(summary.status, summary.status)
        # The list is narrow: the label starts 14 px in and the icon takes the right end.
        sub = fit_text(self.services.assets.font, sub, LIST_W_PX - 2 * 6 - 14 - 24)
        muted = (not ok and not summary.has_backup) if self.mode == "load" else summary.slot == AUTO_SLOT
        icon = SAVE_ICON if ok else (None if summary.status == "empty" else BAD_ICON)
        return MenuItem(name, partial(self._pick, summary), sub=sub, muted=muted, icon=icon)

    # -- drawing ------------------------------------------------------------------------
    def panel_rect(self, surface: pygame.Surface) -> pygame.Rect:
        """The list, on the left; the selected slot's panel is beside it."""
        return pygame.Rect(MARGIN_PX, PANELS_TOP_PX, LIST_W_PX, PANELS_H_PX)

    def draw_item(self, surface: pygame.Surface, item: MenuItem, row: pygame.Rect, selected: bool) -> None:
        """A slot takes two lines; Back, one (its bar no taller than in any other menu)."""
        if not item.sub:
            row = pygame.Rect(row.x, row.y, row.w, ROW_H_PX + 2)
        super().draw_item(surface, item, row, selected)

    def selected_summary(self) -> Any | None:
        """The slot under the cursor (None on Back)."""
        return self.summaries[self.cursor] if 0 <= self.cursor < len(self.summaries) else None

    def thumbnail_of(self, summary: Any) -> pygame.Surface | None:
        """The slot's picture as drawn (fitted to THUMBNAIL_BOX), or None for the blank one."""
        return self.thumbnails.get(summary.thumbnail_png) if summary.status == "ok" else None

    def draw_background(self, surface: pygame.Surface) -> None:
        """The sky, then the selected slot's panel: drawn before the list, so a notice
        covers both."""
        super().draw_background(surface)
        assets = self.services.assets
        assets.skin.menu.draw(surface, DETAILS_RECT)
        summary = self.selected_summary()
        picture = self.thumbnail_of(summary) if summary is not None else None
        self._draw_picture(surface, picture, card_text(summary, picture))
        if summary is not None:
            self._draw_lines(surface, slot_details(summary, self.mode))

    def _draw_picture(self, surface: pygame.Surface, picture: pygame.Surface | None, blank_text: str) -> None:
        assets = self.services.assets
        box = THUMBNAIL_BOX
        pygame.draw.rect(surface, assets.colour("ink"), box.inflate(4, 4))
        pygame.draw.rect(surface, assets.colour("steel-2"), box.inflate(2, 2), 1)
        if picture is None:
            draw_blank_picture(surface, assets, box, blank_text)
            return
        surface.fill(assets.colour("ink"), box)
        surface.blit(picture, picture.get_rect(center=box.center))

    def _draw_lines(self, surface: pygame.Surface, lines: list[DetailLine]) -> None:
        """The lines under the picture, wrapped, at most DETAIL_LINES of them (the last
        cut with an ellipsis); labels ("Saved", "Played") in a column of their own."""
        assets = self.services.assets
        font, bold, ink = assets.font, assets.bold_font, assets.colour("ink")
        x, width = THUMBNAIL_BOX.x, THUMBNAIL_BOX.w
        label_w = max((font.measure(line.label) + 5 for line in lines if line.label), default=0)
        rows: list[tuple[DetailLine, str, bool]] = []
        for line in lines:
            face = bold if line.style in ("heading", "warning") else font
            room = width - (label_w if line.label else 0)
            wrapped = face.wrap(line.text, room) or [""]
            rows += [(line, text, n == 0) for n, text in enumerate(wrapped)]
        if len(rows) > DETAIL_LINES:
            rows = rows[:DETAIL_LINES]
            line, text, first = rows[-1]
            rows[-1] = (line, text + " …", first)
        y = THUMBNAIL_BOX.bottom + 6
        for line, text, first in rows:
            heading = line.style in ("heading", "warning")
            face = bold if heading else font
            left = x + (label_w if line.label else 0)
            if line.label and first:
                font.draw(surface, line.label, (x, y), assets.colour("steel-3"), shadow=ink)
            shown = fit_text(face, text, x + width - left)
            face.draw(surface, shown, (left, y), assets.colour(DETAIL_COLOURS[line.style]), shadow=ink)
            y += face.line_height + (2 if heading else 1)

    def _pick(self, summary: Any) -> None:
        if self.mode == "load":
            self._load(summary)
        else:
            self._save(summary)

    def _load(self, summary: Any) -> None:
        name = slot_name(summary.slot)
        if summary.status == "empty":
            self.notice = f"{name} is empty."
            return
        if summary.status != "ok":
            why = summary.message or STATUS_LABELS.get(summary.status, summary.status)
            self._offer_backup(summary, f"{name} cannot be loaded: {why}")
            return
        message = self.flow.load_game(summary.slot)
        if message:
            self._offer_backup(summary, message)
        else:
            self.close()  # the game usually replaced every scene already; then this does nothing

    def _offer_backup(self, summary: Any, why: str) -> None:
        """Say why a slot cannot be loaded and, if its previous save is kept, offer it."""
        self.notice = why
        if not summary.has_backup:
            return
        when = short_local_time(summary.backup_saved_at)
        question = f"Load the older copy from {when}?" if when else "Load the older copy?"
        self.stack.push(ConfirmMenu(self.services, question, partial(self._load_backup, summary), yes="Load it"))

    def _load_backup(self, summary: Any) -> None:
        message = self.flow.load_game(summary.slot, backup=True)
        if message:
            self.notice = f"The older copy cannot be loaded either: {message}"
            self.refresh()
        else:
            self.close()

    def _save(self, summary: Any) -> None:
        if summary.slot == AUTO_SLOT:
            self.notice = "The autosave is written by the game itself. Choose slot 1, 2 or 3."
            return
        if summary.status == "empty":
            self._write(summary.slot)
            return
        name = slot_name(summary.slot)
        question = f"Save over {name}?" if summary.status == "ok" else f"Replace {name}? (the bad file is kept aside)"
        self.stack.push(ConfirmMenu(self.services, question, lambda: self._write(summary.slot), yes="Save over it"))

    def _write(self, slot: str) -> None:
        message = self.flow.save_game(slot)
        if message:
            self.notice = message
        else:
            self.sfx("save")
            self.notice = f"Saved in {slot_name(slot)}."
        self.refresh()
