// The Merge: Lila's fear wing (maps/wing_lila_1.tmx, maps/wing_lila_2.tmx).
//
// Her night garden gone wrong: the dark has come in off the edges and is eating the lawns,
// Jonas's paint is smeared over the hedges, and the void shows through the tears. Four
// puzzles, each needing her light and someone else's hands, feet or weight:
//   escort      (wing_lila_1, lila+roe)  Roe's heavy plate stands deep in the dark; Lila walks her in.
//   the_wall    (wing_lila_1, lila+mara) Lila crawls into a dark strip behind a hedge; Mara walks
//                                        beside her on the other side, step for step, to keep her light full.
//   old_lantern (wing_lila_2, lila+roe)  a heavy dead lantern in a one-wide lane of dark: Roe pushes it
//                                        onto the plate at the end, one step behind Lila's light.
//   the_centre  (wing_lila_2, lila+mara+roe) a cross of dark with a plate far out on its arm and one
//                                        beside the middle: she stands in the middle and lights both,
//                                        her light kept wide by Roe beside her, then goes through.
// (Jonas's sketches made the solver's search too big in rooms this size; he keeps watch and walks through.)
// wing_lila_step: 1 through the escort, 2 through the wall, 3 past the lantern lane, 4 the centre held,
// 5 the dark answered.

=== wing_lila ===
-> DONE

= arrive
// wing_lila_1's arrival trigger (once): the party comes in from the hub.
~ wing_lila_step = 0
The arch lets them out onto grass the blue of a screen left on in a dark room. Lanterns on posts. A swing. # speaker: narrator
Oh no. This is my garden. This is my nice garden. # speaker: lila # mood: afraid
Past the lanterns the lawn just stops. Not at a hedge. At the dark, thick as a wall, and creeping. # speaker: narrator
Somebody's thrown paint over the hedges, too. Blue. Big angry strokes. # speaker: narrator
That's... mine, I think. Sorry. Your dream got some of my week on it. # speaker: jonas # mood: sad
It's fine. It's not fine. It's fine. # speaker: lila # mood: afraid
The dark is bigger than it was, isn't it. # speaker: mara # mood: neutral
It's always a bit bigger. That's its whole thing. It's very consistent. # speaker: lila # mood: afraid
Then we'll stay inside your light, dear, and you'll tell us where it ends. # speaker: roe # mood: neutral
-> DONE

= escort
// Trigger at the edge of the first dark lawn: the escort.
The lawn beyond is all dark. Out in the middle of it, a heavy stone plate, and a gate that wants weight on it. # speaker: narrator
That plate wants someone heavy. And I'm, like, the opposite of heavy. # speaker: lila # mood: afraid
I'm heavy. I'm told it's a gift. # speaker: roe # mood: happy
But you can't see in there. Nobody can. Except me. So I'd have to... go first. # speaker: lila # mood: afraid
-> DONE

= wall
// Trigger past the moon gate: the escort done; the hedge and its dark strip ahead.
~ wing_lila_step = 1
You walked me into the dark and out again, and I never once saw my feet. Thank you, dear. # speaker: roe # mood: happy
I didn't see mine either. I just, like, pretended. # speaker: lila # mood: neutral
Ahead, a hedge, thin as a page. Behind it, a strip of pure dark runs the length of the garden to a lever. # speaker: narrator
The only way in is a culvert. Lila-sized. # speaker: narrator
So it's a me-tunnel. Into a me-shaped dark. Alone. Great. Love that. # speaker: lila # mood: afraid
Alone is a strong word. That hedge is thin. I can walk on this side. # speaker: mara # mood: neutral
-> DONE

= through
// Trigger at the far end of the wall: through.
~ wing_lila_step = 2
You were there the whole way. Like, exactly there. Every step. # speaker: lila # mood: happy
I counted. You stepped, I stepped. It's the least complicated thing anyone's ever asked of me. # speaker: mara # mood: neutral
It was really nice. Don't make it weird. # speaker: lila # mood: happy
-> DONE

= arrive_2
// wing_lila_2's arrival: the garden torn open.
The garden goes on, but torn: lawns floating on static, the dark lying thick on their far edges like spilled ink. # speaker: narrator
It's closer here. I can hear it breathing. That's normal. Gardens breathe. # speaker: lila # mood: afraid
They do not. # speaker: mara # mood: neutral
Not helping, Mara. # speaker: lila # mood: afraid
-> DONE

= lantern
// Trigger at the bank: the old lantern, and the dark lane to its plate.
A lantern post lies across a lane of pure dark, its glass long gone out. At the lane's far end, a heavy plate. # speaker: narrator
That's my lantern. From the garden. It used to be the bright one. # speaker: lila # mood: sad
It's heavy enough for that plate. And I'm heavy enough to shove it, if someone shows me where my feet are. # speaker: roe # mood: neutral
Okay. Okay. I can be a lantern. I'm basically a lantern. A small, stressed lantern. # speaker: lila # mood: afraid
I'll keep watch out here. Somebody should paint this, after. # speaker: jonas # mood: neutral
-> DONE

