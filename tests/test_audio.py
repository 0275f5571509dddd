"""Music and sound effects: the built WAVs match their text sources, loop without a seam, stay
small and quiet enough, and the game's Audio never crashes without a sound device."""

from __future__ import annotations

import ast
import json
import logging
import os
import shutil
import subprocess
import sys
import textwrap
import wave
from array import array
from pathlib import Path

import pygame
import pytest

from game.audio import Audio
from game.synth import (
    MULAW,
    PCM16,
    AudioSourceError,
    parse_patches,
    parse_track,
    read_format,
    read_loop,
    read_samples,
    render,
    wav_bytes,
)
from game.synth.wav import mulaw_decode, mulaw_encode, read_chunks
from game.tools import build_audio

ROOT = Path(__file__).resolve().parents[1]
AUDIO = ROOT / "assets" / "audio"
SOURCES = ROOT / "assets" / "src" / "audio"
MUSIC = [
    "title",
    "waking",
    "jonas_day",
    "lila_day",
    "roe_day",
    "dream_mara",
    "dream_jonas",
    "dream_lila",
    "dream_roe",
    "chaos",
    "ending",
    "hub",
    "wing_mara",
    "wing_jonas",
    "wing_lila",
    "wing_roe",
    "fear",
    "threshold",
    "credits",
]
LONG_MUSIC = {"credits": 45.0}
"""Tracks allowed past 30 s, with their longest: the credits state four motifs and then all four."""
SFX = [
    "footstep", "door", "talk_mara", "talk_jonas", "talk_lila", "talk_roe", "pod_hum", "plate_click", "gate",
    "sketch", "glow", "swap", "glitch", "menu_move", "menu_select", "save", "bump", "solved",
    "campfire", "unseal", "fear_sting",
]  # fmt: skip
LOOPING_SFX = ("pod_hum", "campfire")
FULL_SCALE = 32768
MAX_PEAK = 0.9
MAX_JOIN = 0.02
"""A loop's last and first samples may differ by at most this much of full scale: about the
step between neighbouring samples of a quiet signal, far below an audible click."""


def wav_paths() -> list[Path]:
    return sorted(AUDIO.glob("*/*.wav"))


def samples(path: Path) -> array:
    return read_samples(path.read_bytes())


def frames(path: Path) -> int:
    return len(samples(path))


def patches() -> dict:
    return parse_patches((SOURCES / "patches.txt").read_text(encoding="utf-8"), "patches.txt")


def test_every_track_and_sound_effect_the_game_names_has_a_source_and_a_wav() -> None:
    assert sorted(p.stem for p in (SOURCES / "music").glob("*.txt")) == sorted(MUSIC)
    assert sorted(p.stem for p in (SOURCES / "sfx").glob("*.txt")) == sorted(SFX)
    assert sorted(p.stem for p in (AUDIO / "music").glob("*.wav")) == sorted(MUSIC)
    assert sorted(p.stem for p in (AUDIO / "sfx").glob("*.wav")) == sorted(SFX)


@pytest.mark.parametrize("path", wav_paths(), ids=lambda p: p.stem)
def test_music_is_mu_law_and_sound_effects_16_bit_pcm_all_mono_22050_hz(path: Path) -> None:
    encoding = MULAW if path.parent.name == "music" else PCM16
    assert read_format(path.read_bytes()) == (encoding, 1, 22050)
    assert frames(path) > 0


@pytest.mark.parametrize("name", MUSIC)
def test_each_music_file_is_exactly_one_loop_of_15_to_30_seconds_or_its_own_longest(name: str) -> None:
    source = SOURCES / "music" / f"{name}.txt"
    track = parse_track(source.read_text(encoding="utf-8"), str(source), name, patches())
    expected = track.step_sample(track.total_steps)
    assert frames(AUDIO / "music" / f"{name}.wav") == expected
    assert 15.0 <= expected / 22050 <= LONG_MUSIC.get(name, 30.0)


