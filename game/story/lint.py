"""The story lint: every tag the game acts on, checked for its form (tags.py) and for the
names it uses against the game's content (a `Catalogue`), without running the story.

Each problem is a `Problem` naming the .ink file and the knot (`knot 'office.desk'`), as
`python -m game.tools.ink` and `python -m game.tools.validate` print them. What is checked:

- `speaker`: in assets/story/speakers.json; `mood`: a row of the line's speaker's portrait,
  else one of the moods speakers.json gives that speaker, else a mood some portrait or
  speaker has (a typo check);
- `music`, `sfx` and `play_sfx("...")` calls: the .wav exists; `tint`: a palette colour;
- `begin_chapter("...")` calls: a chapter of assets/story/chapters.json;
- `[action]` prompts in the text (game.settings.ACTION_TOKEN): an action the player can
  bind, whose key the dialogue shows in its place;
- `warp`: a map in maps/ that has the spawn; `end`: a knot of the story;
- `move`, `place`, `face`, `pan`: the actor is one of `PLAYER_NAMES` or a character on the
  map, the target a spawn or named object. A knot that a map's objects start is checked
  against that map (and the maps it warps to on the way); any other knot, against every
  map: the name must be on at least one. (Whether a `move` can walk there is the
  validator's check, per map: game/story/cutscene_checks.py.)
- for the game's story (main.json), every .ink in its folder that main.ink does not INCLUDE,
  directly or not: Ink never reads it, so its scenes would be missing without a word.

Every unknown name comes with the nearest real one ("did you mean"), from the helper all
content checks share (game/content/names.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from game.content.names import did_you_mean
from game.content.paths import name_problem
from game.content.problems import Problem, display_path
from game.settings import ACTION_TOKEN, DEFAULT_KEYS
from game.story.catalogue import Catalogue, MapFacts
from game.story.chapters import BEGIN_FUNCTION
from game.story.sources import MAIN, left_out
from game.story.sources import knot_sources as find_knot_sources
from game.story.tags import (
    End,
    Face,
    Move,
    Music,
    Pan,
    Place,
    Sfx,
    StageDirection,
    Tint,
    Warp,
    parse_direction,
    split_tag,
)
from game.story.tags import tag_problems as syntax_problems
from game.story.tree import containers, external_calls, find_container, knot_paths, tag_lines

SFX_FUNCTION = "play_sfx"
"""The EXTERNAL function whose literal argument names a sound effect."""
__all__ = ["did_you_mean", "left_out_problems", "lint_story", "lint_story_file"]
"""`did_you_mean` is game.content.names's, the one helper every check suggests names with."""


def _listing(names: Iterable[str]) -> str:
    return ", ".join(sorted(names)) or "none"


