// Chapter 2, Jonas's night: his dream (maps/dream_jonas_1.tmx .. dream_jonas_3.tmx).
//
// The dream teaches Sketch one idea per room, by doing: a plank over the white (the
// Primed Studio), a crate on a plate (the same studio, past the rope), sketches that fade
// and only two at once (the Drying Hall), and a stare that dissolves them (the critics).
// Then his feedback loop: the Studio, Again returns him to its own doorway every time he
// walks out, for as long as he keeps "finishing" the canvas on its easel; once the room
// has come back round, he can leave the canvas unfinished, and the arch lets him through
// (the loop trigger's condition is `not jonas_left_unfinished`). Beyond it, the spotlight
// asks him to stay. Either way he wakes, and the chapter ends.

VAR jonas_dream_step = 0             // his dream so far: 1 across the white, 2 through the held gate, 3 across the drying hall, 4 out of the critics' sight, 5 left the canvas unfinished, 6 woke (the chapter's steps)
VAR jonas_loops = 0                  // how many times the last room has brought him back to its own doorway
VAR jonas_finished = 0               // how many times he "finished" the canvas on the easel in that room
VAR jonas_left_unfinished = false    // he put the brush down one stroke short and walked on: the room stops returning
VAR jonas_stayed_in_dream = false    // under the spotlight he chose to stay; the pod woke him anyway
VAR jonas_dreamt = false             // he woke from his dream: the chapter is over

=== jonas_dream ===
// The dream maps' objects start these stitches; each ends with DONE, back to walking around.
-> DONE

= arrive
// dream_jonas_1's arrival trigger: the welcome, and the first lesson (a plank).
~ begin_chapter("jonas_dream")
Oh, I know this place. I come here every night. It's the only studio where I'm prolific. # speaker: jonas # mood: happy
Welcome back, Jonas. Everything here is yours to make. # speaker: somnico_host # mood: smile
Everything but the floor. Across the middle of the studio runs a river of bare white canvas. The gallery rope along its edge hangs open in one place. # speaker: narrator
Face the white and press [ability]. Draw yourself a way across. # speaker: somnico_host # mood: neutral
Sketch a plank over a hole in the floor. That's more or less my whole career plan. # speaker: jonas # mood: happy
-> DONE

= white
// An inspect: the white, from the open place in the rope.
{ stopping:
- White. Primed, stretched, flawless. I've got eleven months of this at home, leaning on the wall like it's waiting for a bus. # speaker: jonas # mood: sad
    A plank spans one or two tiles of white. Face it and press [ability]. # speaker: narrator
- Still white. It's very good at it. # speaker: jonas # mood: neutral
}
-> DONE

= easel_one
// An inspect: the first easel, in the arrival room.
{ stopping:
- Half a harbour. The boats are done, every rope and rivet. The water is a pencil promise. # speaker: narrator
    I'll get to the water. Water's hard. Water moves. # speaker: jonas # mood: neutral
- The boats wait on their pencil sea. They're very patient boats. # speaker: jonas # mood: happy
}
-> DONE

= pots
// An inspect: the paint pots, full.
Every colour I ever ran out of, full to the brim. Dream logistics are incredible. # speaker: jonas # mood: happy
-> DONE

= crossed
// The enter trigger on the far side of the white: the plank held; on to the crate.
~ jonas_dream_step = 1
It held. I drew a line and it held me up. # speaker: jonas # mood: happy
Behind him the plank is already going pale at the edges, like a thought he stopped having. # speaker: narrator
Ahead: a gate in the wall, and a pressure plate in the floor beside it. # speaker: narrator
A plate wants weight, Jonas. It doesn't much mind whose. Face plain floor, and [ability] draws a crate. # speaker: somnico_host # mood: smile
-> DONE

= through
// The enter trigger past the gate the crate held.
~ jonas_dream_step = 2
A drawing of a crate, holding a gate open. Somebody put that on a tote bag. # speaker: jonas # mood: happy
Behind him the crate is already smudging at the corners. It won't hold the gate for long. It doesn't have to. # speaker: narrator
-> DONE

= hall
// dream_jonas_2's arrival trigger: the third lesson (they fade; two at once).
A long hall hung with canvases that never dry. Everything drips, very slowly, toward the floor. # speaker: narrator
The drying hall. Paintings come here to be finished. Mostly they come here to get dusty. # speaker: jonas # mood: neutral
Nothing you draw lasts long in here, Jonas. And you can only hold two lines at a time. Choose well. # speaker: somnico_host # mood: smile
-> DONE