@pytest.mark.parametrize("name", SFX)
def test_sound_effects_are_short_except_the_looping_hum(name: str) -> None:
    seconds = frames(AUDIO / "sfx" / f"{name}.wav") / 22050
    if name in LOOPING_SFX:
        assert seconds <= 4.0
        assert read_loop((AUDIO / "sfx" / f"{name}.wav").read_bytes()) == (0, round(seconds * 22050))
    else:
        assert seconds < 1.5


def test_loops_json_matches_the_music_files_and_their_smpl_chunks() -> None:
    loops = json.loads((AUDIO / "loops.json").read_text(encoding="utf-8"))
    assert sorted(loops) == sorted(MUSIC)
    for name, points in loops.items():
        path = AUDIO / "music" / f"{name}.wav"
        n = frames(path)
        assert points == {"loop_start": 0, "loop_end": n, "samples": n}
        assert read_loop(path.read_bytes()) == (points["loop_start"], points["loop_end"])


@pytest.mark.parametrize("name", [*MUSIC, *LOOPING_SFX])
def test_each_loop_ends_where_it_starts_without_a_click(name: str) -> None:
    kind = "sfx" if name in LOOPING_SFX else "music"
    data = samples(AUDIO / kind / f"{name}.wav")
    first, last = data[0] / FULL_SCALE, data[-1] / FULL_SCALE
    assert abs(first) < MAX_JOIN and abs(last) < MAX_JOIN, "loops start and end near a zero crossing"
    assert abs(last - first) < MAX_JOIN


@pytest.mark.parametrize("name", [n for n in SFX if n not in LOOPING_SFX])
def test_one_shot_sound_effects_start_and_end_in_silence(name: str) -> None:
    data = samples(AUDIO / "sfx" / f"{name}.wav")
    assert abs(data[0]) < 64 and abs(data[-1]) < 64


@pytest.mark.parametrize("path", wav_paths(), ids=lambda p: p.stem)
def test_levels_peak_below_0_9_of_full_scale_and_never_clip(path: Path) -> None:
    data = samples(path)
    peak = max(max(data), -min(data)) / FULL_SCALE
    assert 0.1 < peak < MAX_PEAK


def test_all_audio_together_is_under_10_mb() -> None:
    # Music is stored as 8-bit mu-law (half of 16-bit PCM) to stay well inside this budget.
    total = sum(p.stat().st_size for p in AUDIO.rglob("*") if p.is_file())
    assert total < 10 * 1024 * 1024


def test_nothing_changed_since_the_files_on_disk_were_built() -> None:
    # Every source, the patches and the synthesiser's code are as the build recorded them,
    # and every WAV is the bytes it wrote (build_audio --check renders them all again).
    assert build_audio.recorded_stale(ROOT) == []


def test_the_noisiest_sources_build_again_into_the_files_on_disk() -> None:
    # Noise, glitches and a whole loop with its echo, rendered here in this process (the
    # committed files were written by another): the build gives the same bytes every time.
    for name, kind in [("chaos", "music"), ("glitch", "sfx"), ("pod_hum", "sfx"), ("sketch", "sfx")]:
        again = build_audio.build(ROOT, only=name, jobs=1)
        path = Path("assets/audio") / kind / f"{name}.wav"
        assert again == {path: (ROOT / path).read_bytes()}


