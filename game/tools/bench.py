"""Benchmark: `python -m game.tools.bench [--json FILE] [--frames N] [--headless] [MAP ...]`.

Plays every map headless: loads it, then walks the player along a fixed path (to the
farthest reachable cell and back, again and again) for a fixed number of frames. Each frame
does the logic step, draws the real exploration scene at 320x180 and scales it into a
1920x1080 window. Every effect is on: the waking world's greying, the crash's tearing for a
stretch of frames, and on party maps all four protagonists following the leader, Trace's
lens with its wiring, Glow's light in the dark, a swap (camera glide and ring) every
second and a half, and the party HUD. The same frames
are also drawn by a naive renderer that blits every visible tile and sprite (without the
effects), in the same run, as the baseline. Budgets are checked here:
p99 frame <= 4 ms and map load <= 100 ms on every map; exit 1 if any is over.

Then what the player's machine pays, through the game's own frame (input, logic, draw, and
presenting to the window, which skips a picture the window already shows), in CPU time per
frame as well as wall time: the title, the pause menu, a dialogue line with its portrait, and
the party HUD on a party map. When there is a screen (DISPLAY or WAYLAND_DISPLAY, and no
--headless), those frames go to a real 1920x1080 window, once by each path the machine has
(the graphics card and software; game/render/present.py), and the report says which; and the
idle cost of static screens (the pause menu, and a dialogue line typed out, which the player
is reading; the game's real loop sleeping between frames) is given as a share of one core.

Last, what a player pays outside the frames (game/tools/bench_costs.py): the time from the
launch to the first title frame in a fresh process (budget 0.3 s; exit 1 if over), and the
cost of recording the play for a replay, per step and per write of the file.

`--solver` measures only the solver: states per second of its search on every puzzle
(budget 10,000 on each of the Threshold's).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time

HAS_SCREEN = "--headless" not in sys.argv and bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
if not HAS_SCREEN:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame  # noqa: E402

from game.app import App, parse_args  # noqa: E402
from game.assets import Assets  # noqa: E402
from game.content.tiled import load_map, map_name  # noqa: E402
from game.content.validate import find_maps  # noqa: E402
from game.render import INTERNAL_SIZE  # noqa: E402
from game.render.mapview import MapView  # noqa: E402
from game.render.naive import draw_naive  # noqa: E402
from game.scenes.explore import ExploreScene  # noqa: E402
from game.tools.bench_costs import bench_recording, bench_start, report_costs  # noqa: E402
from game.world.commands import Command, Walk  # noqa: E402
from game.world.geometry import Direction  # noqa: E402
from game.world.paths import farthest, find_path  # noqa: E402
from game.world.puzzle import solver  # noqa: E402
from game.world.puzzle.commands import Cycle, PuzzleCommand, ToggleFollow  # noqa: E402
from game.world.puzzle.puzzle import Puzzle  # noqa: E402
from game.world.world import World  # noqa: E402

WINDOW_SIZE = (1920, 1080)
BUDGET_FRAME_P99_MS = 4.0
BUDGET_LOAD_MS = 100.0
WARMUP_FRAMES = 10
LOAD_REPEATS = 3
STALL_FRAMES = 30
"""Frames the benchmark's walk waits for a cell before it moves on in its plan."""
SWAP_EVERY_FRAMES = 90
CRASH_FRAMES = (200, 380)
"""The stretch of frames drawn with the crash effect."""
BENCH_POD_HOURS = 6
"""Pod hours set for the run, so waking maps are drawn greyed."""
BUDGET_SOLVER_STATES_PER_S = 10_000
"""The solver's full search on each of the Threshold's puzzles (validate --solve proves them all)."""
SOLVER_MAP = "threshold"
SOLVER_ALSO = ("chaos_chamber/threshold",)
"""Held to the same budget: the Merge's own "threshold" puzzle, all four at once."""
SOLVER_MIN_S = 0.25
"""A small puzzle is searched again and again for at least this long, so its rate is not noise."""


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, int(round(fraction * len(ordered) + 0.5)) - 1))
    return ordered[index]


