"""The party's controls on a party map: keys to commands (swap, ability, follow, reset),
and what the player sees and hears when the puzzle answers (sounds and notices)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.input import Action
from game.scenes.base import StepInput
from game.scenes.hud import PartyHud
from game.world.geometry import Direction
from game.world.puzzle import abilities as ab
from game.world.puzzle import events as pe
from game.world.puzzle.commands import Cycle, PuzzleCommand, ResetPuzzle, Sketch, SwapTo, ToggleFollow, ToggleLens
from game.world.puzzle.party import ORDER
from game.world.puzzle.puzzle import Puzzle

if TYPE_CHECKING:
    from game.audio import Audio

SWAP_KEYS = (Action.SWAP_1, Action.SWAP_2, Action.SWAP_3, Action.SWAP_4)
REFUSALS = {
    "gap": "A void. Jonas could sketch a plank over it.",
    "plank": "Roe is too heavy for a sketched plank.",
    "vent": "Only Lila fits through the vents.",
    "hidden": "Nothing to stand on... that anyone can see.",
    "dark": "Too dark to go on without Lila's light.",
    "alone": "Lila won't go on into the dark alone: her light shrinks to her feet. Keep someone close.",
    "crowd": "The crowd will not let anyone through.",
    "push": "It will not budge.",
    "no_push": "Mara doesn't push things; her hands are full with the lens.",
    "not_ability": "That needs someone else's ability.",
    "limit": "Jonas can keep only two sketches at once.",
    "no_gap": "No gap of one or two tiles to bridge there.",
    "no_room": "No room to sketch a crate there.",
    "occupied": "Someone is standing on it.",
    "no_puzzle": "Nothing to reset here.",
}
TOO_WIDE = "Too wide to cross. A sketched plank spans one or two tiles."
SKETCH_GONE = {
    "gaze": "The stare dissolved the sketch. It holds while Roe stands beside it.",
    "faded": "The sketch faded. Sketches last while Roe stands beside them.",
}
"""The notice when a sketch vanishes by itself (Jonas erasing his own says nothing)."""
SKETCH_GONE_ALONE = {"gaze": "The stare dissolved the sketch.", "faded": "The sketch faded."}
"""The same, without Roe on the map to name."""
MEMORY_GONE = {
    "gaze": "The stare dissolved the memory. It holds while Roe stands beside it.",
    "faded": "The memory faded. It holds while Roe stands beside it; a reset brings it back.",
}
"""The notice when one of the map's memories (a sketch numbered below 0) vanishes."""
"""What the notice line says when a move or an ability is refused (by reason code)."""
WITHOUT_HELPER = {
    "gap": ("jonas", "Nothing there but the drop."),
    "dark": ("lila", "Too dark to go on."),
    "vent": ("lila", "A vent, far too small to crawl through."),
}
"""The notice when the one who could help is not on this map (Mara alone in her dream)."""
QUIET_REFUSALS = frozenset({"blocked", "nothing"})
"""Refusals that only bump: walls, and interacting with nothing."""


def party_commands(puzzle: Puzzle, step: StepInput, hud: PartyHud) -> list[PuzzleCommand]:
    """Swapping, the ability, follow and reset, from this step's presses."""
    pressed = step.pressed
    commands: list[PuzzleCommand] = []
    for action, name in zip(SWAP_KEYS, ORDER, strict=True):
        if action in pressed:
            if puzzle.party.has(name):
                commands.append(SwapTo(name))
            else:
                hud.notify(f"{name.capitalize()} is not here.")
    if Action.SWAP_NEXT in pressed:
        commands.append(Cycle(1))
    if Action.SWAP_PREV in pressed:
        commands.append(Cycle(-1))
    if Action.FOLLOW in pressed:
        commands.append(ToggleFollow())
    if Action.RESET in pressed:
        commands.append(ResetPuzzle())
    if Action.ABILITY in pressed:
        member = puzzle.party.active
        ability = member.profile.ability
        if ability == "trace":
            commands.append(ToggleLens())
        elif ability == "sketch":
            faced = member.actor.facing.step(member.cell)
            commands.append(Sketch("plank" if puzzle.board.is_gap(faced) else "crate"))
        elif ability == "glow":
            hud.notify("Lila's light is always with her; it grows with company.")
        else:
            hud.notify("Roe's calm works by being there: stand near.")
    return commands


def refusal_text(reason: str, puzzle: Puzzle | None, event: pe.Refused | None = None) -> str:
    """What the notice says for a refusal, naming a helper only if she or he is here, and a
    plank only where one would fit."""
    helper = WITHOUT_HELPER.get(reason)
    if helper is not None and (puzzle is None or not puzzle.party.has(helper[0])):
        return helper[1]
    if reason == "gap" and puzzle is not None and event is not None and not plank_fits(puzzle, event):
        return TOO_WIDE
    return REFUSALS.get(reason, "Not like that.")


def plank_fits(puzzle: Puzzle, event: pe.Refused) -> bool:
    """Whether a plank drawn from where the refused protagonist stands, towards the gap she
    or he tried to step into, would reach the far side (1 or 2 gap tiles, then ground)."""
    if event.cell is None or not puzzle.party.has(event.actor):
        return True
    start = puzzle.party.member(event.actor).cell
    direction = next((d for d in Direction if d.step(start) == event.cell), None)
    if direction is None:
        return True
    return ab.plank_span(start, direction, puzzle.board.is_gap, puzzle.board.is_bank) is not None


def feedback(event: object, puzzle: Puzzle | None, audio: Audio, hud: PartyHud) -> bool:
    """Sound and notice for a puzzle event. True when the event was a swap (the scene
    glides its camera)."""
    if isinstance(event, pe.Swapped):
        audio.play_sfx("swap")
        return True
    if isinstance(event, pe.Refused):
        if event.reason not in QUIET_REFUSALS:
            hud.notify(refusal_text(event.reason, puzzle, event))
        audio.play_sfx("bump")
    elif isinstance(event, pe.LensChanged):
        audio.play_sfx("glow" if event.on else "menu_move")
    elif isinstance(event, pe.FollowChanged):
        hud.notify("The others follow." if event.on else "The others stay where they are.")
        audio.play_sfx("menu_select")
    elif isinstance(event, pe.SketchMade):
        audio.play_sfx("sketch")
    elif isinstance(event, pe.SketchGone):
        audio.play_sfx("glitch" if event.why == "gaze" else "menu_move")
        roe_here = puzzle is not None and puzzle.party.has("roe")
        table = MEMORY_GONE if event.id < 0 else SKETCH_GONE if roe_here else SKETCH_GONE_ALONE
        text = table.get(event.why)
        if text:
            hud.notify(text)
    elif isinstance(event, pe.GateChanged):
        audio.play_sfx("gate")
    elif isinstance(event, pe.LeverFlipped | pe.JunctionRotated):
        audio.play_sfx("plate_click")
    elif isinstance(event, pe.SignalChanged):
        if event.on and puzzle is not None and any(p.id == event.id for p in puzzle.board.plates):
            audio.play_sfx("plate_click")
    elif isinstance(event, pe.Pushed | pe.TradedPlaces):
        audio.play_sfx("footstep")
    elif isinstance(event, pe.ResetDone):
        audio.play_sfx("glitch")
        hud.notify("Puzzle reset.")
    elif isinstance(event, pe.Solved):
        audio.play_sfx("solved")
        hud.notify(f"Solved: {event.puzzle.replace('_', ' ')}.")
    return False
