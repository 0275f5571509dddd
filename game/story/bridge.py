"""Where the story meets the world: conditions from Tiled answered by Ink variables, and
the checks that every Ink path and condition a map names exists in the story."""

from __future__ import annotations

import logging

from game.content.problems import Problem
from game.story.conditions import Condition, ConditionError, parse
from game.story.runtime import Story, StoryError
from game.world.mapdata import MapData

log = logging.getLogger(__name__)

KNOT_PROPERTIES = ("knot", "locked_knot")


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


def story_problems(path: str, data: MapData, story: Story) -> list[Problem]:
    """Ink paths and conditions in a map that the story does not have."""
    problems: list[Problem] = []
    variables = set(story.variables())
    for obj in data.objects:
        for prop in KNOT_PROPERTIES:
            knot = str(obj.properties.get(prop, "") or "")
            if knot and not story.has_path(knot):
                problems.append(Problem(path, obj.label, f"{prop} '{knot}' is not a knot in the Ink story"))
        condition = str(obj.properties.get("condition", "") or "")
        if condition:
            try:
                unknown = parse(condition).names() - variables
            except ConditionError as exc:
                problems.append(Problem(path, obj.label, str(exc)))
                continue
            if unknown:
                problems.append(
                    Problem(path, obj.label, f"condition names {', '.join(sorted(unknown))}, not Ink variables")
                )
    return problems
