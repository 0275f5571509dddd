"""Building a map's puzzle content (`MapData.puzzle`) from its Tiled objects.

It runs on the converted `MapObject`s (never on pytmx objects), after the map's own checks,
and collects every mistake as a `Problem` naming the object, so a designer sees all of them
at once instead of a traceback from the puzzle logic. The last checks build the very
`Puzzle`s the game and the solver build, so whatever passes here also plays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from game.content.problems import Problem
from game.content.schema import PUZZLE_TYPES
from game.world.mapdata import MapData, MapObject
from game.world.puzzle.abilities import CRATE, PLANK, PLANK_MAX_TILES
from game.world.puzzle.elements import (
    AllOf,
    AnyOf,
    Block,
    Crowd,
    Element,
    Gate,
    Gaze,
    Junction,
    Lever,
    Memory,
    Plate,
    Voice,
    Zone,
)
from game.world.puzzle.party import ORDER
from game.world.puzzle.puzzle import Puzzle
from game.world.puzzle.signals import Circuit
from game.world.puzzle.spec import PuzzleSpec, Section, section_elements
from game.world.puzzle.weight import Weight

SOURCE_KINDS = ("plate", "lever", "junction", "zone", "all_of", "any_of")
"""Object types whose signal others may read."""
OUTPUT_KINDS = ("gate", "all_of", "any_of")
"""Object types a junction may route its signal to."""
SIGNAL_KINDS = (*SOURCE_KINDS, "gate")
"""Object types whose signal can mean "solved"."""
ELEMENT_KINDS = tuple(kind for kind in PUZZLE_TYPES if kind != "puzzle")

_SOURCES_TEXT = "a plate, lever, junction, zone, all_of or any_of"
_OUTPUTS_TEXT = "a gate, all_of or any_of"


def parse_names(text: object) -> tuple[list[str], list[str]]:
    """Split a comma-separated list of protagonists into (known, unknown), known ones in
    party order and without repeats. pytmx reads an empty string property as None."""
    given = [part.strip().lower() for part in str(text or "").split(",") if part.strip()]
    known = [name for name in ORDER if name in given]
    unknown = [name for name in given if name not in ORDER]
    return known, unknown


class _Builder:
    """Turns one map's puzzle objects into elements and sections, noting problems as it goes."""

    def __init__(self, path: str, data: MapData, party: tuple[str, ...]) -> None:
        self.path = path
        self.data = data
        self.party = party
        self.by_id = {obj.id: obj for obj in data.objects}
        self.problems: list[Problem] = []
        self.fed_by_junction: set[int] = set()
        """Consumers some junction names as an output: they need no input of their own."""
        for obj in data.objects:
            if obj.kind == "junction":
                self.fed_by_junction.update(self.outputs_of(obj))

    # -- reading properties -----------------------------------------------------------------
    def note(self, obj: MapObject, message: str) -> None:
        self.problems.append(Problem(self.path, obj.label, message))

    @staticmethod
    def _int(obj: MapObject, prop: str) -> int:
        """An int or object-reference property. pytmx 3.32 gives references as plain ids;
        an object with an `id` is accepted too, should a later pytmx resolve them."""
        value = obj.properties.get(prop, 0)
        try:
            return int(getattr(value, "id", value) or 0)
        except (TypeError, ValueError):
            return 0

    def outputs_of(self, junction: MapObject) -> set[int]:
        return {self._int(junction, f"output{n}") for n in range(1, 5)} - {0}

    def link(self, obj: MapObject, prop: str, kinds: Sequence[str], what: str) -> int | None:
        """The id an object-reference property points to, if set and of the right kind."""
        target_id = self._int(obj, prop)
        if target_id == 0:
            return None
        target = self.by_id.get(target_id)
        if target is None:
            self.note(obj, f"property '{prop}' links to object {target_id}, which is not on the map")
            return None
        if target.kind not in kinds:
            kind = f"a {target.kind}" if target.kind else "an untyped object"
            self.note(obj, f"property '{prop}' links to {target.label}, {kind}; it must link to {what}")
            return None
        return target_id

    def inputs(self, obj: MapObject, props: Sequence[str]) -> tuple[int, ...] | None:
        """The sources a consumer reads. None (after a problem) when a link is wrong or the
        consumer has no source at all (neither its first input nor a junction feeding it)."""
        ids = [self.link(obj, prop, SOURCE_KINDS, _SOURCES_TEXT) for prop in props]
        wrong = any(i is None and self._int(obj, prop) for i, prop in zip(ids, props, strict=True))
        found = tuple(i for i in ids if i is not None)
        for source in found:
            junction = self.by_id[source]
            if junction.kind == "junction" and obj.id not in self.outputs_of(junction):
                # A junction only delivers to its outputs: this input could never be on.
                self.note(obj, f"reads {junction.label}, which never outputs to it; add it as one of its outputs")
                wrong = True
        if not found and obj.id not in self.fed_by_junction and not wrong:
            self.note(obj, f"needs property '{props[0]}' set to {_SOURCES_TEXT} (or a junction that outputs to it)")
            return None
        return None if wrong else found

    def one_cell(self, obj: MapObject) -> bool:
        if len(obj.cells) != 1:
            self.note(obj, f"is a {obj.kind} and must cover exactly one cell; it covers {len(obj.cells)}")
            return False
        return True

    def weight(self, obj: MapObject, prop: str) -> Weight | None:
        try:
            return Weight(str(obj.properties.get(prop)))
        except ValueError:
            self.note(obj, f"property '{prop}' must be one of {', '.join(w.value for w in Weight)}")
            return None

    # -- one builder per element kind ---------------------------------------------------------
    def plate(self, obj: MapObject) -> Element | None:
        weight = self.weight(obj, "min_weight")
        return None if weight is None else Plate(obj.id, obj.cells, weight)

    def gate(self, obj: MapObject) -> Element | None:
        inputs = self.inputs(obj, ("input", "input2", "input3"))
        return None if inputs is None else Gate(obj.id, obj.cells, inputs)

    def lever(self, obj: MapObject) -> Element | None:
        return Lever(obj.id, obj.cells[0], bool(obj.properties.get("on", False))) if self.one_cell(obj) else None

    def junction(self, obj: MapObject) -> Element | None:
        ok = self.one_cell(obj)
        inputs = self.inputs(obj, ("input",))
        props = [f"output{n}" for n in range(1, 5)]
        outputs = [self.link(obj, prop, OUTPUT_KINDS, _OUTPUTS_TEXT) or 0 for prop in props]
        if any(self._int(obj, prop) and out == 0 for prop, out in zip(props, outputs, strict=True)):
            ok = False
        while outputs and outputs[-1] == 0:
            outputs.pop()
        if not outputs or outputs[0] == 0:
            if self._int(obj, "output1") == 0:
                self.note(obj, f"needs property 'output1' set to {_OUTPUTS_TEXT}")
            ok = False
        rotation = self._int(obj, "start_rotation")
        if outputs and not 0 <= rotation < len(outputs):
            self.note(obj, f"start_rotation is {rotation}, but it has outputs 0 to {len(outputs) - 1}")
            ok = False
        if not ok or inputs is None:
            return None
        return Junction(obj.id, obj.cells[0], inputs, tuple(outputs), rotation)

    def all_of(self, obj: MapObject) -> Element | None:
        inputs = self.inputs(obj, ("input1", "input2", "input3", "input4"))
        return None if inputs is None else AllOf(obj.id, inputs)

    def any_of(self, obj: MapObject) -> Element | None:
        inputs = self.inputs(obj, ("input1", "input2", "input3", "input4"))
        return None if inputs is None else AnyOf(obj.id, inputs)

    def zone(self, obj: MapObject) -> Element | None:
        who, unknown = parse_names(obj.properties.get("who"))
        if unknown:
            self.note(obj, f"property 'who' names {', '.join(unknown)}; known: {', '.join(ORDER)}")
            return None
        count = self._int(obj, "count")
        able = [name for name in (who or self.party) if name in self.party]
        if not 1 <= count <= len(able):
            named = ", ".join(able) or "none"
            self.note(obj, f"count is {count}, but {len(able)} of the party can stand in it ({named})")
            return None
        return Zone(obj.id, obj.cells, count, tuple(who))

    def block(self, obj: MapObject) -> Element | None:
        weight = self.weight(obj, "weight")
        if not self.one_cell(obj) or weight is None:
            return None
        return Block(obj.id, obj.cells[0], weight, str(obj.properties.get("look") or ""))

    def crowd(self, obj: MapObject) -> Element | None:
        calm = self._int(obj, "calm_range")
        if calm < 0:
            self.note(obj, f"calm_range is {calm}; it must be 0 or more tiles")
            return None
        return Crowd(obj.id, obj.cells, calm, str(obj.properties.get("character") or "npc_critic"))

    def gaze(self, obj: MapObject) -> Element | None:
        return Gaze(obj.id, obj.cells)

    def memory(self, obj: MapObject) -> Element | None:
        """A plank over one or two gap cells in a line, or a crate on one cell of plain ground."""
        cells = obj.cells
        terrain = self.data.terrain
        gaps = [c for c in cells if "gap" in terrain.get(c, frozenset())]
        in_line = len({c[0] for c in cells}) == 1 or len({c[1] for c in cells}) == 1
        if gaps and len(gaps) == len(cells) <= PLANK_MAX_TILES and in_line:
            return Memory(obj.id, PLANK, tuple(sorted(cells)))
        if len(cells) == 1 and not gaps:
            return Memory(obj.id, CRATE, cells)
        self.note(
            obj,
            f"is a memory over {len(cells)} cell(s) ({len(gaps)} of them gap): cover one or two gap cells "
            f"in a line (a plank) or one cell of floor (a crate)",
        )
        return None

    def voice(self, obj: MapObject) -> Element | None:
        return Voice(obj.id, obj.cells[0]) if self.one_cell(obj) else None

    def element(self, obj: MapObject) -> Element | None:
        build: Callable[[MapObject], Element | None] = getattr(self, obj.kind)
        return build(obj)

    # -- sections --------------------------------------------------------------------------
    def section(self, obj: MapObject) -> Section | None:
        ok = True
        if not obj.name:
            self.note(obj, "is a puzzle without a name; its name is the puzzle's name")
            ok = False
        solved_by = self.link(obj, "solved_by", SIGNAL_KINDS, f"{_SOURCES_TEXT}, or a gate")
        entry_id = self.link(obj, "entry", ("spawn",), "a spawn inside the puzzle's area")
        for prop, value in (("solved_by", solved_by), ("entry", entry_id)):
            if value is None and self._int(obj, prop) == 0:
                self.note(obj, f"needs property '{prop}' set")
        if solved_by is None or entry_id is None:
            return None
        area = frozenset(obj.cells)
        spawn = self.data.spawns.get(self.by_id[entry_id].name)
        if spawn is None or spawn.cell not in area:
            self.note(obj, f"its entry {self.by_id[entry_id].label} lies outside its area")
            return None
        party, unknown = parse_names(obj.properties.get("party"))
        outside = [name for name in party if name not in self.party]
        if unknown or outside:
            wrong = ", ".join([*unknown, *outside])
            self.note(obj, f"property 'party' names {wrong}, not of the map's party ({', '.join(self.party)})")
            ok = False
        if not ok:
            return None
        hints = str(obj.properties.get("hints") or "")
        return Section(obj.name, area, spawn.cell, solved_by, spawn.facing, obj.label, tuple(party), hints)

    def check_sections(self, sections: list[Section]) -> None:
        """Puzzle names are unique and areas never overlap (a reset must know its puzzle)."""
        by_label = {obj.label: obj for obj in self.data.objects}
        for i, first in enumerate(sections):
            for second in sections[i + 1 :]:
                if first.name == second.name:
                    self.note(by_label[second.label], f"has the same name as {first.label}")
                shared = first.area & second.area
                if shared:
                    cell = min(shared, key=lambda c: (c[1], c[0]))
                    self.note(by_label[second.label], f"overlaps {first.label} (at cell {cell} and others)")


