// Chapter 3, Lila's night: her dream (maps/dream_lila_1.tmx, dream_lila_2.tmx).
//
// The dream teaches Glow one idea per room, by doing: the dark is only safe inside her light
// (the Night Garden's dark band, crossed beside Mum's humming), a culvert only she fits
// through (the hedge, and the lever behind it), her light shrinking when she is alone, which
// in her dream means away from other people's voices (the long dark of the second map, where
// the voices lead to two levers), and shadow paths that exist only in her light (the bridge
// over the pond, with a voice at every stretch). The voices are `voice` objects on the maps'
// puzzle layer; each has an inspect spot on it, "Listen", running one of the voice_ stitches.
// Then the blanket fort: the pod's host offers her a dark that never comes any closer, and
// a quiet with no presentations in it. Staying costs a pod hour, waking holds on; either
// way she wakes, and the chapter ends.

VAR lila_dream_step = 0              // her dream so far: 1 across the dark, 2 through the hedge, 3 through the voices' gate, 4 across the pond, 5 woke (the chapter's steps)
VAR lila_voices_heard = 0            // how many different voices she stopped to listen to (the fort remembers)
VAR lila_stayed_in_dream = false     // in the fort she chose to stay; the pod woke her anyway
VAR lila_dreamt = false              // she woke from her dream: the chapter is over

=== lila_dream ===
// The dream maps' objects start these stitches; each ends with DONE, back to walking around.
-> DONE

= arrive
// dream_lila_1's arrival trigger: the welcome, and the first lesson (the dark, and her light).
~ begin_chapter("lila_dream")
A garden at night. Lanterns on posts, a swing, grass the blue of a screen left on in a dark room. # speaker: narrator
Oh. Okay. This one. The nice one. I know the nice one. # speaker: lila # mood: neutral
Welcome back, Lila. It's always night here, and it's always yours. # speaker: somnico_host # mood: smile
A small warm light sits around her feet, like a night-light that learned to walk. It goes where she goes. # speaker: narrator
Ahead, the path runs straight into a band of dark so thick the moss stops at its edge, like it knows better. # speaker: narrator
And that's the not-nice bit. Every garden's got one. Mine's just, you know. Load-bearing. # speaker: lila # mood: afraid
Somewhere in the middle of it, someone is humming. # speaker: narrator
-> DONE

= swing
// An inspect: the swing in the first garden.
{ stopping:
- The swing moves a little, though there's no wind. It's waiting for someone to be small enough again. # speaker: narrator
    I used to go so high I'd do the stomach thing on purpose. Now I do the stomach thing for free. Like, in maths. # speaker: lila # mood: happy
- Still swinging. Nobody on it. That's fine. That's totally a normal swing thing. # speaker: lila # mood: afraid
}
-> DONE

= bench
// An inspect: the bench under the lantern.
A bench with a lantern over it, the safest seat in the garden. You could sit here all night and never have to go anywhere. # speaker: narrator
Tempting. Very tempting. That's how you know it's a trap. # speaker: lila # mood: neutral
-> DONE

= the_dark
// An inspect: the edge of the dark band, looked at from the path.
{ stopping:
- The dark doesn't look like shadow. It looks like a place. Two pale eyes open in it, consider her, and close. # speaker: narrator
    Nope. No. Hi. Nope. # speaker: lila # mood: afraid
    Inside your light the dark can't touch you, Lila. It's only ever the edges. # speaker: somnico_host # mood: smile
    Right. The edges. Where literally everything is. # speaker: lila # mood: afraid
- Still dark. The humming is still in it, too, low and patient. # speaker: narrator
}
-> DONE

= hum
// An inspect on the voice in the dark band: Mum humming.
{ hum == 1:
    ~ lila_voices_heard += 1
}
{ stopping:
- It's Mum's humming, the kitchen kind: a song off the radio with half the words made up. # speaker: narrator
    She does that when she's worried and doesn't want me to know. Which is how I always know. # speaker: lila # mood: sad
    Close to the humming, her light opens right out, warm and wide, and the dark steps back a good way. # speaker: narrator
- Mum, humming the same three lines, getting the words wrong in the same places. # speaker: narrator
}
-> DONE

= crossed
// The enter trigger on the far side of the dark band; then the hedge, and the culvert.
~ lila_dream_step = 1
Made it. I walked through the dark and it just... let me. Rude of it, honestly. I had a whole panic planned. # speaker: lila # mood: happy
Behind her the humming carries on, a little fainter. Ahead, a tall hedge with a garden gate in it, shut. # speaker: narrator
Near the top of the hedge, a pipe runs through it: an old culvert, about the width of a girl in a hoodie. # speaker: narrator
Only you fit through there, Lila. You always were good at small spaces. # speaker: somnico_host # mood: smile
Wow. Thanks. Great. # speaker: lila # mood: neutral
-> DONE