class _Lint:
    """One pass over one compiled story."""

    def __init__(self, root: Any, catalogue: Catalogue, story_file: Path, knot_sources: Mapping[str, str]) -> None:
        self.root = root
        self.catalogue = catalogue
        self.story_file = story_file
        self.knot_sources = knot_sources
        self.problems: list[Problem] = []
        self.broken_maps: list[str] = []
        """Maps that do not load and that a tag needed (reported once, at the end)."""
        self.scopes: dict[str, set[str] | None] = {}

    # -- where ----------------------------------------------------------------------------------
    def report(self, path: str, message: str) -> None:
        knot = path.split(".")[0]
        source = self.knot_sources.get(knot)
        main = self.story_file.with_suffix(".ink")
        if source is not None:
            file = str(self.story_file.parent / source)
        elif not path and main.is_file():
            file = str(main)
        else:
            file = str(self.story_file)
        where = f"knot '{path}'" if path else "top of the story"
        self.problems.append(Problem(file, where, message))

    def scope(self, path: str) -> set[str] | None:
        """The maps a knot's stage directions play on: those whose objects start it (or a
        knot it lies in); None for a knot no map starts (any map will do)."""
        if path not in self.scopes:
            running = {
                name
                for name, facts in self.catalogue.maps.items()
                if facts is not None and any(path == k or path.startswith(f"{k}.") for k in facts.knots)
            }
            self.scopes[path] = running or None
        return self.scopes[path]

    # -- the pass ---------------------------------------------------------------------------------
    def run(self) -> list[Problem]:
        for path, tags in tag_lines(self.root):
            speaker: str | None = None
            for raw in tags:
                key, value = split_tag(raw)
                if key == "speaker" and len(value.split()) == 1:
                    speaker = value
            for raw in tags:
                self.tag(path, raw.strip(), speaker)
        for path, name in external_calls(self.root, SFX_FUNCTION):
            if name is not None:
                self.sound(path, f'{SFX_FUNCTION}("{name}")', name)
        for path, text in _texts(self.root):
            self.prompts(path, text)
        chapters = self.catalogue.chapters
        for path, name in external_calls(self.root, BEGIN_FUNCTION):
            if chapters is not None and name is not None and name not in chapters:
                self.report(
                    path,
                    f'{BEGIN_FUNCTION}("{name}"): no chapter {name!r} in assets/story/chapters.json'
                    f"{did_you_mean(name, chapters)}",
                )
        for name in dict.fromkeys(self.broken_maps):
            self.problems.append(
                Problem(
                    str(self.catalogue.map_path(name)),
                    "map",
                    "does not load, so the story's stage directions that name it were not checked"
                    " (python -m game.tools.validate says why)",
                )
            )
        return list(dict.fromkeys(self.problems))

    def tag(self, path: str, raw: str, speaker: str | None) -> None:
        wrong = syntax_problems(raw)
        if wrong:
            for problem in wrong:
                self.report(path, problem)
            return
        key, value = split_tag(raw)
        if key == "speaker":
            self.speaker(path, raw, value)
        elif key == "mood":
            self.mood(path, raw, value, speaker)
        else:
            direction = parse_direction(raw)
            if direction is not None:
                self.direction(path, raw, direction)

    def speaker(self, path: str, raw: str, speaker: str) -> None:
        table = self.catalogue.speakers
        if table is None or speaker in table:
            return
        self.report(
            path,
            f"tag '# {raw}': unknown speaker '{speaker}'{did_you_mean(speaker, table.speakers)};"
            f" speakers are listed in {display_path(self.catalogue.speakers_file)}",
        )

    def mood(self, path: str, raw: str, mood: str, speaker: str | None) -> None:
        catalogue = self.catalogue
        rows = catalogue.portraits.get(speaker or "")
        declared = catalogue.speakers.speakers.get(speaker or "") if catalogue.speakers else None
        if rows is not None:
            if mood not in rows:
                sheet = display_path(catalogue.portraits_dir / f"{speaker}.json")
                self.report(
                    path,
                    f"tag '# {raw}': {speaker}'s portrait has no mood '{mood}'{did_you_mean(mood, rows)};"
                    f" {sheet} has: {_listing(rows)}",
                )
        elif declared is not None and declared.moods:
            if mood not in declared.moods:
                self.report(
                    path,
                    f"tag '# {raw}': speaker '{speaker}' has no mood '{mood}'{did_you_mean(mood, declared.moods)};"
                    f" {display_path(catalogue.speakers_file)} gives it: {_listing(declared.moods)}",
                )
        elif mood not in (known := catalogue.moods()):
            self.report(
                path,
                f"tag '# {raw}': no portrait or speaker has the mood '{mood}'{did_you_mean(mood, known)};"
                f" give {speaker or 'the speaker'} its moods in {display_path(catalogue.speakers_file)}",
            )

    def direction(self, path: str, raw: str, direction: StageDirection) -> None:
        catalogue = self.catalogue
        if isinstance(direction, Music) and direction.track != "none":
            self.asset(path, f"tag '# {raw}'", direction.track, "music track", catalogue.music, catalogue.music_dir)
        elif isinstance(direction, Sfx):
            self.sound(path, f"tag '# {raw}'", direction.name)
        elif isinstance(direction, Tint) and catalogue.colours is not None:
            if direction.colour not in catalogue.colours:
                self.report(
                    path,
                    f"tag '# {raw}': '{direction.colour}' is not a colour of"
                    f" {display_path(catalogue.palette_file)}{did_you_mean(direction.colour, catalogue.colours)}",
                )
        elif isinstance(direction, Warp):
            self.warp(path, raw, direction)
        elif isinstance(direction, End):
            if find_container(self.root, direction.card) is None:
                hint = did_you_mean(direction.card, knot_paths(self.root))
                self.report(path, f"tag '# {raw}': no knot '{direction.card}' in the story{hint}")
        elif isinstance(direction, Move | Place):
            self.actor(path, raw, direction.actor)
            self.target(path, raw, direction.target)
        elif isinstance(direction, Face):
            self.actor(path, raw, direction.actor)
        elif isinstance(direction, Pan):
            self.target(path, raw, direction.target)

    # -- names --------------------------------------------------------------------------------------
    def prompts(self, path: str, text: str) -> None:
        """Each `[action]` in a line must name an action: the dialogue shows its key there."""
        for match in ACTION_TOKEN.finditer(text):
            name = match.group(1)
            if name not in DEFAULT_KEYS:
                hint = did_you_mean(name, DEFAULT_KEYS)
                self.report(
                    path,
                    f"'{match.group(0)}' in \"{text.strip()[:60]}\": no action '{name}'{hint};"
                    f" a prompt names an action the player binds: {_listing(DEFAULT_KEYS)}",
                )

    def sound(self, path: str, what: str, name: str) -> None:
        self.asset(path, what, name, "sound effect", self.catalogue.sfx, self.catalogue.sfx_dir)

    def asset(self, path: str, what: str, name: str, kind: str, known: frozenset[str], folder: Path) -> None:
        problem = name_problem(name, kind)
        if problem is not None:
            self.report(path, f"{what}: {problem}")
        elif name not in known:
            file = display_path(folder / f"{name}.wav")
            self.report(path, f"{what}: no {kind} '{name}'{did_you_mean(name, known)}; {file} does not exist")

    def warp(self, path: str, raw: str, warp: Warp) -> None:
        maps = self.catalogue.maps
        problem = name_problem(warp.map_name, "map", nested=True)
        if problem is not None:
            self.report(path, f"tag '# {raw}': {problem}")
            return
        if warp.map_name not in maps:
            where = display_path(self.catalogue.maps_dir)
            hint = did_you_mean(warp.map_name, maps)
            self.report(path, f"tag '# {raw}': no map '{warp.map_name}'{hint}; there is no {where}/{warp.map_name}.tmx")
            return
        scope = self.scope(path)
        if scope is not None:
            scope.add(warp.map_name)  # what follows in this knot may play on the map it warps to
        facts = maps[warp.map_name]
        if facts is None:
            self.broken_maps.append(warp.map_name)
        elif warp.spawn not in facts.spawns:
            self.report(
                path,
                f"tag '# {raw}': map '{warp.map_name}' has no spawn '{warp.spawn}'"
                f"{did_you_mean(warp.spawn, facts.spawns)}; it has: {_listing(facts.spawns)}",
            )

    def _facts(self, path: str) -> tuple[list[MapFacts], list[str], str]:
        """The loaded maps a knot's directions may play on, those that do not load, and how
        a message names them."""
        scope = self.scope(path)
        maps = self.catalogue.maps
        names = sorted(scope) if scope is not None else sorted(maps)
        facts = [f for name in names if (f := maps.get(name)) is not None]
        broken = [name for name in names if name in maps and maps[name] is None]
        if scope is None:
            return facts, broken, "any map"
        if len(names) == 1:
            return facts, broken, f"map '{names[0]}'"
        return facts, broken, "maps " + ", ".join(f"'{name}'" for name in names)

    def actor(self, path: str, raw: str, actor: str) -> None:
        facts, broken, where = self._facts(path)
        actors = set(self.catalogue.players).union(*(f.actors for f in facts))
        if actor in actors:
            return
        if broken:  # it may be on a map that does not load: say that once, not per tag
            self.broken_maps.extend(broken)
            return
        self.report(
            path,
            f"tag '# {raw}': no actor '{actor}' on {where}{did_you_mean(actor, actors)}"
            f"; an actor is {', '.join(self.catalogue.players)} or a character placed on the map",
        )

    def target(self, path: str, raw: str, target: str) -> None:
        facts, broken, where = self._facts(path)
        places: set[str] = set().union(*(f.places for f in facts))
        if target in places:
            return
        if broken:
            self.broken_maps.extend(broken)
            return
        self.report(
            path, f"tag '# {raw}': no spawn or named object '{target}' on {where}{did_you_mean(target, places)}"
        )


