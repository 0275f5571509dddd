// Roe's hints for the puzzles of Roe's wing: one knot per puzzle, stitches nudge, clue, answer.
// In her own wing she gives them to herself, the way she used to talk herself through a
// hard afternoon.

=== hint_wing_roe_weighing ===
= nudge
Two plates, and a gate that wants both of them at once. Neither plate is made for me, and that's rather the point. # speaker: roe # mood: neutral
-> DONE
= clue
The little plate is Lila's weight; the middling one wants Mara's. The cabinet behind the gate is waiting for me. # speaker: roe # mood: neutral
-> DONE
= answer
Lila on the small plate, Mara on the middling one. Then me through the gate: shove the cabinet aside and pull the lever behind it. # speaker: roe # mood: determined
-> DONE

=== hint_wing_roe_waiting ===
= nudge
The crowd in that doorway is waiting for someone. I've a fair idea who. # speaker: roe # mood: neutral
-> DONE
= clue
They step aside while I stand close. Past them there's a vent, and the lever's at the far end. Not my size. Lila's. # speaker: roe # mood: neutral
-> DONE
= answer
I stand near the crowd so they part. Lila slips through, crawls the vent and pulls the lever. I keep still and let her. # speaker: roe # mood: determined
-> DONE

=== hint_wing_roe_relay ===
= nudge
Two plates, two gates. Each plate opens somebody else's way, never your own. # speaker: roe # mood: neutral
-> DONE
= clue
The near plate opens the gate to my heavy plate. My heavy plate opens the gate to the lever. Nobody can hold both. # speaker: roe # mood: neutral
-> DONE
= answer
Mara stands on the near plate while I go through to the heavy one and stay put. Then she steps off, goes through the other gate and pulls the lever. # speaker: roe # mood: determined
-> DONE

=== hint_wing_roe_aisle ===
= nudge
There is a way to that door. I can't see it, and I can't walk in the dark. Two things I'm not used to admitting. # speaker: roe # mood: afraid
-> DONE
= clue
Mara's lens shows the walkway. Lila's light makes the dark safe to stand in. And the door will only open for me. # speaker: roe # mood: neutral
-> DONE
= answer
Mara turns her lens on and leaves it on. Lila stands close to the walkway so her light reaches it, with company beside her. I walk it to the door, one lit step at a time. # speaker: roe # mood: determined
-> DONE
