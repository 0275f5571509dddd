"""Conditions written in Tiled, read against story variables."""

from __future__ import annotations

import pytest

from game.story.conditions import ConditionError, parse

VARS = {"pod_hours": 3, "answered_office": False, "slept_in": True, "day": 1, "name": "mara"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pod_hours >= 2", True),
        ("pod_hours < 2", False),
        ("answered_office", False),
        ("not answered_office", True),
        ("slept_in and pod_hours == 3", True),
        ("answered_office or day == 1", True),
        ("not (slept_in and day != 1)", True),
        ('name == "mara"', True),
        ("true and not false", True),
    ],
)
def test_conditions_read_story_variables(text: str, expected: bool) -> None:
    assert parse(text)(VARS.__getitem__) is expected


def test_a_condition_lists_the_variables_it_reads() -> None:
    assert parse("pod_hours > 1 and not (slept_in or answered_office)").names() == {
        "pod_hours",
        "slept_in",
        "answered_office",
    }


@pytest.mark.parametrize("text", ["pod_hours >=", "(day == 1", "and day", "day === 1", "day == 1 slept_in", ""])
def test_a_malformed_condition_is_named(text: str) -> None:
    with pytest.raises(ConditionError):
        parse(text)