def test_the_build_record_tells_a_changed_source_wav_or_synthesiser_without_rendering(tmp_path: Path) -> None:
    root = copy_sources(tmp_path, ["menu_move", "bump"])
    assert build_audio.main(["--jobs", "1"], root=root) == 0
    assert build_audio.recorded_stale(root) == []
    source = root / "assets/src/audio/sfx/bump.txt"
    source.write_text(source.read_text(encoding="utf-8") + "# a comment\n", encoding="utf-8")
    assert build_audio.recorded_stale(root) == [
        "its source or the synthesiser changed since it was built: assets/audio/sfx/bump.wav"
    ]
    assert build_audio.main(["--jobs", "1"], root=root) == 0
    wav = root / "assets/audio/sfx/menu_move.wav"
    wav.write_bytes(wav.read_bytes()[:-2] + b"\1\0")
    assert build_audio.recorded_stale(root) == ["not the bytes its build wrote: assets/audio/sfx/menu_move.wav"]
    (root / "assets/src/audio/sfx/menu_move.txt").unlink()
    assert "no source for: assets/audio/sfx/menu_move.wav" in build_audio.recorded_stale(root)
    (root / "assets/audio/built.json").unlink()
    assert "built.json cannot be read" in build_audio.recorded_stale(root)[0]


def copy_sources(tmp_path: Path, sfx: list[str]) -> Path:
    src = tmp_path / "assets" / "src" / "audio"
    (src / "sfx").mkdir(parents=True)
    (src / "music").mkdir()
    shutil.copy(SOURCES / "patches.txt", src / "patches.txt")
    for name in sfx:
        shutil.copy(SOURCES / "sfx" / f"{name}.txt", src / "sfx" / f"{name}.txt")
    return tmp_path


def test_check_exits_0_when_up_to_date_and_1_naming_each_file_that_differs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_sources(tmp_path, ["menu_move", "bump"])
    assert build_audio.main(["--check", "--jobs", "1"], root=root) == 1  # nothing built yet
    assert build_audio.main(["--jobs", "1"], root=root) == 0
    assert (root / "assets/audio/loops.json").read_text() == "{}\n"
    capsys.readouterr()
    assert build_audio.main(["--check", "--jobs", "1"], root=root) == 0
    bump = root / "assets/audio/sfx/bump.wav"
    bump.write_bytes(bump.read_bytes()[:-2] + b"\1\0")
    assert build_audio.main(["--check", "--jobs", "1"], root=root) == 1
    err = capsys.readouterr().err
    assert "assets/audio/sfx/bump.wav" in err and "menu_move" not in err


def test_the_parser_reports_a_bad_note_with_file_and_line() -> None:
    text = "step_ms 10\nchannel v sfx_blip\npattern A\nv: C5 H4*2\norder A\n"
    with pytest.raises(AudioSourceError, match=r"^sfx/oops\.txt:4: bad note 'H4'"):
        parse_track(text, "sfx/oops.txt", "oops", patches())


def test_the_parser_reports_a_bar_of_the_wrong_length_with_file_and_line() -> None:
    text = "tempo 90\nsteps 4\nmeter 3\nchannel v sfx_blip\n# a comment\npattern A\nv: C5*4 E5*4 | G5*12 |\norder A\n"
    with pytest.raises(AudioSourceError, match=r"^music/oops\.txt:7: bar line after 8 steps into a bar of 12"):
        parse_track(text, "music/oops.txt", "oops", patches())


def test_the_parser_reports_unknown_patch_keys_and_patches_with_file_and_line() -> None:
    with pytest.raises(AudioSourceError, match=r"^patches\.txt:2: unknown patch key 'wobble'"):
        parse_patches("a: wave=sine\nb: wave=pulse wobble=3\n", "patches.txt")
    with pytest.raises(AudioSourceError, match=r"^x\.txt:1: unknown patch 'kazoo'"):
        parse_track("channel v kazoo\n", "x.txt", "x", patches())


def test_notes_chords_arpeggios_ties_and_hits_are_read_as_written() -> None:
    text = (
        "tempo 120\nsteps 2\nmeter 2\nchannel v sfx_blip 0.5\nhit k kick C2\npattern A\n"
        "v: C#4*2 ~ Bb3,D4@0.5 | C4+4+7 k _*2 |\norder A A+2\n"
    )
    track = parse_track(text, "t.txt", "t", patches())
    assert track.total_steps == 16
    first = [(n.start_step, n.steps, n.pitches, n.arp) for n in track.notes[:4]]
    assert first == [(0, 3, (61,), ()), (3, 1, (58, 62), ()), (4, 1, (60,), (0, 4, 7)), (5, 1, (36,), ())]
    assert track.notes[1].velocity == pytest.approx(0.25)
    assert track.notes[4].pitches == (63,) and track.notes[7].pitches == (36,), "hits are not transposed"