def _texts(root: Any) -> Iterable[tuple[str, str]]:
    """Every literal piece of text the story shows (lines and choices, not tags), with the
    readable path of its knot."""
    for path, container in containers(root):
        in_tag = False
        for item in container:
            if item == "#":
                in_tag = True
            elif item == "/#":
                in_tag = False
            elif not in_tag and isinstance(item, str) and item.startswith("^"):
                yield path, item[1:]


def left_out_problems(main: Path) -> list[Problem]:
    """One problem per .ink file beside the game's `main` story that it does not INCLUDE
    (directly or through an included file), naming the INCLUDE to add: Ink never sees such
    a file, so nothing else would say that its scenes are missing from the game."""
    found = dict(left_out(main))
    problems: list[Problem] = []
    for ink, by in found.items():
        top, chain = ink, {ink}
        while (up := found.get(top)) is not None and up not in chain:  # the file the chain hangs from
            top = up
            chain.add(up)
        name = top.relative_to(main.parent.resolve()).as_posix()
        fix = f"add `INCLUDE {name}` to {display_path(main)}"
        if by is None:
            why = f"{main.name} does not INCLUDE it, so the game never plays it"
        else:
            why = f"only {by.name} INCLUDEs it, and {main.name} does not include that"
        problems.append(Problem(str(ink), "story", f"is not part of the story: {why}; {fix}"))
    return problems


