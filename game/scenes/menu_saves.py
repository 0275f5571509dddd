"""The save and load menus: the four slots (1, 2, 3 and the autosave) with where, in which
chapter, when and how long, and a plain label for a slot that cannot be used.

Saving over a slot that holds anything asks first; the autosave slot is the game's own and
cannot be saved into. A slot that cannot be loaded says why in a message and the menu stays;
if the slot's previous save (the backup) loads, the menu offers it, and loading it makes it
the slot's save again (the file that failed is kept aside).
"""

from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any, Literal

from game.save import format_play_time
from game.scenes.menu_base import ConfirmMenu, MenuItem, ScreenMenu
from game.story.chapters import chapter_title

if TYPE_CHECKING:
    from game.scenes.services import Services

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
SAVE_ICON = ("actions", 6)
"""skin.icons: a floppy disk beside a good save, a red X beside one that cannot be used
(a shape as well as a colour)."""
BAD_ICON = ("actions", 1)


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


class SaveLoadMenu(ScreenMenu):
    """mode="save" writes the game into a slot, mode="load" loads one."""

    width_px = 284
    row_h = 22
    max_rows = 5

    def __init__(self, services: Services, mode: Mode = "load") -> None:
        super().__init__(services, "Save game" if mode == "save" else "Load game")
        self.mode: Mode = mode
        self.summaries: list[Any] = []

    def build_items(self) -> list[MenuItem]:
        self.summaries = self.saves()
        items = [self._item(summary) for summary in self.summaries]
        items.append(MenuItem("Back", self.close))
        return items

    def _item(self, summary: Any) -> MenuItem:
        name = slot_name(summary.slot)
        ok = summary.status == "ok"
        if ok:
            label = f"{name}  {summary.title or ''}".rstrip()
            sub = f"{short_local_time(summary.saved_at)}   played {format_play_time(summary.play_time_s or 0.0)}"
            chapter = chapter_title(summary.chapter)
            if chapter:
                sub = f"{chapter}   {sub}"
        else:
            label = f"{name}  {STATUS_LABELS.get(summary.status, summary.status)}"
            sub = ""
            if summary.has_backup:
                when = short_local_time(summary.backup_saved_at)
                sub = f"older copy from {when} - choose to load it" if self.mode == "load" else "an older copy is kept"
        muted = (not ok and not summary.has_backup) if self.mode == "load" else summary.slot == AUTO_SLOT
        icon = SAVE_ICON if ok else (None if summary.status == "empty" else BAD_ICON)
        return MenuItem(label, partial(self._pick, summary), sub=sub, muted=muted, icon=icon)

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