def test_a_loop_wraps_a_note_tail_that_runs_past_the_end_onto_its_start() -> None:
    text = "step_ms 100\nloop\nchannel v sfx_glow\npattern A\nv: _*9 A4\norder A\n"
    track = parse_track(text, "t.txt", "t", patches())
    data = render(track)
    assert len(data) == 22050
    # The note starts at 0.9 s and its 0.25 s release can only sound at the start of the file.
    assert max(abs(v) for v in data[500:3000]) > 1000


def test_wav_bytes_store_the_loop_in_a_smpl_chunk_that_wave_ignores(tmp_path: Path) -> None:
    data = wav_bytes(array("h", [0, 100, -100, 0]), loop=(0, 4))
    assert read_loop(data) == (0, 4)
    assert read_loop(wav_bytes(array("h", [0, 1]))) is None
    path = tmp_path / "x.wav"
    path.write_bytes(data)
    with wave.open(str(path), "rb") as wav:
        assert list(array("h", wav.readframes(4))) == [0, 100, -100, 0]


def exercise(audio: Audio) -> None:
    audio.play_music("title", fade_ms=500)
    audio.play_sfx("menu_move")
    audio.play_sfx("pod_hum", loops=-1)
    audio.play_sfx("no_such_sound")
    audio.stop_sfx("pod_hum", fade_ms=100)
    audio.set_volumes(music=2.0, sfx=-1.0)
    audio.play_music("no_such_track")
    audio.stop_music(fade_ms=300)


