// Hints, in Roe's voice: three for every puzzle, from a nudge to the answer. Never shown
// unasked: the player asks from the pause menu or with the hint key, one tier at a time,
// and the game remembers how far each puzzle got. A puzzle object names its knot in its
// `hints` property; the knot has the stitches nudge, clue and answer (the validator checks).
//
// In Mara's dream Roe has not met her yet. She speaks anyway, the way a night nurse talks
// to a patient who is not awake: gently, and a little ahead of time.

VAR asked_roe = false           // the player has asked Roe for a hint at least once

=== hint_walkway ===
= nudge
{ not asked_roe:
    ~ asked_roe = true
    You don't know me yet, Mara. Roe. We'll meet soon enough; until then, humour an old nurse. # speaker: roe # mood: happy
}
That drop isn't the end of the path, dear. It only looks like one. # speaker: roe # mood: neutral
-> DONE
= clue
Your tablet is a lens in here, and lenses show what's hidden. Raise it at the edge and look at the floor. # speaker: roe # mood: neutral
-> DONE
= answer
Walk right to the edge and raise your lens. A gold walkway runs on, then down across the drop. Follow it to the far side. # speaker: roe # mood: determined
-> DONE

=== hint_switchboard ===
= nudge
{ not asked_roe:
    ~ asked_roe = true
    You don't know me yet, Mara. Roe. We'll meet soon enough; until then, humour an old nurse. # speaker: roe # mood: happy
}
One switch, and two junctions squabbling over where its current goes. Start with the switch. # speaker: roe # mood: neutral
-> DONE
= clue
Throw the switch, then raise your lens and follow the gold. Each junction sends it to a gate you don't want, first. # speaker: roe # mood: neutral
-> DONE
= answer
Throw the switch in the top-left corner. Then lens up, and turn the first junction so the gold runs on to the gate east of it. # speaker: roe # mood: determined
Go through, and turn the second junction the same way. The last gate opens onto the terrace. # speaker: roe # mood: neutral
-> DONE

=== hint_ledgers ===
= nudge
There's a switch up among the ledgers, and only a small person's way to it. # speaker: roe # mood: neutral
-> DONE
= clue
Lila through the vents to the switch. But look first, Mara: lens up, and see where its current goes. That junction feeds the wrong gate. # speaker: roe # mood: neutral
-> DONE
= answer
Mara: lens up, face the junction and turn it once, so it feeds the gate just below it. # speaker: roe # mood: determined
Lila: through the vent, up to the switch, and throw it. Then both of you through that gate, into the far corner. # speaker: roe # mood: neutral
-> DONE

=== hint_gallery ===
= nudge
A drawing won't last long under all those eyes. Something has to hold it still. # speaker: roe # mood: neutral
-> DONE
= clue
Jonas draws a plank over the pit; it lasts while I stand close to it. And that onlooker by the switch steps aside for me, not for him. # speaker: roe # mood: neutral
-> DONE
= answer
Me first: up along the top wall to the pit's edge. Jonas: draw a plank across, right beside me, and cross. # speaker: roe # mood: determined
Then I come down to the pit's edge on the middle row, near enough that the onlooker steps aside. # speaker: roe # mood: neutral
Jonas: down past it, throw the switch, draw a plank back to me, and we both go out through the gate it opened. # speaker: roe # mood: neutral
-> DONE

=== hint_threshold ===
= nudge
Everyone has a part in this one. I'm standing on the heavy plate; look where its current goes. # speaker: roe # mood: neutral
-> DONE
= clue
Lens up, Mara: the plate feeds a false gate. The junction that decides sits over the pit. # speaker: roe # mood: neutral
So Jonas gives you somewhere to stand, and Lila keeps her light on him while he draws. # speaker: roe # mood: neutral
-> DONE
= answer
Mara: lens up. Jonas: from the lit ledge beside me, draw a plank up over the pit. # speaker: roe # mood: determined
Mara: stand on the plank and turn the junction on your left. The gate on my right opens, and I walk through it and out. # speaker: roe # mood: neutral
-> DONE