def build_puzzle(
    path: str, data: MapData, party_text: str, *, try_play: bool = True
) -> tuple[PuzzleSpec | None, list[Problem]]:
    """The map's `PuzzleSpec` (None on a map without a party), and every problem found.
    `try_play` builds the puzzles as the game will (skipped while the map has other problems,
    such as objects outside it, that the puzzle logic does not expect)."""
    puzzle_objects = [obj for obj in data.objects if obj.kind in PUZZLE_TYPES]
    party, unknown = parse_names(party_text)
    problems: list[Problem] = []
    if unknown:
        problems.append(Problem(path, "map", f"property 'party' names {', '.join(unknown)}; known: {', '.join(ORDER)}"))
    if not party:
        if not unknown:
            problems += [
                Problem(path, obj.label, f"is a {obj.kind}, but the map has no 'party' property (e.g. mara)")
                for obj in puzzle_objects
            ]
        return None, problems
    builder = _Builder(path, data, tuple(party))
    built = [builder.element(obj) for obj in puzzle_objects if obj.kind in ELEMENT_KINDS]
    elements = [e for e in built if e is not None]
    sections = [s for s in (builder.section(o) for o in puzzle_objects if o.kind == "puzzle") if s is not None]
    builder.check_sections(sections)
    problems += builder.problems
    spec = PuzzleSpec(tuple(party), tuple(sorted(elements, key=lambda e: e.id)), tuple(sections))
    if try_play and not problems:
        problems += playable(path, data, spec)
    return spec, problems


