"""Where the story meets the world: conditions from Tiled answered by Ink variables, and
the checks that every Ink path and condition a map names exists in the story, each near
miss with a "did you mean" (the route runner words its own checks with the same helpers)."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from game.content.names import did_you_mean
from game.content.problems import Problem
from game.story.conditions import Condition, ConditionError, parse
from game.story.runtime import Story, StoryError
from game.story.tree import knot_paths
from game.world.mapdata import MapData
from game.world.puzzle.spec import HINT_TIERS

log = logging.getLogger(__name__)

KNOT_PROPERTIES = ("knot", "locked_knot", "hints")


class StoryConditions:
    """The world's condition callback: parses each condition once and reads the story's
    variables every time (the story is the only store of story state)."""

    def __init__(self, story: Story) -> None:
        self.story = story
        self._parsed: dict[str, Condition | None] = {}
        self._warned: set[str] = set()

    def __call__(self, text: str) -> bool:
        if text not in self._parsed:
            try:
                self._parsed[text] = parse(text)
            except ConditionError as exc:
                self._parsed[text] = None
                self._warn(text, str(exc))
        condition = self._parsed[text]
        if condition is None:
            return False
        try:
            return condition(self.story.get)
        except (StoryError, ConditionError) as exc:
            self._warn(text, str(exc))
            return False

    def _warn(self, text: str, message: str) -> None:
        if text not in self._warned:  # the validator reports these; at run time, say it once
            self._warned.add(text)
            log.warning("condition %r treated as false: %s", text, message)


def knot_problem(story: Story, knot: str) -> str | None:
    """None if the story has `knot` (or `knot.stitch`); else why not, with the nearest path."""
    if story.has_path(knot):
        return None
    return f"'{knot}' is not a knot in the Ink story{did_you_mean(knot, knot_paths(story.root))}"


def unknown_variables(story: Story, names: Iterable[str]) -> list[str]:
    """Each of `names` that is not an Ink variable of the story, in order, each followed by
    the nearest one it may have meant (`pod_hour (did you mean 'pod_hours'?)`)."""
    declared = story.variables()
    return [f"{name}{did_you_mean(name, declared)}" for name in names if name not in declared]


def story_problems(path: str, data: MapData, story: Story) -> list[Problem]:
    """Ink paths and conditions in a map that the story does not have."""
    problems: list[Problem] = []
    for obj in data.objects:
        for prop in KNOT_PROPERTIES:
            knot = str(obj.properties.get(prop, "") or "")
            wrong = knot_problem(story, knot) if knot else None
            if wrong is not None:
                problems.append(Problem(path, obj.label, f"{prop} {wrong}"))
            elif prop == "hints" and knot:
                missing = [tier for tier in HINT_TIERS if not story.has_path(f"{knot}.{tier}")]
                if missing:
                    tiers = ", ".join(f"= {tier}" for tier in HINT_TIERS)
                    problems.append(
                        Problem(
                            path, obj.label, f"hints '{knot}' has no stitch {', '.join(missing)} (it needs {tiers})"
                        )
                    )
        condition = str(obj.properties.get("condition", "") or "")
        if condition:
            try:
                unknown = unknown_variables(story, sorted(parse(condition).names()))
            except ConditionError as exc:
                problems.append(Problem(path, obj.label, str(exc)))
                continue
            if unknown:
                problems.append(Problem(path, obj.label, f"condition names {', '.join(unknown)}, not Ink variables"))
    return problems