def lint_story(
    root: Any, catalogue: Catalogue, story_file: str | Path, knot_sources: Mapping[str, str] | None = None
) -> list[Problem]:
    """Every problem with the tags of a compiled story's `root`, each naming the .ink file
    (from `knot_sources`, knot -> file relative to the story's folder) and knot; then the
    catalogue's own problems first, and each map a tag needed that does not load (once).
    For the game's story (main.json), also every .ink beside it that main.ink leaves out."""
    story_file = Path(story_file)
    lint = _Lint(root, catalogue, story_file, knot_sources or {})
    main = story_file.with_suffix(".ink")
    left = left_out_problems(main) if main.name == MAIN else []
    return list(dict.fromkeys([*catalogue.problems, *left, *lint.run()]))


def lint_story_file(compiled: str | Path, catalogue: Catalogue) -> list[Problem]:
    """`lint_story` for a compiled story file (a file that is not JSON is one problem)."""
    compiled = Path(compiled)
    try:
        data = json.loads(compiled.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as error:
        message = getattr(error, "strerror", None) or str(error)
        return [
            Problem(
                str(compiled),
                "story",
                f"cannot be read as compiled Ink ({message}); rebuild it with python -m game.tools.ink",
            )
        ]
    root = data.get("root") if isinstance(data, dict) else None
    return lint_story(root, catalogue, compiled, find_knot_sources(compiled))
