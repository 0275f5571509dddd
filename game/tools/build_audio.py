"""Build the game's music and sound effects from their text sources under ``assets/src/audio``.

    python -m game.tools.build_audio           # rewrite every built sound
    python -m game.tools.build_audio --check   # exit 1 and name files that are out of date
    python -m game.tools.build_audio --only title   # just one source (quick when composing)

Sources -> outputs:
    assets/src/audio/patches.txt                    instruments, shared by everything
    assets/src/audio/music/<track>.txt  -> assets/audio/music/<track>.wav  (one seamless loop,
                                           8-bit mu-law: half the size of 16-bit PCM)
    assets/src/audio/sfx/<name>.txt     -> assets/audio/sfx/<name>.wav      (16-bit PCM)
    every loop's points                 -> assets/audio/loops.json
        {track: {"loop_start": 0, "loop_end": n, "samples": n}}, loop_end exclusive;
        the same loop is in each music WAV's smpl chunk (dwEnd inclusive, so n - 1).
The notation is documented in ``game.synth``. Tracks render in parallel, one per process.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from game.synth import MULAW, PCM16, AudioSourceError, Track, parse_patches, parse_track, render, wav_bytes

REPO_ROOT = Path(__file__).resolve().parents[2]
SOURCE_DIR = Path("assets/src/audio")
OUTPUT_DIR = Path("assets/audio")
KINDS = ("music", "sfx")
ENCODINGS = {"music": MULAW, "sfx": PCM16}
"""Music is most of the audio's bytes, so it is stored as mu-law (which both
``pygame.mixer.music`` and ``pygame.mixer.Sound`` play; see ``game.synth.wav``); the short
sound effects keep 16-bit PCM."""


def sources(root: Path = REPO_ROOT) -> list[tuple[str, Path]]:
    """(kind, source path) of every track, longest first so parallel builds finish together."""
    found = [(kind, p) for kind in KINDS for p in sorted((root / SOURCE_DIR / kind).glob("*.txt"))]
    return sorted(found, key=lambda item: (item[0] != "music", -item[1].stat().st_size))


def load_tracks(root: Path = REPO_ROOT, only: str | None = None) -> list[tuple[str, Track]]:
    """(kind, parsed track) of every source (or just ``only``); parsing all of them first means
    a typo is reported at once, before any rendering."""
    patches_path = root / SOURCE_DIR / "patches.txt"
    patches = parse_patches(patches_path.read_text(encoding="utf-8"), patches_path.relative_to(root).as_posix())
    tracks = []
    for kind, source in sources(root):
        if only in (None, source.stem):
            rel = source.relative_to(root).as_posix()
            track = parse_track(source.read_text(encoding="utf-8"), rel, source.stem, patches)
            track.loop = track.loop or kind == "music"
            tracks.append((kind, track))
    if only is not None and not tracks:
        raise AudioSourceError(f"{SOURCE_DIR.as_posix()}: no source named {only!r}")
    return tracks


def render_track(kind: str, track: Track) -> tuple[Path, bytes, dict[str, int] | None]:
    """One track's output path, WAV bytes and (for loops) its loop points."""
    samples = render(track)
    loop = (0, len(samples)) if track.loop else None
    points = {"loop_start": 0, "loop_end": len(samples), "samples": len(samples)} if track.loop else None
    return OUTPUT_DIR / kind / f"{track.name}.wav", wav_bytes(samples, loop, ENCODINGS[kind]), points


def build(root: Path = REPO_ROOT, only: str | None = None, jobs: int | None = None) -> dict[Path, bytes]:
    """Every built file's path (relative to ``root``) and bytes, computed in memory. With
    ``only``, just that source's WAV (loops.json is left out)."""
    todo = load_tracks(root, only)
    jobs = jobs or min(len(todo), os.cpu_count() or 1)
    if jobs > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            results = list(pool.map(render_track, *zip(*todo, strict=True)))
    else:
        results = [render_track(kind, track) for kind, track in todo]
    out: dict[Path, bytes] = {}
    loops: dict[str, dict[str, int]] = {}
    for path, data, points in sorted(results, key=lambda result: result[0]):
        out[path] = data
        if points is not None and path.parent.name == "music":
            loops[path.stem] = points
    if only is None:
        text = json.dumps(dict(sorted(loops.items())), indent=2) + "\n"
        out[OUTPUT_DIR / "loops.json"] = text.encode("utf-8")
    return out


def stale(root: Path, built: dict[Path, bytes], orphans: bool = True) -> list[str]:
    """Messages for each output that differs from the build, is missing, or (``orphans``) is a
    WAV that no source builds any more."""
    problems = [f"out of date: {p.as_posix()}" for p, data in built.items() if _read(root / p) != data]
    for kind in KINDS if orphans else ():
        for wav in sorted((root / OUTPUT_DIR / kind).glob("*.wav")):
            if wav.relative_to(root) not in built:
                problems.append(f"no source for: {wav.relative_to(root).as_posix()}")
    return problems


def _read(path: Path) -> bytes | None:
    return path.read_bytes() if path.exists() else None


def main(argv: list[str] | None = None, root: Path = REPO_ROOT) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if any built file is out of date")
    parser.add_argument("--only", help="build just this source (a track or sound effect name)")
    parser.add_argument("--jobs", type=int, help="processes to render with (default: one per core)")
    args = parser.parse_args(argv)
    try:
        built = build(root, args.only, args.jobs)
    except AudioSourceError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.check:
        problems = stale(root, built, orphans=args.only is None)
        for problem in problems:
            print(problem, file=sys.stderr)
        if not problems:
            print(f"ok: {len(built)} audio file(s) match their sources")
        return 1 if problems else 0
    for path, data in built.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if _read(target) != data:
            target.write_bytes(data)
            print(f"wrote {path.as_posix()} ({len(data)} bytes)")
        else:
            print(f"unchanged: {path.as_posix()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
