// The Merge: Mara's fear wing (maps/wing_mara_1.tmx, maps/wing_mara_2.tmx).
// A tower of her own ledgers, white and gold, torn open onto the chaos. Every puzzle here
// needs her lens and somebody else's hands; the last one needs her to stay put and let
// three people do what she can only see. At the top, in a perfect office, her perfect self.

=== wing_mara ===
-> DONE

= arrive
// wing_mara_1, on arrival: the four step out of the hub into the ledger tower.
~ wing_mara_step = 0
White marble, gold trim, and ledgers stacked to a ceiling that isn't there. Beyond the edges, static. # speaker: narrator
Oh, no. This is mine. I'd know these margins anywhere. # speaker: mara # mood: afraid
It's very... tidy. For a nightmare. # speaker: jonas # mood: neutral
Every one of those books has her handwriting in it. I can see it from here. # speaker: lila # mood: afraid
A tower of sums, and all of them hers. Well, dear. Shall we climb it together? # speaker: roe # mood: neutral
I can do my own accounts, Roe. # speaker: mara # mood: determined
I'm sure you can. That isn't what I asked. # speaker: roe # mood: happy
-> DONE

= catwalk
// wing_mara_1: the entrance of the catwalk (mara, lila).
~ wing_mara_step = 1
The floor stops. There's a box on a ledge out there, over the nothing. # speaker: lila # mood: afraid
There's a walkway. I can see it when I look. I just can't move that box. My hands are full. # speaker: mara # mood: neutral
-> DONE

= doors
// wing_mara_1: the entrance of the two doors (mara, roe).
~ wing_mara_step = 2
One switch, two doors, and the current only goes to one at a time. Typical. # speaker: mara # mood: neutral
Doors don't close on people, dear. I've held a few in my time. # speaker: roe # mood: determined
-> DONE

= island
// wing_mara_2: the entrance of the island (mara, jonas).
~ wing_mara_step = 3
The junction's on the far side of that tear. The whole bridge hangs off it. # speaker: mara # mood: neutral
And the far side's two steps away, if someone draws the steps. Hi. That's me. # speaker: jonas # mood: happy
The portraits on the walls are watching. Jonas, nothing you draw will last where they look. # speaker: mara # mood: afraid
Then I'll draw where they don't. # speaker: jonas # mood: determined
-> DONE

= desk
// wing_mara_2: the lobby before the last puzzle (mara, lila, roe; Jonas waits).
~ wing_mara_step = 4
That's my desk. My junction. And every switch that feeds it is somewhere I can't reach. # speaker: mara # mood: afraid
Then you sit, and read us the wiring, and we'll do the reaching. # speaker: roe # mood: neutral
I'll hold the fort out here. Somebody has to guard the lobby from all this... paper. # speaker: jonas # mood: happy
Vents. It's always vents. Fine. # speaker: lila # mood: determined
-> DONE

= dream_self
// wing_mara_2: talking to her dream self before the trigger has played (or after).
{ wing_mara_done:
    The gold office is quiet. The other Mara goes on working, as if nobody had come. # speaker: narrator
- else:
    You're late. I finished your work an hour ago. # speaker: dream_mara # mood: cold
}
-> DONE

= confront
// wing_mara_2: the trigger at the door of the gold office. Her perfect self, alone.
~ wing_mara_step = 5
# fade: out
# place: mara mara_mark
# place: jonas jonas_mark
# place: lila lila_mark
# place: roe roe_mark
# fade: in
A corner office, all gold. One desk, one chair, one woman in a flawless blazer, signing page after page without looking up. # speaker: narrator # music: fear # tint: gold-3 0.25 # face: mara up
That's... me. # speaker: mara # mood: afraid
Of course it's you. The version that doesn't need anybody. # speaker: dream_mara # mood: cold # sfx: fear_sting
Look at you. You brought a crowd. # speaker: dream_mara # mood: smile
A painter who can't finish. A child who's scared of the dark. A nurse who let them all fall asleep. # speaker: dream_mara # mood: cold
Hey. # speaker: lila # mood: afraid
That's enough, thank you. # speaker: roe # mood: determined
Every review you ever got said the same thing. Reliable. Self-sufficient. Mara handles it. # speaker: dream_mara # mood: neutral
I don't drop things. I don't ask. Nobody has to carry me. That's why this office is mine. # speaker: dream_mara # mood: smile
So tell me. Why do you need any of them? # speaker: dream_mara # mood: cold
+ [I'm tired of being the only one I trust.]
    -> honest
+ [I don't.]
    -> deflect

= honest
I'm tired. I'm so tired of being the only one I trust. # speaker: mara # mood: sad
Tess calls and I let it ring, because if I pick up, she'll hear it. Dev offers to take slide nine and I say I've got it. # speaker: mara # mood: sad
I couldn't do one room of this tower alone. I needed a painter, a kid and a nurse. And it didn't feel like failing. It felt like... being let in. # speaker: mara # mood: determined
The other Mara's pen stops. For the first time, she looks up. # speaker: narrator # tint: gold-3 0.1
That's not very efficient. # speaker: dream_mara # mood: sad
No. It's much better than that. # speaker: mara # mood: happy
For the record: you were a very good boss in here. Terrible with doors, though. # speaker: jonas # mood: happy
We've got you. That's the whole trick. # speaker: lila # mood: happy
Well said, dear. That's the bravest sum you've done all night. # speaker: roe # mood: happy
The gold office thins to paper, then to light. Her desk stays empty. # speaker: narrator # tint: gold-3 0 # fade: out
~ face_fear("mara", true)
~ bond_mara_roe += 1
~ bond_mara_lila += 1
~ bond_mara_jonas += 1
# warp: chaos_hub from_wing_mara
# fade: in
-> DONE

= deflect
I don't. I never have. I just... brought them along. # speaker: mara # mood: determined
The other Mara smiles, pleased with her, and goes back to signing. # speaker: narrator
Good. Then we agree. # speaker: dream_mara # mood: smile
Mara... # speaker: lila # mood: sad
Leave it, dear. She heard herself. She'll hear it again when she's ready. # speaker: roe # mood: sad
The gold office fades slowly, the way a screen does when nobody touches it. # speaker: narrator # tint: gold-3 0 # fade: out
~ face_fear("mara", false)
# warp: chaos_hub from_wing_mara
# fade: in
-> DONE
