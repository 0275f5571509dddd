// Roe's hints for the puzzles of Jonas's dream (see hints.ink for how hints work): a knot
// per puzzle, named in the puzzle's `hints` property, with the stitches nudge, clue and
// answer, asked for one at a time from the pause menu or with the hint key.
//
// Roe has not met Jonas yet. The first time the player asks her anything in his dream she
// says who she is (`asked_roe`, declared in hints.ink, also remembers whether she has
// already been a voice in somebody else's dream tonight).

// How many of Jonas's puzzles the player has asked Roe about (her first word to him: 1).
=== function jonas_hints_asked() ===
~ return hint_first_line.nudge + hint_still_life.nudge + hint_drying_time.nudge + hint_critics.nudge

=== hint_first_line ===
= nudge
{ jonas_hints_asked() == 1:
    -> hello ->
}
That white isn't a wall. It's a gap, dear, and gaps give way to people who can draw. # speaker: roe # mood: neutral
-> DONE
= hello
{ asked_roe:
    Another sleeper who dreams too well. You don't know me, Jonas. Roe. Think of me as the voice from the next pod along. # speaker: roe # mood: happy
- else:
    You don't know me yet, Jonas. Roe. I'm the voice from the next pod along; we'll be properly introduced soon. # speaker: roe # mood: happy
}
~ asked_roe = true
->->
= clue
Go to where the rope hangs open, and face the white. A plank spans one tile of it, or two, never more. # speaker: roe # mood: neutral
-> DONE
= answer
Stand in the opening in the rope, face the white and press [ability]. Then walk across, before your plank fades. # speaker: roe # mood: determined
-> DONE

=== hint_still_life ===
= nudge
{ jonas_hints_asked() == 1:
    -> hint_first_line.hello ->
}
That plate holds the gate open only while something weighs on it. You can't stand on it and walk through at once. # speaker: roe # mood: neutral
-> DONE
= clue
You draw more than planks. Face plain floor, and your sketch is a crate: light, but heavy enough for that plate. # speaker: roe # mood: neutral
-> DONE
= answer
Stand just below the plate, face it and press [ability]. The crate holds the gate open; walk through before it fades. # speaker: roe # mood: determined
-> DONE

=== hint_drying_time ===
= nudge
{ jonas_hints_asked() == 1:
    -> hint_first_line.hello ->
}
Count your drawings, Jonas. This dream lets you keep two, and not for long. # speaker: roe # mood: neutral
-> DONE
= clue
A plank for the first pit, a crate for the plate, and the second pit wants a third drawing. Let the first one go before you ask for it. # speaker: roe # mood: neutral
-> DONE
= answer
Plank over the first pit and cross. Face the plate below you and draw a crate on it; the gate opens. # speaker: roe # mood: determined
Turn back and erase your first plank with [interact], or wait at the second pit until it fades. Then draw the last plank and cross. # speaker: roe # mood: neutral
-> DONE

=== hint_critics ===
= nudge
{ jonas_hints_asked() == 1:
    -> hint_first_line.hello ->
}
Nothing you draw survives where they're staring. Find the place they aren't looking. # speaker: roe # mood: neutral
-> DONE
= clue
Their stare covers the pit all the way along, except the far right end. The gate in your way answers to the plate below your path. # speaker: roe # mood: neutral
-> DONE
= answer
Draw a crate on the plate below the path, and go through the gate before it fades. # speaker: roe # mood: determined
At the far right, face the pit and draw a plank up to the balcony. They can't see that corner. Cross. # speaker: roe # mood: neutral
-> DONE