def walk_plan(world: World, frames: int) -> list[Direction]:
    """Directions to hold, cell by cell: to the farthest cell, back, and on, until the
    plan is surely longer than the run."""
    plan: list[Direction] = []
    here = world.player.cell
    cells_needed = frames // 10 + 2
    while len(plan) < cells_needed:
        there = farthest(world.map, here)
        path = find_path(world.map, here, there) or []
        if not path:
            break
        plan += path
        here = there
    return plan


def bench_map(app: App, path: str, frames: int, window: pygame.Surface) -> dict[str, float | str]:
    load_times = []
    for _ in range(LOAD_REPEATS):
        start = time.perf_counter()
        assets = Assets()
        loaded = assets.load_map(path)
        MapView(loaded)  # a map is ready to play once its view exists: part of the load
        load_times.append((time.perf_counter() - start) * 1000)
    spawn = next(iter(loaded.data.spawns))
    services = app.services
    services.scenes.clear()
    scene = ExploreScene(services, loaded, spawn)
    services.scenes.push(scene)
    world = scene.world
    if world.party_puzzle is not None:
        world.party_puzzle.party.lens_on = True
        world.step([ToggleFollow()])
    plan = walk_plan(world, frames)
    internal = pygame.Surface(INTERNAL_SIZE).convert()
    naive_surface = pygame.Surface(INTERNAL_SIZE).convert()
    buffered_ms: list[float] = []
    naive_ms: list[float] = []
    logic_ms: list[float] = []
    draw_ms: list[float] = []
    naive_draw_ms: list[float] = []
    step = 0
    cell_index = 0
    goal, waited = world.player.cell, 0
    for frame in range(frames):
        t0 = time.perf_counter()
        player = world.player
        waited += 1
        # The next cell once this one is reached (turning first takes a few steps), or
        # when a swap or a bump left the plan behind.
        if not player.moving and cell_index < len(plan) and (player.cell == goal or waited > STALL_FRAMES):
            cell_index += 1
            goal, waited = plan[cell_index - 1].step(player.cell), 0
        direction = plan[cell_index - 1] if 0 < cell_index <= len(plan) else None
        commands: list[Command | PuzzleCommand] = [Walk(direction)] if direction else []
        if world.party_puzzle is not None and frame % SWAP_EVERY_FRAMES == SWAP_EVERY_FRAMES - 1:
            commands.append(Cycle(1))
        if frame == CRASH_FRAMES[0]:
            scene.start_crash(CRASH_FRAMES[1] - CRASH_FRAMES[0])
        world.step(commands)
        step += 1
        services.steps += 1
        t1 = time.perf_counter()
        scene.draw(internal)
        t_drawn = time.perf_counter()
        pygame.transform.scale(internal, WINDOW_SIZE, window)
        t2 = time.perf_counter()
        draw_naive(naive_surface, scene.view, loaded.tiled)  # same camera, same sprites
        t_naive_drawn = time.perf_counter()
        pygame.transform.scale(naive_surface, WINDOW_SIZE, window)
        t3 = time.perf_counter()
        if frame >= WARMUP_FRAMES:
            logic_ms.append((t1 - t0) * 1000)
            draw_ms.append((t_drawn - t1) * 1000)
            naive_draw_ms.append((t_naive_drawn - t2) * 1000)
            buffered_ms.append((t2 - t0) * 1000)
            naive_ms.append((t1 - t0 + t3 - t2) * 1000)
    result: dict[str, float | str] = {
        "map": map_name(path),
        "load_ms": statistics.median(load_times),
        "load_max_ms": max(load_times),
        "frame_median_ms": statistics.median(buffered_ms),
        "frame_p99_ms": percentile(buffered_ms, 0.99),
        "logic_median_ms": statistics.median(logic_ms),
        "naive_median_ms": statistics.median(naive_ms),
        "naive_p99_ms": percentile(naive_ms, 0.99),
        "map_draw_median_ms": statistics.median(draw_ms),
        "naive_map_draw_median_ms": statistics.median(naive_draw_ms),
        "cells_walked": cell_index,
    }
    result["naive_ratio"] = statistics.median(naive_ms) / max(statistics.median(buffered_ms), 1e-9)
    result["map_draw_ratio"] = statistics.median(naive_draw_ms) / max(statistics.median(draw_ms), 1e-9)
    return result


