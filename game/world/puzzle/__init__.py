"""Chaos-realm puzzles and the four-character party, as pure, deterministic logic.

Layout: `weight` and `party` (who), `elements` and `signals` (what is placed and how it is
wired), `abilities` (Trace, Sketch, Glow, Anchor), `board` and `puzzle` (the rules and the
state), `runner` (real-time fixed steps), `solver` (breadth-first search for tests and
tools), `grid` (maps drawn as text). Nothing here imports pygame.

Not yet wired into the game (issue 5). To wire it:
- The loader builds elements from Tiled objects by id and object reference: Plate(id, cells,
  min_weight), Gate(id, cells, inputs), Lever(id, cell, start_on), Junction(id, cell, inputs,
  outputs, start_rotation) (output 0 is a dead wire), AllOf/AnyOf(id, inputs), Zone(id,
  cells, count, who), Block(id, cell, weight), Crowd(id, cells, calm_range_tiles), Gaze(id,
  cells); bad links, duplicate ids and signal loops raise ValueError naming the ids. The
  schema still needs these object types, and a `puzzle` rectangle (entry, solved_by,
  sketch_life_s).
- Puzzle(name, map_data, elements, Party(cells_by_name), solved_by=id, entry=cells,
  entry_facing=..., area=..., sketch_life_s=...). Each fixed step the scene calls
  Runner(puzzle).step(commands): Walk and Interact (game.world.commands) plus SwapTo, Cycle,
  ToggleLens, Sketch("plank"|"crate"), ToggleFollow, ResetPuzzle; events come back
  (Stepped, Refused(actor, reason, cell) with short reason codes, Swapped, TradedPlaces,
  LensChanged, FollowChanged, Pushed, LeverFlipped, JunctionRotated, SignalChanged,
  GateChanged, SketchMade, SketchGone, Solved, ResetDone).
- Every map is played by a party of at least one (the map's `party`, or the playthrough's
  protagonist): Puzzle.refusal is the one walking rule; a short tap of a direction turns.
- Drawing reads member actors' positions, puzzle.gates / levers / rotations / blocks /
  sketches / signals, party.lens_on, and abilities.is_lit / light_radius.
- Saves: snapshot() gives a frozen Snapshot, restore(snapshot) puts it back; state.to_json/from_json.
Rules chosen here, to confirm with the design: weights add (light 1, medium 2, heavy 4);
Mara pushes nothing (DESIGN: "cannot push"), the others push crates and light blocks,
only Roe heavy ones; a plank never vanishes under someone;
a third sketch is refused; walking into an idle companion trades places; only Mara with the
lens on rotates junctions; light radius 3 with a companion within 2 cells, else 1.
"""

from __future__ import annotations