def test_audio_is_a_silent_no_op_with_the_dummy_driver(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("SDL_AUDIODRIVER", "dummy")
    with caplog.at_level(logging.INFO, logger="game.audio"):
        audio = Audio.start(sfx_volume=0.5, music_volume=0.7)
        exercise(audio)
    assert not audio.enabled
    assert len(caplog.records) == 1
    assert (audio.music_volume, audio.sfx_volume) == (1.0, 0.0)


def test_audio_is_a_silent_no_op_when_the_mixer_cannot_start(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def no_device(*args: object, **kwargs: object) -> None:
        raise pygame.error("No available audio device")

    monkeypatch.delenv("SDL_AUDIODRIVER", raising=False)
    monkeypatch.setattr(pygame.mixer, "get_init", lambda: None)
    monkeypatch.setattr(pygame.mixer, "init", no_device)
    with caplog.at_level(logging.INFO, logger="game.audio"):
        audio = Audio.start(0.8, 0.8)
        exercise(audio)
    assert not audio.enabled
    assert len(caplog.records) == 1 and "No available audio device" in caplog.records[0].getMessage()


def test_audio_never_raises_even_if_the_mixer_breaks_after_starting(tmp_path: Path) -> None:
    # Enabled, but pygame.mixer is not initialised: every call into it fails; each is logged.
    if pygame.mixer.get_init():
        pygame.mixer.quit()
    exercise(Audio(True, 0.8, 0.8, str(tmp_path)))


def test_the_audio_module_imports_nothing_from_scenes_or_render() -> None:
    tree = ast.parse((ROOT / "game" / "audio.py").read_text(encoding="utf-8"))
    imported = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    imported += [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    assert not [m for m in imported if m.startswith(("game.scenes", "game.render"))]


def test_mu_law_round_trips_within_its_step_and_keeps_silence_and_small_samples_exact() -> None:
    data = array("h", [0, 8, -8, 100, -100, 1000, -1000, 20000, -20000, 32767, -32768])
    decoded = [mulaw_decode(code) for code in mulaw_encode(data)]
    assert decoded[:3] == [0, 8, -8]
    for original, back in zip(data, decoded, strict=True):
        assert abs(original - back) <= max(4, abs(original) // 30) or abs(original) > 32124


def test_a_mu_law_wav_puts_its_data_chunk_last_and_always_carries_its_loop() -> None:
    data = wav_bytes(array("h", [0, 96, -104, 0]), encoding=MULAW)
    assert list(read_chunks(data)) == [b"fmt ", b"fact", b"smpl", b"data"]
    assert data.endswith(read_chunks(data)[b"data"])
    assert read_loop(data) == (0, 4)
    assert list(read_samples(data)) == [0, 96, -104, 0]


PLAYBACK = textwrap.dedent(
    """
    import os, sys, time
    from array import array
    import pygame
    pygame.mixer.init(22050, -16, 2, 512)
    for path in sys.argv[2:] if sys.argv[1] == "load" else []:
        pygame.mixer.Sound(path).play(loops=-1)
        pygame.mixer.music.load(path)
        pygame.mixer.music.play(loops=-1)
        time.sleep(0.05)
        assert pygame.mixer.music.get_busy(), path
        pygame.mixer.stop()
        pygame.mixer.music.stop()
    if sys.argv[1] == "capture":
        out = os.environ["SDL_DISKAUDIOFILE"]
        pygame.mixer.music.load(sys.argv[2])
        pygame.mixer.music.set_volume(1.0)
        pygame.mixer.music.play(loops=-1)
        deadline = time.time() + 20
        while os.path.getsize(out) < 4 * 22050 * 4 and time.time() < deadline:
            time.sleep(0.01)
        pygame.mixer.music.stop()
    print("played", len(sys.argv) - 2)
    """
)


def run_playback(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYGAME_HIDE_SUPPORT_PROMPT": "1", **env}
    return subprocess.run(
        [sys.executable, "-c", PLAYBACK, *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )


def test_pygame_plays_every_music_file_as_music_and_as_a_sound() -> None:
    paths = [str(AUDIO / "music" / f"{name}.wav") for name in MUSIC]
    result = run_playback({"SDL_AUDIODRIVER": "dummy"}, "load", *paths)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"played {len(MUSIC)}"


def test_sdl_mixer_loops_a_mu_law_music_file_sample_for_sample(tmp_path: Path) -> None:
    # SDL's "disk" audio driver writes the mixer's output to a file: looping a short mu-law
    # loop with pygame.mixer.music must give the decoded file again and again, nothing between.
    loop = array("h", [round(9000 * ((i * 7919) % 1013 - 506) / 506) for i in range(3001)])
    loop[0] = loop[-1] = 0
    path = tmp_path / "loop.wav"
    path.write_bytes(wav_bytes(loop, (0, len(loop)), MULAW))
    out = tmp_path / "out.raw"
    env = {"SDL_AUDIODRIVER": "disk", "SDL_DISKAUDIOFILE": str(out), "SDL_DISKAUDIODELAY": "0"}
    result = run_playback(env, "capture", str(path))
    if result.returncode != 0 and "disk" in result.stderr.lower() and not out.exists():
        pytest.skip(f"this SDL has no disk audio driver: {result.stderr.strip()[-200:]}")
    assert result.returncode == 0, result.stderr
    played = array("h", out.read_bytes())[0::2]
    assert played.tobytes() == array("h", out.read_bytes())[1::2].tobytes(), "mono: left == right"
    expected = read_samples(path.read_bytes())
    start = played.tobytes().find(expected[100:164].tobytes()) // 2 - 100
    assert start >= 0 and not any(played[:start])
    laps = 20  # the script waits for 4 s of output (29 laps); after it stops the music, silence
    assert len(played) >= start + laps * len(expected)
    assert played[start : start + laps * len(expected)] == expected * laps
