"""A small least-recently-used cache: what the interface draws every frame is made once and
kept, and what is shown once ages out (game/ui/font.py, game/ui/nineslice.py)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class LruCache(Generic[K, V]):
    """A mapping that holds at most `max_entries` values and forgets the one used least
    recently first.

    What the interface draws every frame stays found; text that is shown once (a typed-out
    prefix, a passing notice) ages out, so memory stays bounded however long the game runs.
    Values are never None: `get` answers None for a key it does not hold.
    """

    def __init__(self, max_entries: int) -> None:
        if max_entries < 1:
            raise ValueError(f"a cache must hold at least one entry, not {max_entries}")
        self.max_entries = max_entries
        self._entries: OrderedDict[K, V] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key: K) -> bool:
        return key in self._entries

    def get(self, key: K) -> V | None:
        """The value kept for `key` (now the most recently used), or None."""
        value = self._entries.get(key)
        if value is not None:
            self._entries.move_to_end(key)
        return value

    def put(self, key: K, value: V) -> V:
        """Keep `value` for `key`, forgetting the least recently used entry if full; return
        `value`, so a miss reads `value = cache.put(key, make())`."""
        self._entries[key] = value
        self._entries.move_to_end(key)
        if len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)
        return value
