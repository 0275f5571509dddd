// Roe's hints for the puzzles of Mara's wing: one knot per puzzle, stitches nudge, clue, answer.

=== hint_wing_mara_catwalk ===
= nudge
That box isn't going to walk over to its plate on its own, dear. And Mara's hands are on her lens. # speaker: roe # mood: neutral
-> DONE
= clue
Mara sees paths the rest of us don't. Once her lens is up, the path stays there for anyone. # speaker: roe # mood: neutral
-> DONE
= answer
Mara, raise your lens at the edge. Then Lila walks the gold catwalk to the ledge and pushes the box onto the plate. The gate opens and stays open. # speaker: roe # mood: determined
-> DONE

=== hint_wing_mara_doors ===
= nudge
One current, two doors. It can only be in one place at a time. Like some people I know. # speaker: roe # mood: happy
-> DONE
= clue
A door doesn't shut on someone standing in it. Somebody could keep the first one open while the current goes on to the second. # speaker: roe # mood: neutral
-> DONE
= answer
I'll stand in the first door while it's open. Mara, turn the junction to the second door. Then one of us goes through both and signs off at the lever beyond. # speaker: roe # mood: determined
-> DONE

=== hint_wing_mara_island ===
= nudge
The junction that lays the bridge is on the island. Mara can turn it, if she can get to it. # speaker: roe # mood: neutral
-> DONE
= clue
The portraits dissolve whatever Jonas draws under their eyes. They can't see into the tear itself. # speaker: roe # mood: neutral
-> DONE
= answer
Jonas draws a plank over the tear from the top row. Mara crosses, raises her lens and turns the junction. The bridge closes the tear for all of us. # speaker: roe # mood: determined
-> DONE

=== hint_wing_mara_desk ===
= nudge
Three things feed that door, dear: her desk, my plate and a lever behind the vent. All at once. # speaker: roe # mood: neutral
-> DONE
= clue
Mara stays at her desk and turns the junction. I stand on the plate. Lila takes the vent. None of us can do another's part. # speaker: roe # mood: neutral
-> DONE
= answer
Lila crawls the vent and throws the lever. I stand on the plate in the corridor. Mara sits at her desk, lens up, and turns the junction to the door. Then Lila goes through and signs off at the last lever. # speaker: roe # mood: determined
-> DONE
