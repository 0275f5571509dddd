"""Replays: a play is recorded as it runs (the actions of each step, from the launch or from
the last save opened) and `lullaby --replay FILE` plays it back to the same end; a file that
is damaged, foreign or from a newer game is refused, naming the file, never with a traceback."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

import game.recording
from game.app import App, main, parse_args
from game.input import Action
from game.replay import ACTIONS, Replay, ReplayError, Runs
from game.tools.route import run_route

ROUTES = Path(__file__).resolve().parent / "routes"


class Player:
    """Plays the game by its keys only, as a person would (so the recording holds it all)."""

    def __init__(self, folder: Path) -> None:
        options = ["--settings", str(folder / "s.json"), "--save-dir", str(folder / "saves"), "--seed", "5"]
        self.app = App(parse_args(options))
        self.folder = folder

    def press(self, *actions: Action, held: tuple[Action, ...] = (), steps: int = 6) -> None:
        self.app.inject(set(actions), set(held))
        for _ in range(steps):
            self.app.frame(None)

    @property
    def top(self) -> str:
        return type(self.app.services.scenes.top).__name__

    def choose(self, label: str) -> None:
        """Move the menu's cursor down to the item starting with `label`, and take it."""
        for _ in range(20):
            menu = self.app.services.scenes.top
            if menu.items[menu.cursor].label.startswith(label):  # type: ignore[union-attr]
                self.press(Action.INTERACT)
                return
            self.press(Action.DOWN)
        raise AssertionError(f"no {label!r} in the menu")

    def new_game_until_walking(self) -> None:
        self.choose("New game")
        for _ in range(400):  # the content note, the card, the first talk (first answers)
            if self.top == "ExploreScene":
                return
            self.press(Action.INTERACT, steps=20)
        raise AssertionError(f"never walking; at {self.top}")

    def save_in_slot_1(self) -> None:
        """The pause menu's Save, slot 1, then back to walking."""
        self.press(Action.MENU)
        self.choose("Save")
        self.choose("Slot 1")
        for _ in range(5):
            if self.top == "ExploreScene":
                return
            self.press(Action.CANCEL)

    def save_in_slot_1_quit_and_load_it(self) -> None:
        self.save_in_slot_1()
        self.press(held=(Action.RIGHT,), steps=50)  # after the save: lost by quitting
        self.press(Action.MENU)
        self.choose("Quit to title")
        self.choose("Quit")
        assert self.top == "TitleScreen"
        self.choose("Load")
        self.choose("Slot 1")
        assert self.top == "ExploreScene"


@pytest.fixture
def player(tmp_path: Path) -> Iterator[Player]:
    yield Player(tmp_path / "played")
    pygame.quit()


def replay_says(path: str, capsys: pytest.CaptureFixture[str], *more: str) -> tuple[int, str, str]:
    pygame.quit()
    code = main(["--replay", path, *more])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_play_across_a_save_and_a_load_replays_to_the_same_end(player: Player, capsys) -> None:
    player.new_game_until_walking()
    player.press(held=(Action.LEFT,), steps=40)
    player.save_in_slot_1_quit_and_load_it()
    player.press(held=(Action.UP,), steps=45)
    path = player.app.write_replay()
    assert path is not None and path.endswith("latest.replay")
    recorded = Replay.read(path)
    assert recorded.start.kind == "launch" and recorded.inputs.count == player.app.services.steps
    assert recorded.end is not None and recorded.end["map"] and recorded.end["story"]
    code, out, _ = replay_says(path, capsys, "--fast")
    assert code == 0, out
    assert out.strip().endswith(f"{recorded.inputs.count} steps: it ended as recorded")


def test_a_recorded_route_replays_to_the_same_state(tmp_path: Path, capsys) -> None:
    """The start of morning_office: a new game, the first talk, saving, quitting to the title
    and loading by the menus' keys, then a walk out into the street."""
    lines = (ROUTES / "morning_office.route").read_text(encoding="utf-8").splitlines()
    end = lines.index("walk_to first_step") + 1
    assert {"new_game", "save 1", "quit_to_title", "load 1"} <= set(lines[:end])
    route = tmp_path / "start.route"
    route.write_text("\n".join(lines[:end]) + "\n", encoding="utf-8")
    said: list[str] = []
    replay = tmp_path / "start.replay"
    assert run_route(str(route), said.append, record=str(replay)), said
    steps = int(said[-1].split("done after ")[1].split()[0])
    assert Replay.read(str(replay)).inputs.count == steps
    code, out, _ = replay_says(str(replay), capsys, "--fast")
    assert code == 0 and out.strip().endswith(f"{steps} steps: it ended as recorded")


