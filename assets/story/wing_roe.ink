// The Merge: Roe's fear wing (maps/wing_roe_1.tmx, maps/wing_roe_2.tmx).
//
// Her archive, flooded with Lila's night and torn into the void. Four puzzles, each one the
// others doing for her what she always did for them: holding a gate (the Weighing), being
// let through by her crowd of patients (the Waiting Room), a relay of held doors (the
// Relay), and the last, the dark aisle: a path she can neither see (Mara's lens) nor walk
// in the dark (Lila's light) to the archive door. Behind it, Daniel, and the thing she did
// not say. wing_roe_step: 1 weighed, 2 through the waiting room, 3 relayed, 4 the aisle
// reached, 5 the door.

=== wing_roe ===
-> DONE

= arrive
// wing_roe_1's arrival trigger (once).
~ wing_roe_step = 0
Shelves, to the ceiling and past it. And the night has got in: moss between the floorboards, fireflies in the filing. # speaker: narrator
My archive. Somebody's left a window open. # speaker: roe # mood: neutral
Sorry. I think that's me. My dream's leaking. # speaker: lila # mood: afraid
It's nice. Like a library after closing time. I used to hide in those. # speaker: jonas # mood: happy
Every file labelled and shelved. I could live here. # speaker: mara # mood: happy
Don't, dear. I did. # speaker: roe # mood: sad
-> DONE

= case_files
// An inspect: the open cabinet in the hall.
{ stopping:
- Case files, her own hand on every label. Every drawer has a tick on it, closed. Except one, at the bottom, that won't shut. # speaker: narrator
    I've been meaning to see to that drawer for about a year. # speaker: roe # mood: neutral
- The bottom drawer. A single file, and a surname she doesn't look at. # speaker: narrator
}
-> DONE

= weighing_in
// The enter trigger at the Weighing's doorway.
Two plates before a gate. A little one, and a middling one. Neither of them my size. # speaker: roe # mood: neutral
And behind the gate, a filing cabinet with its feet in front of a lever. Of course. # speaker: mara # mood: neutral
It's waiting for you, Roe. Everything in here is. # speaker: lila # mood: afraid
-> DONE

= weighed
// The enter trigger past the Weighing's cabinet.
~ wing_roe_step = 1
You held the gate, and I went through it. I'm not used to this side of the door. # speaker: roe # mood: neutral
Get used to it. We're not giving it back. # speaker: lila # mood: happy
-> DONE

= waiting_in
// The enter trigger at the Waiting Room's doorway.
A doorway full of figures in sepia. Patients, or what she kept of them, waiting for their names to be called. # speaker: narrator
They'll make room for me. They always did. It's the little grate behind them I can't manage. # speaker: roe # mood: sad
Little grates are my whole thing. # speaker: lila # mood: determined
-> DONE

= waited
// The enter trigger past the Waiting Room's gate.
~ wing_roe_step = 2
That vent smelled of old paper. And lavender. # speaker: lila # mood: neutral
Ward 6. They put lavender in the pods. It's supposed to be calming. # speaker: roe # mood: sad
-> DONE

= archive_arrive
// wing_roe_2's arrival trigger (once).
Deeper in, the shelves give way. Through the tears the void shows, and the night has filled the aisles like water. # speaker: narrator
I know where this corridor goes. I've not been down it in a year. # speaker: roe # mood: afraid
Then we go together. That's the rule, isn't it? You made it. # speaker: jonas # mood: determined
I did. I didn't think it applied to me. # speaker: roe # mood: neutral
-> DONE

= relay_in
// The enter trigger at the Relay.
Two plates, two gates. Each plate opens the other one's way. # speaker: mara # mood: neutral
So somebody holds a door for somebody, and then the other way round. How very modern. # speaker: roe # mood: neutral
-> DONE

= relayed
// The enter trigger below the Relay's lever.
~ wing_roe_step = 3
Thank you, dear. # speaker: roe # mood: happy
You're allowed to say that more than once a decade, you know. # speaker: mara # mood: happy
-> DONE

= dark_in
// The enter trigger at the dark aisle's doorway.
~ wing_roe_step = 4
The last room is dark as a ward at three in the morning. Past it, a frosted door. Between them there is no floor at all; none she can see. # speaker: narrator
Well. I'll need a light. And someone to tell me where to put my feet. # speaker: roe # mood: afraid
That's usually your line. # speaker: lila # mood: afraid
I know, dear. I'm borrowing yours. # speaker: roe # mood: determined
-> DONE

