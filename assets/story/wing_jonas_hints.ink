// Roe's hints for the puzzles of Jonas's wing: one knot per puzzle, stitches nudge, clue, answer.
// maps/wing_jonas_1.tmx: permanent (jonas, roe), nocturne (jonas, lila);
// maps/wing_jonas_2.tmx: diptych (jonas, mara), judges (jonas, mara, roe).

=== hint_wing_jonas_permanent ===
= nudge
Look what they're staring at, dear. Anything Jonas draws on that plinth, they'll stare straight through. # speaker: roe # mood: neutral
-> DONE
= clue
The plate wants something that stays. The sculpture stays. And both of us are needed past that gate: you for the pit, me for the critic at the rope. # speaker: roe # mood: neutral
-> DONE
= answer
Me: in past the critic in the corner and push the sculpture along until it sits on the plinth. The gate stays open then. # speaker: roe # mood: determined
Both of us through. I stand at the pit's edge on the middle row, close enough that the critic steps aside. # speaker: roe # mood: neutral
Jonas: draw a plank from beside me, cross, and hang it: the lever opens the way out for everyone. # speaker: roe # mood: neutral
-> DONE

=== hint_wing_jonas_nocturne ===
= nudge
Two pits, and the dark between them. Neither of you crosses this one alone. # speaker: roe # mood: neutral
-> DONE
= clue
Jonas can't walk where it's dark, and Lila's light only reaches so far without someone at her elbow. Lila can't cross a pit without a plank. # speaker: roe # mood: neutral
-> DONE
= answer
Lila first, one step into the dark, Jonas right behind her. At each pit's edge Jonas draws the plank, Lila crosses while he's close, and he follows. # speaker: roe # mood: determined
Do that twice, and the switch on the far wall is hers. It opens the side door for the rest of us. # speaker: roe # mood: neutral
-> DONE

=== hint_wing_jonas_diptych ===
= nudge
Two panels, two gates, one wire. Mara, have a look at where it goes. # speaker: roe # mood: neutral
-> DONE
= clue
The plate feeds a junction; the junction opens one panel or the other, never both. Someone has to stand between them while the wire changes its mind. # speaker: roe # mood: neutral
-> DONE
= answer
Mara: lens on, stand by the junction at the top. Jonas: draw a crate on the plate and walk through the first panel into the gap between. # speaker: roe # mood: determined
Then Mara turns the junction. The first panel shuts behind him, the second opens in front. Jonas, through, and the lever at the end. # speaker: roe # mood: neutral
-> DONE

=== hint_wing_jonas_judges ===
= nudge
This is the one you've been walking towards, Jonas. You won't do it by yourself, and nobody's asking you to. # speaker: roe # mood: neutral
-> DONE
= clue
The front row stands where you'd draw from. The jury stares at the pit. And the far side isn't there at all, unless Mara looks for it. # speaker: roe # mood: neutral
-> DONE
= answer
Mara: lens on and stay put. Me: down to the pit's edge on the bottom row, just below where the plank will start. The front row steps aside for me, and nothing fades while I'm beside it. # speaker: roe # mood: determined
Jonas: into the front row's place, draw the plank across, walk it onto the floor Mara's showing you, and sign it: the lever. # speaker: roe # mood: neutral
-> DONE