= dried
// The enter trigger across the hall's second pit; then the critics (the fourth lesson).
~ jonas_dream_step = 3
Two at a time, and they don't wait for me. Fair enough. I don't wait for me either. # speaker: jonas # mood: neutral
Beyond the hall, a balcony over another pit. Three figures stand on it in good coats. They have no faces. They are looking at him anyway. # speaker: narrator
Oh no. Critics. In my own dream. I didn't even get a nice dream; I got a review. # speaker: jonas # mood: afraid
Where their stare falls, the air burns orange. # speaker: narrator
{ jonas_met_ines:
    The one in the middle tilts its head exactly the way Ines Vale did at the gallery. # speaker: narrator
    Oh good. She followed me home. # speaker: jonas # mood: afraid
}
They only want to see your work, Jonas. Up close. All of it. # speaker: somnico_host # mood: smile
-> DONE

= unseen
// The enter trigger on the balcony, out of the critics' stare.
~ jonas_dream_step = 4
Drew it where they weren't looking. Great trick. Terrible habit. # speaker: jonas # mood: determined
Behind him the critics turn, all at once, and murmur a word that sounds a lot like "derivative". # speaker: narrator
-> DONE

= critic
// The faceless critics you can walk up to (dream_jonas_2's balcony, dream_jonas_3's studio).
{ shuffle:
- The critic has no face, only a very confident scarf. It writes something down. It hasn't looked at anything yet. # speaker: narrator
    Hi. Big fan of your... posture. # speaker: jonas # mood: afraid
- It murmurs, without a mouth: "We expected more." # speaker: narrator
    So did I, mate. So did I. # speaker: jonas # mood: sad
- It murmurs: "Eleven months." # speaker: narrator
    You counted. Of course you counted. # speaker: jonas # mood: sad
- It murmurs: "Early promise." It says it the way other people say "late fees". # speaker: narrator
}
-> DONE

= studio
// dream_jonas_3's arrival trigger, the first time only: the room that will not let him out.
A studio. His studio, the way he'd describe it to someone he wanted to impress: tall windows, good light, the kettle already on. # speaker: narrator
On the easel in the middle stands the whale. His whale, from the wall on Aster Street, every barnacle done. All it's missing is the tail. # speaker: narrator
There it is. The one you've always meant to finish. One more stroke, and it's done. # speaker: somnico_host # mood: smile
One stroke. I can do one stroke. I've done whole strokes before. # speaker: jonas # mood: happy
-> DONE

= painted_shut
// The studio's door back to the hall: locked for the whole dream (the map's way back).
{ stopping:
- The door he came in by has been painted shut. Fresh paint. Still wet. # speaker: narrator
    Somebody's very keen I stay for the whole exhibition. # speaker: jonas # mood: afraid
- Still shut. Still wet. The paint doesn't even smudge when he pushes. # speaker: narrator
}
-> DONE

= canvas
// The easel's inspect (with a marker). Before the room has come back round he can only
// finish it (or not yet); once it has, he can leave it unfinished, which breaks the loop.
{ jonas_left_unfinished:
    Still no tail. He looks braver like that. # speaker: jonas # mood: happy
    -> DONE
}
{ jonas_loops == 0:
    -> canvas_first
}
-> canvas_again

= canvas_first
// The canvas before the room has come back round: he can only finish it, or not yet.
{ jonas_finished > 0:
    Finished. Every corner of it. # speaker: narrator
    -> DONE
}
The whale waits, huge in a small frame, perfect from the nose to the place where the tail should be. # speaker: narrator
+ [Finish it]
    ~ jonas_finished += 1
    He lays in the tail in one long stroke. The paint settles into the weave with a small sigh, like a cat lying down. # speaker: narrator
    Done. Finished. Look at that. I finished something. # speaker: jonas # mood: happy
    Somewhere behind him the critics applaud, without hands. # speaker: narrator
    Beautiful. Now go and show them. # speaker: somnico_host # mood: smile
+ [Not yet]
    In a minute. I'm just looking. Looking is half of painting. Ask anyone who hasn't painted in a year. # speaker: jonas # mood: neutral
- -> DONE

= canvas_again
// The canvas once the room has returned him: the same stroke, waiting; now he may leave it.
The whale is one stroke from finished. No tail. The paint on his brush is wet in exactly the same way. # speaker: narrator
{ jonas_finished > 0:
    I gave you a tail. I know I gave you a tail. # speaker: jonas # mood: sad
}
{ jonas_painted_line:
    On Aster Street there's one real line of that tail, drying in the drizzle. In here, the whole tail, every time, and none of it stays. # speaker: narrator
}
One stroke, Jonas. Then you can go. # speaker: somnico_host # mood: smile
+ { jonas_finished > 0 } [Finish it again]
    ~ jonas_finished += 1
    The tail goes on. It is perfect. It was perfect last time, too. # speaker: narrator
    There. Done. Again. # speaker: jonas # mood: neutral
+ { jonas_finished == 0 } [Finish it]
    ~ jonas_finished += 1
    The tail goes on, and the whale is perfect, and the room does not seem to care. # speaker: narrator
    There. Done. That's... done. # speaker: jonas # mood: neutral
