"""Who may speak in the story: assets/story/speakers.json, the table of speaker ids.

    {"mara": {"name": "Mara"},
     "narrator": {"name": null},
     "manager": {"name": "P. Vance", "moods": ["curt"]}}

`name` is the name plate the dialogue box shows (null: none, as for the narrator). A speaker
with portraits (assets/portraits/<id>.json) has the moods its sheet has rows for; a speaker
without one lists the moods the story may give it in `moods`, so a typo is still caught
and an artist drawing the portrait later knows which rows to draw. The story lint
(game/story/lint.py) reports a `# speaker:` that is not in this table.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from game.story.tables import read_table_text, table_entries

log = logging.getLogger(__name__)

SPEAKERS_FILE = Path(__file__).resolve().parents[2] / "assets" / "story" / "speakers.json"
NARRATOR = "narrator"


class SpeakersError(ValueError):
    """A speakers table that cannot be used; the message says which entry and why."""


@dataclass(frozen=True)
class Speaker:
    """One entry of the table."""

    id: str
    name: str | None
    moods: tuple[str, ...] = ()


@dataclass(frozen=True)
class SpeakerTable:
    """Every speaker the story may name, by id."""

    speakers: Mapping[str, Speaker]

    def __contains__(self, speaker: object) -> bool:
        return speaker in self.speakers

    def name(self, speaker: str | None) -> str | None:
        """The name plate for a speaker id: None for the narrator, for no speaker and for
        a speaker whose name is null; an id missing from the table is shown title-cased
        (the lint reports it, but a player never sees a crash for it)."""
        if not speaker or speaker == NARRATOR:
            return None
        entry = self.speakers.get(speaker)
        return entry.name if entry is not None else speaker.replace("_", " ").title()


def parse_speakers(text: str) -> SpeakerTable:
    """Read the table from JSON text; raises SpeakersError saying what is wrong."""
    speakers: dict[str, Speaker] = {}
    for speaker, entry in table_entries(text, "speaker", '{"mara": {"name": "Mara"}}', SpeakersError):
        if not isinstance(entry, dict) or set(entry) - {"name", "moods"}:
            raise SpeakersError(f'speaker \'{speaker}\': expected {{"name": ..., "moods": [...]}}')
        name = entry.get("name")
        if name is not None and (not isinstance(name, str) or not name.strip()):
            raise SpeakersError(f"speaker '{speaker}': name should be text, or null for no name plate")
        moods = entry.get("moods", [])
        if not isinstance(moods, list) or not all(isinstance(m, str) and m and " " not in m for m in moods):
            raise SpeakersError(f"speaker '{speaker}': moods should be a list of one-word names")
        speakers[speaker] = Speaker(speaker, name, tuple(moods))
    return SpeakerTable(MappingProxyType(speakers))


def load_speakers(path: Path = SPEAKERS_FILE) -> SpeakerTable:
    """Read the table from a file; raises SpeakersError saying what is wrong."""
    text = read_table_text(path, SpeakersError)
    return parse_speakers(text)


@functools.cache
def game_speakers() -> SpeakerTable:
    """The game's own table, read once. A broken file must not stop the game (the lint
    reports it): the dialogue then shows every id title-cased."""
    try:
        return load_speakers()
    except SpeakersError as error:
        log.warning("%s: %s; speaker names are shown title-cased", SPEAKERS_FILE, error)
        return SpeakerTable(MappingProxyType({}))


def speaker_name(speaker: str | None) -> str | None:
    """The name plate the dialogue shows for a speaker id (None: no name plate)."""
    return game_speakers().name(speaker)
