"""Bug reports: a folder a player can send, from which a developer sees and replays what
happened. The crash screen writes one by itself; the pause menu's "Report a problem" writes
one on request. It holds:

- `play.replay`: the play so far, up to the end of the step that asked for the report (see
  game/replay.py): `lullaby --replay play.replay`;
- `last_save.json`: the newest save in the saves folder, if there is one;
- `log.txt`: the game's recent log lines (and the whole error, after a crash);
- `screenshot.png`: the last picture drawn, at 320x180;
- `settings.json`, `version.txt` (the game's, Python's, pygame's and SDL's versions, the system);
- `README.txt`: what all this is, in plain words.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
import time
from collections import deque
from typing import TYPE_CHECKING

import pygame

from game import __version__
from game.storage import atomic_write

if TYPE_CHECKING:
    from game.app import App

REPORT_FOLDER = "reports"
LOG_LINES = 400
"""How many recent log lines a report keeps."""
README = """This folder is a bug report from Lullaby Protocol {version}.

Please send the whole folder to the developers (zip it first), with a line on what you were
doing and what went wrong. It holds no personal files: the play as the keys pressed it
(play.replay), your newest save, the game's log, a screenshot and your settings.

For the developers: `lullaby --replay play.replay` plays it again, step for step, and says
whether it ends where the player's game did. {why}
"""


class RecentLog(logging.Handler):
    """The game's last LOG_LINES log lines, kept in memory for a bug report. One per process
    (`installed()`), on the root logger."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: deque[str] = deque(maxlen=LOG_LINES)
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(self.format(record))
        except Exception:  # a log line that cannot be formatted must not stop the game
            self.handleError(record)

    @classmethod
    def installed(cls) -> RecentLog:
        root = logging.getLogger()
        for handler in root.handlers:
            if isinstance(handler, cls):
                return handler
        handler = cls()
        root.addHandler(handler)
        if root.level > logging.INFO or root.level == logging.NOTSET:
            root.setLevel(logging.INFO)
        return handler


def write_report(app: App, why: str, error_text: str | None = None) -> str | None:
    """Write a bug report folder beside the saves; its path, or None if the disk refused
    (the log says why). `why` is a line on what led to it; `error_text` the whole error."""
    saves = app.session.saves.folder
    stamp = time.strftime("%Y%m%d-%H%M%S")
    folder = os.path.join(saves, REPORT_FOLDER, f"report-{stamp}")
    suffix = 1
    while os.path.exists(folder):
        suffix += 1
        folder = os.path.join(saves, REPORT_FOLDER, f"report-{stamp}-{suffix}")
    try:
        os.makedirs(folder)
        app.replay_after_step(os.path.join(folder, "play.replay"))  # a report is asked for within a step
        newest = _newest_save(saves)
        if newest is not None:
            with open(newest, "rb") as handle:
                atomic_write(os.path.join(folder, "last_save.json"), handle.read())
        lines = list(RecentLog.installed().lines)
        text = "\n".join(lines) + ("\n\n" + error_text if error_text else "") + "\n"
        atomic_write(os.path.join(folder, "log.txt"), text.encode("utf-8"))
        pygame.image.save(app.internal, os.path.join(folder, "screenshot.png"))
        atomic_write(os.path.join(folder, "settings.json"), app.services.settings.to_json())
        atomic_write(os.path.join(folder, "version.txt"), _versions().encode("utf-8"))
        atomic_write(os.path.join(folder, "README.txt"), README.format(version=__version__, why=why).encode("utf-8"))
    except (OSError, pygame.error) as exc:
        logging.getLogger(__name__).warning("the bug report could not be written to %s: %s", folder, exc)
        return None
    return folder


def _newest_save(folder: str) -> str | None:
    try:
        names = [n for n in os.listdir(folder) if n.startswith("slot_") and n.endswith(".json") and ".bak" not in n]
    except OSError:
        return None
    paths = [os.path.join(folder, n) for n in names]
    return max(paths, key=os.path.getmtime, default=None)


def _versions() -> str:
    return (
        f"Lullaby Protocol {__version__}\n"
        f"Python {sys.version.split()[0]}\n"
        f"pygame-ce {pygame.version.ver} (SDL {'.'.join(map(str, pygame.get_sdl_version()))})\n"
        f"{platform.platform()}\n"
    )