+ [Leave it unfinished]
    ~ jonas_left_unfinished = true
    ~ jonas_dream_step = 5
    He holds the brush a finger's width from the canvas. Then he tucks it back behind his ear. # speaker: narrator
    No. You can stay like that for now. Let somebody else wonder how you end. # speaker: jonas # mood: determined
    We can finish it for you. We always finish it for you. # speaker: somnico_host # mood: glitch
    Yeah. I think that's the problem. # speaker: jonas # mood: determined
    At the far end of the studio, the arch stops looking like a mirror. # speaker: narrator
- -> DONE

= loop
// The arch's trigger (not once; only while `not jonas_left_unfinished`): the room returns him
// to its own doorway, and he notices.
~ jonas_loops += 1
He steps through the arch, into the light beyond it... # speaker: narrator
# fade: out
# warp: dream_jonas_3 arrive
# fade: in
{ jonas_loops:
- 1:
    ...and out of the doorway he came in by. The same studio. The same kettle. The same whale on the easel, one stroke short of a tail. # speaker: narrator
    Hang on. I've just been here. I have just been here, haven't I? # speaker: jonas # mood: afraid
    Of course you have. You always come back here. Every night. # speaker: somnico_host # mood: smile
- 2:
    ...and out of the same doorway, again. # speaker: narrator
    It's a loop. I'm in a loop. I know this loop; I pay rent in it. Paint all night, wake up to white. # speaker: jonas # mood: sad
    { jonas_finished > 0:
        Every time I finish it, it un-finishes. What if I just... didn't? # speaker: jonas # mood: neutral
    - else:
        It wants that last stroke. It always wants the last stroke. # speaker: jonas # mood: neutral
    }
- else:
    ...and in at the doorway. The kettle is still on. The whale still waits for its tail, patient as a landlord. # speaker: narrator
    Round we go. # speaker: jonas # mood: sad
}
-> DONE

= host
// The host in the spotlight (past the temptation's trigger, so rarely reached).
Take all the time you like, Jonas. Here, there's always more. # speaker: somnico_host # mood: smile
-> DONE

= temptation
// The enter trigger past the arch (once the canvas is left unfinished): the dream asks him to
// stay. Staying costs a pod hour, waking holds on; either way he wakes, and the chapter ends.
Past the arch: a stage, one warm spotlight, and a gallery opening in his honour. Every wall is hung with his paintings. Every one of them is finished. # speaker: narrator
This is yours, Jonas. A new gallery every night. Everything you start, finished by morning. # speaker: somnico_host # mood: smile
And every morning, the white. # speaker: jonas # mood: sad
Then don't go back to the mornings. Stay one more night. They adore you here. # speaker: somnico_host # mood: smile
The faceless critics turn to him, and for the first time they are smiling. They have no mouths. It doesn't stop them. # speaker: narrator
* [Stay. Paint all night.]
    ~ jonas_stayed_in_dream = true
    ~ sleep_in_pod_jonas(1)
    He steps into the spotlight. It is exactly as warm as it looks. # speaker: narrator
    One more night. One more gallery. I'll remember this one. I always say that. # speaker: jonas # mood: happy
    Of course you will. Rest now, Jonas. We'll wake you when you're needed. # speaker: somnico_host # mood: smile
* [Wake up]
    ~ hold_on_jonas()
    They're lovely. And I didn't paint a single one of them. Not really. # speaker: jonas # mood: sad
    I'd rather have one bad painting I actually made than a gallery I dreamt. # speaker: jonas # mood: determined
    Your session has... your session... # speaker: somnico_host # mood: glitch
    The spotlight flickers like a bulb making up its mind. Then the paint runs off the walls all at once. # speaker: narrator
- ~ jonas_dreamt = true
~ jonas_dream_step = 6
# fade: out
White, then the inside of a pod lid, close enough to fog with his breath. # speaker: narrator
{ jonas_stayed_in_dream:
    The lid opens by itself, with the good manners of a machine that has done this before. # speaker: narrator
    In the loft the canvases lean on the wall in their rows: eleven months of white, and one more night. # speaker: narrator
    A whole gallery. Gone by breakfast. Again. # speaker: jonas # mood: sad
- else:
    He pushes the lid open himself. In the loft the canvases lean on the wall, as white as ever. # speaker: narrator
    The brush behind his ear is bone dry. He finds a pencil instead, and on the nearest canvas draws one curve, the start of a tail, and stops. # speaker: narrator
    Not finished. Not white, either. That's new. # speaker: jonas # mood: determined
}
Saturday, then. Before the week is out the whole city goes to sleep at once, and somewhere in row K there's a pod with his name on it. # speaker: narrator # next_chapter
-> DONE
