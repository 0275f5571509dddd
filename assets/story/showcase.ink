// Act III opens: the Lullaby Protocol showcase at the Civic Rest Hall (maps/civic_hall.tmx).
//
// Mara meets the other three for the first time, briefly; each meeting shows who they are and
// hints at what they will be able to do in the chamber (Jonas draws things that fade, Lila
// carries a light and fears the dark, Roe is steady and heavy and worried about her old
// patients). At her assigned pod she lies down, and the Protocol crashes.

=== showcase ===
// The hall's objects start these stitches; each ends with DONE, back to walking around.
-> DONE

= wake
// The chapter begins here (assets/story/chapters.json): after the other three's Fridays, Mara
// wakes in her flat (mara_flat `woke`) on showcase day, a week after her dream.
~ begin_chapter("showcase")
~ dreamt = true
Gold, then grey, then the inside of a pod lid, close enough to kiss. # speaker: narrator
{ stayed_in_dream:
    The lid opens by itself. It has had to ask twice. # speaker: narrator
- else:
    The lid opens. For once, she was the one who asked. # speaker: narrator
}
18:10, says the tablet. Showcase day. It's very sure; she is less sure about the six days in between. # speaker: narrator
Office, pod. Office, pod. She remembers the pod parts best. # speaker: narrator
{
- called_tess and not stayed_in_dream:
    Except Thursday. She went to Tess's. The stew was burnt, and it was the clearest evening of the week. # speaker: narrator
    Real food, really burnt. I'd forgotten how loud Tess laughs. # speaker: mara # mood: happy
- called_tess:
    From Tess: "saved u a plate thurs. next time? x". She never went. The grove was warm; Thursday wasn't. # speaker: narrator
    Next time. I know the way to next time. It's right next to later. # speaker: mara # mood: sad
}
{ pod_hours >= 5:
    The flat looks like a photo of itself left too long in the sun. Even the fern has gone grey at the edges. # speaker: narrator
- else:
    The flat looks paler than she remembers, as if someone turned the colour down a notch while she slept. # speaker: narrator
}
HALCYON: Reminder! Your seat for the Lullaby Protocol: Civic Rest Hall, row J, pod 14. Doors at 19:00. # speaker: narrator
Halcyon gave everyone seats. A free night in a pod, courtesy of work. They finally found a perk I'd use. # speaker: mara # mood: neutral
The Civic Rest Hall is at the west end of the street. Tonight the whole city goes to bed together. # speaker: narrator
-> DONE

= arrive
// The arrive trigger: the hall, and a nudge to talk to people before lights out.
~ at_showcase = true
The Civic Rest Hall. Rows of Reverie pods, lids up, like a field of white tulips waiting for rain. # speaker: narrator
Hundreds of pods on this floor, thousands more on the floors below, every one humming the same note. # speaker: narrator
Citizens of Vesper! Find your pod, meet your neighbours, get comfortable. We sleep at eight. # speaker: somnico_host # mood: smile
Row J, pod 14. Forty minutes to lights out. I could talk to someone. People do that, I hear. # speaker: mara # mood: neutral
-> DONE

= host
// The SomniCo host on the stage: all smiles, and the first crack in them.
{ stopping:
- Welcome, welcome! Tonight SomniCo makes history, and you get to sleep right through it. # speaker: somnico_host # mood: smile
    What happens if something goes wrong? Ten thousand people on one system. # speaker: mara # mood: neutral
    Nothing goes wrong in a Reverie, Mara. That's rather the point of them. # speaker: somnico_host # mood: smile
    She doesn't remember telling it her name. # speaker: narrator
- Synchronization begins at eight. Sweet dreams are included in the ticket price. # speaker: somnico_host # mood: smile
    Which was free. Which is the best price. Please lie d... please lie down. # speaker: somnico_host # mood: glitch
- Your pod is waiting, Mara. Row J, pod 14. It has been waiting all week. # speaker: somnico_host # mood: smile
}
-> DONE

= jonas
// First meeting: Jonas, the painter who can't paint awake. His sketches foreshadow his planks.
{ stopping:
- A man in paint-spattered overalls sketches on a SomniCo leaflet. The brush behind his ear is bone dry. # speaker: narrator
    Don't mind me. I'm drawing the pods. It's the first thing I've finished in eleven months. # speaker: jonas # mood: neutral
    { jonas_painted_line:
        Second thing. Last Friday I put one line on a wall on Aster Street. Shoulder to wrist. It's wrong. It's a start. # speaker: jonas # mood: happy
        { aster_mural:
            The whale by Kenji's? It has the start of a tail now. I walked past it on the way here. # speaker: mara # mood: neutral
            You saw it. Oh no. Oh, that's wonderful. Don't tell me what you thought, I'll paint it worse. # speaker: jonas # mood: happy
        }
    }
    { jonas_told_truth:
        A critic asked me what's next, last week. I told her the truth: nothing. She wrote it down like it was interesting. # speaker: jonas # mood: neutral
    }
    In my Reverie I paint all night. Whole galleries. Then I wake up and the canvas is white again. # speaker: jonas # mood: sad
    What do you paint in there? # speaker: mara # mood: neutral
    Lately? Planks. Crates. Things to stand on. Don't ask a painter what it means; he'll tell you. # speaker: jonas # mood: happy
    Jonas. I'd shake your hand, but I'm mostly charcoal. # speaker: jonas # mood: happy
- They fade, you know. Everything I make in there. Gone by breakfast, every time. # speaker: jonas # mood: sad
    Maybe you need somebody to hold them still. # speaker: mara # mood: neutral
    Maybe. Volunteers welcome. Bring a heavy coat. # speaker: jonas # mood: happy
- Row K, right behind you. If I snore in oils, wake me. # speaker: jonas # mood: happy
}
-> DONE