= daniel
// Daniel, if anyone speaks to him outside the scene (he waits out of sight).
Keep watch through the night. Five letters. # speaker: daniel # mood: neutral
-> DONE

= confront
// The trigger in the archive door: Roe alone can stand there (the door opens only for her).
~ wing_roe_step = 5
# music: none
The door is frosted glass. The brass plate says ARCHIVE, and under it is a card in her own hand. This time she reads it. # speaker: narrator
DANIEL LOWE. # speaker: narrator
You don't have to go in alone. # speaker: lila # mood: afraid
Yes I do, dear. Wait for me. I'll not be long. I never was, in there. # speaker: roe # mood: determined
# fade: out
# place: roe archive_in
# face: roe up
# place: daniel daniel_seat
# face: daniel down
# tint: sepia-3 0.35
# music: dream_roe
# fade: in
Her consulting room on its best day. The lamp on, the clock that never needs winding. In the patient's chair, nearest the door, a young man with a crossword on his knee. # speaker: narrator
Doctor. You came. Keep watch through the night. Five letters. # speaker: daniel # mood: happy
She has always let him find it. He always finds it, in here. # speaker: narrator
Vigil. # speaker: roe # mood: sad
You never tell me the answers. # speaker: daniel # mood: happy
I never told you a great many things. # speaker: roe # mood: sad
It's nice in here. Nothing hurts. Somebody keeps telling me I'm doing so well. # speaker: daniel # mood: happy
I asked to go home, I think. More than once. They said I was fine. # speaker: daniel # mood: sad
Nineteen times. Your mother taped a card to your lid. It says you don't like being told you're fine. # speaker: roe # mood: sad
She comes every afternoon. She reads you the record sleeves. # speaker: roe # mood: sad
When I asked you about the pod, before I signed. I said the dream would be kinder than waking. # speaker: daniel # mood: neutral
And you didn't say anything. Why didn't you? # speaker: daniel # mood: neutral
* [Tell him she should have argued]
    I didn't argue. # speaker: roe # mood: sad
    I was tired, Daniel. Forty years of arguing people back into their own lives, and you were the one I let win. # speaker: roe # mood: sad
    I called it respecting your choice. It was the easy thing, and it looked so like the kind one. I should have argued. I'm sorry. # speaker: roe # mood: sad
    Nobody says sorry in here. It's all "well done" in here. # speaker: daniel # mood: sad
    He looks at the crossword, and then at the door, the way he used to. Nearest the door. She always knew why. # speaker: narrator
    Four letters, Doctor. What you do when it's time to go. # speaker: daniel # mood: neutral
    Wake. # speaker: roe # mood: determined
    I'll tell your mother myself. Out loud, this time. No more drafts. # speaker: roe # mood: determined
    # tint: sepia-3 0.15
    ~ face_fear("roe", true)
* [Tell him it was his choice]
    You chose, dear. I respected that. It's what I was trained to do. # speaker: roe # mood: neutral
    That's what you always said. It always sounded kind. # speaker: daniel # mood: happy
    He bends over the crossword again. He fills in nothing. The clock doesn't tick. # speaker: narrator
    Five letters, Doctor. Keep watch through the night. # speaker: daniel # mood: neutral
    You'll find it. You always do. # speaker: roe # mood: sad
    # tint: sepia-3 0.5
    ~ face_fear("roe", false)
-
# fade: out
# tint: sepia-3 0
# music: hub
The drawers of the archive slide shut behind her, one after another, and for once she doesn't count them. # speaker: narrator
# warp: chaos_hub from_wing_roe
# fade: in
{ honest_roe:
    Forty years of files. I kept every one of them. I'm not sure any more whether I was keeping them, or they were keeping me. # speaker: roe # mood: sad
    - else:
    "Respected." Such a tidy word. I filed a great deal under it. I'm beginning to wonder what else is in that drawer. # speaker: roe # mood: sad
}
Are you okay? # speaker: lila # mood: afraid
No, dear. But I think I'm awake. That will have to do to be going on with. # speaker: roe # mood: neutral
-> DONE
