// The epilogue (issue 17, item 3): after the Threshold's final choice (decide_ending), the week
// after the Hall, one day for each of the four, in order: Mara, Jonas, Lila, Roe. Whoever woke
// plays a short scene of their own on a waking map, in full colour (their woke_X is true); for
// whoever stayed, someone visits their pod in the Civic Rest Hall, seen from outside. Then all
// who woke meet at dawn in Vesper Plaza (maps/vesper_plaza.tmx), and part; the credits roll.
// With nobody awake (Lullaby) the four visits play and the story ends on the same card.
//
// Each scene is its own chapter (~ begin_chapter, AFTER the warp, while the screen is black:
// begin_chapter makes the chapter's protagonist the player on a map without a party, so it must
// run once the party has left the Threshold). `go` stitches come from the story; `begin` is
// where a chapter opened from chapter select starts (chapters.json `begins.knot`).
//
// The maps' epilogue objects (spawns epi_*, npcs and interact triggers) are present only while
// `epilogue_at` names their scene, so nothing of this shows on the Fridays.

VAR epilogue_at = ""       // which epilogue scene the maps are set for: "mara", "jonas", "lila", "roe", "roe_ward", "visit_mara", "visit_jonas", "visit_lila", "visit_roe", "plaza"
VAR epilogue_lead = ""     // who walks into Vesper Plaza (the first of the four to have woken); the others stand there
VAR epilogue_alone = false // only one of them woke: nobody is waiting in the plaza

=== epilogue ===
// The Threshold's last line leads here, once decide_ending has said who woke.
{ woke_mara:
    -> epilogue_mara.go
- else:
    -> epilogue_visit.mara
}

= after_mara
{ woke_jonas:
    -> epilogue_jonas.go
- else:
    -> epilogue_visit.jonas
}

= after_jonas
{ woke_lila:
    -> epilogue_lila.go
- else:
    -> epilogue_visit.lila
}

= after_lila
{ woke_roe:
    -> epilogue_roe.go
- else:
    -> epilogue_visit.roe
}

= after_roe
{ epilogue_awake() > 0:
    -> epilogue_plaza.go
}
// Lullaby: nobody woke. The Hall keeps all four of them.
# fade: out
# music: ending
A week after the Lullaby Protocol, the Civic Rest Hall is quiet. Four pods are still lit, side by side, in rows J and K. # speaker: narrator
Somebody visits each of them. Somebody always does. # speaker: narrator
Inside, four strangers who became something else are sitting by a fire that burns on nothing, and nothing hurts. # speaker: narrator
Outside, it is morning, and it goes on being morning, whether they come to see it or not. # speaker: narrator # end: credits_card
-> DONE


// --- Mara: the mugs, and slide nine (halcyon_office) -------------------------------------------

=== epilogue_mara ===
-> go

= go
~ epilogue_at = "mara"
# fade: out
# warp: halcyon_office epi_mara
Monday. Halcyon Analytics, floor thirty-one. Three days after the Hall. # speaker: narrator
-> begin

= begin
~ begin_chapter("epilogue_mara")
# fade: in
The lift opens on the same forty desks and the same printer air. She is carrying a box marked TESS: MUGS, in her own handwriting. # speaker: narrator
Everyone said take the week off. I took the weekend. It was very long. I counted the ceiling tiles. Still eleven. # speaker: mara # mood: neutral
On the lobby bench, in a visitor's badge, sits someone she has been not-calling for two years. # speaker: narrator
-> DONE

