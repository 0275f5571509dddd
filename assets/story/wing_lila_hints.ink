// Roe's hints for the puzzles of Lila's wing: one knot per puzzle, stitches nudge, clue, answer.

=== hint_wing_lila_escort ===
= nudge
That plate wants an old woman's weight, dear, and an old woman can't see in the dark. Luckily, she's brought a lamp. # speaker: roe # mood: neutral
-> DONE
= clue
I can step anywhere your light reaches, Lila, and your light reaches furthest with me close. Walk me out to it, then walk yourself back to the path. # speaker: roe # mood: neutral
-> DONE
= answer
Lila in front, me a step behind, into the dark and onto the plate. I'll stay on it. You go back along the lawn's edge, through the gate it opens, and pull the lever by it so it stays open. # speaker: roe # mood: determined
-> DONE

=== hint_wing_lila_wall ===
= nudge
A hedge that thin hardly counts as a wall. Not to company. # speaker: roe # mood: neutral
-> DONE
= clue
Lila won't go into the dark alone, and nobody else fits through that culvert. But her light counts whoever's near, even through leaves. Mara can walk on this side. # speaker: roe # mood: neutral
-> DONE
= answer
Lila through the culvert. Then take turns: Mara one step along the path, Lila one step along the strip, always level with each other. At the far end, the lever. # speaker: roe # mood: determined
-> DONE

=== hint_wing_lila_lantern ===
= nudge
That old lantern is heavy enough to hold the plate down, dear. I'm heavy enough to move it. Neither of us can see. # speaker: roe # mood: neutral
-> DONE
= clue
I can only step where your light reaches, Lila, and you won't go in without me close. In a lane that narrow, I go first, pushing, and you come right behind. # speaker: roe # mood: neutral
-> DONE
= answer
Me into the lane behind the lantern, you one step behind me. I push it one step, you follow one step, all the way until it sits on the plate at the end. # speaker: roe # mood: determined
-> DONE

=== hint_wing_lila_centre ===
= nudge
Two plates in the dark, and only one light. It'll have to stand where both can see it. # speaker: roe # mood: neutral
-> DONE
= clue
Lila's light reaches three steps only while someone is within two of her. Mara can go out to the far plate. Someone heavy has to stay close and keep her light wide, and that plate beside the middle is heavy. # speaker: roe # mood: neutral
-> DONE
= answer
Walk in together. I take the heavy plate beside the middle, Lila stands in the middle, and Mara walks out to the end of the arm. When both hold, the gate opens: Lila steps through and pulls the lever. # speaker: roe # mood: determined
-> DONE
