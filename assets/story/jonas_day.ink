// Chapter 2, Jonas's Friday: his loft, the gallery street and the Marrow Gallery
// (maps/jonas_loft.tmx, gallery_street.tmx, gallery.tmx). The same Friday as Mara's day.
//
// The day's pull between the pod and real life, and what each choice leaves on the maps:
// - The morning (jonas_day.morning): get up for the critic at eleven (held), or back into the
//   pod (+2). Slept in, he wakes at one: Mrs Obi has gone to market (no landlady on the street,
//   a note on her door) and Ines Vale has left the gallery (her card on the empty wall), so the
//   hard question is skipped, and with it the storeroom.
// - The nap booth on the street (gallery_street.booth_pitch): twenty minutes to stop his hands
//   shaking (+1: he meets the gallery calm), or walk on (held). While he naps, Pim, the kid
//   who waited all morning by the gallery, gives up and takes the tram: gone from the street,
//   only his chalk left; walk on and Pim is there, with a drawing for him.
// - The critic's question (gallery.ines, only if he came on time): the truth (held) opens
//   Odile's storeroom, where his first painting and the old sketch of the whale's tail wait.
// - The night (jonas_day.night): one line on the Aster Street mural first (held; Mara sees it
//   on showcase day, see aster_mural), or straight into the pod (+1). Then the pod (+2) and
//   his dream.
// Pod hours: 2 (all real) to 6 (all pod).

VAR jonas_got_up = false             // he got up for the critic at eleven
VAR jonas_slept_in = false           // he went back into the pod that morning and missed her
VAR jonas_napped = false             // he took the street nap booth's free twenty minutes
VAR jonas_walked_past_booth = false  // he turned the booth down and walked on
VAR jonas_has_pims_drawing = false   // Pim gave him a chalk drawing of the whale with a tail
VAR jonas_at_gallery = false         // he reached the Marrow Gallery (late or not)
VAR jonas_met_ines = false           // Ines Vale asked him what is next
VAR jonas_told_truth = false         // he told her: nothing, eleven months of white (the storeroom opens)
VAR jonas_bluffed = false            // he told her the new work comes from his dreams
VAR jonas_has_study = false          // he took his old sketch of the whale's tail from the storeroom
VAR jonas_painted_line = false       // that night he painted one line of the tail on Aster Street
VAR jonas_day_done = false           // the day is over: the pod, and his dream

=== jonas_day ===
// The day's spine: the morning, the evening home, the night in the pod.
-> DONE