def _name_objects(data: MapData, text: str) -> tuple[str, str]:
    """Puzzle logic names elements by id: name them as the map does. Returns (where, text)
    with `where` the first object mentioned."""
    labels = {obj.id: obj.label for obj in data.objects}
    mentioned = [int(n) for n in re.findall(r"\b\d+\b", text) if int(n) in labels]
    named = re.sub(r"\b\d+\b", lambda m: labels.get(int(m.group()), m.group()), text)
    return (labels[mentioned[0]] if mentioned else "map"), named


def playable(path: str, data: MapData, spec: PuzzleSpec) -> list[Problem]:
    """Build what the game and the solver build: the signal circuit, the map-wide puzzle
    from every spawn, and each puzzle on its own with the whole party at its entry (a reset
    may bring everyone back there). Their ValueErrors become problems."""
    try:
        Circuit(spec.elements)
    except ValueError as exc:
        where, text = _name_objects(data, str(exc))
        return [Problem(path, where, f"wiring: {text}")]
    problems: list[Problem] = []
    spawns = {obj.name: obj for obj in data.objects if obj.kind == "spawn"}
    names = ", ".join(spec.party)
    for name, spawn in data.spawns.items():
        try:
            Puzzle.for_map(data, spec, spawn.cell, spawn.facing)
        except ValueError as exc:
            problems.append(Problem(path, spawns[name].label, f"the party ({names}) cannot start here: {exc}"))
    labels = {obj.id: obj.label for obj in data.objects}
    for section in spec.sections:
        if section.solved_by not in {e.id for e in section_elements(spec, section)}:
            problems.append(
                Problem(
                    path,
                    section.label,
                    f"its solved_by {labels[section.solved_by]} is not inside its area "
                    "(nor logic fed only from inside it)",
                )
            )
            continue
        try:
            Puzzle.of_section(data, spec, section, spec.party)
        except ValueError as exc:
            problems.append(
                Problem(path, section.label, f"cannot be played on its own with the party ({names}): {exc}")
            )
    return problems
