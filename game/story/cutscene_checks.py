"""Scripted walks checked against the maps they play on, before anyone plays them.

A cutscene moves characters with the same world commands as the player (STYLE 12), so a
`move:` whose actor has no way to its target would stop short in play. The validator asks
this module, per map: for every object that starts a knot (its `knot` or `locked_knot`),
follow that knot's content — its stitches, choices and gathers, and every knot it diverts
to, tunnels into or calls, transitively, each once — in the compiled story, and check each
`move:` and `place:` in the order the knots are reached:

- the actor is on this map, found as the world finds it (game.world.world): a member of the
  map's party, `player`, a character placed on it (an npc object's name or `character`),
  and on a map without a party any protagonist (`PLAYER_NAMES`: whoever the player is);
- the target is a spawn or a named object on this map (its first cell, as the director
  aims); both with a "did you mean";
- `place:` puts someone on the target's cell, so that cell must be one they can stand on;
- `move:` has a way from where the actor stands to the target's cell, or, when nobody can
  stand there (a door, a counter), to a cell beside it, where the world's walk ends. A
  character starts from its own cell; the player from where it stands to start the knot
  (next to the character, inspect spot or door; in the trigger; at any spawn for a trigger
  that fires on arrival); another member of a party map from there or from any spawn. A
  `place:` before it adds the cell it put them on (a walk before it ends somewhere the
  actor could walk back from, so it changes nothing).

Walls are the map's solid cells, doors, levers and junctions, and warps (they lead away);
the rest is decided in play, so on a party map gates, gaps, vents and hidden walkways count
as open and blocks and crowds as out of the way: the map the validator's reachability check
walks (`game.content.validate.walking_map`). In play the walk waits at a closed gate. What
follows a `warp:` plays on another map and is left to the story lint (game/story/lint.py).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from game.content.problems import Problem
from game.content.validate import walking_map
from game.story.catalogue import KNOT_PROPERTIES
from game.story.lint import did_you_mean
from game.story.tags import PLAYER_NAMES, Hide, Move, Place, TagError, Warp, parse_direction
from game.story.tree import find_container, knot_paths, tag_lines
from game.world.geometry import Cell, Direction
from game.world.mapdata import MapData, MapObject
from game.world.paths import distances

DIVERT_KEYS = ("->", "->t->", "f()", "^->", "*")
"""Keys of compiled Ink items that lead to other content: a divert, a tunnel, a function
call, a divert target passed as a value, a choice. (`x()`, an EXTERNAL, is the game's.)"""
MAX_CELLS_SHOWN = 3

Parts = tuple[str, ...]
"""An absolute path in the compiled story, one name or index per level."""


# -- the story side: what a knot's content leads to ------------------------------------------------
def _named(container: list[Any]) -> dict[str, Any]:
    last = container[-1] if container else None
    return last if isinstance(last, dict) else {}


def _deepest(root: Any, parts: list[str]) -> tuple[Parts, list[Any]] | None:
    """The deepest container along `parts` (a divert may point at an item inside one, such
    as `knot.7`: the walk then takes the whole container), or None if not even the first
    part is one."""
    node: Any = root
    reached: Parts = ()
    for part in parts:
        child: Any = None
        if not isinstance(node, list):
            break
        if part.isdigit():
            child = node[int(part)] if int(part) < len(node) else None
        elif not part.startswith("#"):
            child = _named(node).get(part)
        if not isinstance(child, list):
            break
        node, reached = child, (*reached, part)
    return (reached, node) if reached else None


def _target(root: Any, here: Parts, target: str) -> tuple[Parts, list[Any]] | None:
    """Where a divert written at `here` (the item's own path) leads. A relative path
    (`.^.^.g-0`) climbs one level per `^` from the item, as the Ink runtime resolves it."""
    if not target.startswith("."):
        return _deepest(root, target.split("."))
    parts = list(here)
    for part in target[1:].split("."):
        if part == "^":
            if not parts:
                return None
            parts.pop()
        else:
            parts.append(part)
    return _deepest(root, parts)


def _leads_to(root: Any, start: Parts, container: list[Any]) -> Iterator[tuple[Parts, list[Any]]]:
    """Every container the content below `start` diverts to (relative ones included)."""
    pending: list[tuple[Parts, list[Any]]] = [(start, container)]
    while pending:
        parts, items = pending.pop()
        for index, item in enumerate(items):
            if isinstance(item, list):
                pending.append(((*parts, str(index)), item))
            elif isinstance(item, dict):
                for key in DIVERT_KEYS:
                    target = item.get(key)
                    if isinstance(target, str) and not (key == "->" and item.get("var")):
                        found = _target(root, (*parts, str(index)), target)
                        if found is not None:
                            yield found
                if index == len(items) - 1:
                    named = [(name, child) for name, child in item.items() if isinstance(child, list)]
                    pending.extend(((*parts, name), child) for name, child in named if not name.startswith("#"))


@dataclass
class _Reader:
    """The tags a knot leads to, per knot (many objects share one)."""

    root: Any
    known: frozenset[str] = field(default_factory=frozenset)
    """Knots and `knot.stitch` paths, for naming where a tag is written."""
    cache: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    def readable(self, parts: Parts) -> str:
        names = [part for part in parts if not part.isdigit()]
        stitch = ".".join(names[:2])
        return stitch if len(names) > 1 and stitch in self.known else names[0] if names else ""

    def tags(self, knot: str) -> list[tuple[str, str]]:
        """(knot or stitch where it is written, raw tag) for everything `knot` leads to: its
        own content first, then the knots it diverts to, breadth first, each once."""
        if knot in self.cache:
            return self.cache[knot]
        found: list[tuple[str, str]] = []
        container = find_container(self.root, knot)
        queue: deque[tuple[Parts, list[Any]]] = deque([(tuple(knot.split(".")), container)] if container else [])
        seen: list[Parts] = []
        while queue:
            parts, items = queue.popleft()
            if any(parts[: len(done)] == done for done in seen):
                continue  # inside content already read (a gather, a stitch of a knot read whole)
            seen.append(parts)
            base = self.readable(parts)
            for where, tags in tag_lines(items):
                written = self.readable((*parts, *where.split("."))) if where else base
                found.extend((written, raw.strip()) for raw in tags)
            queue.extend(_leads_to(self.root, parts, items))
        self.cache[knot] = found
        return found


# -- the map side: who stands where ----------------------------------------------------------------
@dataclass(frozen=True)
class _Actor:
    """Who a stage direction names on this map, and the cells it may start from."""

    key: str
    """One actor however it is named (`player` and `mara` on Mara's flat are the same)."""
    cells: frozenset[Cell]


class _Map:
    """One map as scripted walks see it."""

    def __init__(self, data: MapData) -> None:
        self.data = data
        self.walk = walking_map(data)
        self.reached: dict[Cell, frozenset[Cell]] = {}

    def free(self, cell: Cell) -> bool:
        """Somewhere a scripted walk may step and a `place:` may put someone: not a wall, a
        door, a lever or a junction, and not a warp (it would lead away)."""
        return not self.walk.is_blocked(cell) and cell not in self.walk.warps

    def around(self, cells: tuple[Cell, ...]) -> frozenset[Cell]:
        return frozenset(d.step(cell) for cell in cells for d in Direction if self.free(d.step(cell)))

    def ends(self, goal: Cell) -> frozenset[Cell]:
        """Where a walk to `goal` ends, as the world walks it: on the goal, or beside a goal
        nobody can stand on (a door, a counter)."""
        return frozenset({goal}) if self.free(goal) else self.around((goal,))

    def reachable(self, start: Cell) -> frozenset[Cell]:
        if start not in self.reached:
            self.reached[start] = frozenset(distances(self.walk, start, passable=self.free))
        return self.reached[start]

    def player_start(self, obj: MapObject) -> frozenset[Cell]:
        """Where the player stands when `obj` starts its knot."""
        if obj.kind == "npc":
            route = self.data.paths.get(int(obj.properties.get("path", 0) or 0), ())
            return self.around((*obj.cells, *route))
        if obj.kind == "trigger" and obj.properties.get("on") == "arrive":
            return frozenset(spawn.cell for spawn in self.data.spawns.values() if self.free(spawn.cell))
        inside = frozenset(cell for cell in obj.cells if self.free(cell))
        if obj.kind == "trigger":
            return inside
        return inside | self.around(obj.cells)  # an inspect spot is used facing it or on it; a door from next to it

    def actor(self, name: str, player: frozenset[Cell]) -> _Actor | None:
        """The actor `name` names on this map, as the world finds it: a member of the map's
        party (who may have walked there from any spawn), `player` (the active one), a
        character placed here by object name or `character`; on a map without a party,
        any other protagonist name is taken to be whoever the player is then. None if
        there is no such actor."""
        party = self.data.puzzle.party if self.data.puzzle is not None else ()
        if name in party:
            spawns = frozenset(spawn.cell for spawn in self.data.spawns.values())
            return _Actor(name, player | spawns)
        if name == "player":
            return _Actor("player", player)
        npcs = [obj for obj in self.data.npcs if name in (obj.name, str(obj.properties.get("character") or ""))]
        if npcs:
            return _Actor(f"npc {name}", frozenset(obj.cells[0] for obj in npcs))
        if name in PLAYER_NAMES and self.data.puzzle is None:
            return _Actor("player", player)
        return None

    def actor_names(self) -> list[str]:
        party = self.data.puzzle.party if self.data.puzzle is not None else PLAYER_NAMES
        names = ["player", *party, *(obj.name for obj in self.data.npcs if obj.name)]
        return names + [str(obj.properties["character"]) for obj in self.data.npcs if obj.properties.get("character")]

    def place(self, name: str) -> Cell | None:
        """The cell of the spawn or named object `name`, as the director aims at it."""
        if name in self.data.spawns:
            return self.data.spawns[name].cell
        obj = next((o for o in self.data.objects if o.name == name and o.cells), None)
        return obj.cells[0] if obj is not None else None

    def place_names(self) -> list[str]:
        return [*self.data.spawns, *(obj.name for obj in self.data.objects if obj.name)]


def _cells(cells: frozenset[Cell]) -> str:
    shown = sorted(cells, key=lambda c: (c[1], c[0]))
    text = " or ".join(str(cell) for cell in shown[:MAX_CELLS_SHOWN])
    more = len(shown) - MAX_CELLS_SHOWN
    return f"{text} or {more} more cell{'s' if more > 1 else ''}" if more > 0 else text


def _actors(grid: _Map) -> str:
    if grid.data.puzzle is None:
        return f"an actor is {', '.join(PLAYER_NAMES)} or a character placed on the map"
    return f"an actor is player, one of this map's party ({', '.join(grid.data.puzzle.party)}) or a character on it"


def _check(
    path: str, grid: _Map, obj: MapObject, prop: str, knot: str, tags: list[tuple[str, str]]
) -> Iterator[Problem]:
    player = grid.player_start(obj)
    where: dict[str, frozenset[Cell]] = {}
    """Cells each actor may stand on by now: where it started, where a `place:` put it."""
    for written, raw in tags:
        try:
            direction = parse_direction(raw)
        except TagError:
            continue  # the story lint reports a malformed tag
        if isinstance(direction, Warp):
            return  # what follows plays on another map
        own = "story knot" if prop == "knot" else "locked_knot"
        via = "" if written == knot or written.startswith(f"{knot}.") else f" (by way of '{written}')"
        if isinstance(direction, Hide):
            if grid.actor(direction.actor, player) is None:
                verb = "shows" if direction.shown else "hides"
                hint = did_you_mean(direction.actor, grid.actor_names())
                yield Problem(
                    path, obj.label, f"{own} '{knot}'{via} {verb} '{direction.actor}', who is not on this map{hint}"
                )
            continue
        if not isinstance(direction, Move | Place):
            continue
        who, target = direction.actor, direction.target
        does = f"{own} '{knot}'{via} {'walks' if isinstance(direction, Move) else 'places'}"
        to = "to" if isinstance(direction, Move) else "at"
        actor = grid.actor(who, player)
        goal = grid.place(target)
        if actor is None:
            hint = did_you_mean(who, grid.actor_names())
            yield Problem(path, obj.label, f"{does} '{who}', who is not on this map{hint}; {_actors(grid)}")
        if goal is None:
            hint = did_you_mean(target, grid.place_names())
            yield Problem(
                path, obj.label, f"{does} {who} {to} '{target}', which is not a spawn or named object on this map{hint}"
            )
        if actor is None or goal is None:
            continue
        starts = where.get(actor.key, actor.cells)
        ends = grid.ends(goal)
        if isinstance(direction, Place):
            if not grid.free(goal):
                yield Problem(
                    path,
                    obj.label,
                    f"{does} {who} {to} '{target}', whose cell {goal} nobody can stand on"
                    " (it is solid, a door, a lever, a junction or a warp); place them on a spawn or a free cell",
                )
            else:
                where[actor.key] = starts | {goal}  # a cut, not a walk: there is no way to prove
        elif not ends:
            yield Problem(
                path,
                obj.label,
                f"{does} {who} {to} '{target}', but nobody can stand on its cell {goal} or beside it",
            )
        elif not starts:
            continue  # the player cannot stand where this object starts the knot (reported elsewhere)
        elif not any(ends & grid.reachable(start) for start in sorted(starts)):
            beside = "" if goal in ends else " or beside it"
            yield Problem(
                path,
                obj.label,
                f"{does} {who} {to} '{target}', but there is no way from {_cells(starts)} to {goal}{beside}"
                " on this map",
            )


def cutscene_problems(path: str, data: MapData, root: Any) -> list[Problem]:
    """Every `move:` and `place:` that the knots `data`'s objects start lead to, checked on
    this map (see the module docstring), each problem naming the map file and the object.
    `root` is the compiled story's root container; a knot it lacks is left to
    game.story.bridge.story_problems, which reports it."""
    reader = _Reader(root, frozenset(knot_paths(root)))
    grid = _Map(data)
    problems: list[Problem] = []
    for obj in data.objects:
        for prop in KNOT_PROPERTIES:
            knot = str(obj.properties.get(prop) or "")
            if knot:
                problems.extend(_check(path, grid, obj, prop, knot, reader.tags(knot)))
    return list(dict.fromkeys(problems))
