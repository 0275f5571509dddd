// Act I, Mara's workday at Halcyon (maps/halcyon_office.tmx), and her evening at home.
//
// The office is where the morning's choice lands: on time for the review, or late. Its people
// show what the pods are doing to everyone else. The desk holds the day's one big choice,
// real life or the pod; it ends the day, takes her home to her pod and into her dream.
//
// Pod hours here: the company nap pod (+1, optional), going home early (+1), the evening in
// her own pod (+2, always). With the morning (0 or 2) and the dream (0 or 1), she reaches the
// showcase with 2 to 7 hours.

=== office ===
// The office's objects start these stitches; each ends with DONE, back to walking around.
-> DONE

= arrive
// The arrive trigger: the quarterly review, which she is either on time for or very late to.
~ went_to_office = true
{ slept_in:
    09:47. Halcyon Analytics, floor thirty-one. She slips in behind the big screen. Her forecast is already on it. # speaker: narrator
    Slide fourteen, without her. Vance has a laser pointer and the confidence of a man who skipped 2 to 13. # speaker: narrator
    Ah. Mara. I presented your forecast. By slide three I was calling it mine; it was less awkward for everyone. # speaker: manager # mood: curt
    How did it go? # speaker: mara # mood: afraid
    Gloomy. I made it less gloomy by reading it faster. Fix it by the end of the day. # speaker: manager # mood: curt
- else:
    08:58. Halcyon Analytics, floor thirty-one. Forty desks, forty screens, and the air tastes faintly of printer. # speaker: narrator
    Slide one, Mara. The room is yours for ninety seconds. # speaker: manager # mood: curt
    She gives the forecast: headwinds, resilience, and one honest chart she hid on slide nine. # speaker: narrator
    Fine. Good. It's gloomy. Can it be less gloomy by the end of the day? # speaker: manager # mood: curt
    The numbers are gloomy. I can make the font happier. # speaker: mara # mood: neutral
}
One more thing. Halcyon has bought the whole team seats for the Lullaby Protocol. Attendance is optional. # speaker: manager # mood: curt
Optional. In the voice he uses for "mandatory". # speaker: mara # mood: neutral
Her desk waits under a sticky note in her own hand: FORECAST. It can wait five minutes. It always does. # speaker: narrator
-> DONE

= lift
// The lift's locked knot during the workday: the day ends at her desk, whichever way it ends.
{ epilogue_at != "":
    -> epilogue_ambient.door
}
{ stopping:
-   The lift. Thirty-one floors down, and the tram, and the pod at home. # speaker: narrator
    Not like this. If I'm going home early, I'll say so at my desk, where the forecast can watch me do it. # speaker: mara # mood: neutral
-   The forecast is still at her desk. So, for now, is she. # speaker: narrator
}
-> DONE

= vance
// P. Vance in his glass office: a manager who has made peace with never reading past slide one.
{ stopping:
-   { slept_in:
        You're here. Good. Being here is most of the job; you'd be amazed how many people forget that part. # speaker: manager # mood: curt
        I was up late. I mean, I was asleep late. It won't happen again. # speaker: mara # mood: sad
    - else:
        Good review. I said "fine" twice. From me, that's a standing ovation. # speaker: manager # mood: curt
        I'll frame it. # speaker: mara # mood: neutral
    }
- About slide nine. "Average waking hours per citizen." Down a third in three years. Who asked for that? # speaker: manager # mood: curt
    Nobody. That's why I put it at the back. # speaker: mara # mood: determined
    Our biggest client is SomniCo, Mara. They don't pay us to say people sleep a lot. They know. It's the product. # speaker: manager # mood: curt
- My door is always open. Metaphorically. The glass one sticks, so knock. # speaker: manager # mood: curt
}
-> DONE

= colleague
// Dev, the desk across from hers: cheerful, well rested, and quietly losing his brother to the pods.
{ stopping:
-   { slept_in:
        You missed it! He said "synergy" four times. I kept count for you, as a gift. # speaker: colleague # mood: warm
    - else:
        Mara! You survived slide one. I watched his face. He almost had an expression. # speaker: colleague # mood: warm
    }
    I'm running on ninety minutes of pod-lunch. Best lunch of my life. I was a lighthouse. # speaker: colleague # mood: warm
    A lighthouse. # speaker: mara # mood: neutral
    Don't knock it. Nobody emails a lighthouse. # speaker: colleague # mood: warm
- My brother's on SomniCo's Extended Rest plan. Six weeks now. Mum reads the news to his pod on Sundays. # speaker: colleague # mood: tired
    Does he... answer? # speaker: mara # mood: sad
    The pod says he's "deeply satisfied". That's sort of an answer. # speaker: colleague # mood: tired
- We're all in row J at the showcase. Bring snacks. Can you eat in your sleep? I'm going to find out. # speaker: colleague # mood: warm
}
-> DONE

= window
// The view from floor thirty-one: the city getting ready for its big night in.
{ stopping:
- Floor thirty-one. From up here, the Civic Rest Hall looks like a pill somebody dropped on the city. # speaker: mara # mood: neutral
    { read_showcase_news:
        A SomniCo airship drifts past it: SEVEN DAYS. I read that this morning. It felt shorter from up here. # speaker: mara # mood: sad
    }
- A tram goes by below, blinds down. Half its passengers nap in travel pods. The other half wish they were. # speaker: mara # mood: sad
- The glass is cool. I could lean my forehead on it and nobody would notice for hours. # speaker: mara # mood: sad
}
-> DONE