FINISH_LINE_FRAMES = 600
"""Frames after which any line of the dialogue screen is typed out."""
SCREEN_FRAMES = 240
"""Frames measured per screen (after the warm-up)."""
IDLE_S = 3.0
"""How long the idle cost of a static screen is measured, in the game's real loop."""
DIALOGUE_MAP, DIALOGUE_KNOT = "halcyon_office", "office.vance"
"""A line with a portrait: Vance in his glass office."""
STREET_MAP, PARTY_MAP = "vesper_street", "chaos_chamber"


def open_map(app: App, name: str) -> ExploreScene:
    services = app.services
    services.scenes.clear()
    loaded = services.assets.load_map(name)
    scene = ExploreScene(services, loaded, next(iter(loaded.data.spawns)))
    services.scenes.push(scene)
    return scene


def show_title(app: App) -> None:
    app.session.quit_to_title()


def show_pause(app: App) -> None:
    from game.scenes.menu_pause import PauseMenu  # it reads the game beneath it

    open_map(app, STREET_MAP)
    app.services.scenes.push(PauseMenu(app.services))


def show_dialogue(app: App) -> None:
    open_map(app, DIALOGUE_MAP).run_knot(DIALOGUE_KNOT)


def show_finished_line(app: App) -> None:
    """The dialogue line of `show_dialogue`, typed out to its end: the player reads it."""
    show_dialogue(app)
    for _ in range(FINISH_LINE_FRAMES):
        app.frame(None)


def show_party(app: App) -> None:
    open_map(app, PARTY_MAP)


SCREENS = {"title": show_title, "pause menu": show_pause, "dialogue": show_dialogue, "party HUD": show_party}


def game_frames(app: App, frames: int) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of each of `frames` frames of the game's own frame (one
    logic step each), after the warm-up."""
    wall: list[float] = []
    cpu: list[float] = []
    for frame in range(frames + WARMUP_FRAMES):
        w0, c0 = time.perf_counter(), time.process_time()
        app.frame(None)
        w1, c1 = time.perf_counter(), time.process_time()
        if frame >= WARMUP_FRAMES:
            wall.append((w1 - w0) * 1000)
            cpu.append((c1 - c0) * 1000)
    return wall, cpu


def idle_share(app: App, seconds: float) -> float:
    """The share of one core the game's real loop takes on the current screen: a frame,
    then sleeping to the next sixtieth of a second, as App.run does."""
    w0, c0 = time.perf_counter(), time.process_time()
    previous = w0
    while time.perf_counter() - w0 < seconds:
        now = time.perf_counter()
        app.frame(now - previous)
        previous = now
        app.clock.tick(60)
    return (time.process_time() - c0) / (time.perf_counter() - w0)


def bench_screens(app: App, path: str) -> list[dict[str, float | str]]:
    """Each screen of SCREENS through the game's own frame, presented by `path`."""
    results: list[dict[str, float | str]] = []
    for name, show in SCREENS.items():
        show(app)
        wall, cpu = game_frames(app, SCREEN_FRAMES)
        results.append(
            {
                "screen": name,
                "path": path,
                "frame_median_ms": statistics.median(wall),
                "frame_p99_ms": percentile(wall, 0.99),
                "cpu_median_ms": statistics.median(cpu),
                "cpu_p99_ms": percentile(cpu, 0.99),
            }
        )
    return results


def window_paths(app: App) -> list[str]:
    """The ways frames can reach a real window here: the graphics card if a renderer can be
    made, and software; none when headless."""
    if not HAS_SCREEN:
        return []
    paths = ["software"]
    use_path(app, "gpu")
    if app.window.path == "gpu":
        paths.insert(0, "gpu")
    return paths