= lila
// First meeting: Lila, who would like to know exactly how dark it gets. Her light foreshadows Glow.
{ stopping:
- A girl in a hoodie three sizes too big, headphones on, volume set to "please don't talk to me". # speaker: narrator
    Do they turn the lights off? When it starts? All of them? # speaker: lila # mood: afraid
    I think the pods keep a little light on. # speaker: mara # mood: neutral
    A little's not... fine. It's fine. My school got seats. Mum says it's good for me. Everything's good for me. # speaker: lila # mood: sad
    { lila_presented:
        Last week I stood up in front of 4B and talked for six minutes about the history of the night-light. My hands shook the whole time. Nobody died. # speaker: lila # mood: neutral
        That's braver than most of Halcyon's board meetings. # speaker: mara # mood: happy
    - else:
        We had presentations last week. I was ill. I was in my pod. Those are the same thing, in my house. # speaker: lila # mood: sad
    }
    { lila_kenjis:
        Noor's here somewhere. She saved me a seat. She always saves me a seat. I keep meaning to sit in it. # speaker: lila # mood: neutral
    }
    I'm Lila. I'm fine. I'm just going to stand near this lamp for a bit. # speaker: lila # mood: neutral
- In my Reverie I carry a light. It goes where I go. It gets smaller when I'm on my own. # speaker: lila # mood: sad
    Then don't be on your own. # speaker: mara # mood: determined
    That's... easier said. But okay. Noted. # speaker: lila # mood: neutral
- Still near the lamp. It's a really good lamp. # speaker: lila # mood: neutral
}
-> DONE

= roe
// First meeting: Elder Roe, retired psychologist, here to watch. Her steadiness foreshadows Anchor.
{ stopping:
- A tall woman, stooped over a cane, watches the pods the way a lifeguard watches the water. # speaker: narrator
    You look like someone who reads the small print. Good. Somebody in here should. # speaker: roe # mood: neutral
    Forty years a psychologist. Three of my old patients are on SomniCo's Extended Rest. # speaker: roe # mood: sad
    None of them has woken in months. The leaflet calls it "deep satisfaction". # speaker: roe # mood: sad
    Then why lie down in one? # speaker: mara # mood: neutral
    So someone steady is in the room when it goes wrong. I'm Roe. I'm heavy, slow, and very hard to move. # speaker: roe # mood: determined
    {
    - roe_told_dev:
        This was a young man's seat. Kiran, Dev's brother. Dev gave it to me after I told him the truth: that Kiran has been asking to wake up. # speaker: roe # mood: sad
        Dev? Dev from Halcyon? He never said. He never says anything that isn't about somebody else. # speaker: mara # mood: sad
        He said the same of you. Something about the only person who reads past slide one. # speaker: roe # mood: happy
    - roe_met_dev:
        This seat was a young man's. His brother gave it to me. I should have told him more than I did. # speaker: roe # mood: sad
    }
    { roe_has_log_page:
        I have a page in my handbag. Nineteen wake requests, none of them honoured. I intend to read it to someone important tonight, if anyone important is awake. # speaker: roe # mood: determined
    }
- Keep your eyes open as long as you can, dear. And if you can't, keep them open in there. # speaker: roe # mood: neutral
- Row J? I'm just behind you. I'll keep an eye on you. Both, in fact. # speaker: roe # mood: happy
}
-> DONE

= crowd
// Every townsfolk npc in the hall: one city, many small signs that it sleeps too much.
{ cycle:
- I haven't been awake this long since Tuesday. It feels almost rude. # speaker: citizen # mood: cheerful
- My husband's been in his pod since lunch. Practising, he says. # speaker: citizen # mood: cheerful
- Do you think we'll all dream the same dream? I hope it's the beach one. # speaker: citizen # mood: hopeful
- I brought my own pillow. They said not to, but it's a pod, not a prison. # speaker: citizen # mood: cheerful
- My daughter wouldn't come. She says a city that falls asleep together can't wake up alone. Teenagers. # speaker: citizen # mood: uneasy
- Free pod, free sleep, free snacks. If it's free, I'm the product. I'm a very well-rested product. # speaker: citizen # mood: cheerful
}
-> DONE

= pod
// The interact trigger at her assigned pod (once = false, so "not yet" hands the evening back):
// lights out, the countdown, the crash.
{ pod > 1:
    Row J, pod 14. Still open. Still patient. It has all the time in the world, and so, it says, does she. # speaker: narrator
- else:
    Row J, pod 14. The lid lifts as she comes near, as if it had been expecting her all along. # speaker: narrator
}
+ [Lie down] -> lie_down
+ [Not yet]
    A few more minutes awake. People do it on purpose, I'm told. # speaker: mara # mood: neutral
    -> DONE

= lie_down
{ showcase.roe:
    Behind her, Roe lowers herself into her own pod and gives Mara one small, steady nod. # speaker: narrator
}
Please lie down. Synchronization in ten. # speaker: somnico_host # mood: smile
# sfx: pod_hum
# hide: mara
She lies down. Ten thousand lids close at once, with a sigh like a whole city lying down. # speaker: narrator
Nine. Eight. Seven. Her heart is counting faster than the host. # speaker: narrator
Three. Two. One. Sleep well, Vesper. # speaker: somnico_host # mood: smile
~ merged = true
# sfx: glitch
# crash: 3
Sleep w... sl... SLEEP WELL VES... VESP... # speaker: somnico_host # mood: glitch
# fade: out
# music: chaos
# warp: chaos_chamber arrive
# fade: in
Then there is no hall, and no pod: only a floor made of four different floors, and someone breathing close by. # speaker: narrator
-> DONE
