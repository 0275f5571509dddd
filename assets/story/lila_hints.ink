// Roe's hints for the puzzles of Lila's dream (see hints.ink for how hints work): a knot
// per puzzle, named in the puzzle's `hints` property, with the stitches nudge, clue and
// answer, asked for one at a time from the pause menu or with the hint key.
//
// Roe has not met Lila yet, though she lives next door to Lila's mother. The first time the
// player asks her anything in Lila's dream she says who she is (`asked_roe`, declared in
// hints.ink, also remembers whether she has already been a voice in somebody else's dream).

// How many of Lila's puzzles the player has asked Roe about (her first word to her: 1).
=== function lila_hints_asked() ===
~ return hint_first_dark.nudge + hint_the_culvert.nudge + hint_keep_close.nudge + hint_shadow_bridge.nudge

=== hint_first_dark ===
= nudge
{ lila_hints_asked() == 1:
    -> hello ->
}
The dark only looks like a wall from outside your light, dear. From inside, it's a path. # speaker: roe # mood: neutral
-> DONE
= hello
{ asked_roe:
    Another one who dreams too well. You don't know me, Lila. Roe. You've seen me over your mother's fence, watering things that gave up years ago. # speaker: roe # mood: happy
- else:
    You don't know me yet, Lila. Roe, from over your mother's fence. Think of me as a voice from next door; there are worse things to have in the dark. # speaker: roe # mood: happy
}
~ asked_roe = true
->->
= clue
Your light goes where you go, and it's widest with someone near. Somebody is humming in the middle of that dark. Go in beside her. # speaker: roe # mood: neutral
-> DONE
= answer
Follow the moss path straight into the dark, right past the humming, and out onto the grass on the other side. # speaker: roe # mood: determined
-> DONE

=== hint_the_culvert ===
= nudge
{ lila_hints_asked() == 1:
    -> hint_first_dark.hello ->
}
That gate won't open from this side. Things behind hedges usually can, though. # speaker: roe # mood: neutral
-> DONE
= clue
Look along the top of the hedge: a pipe runs through it, your size and nobody else's. There's a lever on the far side. # speaker: roe # mood: neutral
-> DONE
= answer
Walk up to the culvert at the top of the hedge and through it. Face the lever and press [interact], come back through the pipe, and go through the gate. # speaker: roe # mood: determined
-> DONE

=== hint_keep_close ===
= nudge
{ lila_hints_asked() == 1:
    -> hint_first_dark.hello ->
}
Your light is a small thing on its own, dear. It's much braver in company. Stay where you can hear someone. # speaker: roe # mood: neutral
-> DONE
= clue
The gate wants both levers, one in each far corner of the field. The voices make two trails to them; the warm dotted line shows how far each one reaches. # speaker: roe # mood: neutral
-> DONE
= answer
From the laugh, go up past the humming and the saved seat to the lever in the top right corner, and press [interact]. # speaker: roe # mood: determined
Then back to the laugh and down, past the group chat and the knock, to the lever in the bottom right corner. The goodnight by the gate walks you the rest of the way. # speaker: roe # mood: neutral
-> DONE

=== hint_shadow_bridge ===
= nudge
{ lila_hints_asked() == 1:
    -> hint_first_dark.hello ->
}
There is a way over that water. You only see it while you're shining on it. # speaker: roe # mood: neutral
-> DONE
= clue
A shadow path runs under the surface where the moss path meets the pond. The voices on the lily pads keep your light wide all the way over. # speaker: roe # mood: neutral
-> DONE
= answer
Step onto the water where the moss path ends and walk straight across, east, from voice to voice, to the far bank. # speaker: roe # mood: determined
-> DONE
