"""Route steps through the game's menus by their keys, as a player goes: a new game from the
title, saving and loading in a slot, quitting to the title. So a route proves the menus as
well as the story, and its play is all keys: its replay (`--record`) plays back exactly.
The runner (game.tools.route.Runner) mixes these steps in."""

from __future__ import annotations

from game.input import Action
from game.save import SLOTS
from game.scenes.content_note import ContentNote
from game.scenes.explore import ExploreScene
from game.scenes.menu_base import ConfirmMenu, Menu
from game.scenes.menu_saves import AUTO_SLOT, slot_name
from game.scenes.menus import TitleScreen
from game.tools.route_party import STEP_LIMIT_FRAMES, RouteError
from game.tools.route_setup import SetupSteps

MENU_PRESS_FRAMES = 2
"""Steps a menu key is given (pressed, then one at rest) before the next."""


class MenuSteps(SetupSteps):
    """new_game, save, load and quit_to_title by the menus' keys. The runner provides
    `settle` (besides what the steps it builds on need)."""

    def settle(self, frames: int = STEP_LIMIT_FRAMES) -> None:
        raise NotImplementedError

    def menu(self) -> Menu:
        top = self.top
        if not isinstance(top, Menu):
            raise RouteError(f"expected a menu on screen, not {type(top).__name__}")
        return top

    def tap(self, action: Action) -> None:
        self.frame({action})
        for _ in range(MENU_PRESS_FRAMES - 1):
            self.frame()

    def pick(self, label: str) -> None:
        """Move the cursor of the menu on top to the item named `label` and take it."""
        menu = self.menu()
        labels = [item.label for item in menu.items]
        if label not in labels:
            raise RouteError(f"no {label!r} in the menu {menu.title!r} ({', '.join(labels)})")
        for _ in range(2 * len(labels)):
            if menu.items[menu.cursor].label == label:
                break
            self.tap(Action.DOWN)
        else:
            raise RouteError(f"the cursor of the menu {menu.title!r} never reaches {label!r} (is it greyed out?)")
        self.tap(Action.INTERACT)
        self.settle()

    def confirm(self) -> None:
        """If a yes/no question is up, answer yes."""
        top = self.top
        if isinstance(top, ConfirmMenu):
            self.pick(top.items[0].label)

    def back_to_play(self) -> None:
        """Close the menus (cancel) until the game is on screen again."""
        for _ in range(8):
            if not isinstance(self.top, Menu):
                return
            self.tap(Action.CANCEL)
        raise RouteError("the menus never closed")

    def pause(self) -> Menu:
        if not isinstance(self.top, ExploreScene):
            raise RouteError(f"the pause menu opens while walking, not at {type(self.top).__name__}")
        self.tap(Action.MENU)
        return self.menu()

    # -- the steps -------------------------------------------------------------------------
    def keyed_new_game(self) -> None:
        if not isinstance(self.top, TitleScreen):
            raise RouteError("new_game needs the title screen")
        self.pick("New game")
        for _ in range(4):  # the content note: the first press shows it all, the next begins
            if not isinstance(self.top, ContentNote):
                return
            self.tap(Action.INTERACT)
        raise RouteError("the content note never let the game begin")

    def save(self, args: list[str]) -> str:
        slot = args[0]
        if slot not in SLOTS or slot == AUTO_SLOT:
            raise RouteError(f"save needs slot 1, 2 or 3 (the game writes the autosave itself, at doors), not {slot!r}")
        self.pause()
        self.pick("Save")
        self.pick(slot_name(slot))
        self.confirm()
        notice = self.menu().notice
        if notice != f"Saved in {slot_name(slot)}.":
            raise RouteError(f"the save menu says: {notice or 'nothing'}")
        self.back_to_play()
        return f"saved to slot {slot} (pause menu, Save)"

    def load(self, args: list[str]) -> str:
        slot = args[0]
        if slot not in SLOTS:
            raise RouteError(f"load needs slot 1, 2, 3 or auto, not {slot!r}")
        if not isinstance(self.top, TitleScreen | ExploreScene):
            # No menu opens here (a card, a dialogue): loaded as the game would, without keys,
            # so this route's replay starts again once the game rests after it.
            message = self.app.session.load_game(slot)
            if message:
                raise RouteError(message)
            self.app.session.opened = None  # not a load the replay's keys make
            if self.app.recorder is not None:
                self.app.recorder.start_afresh()
            self.frame()
            return f"loaded slot {slot} (directly: no menu opens over {type(self.top).__name__})"
        where = "title" if isinstance(self.top, TitleScreen) else "pause menu"
        if where == "pause menu":
            self.pause()
        self.pick("Load")
        self.pick(slot_name(slot))
        self.confirm()
        if not isinstance(self.top, ExploreScene):
            notice = self.top.notice if isinstance(self.top, Menu) else ""
            raise RouteError(f"slot {slot} did not load: {notice or type(self.top).__name__}")
        self.frame()
        return f"loaded slot {slot} ({where}, Load)"

    def quit_to_title(self, args: list[str]) -> str:
        self.pause()
        self.pick("Quit to title")
        self.confirm()
        if not isinstance(self.top, TitleScreen):
            raise RouteError(f"not at the title after quitting, but at {type(self.top).__name__}")
        self.frame()
        return "back at the title (pause menu, Quit to title)"
