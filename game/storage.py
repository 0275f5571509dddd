"""Writing files so that a crash never leaves a half-written one, and finding where the
player's files live."""

from __future__ import annotations

import glob
import os
import tempfile

import platformdirs

APP_NAME = "LullabyProtocol"
TEMP_PREFIX = ".tmp-"
"""How atomic_write names its temporary files: TEMP_PREFIX + random + the target's name."""


def user_config_dir() -> str:
    """Where settings live (e.g. ~/.config/LullabyProtocol on Linux)."""
    return platformdirs.user_config_dir(APP_NAME, appauthor=False)


def user_data_dir() -> str:
    """Where the player's data such as saves live (e.g. ~/.local/share/LullabyProtocol)."""
    return platformdirs.user_data_dir(APP_NAME, appauthor=False)


def atomic_write(path: str, data: bytes) -> None:
    """Write `data` to `path` atomically: a temporary file in the same folder is written,
    flushed and fsynced, then renamed over `path`. A reader sees the old or the new file,
    never a mix, even if the process dies in between."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=os.path.basename(path), dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable where the OS allows
        dir_fd = os.open(folder, os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def keep_damaged(path: str) -> str:
    """Move a damaged file aside (never delete it) and return where it went."""
    base = f"{path}.damaged"
    target, n = base, 1
    while os.path.exists(target):
        n += 1
        target = f"{base}-{n}"
    os.replace(path, target)
    return target


def remove_stale_temps(path: str) -> list[str]:
    """Remove the temporary files that interrupted atomic_write(path, ...) calls left behind
    (a process killed before its rename) and return them. They are never the real file, so
    nothing is lost; call this only when no other write to `path` is in progress."""
    folder, name = os.path.split(os.path.abspath(path))
    removed: list[str] = []
    for temp in glob.glob(os.path.join(glob.escape(folder), glob.escape(TEMP_PREFIX) + "*" + glob.escape(name))):
        try:
            os.unlink(temp)
        except FileNotFoundError:
            continue
        removed.append(temp)
    return removed
