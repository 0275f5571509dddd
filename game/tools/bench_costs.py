"""What the benchmark measures outside a frame: how long the game takes from its launch to
the first title frame (a fresh process, as a player starts it), and what recording the
play for a replay costs (per step, and per write of the file)."""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from typing import TYPE_CHECKING

from game.input import Action
from game.recording import Recorder, capture
from game.scenes.base import StepInput

if TYPE_CHECKING:
    from game.app import App

BUDGET_START_S = 0.3
"""From the launch to the first title frame, bytecode kept (as after the first run)."""
START_RUNS = 5
COLD_RUNS = 3
FIRST_FRAME = """
import sys, time
launched = float(sys.argv[1])
from game.app import App, parse_args
app = App(parse_args(["--settings", sys.argv[2], "--save-dir", sys.argv[3]]))
app.frame(None)
print(time.time() - launched)
"""
"""The child: the game's own start (imports, window, story, title), then one frame."""
RECORDED_STEPS = 60 * 60 * 10
"""Ten minutes of play, recorded."""


def start_seconds(no_bytecode: bool) -> float:
    """Seconds from launching a fresh Python to the game's first title frame, headless.
    With `no_bytecode`, nothing is compiled beforehand (not even the libraries'): the worst
    first run there is."""
    with tempfile.TemporaryDirectory(prefix="bench-start-") as scratch:
        env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
        if no_bytecode:
            env["PYTHONPYCACHEPREFIX"] = os.path.join(scratch, "pycache")
        files = [os.path.join(scratch, "s.json"), os.path.join(scratch, "saves")]
        launched = time.time()
        out = subprocess.run(
            [sys.executable, "-c", FIRST_FRAME, repr(launched), *files],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    return float(out.strip().splitlines()[-1])


def bench_start() -> dict[str, float]:
    warm = [start_seconds(no_bytecode=False) for _ in range(START_RUNS + 1)][1:]  # the first writes bytecode
    cold = [start_seconds(no_bytecode=True) for _ in range(COLD_RUNS)]
    return {
        "start_s": statistics.median(warm),
        "start_max_s": max(warm),
        "no_bytecode_start_s": statistics.median(cold),
    }


def bench_recording(app: App) -> dict[str, float]:
    """A recorder fed ten minutes of a player's input (a held arrow, changed now and then,
    and presses): microseconds per step; then the file's size and the time to write it."""
    recorder = Recorder(capture(app), 0)
    rng = random.Random(7)
    held: set[Action] = set()
    steps = []
    for number in range(RECORDED_STEPS):
        if number % 20 == 0:
            held = {rng.choice([Action.UP, Action.DOWN, Action.LEFT, Action.RIGHT])} if rng.random() < 0.7 else set()
        pressed = {Action.INTERACT} if rng.random() < 0.02 else set()
        steps.append(StepInput(pressed, set(held)))
    start = time.process_time()
    for step in steps:
        recorder.step(step)
    per_step_us = (time.process_time() - start) / RECORDED_STEPS * 1e6
    with tempfile.TemporaryDirectory(prefix="bench-replay-") as scratch:
        path = os.path.join(scratch, "play.replay")
        start = time.perf_counter()
        recorder.write(app, path)
        write_ms = (time.perf_counter() - start) * 1000
        size = os.path.getsize(path)
    return {"record_step_us": per_step_us, "replay_write_ms": write_ms, "replay_bytes": size}


def report_costs(start: dict[str, float], recording: dict[str, float]) -> bool:
    """Print both; True if the start is within its budget."""
    ok = start["start_s"] <= BUDGET_START_S
    print()
    print(
        f"start to the first title frame: {start['start_s']:.3f} s median of {START_RUNS} "
        f"(max {start['start_max_s']:.3f} s), budget <= {BUDGET_START_S} s: {'OK' if ok else 'OVER'}; "
        f"with nothing compiled beforehand (not even the libraries): {start['no_bytecode_start_s']:.3f} s"
    )
    print(
        f"recording a replay: {recording['record_step_us']:.2f} us of CPU per step; ten minutes of play "
        f"is {recording['replay_bytes'] / 1024:.0f} KiB, written in {recording['replay_write_ms']:.1f} ms"
    )
    return ok