= centre
// Trigger past the lantern lane: the last room, where the dark has grown over everything.
~ wing_lila_step = 3
Past the lane there is no garden left, only dark, grown into a crooked cross. A plate at the end of the long arm, another just beside the middle. # speaker: narrator
Two plates. One far, one near. And a gate that wants both at once. # speaker: mara # mood: neutral
And someone in the middle, lighting everyone. # speaker: roe # mood: neutral
Oh. Oh, that's me. That's the middle. # speaker: lila # mood: afraid
My light only gets big if someone's close. If you all go out to the ends, I'm just... small again. # speaker: lila # mood: afraid
Then somebody stays close, dear. That's not a problem. That's the plan. # speaker: roe # mood: determined
I'll hold the door. Well, the landing. Well, I'll stand here supportively. # speaker: jonas # mood: happy
-> DONE

= held
// Trigger past the centre's gate: all four held.
~ wing_lila_step = 4
Everyone? Everyone still there? Say something. # speaker: lila # mood: afraid
Here. # speaker: mara # mood: neutral
Here, and slightly in love with your lighting design. # speaker: jonas # mood: happy
Right beside you, dear. # speaker: roe # mood: neutral
Ahead the garden ends. There is no hedge, no lawn, no lantern. Only the dark, and it has been waiting. # speaker: narrator
-> DONE

= shadow
// Talking to one of the shadows before the confrontation.
It has no face. It turns towards her anyway, the way a room turns towards a phone lighting up. # speaker: narrator
-> DONE

= confront
// The end of wing_lila_2: the dark itself asks her to stop trying.
~ wing_lila_step = 5
# music: none
# tint: night-1 0.3
The last lanterns go out. Not one by one: all at once, like a held breath. # speaker: narrator
# move: lila lila_mark
Guys? Stay close. Like, closer than normal. Weird close. # speaker: lila # mood: afraid
# move: roe roe_mark
# move: mara mara_mark
# move: jonas jonas_mark
Right here, Lila. # speaker: roe # mood: neutral
# tint: night-1 0.5
# music: fear
# sfx: fear_sting
The dark ahead stands up. It is not a monster. It is the size of a bedroom at three in the morning. # speaker: narrator
Hello, little light. # speaker: the_dark # mood: soft
# move: shadow_a shadow_a_near
# move: shadow_b shadow_b_near
Look at you. Shaking. Holding it up for all of them. # speaker: the_dark # mood: soft
You're so tired. Of walking in first. Of being the one who has to shine so everyone else can see. # speaker: the_dark # mood: vast
# move: shadow_c shadow_c_near
Noor saved you a seat, and you didn't sit. The group chat goes on without you. Mum asks how it went, and you say fine. # speaker: the_dark # mood: vast
You could stop. Put it down. I'm very good at quiet. Nobody presents anything in here. # speaker: the_dark # mood: soft
Stop trying, Lila. Just for a while. Just forever. # speaker: the_dark # mood: small
# tint: night-1 0.65
Her light shrinks to the size of her feet. # speaker: narrator
It did its research. I'll give it that. # speaker: mara # mood: afraid
Lila. Whatever you say to it, we're still standing here. That's not a condition. # speaker: jonas # mood: determined
You don't have to answer it, dear. But you can. # speaker: roe # mood: neutral
* [I'm scared all the time. I'm still coming.]
    I'm scared. # speaker: lila # mood: afraid
    All the time. Like, right now. I'm scared of how scared I am. # speaker: lila # mood: afraid
    I'm scared of presentations and the group chat and Mum's face when I say fine. I'm scared of you. # speaker: lila # mood: afraid
    But I'm still coming. Scared and coming. Both. That's the deal. # speaker: lila # mood: determined
    ...Both? # speaker: the_dark # mood: small
    # tint: night-1 0.2
    Her light doesn't get brighter. It gets wider. It reaches Roe, then Mara, then Jonas, and the shadows step back to make room for all of them. # speaker: narrator
    # move: shadow_a shadow_a_home
    # move: shadow_b shadow_b_home
    There she is. # speaker: roe # mood: happy
    I'm going to be sick. In a good way. Is there a good way? # speaker: lila # mood: happy
    There is now. # speaker: jonas # mood: happy
    ~ face_fear("lila", true)
* [I'm fine.]
    I'm fine. Honestly. Totally fine. Can we just go? # speaker: lila # mood: neutral
    Of course you are. I'll be here when you're not. # speaker: the_dark # mood: soft
    # tint: night-1 0.35
    The shadows step back. Not away: just back. Her light stays the size of her feet. # speaker: narrator
    # move: shadow_a shadow_a_home
    Fine is a word, dear. It isn't a place. We'll sit by the fire a while. # speaker: roe # mood: sad
    Yeah. Sure. Fine. # speaker: lila # mood: sad
    ~ face_fear("lila", false)
- 
# fade: out
# tint: night-1 0
# music: hub
The garden folds itself away behind them, lantern by lantern. Somewhere far off, a fire is still burning. # speaker: narrator
# warp: chaos_hub from_wing_lila
# fade: in
-> DONE
