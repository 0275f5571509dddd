"""The object types, enums and properties that maps may use.

This is the one source of truth: the loader checks maps against it, and
`python -m game.tools.tiled_project` writes the Tiled project file and the Tiled 1.8 object
types file from it, so a designer sees the same properties with the same defaults.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ENUMS: dict[str, tuple[str, ...]] = {
    "Direction": ("down", "up", "left", "right"),
    "Character": ("mara", "jonas", "lila", "roe"),
    "Weight": ("light", "medium", "heavy"),
    "Reveal": ("trace", "glow"),
    "TriggerOn": ("enter", "interact", "arrive"),
}

BASIC_TYPES = ("string", "int", "float", "bool", "file", "object", "color")

RESERVED_NAMES = frozenset(
    {
        "id",
        "name",
        "type",
        "class",
        "x",
        "y",
        "width",
        "height",
        "rotation",
        "visible",
        "gid",
        "template",
        "properties",
        "source",
        "opacity",
        "image",
        "points",
        "parent",
    }
)
"""Property names pytmx refuses (they collide with attributes) or that read as such."""


@dataclass(frozen=True)
class Prop:
    """A custom property: its Tiled type (a basic type or an enum name), whether a map must
    set it (directly or through the template), its default, and what it is for."""

    type: str
    doc: str
    required: bool = False
    default: Any = None

    @property
    def enum_values(self) -> tuple[str, ...] | None:
        return ENUMS.get(self.type)

    def tiled_default(self) -> Any:
        """The default a designer sees in Tiled for a new object."""
        if self.default is not None:
            return self.default
        if self.enum_values:
            return self.enum_values[0]
        return {"string": "", "file": "", "int": 0, "float": 0.0, "bool": False, "object": 0, "color": ""}[self.type]


@dataclass(frozen=True)
class ObjectType:
    """A kind of object a designer places in Tiled."""

    doc: str
    color: str
    props: dict[str, Prop] = field(default_factory=dict)
    shape: str = "rect"  # "rect", "point" or "polyline"
    one_of: tuple[str, ...] = ()
    """Properties of which at least one must be set (an inspect spot's text or knot)."""


_CONDITION = Prop(
    "string",
    "Only when this holds: Ink variables, numbers, true/false with == != < <= > >=, and, or, not "
    "(e.g. pod_hours >= 2 and not answered_office). Empty: always.",
    default="",
)
_KNOT = Prop("string", "The Ink knot (or knot.stitch) to run, in assets/story.", required=True)
_LINK = {
    "target_map": Prop("string", "Map to go to: its file name without .tmx.", required=True),
    "target_spawn": Prop("string", "Spawn (by name) in the target map.", required=True),
    "condition": _CONDITION,
}


def _link(doc: str, required: bool = False) -> Prop:
    """An object-reference property (0 = unset): how puzzle elements are wired in Tiled."""
    return Prop("object", doc, required=required, default=None if required else 0)


_INPUT_DOC = "A signal source it reads (plate, lever, junction, zone, all_of or any_of)."

PUZZLE_TYPES: dict[str, ObjectType] = {
    "plate": ObjectType(
        "A pressure plate: on while the weight on its cells reaches min_weight. Weights add up: "
        "light 1 (Lila, a sketched crate), medium 2 (Mara, Jonas), heavy 4 (Roe, a heavy block).",
        "#ff3fd08a",
        {"min_weight": Prop("Weight", "The least weight that presses it.", default="light")},
    ),
    "gate": ObjectType(
        "A gate: open while any of its inputs is on; it never closes on someone standing in it.",
        "#ffe0582e",
        {
            "input": _link(_INPUT_DOC, required=True),
            "input2": _link("Another source that also opens it (optional)."),
            "input3": _link("A third source that also opens it (optional)."),
        },
    ),
    "lever": ObjectType(
        "A lever on one blocking cell: interacting while facing it flips it.",
        "#ffe8d030",
        {"on": Prop("bool", "Whether it starts switched on.", default=False)},
    ),
    "junction": ObjectType(
        "A wiring junction on one blocking cell: carries its input to one output, chosen by its "
        "rotation; Mara turns it with her lens on. An unset output between set ones is a dead wire.",
        "#ff30e0e0",
        {
            "input": _link(_INPUT_DOC, required=True),
            "output1": _link("Where the signal goes at rotation 0: a gate, all_of or any_of.", required=True),
            "output2": _link("Where it goes at rotation 1 (optional)."),
            "output3": _link("Where it goes at rotation 2 (optional)."),
            "output4": _link("Where it goes at rotation 3 (optional)."),
            "start_rotation": Prop(
                "int",
                "Which output is live at the start (0 = output1). Not named rotation: pytmx reserves that.",
                default=0,
            ),
        },
    ),
    "all_of": ObjectType(
        "Pure logic (a point anywhere): on while every set input is on in the same step.",
        "#ff5a50d8",
        {
            "input1": _link(_INPUT_DOC, required=True),
            "input2": _link("Another source (optional)."),
            "input3": _link("Another source (optional)."),
            "input4": _link("Another source (optional)."),
        },
        shape="point",
    ),
    "any_of": ObjectType(
        "Pure logic (a point anywhere): on while at least one set input is on.",
        "#ffa050d8",
        {
            "input1": _link(_INPUT_DOC, required=True),
            "input2": _link("Another source (optional)."),
            "input3": _link("Another source (optional)."),
            "input4": _link("Another source (optional)."),
        },
        shape="point",
    ),
    "zone": ObjectType(
        "A goal or exit area: on while at least count of the protagonists in who stand in it.",
        "#ff60ffb0",
        {
            "count": Prop("int", "How many must stand in it.", default=1),
            "who": Prop("string", "Who counts: comma-separated (mara, jonas, lila, roe); empty: anyone.", default=""),
        },
    ),
    "block": ObjectType(
        "A pushable block on one cell: only Roe pushes heavy ones, anyone pushes light ones; it weighs on plates.",
        "#ff9a6a40",
        {
            "weight": Prop("Weight", "How heavy it is.", default="heavy"),
            "look": Prop(
                "string",
                "How it is drawn: the kind of a tile in the map's tilesets (e.g. filing_cabinet in Roe's "
                "archive). Empty: the standard block.",
                default="",
            ),
        },
    ),
    "crowd": ObjectType(
        "Judging figures: their cells block everyone unless Roe stands within calm_range tiles.",
        "#ff70708c",
        {
            "calm_range": Prop("int", "How near (in tiles, Manhattan) Roe must stand to part them.", default=2),
            "character": Prop(
                "string",
                "The figures' sprite sheet in assets/sprites: npc_critic (Jonas's critics), npc_memory (Roe's "
                "memories)...",
                default="npc_critic",
            ),
        },
    ),
    "gaze": ObjectType(
        "Cells under a judging gaze: a sketch touching them dissolves unless Roe stands next to it.",
        "#ffff4090",
    ),
    "memory": ObjectType(
        "Something half-remembered (Roe's dream), like one of Jonas's sketches: over one or two gap "
        "cells in a line it is a plank, on one floor cell a light crate. There from the start and "
        "after a reset; once someone comes within 3 tiles it fades after a while, unless Roe stands "
        "beside it; a gaze dissolves it.",
        "#ffd8b080",
    ),
    "voice": ObjectType(
        "Someone's voice in Lila's dream, on one cell: her light counts it as company (full size "
        "within 2 tiles of it, as beside a companion).",
        "#ffffc070",
    ),
    "puzzle": ObjectType(
        "The area of one puzzle; its name is the puzzle's name. Reset (R) restores what began in it "
        "and puts the protagonists inside back at its entry. Areas must not overlap.",
        "#ffd8d8d8",
        {
            "solved_by": _link("The element whose signal means solved (plate, lever, zone, gate, all_of...).", True),
            "entry": _link("A spawn inside the area: where a reset puts the protagonists.", required=True),
            "party": Prop(
                "string",
                "Who the puzzle is meant for, comma-separated (e.g. mara,lila): the solver proves it with "
                "them alone and checks that each is needed. Empty: the map's whole party.",
                default="",
            ),
            "hints": Prop(
                "string",
                "The Ink knot of Roe's three hints for it, with stitches nudge, clue and answer "
                "(e.g. hint_ledgers); the player asks for them from the pause menu or the hint key.",
                default="",
            ),
        },
    ),
}
"""Puzzle elements (maps with a `party` property only); game/content/puzzles.py builds them."""

_PROMPT = Prop(
    "string",
    "What the prompt over the player says while interact would use it, e.g. 'Sit at your desk' "
    "(empty: Open, Talk, Look or Use).",
    default="",
)

_MARKER = Prop(
    "bool",
    "A small chevron bobs over it while interact would use it: the way forward, where a new "
    "player would look for it (Mara's desk, her pod at the showcase).",
    default=False,
)

OBJECT_TYPES: dict[str, ObjectType] = {
    "spawn": ObjectType(
        "Where the player arrives; the object's name is the spawn id.",
        "#ff5fd7ff",
        {"facing": Prop("Direction", "Which way the player faces on arrival.", default="down")},
        shape="point",
    ),
    "door": ObjectType(
        "A door on a solid door tile: walking into it or interacting leads to the target, when "
        "its condition holds; otherwise it shows locked_text or runs locked_knot.",
        "#ffffb000",
        {
            **_LINK,
            "locked_text": Prop("string", "What the player reads at the door while it is locked.", default=""),
            "locked_knot": Prop("string", "Or: the Ink knot to run while it is locked.", default=""),
            "prompt": _PROMPT,
            "marker": _MARKER,
        },
    ),
    "warp": ObjectType(
        "An area that leads to the target as soon as the player steps onto it.",
        "#ffff7a00",
        dict(_LINK),
    ),
    "inspect": ObjectType(
        "Something to look at: interacting while facing it shows its text, or runs its Ink knot.",
        "#ff3fc5ff",
        {
            "text": Prop("string", "What the player character thinks or sees.", default=""),
            "knot": Prop("string", "Or: the Ink knot to run (its lines can change with the story).", default=""),
            "condition": _CONDITION,
            "prompt": _PROMPT,
            "marker": _MARKER,
        },
        one_of=("text", "knot"),
    ),
    "npc": ObjectType(
        "A character: talking to it (interact while facing it) runs its Ink knot; it faces the "
        "player, and may stroll back and forth along a path object.",
        "#ff9cff5f",
        {
            "character": Prop("string", "Sprite sheet name in assets/sprites (e.g. npc_nurse).", required=True),
            "knot": _KNOT,
            "facing": Prop("Direction", "Which way it faces at rest.", default="down"),
            "path": Prop("object", "A path (polyline) object to stroll along; none: it stays put.", default=0),
            "condition": Prop("string", "Only present while this holds (see door).", default=""),
            "prompt": _PROMPT,
            "marker": _MARKER,
        },
        shape="point",
    ),
    "trigger": ObjectType(
        "An area that runs an Ink knot when the player enters it, presses interact in it, or "
        "arrives on the map (on = arrive).",
        "#ffc05fff",
        {
            "knot": _KNOT,
            "on": Prop("TriggerOn", "What fires it.", default="enter"),
            "once": Prop("bool", "Fire only the first time.", default=True),
            "condition": _CONDITION,
            "prompt": _PROMPT,
            "marker": _MARKER,
        },
    ),
    "path": ObjectType(
        "A route for a character's idle stroll: a polyline whose corners are cells.",
        "#ff8080ff",
        shape="polyline",
    ),
    "solid": ObjectType("Blocks the cells it covers.", "#ffff3040"),
    **PUZZLE_TYPES,
}

MAP_PROPS: dict[str, Prop] = {
    "title": Prop("string", "The place name shown to the player.", required=True),
    "music": Prop("string", "The music loop to play here (a name in assets/audio/music); empty keeps the current."),
    "waking": Prop("bool", "The waking world: its colour drains as the story's pod_hours grow.", default=False),
    "anxious": Prop(
        "bool",
        "A busy place for Lila: while she plays it, the screen's edges darken as people come near "
        "her, and she can stop and breathe ([ability]). Never a penalty.",
        default=False,
    ),
    "party": Prop(
        "string",
        "Protagonists on this map, comma-separated (e.g. mara, or mara,jonas,lila,roe): the map is "
        "played with the party and the puzzle rules. Empty: one player, no puzzles.",
        default="",
    ),
}

TILE_PROPS: dict[str, Prop] = {
    "kind": Prop("string", "What the tile shows (for tools and tests)."),
    "solid": Prop("bool", "Blocks movement.", default=False),
    "gap": Prop("bool", "A pit or void: not walkable; a sketched plank can span 1-2 gap cells.", default=False),
    "dark": Prop("bool", "Darkness: unsafe without Lila's light.", default=False),
    "vent": Prop("bool", "A crawlspace only Lila fits through.", default=False),
    "hidden": Prop("Reveal", "Only there while Mara's Trace (trace) or Lila's Glow (glow) reveals it."),
    "wire": Prop("bool", "Hidden wiring, shown only on Trace's overlay.", default=False),
}

COLLISION_LAYER = "collision"
"""Every object on an object layer with this name blocks the cells it covers."""

SPRITE_LAYER = "sprites"
"""Characters are drawn at the depth of the (empty) object layer with this name."""

TRACE_LAYER = "trace"
"""A tile layer with this name is drawn only while Mara's lens is on (hidden wiring), so it
never counts as drawing a cell."""
