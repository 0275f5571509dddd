"""Lila's anxiety on a map marked `anxious`: the edges darken as people come near her, she can
take a breath ([ability]) that holds her still a moment and calms the room for a while, and
none of it is a penalty or moves without her; reduce motion holds the edges still."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pygame
import pytest

from game.input import Action
from game.scenes.anxiety import BREATH_S, CALM_S, FULL_AT, PROMPT_AT, Anxiety
from game.world import STEP_S

pytestmark = pytest.mark.usefixtures("quit_pygame")


def world(who: str = "lila", near: int = 4, far: int = 2) -> Any:
    """A stand-in world: `near` characters within reach of the player at (10, 10)."""
    npcs = [SimpleNamespace(actor=SimpleNamespace(cell=(10 + i % 2, 10 + i // 2))) for i in range(near)]
    npcs += [SimpleNamespace(actor=SimpleNamespace(cell=(30 + i, 30))) for i in range(far)]
    player = SimpleNamespace(name=who, cell=(10, 10), moving=False)
    return SimpleNamespace(player=player, npcs=npcs, party_puzzle=None)


def run(anxiety: Anxiety, w: Any, seconds: float, pressed: set[Action] | None = None) -> list[bool]:
    said = [anxiety.update(w, True, pressed or set())]
    said += [anxiety.update(w, True, set()) for _ in range(round(seconds / STEP_S) - 1)]
    return said


def test_the_edges_rise_slowly_with_the_people_near_her_and_never_for_anyone_else() -> None:
    anxiety = Anxiety()
    run(anxiety, world(near=2), 0.5)
    assert 0 < anxiety.level < 0.5, "it rises, never in a jump"
    run(anxiety, world(near=2), 5)
    assert anxiety.level == pytest.approx(2 / FULL_AT), "two of the few it takes to be darkest"
    run(anxiety, world(near=0), 5)
    assert anxiety.level == 0, "alone again, it passes"
    mara = Anxiety()
    run(mara, world("mara", near=6), 5)
    assert mara.level == 0, "it is Lila's"
    quiet = Anxiety()
    quiet.update(world(near=6), False, set())
    assert quiet.level == 0, "only on a map marked anxious"


def test_a_breath_holds_her_still_then_the_room_stays_calm_however_crowded() -> None:
    anxiety, crowded = Anxiety(), world(near=6)
    assert not run(anxiety, crowded, 0.2, {Action.ABILITY})[0], "no breath is offered before it is needed"
    run(anxiety, crowded, 3)
    assert anxiety.level >= PROMPT_AT and anxiety.offers_breath()
    breath = run(anxiety, crowded, BREATH_S, {Action.ABILITY})
    assert all(breath), "she stands still for the whole breath"
    assert not anxiety.update(crowded, True, set()), "then she walks on"
    assert anxiety.level == 0 and not anxiety.offers_breath()
    run(anxiety, crowded, CALM_S - 1)
    assert anxiety.level == 0, "calm for a while, in the same crowd"
    run(anxiety, crowded, 3)
    assert anxiety.level > 0, "and then the room is the room again"


def test_with_reduce_motion_the_edges_hold_still(tmp_path: Any) -> None:
    from .conftest import start_game

    app = start_game(tmp_path)
    services = app.services
    anxiety = Anxiety()
    run(anxiety, world(near=6), 5)
    shots = []
    for still in (False, True):
        services.settings.reduce_motion = still
        frames = []
        for step in (0, 12):
            services.steps = step
            surface = pygame.Surface((320, 180))
            surface.fill((200, 200, 200))
            anxiety.draw(surface, services, (160, 90), prompts=False)
            frames.append(pygame.image.tobytes(surface, "RGB"))
        shots.append(frames)
    assert shots[0][0] != shots[0][1], "with motion the edges beat like a heart"
    assert shots[1][0] == shots[1][1], "with reduce motion they hold still"
    corner, middle = shots[1][0][:3], shots[1][0][(90 * 320 + 160) * 3 : (90 * 320 + 160) * 3 + 3]
    assert corner != middle and middle == bytes((200, 200, 200)), "the edges darken, the middle stays clear"
