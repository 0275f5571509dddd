// Chapter 3, Lila's Friday: her family's flat and Vesper School (maps/lila_flat.tmx,
// vesper_school.tmx), joined by the line 4 tram (the flat's front door leads to the school's
// foyer; the ride is told on arrival). The same Friday as Mara's and Jonas's days: the flat is
// two stops from Aster Street, by the Civic Rest Hall at the end of line 4 (the prologue's
// girl "rehearsing a presentation to the ceiling"); the school is on Aster Street, across
// from Kenji's Noodles and Jonas's whale.
//
// The day's pull between the pod and real life, and what each choice leaves on the maps:
// - The morning (lila_day.morning): up for the presentation (held), or back into the pod,
//   "sick" (+2). Slept in, she wakes at ten past twelve to Mum standing over the pod, home
//   from work because the school rang (Mum's worried scene; Mum in the kitchen at lunchtime,
//   not at breakfast). She reaches school at ten to one: the presentation is over without
//   her (Ms Lindqvist stern: Monday), and Jae is sitting in the seat Noor saved (Noor hurt).
// - The presentation (lila_day.presentation, the classroom doorway, only if she came on
//   time): do it, hands shaking (held: Bea, who is scared of the dark too, comes to find her
//   at lunch; Ms Lindqvist gives her the counsellor's card, and his door reads differently),
//   or ten minutes in the corridor's SomniCo Calm Corner (+1: her hands stop; she wakes at
//   the lunch bell, three hours later; Monday, and a sterner teacher).
// - Noor's saved seat (vesper_school.noor_lunch): Kenji's on Aster Street after school with
//   everyone (held: an evening out, a noodle box on the kitchen table, Mum pleased), or
//   straight home to the pod (+1 at home, before Mum is back: the flat empty, the chat full
//   of Kenji's without her, Mum finding her in the pod).
// - The night (lila_day.night): answer Noor properly on the phone (held), or phone face
//   down and straight in (+1). Then the pod (+2) and her dream.
// Mum's evening talk (lila_flat.mum_evening) can always be left with "Later, Mum": no cost.
// The group chat (4B, NO TEACHERS) and Mum's texts are lines tagged `# phone`: the speaker
// tag says who sent it (chat_noor, chat_jae, chat_mum); Lila's replies are her lines, and the
// choices inside an exchange are her possible replies.
// Pod hours: 2 (all real) to 6 (all pod).

VAR lila_got_up = false          // she got up for the presentation
VAR lila_slept_in = false        // she went back into the pod, "sick", and missed the morning
VAR lila_at_school = false       // she reached Vesper School (on time or at lunchtime)
VAR lila_morning_done = false    // the presentation slot is past: done, or slept through in the Calm Corner
VAR lila_presented = false       // she gave the presentation, shaking (Bea, the counsellor's card)
VAR lila_calm_pod = false        // she spent the presentation in the school's Calm Corner pod
VAR lila_school_over = false     // she answered Noor about after school: the school's doors open
VAR lila_kenjis = false          // she went to Kenji's on Aster Street with Noor and everyone
VAR lila_home_early = false      // she went straight home to the pod instead
VAR lila_told_mum = false        // that evening she told Mum how the day really went
VAR lila_answered_noor = false   // that night she answered Noor properly instead of the pod
VAR lila_day_done = false        // the day is over: the pod, and her dream

=== lila_day ===
// The day's spine: the morning, the presentation, the evening home, the night in the pod.
-> DONE

= morning
// The chapter begins here (chapters.json `begins`): her room at five past seven.
~ begin_chapter("lila_day")
# face: player up
07:05. The alarm plays birdsong. There hasn't been a bird on this street since they built the Rest Hall at the end of it. # speaker: narrator
She rehearsed to the ceiling until two. The ceiling now knows everything there is to know about the history of the night-light. # speaker: narrator
Then she gave up and let the pod have her. # speaker: narrator
~ play_sfx("pod_hum")
# tint: neon-cyan 0.15
Good morning, Lila. Last night you walked the night garden for four hours and forty minutes. Your lantern never once went out. # speaker: somnico_host # mood: smile
It never goes out in there. That's my whole review. Five stars. Would be unconscious again. # speaker: lila # mood: happy
Today's forecast: a presentation at nine twenty. Your heart rate is already up. Would you like to come back in? # speaker: somnico_host # mood: smile
Wait, it knows about the presentation? Of course it knows. It knows my heart rate. It probably knows my slides. # speaker: lila # mood: afraid
Her phone buzzes under the pillow. The group chat, 4B (NO TEACHERS): forty-one unread. # speaker: narrator
who's presenting first today # speaker: chat_jae # phone
asking for a friend. the friend is me. i haven't started # speaker: chat_jae # phone
LILA is. first. and she's going to be amazing # speaker: chat_noor # phone
window table saved at lunch as always. i will defend it with my life and a tray # speaker: chat_noor # phone
also pim is skipping school to wait outside a gallery for a PAINTER. mum said yes. i have exams and he gets to stalk artists # speaker: chat_noor # phone
* [i might be sick. like actually]
    i might be sick. like actually # speaker: lila # mood: afraid # phone
    you're not sick you're scared. different department # speaker: chat_noor # phone
    i'm also scared. for you. it's a team sport # speaker: chat_noor # phone
* [presenting from beyond the grave. stand by]
    presenting from beyond the grave. stand by # speaker: lila # mood: happy # phone
    iconic. can i have your locker # speaker: chat_jae # phone
    no # speaker: chat_noor # phone
* [Leave it on read]
    She puts the phone face down. It keeps buzzing, face down, as if it's trying to dig its way out. # speaker: narrator
