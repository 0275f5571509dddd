"""Sound at run time: sound effects and looping music through ``pygame.mixer``.

The files are built by ``python -m game.tools.build_audio`` (see ``game.synth``). Every music
WAV is exactly one loop long and has no intro, so looping is simply
``pygame.mixer.music.play(loops=-1)``: the file is a periodic signal that starts and ends at a
zero crossing, so the end runs into the start with no seam. (The loop is also written in
each file's ``smpl`` chunk and in ``assets/audio/loops.json`` for tools and other players.)

Sound is never worth a crash. Without an audio device (``SDL_AUDIODRIVER=dummy``, or the mixer
refuses to start) ``Audio.start`` returns a silent object that logs one line and then does
nothing; a missing or broken file is logged once and skipped.
"""

from __future__ import annotations

import logging
import os

import pygame

from game.content.paths import NameError_, resolve

log = logging.getLogger(__name__)

AUDIO_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "assets", "audio")
MIXER_FREQUENCY_HZ = 22050
MIXER_BUFFER_SAMPLES = 512
MIXER_CHANNELS = 16


def _clamp(volume: float) -> float:
    return max(0.0, min(1.0, float(volume)))


class Audio:
    """Plays named sound effects (``assets/audio/sfx/<name>.wav``) and music tracks
    (``assets/audio/music/<track>.wav``). Build one with ``Audio.start``."""

    def __init__(self, enabled: bool, sfx_volume: float, music_volume: float, audio_dir: str = AUDIO_DIR) -> None:
        self.enabled = enabled
        self.audio_dir = audio_dir
        self.sfx_volume = _clamp(sfx_volume)
        self.music_volume = _clamp(music_volume)
        self.current_music: str | None = None
        self._sounds: dict[str, pygame.mixer.Sound | None] = {}
        self._failed: set[str] = set()

    @classmethod
    def start(cls, sfx_volume: float = 0.8, music_volume: float = 0.8, audio_dir: str = AUDIO_DIR) -> Audio:
        """Open the mixer, or return a silent Audio if there is no sound device."""
        if os.environ.get("SDL_AUDIODRIVER", "").lower() == "dummy":
            log.info("audio: SDL_AUDIODRIVER=dummy, so the game runs silently")
            return cls(False, sfx_volume, music_volume, audio_dir)
        try:
            if not pygame.mixer.get_init():
                pygame.mixer.init(MIXER_FREQUENCY_HZ, -16, 2, MIXER_BUFFER_SAMPLES)
            pygame.mixer.set_num_channels(MIXER_CHANNELS)
        except Exception as error:  # no device, no driver, or a broken SDL build: play silently
            log.info("audio: no sound device (%s), so the game runs silently", error)
            return cls(False, sfx_volume, music_volume, audio_dir)
        return cls(True, sfx_volume, music_volume, audio_dir)

    def _warn_once(self, key: str, message: str, *args: object) -> None:
        if key not in self._failed:
            self._failed.add(key)
            log.warning(message, *args)

    def _file(self, folder: str, name: str, what: str) -> str | None:
        """The WAV a sound or track name stands for, only inside assets/audio/<folder>;
        None (warned once) for a name that is not a plain name."""
        try:
            return resolve(os.path.join(self.audio_dir, folder), name, ".wav", what)
        except NameError_ as error:
            self._warn_once(f"{folder}:{name}", "audio: %s", error)
            return None

    def _sound(self, name: str) -> pygame.mixer.Sound | None:
        if name not in self._sounds:
            path = self._file("sfx", name, "sound effect")
            try:
                if path is None:
                    raise FileNotFoundError(name)
                sound = pygame.mixer.Sound(path)
                sound.set_volume(self.sfx_volume)
            except Exception as error:
                self._warn_once(f"sfx:{name}", "audio: cannot load sound effect %r (%s)", name, error)
                sound = None
            self._sounds[name] = sound
        return self._sounds[name]

    def play_sfx(self, name: str, loops: int = 0) -> None:
        """Play a sound effect once (``loops=-1``: until ``stop_sfx``, for ``pod_hum``)."""
        if not self.enabled:
            return
        sound = self._sound(name)
        if sound is None:
            return
        try:
            sound.play(loops=loops)
        except Exception as error:
            self._warn_once(f"play:{name}", "audio: cannot play %r (%s)", name, error)

    def stop_sfx(self, name: str, fade_ms: int = 0) -> None:
        """Stop every playing instance of a sound effect."""
        sound = self._sounds.get(name) if self.enabled else None
        if sound is not None:
            try:
                if fade_ms > 0:
                    sound.fadeout(fade_ms)
                else:
                    sound.stop()
            except Exception as error:
                self._warn_once(f"stop:{name}", "audio: cannot stop %r (%s)", name, error)

    def play_music(self, track: str, fade_ms: int = 0) -> None:
        """Loop a music track forever; asking for the track already playing changes nothing."""
        if not self.enabled or track == self.current_music:
            return
        path = self._file("music", track, "music track")
        if path is None:
            return
        try:
            pygame.mixer.music.load(path)
            pygame.mixer.music.set_volume(self.music_volume)
            pygame.mixer.music.play(loops=-1, fade_ms=max(0, fade_ms))
            self.current_music = track
        except Exception as error:
            self._warn_once(f"music:{track}", "audio: cannot play music %r (%s)", track, error)

    def stop_music(self, fade_ms: int = 0) -> None:
        """Stop the music, fading out over ``fade_ms`` milliseconds."""
        self.current_music = None
        if not self.enabled:
            return
        try:
            if fade_ms > 0:
                pygame.mixer.music.fadeout(fade_ms)
            else:
                pygame.mixer.music.stop()
        except Exception as error:
            self._warn_once("stop_music", "audio: cannot stop the music (%s)", error)

    def set_volumes(self, music: float, sfx: float) -> None:
        """Set both volumes (0..1), for the playing music and every loaded sound effect."""
        self.music_volume, self.sfx_volume = _clamp(music), _clamp(sfx)
        if not self.enabled:
            return
        try:
            pygame.mixer.music.set_volume(self.music_volume)
            for sound in self._sounds.values():
                if sound is not None:
                    sound.set_volume(self.sfx_volume)
        except Exception as error:
            self._warn_once("volume", "audio: cannot set the volume (%s)", error)