def test_a_long_play_that_opens_no_save_still_drops_its_oldest_part_and_replays(
    player: Player, capsys, monkeypatch
) -> None:
    monkeypatch.setattr(game.recording, "KEEP_S", 1.0)  # older than a second of play: dropped
    monkeypatch.setattr(game.recording, "CHECKPOINT_EVERY_S", 0.5)  # at the next quiet step
    player.new_game_until_walking()
    for arrow in (Action.LEFT, Action.UP, Action.RIGHT, Action.DOWN):
        player.press(held=(arrow,), steps=40)
        player.press(steps=20)  # at rest: where the replay may start afresh
    path = player.app.write_replay()
    assert path is not None
    recorded = Replay.read(path)
    assert recorded.start.kind == "save" and recorded.start.save is not None
    assert set(recorded.start.live) == {"npcs", "bumped_into", "held_order", "anxiety"}
    assert 60 <= recorded.inputs.count < 90 < player.app.services.steps  # the last 1 to 1.5 s
    code, out, _ = replay_says(path, capsys, "--fast")
    assert code == 0 and "it ended as recorded" in out


def test_a_checkpoint_whose_characters_do_not_fit_the_map_is_refused_clearly(
    player: Player, capsys, monkeypatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(game.recording, "KEEP_S", 1.0)
    monkeypatch.setattr(game.recording, "CHECKPOINT_EVERY_S", 0.5)
    player.new_game_until_walking()
    player.press(held=(Action.LEFT,), steps=40)
    player.press(steps=80)
    path = player.app.write_replay()
    assert path is not None
    recorded = Replay.read(path)
    assert recorded.start.kind == "save"
    for damage in ({"npcs": [[0]] * (len(recorded.start.live["npcs"]) + 1)}, {"anxiety": "calm"}):
        recorded.start.live.update(damage)
        broken = tmp_path / "broken.replay"
        broken.write_bytes(recorded.to_bytes())
        code, _, err = replay_says(str(broken), capsys, "--fast")
        assert code == 2 and f"{broken}: cannot start where it was recorded:" in err, err


def test_a_recording_keeps_the_last_minutes_from_the_save_opened_before_them(
    player: Player, capsys, monkeypatch
) -> None:
    monkeypatch.setattr(game.recording, "KEEP_S", 1.0)  # a second of play: older parts go
    player.new_game_until_walking()
    player.save_in_slot_1_quit_and_load_it()
    player.press(held=(Action.UP,), steps=45)
    player.press(held=(Action.RIGHT,), steps=45)
    path = player.app.write_replay()
    assert path is not None
    recorded = Replay.read(path)
    # From the step after the load on: the rest of that key press (5 steps), then 90 of walking.
    assert recorded.start.kind == "save" and recorded.inputs.count == 5 + 90
    code, out, _ = replay_says(path, capsys, "--fast")
    assert code == 0 and "it ended as recorded" in out


def test_a_replay_that_ends_elsewhere_says_what_differs(player: Player, capsys, tmp_path: Path) -> None:
    player.new_game_until_walking()
    player.press(held=(Action.LEFT,), steps=40)
    path = player.app.write_replay()
    assert path is not None
    recorded = Replay.read(path)
    runs = recorded.inputs.runs
    left = 1 << ACTIONS.index("left")
    runs[-1][2] = 1 << ACTIONS.index("right") if runs[-1][2] == left else left  # walk the other way
    changed = tmp_path / "changed.replay"
    changed.write_bytes(recorded.to_bytes())
    code, out, _ = replay_says(str(changed), capsys, "--fast")
    assert code == 1
    assert "it ended differently from the recording" in out and "player: recorded" in out


def test_the_player_s_own_files_are_never_touched_by_a_replay(player: Player, capsys) -> None:
    player.new_game_until_walking()
    player.save_in_slot_1_quit_and_load_it()
    path = player.app.write_replay()
    assert path is not None
    saves = player.folder / "saves"
    before = {p.name: p.read_bytes() for p in saves.glob("*.json")}
    settings = (player.folder / "s.json").read_bytes() if (player.folder / "s.json").exists() else None
    code, _, _ = replay_says(path, capsys, "--fast")
    assert code == 0
    assert {p.name: p.read_bytes() for p in saves.glob("*.json")} == before
    assert ((player.folder / "s.json").read_bytes() if (player.folder / "s.json").exists() else None) == settings


def test_the_story_s_own_random_numbers_follow_the_game_seed(tmp_path: Path) -> None:
    def ink_seed(seed: str) -> int:
        options = ["--settings", str(tmp_path / "s.json"), "--save-dir", str(tmp_path / "saves"), "--seed", seed]
        story = App(parse_args(options)).services.story
        assert story is not None
        value: int = json.loads(story.save_state())["storySeed"]
        return value

    assert ink_seed("5") == ink_seed("5") == 5 and ink_seed("7") == 7  # not the clock's


def test_a_held_key_is_one_run_however_long_it_is_held() -> None:
    runs = Runs()
    for _ in range(600):
        runs.add(set(), {Action.RIGHT}, [])
    runs.add({Action.INTERACT}, set(), [("key", "return")])
    assert runs.runs == [[600, 0, 1 << ACTIONS.index("right")], [1, 1 << ACTIONS.index("interact"), 0]]
    steps = list(runs.steps())
    assert len(steps) == 601 and steps[0] == (set(), {Action.RIGHT}, [])
    assert steps[-1] == ({Action.INTERACT}, set(), [("key", "return")])
    later = runs.after(599)
    assert later.count == 2 and later.runs[0][0] == 1 and later.raw == [[1, "key", "return"]]


def gz(value: object) -> bytes:
    return gzip.compress(json.dumps(value).encode("utf-8"))


def a_replay_document(player: Player) -> dict:
    path = player.app.write_replay()
    assert path is not None
    document: dict = json.loads(gzip.decompress(Path(path).read_bytes()))
    return document


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda doc: b"just some text", "not a replay"),
        (lambda doc: gz(doc)[:60], "damaged: it cannot be unpacked"),
        (lambda doc: gzip.compress(b"\xff\xfe not text"), "damaged: not text inside"),
        (lambda doc: gzip.compress(b"{not json"), "damaged: not valid JSON inside"),
        (lambda doc: gz({"format": "lullaby-save", "version": 3}), "not a Lullaby Protocol replay"),
        (lambda doc: gz({**doc, "format_version": 99}), "made by a newer version of the game"),
        (lambda doc: gz({**doc, "actions": ["up", "down"]}), "its actions are not this game's"),
        (lambda doc: gz({**doc, "runs": [[0, 0, 0]]}), "a run of steps is out of range"),
        (lambda doc: gz({**doc, "runs": "many"}), "damaged: runs should not be str"),
        (lambda doc: gz({**doc, "steps": doc["steps"] + 1}), "steps but holds"),
        (lambda doc: gz({k: v for k, v in doc.items() if k != "seed"}), "damaged: seed is missing"),
        (lambda doc: gz({**doc, "start": {**doc["start"], "kind": "save"}}), "start.kind 'save' does not fit"),
    ],
    ids=[
        "text",
        "cut-off",
        "binary",
        "not-json",
        "a-save",
        "newer",
        "other-actions",
        "empty-run",
        "bad-runs",
        "wrong-count",
        "no-seed",
        "bad-start",
    ],
)
def test_a_damaged_or_foreign_replay_is_refused_naming_the_file(
    player: Player, tmp_path: Path, capsys, make, said: str
) -> None:
    player.press(Action.DOWN)
    bad = tmp_path / "bad.replay"
    bad.write_bytes(make(a_replay_document(player)))
    with pytest.raises(ReplayError) as caught:
        Replay.read(str(bad))
    assert caught.value.path == str(bad) and said in caught.value.message
    code, out, err = replay_says(str(bad), capsys)
    assert code == 2 and out == ""
    assert err.startswith(f"lullaby: {bad}: ") and said in err and "Traceback" not in err


def test_a_replay_from_another_version_of_the_game_says_so_and_plays(player: Player, tmp_path: Path, capsys) -> None:
    player.press(Action.DOWN, steps=10)
    document = a_replay_document(player)
    older = tmp_path / "older.replay"
    older.write_bytes(gz({**document, "game_version": "0.0.1"}))
    code, out, err = replay_says(str(older), capsys, "--fast")
    assert "recorded by version 0.0.1 of the game" in err and "may not play the same" in err
    assert code == 0 and "it ended as recorded" in out


def test_a_missing_replay_file_is_refused_naming_it(tmp_path: Path, capsys) -> None:
    code = main(["--replay", str(tmp_path / "nowhere.replay")])
    assert code == 2 and f"{tmp_path / 'nowhere.replay'}: cannot be read" in capsys.readouterr().err


def test_fast_and_a_start_place_are_only_for_what_they_fit() -> None:
    with pytest.raises(SystemExit):
        parse_args(["--fast"])
    with pytest.raises(SystemExit):
        parse_args(["--replay", "x.replay", "--map", "mara_flat"])