= nap_pod
// The company nap pod: the one real temptation at work, and a small taste of the evening's bigger one.
{ napped:
    The Rest Module's seat is still warm, and shaped very precisely like me. Once was plenty. # speaker: mara # mood: neutral
    -> DONE
}
The Halcyon Rest Module. A sticker on the lid: "Ten minutes. Fully refreshed. Fully billable." # speaker: narrator
It's a pod. At work. Which makes it a work pod. Which makes lying down in it, technically, work. # speaker: mara # mood: neutral
+ (napped) [Take a "ten-minute" nap]
    ~ sleep_in_pod(1)
    She lies down only to check if it's comfortable. It is, in the way quicksand is comfortable. # speaker: narrator
    ~ play_sfx("pod_hum")
    # fade: out
    # wait: 1
    # fade: in
    Ten minutes later, says the pod. Fifty-two, says the clock. "Ten minutes," in SomniCo, is a unit of hope. # speaker: narrator
    Nobody noticed. That's either a relief or a performance review. # speaker: mara # mood: sad
+ [Not at work. Not today]
    If I lie down in there, I'll wake up at sixty-five with a pension and a nice view of the lid. # speaker: mara # mood: determined
-
-> DONE

= desk
// The interact trigger at her desk (once = false, so "not yet" can hand the day back): the
// day's main choice, real life or the pod. It ends the workday, takes her home to her own pod
// (mara_flat `evening`) and into her dream.
{ desk > 1:
    The forecast hasn't fixed itself. She checked. # speaker: narrator
    -> choice
}
Her desk. The forecast on one screen, a coffee ring where a plant used to be, the afternoon going grey. # speaker: narrator
{ read_sister_message:
    Tess's message is still open in a corner of her tablet: "call me when ur human". # speaker: narrator
- else:
    Tess's message sits third from the top, still unopened. She knows roughly what it says. That's the problem. # speaker: narrator
}
Somewhere in the building, the Rest Modules are humming. At home, so is hers. # speaker: narrator
What I should do, what I could do, and what I'm going to do. Usually three different things. # speaker: mara # mood: neutral
- (choice)
* [Call Tess back] -> call_tess
* [Stay late and fix the forecast] -> stay_late
* [Go home early. The pod is warm] -> home_early
+ [Not yet]
    Five more minutes of looking busy. I'm very good at it; I could teach a course. # speaker: mara # mood: neutral
    -> DONE

= call_tess
~ called_tess = true
She calls before she can draft an excuse. It rings twice. # speaker: narrator
Mara? Is this a pocket call? Cough twice if you're being kidnapped. # speaker: tess # mood: warm
It's me. On purpose. You said to call when I'm human. I'm... human-adjacent. # speaker: mara # mood: sad
They talk for forty minutes: Mum's knee, Tess's terrible boss, whose turn it was to have the mugs. # speaker: narrator
Come for dinner on Thursday. I'll make Mum's stew and burn it, in the family tradition. # speaker: tess # mood: warm
Thursday. I'll bring the mugs. I'll even unpack them first. # speaker: mara # mood: happy
Vance walks past, sees her laughing at her tablet, and decides it is not a management issue. # speaker: narrator
-> evening

= stay_late
She stays. Six, seven, eight. The floor empties row by row until it's her and the air conditioner. # speaker: narrator
She does not make the forecast happier. She makes it true, and then she makes it clear. # speaker: narrator
Slide nine stays. Nobody will read past slide one, but if they ever do, it'll be right. # speaker: mara # mood: determined
-> evening

= home_early
~ sleep_in_pod(1)
At four she tells the calendar she has a "personal appointment". Not a lie. The pod knows her very personally. # speaker: narrator
Forecast unfixed, Tess unanswered. The tram home feels like a waiting room for the good part. # speaker: narrator
-> evening

= evening
// Home to her own pod, and down into the dream. The morning trigger in the flat has fired
// already, so arriving at `evening` only plays these lines.
~ day_done = true
# fade: out
# warp: mara_flat evening
# fade: in
Evening in Aster Court. The lift smells of other people's dinners. # speaker: narrator
{
- home_early:
    Home before dark, which never happens. The pod's light is already on, like a porch light. # speaker: narrator
    Good evening, Mara. You're early. The grove will be so pleased. # speaker: somnico_host # mood: smile
    So am I. That's the worrying part, isn't it. # speaker: mara # mood: neutral
- stay_late:
    Home at twenty to eleven. Shoes off in the doorway. The pod hums like it's been keeping her dinner warm. # speaker: narrator
    Good evening, Mara. You're carrying four hours of rest debt. # speaker: somnico_host # mood: neutral
    Put it on my tab. # speaker: mara # mood: determined
- else:
    Home. She takes a box marked TESS: MUGS, opens it, and sets two mugs on the counter. It only took two years. # speaker: narrator
    Good evening, Mara. You sound different. Shall I adjust the grove? # speaker: somnico_host # mood: smile
    Leave the grove. I'm the one who's different. A bit. # speaker: mara # mood: happy
}
~ sleep_in_pod(2)
She lies down. The lid closes with a soft click, like the door of a warm room. # speaker: narrator
# tint: neon-cyan 0.3
Sweet dreams, Mara. # speaker: somnico_host # mood: smile
# fade: out
# tint: neon-cyan 0
# music: dream_mara
# warp: dream_mara_1 arrive
# fade: in
Lemon trees. Warm stone. White halls full of gold light, and nobody waiting on slide one. # speaker: narrator
-> DONE