= tess
// Tess on the lobby bench (npc tess_epi).
Mara. You're upright. They said on the news you were one of the ones who woke up, and I thought: I'll believe that when I see her being rude to me in person. # speaker: tess # mood: warm
{ called_tess:
    You were meant to come for dinner on Thursday. You were asleep on Thursday. I've decided that's the rudest thing you've ever done. # speaker: tess # mood: warm
- else:
    "Call me when ur human." You never did. So I've come to check. In person. With a badge. # speaker: tess # mood: warm
}
I brought you something. Well. I brought you your own things. # speaker: mara # mood: neutral
She holds out the box. Two mugs, two years in a corner of her flat, being temporary. # speaker: narrator
You kept them. You never even unpacked them, did you. # speaker: tess # mood: warm
{ honest_mara:
    No. I was saving them for when I needed someone. It turns out that's now. It turns out it was always now; I just don't read past slide one. # speaker: mara # mood: sad
- else:
    No. I'm bad at this part. You know I'm bad at this part. I'm doing it anyway, badly, in front of you. # speaker: mara # mood: sad
}
Thursday, then. Mum's stew. I'll burn it, in the family tradition. You bring these back full. # speaker: tess # mood: happy
Thursday. I'll even be awake for it. # speaker: mara # mood: happy
# fade: out
# place: mara board_spot
# move: vance vance_mark
# face: mara right
# face: vance down
Nine o'clock. The glass office. Three members of the board, and a laser pointer Vance has been saving all weekend. # speaker: narrator
# fade: in
Slide one, Mara. Headwinds. Resilience. Ninety seconds. # speaker: manager # mood: curt
No. Slide nine. # speaker: mara # mood: determined
Average waking hours per citizen: down a third in three years. Under it, a line she added on Sunday: LULLABY PROTOCOL. 10,000 ASLEEP. NOT ALL OF THEM HOME. # speaker: narrator
{ office.stay_late:
    It's right. I stayed late on a Friday nobody asked me to, and made it right. Nothing on it is gloomy. It's just true. # speaker: mara # mood: determined
}
Our biggest client is SomniCo, Mara. # speaker: manager # mood: curt
I know. I was in their hall. {not (woke_jonas and woke_lila and woke_roe):Some of the people I was in there with still haven't come out. }Somebody should read past slide one. It may as well be the board. # speaker: mara # mood: determined
Vance looks at the board. The board looks at slide nine. For the first time in Halcyon's history, nobody looks at their phone. # speaker: narrator
...From nine, then. Go on. # speaker: manager # mood: curt
-> epilogue.after_mara

= board
// A member of the board, in the glass office before nine (npcs board_a/b/c).
{ stopping:
-   A member of the board, early, reading slide one on a tablet with the expression of a man reading slide one. # speaker: narrator
-   Another member of the board, asleep in a chair with her eyes open. A skill. Halcyon trains for it. # speaker: narrator
}
-> DONE


// --- Jonas: the four sleepers, awake (jonas_loft) ----------------------------------------------

=== epilogue_jonas ===
-> go

= go
~ epilogue_at = "jonas"
# fade: out
# warp: jonas_loft epi_jonas
Tuesday. The loft, half past seven. # speaker: narrator
-> begin

= begin
~ begin_chapter("epilogue_jonas")
# fade: in
Light comes in through the big window and lands where it always lands: on eleven months of white, and on one canvas that isn't white any more. # speaker: narrator
Morning, canvases. One of you has a job now. The rest of you: watch and learn. # speaker: jonas # mood: happy
Mrs Obi is on the top step with her broom, where she has been since seven, in case he tries to leave before it's done. # speaker: narrator
The pod's unplugged. Mrs Obi took the plug. She says I can have it back when I've paid the rent. In a painting. A new one. # speaker: jonas # mood: neutral
-> DONE

= easel
// The easel (trigger epi_easel): the last strokes.
Four people asleep in a hall. That's what the papers printed. Four strangers, same dream, no names. # speaker: jonas # mood: neutral
So I'm painting them awake. # speaker: jonas # mood: determined
{ woke_mara:
    Mara, at a desk, mid-sentence, pointing at a chart nobody else has read yet. # speaker: narrator
- else:
    Mara, asleep under glass in row J. He paints her eyes open anyway. She'd want it accurate; she can correct him when she's up. # speaker: narrator
}
{ woke_lila:
    Lila, holding a lamp she doesn't need, because it's morning, and she's the one giving off the light. # speaker: narrator
- else:
    Lila, in a hood, in the dark, and a small hard light in her hands that he paints brighter than it was. Something for her to find her way back by. # speaker: narrator
}
{ woke_roe:
    Roe, standing next to all of it. Holding it still. # speaker: narrator
- else:
    Roe, in her good chair, with the door open behind her. He paints the door very carefully. # speaker: narrator
}
And me, at the edge. I left me one stroke short. It's a look. I'm told it's the whole secret. # speaker: jonas # mood: happy
# move: obi_epi obi_mark
Jonas! The broom was for the rent, not for the painting. I could hear you painting through the floor. # speaker: landlady # mood: worried
You can hear painting? # speaker: jonas # mood: afraid
I can hear eleven months of not painting. This is a different noise. # speaker: landlady # mood: warm
She looks at the canvas for a long time, the way she looks at a landlord's letter. # speaker: narrator
New. Very new. Wet. I said I was fussy about the new. This is new. Consider the rent paid. # speaker: landlady # mood: warm
{ jonas_has_pims_drawing:
    And take the boy to Aster Street on Sunday. He says you promised the whale a tail. In daylight, with him holding the tin. # speaker: landlady # mood: warm
    I did. I'm going to copy his. Don't tell the critics. # speaker: jonas # mood: happy
- else:
    { jonas_painted_line:
        And finish that whale on Aster Street. One line of a tail is a start. It isn't a tail. # speaker: landlady # mood: neutral
    - else:
        And the whale on Aster Street. It has waited long enough. So have I. # speaker: landlady # mood: neutral
    }
    Sunday. In daylight. With people watching. # speaker: jonas # mood: determined
}
-> epilogue.after_jonas

= obi
// Mrs Obi on the top step (npc obi_epi), before he has painted.
{ stopping:
-   Paint first. Then stairs. I have the broom, Jonas. I have had it for forty years. # speaker: landlady # mood: warm
-   The easel is that way. I'm old, not blind. # speaker: landlady # mood: neutral
}
-> DONE


// --- Lila: the counsellor's door (vesper_school) ------------------------------------------------

=== epilogue_lila ===
-> go

= go
~ epilogue_at = "lila"
# fade: out
# warp: vesper_school epi_lila
Wednesday. Vesper School, first break. # speaker: narrator
-> begin

= begin
~ begin_chapter("epilogue_lila")
# hide: haddad
# fade: in
Four hundred students and one corridor, all of them in it at once. Same as always. Not the same at all. # speaker: narrator
{ lila_slept_in:
    Noor walked her from the tram without being asked. She hasn't mentioned the seat once. It's very loud, her not mentioning it. # speaker: narrator
- else:
    Noor walked her from the tram. She's doing the face. Lila knows the face. # speaker: narrator
}
You don't have to, you know. I'll wait here. I'll guard the corridor. People fear me. # speaker: noor # mood: happy
I know I don't have to. That's sort of the point. # speaker: lila # mood: determined
-> DONE

= knock
// The counsellor's door (trigger epi_knock).
MR S. HADDAD, SCHOOL COUNSELLOR. DOOR'S OPEN. KNOCK ANYWAY. The door is shut. # speaker: narrator
{ lila_presented:
    Ms Lindqvist's card is still in her pocket, soft at the corners from being held. # speaker: narrator
}
Her hand comes up, and stays a centimetre from the wood, for a long time. # speaker: narrator
Then it knocks. Three times. Not loud. Loud enough. # speaker: narrator # sfx: door
# show: haddad
# face: haddad right
Come in. Oh. Hello. {lila_presented:Lila, isn't it? Ms Lindqvist said you might come by. She said it a fortnight ago. I kept the kettle on.|I don't think we've met. I'm Mr Haddad. The door's open. The sign's very clear about that.} # speaker: counsellor # mood: kind
I'm scared of the dark. And presentations, and the group chat, and lots of things. # speaker: lila # mood: afraid
I was in the Hall. I'm one of the ones who woke up. I'd like to talk about it. Not all of it. Some. # speaker: lila # mood: neutral
{ lila_told_mum:
    Mum asks me for the worst minute, and then the one after. I thought I could start with those. # speaker: lila # mood: neutral
- else:
    Somebody I know asks for the worst minute, and the one after. I thought I could start with those. # speaker: lila # mood: neutral
}
That's a very good place to start. Come in. I've got a lamp. It's a very good lamp. # speaker: counsellor # mood: happy
I'll save you a seat. For after. Same as always. # speaker: noor # mood: happy
Same as always. # speaker: lila # mood: happy
-> epilogue.after_lila

= noor
// Noor by the counsellor's door (npc noor_epi), before the knock.
{ stopping:
-   Go on. I'm right here. If anybody looks at you funny I'll look at them funnier. # speaker: noor # mood: happy
-   Knock. Or don't. I'm here either way. But knock. # speaker: noor # mood: neutral
}
-> DONE

= haddad
// Mr Haddad (npc haddad): out of sight until she knocks; the scene leads on from there.
Come in whenever you're ready. # speaker: counsellor # mood: kind
-> DONE


// --- Roe: the Hall, and Daniel's bed (civic_hall, rest_ward) ------------------------------------

=== epilogue_roe ===
-> go

= go
~ epilogue_at = "roe"
# fade: out
# warp: civic_hall epi_roe
Thursday. The Civic Rest Hall. The pods are still in their rows; nobody has been asked to lie in them since. # speaker: narrator
-> begin

= begin
~ begin_chapter("epilogue_roe")
# fade: in
The city council has called a hearing on the Lullaby Protocol, and somebody, in a moment of weakness, asked the retired psychologist from row K to speak. # speaker: narrator
A microphone on the stage, where the host stood. I always wanted to heckle that woman. This will have to do. # speaker: roe # mood: neutral
-> DONE

= lectern
// The microphone on the stage (trigger epi_lectern).
# face: roe down
I've been asked to speak about escapism. I was a psychologist for forty years, so I've prepared nothing and I'll take a long time. # speaker: roe # mood: neutral
We built a city where bedtime is the safest hour there is. I don't blame anyone for going to bed. I went. Every night, for a year, to an archive where I always knew what to say. # speaker: roe # mood: sad
{ roe_has_log_page:
    I have a page here. Wake requests, from one young man on Ward 6. Nineteen. None of them honoured. I said I would read it to someone important. You'll do. # speaker: roe # mood: determined
- else:
    On Ward 6 at Vesper General, the pods write down every time a sleeper asks to wake. Ask to see the column. Ask what was done about it. # speaker: roe # mood: determined
}
Rest isn't the enemy. A room with no way out is. A pod should be somewhere you go, not somewhere you're kept. # speaker: roe # mood: determined
{
- epilogue_awake() > 1:
    And it takes more nerve to be awake with other people than to dream alone. I've watched it done. By braver people than me, most of them younger. # speaker: roe # mood: happy
- else:
    And it takes more nerve to be awake with other people than to dream alone. I had three to show me. They're still asleep in this room. I'd like them back. # speaker: roe # mood: sad
}
{ honest_roe:
    Once, when it mattered, I didn't argue. I'm arguing now. It's late. It isn't nothing. # speaker: roe # mood: determined
- else:
    I used to call it respecting people's choices. Sometimes it was. Sometimes it was just the quiet thing to do. # speaker: roe # mood: sad
}
Somebody at the back claps. Then somebody else. It isn't a standing ovation; half of them are still tired. It's a start. # speaker: narrator
# fade: out
~ epilogue_at = "roe_ward"
# warp: rest_ward epi_roe_ward
Afterwards, line 4, to the end of the line. Vesper General, Ward 6. # speaker: narrator
# fade: in
The lift still plays a lullaby. She has asked them to change it. She will ask again. # speaker: narrator
-> DONE

= daniel
// Daniel's pod (trigger epi_daniel).
Daniel Lowe, thirty-four, under the glass. The card on the lid: LIKES: THE WINDOW OPEN. DOES NOT LIKE: BEING TOLD HE'S FINE. # speaker: narrator
{ roe_posted_letter:
    I got your letter. I've read it eleven times. I'm still cross. I'm here. # speaker: daniels_mother # mood: tired
    So am I, Mrs Lowe. Both, I expect. # speaker: roe # mood: neutral
- else:
    You came back. I wondered if you would. # speaker: daniels_mother # mood: hopeful
    You asked me whether I thought it was right. No. I didn't. I should have said so, and I didn't, because I was tired. I'm sorry. # speaker: roe # mood: sad
    His mother looks at her for a long time. Then she moves her bag off the other chair. # speaker: narrator
}
Sit, then. He likes company on the window side. # speaker: daniels_mother # mood: neutral
She sits. Her knees say something about it. She ignores them. # speaker: narrator
Daniel. It's Roe. I'm not going to tell you you're fine. I'm going to sit here and argue, every afternoon, until somebody in a lanyard listens, or you get up and tell me to stop. # speaker: roe # mood: determined
Keep watch through the night. Five letters. # speaker: roe # mood: neutral
She doesn't say the answer. She has always let him find it. She'll be here when he does. # speaker: narrator
Above the pod, the monitor draws its line, up and over, up and over. Perhaps a little less evenly than before. She decides to believe that. # speaker: narrator
-> epilogue.after_roe

= audience
// The people at the hearing (npcs audience_a/b/c).
{ cycle:
- My mother's in a pod on Harrow Lane. Extended Rest. I came to hear if anybody knows how to ask her to come home. # speaker: citizen # mood: uneasy
- I slept through the Protocol. I mean I was in it. I mean I woke up. I don't know what I mean. I came. # speaker: citizen # mood: hopeful
- She's the one from row K. The one who kept her eyes open, they say. # speaker: citizen # mood: hopeful
}
-> DONE

= hale
// Sister Hale, from Ward 6, at the hearing (npc audience_nurse).
I brought the printer. Well. I brought what it printed. Four drawers of it. Somebody ought to read them out, and you read slowly. # speaker: nurse # mood: worried
-> DONE

= dev
// Dev, at the hearing (npc audience_dev).
You took Kiran's seat and kept your eyes open in there. He'd like you. He likes people who turn up. # speaker: colleague # mood: warm
{ roe_told_dev:
    They're reading the column now. The wake requests. Mum's stopped reading him the news; she's reading him the column. # speaker: colleague # mood: tired
}
-> DONE


// --- For whoever stayed: someone visits their pod (civic_hall, seen from outside) --------------

=== epilogue_visit ===
-> DONE

= again
// The visitors (npcs *_visit): the visit scenes lead on without handing back control.
They don't look up. They're busy, being there. # speaker: narrator
-> DONE

= mara
~ epilogue_at = "visit_mara"
# fade: out
# warp: civic_hall epi_visit
Monday, in the Civic Rest Hall. Most of the ten thousand went home. Row J, pod 14, is still lit. # speaker: narrator
# hide: player
# fade: in
Tess comes at lunchtime, in her work lanyard, with a box on her hip marked TESS: MUGS. # speaker: narrator
I went round to your flat. Your landlord let me in because I cried at him. Two years, Mara. You never unpacked them. # speaker: tess # mood: sad
{ called_tess:
    You called me, on the Friday. Forty minutes. You said you'd bring the mugs on Thursday. So I've brought them. You're late, that's all. You're always late. # speaker: tess # mood: warm
- else:
    I sent you a message. "Call me when ur human." I'd like to take that back. Call me however you are. # speaker: tess # mood: warm
}
She sets two mugs on the ledge of the pod, and pours tea into both. One of them goes cold. She doesn't mind. She'll come back Thursday. # speaker: narrator
-> friend("mara")

= jonas
~ epilogue_at = "visit_jonas"
# fade: out
# warp: civic_hall epi_visit
Tuesday, in the Civic Rest Hall. Row K, pod 13. # speaker: narrator
# hide: player
# fade: in
Mrs Obi comes with her broom, because she doesn't go anywhere without it, and sits down by the pod as if it owed her rent. # speaker: narrator
Jonas. Eleven months of white, and now this. A man will do anything to avoid his landlady. # speaker: landlady # mood: worried
{ jonas_has_pims_drawing:
    She tapes a sheet of sugar paper to the lid: a crayon whale with a tail that goes right off the edge. Signed PIM, in letters taller than the whale. # speaker: narrator
    The boy has drawn it every day. He says you said "soon". I told him soon is when the man is ready. So. Be ready. # speaker: landlady # mood: warm
- else:
    The rent, you can pay me in a painting. A new one. I am still waiting. I am very good at waiting. I have a broom. # speaker: landlady # mood: warm
}
-> friend("jonas")

= lila
~ epilogue_at = "visit_lila"
# fade: out
# warp: civic_hall epi_visit
Wednesday, in the Civic Rest Hall. Row K, pod 15: a hood on the pillow, headphones round the glass. # speaker: narrator
# hide: player
# fade: in
Mum comes straight from work, every day, and Noor comes straight from school, and today they came at once. # speaker: narrator
Worst minute: when they said you weren't waking up. I'm still in it, love. I'm waiting for the minute after. # speaker: lila_mum # mood: worried
I saved you a seat. It's here. I'm sitting next to it. I'll sit next to it till we're ninety. # speaker: noor # mood: hurt
{ lila_answered_noor:
    You said it's so dark when the pod's not on. So I brought a lamp. The nurses said no lamps. I said it's a very small lamp. # speaker: noor # mood: neutral
- else:
    I brought a lamp. The nurses said no lamps. I said it's a very small lamp, and it's for her, and they went away. # speaker: noor # mood: neutral
}
Mum leaves the lamp on. She always leaves the lamp on. # speaker: narrator
-> friend("lila")

= roe
~ epilogue_at = "visit_roe"
# fade: out
# warp: civic_hall epi_visit
Thursday, in the Civic Rest Hall. Row K, pod 14. A cane leans against the glass where she left it. # speaker: narrator
# hide: player
# fade: in
Anna from next door comes with soup, because she brings everyone soup; it's a condition of knowing her. # speaker: narrator
And this afternoon, by the pod, there is a second chair, and Mrs Lowe is in it. # speaker: narrator
{ roe_posted_letter:
    Your letter came, Dr Roe. The second page. I've read it every day. I came to tell you I'm still cross, and that I'm glad you wrote it. # speaker: daniels_mother # mood: tired
- else:
    Nobody ever answered me. So I've come to ask again. I'm here every day. I'm not hard to find. # speaker: daniels_mother # mood: tired
}
You told me: ask her for the worst minute, and the one after. It worked. Now I'm asking you. # speaker: neighbour_anna # mood: worried
-> friend("roe")

= friend(who)
// Whoever woke and was closest to them comes too; with nobody awake, the pod has only its visitors.
~ temp by = epilogue_friend(who)
{ by:
- "mara":
    Mara comes too, on her way home from Halcyon, and reads the pod's log over everybody's shoulder. She has questions, in a numbered list. # speaker: narrator
- "jonas":
    Jonas comes too, with a sketchbook, and draws the pod with the lid open. He says it's a study. It's a promise. # speaker: narrator
- "lila":
    Lila comes too, after school, hood up, and sits very close to the glass. Her light works better like that. # speaker: narrator
- "roe":
    Roe comes too, with her cane, and takes the hard chair on purpose. She says somebody steady ought to be in the room. # speaker: narrator
}
{ who:
- "mara":
    -> epilogue.after_mara
- "jonas":
    -> epilogue.after_jonas
- "lila":
    -> epilogue.after_lila
- else:
    -> epilogue.after_roe
}


// --- Dawn in Vesper Plaza: all who woke, and then the credits -------------------------------------

=== epilogue_plaza ===
-> DONE

= go
~ epilogue_at = "plaza"
~ epilogue_lead = epilogue_first_awake()
~ epilogue_alone = epilogue_awake() == 1
# fade: out
# music: waking
# warp: vesper_plaza epi_plaza
Friday. A week to the day since the Hall. Five in the morning, and Vesper Plaza, which nobody is ever awake to see. # speaker: narrator
{ epilogue_lead:
- "mara":
    ~ begin_chapter("epilogue_plaza_mara")
- "jonas":
    ~ begin_chapter("epilogue_plaza_jonas")
- "lila":
    ~ begin_chapter("epilogue_plaza_lila")
- else:
    ~ begin_chapter("epilogue_plaza_roe")
}
-> begin

= begin
# tint: violet-2 0.2
# fade: in
The fountain is off. The billboard across the square has gone dark for the night and not yet woken up. The first tram is twelve minutes away. # speaker: narrator
{ epilogue_alone:
    { epilogue_lead:
    - "mara":
        Nobody else is coming. I know. I came anyway. Somebody should see the sun come up on the people who didn't. # speaker: mara # mood: sad
    - "jonas":
        Just me, then. Fine. I'll remember it for four. I've got the sketchbook. # speaker: jonas # mood: sad
    - "lila":
        It's just me. I thought it would be scarier, on my own, in the dark. It's getting light, though. It's getting light. # speaker: lila # mood: sad
    - else:
        Only me, then. I've waited for people before. I'm rather good at it. # speaker: roe # mood: sad
    }
- else:
    They said dawn, by the fountain, a week on. Nobody wrote it down. Everybody came. # speaker: narrator
}
-> DONE

= talk_mara
// Mara, in the plaza (npc plaza_mara), to whoever walked in first.
Slide nine went first. The board asked for slide ten. There isn't one yet. I'm writing it. It's called "what we do about it". # speaker: mara # mood: determined
{ bond_between(epilogue_lead, "mara") >= 3:
    I've put you in my calendar. Weekly. Recurring. No end date. That is the highest honour I know how to give. # speaker: mara # mood: happy
- else:
    It was strange, being one of four. I'd like to get better at it. I'm told you practise with people. # speaker: mara # mood: neutral
}
{ not woke_jonas || not woke_lila || not woke_roe:
    Tess comes to the Hall with me on Thursdays. She talks to the ones who are still in there. She says somebody has to be rude to them. # speaker: mara # mood: sad
}
-> next

= talk_jonas
Four canvases since Tuesday. Four! Three of them are bad. I've never been so happy. # speaker: jonas # mood: happy
{ bond_between(epilogue_lead, "jonas") >= 3:
    You're in the good one. Second from the left. I got your hands right, I think. Don't look; you'll tell me the truth. # speaker: jonas # mood: happy
- else:
    You're in one. I won't say which. You'll know it by the bit I left unfinished. # speaker: jonas # mood: neutral
}
{ jonas_painted_line:
    And the whale on Aster Street has a tail. The line I painted on the Friday is in it. Wobbly. Load-bearing. # speaker: jonas # mood: determined
- else:
    And the whale on Aster Street has a tail since Sunday. In daylight. A kid held the tin. # speaker: jonas # mood: determined
}
-> next

= talk_lila
I knocked. On the counsellor. On his door, I mean. He has a lamp. I'm going back on Tuesday. # speaker: lila # mood: happy
{ bond_between(epilogue_lead, "lila") >= 3:
    Is it weird if I text you? Like, normal texting. About nothing. You're in the group chat now, basically. There's a badge. # speaker: lila # mood: neutral
- else:
    It's still dark, a bit, in the mornings. It's fine. No. It's not fine. It's medium. Medium's allowed. # speaker: lila # mood: neutral
}
{ lila_kenjis:
    Noor says there's a booth for six at Kenji's with nine in it, and one seat has my name on it. I'm going to sit in it. Like it's normal. # speaker: lila # mood: determined
- else:
    Noor says she's saving me a seat at Kenji's. I'm going to sit in it this time. Like it's normal. # speaker: lila # mood: determined
}
-> next

= talk_roe
They held a hearing, dear. SomniCo sent a young man in a lanyard. I was very slow. He was very patient. Then he was less patient. # speaker: roe # mood: happy
{ bond_between(epilogue_lead, "roe") >= 3:
    You'll come and sit with me sometimes, on the ward? I'm very good company, for a woman who says this much this slowly. # speaker: roe # mood: happy
- else:
    I've no advice for you. Forty years of it, and I've run out. Isn't that marvellous. # speaker: roe # mood: neutral
}
{ roe_told_dev:
    Dev's brother asked to wake eleven times. They're reading the column now. On Wednesday Kiran opened his eyes, asked for Dev, and then for a sandwich. # speaker: roe # mood: happy
}
-> next

= next
// Once the one who walked in has spoken to every one of them: the parting.
{ epilogue_heard_all():
    -> parting
}
-> DONE

= fountain
// The fountain (trigger epi_fountain, only when nobody else came): the parting, alone.
-> parting

= parting
# face: player down
# tint: amber 0.22
The sky goes from grey to pink to something with no name yet, over Aster Street, over Halcyon Tower, over the Hall at the end of line 4. # speaker: narrator
{ woke_mara:
    Thursday, Tess's. Then the Hall, for the others. I'll bring the mugs. I'll bring everybody. # speaker: mara # mood: happy
}
{ woke_jonas:
    I'll paint this. Badly. Slowly. In daylight. With all of you in it. # speaker: jonas # mood: happy
}
{ woke_lila:
    Can we do this again? Not the dream. The morning. # speaker: lila # mood: happy
}
{ woke_roe:
    Go on, dears. Go home. Go to bed at a sensible hour. And get up. # speaker: roe # mood: happy
}
{ not (woke_mara and woke_jonas and woke_lila and woke_roe):
    Four of them went under. {epilogue_awake() == 1:One of them|Some of them} came back. They go to the Hall on Thursdays, and talk to the others through the glass, the way people talk to someone who is only in the next room. # speaker: narrator
- else:
    Four strangers lay down in the same hall. Four people get up, and go home, and come back, and keep coming back. # speaker: narrator
}
The first tram comes round the corner, lit from inside, every blind up. # speaker: narrator
And they part, the way people do who will see each other again: without making a speech about it. # speaker: narrator # end: credits_card
-> DONE


// --- The closing card, before the credits roll --------------------------------------------------

=== credits_card ===
// The ending's name first (the titles of assets/story/endings.json), then the closing words.
{ ending:
- "dawn":
    Dawn # speaker: narrator
- "half_light":
    Half-light # speaker: narrator
- "lullaby":
    Lullaby # speaker: narrator
}
In Vesper, bedtime became the one place where nothing could hurt you. # speaker: narrator
But a sanctuary you never leave is only a softer kind of room. What keeps the balance is harder, and smaller: to say the true thing while you're scared, to someone who stays. # speaker: narrator
Rest when you're tired. Wake when you're called. And when somebody is afraid of the dark, be there in the morning. # speaker: narrator
-> DONE


// --- Helpers ------------------------------------------------------------------------------------

=== function epilogue_woke(who) ===
{ who:
- "mara": ~ return woke_mara
- "jonas": ~ return woke_jonas
- "lila": ~ return woke_lila
- "roe": ~ return woke_roe
}
~ return false

=== function epilogue_awake() ===
~ temp count = 0
{ woke_mara:
    ~ count += 1
}
{ woke_jonas:
    ~ count += 1
}
{ woke_lila:
    ~ count += 1
}
{ woke_roe:
    ~ count += 1
}
~ return count

// Who walks into the plaza: the first of the four, in the epilogue's order, to have woken.
=== function epilogue_first_awake() ===
{
- woke_mara: ~ return "mara"
- woke_jonas: ~ return "jonas"
- woke_lila: ~ return "lila"
- woke_roe: ~ return "roe"
}
~ return ""

// The one who woke and is most bonded to `who` (a bond above 0), or "" if nobody.
=== function epilogue_friend(who) ===
~ temp best = ""
~ temp most = 0
{ who != "mara" && woke_mara && bond_between(who, "mara") > most:
    ~ best = "mara"
    ~ most = bond_between(who, "mara")
}
{ who != "jonas" && woke_jonas && bond_between(who, "jonas") > most:
    ~ best = "jonas"
    ~ most = bond_between(who, "jonas")
}
{ who != "lila" && woke_lila && bond_between(who, "lila") > most:
    ~ best = "lila"
    ~ most = bond_between(who, "lila")
}
{ who != "roe" && woke_roe && bond_between(who, "roe") > most:
    ~ best = "roe"
    ~ most = bond_between(who, "roe")
}
~ return best

// Whether every one of the others standing in the plaza has been heard (each talk counts once:
// a second word with someone leads on from the same place).
=== function epilogue_heard_all() ===
~ temp seen = 0
{ epilogue_plaza.talk_mara:
    ~ seen += 1
}
{ epilogue_plaza.talk_jonas:
    ~ seen += 1
}
{ epilogue_plaza.talk_lila:
    ~ seen += 1
}
{ epilogue_plaza.talk_roe:
    ~ seen += 1
}
~ return seen >= epilogue_awake() - 1


// --- Days later, the Friday maps: who and what is about (epilogue twins) ------------------------

=== epilogue_ambient ===
// The people and things on the epilogue's waking maps (halcyon_office on Monday, jonas_loft on
// Tuesday, vesper_school on Wednesday, civic_hall and rest_ward on Thursday), days after the
// Hall. The Friday characters and inspect spots whose lines belong to that Friday step aside
// in the epilogue (condition `epilogue_at == ""`); these stand in for them while `epilogue_at`
// names the scene: npcs, and interact triggers (once = false) over the Friday inspect spots,
// since a cell holds one inspect spot. The one playing the scene woke; anyone else a line
// names branches on their woke_X.
-> DONE

// Monday, Halcyon (halcyon_office, epilogue_at "mara"); nine o'clock is the board (epilogue_mara).

= vance
// P. Vance in his glass office before nine (npc vance: the board scene walks him by name).
{ stopping:
-   Mara. You're back. Good. HR sent round a form about "post-Protocol wellbeing". I filled in yours. You're well. # speaker: manager # mood: curt
-   The board's in at nine. They watched the news all weekend, and now they want slides. It's unprecedented. # speaker: manager # mood: curt
-   My door is always open. The glass one still sticks. Some things the Protocol didn't change. # speaker: manager # mood: curt
}
-> DONE

= dev
// Dev at the desk across from hers (npc dev_epi): row J woke before she did.
{ stopping:
-   Mara! Upright! I woke up on Saturday in row J with a biscuit in my hand. So: you can't eat in your sleep. Science. # speaker: colleague # mood: warm
    { roe_met_dev:
        { woke_roe:
            The doctor I gave Kiran's seat to is up too, they said. Dr Roe. I owe her a sandwich. Possibly several. # speaker: colleague # mood: warm
        - else:
            The doctor I gave Kiran's seat to is still under, in row K. I sit with her too now. Two pods, one visit. # speaker: colleague # mood: tired
        }
    }
-   Kiran's still on Ward 6. I'm going tonight. Not Friday. Fridays are too far apart. # speaker: colleague # mood: tired
}
-> DONE

= desk
// Her desk (trigger maras_desk_epi).
Her desk. The sticky note still says FORECAST. Under it, in Monday's pen, a new one: SLIDE NINE FIRST. # speaker: narrator
{ called_tess:
    Tess's last message is open in a corner of the tablet: "thursday. stew. bring the mugs. bring urself". # speaker: narrator
- else:
    Tess's message is at the top, opened at last. She read it on Saturday. Then she counted the ceiling tiles. Then she read it again. # speaker: narrator
}
-> DONE

= nap_pod
// The Rest Modules (triggers nap_pod_epi, nap_pod_b_epi).
The Halcyon Rest Module, unplugged. Somebody has put a fern in it. The fern looks very rested. # speaker: narrator
Good. Let something else lie down in there for a change. # speaker: mara # mood: neutral
-> DONE

= window
// The windows (triggers window_epi, corner_window_epi).
Floor thirty-one. At the end of line 4 the Civic Rest Hall still looks like a pill somebody dropped on the city. # speaker: mara # mood: neutral
{ woke_jonas and woke_lila and woke_roe:
    Some of it is still lit. None of those lights are ours. I checked. Twice. # speaker: mara # mood: neutral
- else:
    Some of it is still lit. I know which lights. Row K. I'll go on Thursday, after Tess's. # speaker: mara # mood: sad
}
-> DONE

// Tuesday, the loft (jonas_loft, epilogue_at "jonas"): the pod unplugged, one canvas busy.

= loft_pod
// His pod (trigger pod_epi).
The Reverie, lid down, unplugged. Mrs Obi has the plug in her apron pocket. She pats it when she thinks he isn't looking. # speaker: narrator
It's a very expensive cupboard now. I'm going to keep canvases in it. Painted ones. # speaker: jonas # mood: neutral
-> DONE

= canvases
// The white canvases (triggers canvases_epi, more_white_epi, south_white_epi).
{ stopping:
-   Twenty-two white canvases. There were twenty-three on Sunday. One of them's busy. # speaker: jonas # mood: happy
-   They don't look like snow any more. They look like a queue. # speaker: jonas # mood: neutral
}
-> DONE

= loft_window
// The big window (trigger window_epi).
Vesper in the morning: every colour I'd ever need, going to work. I'm going to need most of them today. # speaker: jonas # mood: happy
-> DONE

= work_table
// The work table (trigger work_table_epi).
Brushes in a jar of water the colour of a bruise. It's the first time since winter it hasn't been clear. # speaker: narrator
And a new box from Kenji's. Kenji has drawn a new face on the lid. It looks surprised. Kenji is a portraitist. # speaker: jonas # mood: happy
-> DONE

= mattress
// The mattress (trigger mattress_epi).
My actual bed. I've slept in it every night since the Hall. It's lumpy. I dreamt about nothing much. It was wonderful. # speaker: jonas # mood: happy
-> DONE

= radiator
// The radiator (trigger radiator_epi).
The paint rag on the radiator is wet again. Ultramarine. The radiator has never been so busy. # speaker: jonas # mood: happy
-> DONE

// Wednesday, Vesper School (vesper_school, epilogue_at "lila"), first break.

= teacher
// Ms Lindqvist in form room 4B (npc teacher_epi).
{ stopping:
-   Lila. You're back. The register's looked wrong without you. It looks right now. # speaker: teacher # mood: kind
-   { lila_presented:
        Mr Haddad's door is just down the corridor. I'm not saying anything. I'm describing the building. # speaker: teacher # mood: kind
    - else:
        Your slides are still on my laptop. Whenever you're ready. Not before. # speaker: teacher # mood: kind
    }
}
-> DONE

= jae
// Jae, at his desk in 4B with crisps (npc jae_epi).
{ stopping:
-   Lila! Your pod was on the news! I told everyone I know you. Now I have to actually know you. # speaker: jae # mood: sheepish
-   My mum wouldn't let me go to the Protocol. I slept through it anyway, at home, for free. Ten out of ten. # speaker: jae # mood: cheerful
}
-> DONE

= dinner_lady
// Mrs Petrakis at the serving hatch (npc dinner_lady_epi).
{ stopping:
-   There she is. Half a sandwich, Noor's half. I've kept a hot dinner back for you since Monday. Today you're eating it. # speaker: dinner_lady # mood: warm
-   Half the school went to that showcase. Somebody had to be awake for Monday's chips. They were very good chips. Nobody came. # speaker: dinner_lady # mood: warm
}
-> DONE

= crowd
// The corridor crush at first break (npcs crowd_*_epi, crush_*_epi).
{ shuffle:
-   Move, Year Ten. Oh. Sorry. You're the one from the Hall. Carry on. Slowly. # speaker: schoolkid # mood: loud
-   My cousin was in row M. He woke up on Sunday and asked what year it was. Then he asked for toast. # speaker: schoolkid # mood: bored
-   My dad slept right through the Protocol. Then right through Saturday. He's very sorry. To everyone. Individually. # speaker: schoolkid # mood: bored
-   Is that her? From the news? Don't look. I'm looking. Stop looking. # speaker: schoolkid # mood: loud
}
Too many people, too close, all talking at once. Some of it, today, is about her. # speaker: narrator
-> DONE

= calm_pod
// The Calm Corner (trigger calm_pod_epi).
SomniCo Calm Corner, unplugged. A sign is taped across the lid in Ms Lindqvist's handwriting: OUT OF ORDER. KNOCK NEXT DOOR. # speaker: narrator
-> DONE

= locker
// Her locker (trigger locker_epi).
Locker 212. A spare hoodie, an emergency hoodie and a hoodie, exactly where she left them. It feels like a small miracle. # speaker: narrator
-> DONE

= banner
// The Protocol banner, still up (trigger banner_epi).
LULLABY PROTOCOL. VESPER SCHOOL DREAMS TOGETHER! Under it, in marker: AND WAKES UP TOGETHER. Under that, smaller: MOSTLY. # speaker: narrator
{ woke_mara and woke_jonas and woke_roe:
    I'd have written "all of us". Nobody here would believe me. # speaker: lila # mood: happy
- else:
    Mostly's right. Some of us are still in there. I'm going to tell them about the marker. # speaker: lila # mood: sad
}
-> DONE

// Thursday, the Civic Rest Hall before the hearing (civic_hall, epilogue_at "roe").

= signin
// A volunteer at the old check-in desk, signing people in for the hearing (npc signin_epi).
{ stopping:
-   Sign in for the hearing, love? Name, and which row you were in. Everybody was in a row. # speaker: citizen # mood: cheerful
-   Row K, I know. Everybody knows you're row K. Sign anyway. The council loves a list. # speaker: citizen # mood: cheerful
}
-> DONE

= waiting
// Someone by the pods still lit (npc waiting_epi).
My brother's still in there. Row P, by the back wall. They say some take days. He was always late for things. # speaker: citizen # mood: hopeful
-> DONE

= hall_banner
// The banner over the stage (trigger banner_epi).
LULLABY PROTOCOL. Vesper sleeps as one. Still up. The council can't agree whose job it is to take it down, and SomniCo isn't answering. # speaker: narrator
-> DONE

= check_in
// The volunteer check-in (trigger check_in_epi).
The volunteer check-in, switched off. On the dead tablet, a paper sheet for the hearing and a biro on a string. In the margin, somebody has written: WE'RE UP. # speaker: narrator
-> DONE

= hall_pods
// The pods (trigger pods_epi).
The pods in their rows, lids up and dark. Here and there one is still lit, and everybody walks past those a little more slowly. # speaker: narrator
{ woke_mara and woke_jonas and woke_lila:
    Rows J and K are dark. Every one of ours is out, and home, and complaining about something. Good. # speaker: roe # mood: happy
- else:
    Rows J and K. Not all of ours are dark. I'll sit with them after. I always sit with people after. # speaker: roe # mood: sad
}
-> DONE

// Thursday afternoon, Ward 6 (rest_ward, epilogue_at "roe_ward"), after the hearing.

= nurse
// Sister Hale at her station (npc nurse_epi).
{ stopping:
-   { roe_met_nurse:
        You spoke slowly, Dr Roe. The SomniCo man looked at his watch eleven times. I counted. I'm a nurse; I count things. # speaker: nurse # mood: neutral
    - else:
        Dr Roe. Margaret Hale. I wrote to you the week before the Hall. Then you went and lay down in it. Don't do that to me again. # speaker: nurse # mood: worried
    }
-   { roe_told_dev:
        Kiran Sharma woke yesterday. Asked for his brother, then for a sandwich. The first one off this floor since the pods came. # speaker: nurse # mood: neutral
    - else:
        Nobody off this floor yet. I keep the visitors' chairs out anyway. # speaker: nurse # mood: worried
    }
}
-> DONE

= lowe
// Mrs Lowe by Daniel's pod (npc lowe_epi), before Roe sits with him (epilogue_roe.daniel).
Mrs Lowe is reading the sleeve of a record to the glass, under her breath. She doesn't look up. Not yet. # speaker: narrator
Side two. He always skipped to side two. # speaker: daniels_mother # mood: tired
-> DONE

= adler
// Mr Adler at Ruth's pod (npc adler_epi).
{ stopping:
-   Doctor. They had the hearing on the radio. Ruth would have said you went on too long. Then she'd have listened twice. # speaker: mr_adler # mood: warm
-   Seven down, "sleep soundly", four letters. I've started getting it right. She never could stand me getting it right. # speaker: mr_adler # mood: tired
}
-> DONE

= logs
// The nurse's terminal (trigger logs_epi).
The nurse's terminal. Somebody has stuck a council notice over the crescent moon: RECORDS HELD FOR THE HEARING. DO NOT ARCHIVE. # speaker: narrator
{ roe_read_logs:
    Good. Let them read to the end. It's a long column. # speaker: roe # mood: determined
- else:
    Held, not archived. Somebody will read to the end this time. # speaker: roe # mood: neutral
}
-> DONE

= kirans_pod
// Kiran's pod (trigger kirans_pod_epi): he woke on Wednesday if Dev heard about the log.
{ roe_told_dev:
    Kiran Sharma's pod, lid up, empty, the blanket folded. On the pillow, a note in Dev's capitals: GONE FOR A SANDWICH. # speaker: narrator
- else:
    Kiran Sharma, under the glass. On the chair, a bag of sweets and a note: FRIDAYS, DEV. Under it, newer: AND MONDAYS. AND THURSDAYS. # speaker: narrator
}
-> DONE

= ward_window
// The ward window (trigger ward_window_epi).
From the sixth floor, the whole of line 4, and at the far end the Civic Rest Hall, its doors open and nobody going in. # speaker: narrator
I came up that line this afternoon, from the hearing. It's shorter this way round. # speaker: roe # mood: neutral
-> DONE

= door
// The ways off the epilogue's maps (the lift, the loft's stairs, the school's and the Hall's
// street doors, the ward's doors) stay shut while a scene is on: each scene ends where it warps.
{ epilogue_at:
- "mara":
    Not yet. Tess is in the lobby and the board is at nine, and for once I know what I'm going to say first. # speaker: mara # mood: determined
- "jonas":
    The street'll keep. The canvas won't, not today. Today it's got four people on it. # speaker: jonas # mood: determined
- "lila":
    Not home. Not yet. I didn't come all the way up here to walk out before the door. # speaker: lila # mood: determined
- else:
    Not yet, dear. I've somewhere to be first, and I've been not going there for long enough. # speaker: roe # mood: determined
}
-> DONE
