// Roe's hints for the puzzles of her own dream (see hints.ink for how hints work): a knot per
// puzzle, named in the puzzle's `hints` property, with the stitches nudge, clue and answer,
// asked for one at a time from the pause menu or with the hint key ("Ask Roe").
//
// In her own dream the voice is her own: Roe thinking aloud, the way she would walk a
// patient through a problem, dry and kind. The first time the player asks (here, or ever:
// `asked_roe`, declared in hints.ink) she notices she is talking to herself.

// How many of Roe's own puzzles the player has asked about (her first word: 1).
=== function roe_hints_asked() ===
~ return hint_the_stacks.nudge + hint_the_weight.nudge + hint_the_keepsake.nudge

=== hint_the_stacks ===
= nudge
{ roe_hints_asked() == 1:
    -> hello ->
}
Start with what won't move. Then look at what will. # speaker: roe # mood: neutral
-> DONE
= hello
{ asked_roe:
    Asking me for advice, in my own dream. Well. I've given it to worse. # speaker: roe # mood: happy
- else:
    Talking to myself again. It's allowed; I checked. # speaker: roe # mood: happy
}
~ asked_roe = true
->->
= clue
Two doorways, a cabinet in each. The top one has a stack of papers right behind it; nothing pushes through that. The bottom one has room. # speaker: roe # mood: neutral
-> DONE
= answer
Go to the lower doorway, stand to the left of its cabinet and walk into it. It moves, slowly, like everything I do. Follow it through. # speaker: roe # mood: determined
-> DONE

=== hint_the_weight ===
= nudge
{ roe_hints_asked() == 1:
    -> hint_the_stacks.hello ->
}
The gate wants both plates held at once. I am only one person. I have been told so, often. # speaker: roe # mood: neutral
-> DONE
= clue
A cabinet weighs what I weigh. The one in the narrow bay will only go one way, and that way ends on the first plate. # speaker: roe # mood: neutral
-> DONE
= answer
Walk up into the narrow bay from below and push the cabinet until it sits on the plate at the top. # speaker: roe # mood: determined
Then stand on the other plate, beside the gate, and step straight into the gate. It won't close on someone standing in it. # speaker: roe # mood: neutral
-> DONE

=== hint_the_keepsake ===
= nudge
{ roe_hints_asked() == 1:
    -> hint_the_stacks.hello ->
}
It's holding the gate open, and it's standing where I need to be. It can't do both for ever. # speaker: roe # mood: neutral
-> DONE
= clue
A memory keeps while I stand beside it. That's my weight, not its. Step away, and see what it does on its own. # speaker: roe # mood: neutral
-> DONE
= answer
Walk back two paces down the aisle and wait. Let it fade. # speaker: roe # mood: sad
Then stand on the plate where it was, and walk straight up into the gate. My weight holds it now. # speaker: roe # mood: determined
-> DONE
