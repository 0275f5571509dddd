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
    what each WAV was built from        -> assets/audio/built.json
        {"music/<track>.wav": {"from": hash of its source, the patches and the synthesiser's
        code, "bytes": hash of the WAV}}: `recorded_stale` tells from it, in a moment and
        without rendering, whether a source, the synthesiser or a WAV changed since the build
        (the tests use it; `--check` renders everything again).
The notation is documented in ``game.synth``. Tracks render in parallel, one per process.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from game.synth import MULAW, PCM16, AudioSourceError, Track, parse_patches, parse_track, render, wav_bytes

REPO_ROOT = Path(__file__).resolve().parents[2]
SOURCE_DIR = Path("assets/src/audio")
OUTPUT_DIR = Path("assets/audio")
RECORD = OUTPUT_DIR / "built.json"
SYNTH_CODE = Path(__file__).resolve().parents[1] / "synth"
"""The synthesiser that runs: a change to its code may change every WAV."""
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
        made = {path: data for path, data in out.items() if path.suffix == ".wav"}
        out[RECORD] = (json.dumps(build_record(root, made), indent=1, sort_keys=True) + "\n").encode("utf-8")
    return out


def _digest(*parts: bytes) -> str:
    hashed = hashlib.sha256()
    for part in parts:
        hashed.update(len(part).to_bytes(8, "little") + part)
    return hashed.hexdigest()


def _inputs(root: Path) -> dict[str, str]:
    """What each WAV is built from, hashed, by its path under OUTPUT_DIR ("music/title.wav")."""
    shared = [_text(root / SOURCE_DIR / "patches.txt")]
    shared += [_text(p) for p in sorted(SYNTH_CODE.glob("*.py"))]
    shared.append(_text(Path(__file__)))
    return {f"{kind}/{source.stem}.wav": _digest(_text(source), *shared) for kind, source in sources(root)}


def _text(path: Path) -> bytes:
    """A text file's bytes with its line ends as in the repository (a Windows checkout may
    turn them into CRLF; the build reads the same text either way)."""
    return path.read_bytes().replace(b"\r\n", b"\n")


def build_record(root: Path, wavs: dict[Path, bytes]) -> dict[str, dict[str, str]]:
    """For each built WAV, what it was built from and its bytes, hashed (see built.json)."""
    inputs = _inputs(root)
    return {
        path.relative_to(OUTPUT_DIR).as_posix(): {
            "from": inputs[path.relative_to(OUTPUT_DIR).as_posix()],
            "bytes": _digest(data),
        }
        for path, data in sorted(wavs.items())
    }


def recorded_stale(root: Path = REPO_ROOT) -> list[str]:
    """Without rendering anything: each WAV whose source, the patches or the synthesiser
    changed since built.json was written, each WAV that is not the bytes it recorded, each
    source with no WAV and each WAV with no source. Only a build (or --check) proves the
    bytes are what the sources make; this says whether anything changed since one did."""
    record_path = root / RECORD
    try:
        record = json.loads(record_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return [f"{RECORD.as_posix()} cannot be read ({error}): run python -m game.tools.build_audio"]
    problems = []
    inputs = _inputs(root)
    for name in sorted(set(inputs) | set(record)):
        wav = root / OUTPUT_DIR / name
        entry = record.get(name)
        if name not in inputs:
            problems.append(f"no source for: {(OUTPUT_DIR / name).as_posix()}")
        elif entry is None or entry.get("from") != inputs[name]:
            problems.append(
                f"its source or the synthesiser changed since it was built: {(OUTPUT_DIR / name).as_posix()}"
            )
        elif not wav.exists() or _digest(wav.read_bytes()) != entry.get("bytes"):
            problems.append(f"not the bytes its build wrote: {(OUTPUT_DIR / name).as_posix()}")
    for kind in KINDS:
        for wav in sorted((root / OUTPUT_DIR / kind).glob("*.wav")):
            if f"{kind}/{wav.name}" not in record and f"{kind}/{wav.name}" not in inputs:
                problems.append(f"no source for: {wav.relative_to(root).as_posix()}")
    return problems


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