def use_path(app: App, path: str) -> None:
    """A 1920x1080 window (scale 6), its frames presented by `path`."""
    from dataclasses import replace

    app.session.apply_settings(replace(app.services.settings, gpu_scaling=path == "gpu", scale=6, fullscreen=False))


def report_screens(results: list[dict[str, float | str]], idle: dict[str, float]) -> None:
    print()
    print("screens, through the game's own frame (input, logic, draw, present): wall and CPU ms per frame")
    print(f"{'screen':<12}{'path':<10}{'wall med':>9}{'p99':>7}{'cpu med':>9}{'p99':>7}")
    for r in results:
        print(
            f"{r['screen']:<12}{r['path']:<10}{r['frame_median_ms']:>9.2f}{r['frame_p99_ms']:>7.2f}"
            f"{r['cpu_median_ms']:>9.2f}{r['cpu_p99_ms']:>7.2f}"
        )
    for where, share in idle.items():
        print(f"idle on {where}: {share * 100:.1f}% of one core")


def bench_solver(path: str) -> list[dict[str, float | str]]:
    """The solver's full search (`solver.explore`, as validate --solve runs it) on each
    puzzle of the map at `path` (none on a map without a party): the states it finds, how
    many times it was searched (SOLVER_MIN_S), and the rate in states per second."""
    data = load_map(path).data
    spec = data.puzzle
    if spec is None:
        return []
    results: list[dict[str, float | str]] = []
    for section in spec.sections:
        states = searches = 0
        took_s = 0.0
        while took_s < SOLVER_MIN_S:
            puzzle = Puzzle.of_section(data, spec, section, section.meant_for(spec))
            start = time.perf_counter()
            states = len(solver.explore(puzzle).states)
            took_s += time.perf_counter() - start
            searches += 1
        rate = states * searches / took_s
        name = section.name
        results.append({"map": map_name(path), "puzzle": name, "states": states, "searches": searches, "rate": rate})
    return results