- Lila! There's toast! Big day! Toast for big days! # speaker: lila_mum # mood: warm
The pod's lid is still up a finger's width, the light inside the colour of a night-light. # speaker: narrator
You don't have to go anywhere to be brave, Lila. You can be brave in here. It's so much quieter. # speaker: somnico_host # mood: smile
* [Get up. It's only a presentation] -> get_up
* [Back in the pod. Tell Mum you're sick] -> back_to_pod

= get_up
~ lila_got_up = true
~ hold_on_lila()
# tint: neon-cyan 0
It's only a presentation. It's only eleven minutes. It's only everyone I know, looking at me, at once. # speaker: lila # mood: determined
She takes the biggest hoodie off the pile, hood half up, and the headphones, with nothing playing. The headphones are for the shape of them. # speaker: narrator
We'll keep your lantern lit, Lila. # speaker: somnico_host # mood: smile
Keep it on low. I'll be back tonight. I'm not, like, leaving leaving. # speaker: lila # mood: neutral
-> DONE

= back_to_pod
~ lila_slept_in = true
~ sleep_in_pod_lila(2)
Just the morning. Just till my hands stop. # speaker: lila # mood: sad
Mum? I'm sick! It's my stomach! It's a real stomach thing! # speaker: lila # mood: afraid
# fade: out
# warp: lila_flat start
# wait: 1.5
The night garden again, and the lantern in her hand. Nothing in there has ever asked her to stand at the front. # speaker: narrator
Her hands don't shake once. That's the thing about the garden. She doesn't even have to check. # speaker: narrator
# tint: neon-cyan 0
# fade: in
12:10. The lid lifts. Mum is standing over the pod in her work lanyard, car keys in one hand and her phone in the other. # speaker: narrator
The school rang. Ms Lindqvist. She asked if you were all right, and I said of course she's all right, she's in bed. Then I looked. # speaker: lila_mum # mood: worried
You weren't in bed, love. You were in there. I walked out of a meeting. # speaker: lila_mum # mood: worried
It was my stomach. It's better now. It got better in there. # speaker: lila # mood: sad
Everything gets better in there. That's what frightens me. # speaker: lila_mum # mood: worried
She sits on the end of the bed, which creaks, because nobody sits on it any more. # speaker: narrator
The afternoon's still school. I'll write you a note. Come and eat something, then the tram. Please. # speaker: lila_mum # mood: worried
-> DONE

= presentation
// The enter trigger in the classroom doorway (only if she came on time): the hard scene, and
// the day's second choice.
09:20. Form room 4B. Twenty-six desks, twenty-six faces, and a blackboard that still says SLEEP IS A SKILL from SomniCo's assembly. # speaker: narrator
Lila! Perfect timing. You're first. Your slides are up. # speaker: teacher # mood: kind
# move: player front
# face: player down
Twenty-six faces. Jae gives her a thumbs up so big it's basically a threat. Noor is in 4C, two doors and a whole world away. # speaker: narrator
Her hands start up, a small buzz, like a phone on silent. She hides them in the hoodie's front pocket. The pocket shakes. # speaker: narrator
Ms Lindqvist leans in, for her only: # speaker: narrator
You're allowed to be scared and do it anyway. You're also allowed ten minutes in the Calm Corner first, if you need them. There's no wrong answer. # speaker: teacher # mood: kind
* [Start. Slide one: a candle] -> present
* [The Calm Corner. Just ten minutes] -> calm_corner

= present
~ lila_presented = true
~ lila_morning_done = true
~ hold_on_lila()
Slide one. A candle. Um. People have been scared of the dark for as long as there have been people. Um. Longer, probably. # speaker: lila # mood: afraid
Slide three: a clay lamp, five thousand years old. Her voice cracks right down the middle of "five thousand". She keeps going. # speaker: narrator
Slide six: the first electric night-lights. Jae laughs at the word "nursery", then stops, because nobody else does. # speaker: narrator
Slide nine. Some fish in the deep sea make their own light. Nobody gives it to them. They just... do it. # speaker: lila # mood: determined
Slide eleven. Any questions? Please say no. # speaker: lila # mood: afraid
Silence. Then Bea, by the window, who never talks, puts up her hand. # speaker: narrator
Do the fish get scared? Before they learn to light up? # speaker: bea # mood: shy
I don't know. I think probably. I think that might be why they learn. # speaker: lila # mood: neutral
Eleven minutes. Her hands shook the whole way through, and she went the whole way through anyway. # speaker: narrator
Thank you, Lila. That was brave, and it was also good, which is rarer. # speaker: teacher # mood: kind
# fade: out
# warp: vesper_school front
# fade: in
12:15. The lunch bell. On the way out, Ms Lindqvist holds out a small white card. # speaker: narrator
Mr Haddad. The school counsellor. His door's by the Calm Corner. You don't have to. I'd just like you to know where it is. # speaker: teacher # mood: kind
She puts the card in her hoodie pocket. It doesn't shake in there. It just sits. # speaker: narrator
-> DONE

= calm_corner
~ lila_calm_pod = true
~ lila_morning_done = true
~ sleep_in_pod_lila(1)
Could I... the Calm Corner. Just ten minutes. # speaker: lila # mood: afraid
Of course. Go on. We'll put you on Monday. # speaker: teacher # mood: kind
# fade: out
# warp: vesper_school from_calm
~ play_sfx("pod_hum")
The Calm Corner's lid closes over her like a cupped hand. TEN MINUTES, it says. FULLY SETTLED. # speaker: narrator
Her hands stop. Her heart stops doing its drum solo. In the garden nobody is looking at her at all. # speaker: narrator
# wait: 1
# fade: in
12:15. The lunch bell wakes her. Ten minutes, said the pod. Three hours, says her phone. # speaker: narrator
Her hands are perfectly still. She'd like to be happier about that. # speaker: lila # mood: sad
-> DONE

= home
// Back in the flat at the end of the school day (the flat's arrive trigger).
{
- lila_kenjis:
    19:40. She comes in smelling of noodles and tram, holding a takeaway box out in front of her like a lantern. # speaker: narrator
    Kenji's, on Aster Street: a booth for six with nine in it, and Lila at the end, by the window. Noor did the talking. Lila did the noodles. # speaker: narrator
    Across the road the blue whale swam on its wall and stopped halfway, and all along the pavement under it somebody small had chalked tails. A dozen, one over another. # speaker: narrator
    That's Pim. He does that. He thinks the whale's waiting for someone. # speaker: noor # mood: happy
    Kenji drew a face on every lid. Hers has its hood up and its eyes shut tight, like somebody counting to four. # speaker: narrator
- lila_home_early:
    15:50. The flat is empty, and quiet, and exactly the right amount of dark. The pod's light is on. It always knows when she's home. # speaker: narrator
    Just till Mum gets in. # speaker: lila # mood: sad
    # place: player start
    ~ sleep_in_pod_lila(1)
    ~ play_sfx("pod_hum")
    # fade: out
    # wait: 1
    # fade: in
    18:30. Mum's key in the door. The lid lifts. The garden was lovely. Her phone is full of Kenji's, and none of it is to her. # speaker: narrator
    kenji drew a ghost on jae's lid. it's accurate # speaker: chat_noor # phone
    the whale wall!! pim's been here. there are tails everywhere # speaker: chat_noor # phone
    where's lila. is lila ok # speaker: chat_jae # phone
- else:
    Home. The hall light is on, and Mum's coat is on its hook. # speaker: narrator
}
-> DONE

= night
// The pod at night (an interact trigger on it, once school is over; "not yet" hands the
// evening back): the day's last choice, then the pod and her dream.
{ night > 1:
    The pod is still on. So is the lamp. So, just about, is she. # speaker: narrator
    -> choice
}
Night. Mum's news murmuring through one wall, and through the other, next door's typewriter, tapping. # speaker: narrator
Good evening, Lila. Your night garden is ready. Your lantern is full. # speaker: somnico_host # mood: smile
Her phone lights up on the desk. # speaker: narrator
u awake # speaker: chat_noor # phone
{
- lila_presented:
    bea from your form asked me for your number. because of the LAMP TALK. you have a fan. i'm president of the fan club. there's a badge # speaker: chat_noor # phone
- lila_slept_in:
    i'm not mad about the seat. i'm a bit mad about the seat. are u ok tho. actually ok # speaker: chat_noor # phone
- else:
    monday. front row. i'm doing the face # speaker: chat_noor # phone
}
{ jonas_has_pims_drawing:
    pim came home SCREAMING. the whale painter said "soon". he's drawn tails on the bathroom mirror in mum's lipstick # speaker: chat_noor # phone
- else:
    pim waited for the whale painter all day. he's drawn tails on the bathroom mirror in mum's lipstick. mum is "processing" # speaker: chat_noor # phone
}
- (choice)
* [Answer Noor. Properly] -> answer_noor
* [Phone face down. Straight into the pod] -> straight_in
+ [Not yet]
    Five more minutes with the lamp on. The lamp has never once asked me how I'm feeling. Best lamp. # speaker: lila # mood: neutral
    -> DONE

= answer_noor
~ lila_answered_noor = true
~ hold_on_lila()
She sits on the floor against the hoodie pile and types with both thumbs. # speaker: narrator
{ lila_presented:
    i did it. i shook the whole time. i said um about forty times # speaker: lila # mood: happy # phone
    38. jae counted. best 38 ums of my life # speaker: chat_noor # phone
- else:
    i'm not ok. i'm like 60% ok. i got scared and i hid # speaker: lila # mood: sad # phone
    60 is a pass. i'll save you a seat monday. and tuesday. i'll save you seats till we're ninety # speaker: chat_noor # phone
}
* [it's so dark when the pod's not on]
    it's so dark when the pod's not on. like properly dark # speaker: lila # mood: afraid # phone
    then leave the lamp on and talk to me till you fall asleep. the old way. with your eyes shut # speaker: chat_noor # phone
* [thank u for the seat. all the seats]
    thank u for the seat. all the seats # speaker: lila # mood: happy # phone
    it's not a favour. it's your seat. i just keep it warm # speaker: chat_noor # phone
- They talk until half eleven, about nothing: Jae's hair, Pim's tails, whether fish get scared of the dark. # speaker: narrator
-> into_the_pod

= straight_in
~ sleep_in_pod_lila(1)
She turns the phone face down. It glows round the edges for a while, as if it's still trying. # speaker: narrator
Then it stops. # speaker: narrator
I'll answer in the morning. I'll have a better face for it in the morning. # speaker: lila # mood: sad
-> into_the_pod

= into_the_pod
~ lila_day_done = true
~ sleep_in_pod_lila(2)
She leaves the lamp on. She always leaves the lamp on. The lid closes over her, slow and kind, and shuts it out anyway. # speaker: narrator
# tint: neon-cyan 0.3
Sweet dreams, Lila. Nothing in here is dark unless you want it to be. # speaker: somnico_host # mood: smile
# fade: out
# tint: neon-cyan 0
# music: dream_lila
# warp: dream_lila_1 arrive
# fade: in
Night blue, and a lantern already in her hand, warm as a mug. Somewhere ahead, voices she almost knows. # speaker: narrator
-> DONE


=== lila_flat ===
// What Lila can look at and who she talks to at home (maps/lila_flat.tmx). Each ends with DONE.
-> DONE

= pod
{
- lila_slept_in and not lila_at_school:
    Still warm. Five hours of garden. My hands feel like they belong to somebody calmer. # speaker: lila # mood: sad
- lila_home_early:
    Still warm from this afternoon. It never gets cold. That's either a feature or a warning. # speaker: lila # mood: sad
- lila_got_up and not lila_at_school:
    Not now. If I lie down in there I'll give the best presentation of my life, to nobody. # speaker: lila # mood: neutral
- else:
    My Reverie. Mum got it on the SomniCo family plan, "for my anxiety". It works. That's the trouble with it. # speaker: lila # mood: neutral
}
-> DONE

= lamp
{ lila_at_school:
    I leave it on when I'm in the pod. Mum says that's a waste. I say the pod counts as dark. It does. It absolutely does. # speaker: lila # mood: afraid
- else:
    My lamp. I've had it since I was six. It has three settings: on, on, and on. # speaker: lila # mood: happy
}
-> DONE

= bed
I rehearsed under that duvet till two. The duvet knows the whole presentation by heart. The duvet should do it. # speaker: lila # mood: neutral
-> DONE

= desk
{ lila_presented:
    "A Short History of the Night-Light", eleven slides, delivered. Slightly shaken. Not stirred. # speaker: lila # mood: happy
- else:
    My slides. "A Short History of the Night-Light". Slide one is a candle. Slide eleven is me asking if there are any questions, and hoping really hard. # speaker: lila # mood: neutral
}
-> DONE

= window
The Civic Rest Hall, end of line 4, right at the end of our street. They're hanging banners on it: SEVEN DAYS. # speaker: narrator
In seven days the whole city goes in there and lies down in rows. I can see it from my bed. I've started keeping the blind down. # speaker: lila # mood: afraid
-> DONE

= poster
A lighthouse. Not a band. I know. Noor says I'm the only person alive with a lighthouse poster. Somebody has to keep the lights on for the ships. # speaker: lila # mood: neutral
-> DONE

= hoodies
{ stopping:
-   The hoodie pile. Eleven hoodies, all enormous. Nobody can see you shake in a hoodie this size. It's not fashion, it's engineering. # speaker: lila # mood: neutral
-   The violet one is Mum's old one. She wore it on the night shift before I was born. It smells of the flat, which is the best smell. # speaker: lila # mood: happy
-   Mum calls it "the floordrobe". Mum thinks she invented that word. I've never told her. I never will. # speaker: lila # mood: happy
}
-> DONE

= wardrobe
The wardrobe, nearly empty: just the school blazer I'm supposed to wear, hanging in there like it's waiting to be somebody else's. # speaker: lila # mood: neutral
-> DONE

= bookshelf
Books about lighthouses, books about deep-sea fish that make their own light, and "Calm Is a Skill!", from Mum. The exclamation mark is doing a lot of work. # speaker: lila # mood: neutral
-> DONE

= fridge
The fridge: DENTIST TUES, SHOWCASE FORM - SIGNED!! in Mum's capitals, and a drawing I did when I was five: our building, with every single window lit. # speaker: lila # mood: neutral
-> DONE

= news
VESPER NEWS: Seven days to the Lullaby Protocol. Ten thousand citizens, one night, one dream, at the Civic Rest Hall. # speaker: narrator
Ten thousand people asleep in one hall. Do they turn the lights off? Nobody on the news ever says. # speaker: lila # mood: afraid
-> DONE

= mums_door
Mum's room. She leaves the door open a crack at night so the hall light gets in. She says that's for her. It isn't for her. # speaker: lila # mood: sad
-> DONE

= table
{
- lila_kenjis:
    The noodle box from Kenji's. The face on the lid has its hood up and its eyes shut. Kenji met me for one bowl of noodles. Kenji sees everything. # speaker: lila # mood: happy
- lila_slept_in and not lila_at_school:
    Lunchtime toast, in triangles, with a note folded under the plate: PLEASE BE ALL RIGHT. LOVE, MUM. # speaker: lila # mood: sad
- else:
    Toast, in triangles. I'm fifteen. She still cuts it into triangles. I'm not going to be the one who tells her. # speaker: lila # mood: neutral
}
-> DONE

= shared_wall
{ stopping:
-   The wall we share with next door: the old lady with the cane and the round glasses. # speaker: narrator
    Every night, through this wall: a radio, and a typewriter. Who still writes letters? Who has that many people to write to? # speaker: lila # mood: neutral
-   Mum takes her soup on Sundays. She calls Mum "dear" and me "the quiet one". Which, fair. # speaker: lila # mood: neutral
-   Quiet in there now. Maybe she's listening to our side. I'd like to know what we sound like. # speaker: lila # mood: sad
}
-> DONE

= sofa
Mum falls asleep here most nights, in her work clothes, with the news on. She hasn't got a pod. She says she's saving up. I think she's scared of them. I think she's right. I'm never going to say so. # speaker: lila # mood: sad
-> DONE

= front_door
// The front door's locked knot: before the morning's choice, and after school.
{ lila_at_school:
    It's dark out. The door can stay shut. Doors are very good at that. # speaker: lila # mood: neutral
- else:
    Not yet. Shoes. Bag. Courage. One out of three so far. # speaker: lila # mood: neutral
}
-> DONE

= mum
// Mum at breakfast (only if Lila got up on time): means well, means it loudly.
{ stopping:
-   There she is! Toast. Triangles. Eat at least two triangles. # speaker: lila_mum # mood: warm
    Mum. I'm fifteen. # speaker: lila # mood: neutral
    Fifteen-year-olds need triangles. It's science. # speaker: lila_mum # mood: warm
-   Guess what came home in your bag? The school's got seats for the showcase. Forty of them, and I put your name down. # speaker: lila_mum # mood: warm
    The Lullaby Protocol! The whole city dreaming together, right there at the end of our line. It'll be good for you. # speaker: lila_mum # mood: warm
    Great. I love things that are good for me. Everything's good for me. # speaker: lila # mood: sad
-   I was next door, at Roe's, first thing. Knocking. For sugar. We have sugar. Never mind. # speaker: lila_mum # mood: neutral
    Mum. Are you being weird about me to the neighbours? # speaker: lila # mood: afraid
    I'm being normal about you to the neighbours. Eat a triangle. # speaker: lila_mum # mood: warm
-   Remember the breathing. In for four, hold for four, out for four. Like a little box. # speaker: lila_mum # mood: warm
    What do I do with the box after? # speaker: lila # mood: neutral
    You put the presentation in it and you close the lid. # speaker: lila_mum # mood: warm
-   Go on, love. Line 4. Text me when you're there, text me when you're done, text me if a pigeon looks at you funny. # speaker: lila_mum # mood: warm
}
-> DONE

= mum_lunch
// Mum at lunchtime (only if Lila slept in): home from work, worried.
{ stopping:
-   I've made toast. Lunchtime toast. Toast doesn't know what time it is. # speaker: lila_mum # mood: worried
    You should go back to work, Mum. # speaker: lila # mood: sad
    I'll go back when you've gone to school. That's the deal. Eat a triangle. # speaker: lila_mum # mood: worried
-   The school's got seats for the showcase next week. I'd put your name down. I thought it'd be good for you. # speaker: lila_mum # mood: worried
    Everything's good for me, Mum. The pod's good for me. The showcase is good for me. I'm drowning in good. # speaker: lila # mood: sad
    I know, love. I don't know what else to try. # speaker: lila_mum # mood: worried
-   Go on. The tram. Text me when you're there. I'll be in a meeting pretending not to look at my phone. # speaker: lila_mum # mood: neutral
}
-> DONE

= mum_evening
// Mum in the evening: a conversation Lila can always walk away from, at no cost.
{ mum_evening > 1:
    { stopping:
    -   Still here. Still on the sofa. The news is about sleep again. It's always about sleep now. # speaker: lila_mum # mood: neutral
    -   I took soup round to Roe next door. She asked after you. She always asks after you. She says you've got a listening face. # speaker: lila_mum # mood: warm
    -   Bed soon, love. Lamp on, if you like. I won't say a word about the electric. # speaker: lila_mum # mood: warm
    }
    -> DONE
}
{
- lila_home_early:
    You were in the pod when I got in. At half past three in the afternoon. Your lamp was on and your door was open and you weren't there. # speaker: lila_mum # mood: worried
- lila_kenjis:
    Kenji's! Noor's mum sent me a photo. You're in it. You're nearly smiling. I'm having it put on a mug. # speaker: lila_mum # mood: warm
- else:
    There you are. # speaker: lila_mum # mood: warm
}
Sit with me a minute? Tell me the worst minute of today. And then the minute after. # speaker: lila_mum # mood: warm
That's a very specific question, Mum. Where did you get that? # speaker: lila # mood: neutral
Next door. Never mind. Worst minute. Then the one after. # speaker: lila_mum # mood: warm
* {lila_presented} [Tell her: I did it. I shook the whole time, and I did it]
    ~ lila_told_mum = true
    Worst minute: slide one, when everybody looked up at once. The minute after: I said "um" and kept going. My hands shook the whole time. A girl asked a question. I answered it. # speaker: lila # mood: determined
    Mum doesn't say anything for a second. Then she hugs her, too hard, the way she did when Lila was small and it thundered. # speaker: narrator
    I knew you would. No. I didn't know. I hoped so hard it counted as knowing. # speaker: lila_mum # mood: warm
* {not lila_presented} [Tell her: I didn't do it. I got scared and I hid]
    ~ lila_told_mum = true
    Worst minute: the one where I didn't do it. I got scared and I hid, in a pod. The minute after was fine. That's the problem. It's always fine in there. # speaker: lila # mood: sad
    Oh, love. Thank you for telling me. That's harder than slides. # speaker: lila_mum # mood: worried
    Monday, then. I'll do toast. Extra triangles. # speaker: lila_mum # mood: warm
* [Later, Mum. I'm really tired]
    Later's fine. Later's my favourite time. I'll be right here, pretending to watch the news. # speaker: lila_mum # mood: warm
- -> DONE


=== vesper_school ===
// Vesper School on Aster Street (maps/vesper_school.tmx): the corridor and its crowd, form
// room 4B, the canteen, the counsellor's door, and SomniCo's Calm Corner.
-> DONE

= arrive
// The foyer's arrive trigger: the line 4 tram from the Civic Rest Hall, and the school.
~ lila_at_school = true
{ lila_slept_in:
    12:50. Line 4 at lunchtime, nearly empty: a man asleep over his shopping, and the screen above the doors. # speaker: narrator
- else:
    08:50. Line 4 from the Civic Rest Hall, the end of the line, where men on ladders are hanging SEVEN DAYS in letters taller than Lila. # speaker: narrator
}
VESPER NEWS, above the doors: Seven days to the Lullaby Protocol. Ten thousand citizens, one night, one dream. # speaker: narrator
Ten thousand people asleep in one room. Who's going to be awake to check on them? # speaker: lila # mood: afraid
Halcyon Tower. The big billboard turns over as the tram goes by: WHY DREAM SMALL? # speaker: narrator
I dream medium. I'd like that on the record. # speaker: lila # mood: neutral
{ not lila_slept_in and slept_in:
    At the Aster Street stop a woman in a charcoal blazer runs the length of the platform, tablet first, as if it's towing her. Lila knows that run. It's her run on presentation days. # speaker: narrator
}
Aster Street. Past Kenji's Noodles, under the wall with the big blue whale on it, the one that stops halfway, as if it forgot where it was going. # speaker: narrator
Relatable. # speaker: lila # mood: neutral
Are you there? Breathe! In for 4, hold for 4, out for 4. Love you. Mum xx # speaker: chat_mum # phone
{ lila_slept_in:
    The note is in your bag. Please go in. xx # speaker: chat_mum # phone
}
* [i'm here. i'm breathing. people can see me breathing]
    i'm here. i'm breathing. people can see me breathing # speaker: lila # mood: neutral # phone
    Good! Breathe a bit more quietly then! xx # speaker: chat_mum # phone
* [here. love u]
    here. love u # speaker: lila # mood: happy # phone
    !!!!!!! # speaker: chat_mum # phone
- Vesper School. Four hundred students and one corridor, and all four hundred of them in it at once. # speaker: narrator
-> DONE

= chat_corridor
// An enter trigger halfway down the corridor, before the presentation: the group chat.
Her phone buzzes in her pocket. Then again. Then it doesn't stop. # speaker: narrator
is lila here. has anyone seen lila # speaker: chat_jae # phone
lila if you're reading this you've got this. also what's the password for the slides # speaker: chat_jae # phone
there's no password jae. it's a presentation # speaker: chat_noor # phone
lila. breathe. you know more about lamps than anyone alive. that is a real sentence and i'm proud of it # speaker: chat_noor # phone
* [thank u. i'm going to be sick in a bin]
    thank u. i'm going to be sick in a bin # speaker: lila # mood: afraid # phone
    pick a nice bin. the one by the vending machine has a lid # speaker: chat_noor # phone
* [what if i just. didn't]
    what if i just. didn't # speaker: lila # mood: afraid # phone
    then you didn't and i still save you a seat. but you will. i've seen slide nine. slide nine slaps # speaker: chat_noor # phone
- -> DONE

= main_door
// The foyer doors out to Aster Street (the door's locked knot, and its other half).
{ epilogue_at != "":
    -> epilogue_ambient.door
}
{
- lila_school_over:
    The doors out to Aster Street. Kenji's is lit across the road, and the whale is waiting on its wall. # speaker: lila # mood: neutral
- lila_slept_in and not lila_morning_done:
    Not yet. I've only just got here. Mum has an app; it knows. # speaker: lila # mood: neutral
- else:
    { stopping:
    -   The doors out. I could. I'm not going to. Probably. # speaker: lila # mood: afraid
    -   Noor's saving a seat. You don't walk out on a saved seat. That's the law. # speaker: lila # mood: neutral
    }
}
-> DONE

= teacher
// Ms Lindqvist, her form tutor: kind, and not a pushover.
{
- lila_presented:
    { stopping:
    -   I'm still thinking about your fish. I looked them up in the staff room and got told off for being on my phone. # speaker: teacher # mood: kind
    -   The card's only a card, Lila. Mr Haddad's door doesn't bite. It barely even creaks. # speaker: teacher # mood: kind
    -   Go and eat something. You spent a week of courage this morning. # speaker: teacher # mood: kind
    }
- lila_calm_pod:
    { stopping:
    -   Monday, first thing. The slides will keep. So will you. # speaker: teacher # mood: neutral
    -   The Calm Corner's for when it's too much, Lila. Not for whenever it's something. I think you know the difference. # speaker: teacher # mood: stern
    -   SomniCo put it there for Protocol week. Mr Haddad's been next to it for eleven years. Nobody queues for him. # speaker: teacher # mood: neutral
    }
- lila_slept_in:
    { stopping:
    -   Lila. Your mum said a stomach thing. Your slides said they were ready. Which one of you is right? # speaker: teacher # mood: stern
        My stomach. Mostly. # speaker: lila # mood: sad
    -   Monday, first thing. I'll put you on before Jae. Nobody's ever nervous following Jae. # speaker: teacher # mood: stern
    -   We missed you this morning. That's not a telling-off. It's a fact I'd like you to have. # speaker: teacher # mood: kind
    }
- else:
    Morning, Lila. You're first after the register. Come in whenever you're ready. Ideally before the register. # speaker: teacher # mood: kind
}
-> DONE

= classmates
// Form 4B at their desks.
{
- lila_presented:
    { shuffle:
    -   The fish thing was cool. Weird. But cool. # speaker: classmate # mood: friendly
    -   Did you know you do a little nod when you're nervous? It's fine. It's like punctuation. # speaker: classmate # mood: friendly
    }
- lila_morning_done or lila_slept_in:
    { shuffle:
    -   Ms Lindqvist says you're on Monday. Lucky. Mine's done; she said it was "certainly a presentation". # speaker: classmate # mood: bored
    -   Jae did sharks. He knew one fact. He said it eleven times. # speaker: classmate # mood: bored
    }
- else:
    You're first, right? Rather you than me. No offence. Some offence. # speaker: classmate # mood: bored
}
-> DONE

= crowd
// The corridor crush between lessons (the map is anxious: the edges close in).
{ shuffle:
-   Move, Year Ten, some of us have lives. # speaker: schoolkid # mood: loud
-   My dad says he's going to sleep right through the Protocol. Which is the point, Dad. # speaker: schoolkid # mood: bored
-   Somebody's locker is ringing. Is that yours? It sounds like yours. # speaker: schoolkid # mood: loud
-   Sorry, sorry. Bag. Sorry. Bag again. # speaker: schoolkid # mood: bored
}
Too many people, too close, all talking at once, and none of it to her. # speaker: narrator
-> DONE

= lunch_crowd
// The canteen at full volume.
{ shuffle:
-   Is anyone sitting here? Never mind. Everyone's sitting everywhere. # speaker: schoolkid # mood: bored
-   Forty seats at the Protocol and I got one. My nan's furious. She's been on the waiting list since March. # speaker: schoolkid # mood: loud
-   Macaroni again. It's not a menu, it's a lifestyle. # speaker: schoolkid # mood: bored
}
-> DONE

= noor
// Noor, from 4C: her friend since they were seven, keeper of the window seat.
{
- lila_school_over:
    { stopping:
    -   { lila_kenjis:
            Ten minutes, by the doors. If you vanish I'll come and find you. I know all your hiding places. There are four. # speaker: noor # mood: happy
        - else:
            Go home, then. Text me. Not "ok". A real text. With verbs. # speaker: noor # mood: hurt
        }
    -   Monday. Window table. Same as always. # speaker: noor # mood: neutral
    }
    -> DONE
- lila_morning_done or lila_slept_in:
    -> noor_lunch
}
{ stopping:
-   You're early! I've got a free. I'm guarding the window table for lunch. I've been guarding it since eight. People fear me. # speaker: noor # mood: happy
    Noor. Lunch is in three hours. # speaker: lila # mood: neutral
    And I'll be here for every one of them, in spirit. Go on. Ms Lindqvist's doing the register. Be amazing. Or medium. Medium's fine. # speaker: noor # mood: happy
-   Go! Lamp talk! Shoo! # speaker: noor # mood: happy
}
-> DONE

= noor_lunch
// Lunch at the window table: the seat, and the day's third choice.
{
- lila_slept_in:
    You came. I saved it till half twelve. Then Jae sat down, and I didn't have a reason that wasn't "she might come". # speaker: noor # mood: hurt
    I'm sorry. I was... sick. Ish. # speaker: lila # mood: sad
    You were in the pod. Your mum texted my mum. Our mums have a group chat. It's terrifying. # speaker: noor # mood: hurt
    I'm not cross. I just keep saving it, Lila. I'd like somebody to sit in it. # speaker: noor # mood: hurt
- lila_presented:
    The lamp girl! Sit, sit. It's warm. I've been sitting on it to keep it warm. # speaker: noor # mood: happy
    Bea from your form came over and told me about the fish. She said it quietly. But she came over and said it. # speaker: noor # mood: happy
    I said "um" about forty times. # speaker: lila # mood: happy
    Forty ums and a deep-sea fish. That's a career. # speaker: noor # mood: happy
- else:
    There you are. Jae says you went in the Calm Corner. Jae says a lot of things, but his face was worried, which he'll deny. # speaker: noor # mood: neutral
    I had the slides. I had the hoodie. And then I didn't. # speaker: lila # mood: sad
    Monday, then. I'll sit in the front row and do the face. You know the face. # speaker: noor # mood: happy
}
She pushes half a cheese sandwich across the table. It's her half. It's always her half. # speaker: narrator
Everyone's going to Kenji's after school, on Aster Street, by the whale wall. Come. Sit in the booth. Eat noodles. Say nothing at all if you like. # speaker: noor # mood: happy
* [Kenji's. Yes. Even though it'll be loud] -> kenjis
* [Home. Straight home, to the pod] -> home_early

= kenjis
~ lila_kenjis = true
~ lila_school_over = true
~ hold_on_lila()
Okay. Yes. If I go quiet, that's not a bad sign. That's just my face. # speaker: lila # mood: determined
I know your face. I've been reading your face since we were seven. # speaker: noor # mood: happy
The afternoon is double maths, and then it's over, the way afternoons are in the end, even the long ones. # speaker: narrator
-> DONE

= home_early
~ lila_home_early = true
~ lila_school_over = true
I can't. Not today. Today's been a lot of day. # speaker: lila # mood: sad
{ lila_slept_in:
    Sure. Right. Of course. # speaker: noor # mood: hurt
- else:
    Okay. Next time. I'll save you a seat at Kenji's too. I'll save you seats all over the city. # speaker: noor # mood: hurt
}
The afternoon is double maths, with the pod at home humming two stops down the line, louder than the maths. # speaker: narrator
-> DONE

= jae
// Jae: the loudest voice in the group chat, and in the corridor.
{
- lila_slept_in:
    { stopping:
    -   Oh. Hey. Is this your seat? Noor said it was saved. Then she said it wasn't. Then she went quiet, which is worse than loud. # speaker: jae # mood: sheepish
        I can move. I'll move after these crisps. # speaker: jae # mood: sheepish
    -   You missed presentations. I did sharks. Ms Lindqvist said it was "certainly about sharks". # speaker: jae # mood: cheerful
    }
- lila_presented:
    "Fish that make their own light." Lila, that was actually cool. Tell nobody I said cool. # speaker: jae # mood: sheepish
- lila_calm_pod:
    You went in the Calm Corner? I went in once. I dreamt I was a sandwich. Ten out of ten. Would not recommend. # speaker: jae # mood: sheepish
- else:
    Lila! Presentation day! I haven't started mine. I'm doing sharks. I know one fact about sharks, and it's "big". # speaker: jae # mood: cheerful
}
-> DONE

= bea
// Bea, from 4B, who asked about the fish: here only if Lila gave her presentation.
{ stopping:
-   Um. Hi. The fish thing. I'm scared of the dark too. Not a bit. A lot. I've never said that at school. # speaker: bea # mood: shy
    Me neither. Then I said it to twenty-six people and a blackboard. # speaker: lila # mood: happy
    Could I sit with you and Noor on Monday? I'll be very quiet. I'm extremely good at quiet. # speaker: bea # mood: shy
    Yes. Noor will find you a seat. Finding seats is her superpower. # speaker: lila # mood: happy
-   I'm going to read about the fish tonight. With the light on. Both lights. # speaker: bea # mood: neutral
}
-> DONE

= dinner_lady
// Mrs Petrakis at the serving hatch.
{ stopping:
-   You're the girl who eats half a sandwich. Noor's half. I see everything from this hatch. I've seen three head teachers come and go. # speaker: dinner_lady # mood: warm
-   Half the school's off to the showcase next week. Not me. Somebody's got to be awake to do Monday's chips. # speaker: dinner_lady # mood: warm
-   Eat something hot, love. Sandwiches are for people who are on their way somewhere. # speaker: dinner_lady # mood: warm
}
-> DONE

= outreach
// SomniCo's schools officer in the foyer, with permission slips and samples.
{ stopping:
-   Hi! SomniCo Schools! Forty seats at the Lullaby Protocol for Vesper School, and your form's on the list! Why dream small? # speaker: outreach # mood: cheerful
    Do the lights go off? In the hall, when it starts? # speaker: lila # mood: afraid
    You won't notice a thing! That's the beauty of it! # speaker: outreach # mood: cheerful
    That wasn't a yes. Or a no. # speaker: lila # mood: afraid
-   Free sample? Drowse-Lite, lavender. Not lemon, sorry. Lemon's gone all over the city this week. # speaker: outreach # mood: cheerful
    I'm fifteen. # speaker: lila # mood: neutral
    Then it's a sample for your mum! # speaker: outreach # mood: cheerful
-   Permission slips by Wednesday! Your mum signed yours on the very first day. She was so keen. # speaker: outreach # mood: cheerful
}
-> DONE

= counsellor
// The counsellor's door, shut. She does not knock today (Lila's epilogue opens it).
A door with a paper sign: MR S. HADDAD, SCHOOL COUNSELLOR. DOOR'S OPEN. KNOCK ANYWAY. The door is shut. # speaker: narrator
{ lila_presented:
    The same name as on Ms Lindqvist's card, in my pocket. Same door. It looks smaller than I thought. # speaker: lila # mood: neutral
}
Her hand comes up to knock, and stays there, a centimetre from the wood, for a long time. # speaker: narrator
{ lila_presented:
    Not today. Today I already did one scary thing. That's my limit. That's the legal limit. # speaker: lila # mood: determined
- else:
    Not today. Maybe on a day when I'm somebody else. # speaker: lila # mood: sad
}
Her hand goes back into her pocket. # speaker: narrator
-> DONE

= calm_pod
{ lila_calm_pod:
    Still warm. Three hours in there. It felt like ten minutes, which is exactly what it promised, which is exactly the problem. # speaker: lila # mood: sad
- else:
    SomniCo Calm Corner. TEN MINUTES, FULLY SETTLED. Donated for Protocol week. It's right next to the counsellor's door. One of them has a queue. # speaker: lila # mood: neutral
}
-> DONE

= noticeboard
PROTOCOL WEEK! Forty seats for Vesper School at the Civic Rest Hall. Bring a pillow (optional). Bring a parent's signature (not optional). # speaker: narrator
Bring a night-light? It doesn't say. I'm going to assume no. # speaker: lila # mood: afraid
-> DONE

= locker
{ lila_presented:
    Locker 212. I tape Ms Lindqvist's card inside the door, next to the lighthouse sticker. They look right together. # speaker: lila # mood: happy
- else:
    Locker 212. Inside: a spare hoodie, an emergency hoodie, and a hoodie. # speaker: lila # mood: neutral
}
-> DONE

= banner
LULLABY PROTOCOL. VESPER SCHOOL DREAMS TOGETHER! # speaker: narrator
We don't, though. We can't even do lunch together. # speaker: lila # mood: neutral
-> DONE

= blackboard
SLEEP IS A SKILL!, from SomniCo's assembly. Underneath, smaller, in Ms Lindqvist's handwriting: SO IS BEING AWAKE. # speaker: narrator
-> DONE

= her_desk
My desk, nearest the door. Noor calls it my getaway seat. I've never once got away in it. # speaker: lila # mood: neutral
-> DONE

= trophies
Netball, chess, and the Vesper Schools Choir, 2039. Nothing for "turned up anyway". There should be. It should be huge. # speaker: lila # mood: neutral
-> DONE

= foyer_notices
LOST: one lunchbox, shaped like a whale. Belongs to Pim, Noor's little brother. Everything Pim owns is shaped like a whale. # speaker: narrator
He's nine. He's already got a thing. I'm fifteen and my thing is hoodies. # speaker: lila # mood: neutral
-> DONE

= vending
Drowse-Lite, in a school vending machine. Lavender only; somebody has bought all the lemon. # speaker: narrator
Who is buying all the lemon? It's a city of ten thousand sleepers and one lemon fiend. # speaker: lila # mood: neutral
-> DONE

= hatch
TODAY: MACARONI. Yesterday was also macaroni. Mrs Petrakis says it's a tradition, not a menu. # speaker: narrator
-> DONE
