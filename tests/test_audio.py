"""Music and sound effects: the built WAVs match their text sources, loop without a seam, stay
small and quiet enough, and the game's Audio never crashes without a sound device."""

from __future__ import annotations

import ast
import json
import logging
import shutil
import wave
from array import array
from pathlib import Path

import pygame
import pytest

from game.audio import Audio
from game.synth import AudioSourceError, parse_patches, parse_track, read_loop, render, wav_bytes
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
]
SFX = [
    "footstep", "door", "talk_mara", "talk_jonas", "talk_lila", "talk_roe", "pod_hum", "plate_click", "gate",
    "sketch", "glow", "swap", "glitch", "menu_move", "menu_select", "save", "bump", "solved",
]  # fmt: skip
LOOPING_SFX = {"pod_hum"}
FULL_SCALE = 32768
MAX_PEAK = 0.9
MAX_JOIN = 0.02
"""A loop's last and first samples may differ by at most this much of full scale: about the
step between neighbouring samples of a quiet signal, far below an audible click."""


def wav_paths() -> list[Path]:
    return sorted(AUDIO.glob("*/*.wav"))


def samples(path: Path) -> array:
    with wave.open(str(path), "rb") as wav:
        data = array("h", wav.readframes(wav.getnframes()))
    return data


def patches() -> dict:
    return parse_patches((SOURCES / "patches.txt").read_text(encoding="utf-8"), "patches.txt")


@pytest.fixture(scope="module")
def built() -> dict[Path, bytes]:
    """Everything the sources build, in memory (once for this module: it takes a few seconds)."""
    return build_audio.build(ROOT)


def test_every_track_and_sound_effect_the_game_names_has_a_source_and_a_wav() -> None:
    assert sorted(p.stem for p in (SOURCES / "music").glob("*.txt")) == sorted(MUSIC)
    assert sorted(p.stem for p in (SOURCES / "sfx").glob("*.txt")) == sorted(SFX)
    assert sorted(p.stem for p in (AUDIO / "music").glob("*.wav")) == sorted(MUSIC)
    assert sorted(p.stem for p in (AUDIO / "sfx").glob("*.wav")) == sorted(SFX)


@pytest.mark.parametrize("path", wav_paths(), ids=lambda p: p.stem)
def test_every_wav_is_16_bit_mono_22050_hz(path: Path) -> None:
    with wave.open(str(path), "rb") as wav:
        assert (wav.getsampwidth(), wav.getnchannels(), wav.getframerate()) == (2, 1, 22050)
        assert wav.getnframes() > 0


@pytest.mark.parametrize("name", MUSIC)
def test_each_music_file_is_exactly_one_loop_of_15_to_30_seconds(name: str) -> None:
    source = SOURCES / "music" / f"{name}.txt"
    track = parse_track(source.read_text(encoding="utf-8"), str(source), name, patches())
    expected = track.step_sample(track.total_steps)
    with wave.open(str(AUDIO / "music" / f"{name}.wav"), "rb") as wav:
        assert wav.getnframes() == expected
    assert 15.0 <= expected / 22050 <= 30.0


@pytest.mark.parametrize("name", SFX)
def test_sound_effects_are_short_except_the_looping_hum(name: str) -> None:
    with wave.open(str(AUDIO / "sfx" / f"{name}.wav"), "rb") as wav:
        seconds = wav.getnframes() / 22050
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
        with wave.open(str(path), "rb") as wav:
            frames = wav.getnframes()
        assert points == {"loop_start": 0, "loop_end": frames, "samples": frames}
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
    total = sum(p.stat().st_size for p in AUDIO.rglob("*") if p.is_file())
    assert total < 10 * 1024 * 1024


def test_the_files_on_disk_are_what_the_sources_build(built: dict[Path, bytes]) -> None:
    # The files were written by another process, so this is also determinism across runs.
    assert build_audio.stale(ROOT, built) == []


def test_building_twice_in_memory_gives_the_same_bytes(built: dict[Path, bytes]) -> None:
    # The noisiest sources (noise, glitches), rebuilt in this process without the worker pool.
    for name, kind in [("chaos", "music"), ("glitch", "sfx"), ("pod_hum", "sfx"), ("sketch", "sfx")]:
        again = build_audio.build(ROOT, only=name, jobs=1)
        path = Path("assets/audio") / kind / f"{name}.wav"
        assert again == {path: built[path]}


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
