"""Seeded random damage to real saves and settings: whatever the mutation, the game either
loads the file or refuses it cleanly (a message, the game as it was, the bytes kept). The
seeds are fixed, so a failure replays exactly; the case that failed is in the assertion."""

from __future__ import annotations

import copy
import json
import math
import random
from pathlib import Path
from typing import Any

import pygame
import pytest

from game.app import App, parse_args
from game.input import Input, clean_bindings
from game.save import SaveError, SaveStore
from game.settings import NUMBER_RANGES, Settings, SettingsStore

SAVE_MUTATIONS = 500
"""Enough to reach each outcome many times (about 80 loaded, 230 refused, 190 unreadable)."""
SETTINGS_MUTATIONS = 2000

ODD_VALUES: tuple[Any, ...] = (
    None, True, False, 0, -1, 1, 2**31, -(2**63), 10**30, 0.5, -0.0, 1e308, math.nan, math.inf, -math.inf,
    "", "x", "../../etc/passwd", "mara", "down", "\x00", "☾" * 300, [], [0], [1, 2], [[0, 0]], {}, {"a": 1},
    [[[[[[]]]]]],
)  # fmt: skip


def paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON document a value can be put."""
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += paths(value, (*prefix, index))
    return found


def mutate(doc: Any, rng: random.Random) -> bytes:
    """One random change: a value replaced or removed, a key added, or the bytes damaged."""
    kind = rng.random()
    if kind < 0.2:
        data = json.dumps(doc).encode()
        how = rng.randrange(3)
        if how == 0:
            return data[: rng.randrange(len(data))]
        position = rng.randrange(len(data))
        if how == 1:
            return data[:position] + bytes([rng.randrange(256)]) + data[position + 1 :]
        return data[:position] + data[position + rng.randrange(1, 20) :]
    doc = copy.deepcopy(doc)
    where = rng.choice(paths(doc)[1:])
    parent: Any = doc
    for key in where[:-1]:
        parent = parent[key]
    last = where[-1]
    if kind < 0.35 and isinstance(parent, dict):
        del parent[last]
    elif kind < 0.45 and isinstance(parent, dict):
        parent[rng.choice(["extra", "version", "format", "puzzle", "keys"])] = rng.choice(ODD_VALUES)
    else:
        parent[last] = rng.choice(ODD_VALUES)
    return json.dumps(doc).encode()


@pytest.fixture(scope="module")
def real_saves(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    folder = tmp_path_factory.mktemp("real-saves")
    docs = []
    for map_name in ("mara_flat", "mara_corridor", "chaos_chamber", "dream_mara_2"):
        app = App(parse_args(["--settings", str(folder / "s.json"), "--save-dir", str(folder), "--map", map_name]))
        for _ in range(3):
            app.frame(None)
        assert app.session.save_game("1") is None
        docs.append(json.loads((folder / "slot_1.json").read_text(encoding="utf-8")))
        pygame.quit()
    return docs


def test_randomly_damaged_saves_load_or_are_refused_cleanly(real_saves: list[dict[str, Any]], tmp_path: Path) -> None:
    rng = random.Random(20451203)
    app = App(parse_args(["--settings", str(tmp_path / "s.json"), "--save-dir", str(tmp_path / "saves")]))
    store = SaveStore(tmp_path / "saves")
    outcomes = {"loaded": 0, "refused": 0, "unreadable": 0}
    for n in range(SAVE_MUTATIONS):
        data = mutate(rng.choice(real_saves), rng)
        Path(store.path("2")).parent.mkdir(exist_ok=True)
        Path(store.path("2")).write_bytes(data)
        assert len(store.summaries()) == 4
        app.session.quit_to_title()
        before = list(app.services.scenes._scenes)
        try:
            game = store.load("2")
        except SaveError as exc:
            assert exc.message, n
            outcomes["unreadable"] += 1
            continue
        message = app.session.open_save(game)
        if message is None:
            outcomes["loaded"] += 1
            app.frame(None)
        else:
            assert app.services.scenes._scenes == before, (n, message)
            outcomes["refused"] += 1
        assert Path(store.path("2")).read_bytes() == data, n
    assert min(outcomes.values()) > 10, outcomes  # the mutations reach every outcome
    pygame.quit()


def test_randomly_damaged_settings_always_give_usable_settings(tmp_path: Path) -> None:
    rng = random.Random(451)
    pygame.init()
    good = json.loads(Settings().to_json())
    path = tmp_path / "settings.json"
    for n in range(SETTINGS_MUTATIONS):
        for old in tmp_path.iterdir():
            old.unlink()
        data = mutate(good, rng)
        path.write_bytes(data)
        store = SettingsStore(str(path))
        settings = store.load()
        store.note(clean_bindings(settings))
        Input(settings)  # every binding left is a real key or button
        for name, (low, high) in NUMBER_RANGES.items():
            value = getattr(settings, name)
            assert type(value) is type(getattr(Settings(), name)) and low <= value <= high, (n, name, value)
        assert all(settings.keys[action] for action in settings.keys), n
        kept = path if path.exists() else tmp_path / "settings.json.damaged"
        assert kept.read_bytes() == data, n
        if store.warning is None and not store.notices:  # then the file is taken as written
            for key, value in json.loads(data).items():
                if key == "version":
                    continue
                held = getattr(settings, key)
                assert held == ({**held, **value} if isinstance(held, dict) else value), (n, key)
    pygame.quit()


def test_some_randomly_damaged_settings_start_the_real_game(tmp_path: Path) -> None:
    rng = random.Random(7)
    good = json.loads(Settings().to_json())
    for n in range(15):
        folder = tmp_path / str(n)
        folder.mkdir()
        (folder / "settings.json").write_bytes(mutate(good, rng))
        app = App(parse_args(["--settings", str(folder / "settings.json"), "--save-dir", str(folder / "saves")]))
        for _ in range(5):
            app.frame(None)
        assert app.running
        pygame.quit()
