// Act I, Mara's day: the morning in her flat, and the things she can look at there.

=== mara_morning ===
// The first choice of the game: the office or the pod.
~ begin_chapter("mara_day")
# music: waking
# face: mara down
06:15. The alarm plays Gentle Rise, which has never once been gentle, nor helped anyone rise. # speaker: narrator
Mara lies still and counts the ceiling tiles. Eleven. Still eleven. # speaker: narrator
~ play_sfx("pod_hum")
# tint: neon-cyan 0.2
Good morning, Mara. You slept four hours and twelve minutes. # speaker: somnico_host # mood: smile
Your Reverie is still warm. The lemon grove is just as you left it. # speaker: somnico_host # mood: smile
Of course it is. Nothing in there moves unless I ask it to. # speaker: mara # mood: neutral
On the nightstand, her tablet lights up before she has agreed to be awake. # speaker: narrator
From P. Vance, Halcyon: Quarterly review moved up to 09:00. Your forecast opens. Be on slide one, be on time, be normal. # speaker: manager # mood: curt
"Be normal." Noted. I'll put it on the list, under "sleep" and "call people back". # speaker: mara # mood: sad
- (phone)
* [Check the news about the showcase]
    ~ read_showcase_news = true
    VESPER NEWS: Seven days to the Lullaby Protocol. Ten thousand citizens will sleep in perfect sync at the Civic Rest Hall. "The night our city finally rests," says the Minister. # speaker: narrator
    Ten thousand people, one bedtime. Somewhere a spreadsheet is very proud of itself. # speaker: mara # mood: neutral
    -> phone
* [Open the message from Tess]
    ~ read_sister_message = true
    TESS: u ok? haven't heard from u since mum's birthday. call me when ur human x # speaker: narrator
    She types "I'm fine." Deletes it. Types "Busy!" Deletes that too, because of the exclamation mark. # speaker: narrator
    Later. I'll call her later. I know the way to later; I practically live there. # speaker: mara # mood: sad
    -> phone
+ [Put the tablet face down]
- The pod's lid lifts an inch, as if it heard her thinking. # speaker: narrator
You are carrying two hours of rest debt, Mara. One more hour would bring you back to baseline. # speaker: somnico_host # mood: neutral
One more hour. It always says one. It has never once said which. # speaker: mara # mood: neutral
* [Answer Vance and get ready] -> get_ready
* [Just one more hour in the pod] -> one_more_hour

= get_ready
~ answered_office = true
She types "On it." Two words, and they look far more awake than she is. # speaker: narrator
Sorry, pod. We'll always have the lemon grove. # speaker: mara # mood: determined
# tint: neon-cyan 0
The lid settles shut with a small, wounded click. # speaker: narrator
Shower. Blazer. Coffee that tastes like a compromise. The mirror shows someone nearly ready. # speaker: narrator
Slide one. I can do slide one. Everything after it is a problem for 09:01. # speaker: mara # mood: determined
-> DONE

= one_more_hour
~ slept_in = true
~ sleep_in_pod(2)
She sets the tablet on the floor, screen down, like a card she has decided not to play. # speaker: narrator
Welcome back, Mara. The grove missed you. # speaker: somnico_host # mood: smile
# fade: out
# wait: 1.5
Lemon trees. Warm stone. A fountain that never needs fixing, and nobody waiting on slide one. # speaker: narrator
# tint: neon-cyan 0
# fade: in
08:52. Not one hour. Two. The pod, as ever, rounded up. # speaker: narrator
Thirty-one new messages. Vance has discovered capital letters. # speaker: narrator
I feel incredible. I feel rested, and I am going to be so, so late. # speaker: mara # mood: afraid
-> DONE


=== flat ===
// What Mara can look at at home. The inspect objects in maps/mara_flat.tmx start these
// stitches; each ends with DONE, back to walking around.
-> DONE

= pod
{
- dreamt:
    Still warm. Tonight it's seeing other people: ten thousand of them, at the Civic Rest Hall. # speaker: mara # mood: neutral
- pod_hours >= 2:
    The lid is still warm. It remembers the shape of me better than anyone does. # speaker: mara # mood: sad
- answered_office:
    Shut, and sulking. It'll forgive me tonight. It always does, which is the worrying part. # speaker: mara # mood: neutral
- else:
    The Reverie pod hums. Eight hours in there feel like a holiday. Eight hours out here feel like a shift. # speaker: mara # mood: neutral
}
-> DONE

= laptop
{
- dreamt:
    Six days of emails I don't remember writing. All very polite. I'm a stranger with lovely manners. # speaker: mara # mood: sad
- answered_office:
    Slide one, version nine: "Q3: Resilient Headwinds." I wrote that. I'm so sorry. # speaker: mara # mood: neutral
- slept_in:
    Thirty-one unread, and the newest just says "??". Vance has run out of words and moved on to punctuation. # speaker: mara # mood: afraid
- else:
    Forty-three unread messages. Forty-two are from work. The other one is also from work. # speaker: mara # mood: neutral
}
{ read_sister_message:
    Tess's message is still open behind the deck. "call me when ur human." Working on it. # speaker: mara # mood: sad
}
-> DONE

= window
{
- dreamt:
    The airship's countdown reads TONIGHT. The sky behind it has lost a shade or two since I last looked. # speaker: mara # mood: sad
- read_showcase_news:
    A SomniCo airship drifts by with the countdown: LULLABY PROTOCOL, SEVEN DAYS. A whole city, tucked in on schedule. # speaker: mara # mood: neutral
- pod_hours >= 2:
    The sun's already high. The city started its day without me, and it doesn't seem to mind. # speaker: mara # mood: sad
- else:
    Vesper City never switches off. Ten thousand lit windows, and I couldn't name one person behind them. # speaker: mara # mood: sad
}
-> DONE

= fridge
{ stopping:
- Oat milk, half a lemon, and a slice of birthday cake I bought myself. Still good. Probably. # speaker: mara # mood: neutral
- Still the cake. Staring at it will not turn it into breakfast. I've checked. # speaker: mara # mood: neutral
}
-> DONE

= fern
{ answered_office:
    I give it the rest of my water. One of us should have a good morning. # speaker: mara # mood: happy
- else:
    The fern has survived two reorgs and a heatwave. It's the only thing in here that's glad to see me. # speaker: mara # mood: neutral
}
-> DONE

= boxes
Moved in two years ago. The boxes still think it's temporary. # speaker: mara # mood: neutral
{ read_sister_message:
    One of them says TESS: MUGS in her handwriting. I never did unpack the mugs. # speaker: mara # mood: sad
}
-> DONE
