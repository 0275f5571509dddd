// Act III, the Merge: the first chamber of the broken dream (maps/chaos_chamber.tmx).
//
// The four meet properly. Each learned their ability in their own dream, so nobody explains
// it again; the party's controls are taught by doing (a prompt with the player's own keys,
// game/scenes/lessons.py), not here.
// The three puzzles get one or two lines of hint at their entrances, in Roe's voice or the
// team's. The closing lines bind them together and hand over to the end card.

=== chamber ===
// The chamber's objects start these stitches; each ends with DONE, back to walking around.
-> DONE

= arrive
// The arrive trigger: the four meet in the wreck of the Protocol.
~ begin_chapter("merge")
A room stitched from four dreams: marble, wet paint, night-blue carpet, archive paper. None of it agrees. # speaker: narrator
This isn't my grove. This isn't anybody's grove. # speaker: mara # mood: afraid
{ showcase.jonas: Row J! A familiar face at the end of the world. Hello again. | Nobody panic. I'm Jonas. I'm panicking, but quietly. } # speaker: jonas # mood: afraid
Why is it dark at the edges? Why is it always dark at the edges? # speaker: lila # mood: afraid
Breathe, all of you. The Protocol crashed and took us down with it. Together, it seems. # speaker: roe # mood: determined
Please remain calm. Your Reverie will resume sh... sh... shortly. # speaker: somnico_host # mood: glitch
I wouldn't wait for it. Whatever each of us learned in our own dreams, we've brought it in here with us. # speaker: roe # mood: neutral
My lens came with me. So did the wiring. # speaker: mara # mood: determined
Pencil's still behind my ear. Everything I draw still fades. # speaker: jonas # mood: neutral
My light's here. It's bigger with you lot near me. That's... weirdly nice. # speaker: lila # mood: neutral
And I'm still heavy. Let's find out what that's worth, with four of us. # speaker: roe # mood: determined
Four strangers, one broken dream, and a lot of locked gates. Fine. I've had worse quarterly reviews. # speaker: mara # mood: determined
-> DONE

= first
// The enter trigger at the first puzzle's entrance (Lila's vent, Mara's wiring).
There's a switch back there, and only a small person's way to it. Lila, I'm afraid that's you. # speaker: roe # mood: neutral
And Mara: when it's thrown, look where the current goes before anybody walks anywhere. # speaker: roe # mood: neutral
-> DONE

= second
// The enter trigger at the second puzzle's entrance (Jonas's sketches, Roe's calm).
~ chamber_step = 1
They're staring. Drawings don't last long under a stare like that. # speaker: jonas # mood: afraid
Then draw, dear, and I'll stand beside it; nothing fades while I'm close. The crowd will mind me, too. # speaker: roe # mood: determined
-> DONE

= third
// The enter trigger at the third puzzle's entrance: it needs all four.
~ chamber_step = 2
This one wants all four of us. Nobody gets to be the one who does it alone. # speaker: roe # mood: determined
Least of all you, Mara. # speaker: roe # mood: happy
Dark again. I'll go first, if someone stays close. I can't believe I just said that out loud. # speaker: lila # mood: determined
And whoever gets through first: there's a lever on the far side. Hold the door for the rest of us. # speaker: roe # mood: neutral
-> DONE

= exit
// The enter trigger on the way out: the four leave the chamber for the hub between the fears.
~ chamber_step = 3
The last lock gives. Beyond it the chamber frays into static, and through the static, firelight. # speaker: narrator
# fade: out
One by one the four of them slip through the last gate, held open for whoever comes last. # speaker: narrator
We did that. All four of us. I'd paint it, if anything I painted lasted. # speaker: jonas # mood: happy
I wasn't scared for, like, a whole minute. Don't tell anyone. # speaker: lila # mood: happy
I didn't do one bit of that alone. I keep waiting for it to feel like failing. # speaker: mara # mood: neutral
Whatever broke tonight tied the four of us together. Mind the knot. It's the only thing holding. # speaker: roe # mood: determined
Someone's lit a fire out there. Let's go and see who. # speaker: roe # mood: neutral
# warp: chaos_hub from_chamber
# fade: in
-> DONE