= culvert
// An inspect: the culvert through the hedge.
{ stopping:
- A round pipe through the hedge, dry inside, with a glimmer of lantern light at the far end. # speaker: narrator
    Walk in and crawl, I guess. Hood up. Headphones on. Pretend it's a bus. # speaker: lila # mood: determined
- The culvert. The far end has a lever in it, if she squints. # speaker: narrator
}
-> DONE

= through
// The enter trigger past the hedge gate.
~ lila_dream_step = 2
Through the pipe, pull the thing, back through the pipe. I am basically a plumber now. # speaker: lila # mood: happy
The gate swings shut behind her without a sound. Up ahead, in the hedge, another gate stands open onto more dark. # speaker: narrator
-> DONE

= voices
// dream_lila_2's arrival trigger, the first time: the third lesson (alone, her light shrinks).
{ lila_dream_step < 3:
    A field of dark, wall to wall, the whole garden gone out like a screen. # speaker: narrator
    Through it, here and there, voices. Not words, mostly. A laugh. Someone humming. A door. # speaker: narrator
    Okay. Okay okay okay. This is the bit where the light gets small. # speaker: lila # mood: afraid
    Near a voice her light stays wide, the way it does beside a friend. Away from them it shrinks to her feet. # speaker: narrator
    You don't need them, Lila. Out here there's no one to let down. # speaker: somnico_host # mood: smile
    Yeah, see, that's exactly the kind of thing the dark would say. # speaker: lila # mood: determined
- else:
    The field of voices, and the gate she opened, still open. # speaker: narrator
}
-> DONE

= voice_laugh
// The voices of dream_lila_2 (inspect spots on their cells, "Listen").
{ voice_laugh == 1:
    ~ lila_voices_heard += 1
}
{ stopping:
- Someone laughing. Not at her: with her, at something she said, the big helpless kind of laugh that makes other people laugh too. # speaker: narrator
    That was a good joke. I did that. Write it down, somebody. # speaker: lila # mood: happy
- The laugh again, still going, like the joke keeps getting funnier. # speaker: narrator
}
-> DONE

= voice_hum
{ voice_hum == 1:
    ~ lila_voices_heard += 1
}
Humming, off-key and cheerful, the tune from the ad for the washing powder nobody buys. # speaker: narrator
Mum. Obviously Mum. Nobody else knows that song on purpose. # speaker: lila # mood: happy
-> DONE

= voice_seat
{ voice_seat == 1:
    ~ lila_voices_heard += 1
}
A voice, close, as if from the next chair: "Saved you a seat." # speaker: narrator
Noor. She always does. Every single time. Even when I don't come. # speaker: lila # mood: sad
Especially when I don't come. # speaker: lila # mood: determined
-> DONE

= voice_chat
{ voice_chat == 1:
    ~ lila_voices_heard += 1
}
A dozen voices at once, tumbling over each other, the group chat read out loud. Somewhere in the middle, one of them says her name, and then "where's Lila?" # speaker: narrator
They noticed. Huh. I thought I was on mute in there. # speaker: lila # mood: neutral
-> DONE

= voice_knock
{ voice_knock == 1:
    ~ lila_voices_heard += 1
}
A soft knock, on a door that isn't there. "You okay in there, love? No rush." # speaker: narrator
I'm fine. I'm always fine. I'm, like, professionally fine. # speaker: lila # mood: sad
The knock doesn't go away. It just waits, kindly, the way doors don't. # speaker: narrator
-> DONE

= voice_goodnight
{ voice_goodnight == 1:
    ~ lila_voices_heard += 1
}
From near the gate, soft as the hall light left on a crack: "Night, love. Lamp on, if you like." # speaker: narrator
Night. Love you too. Don't tell anyone I said that out loud in a dream. # speaker: lila # mood: happy
-> DONE

= voice_teacher
// The voices over the pond (dream_lila_2's second room).
{ voice_teacher == 1:
    ~ lila_voices_heard += 1
}
A teacher's voice, from the front of a room she can't see: "Take your time, Lila. We're all listening." # speaker: narrator
That is the scariest nice thing anyone has ever said to me. # speaker: lila # mood: afraid
{ lila_presented:
    Then, from the back row, a small voice: "Do the fish get scared? Before they learn to light up?" # speaker: narrator
    Bea. Yeah. Yeah, I think they do. # speaker: lila # mood: happy
}
-> DONE

= voice_neighbour
{ voice_neighbour == 1:
    ~ lila_voices_heard += 1
}
An old woman's voice, over a fence: talking to her plants, telling each of them goodnight by name. # speaker: narrator
The lady next door. The one with the cane. She does this every night. I thought I was the only one who heard. # speaker: lila # mood: neutral
-> DONE

= voice_mum
{ voice_mum == 1:
    ~ lila_voices_heard += 1
}
Mum, calling up the stairs: "There's soup, if you want it. Whenever you're ready." # speaker: narrator
Whenever I'm ready. She's been saying that for about a year. # speaker: lila # mood: sad
-> DONE

