// Roe's hints for the Threshold's puzzles: one knot per puzzle, stitches nudge, clue, answer.
// Each alcove is a linked puzzle: the one in the light works from inside, one of the others
// from outside. In her own alcove Roe talks herself through it, the way she always has.

=== hint_threshold_reach_mara ===
= nudge
The door to Mara's light wants somebody standing on its step. Not Mara: somebody coming for her. # speaker: roe # mood: neutral
-> DONE
= clue
The step's current runs through a junction in her room, and it's turned the wrong way. Only her lens turns it. # speaker: roe # mood: neutral
-> DONE
= answer
Mara: lens up, turn the junction beside you. Then one of us stands on the step before her door, walks through it, and pulls the lever inside. # speaker: roe # mood: determined
-> DONE

=== hint_threshold_reach_jonas ===
= nudge
Two pedestals in Jonas's room, and the door outside wants both of them held, and someone on its step. # speaker: roe # mood: neutral
-> DONE
= clue
Jonas can only be on one pedestal. Anything he draws melts in this glare, except on those two. # speaker: roe # mood: neutral
-> DONE
= answer
One of us on the step before his door. Jonas on one pedestal, drawing a crate on the other. Then through the door, and pull the lever. # speaker: roe # mood: determined
-> DONE

=== hint_threshold_reach_lila ===
= nudge
There's a bridge out there over nothing, and it's only there when Lila's light falls on it. # speaker: roe # mood: neutral
-> DONE
= clue
She's shut in behind a little gate. The plate by the bank opens it, so she can get to her window over the bridge. # speaker: roe # mood: neutral
-> DONE
= answer
Stand on the plate by the bank so Lila can walk down to her window. Then cross the bridge in her light and pull the lever on the far side. # speaker: roe # mood: determined
-> DONE

=== hint_threshold_reach_roe ===
= nudge
A filing cabinet in the way, of course. Mine are always in the way. # speaker: roe # mood: neutral
-> DONE
= clue
I can push it into its slot from my side, but only through the little gate, and the plate that opens that gate is out there. # speaker: roe # mood: neutral
-> DONE
= answer
Someone stands on the plate outside; I go through my little gate and shove the cabinet down into its slot. The door opens: they walk through and pull the lever. # speaker: roe # mood: determined
-> DONE
