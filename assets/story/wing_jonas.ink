// The Merge: Jonas's fear wing (maps/wing_jonas_1.tmx, maps/wing_jonas_2.tmx).
// Galleries of wet paint stitched with Mara's marble and torn into the void; critics who stare
// his sketches away. Four puzzles (wing_jonas_hints.ink), then the crowd that shouts his own
// reviews at him. wing_jonas_step: 1..4 as each puzzle's room is reached, 5 at the crowd.

=== wing_jonas ===
-> DONE

= arrive
// The arrive trigger on wing_jonas_1 (once).
~ wing_jonas_step = 0
The door opens onto a gallery. The paint on the walls is still wet; it runs down into the floor and the floor runs into nothing. # speaker: narrator
Oh no. Oh, I know this place. Every gallery I ever hung in, and a few that turned me down. # speaker: jonas # mood: afraid
It smells of turps and cheap wine. # speaker: lila # mood: neutral
That's the opening-night smell. Mostly the wine. # speaker: jonas # mood: neutral
Somebody's stitched my marble into it. Badly. # speaker: mara # mood: neutral
Then it's yours and his both. We go through it together, dear, whatever's hanging at the end. # speaker: roe # mood: determined
Right. Yes. Together. It's only paintings. # speaker: jonas # mood: determined
It's never only paintings with you, is it. # speaker: roe # mood: happy
-> DONE

= permanent
// Enter trigger at the door of the first puzzle (jonas, roe): the permanent collection.
{ wing_jonas_step < 1:
    ~ wing_jonas_step = 1
}
The Permanent Collection. Where the good stuff goes to be stared at. # speaker: jonas # mood: neutral
Nothing I draw lasts in front of that lot. # speaker: jonas # mood: afraid
Then we'll find something that does. # speaker: roe # mood: determined
-> DONE

= nocturne
// Enter trigger at the second puzzle (jonas, lila): the dark gallery.
{ wing_jonas_step < 2:
    ~ wing_jonas_step = 2
}
Why is there a dark room in your gallery? That's my thing. # speaker: lila # mood: afraid
Nocturnes. Whistler. Very fashionable. I'll draw, you glow? # speaker: jonas # mood: neutral
Stay close, then. Like, actually close. # speaker: lila # mood: determined
-> DONE

= stairwell
// Enter trigger on the corridor past the dark room, towards the stairs to the judges.
Up there. I can hear them. They always sound like that before the reviews come out. # speaker: jonas # mood: afraid
-> DONE

= upstairs
// The arrive trigger on wing_jonas_2.
A long gallery of empty frames. Somewhere ahead, a room full of voices is murmuring about brushwork. # speaker: narrator
Eleven months of white canvases, and they've framed every one of them. # speaker: jonas # mood: sad
-> DONE

= diptych
// Enter trigger at the third puzzle (jonas, mara): two panels, one wire.
{ wing_jonas_step < 3:
    ~ wing_jonas_step = 3
}
A diptych. Two panels, meant to be seen together. # speaker: jonas # mood: neutral
The wire says otherwise. It only lights one at a time. # speaker: mara # mood: determined
-> DONE

= judges
// Enter trigger at the last puzzle (jonas, mara, roe): the judges.
{ wing_jonas_step < 4:
    ~ wing_jonas_step = 4
}
The front row. They always stand right where you need to be. # speaker: jonas # mood: afraid
And the other side isn't even there. # speaker: jonas # mood: afraid
It's there. You just can't see it yet. I can. # speaker: mara # mood: determined
-> DONE

= critic
// A critic in the crowd on the stage.
"Competent." They say it like a diagnosis. # speaker: crowd # mood: jeering
-> DONE

= ines
// Ines Vale, or the dream's idea of her.
She turns a page in a notebook with nothing written in it, and looks at you as if you were late. # speaker: narrator
-> DONE

= confront
// The enter trigger on the stage: the crowd shouting his own reviews. Honest or deflecting
// (face_fear), then back to the hub.
~ wing_jonas_step = 5
# music: fear
# place: jonas jonas_mark
# place: mara mara_mark
# place: roe roe_mark
# place: lila lila_mark
# face: jonas down
The house lights come up. Every seat is taken, and every face in every seat is turned to him. # speaker: narrator
# move: ines_vale ines_mark
# sfx: fear_sting
"Jonas, of the whale on Aster Street: a promise unkept." # speaker: crowd # mood: roaring
# tint: red-1 0.35
"Derivative. Whales, again. We have all seen the whales." # speaker: crowd # mood: jeering
"Eleven months and nothing on the canvas. Not even a mistake." # speaker: crowd # mood: jeering
That last one isn't hers. That's mine. I wrote that. In the back of a sketchbook, at four in the morning. # speaker: jonas # mood: afraid
# crash: 0.8
"Odile gave you a wall. You gave her a white one." # speaker: crowd # mood: roaring
"Mrs Obi wants the rent. Aster Street wants its whale. Who wants you?" # speaker: crowd # mood: roaring
They're loud, dear. Loud isn't the same as right. # speaker: roe # mood: determined
I've read worse about myself in a performance review. Out loud, in front of Vance. I lived. # speaker: mara # mood: neutral
You're literally the only one of us who makes things. They're just... sitting there. # speaker: lila # mood: determined
# tint: red-1 0.6
# place: critic_7 crowd_front
"Say something, then. Something clever. You always have something clever." # speaker: crowd # mood: jeering
* [Tell them the truth]
    # tint: red-1 0
    I stopped because I was scared it wasn't good. # speaker: jonas # mood: sad
    It might not be. It might be derivative and late and about whales. # speaker: jonas # mood: sad
    I'm going to paint anyway. # speaker: jonas # mood: determined
    "..." # speaker: crowd # mood: quiet
    The seats empty one by one, the way a gallery does at closing: no verdict, just people going home. # speaker: narrator
    There he is. # speaker: roe # mood: happy
    ~ face_fear("jonas", true)
* [Make a joke of it]
    Tough room. Is there a bar? There's always a bar at these things. # speaker: jonas # mood: happy
    "Clever. Always clever." # speaker: crowd # mood: jeering
    The crowd doesn't leave. It just gets quieter, the way a crowd does when it has already made up its mind. # speaker: narrator
    # tint: red-1 0
    Jonas. # speaker: roe # mood: sad
    Later. Let's just go. Please. # speaker: jonas # mood: sad
    ~ face_fear("jonas", false)
- # fade: out
The stage tilts, and the gallery folds itself away like a catalogue nobody will read. # speaker: narrator
# warp: chaos_hub from_wing_jonas
# fade: in
-> DONE