= pond
// The enter trigger past the voices' gate; then the pond, and the shadow path.
~ lila_dream_step = 3
Two levers, one gate, and I didn't go anywhere it was quiet. Honestly? New personal best. # speaker: lila # mood: happy
Beyond the gate, a black pond from hedge to hedge, and no bridge. On the far bank, under a string of lanterns, a blanket fort glows like a lamp. # speaker: narrator
In the water, between the lily pads, more voices murmur. # speaker: narrator
-> DONE

= the_water
// An inspect: the pond, from the bank.
{ stopping:
- Black water, so still it could be a floor. Right where she stands, her light touches it, and something flat and faint shows under the surface: the first plank of a path. # speaker: narrator
    Oh, that's a path. That's a path made of shadow. Of course it is. Why would a path be made of path. # speaker: lila # mood: afraid
    Only where you shine, Lila. Everywhere else, there's only water. # speaker: somnico_host # mood: smile
- The shadow path shows under the water wherever her light falls, and nowhere else. # speaker: narrator
}
-> DONE

= far_bank
// The enter trigger on the far bank of the pond.
~ lila_dream_step = 4
The last stretch of the shadow path sinks out of sight the moment her foot leaves it. # speaker: narrator
I walked on a bridge that only exists when I look at it. That's... actually a pretty accurate description of me and homework. # speaker: lila # mood: happy
-> DONE

= host
// The host by the fort (past the temptation's trigger, so rarely reached).
Take as long as you like, Lila. Nobody's waiting. # speaker: somnico_host # mood: smile
-> DONE

= temptation
// The enter trigger on the far bank, before the fort: the dream asks her to stay. Staying
// costs a pod hour, waking holds on; either way she wakes, and the chapter ends.
The blanket fort is exactly the one she built at seven, out of every cushion in the flat: two chairs, a sheet, fairy lights, a torch that never runs out. # speaker: narrator
Inside it is dark. A soft dark, the good kind, the kind that stays where it's put. # speaker: narrator
Here's a dark that never comes any closer, Lila. No edges. No waiting. No one asking you to stand up and speak. # speaker: somnico_host # mood: smile
No presentations? # speaker: lila # mood: neutral
{ lila_presented:
    I did one today, you know. The night-light one. My hands shook the whole way through, and nobody died. Not even me. # speaker: lila # mood: determined
    And you never have to do it again. Not here. # speaker: somnico_host # mood: smile
- else:
    { lila_slept_in or lila_calm_pod:
        Mine's on Monday now. Ms Lindqvist did the face. The Monday face. # speaker: lila # mood: afraid
    }
    Not ever. Just the quiet, and the torch, and you. Stay. # speaker: somnico_host # mood: smile
}
{ lila_voices_heard >= 3:
    Behind her, across the pond, the voices are still going: the laugh, the humming, the seat somebody keeps saving. # speaker: narrator
- else:
    Behind her, across the pond, the voices are very faint now. She has to hold her breath to hear them at all. # speaker: narrator
}
* [Stay. Where it's quiet.]
    ~ lila_stayed_in_dream = true
    ~ sleep_in_pod_lila(1)
    She crawls into the fort and pulls the sheet down behind her. The torch makes a small sun on the ceiling. # speaker: narrator
    Just till I'm ready. I'll be ready soon. I'm nearly ready. # speaker: lila # mood: sad
    Of course you are. Sleep now, Lila. We'll wake you when it's time. # speaker: somnico_host # mood: smile
* [Wake up]
    ~ hold_on_lila()
    It's a really good fort. Seven-year-old me was a genius. # speaker: lila # mood: happy
    But it's quiet in there because nobody's in it. Not even me, really. # speaker: lila # mood: determined
    And the dark out there only comes closer when I'm on my own. So. I'd better not be. # speaker: lila # mood: determined
    Your session... the quiet is... your session has... # speaker: somnico_host # mood: glitch
    The fairy lights blink out one by one, and the voices across the pond all get louder at once, like a room when you walk in. # speaker: narrator
- ~ lila_dreamt = true
~ lila_dream_step = 5
# fade: out
Black, then the pod's blue standby glow, and the hiss of the lid. # speaker: narrator
{ lila_stayed_in_dream:
    She wakes an hour past her alarm, with the lid already open and the flat already quiet. Mum has gone to work. There's a note on the fridge, and soup. # speaker: narrator
    Whenever I'm ready. Right. # speaker: lila # mood: sad
- else:
    She pushes the lid up herself. Down the hall, the kitchen radio, and Mum getting the words wrong. # speaker: narrator
    She doesn't put her headphones on. She goes and gets the words wrong too. # speaker: narrator
    Morning. What is this song even about? # speaker: lila # mood: happy
}
Morning, then. Across the city the Civic Rest Hall is counting out its pods, and her school has forty seats in it. The dark in there will be very big, and very full of people. # speaker: narrator # next_chapter
-> DONE