= morning
// The chapter begins here (chapters.json `begins`): the loft at half past seven.
~ begin_chapter("jonas_day")
# face: player up
07:30. Light comes in through the big window and lands where it lands every morning: on eleven months of white. # speaker: narrator
Morning, canvases. Nobody painted you overnight? No elves? No burglars with taste? # speaker: jonas # mood: neutral
~ play_sfx("pod_hum")
# tint: neon-magenta 0.15
Good morning, Jonas. Last night you painted for seven hours and nine minutes. # speaker: somnico_host # mood: smile
Your studio is just as you left it. The paint is still wet. # speaker: somnico_host # mood: smile
It's always still wet in there. Nothing ever dries, so nothing's ever finished, so nothing's ever bad. Great system. # speaker: jonas # mood: happy
His phone buzzes somewhere in the blankets. # speaker: narrator
ODILE MARROW: Ines Vale from the Vesper Review, at the gallery, eleven. She asked for you by name. Come and tell her what's next. Wear the overalls, critics love a costume. # speaker: narrator
"What's next." Top three questions I can't answer. Right up there with "rent" and "why". # speaker: jonas # mood: afraid
Downstairs, a broom handle knocks three times on the ceiling: Mrs Obi's way of saying good morning, and also the rent. # speaker: narrator
- (phone)
* [Read the news while the phone's awake]
    VESPER NEWS: Seven days to the Lullaby Protocol. Ten thousand citizens will dream in step at the Civic Rest Hall. # speaker: narrator
    Ten thousand people in one dream. I hope somebody in there can draw hands, because it won't be me. # speaker: jonas # mood: neutral
    -> phone
+ [Put the phone under the pillow]
- The pod's lid lifts a finger's width, the way a cat opens one eye. # speaker: narrator
The coast is still there, Jonas. The light is exactly right. It will be exactly right until you come back. # speaker: somnico_host # mood: smile
That's the thing. Out here the light's never exactly right. Out here it's just... light. # speaker: jonas # mood: sad
* [Get up. Go and meet the critic] -> get_up
* [Back in the pod. Paint where it's easy] -> back_to_pod

= get_up
~ jonas_got_up = true
~ hold_on_jonas()
# tint: neon-magenta 0
He finds the overalls with the least paint on them, which is still quite a lot of paint. # speaker: narrator
The brush goes behind my ear. It hasn't touched paint since last winter, but it's very good for morale. # speaker: jonas # mood: determined
We'll be here, Jonas. We're always here. # speaker: somnico_host # mood: neutral
I know. That's what worries me about you. # speaker: jonas # mood: neutral
-> DONE

= back_to_pod
~ jonas_slept_in = true
~ sleep_in_pod_jonas(2)
Just till the light's better. Just one coast. # speaker: jonas # mood: happy
# fade: out
# wait: 1.5
A whole coast in wet blue, cliffs in orange, gulls in three quick strokes each. Every one of them works. # speaker: narrator
# tint: neon-magenta 0
# fade: in
13:10. Three missed calls from Odile, then a message: "She waited forty minutes. She left her card. Come anyway." # speaker: narrator
The broom stopped knocking hours ago. # speaker: narrator
I feel amazing. I feel like a man who painted a whole coast. I also feel like a man who stood up a critic, which is a different feeling, in the same stomach. # speaker: jonas # mood: sad
-> DONE

= home
// Back in the loft after the gallery (the loft's arrive trigger): evening, and the pod waiting.
Evening. The window has gone from white to blue to neon, and the canvases have gone along with it, without once changing colour. # speaker: narrator
{
- jonas_told_truth:
    I told a critic the truth today. She wrote it down. I've never felt so read. # speaker: jonas # mood: neutral
- jonas_slept_in:
    Odile didn't say "you let me down". She said "another day", which is worse, because it's true. # speaker: jonas # mood: sad
- jonas_bluffed:
    Eleven months of white, and I told her it was a surprise. It is. It surprises me every morning. # speaker: jonas # mood: sad
- else:
    She was right there by the empty wall, and I found every other wall in the room fascinating. # speaker: jonas # mood: sad
}
The pod's light is on. It always knows when I'm home. # speaker: jonas # mood: neutral
-> DONE

= night
// The pod at night (an interact trigger on it, once the gallery is done; "not yet" hands the
// evening back): the day's last choice, then the pod and his dream.
{ night > 1:
    The pod is still on. So is he, just about. # speaker: narrator
    -> choice
}
Good evening, Jonas. Your studio is ready. The paint is wet. # speaker: somnico_host # mood: smile
{ jonas_has_study:
    The old sketch from Odile's storeroom is in his top pocket: the whale, with a tail he drew years ago and forgot. # speaker: narrator
}
{ jonas_has_pims_drawing:
    Pim's drawing is taped to the easel. Crayon whale, enormous tail, signed PIM in letters taller than the whale. # speaker: narrator
}
The last tram to Aster Street leaves in twenty minutes. The wall will still be there. The whale will still have no tail. # speaker: narrator
- (choice)
* [Take a tin of blue to Aster Street. One line] -> one_line
* [Straight in. Paint it in there, where it works] -> straight_in
+ [Not yet]
    Five more minutes of looking at things. Looking is half of painting. The other half is the hard half. # speaker: jonas # mood: neutral
    -> DONE

= one_line
~ jonas_painted_line = true
~ hold_on_jonas()
# fade: out
The last tram, line 4, blinds down, half the carriage asleep in their reclined seats. He rides it standing, a tin of blue under his arm. # speaker: narrator
Aster Street. Kenji's Noodles is still lit. The whale swims over the rooftops on its wall, and ends where he stopped, in chalk. # speaker: narrator
{ jonas_has_study:
    He holds the old sketch up against the wall. Past him had an idea. It's not a bad idea. # speaker: narrator
}
{ jonas_has_pims_drawing:
    Pim's tail is much bigger than his. Pim is probably right. # speaker: narrator
}
One line, shoulder to wrist, where the tail begins. # speaker: narrator
It's wrong. It's a start. In my experience those are the same thing, mostly. # speaker: jonas # mood: determined
# fade: in
Home by midnight, blue to the elbow. # speaker: narrator
-> into_the_pod

= straight_in
~ sleep_in_pod_jonas(1)
The wall can wait. It's good at waiting; it's had the practice. # speaker: jonas # mood: sad
He lies down an hour early. In there the whale already has a tail. It always has; he paints it every night, and every night it's perfect. # speaker: narrator
-> into_the_pod

= into_the_pod
~ jonas_day_done = true
~ sleep_in_pod_jonas(2)
The lid closes over him with a soft click, like a tin of paint being sealed for later. # speaker: narrator
# tint: neon-magenta 0.3
Sweet dreams, Jonas. The paint is wet. # speaker: somnico_host # mood: smile
# fade: out
# tint: neon-magenta 0
# music: dream_jonas
# warp: dream_jonas_1 arrive
# fade: in
Wet colour everywhere, bright as the first day of art school, and not one white canvas in sight. # speaker: narrator
-> DONE


=== loft ===
// What Jonas can look at in his loft (maps/jonas_loft.tmx). Each ends with DONE.
-> DONE

= pod
{
- jonas_slept_in:
    Still warm. It did a lovely coast. It also cost me a critic, so: a very expensive coast. # speaker: jonas # mood: sad
- jonas_got_up:
    Not now. If I lie down in there I'll paint a masterpiece, and nobody will ever see it. Including me, at breakfast. # speaker: jonas # mood: neutral
- else:
    My Reverie. Eight hours a night of being good at my job. # speaker: jonas # mood: neutral
}
-> DONE

= canvases
{ stopping:
-   White. Eleven months of it. Primed, stretched, ready, and waiting for me to stop being a coward. # speaker: jonas # mood: sad
-   I counted once. Twenty-three. I bought one a fortnight, like a man who keeps buying running shoes. # speaker: jonas # mood: neutral
-   If I stare long enough, they start to look like snow. That's not a painting. That's weather. # speaker: jonas # mood: neutral
}
-> DONE

= easel
{
- jonas_day_done:
    -> DONE
- jonas_has_pims_drawing:
    Pim's whale, taped to the blank canvas. The only thing on this easel all year with a tail. # speaker: jonas # mood: happy
- else:
    The easel, with today's white canvas on it. Same as yesterday's. Very consistent body of work. # speaker: jonas # mood: neutral
}
-> DONE

= window
{ jonas_at_gallery:
    Neon now. Somewhere across town a whale is waiting on a wall on Aster Street, and I'm up here, waiting on me. # speaker: jonas # mood: sad
- else:
    Vesper in the morning: every colour I'd ever need, going to work without me. # speaker: jonas # mood: neutral
}
-> DONE

= work_table
Brushes, soaking in a jar of water that has been clear since winter. # speaker: narrator
And a takeaway box from Kenji's Noodles on Aster Street. Kenji draws a face on the lid for regulars. Mine looks worried. Kenji is a portraitist. # speaker: jonas # mood: happy
-> DONE

= old_work
Everything before the pod, stacked face to the wall. Not because it's bad. Because it's looking at me. # speaker: jonas # mood: sad
-> DONE

= mattress
{ jonas_slept_in:
    The mattress is cold. It hasn't seen me in weeks. The pod is so much better at holding on. # speaker: jonas # mood: sad
- else:
    My actual bed. I keep it for guests, and for guilt. # speaker: jonas # mood: neutral
}
-> DONE

= radiator
A paint rag drying on the radiator, stiff as a flag. It's been drying since the last time I painted. It's very, very dry. # speaker: jonas # mood: neutral
-> DONE


=== gallery_street ===
// Gallery Street (maps/gallery_street.tmx): his landlady, the tram stop on line 4, the news,
// SomniCo's billboard and nap booth, and the Marrow Gallery.
-> DONE

= obi
// Mrs Adaeze Obi, his landlady, sweeping her step (only if he got up for the critic).
{ stopping:
-   Jonas! Vertical, before noon, with shoes on. Shall I call the newspaper? # speaker: landlady # mood: warm
    They're busy with the Protocol, Mrs Obi. Ten thousand people sleeping. I'm just the one who got up. # speaker: jonas # mood: happy
    Good. Somebody has to. # speaker: landlady # mood: warm
-   The boy from number nine, Pim, has been asking for you all week. He has drawn your whale on every pavement between here and the tram. # speaker: landlady # mood: neutral
    He is waiting by the gallery this morning like it is a bus stop. Don't walk past him, Jonas. Children remember who walks past. # speaker: landlady # mood: worried
-   The rent, you can pay me in a painting. A new one. I am not fussy about the subject. I am very fussy about the "new". # speaker: landlady # mood: warm
}
-> DONE

= obi_evening
// Evening: she remembers, and asks.
{ stopping:
-   Well? Did the critic eat you? You look uneaten. # speaker: landlady # mood: warm
    {
    - jonas_told_truth:
        I told her I've painted nothing for eleven months. # speaker: jonas # mood: neutral
        And she wrote that down? # speaker: landlady # mood: worried
        She underlined it. # speaker: jonas # mood: happy
        Hm. Underlining is good. My husband underlined my name in his diary for forty years. # speaker: landlady # mood: warm
    - jonas_bluffed:
        I told her I've got something big coming. From my dreams. # speaker: jonas # mood: neutral
        Jonas. Everybody in this city has something big coming from their dreams. Very few of them bring it to the shops. # speaker: landlady # mood: worried
    - else:
        I didn't talk to her. I looked at my old paintings for an hour, like a man visiting his ex. # speaker: jonas # mood: sad
        Then tomorrow you go back and you talk to her. I will hold the broom. # speaker: landlady # mood: worried
    }
-   { jonas_has_pims_drawing:
        You found the boy. He ran home shouting that you said "soon". You'll have to mean it now. # speaker: landlady # mood: warm
    - else:
        The boy waited. Then he got the tram with his mother. I told him you were busy being important. # speaker: landlady # mood: worried
    }
-   Go up. Sleep in your own bed for once. It misses you; I hear it not creaking. # speaker: landlady # mood: warm
}
-> DONE

= obi_door
{
- jonas_slept_in:
    A note pinned to Mrs Obi's door: GONE TO MARKET. THE BOY WAITED FOR YOU. A.O. # speaker: narrator
    She underlined "waited". Twice. # speaker: jonas # mood: sad
- else:
    Mrs Obi's door. It smells of pepper soup and floor polish, which is what I assume heaven smells like. # speaker: jonas # mood: happy
}
-> DONE

= news
VESPER NEWS: Seven days to the Lullaby Protocol. Ten thousand citizens, one night, one dream, at the Civic Rest Hall. # speaker: narrator
"The night our city finally rests," says the Minister, who looks like a man who needs it more than most. # speaker: narrator
A whole city asleep at once. Somebody should paint that. Not me. Somebody awake. # speaker: jonas # mood: neutral
-> DONE

= timetable
LINE 4: Gallery Street. Aster Street. Halcyon Tower. Civic Rest Hall. Every eight minutes, allegedly. # speaker: narrator
Aster Street, two stops. There's a wall there with a blue whale on it and no tail. The whale is mine. So is the missing tail. # speaker: jonas # mood: sad
-> DONE

= regular
// A man who has waited for the line 4 tram at this stop every morning for thirty years.
{ stopping:
-   Line 4's late. Line 4 is always late. It's the one thing in this city you can set your watch by. # speaker: regular # mood: cheerful
-   Half the carriages have their blinds down now. People nap between stops; the seats go flat. I stand at the window. Somebody ought to look at the city. # speaker: regular # mood: tired
-   This morning a young woman in a grey blazer chased it from the lights, typing with one thumb. Missed it. Walked on down towards Aster Street. # speaker: regular # mood: tired
    Looked like she hadn't slept, or had slept far too much. Can't tell which, these days. Nobody can. # speaker: regular # mood: tired
-   You're the whale fellow. Aster Street. I go past it twice a day. I keep expecting it to have moved on. # speaker: regular # mood: cheerful
}
-> DONE

= billboard
"Why dream small? Reverie by SomniCo: sleep the way you deserve." It cycles to a crescent moon, then a pod, then back. # speaker: narrator
It's a good line. I hate that it's a good line. And I'd have made the moon smaller; it's shouting. # speaker: jonas # mood: neutral
-> DONE

= booth_pitch
// The trigger across the street at the nap booth, on his way to the gallery: the second pull.
Sir! You, with the brush behind your ear! # speaker: attendant # mood: cheerful
A SomniCo attendant steps out from a glass booth with one pod in it, lid up, glowing a shy lilac. # speaker: narrator
You have the face of a man about to do something difficult. Twenty minutes in a Drift Stop, and you walk in there like you've already done it. # speaker: attendant # mood: cheerful
First nap's free, Protocol week. Lavender, lemon, or your own Reverie, synced. # speaker: attendant # mood: cheerful
{ jonas_slept_in:
    I've had a nap. It was six hours long. It had a coast in it. # speaker: jonas # mood: sad
- else:
    My hands are shaking. I'm about to tell a critic what I've done with my year, and the answer fits on a very small card. # speaker: jonas # mood: afraid
}
Across the street, by the gallery, someone small is waving both arms. # speaker: narrator
* [Twenty minutes. Just to stop my hands shaking] -> booth_nap
* [Not today. Somebody's waving at me] -> walk_on

= booth_nap
~ jonas_napped = true
~ sleep_in_pod_jonas(1)
He lies down only to check the lid works. It does. # speaker: narrator
~ play_sfx("pod_hum")
# fade: out
# wait: 1
By the gallery, a kid with chalk on both sleeves waits, watches the booth's lid, watches the tram, and when the tram comes, gets on it with his mum. # speaker: narrator
# warp: gallery_street from_booth
# fade: in
Twenty minutes, says the booth. Thirty-five, says the clock. My hands are steady. I could talk to anyone. I can't remember who was waving. # speaker: jonas # mood: happy
-> DONE

= walk_on
~ jonas_walked_past_booth = true
~ hold_on_jonas()
Maybe after. Probably not after. Thanks, though. You've got a good face for it. # speaker: jonas # mood: neutral
Come back any time! The booth's always open. # speaker: attendant # mood: cheerful
My hands are still shaking. Fine. They can shake and wave at the same time; they're very talented hands. # speaker: jonas # mood: determined
-> DONE

= attendant
{ jonas_napped:
    Refreshed? You look refreshed. We have a loyalty card. Nine naps and the tenth is also a nap. # speaker: attendant # mood: cheerful
- else:
    The offer stands all week. After the showcase it'll be hard to get a booth. Everyone will want to keep the feeling going. # speaker: attendant # mood: cheerful
}
-> DONE

= booth_pod
{ jonas_napped:
    Still warm, and shaped like me. Twenty minutes. It felt like a good idea all the way through. # speaker: jonas # mood: sad
- else:
    SomniCo Drift Stop. A pod on the pavement, lilac inside, a sticker on the lid: "Rest is a right. First one's on us." # speaker: jonas # mood: neutral
}
-> DONE

= drowse
Drowse-Lite, lemon, lavender and "Dreamless". Someone has bought out the lemon. Someone always buys out the lemon. # speaker: jonas # mood: neutral
-> DONE

= pim
// Pim, nine, who has been waiting by the gallery: the kid who loves the Aster Street whale.
{ jonas_has_pims_drawing:
    { stopping:
    -   Is it soon yet? Mrs Obi says soon is "when the man is ready". How long is ready? # speaker: pim # mood: eager
        Ready is... famously long. But I'm going to try to make it shorter. # speaker: jonas # mood: determined
    -   Mum says I'm not allowed to paint walls until I'm a grown-up. You're a grown-up and you don't either. # speaker: pim # mood: shy
        Fair. Devastating, but fair. # speaker: jonas # mood: happy
    }
    -> DONE
}
Are you the whale man? Mrs Obi says you're the whale man. You've got the hat. # speaker: pim # mood: eager
Guilty. The hat's mostly to keep my ideas in. They've been leaking. # speaker: jonas # mood: happy
The whale on Aster Street has no tail. I go past it on the tram. I've been doing tails for it. In case you forgot how. # speaker: pim # mood: shy
He holds out a sheet of sugar paper: a crayon whale, enormous, with a tail that goes right off the edge. # speaker: narrator
~ jonas_has_pims_drawing = true
You can have it. I've got loads. I did one every day you didn't. # speaker: pim # mood: eager
Every day I... right. That's a lot of tails. Thank you, Pim. I'll put it somewhere I can't stop seeing it. # speaker: jonas # mood: sad
-> DONE

= pims_chalk
Chalk on the pavement where somebody waited: a whale, and a dozen tails drawn one over another, and an arrow to the tram stop. # speaker: narrator
Somebody waited. Somebody gave up. I know both of those feelings. I'm not used to being the reason for them. # speaker: jonas # mood: sad
-> DONE

= gallery_window
My "Tidal" in Odile's window, lit up like it still matters. It's four years old. In gallery years that's a fossil. # speaker: jonas # mood: neutral
-> DONE

= west_sign
A flyer on the lamp post: KENJI'S NOODLES, ASTER STREET, OPEN TILL FOUR. # speaker: narrator
I ate at Kenji's every night the month I painted that wall. Then I stopped painting, and started eating in my sleep. # speaker: jonas # mood: sad
-> DONE


=== gallery ===
// The Marrow Gallery (maps/gallery.tmx): his old paintings, Odile, the critic, two visitors,
// and the storeroom only the truth opens.
-> DONE

= arrive
// The arrive trigger: Odile meets him at the door, on time or not.
~ jonas_at_gallery = true
The Marrow Gallery. White walls, pale floor, and his own old paintings looking down at him like relatives at a wedding. # speaker: narrator
{
- jonas_slept_in:
    Half past one. She waited forty minutes, Jonas. She left her card on the empty wall, which I thought was a little on the nose. # speaker: gallerist # mood: curt
    I'm sorry, Odile. I overslept. By a coast. # speaker: jonas # mood: sad
    Another day, then. There is always another day with you, Jonas. That is rather the trouble. # speaker: gallerist # mood: curt
- jonas_napped:
    Jonas. You're calm. I've never seen you calm. Are you ill? # speaker: gallerist # mood: warm
    Twenty minutes in a booth. I'm a new man. Temporarily. # speaker: jonas # mood: happy
    She's by the empty wall. Be honest with her; she can smell a bluff through a closed door. # speaker: gallerist # mood: neutral
- else:
    Eleven on the dot. Who are you, and what have you done with Jonas? # speaker: gallerist # mood: warm
    He's in the pod at home. I came instead. Don't tell him. # speaker: jonas # mood: afraid
    She's by the empty wall. Be honest with her; she can smell a bluff through a closed door. # speaker: gallerist # mood: neutral
}
-> DONE

= odile
// Odile Marrow: his gallerist, his friend, and the one who got him the Aster Street wall.
{ stopping:
-   The Aster Street committee called again. Eleven months they've waited for that whale to get a tail. # speaker: gallerist # mood: neutral
    SomniCo has offered to rent the wall for a billboard. They say it's a very restful location. # speaker: gallerist # mood: curt
    They want to cover my whale with a nap? # speaker: jonas # mood: afraid
    They want to cover an unfinished whale with a finished advertisement. Finishing is the whole argument, Jonas. # speaker: gallerist # mood: curt
-   { jonas_told_truth:
        I've opened the storeroom. There's something of yours in there you should look at before you decide what's next. # speaker: gallerist # mood: warm
    - else:
        I keep a wall empty for you. Collectors ask what's going there. I say "weather". # speaker: gallerist # mood: neutral
    }
-   Go home, Jonas. Sleep in a bed. Wake up at a sensible hour. Do something with your hands that isn't wringing them. # speaker: gallerist # mood: warm
}
-> DONE

= ines
// Ines Vale, the critic, here only if he came on time: the hard scene, and the day's third choice.
{ jonas_met_ines:
    { jonas_told_truth:
        "Eleven months of white." I'll use it. Don't worry, it'll be kind. Well. It'll be accurate. # speaker: reviewer # mood: curious
    - else:
        I'll look out for the dream work. I look out for a lot of it. It so rarely arrives. # speaker: reviewer # mood: cold
    }
    -> DONE
}
~ jonas_met_ines = true
A woman in a grey coat stands in front of the empty wall as if something were hanging there. # speaker: narrator
Jonas. Ines Vale. Four years ago I called "Tidal" the work of a painter learning to breathe underwater. # speaker: reviewer # mood: neutral
I came to find out if he learned. So. What's next? # speaker: reviewer # mood: curious
{ jonas_napped:
    His hands are steady. The pod's calm sits on him like a borrowed coat. # speaker: narrator
- else:
    His hands are doing the thing. He puts them in his pockets, where they keep doing it. # speaker: narrator
}
* [The truth: nothing. Eleven months of white]
    ~ jonas_told_truth = true
    ~ hold_on_jonas()
    Nothing. I paint all night in my pod and wake up to white. Eleven months. Twenty-three canvases. I counted. # speaker: jonas # mood: sad
    There's a wall on Aster Street with half a whale on it, and every day I don't finish it, a kid draws it a tail. # speaker: jonas # mood: sad
    She writes something down, then looks at him for a long moment. # speaker: narrator
    That's the first interesting thing anybody has said to me this week. # speaker: reviewer # mood: curious
    Please don't write it down. No, write it down. Spell "eleven" properly. # speaker: jonas # mood: afraid
    Behind them Odile takes a key from her pocket and unlocks the storeroom door, quietly, as if she'd been waiting to. # speaker: narrator
* [Bluff: it's coming from my dreams, every night]
    ~ jonas_bluffed = true
    Something big. Dream work. Whole galleries of it, every night. It's... very nearly ready to come out. # speaker: jonas # mood: neutral
    Everyone's new work comes from their dreams these days. Almost none of it comes back out. # speaker: reviewer # mood: cold
    Send me a photograph when it does. I'll keep the page warm. # speaker: reviewer # mood: cold
    Odile, at her desk, puts the key she was holding back in her pocket. # speaker: narrator
-
-> DONE

= storeroom_locked
The storeroom. A card on the door in Odile's handwriting: STAFF, AND ARTISTS WITH SOMETHING TO SAY. # speaker: narrator
{
- jonas_slept_in:
    Odile sees me looking. "Another day, Jonas." # speaker: jonas # mood: sad
- jonas_bluffed:
    I said something. I'm not sure it counts as something to say. # speaker: jonas # mood: sad
}
-> DONE

= first_painting
{ jonas_has_study:
    Aster Street from the tram, my very first year. Terrible perspective. Every window lit. I'd forgotten I could be this bad on purpose. # speaker: jonas # mood: happy
    -> DONE
}
A small canvas, unframed: Aster Street from a tram window, painted the year he came to Vesper. Wrong perspective. Every single window lit. # speaker: narrator
I remember not knowing how to do this, and doing it anyway. I remember that being the fun part. # speaker: jonas # mood: sad
Taped to the back, a pencil sketch: the whale for the Aster Street wall. With a tail. A good one. # speaker: narrator
~ jonas_has_study = true
I drew the tail. Years ago. I drew it and then I forgot I could. I'm taking this. Odile can invoice me. # speaker: jonas # mood: determined
-> DONE

= store_canvases
Unsold work, wrapped in brown paper. Some mine, most not. The storeroom of every gallery is where paintings go to think about what they've done. # speaker: jonas # mood: neutral
-> DONE

= tidal
"Tidal", oil on canvas. The whale that started it. Everyone says it's swimming. I painted it floating. Nobody asked. # speaker: jonas # mood: neutral
-> DONE

= tidal_two
"Tidal II". The sequel. Sequels are hard. Ask anyone who's tried to get up two days running. # speaker: jonas # mood: neutral
-> DONE

= portrait
"Portrait of A.O. with Broom". Mrs Obi sat for it on condition that she held the broom, so nobody would think she'd sat still. # speaker: jonas # mood: happy
-> DONE

= night_city
"Vesper, 3 a.m.", back when 3 a.m. had people in it. Now at 3 a.m. it's just the pods humming. I should paint that. I should paint anything. # speaker: jonas # mood: sad
-> DONE

= price_list
"Vesper, 4 a.m." A little red dot: sold. To a SomniCo office, for the lobby. People walk past it on their way to a nap. # speaker: jonas # mood: sad
-> DONE

= empty_wall
{
- jonas_slept_in:
    The empty wall, and a card on the nail: INES VALE, VESPER REVIEW. On the back, in pencil: "What's next? I.V." # speaker: narrator
    Even her handwriting is asking. # speaker: jonas # mood: sad
- jonas_told_truth:
    The empty wall. For a second it doesn't look empty. It looks like it's waiting. There's a difference. I'd forgotten. # speaker: jonas # mood: determined
- else:
    A nail, and a small white card: "JONAS. NEW WORK. FORTHCOMING." It has been forthcoming for eleven months. # speaker: jonas # mood: sad
}
-> DONE

= visitors_book
{ jonas_slept_in:
    The visitors' book. Today's last entry, in neat grey ink: "Came for the painter. Met the paintings. Still want the painter. I.V." # speaker: narrator
- else:
    The visitors' book. "Lovely whale." "Lovely whale." "Why is the whale sad?" It isn't sad. It's thinking. # speaker: jonas # mood: neutral
}
-> DONE

= plinth
Not mine: a bronze hare by Oyelaran. It's sat on that plinth for three years and still looks like it's about to run. Show-off. # speaker: jonas # mood: happy
-> DONE

= visitor
// A retired couple who come every Friday instead of napping: a crossing with Aster Street.
{ stopping:
-   We come every Friday. It's our treat. Everyone on our landing spends Friday in the pods; we spend it looking at things that hold still. # speaker: visitor # mood: warm
-   There's a whale just like this one on a wall on Aster Street, by the noodle bar. Only it stops halfway. We always wonder who left it. # speaker: visitor # mood: warm
    { jonas_told_truth:
        Me. I left it. I'm... going back for it. # speaker: jonas # mood: determined
    - else:
        Someone very busy, probably. # speaker: jonas # mood: sad
    }
-   My husband says the pods are lovely. I say, lovely for who? You can't take anyone with you in there. # speaker: visitor # mood: warm
}
-> DONE

= student
// An art student who knows his work better than he does lately.
{ stopping:
-   Oh no. Are you him? "Tidal" him? I wrote an essay on you. I got a B. It wasn't your fault. # speaker: student # mood: eager
-   We're not allowed pods in term time. Our tutor says dreams are research, not a studio. Everyone ignores her. I think she's right. # speaker: student # mood: eager
-   Are you painting anything now? Sorry. That's the worst question. Everyone asks me that too. # speaker: student # mood: eager
}
-> DONE


=== aster_mural ===
// Mara's Aster Street (maps/vesper_street.tmx): Jonas's unfinished mural, in her voice. On
// showcase day, a line Jonas painted the Friday night (jonas_day.one_line) is there.
{
- dreamt and jonas_painted_line:
    The whale has the start of a tail now: one long blue stroke, a little wobbly, the paint newer than the rest. Somebody came back. # speaker: mara # mood: neutral
    Good for somebody. # speaker: mara # mood: happy
- dreamt:
    The whale still has no tail. Showcase day, and it's still waiting for its painter. Join the queue, whale. # speaker: mara # mood: neutral
- else:
    Half a mural: a blue whale swimming over painted rooftops, and chalk lines where its tail should be. A sign taped beside it says COMING SOON, sun-bleached to a whisper. I know the feeling. # speaker: mara # mood: neutral
}
-> DONE