def report_solver(paths: list[str], json_path: str | None) -> int:
    """The solver's rate on every puzzle, and the Threshold's together, checked against the
    budget on each of the Threshold's puzzles and the Merge's threshold; 1 if one is under it."""
    results = [r for path in paths for r in bench_solver(path)]
    print(f"{'map/puzzle':<34}{'states':>8}{'runs':>6}{'states/s':>10}  budget")
    under = False
    for r in results:
        counts = r["map"] == SOLVER_MAP or f"{r['map']}/{r['puzzle']}" in SOLVER_ALSO
        ok = not counts or float(r["rate"]) >= BUDGET_SOLVER_STATES_PER_S
        under |= not ok
        verdict = ("OK" if ok else "UNDER") if counts else ""
        name = f"{r['map']}/{r['puzzle']}"
        print(f"{name:<34}{r['states']:>8}{r['searches']:>6}{r['rate']:>10.0f}  {verdict}")
    threshold = [r for r in results if r["map"] == SOLVER_MAP]
    states = sum(int(r["states"]) for r in threshold)
    took_s = sum(int(r["states"]) / float(r["rate"]) for r in threshold)  # one search of each
    total = {"states": states, "rate": states / took_s if took_s else 0.0}
    print(f"{SOLVER_MAP + ' (all)':<34}{states:>8}{'':>6}{total['rate']:>10.0f}")
    also = ", ".join(SOLVER_ALSO)
    print(f"budget: >= {BUDGET_SOLVER_STATES_PER_S} states/s on each of {SOLVER_MAP}'s puzzles and {also}")
    if json_path:
        with open(json_path, "w", encoding="utf-8") as handle:
            json.dump({"solver": {"puzzles": results, SOLVER_MAP: total}}, handle, indent=2)
    return 1 if under else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m game.tools.bench", description="Frame and load times per map.")
    parser.add_argument("maps", nargs="*", help="map files (default: every map under maps/)")
    parser.add_argument("--frames", type=int, default=600, help="frames per map (default 600)")
    parser.add_argument("--json", dest="json_path", help="also write the results to this JSON file")
    parser.add_argument("--headless", action="store_true", help="no real window even if there is a screen")
    parser.add_argument("--screens-only", action="store_true", help="skip the maps; only the screens and the window")
    parser.add_argument("--solver", action="store_true", help="only the solver: states/s of its search on every puzzle")
    args = parser.parse_args(argv)
    if args.solver:
        assets = Assets()
        named = [assets.allow_map_file(m) if m.endswith(".tmx") else assets.map_path(m) for m in args.maps]
        return report_solver(named or find_maps(assets.maps_dir), args.json_path)
    with tempfile.TemporaryDirectory(prefix="bench-") as scratch:
        app = App(parse_args(["--settings", os.path.join(scratch, "s.json"), "--save-dir", scratch, "--seed", "0"]))
        app.strict = True
        if app.services.story is not None:
            app.services.story.set("pod_hours", BENCH_POD_HOURS)
        window = pygame.Surface(WINDOW_SIZE).convert()  # the software scale's target, as a 1080p window
        assets = Assets()
        named = [assets.allow_map_file(m) if m.endswith(".tmx") else assets.map_path(m) for m in args.maps]
        paths = [] if args.screens_only else named or find_maps(assets.maps_dir)
        results = [bench_map(app, p, args.frames, window) for p in paths]
        screens: list[dict[str, float | str]] = []
        idle: dict[str, float] = {}
        for path in window_paths(app) or ["headless"]:
            if path != "headless":
                use_path(app, path)
            screens += bench_screens(app, app.window.path if path != "headless" else "headless")
            show_pause(app)
            idle[f"the pause menu ({path})"] = idle_share(app, IDLE_S)
            show_finished_line(app)
            idle[f"a dialogue line, typed out ({path})"] = idle_share(app, IDLE_S)
        recording = bench_recording(app)
    start = bench_start()
    over = False
    print(
        "frame = logic + draw (the scene with every effect) + scale to the window; naive = logic + every "
        "visible tile and sprite blitted, no effects, + scale; scene/naive = those draws alone (ms)"
    )
    print(
        f"{'map':<16}{'load':>7}{'frame med':>10}{'p99':>7}{'naive med':>10}{'p99':>7}{'ratio':>7}"
        f"{'scene':>7}{'naive':>7}{'ratio':>7}  budget"
    )
    for r in results:
        ok = float(r["frame_p99_ms"]) <= BUDGET_FRAME_P99_MS and float(r["load_ms"]) <= BUDGET_LOAD_MS
        over |= not ok
        r["within_budget"] = "yes" if ok else "no"
        print(
            f"{r['map']:<16}{r['load_ms']:>7.1f}{r['frame_median_ms']:>10.2f}{r['frame_p99_ms']:>7.2f}"
            f"{r['naive_median_ms']:>10.2f}{r['naive_p99_ms']:>7.2f}{r['naive_ratio']:>6.1f}x"
            f"{r['map_draw_median_ms']:>7.2f}{r['naive_map_draw_median_ms']:>7.2f}{r['map_draw_ratio']:>6.1f}x"
            f"  {'OK' if ok else 'OVER'}"
        )
    print(
        f"{args.frames} frames per map ({WARMUP_FRAMES} warm-up frames not counted), 320x180 scaled to "
        f"{WINDOW_SIZE[0]}x{WINDOW_SIZE[1]}; budget p99 <= {BUDGET_FRAME_P99_MS} ms, load <= {BUDGET_LOAD_MS} ms"
    )
    report_screens(screens, idle)
    over |= not report_costs(start, recording)
    if args.json_path:
        with open(args.json_path, "w", encoding="utf-8") as handle:
            data = {"frames": args.frames, "window": list(WINDOW_SIZE), "maps": results, "screens": screens}
            json.dump({**data, "idle_share_of_a_core": idle, **start, **recording}, handle, indent=2)
    pygame.quit()
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
