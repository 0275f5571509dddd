// Chapter 4, Roe's night: her dream (maps/dream_roe_1.tmx, dream_roe_2.tmx).
//
// The dream teaches Anchor one idea per room, by doing: cabinets only she can shift (the
// Stacks, first room), heavy plates that want her weight or a cabinet's (the Stacks, second
// room), a crowd of memories that steps aside for her (the Reading Room's doorway), and a
// memory that stays exactly as long as she stands beside it: it holds a door open and
// blocks the way to it, so she has to step back and let it go (the Reading Room's aisle).
// Then the archive door she will not open (its condition, roe_archive_open, is never true
// in this chapter: behind it is Daniel, for the Merge), and the host's offer of an archive
// where every file is closed. Either way she wakes, and the chapter ends.

VAR roe_dream_step = 0           // her dream so far: 1 through the stacks, 2 past the weighed gate, 3 through the crowd of memories, 4 let the photograph go, 5 woke (the chapter's steps)
VAR roe_tried_archive = false    // she tried the archive door, and did not open it
VAR roe_archive_open = false     // the archive door's condition: never true in her dream (the Merge's Roe wing opens it)
VAR roe_stayed_in_dream = false  // she took the host's closed archive; the pod woke her anyway
VAR roe_dreamt = false           // she woke from her dream: the chapter is over

=== roe_dream ===
// The dream maps' objects start these stitches; each ends with DONE, back to walking around.
-> DONE

= arrive
// dream_roe_1's arrival trigger: the welcome, and the first lesson (cabinets).
~ begin_chapter("roe_dream")
Shelves. Shelves to the ceiling and past it, and the smell of paper that has been kept too long. # speaker: narrator
The archive again. I do like what they've done with it. Nobody's done anything with it. # speaker: roe # mood: neutral
Welcome back, Dr Roe. Every case you ever had, filed and quiet. Nothing here needs you to hurry. # speaker: somnico_host # mood: smile
Good, because I don't. # speaker: roe # mood: neutral
Two doorways lead on through the shelves. A filing cabinet stands squarely in each of them. # speaker: narrator
-> DONE

= case_files
// An inspect: the cabinet by the arrival.
{ stopping:
- The drawer labels are in her own hand. Surnames, years, a small tick for each one closed. # speaker: narrator
    Forty years of ticks. I was very good at ticks. # speaker: roe # mood: neutral
- The ticks are still there. They don't fade. Funny, what does. # speaker: roe # mood: sad
}
-> DONE

= stacks
// The enter trigger past the cabinet that moved: the first lesson learnt, on to the plates.
~ roe_dream_step = 1
Heavy things move, if you lean on them long enough and don't take it personally. # speaker: roe # mood: determined
Beyond the stacks, a reading room with a gate in its far wall. Two brass plates are set into the floor, each the size of a patient's chair. # speaker: narrator
They only answer to weight, Dr Roe. You have always carried plenty. # speaker: somnico_host # mood: smile
-> DONE

= chair
// An inspect: the patient's chair in the plate room.
{ stopping:
- A patient's chair, the green one. Its seat still holds the shape of whoever sat there last. # speaker: narrator
    Fifty minutes, and then the next one. I always left the last ten for the notes. I should have left them for the patient. # speaker: roe # mood: sad
- Still green. Still waiting for the next one. # speaker: roe # mood: neutral
}
-> DONE

= weighed
// The enter trigger past the gate both plates held.
~ roe_dream_step = 2
One plate for me, one for the furniture. That's most of a career, come to think of it. # speaker: roe # mood: neutral
Behind her the gate stays shut on an empty room. The cabinet stays on its plate. It has nowhere else to be. # speaker: narrator
-> DONE

= reading
// dream_roe_2's arrival trigger, the first time only.
The archive opens into a long room lit like late afternoon. Somewhere past the shelves, people are talking in low voices, the way people do in a waiting room. # speaker: narrator
I know those voices. Not the words. The voices. # speaker: roe # mood: afraid
-> DONE

= crowd
// The enter trigger before the crowd in the doorway.
A crowd fills the doorway: figures in sepia, edges soft as old photographs. Patients, or what she kept of them. They are not looking at her. They are waiting for her. # speaker: narrator
Stand close, Dr Roe. They always made room for you. # speaker: somnico_host # mood: smile
-> DONE

= parted
// The enter trigger through the crowd.
~ roe_dream_step = 3
They part for her without a word, the way a ward goes quiet when the consultant walks in. Behind her they close again. # speaker: narrator
They still make room. I'd rather they'd stopped needing to. # speaker: roe # mood: sad
-> DONE

= aisle
// The enter trigger in the aisle: the memory on the plate.
At the end of the aisle a photograph stands on a brass plate, too big for a photograph, the size of a packing case. Above it, a gate stands open. # speaker: narrator
It's holding that gate open. And standing exactly where I'd need to. # speaker: roe # mood: neutral
-> DONE

= photograph
// An inspect on the memory in the aisle (facing it).
{ stopping:
- A garden, a birthday cake, a young man laughing with his whole face. She knows the name. She doesn't say it. # speaker: narrator
    I took this off my desk the week I retired. I thought I'd put it somewhere safe. # speaker: roe # mood: sad
- It isn't fading. It never does, while she stands this close. # speaker: narrator
- Still here. Of course it is. I'm still here. # speaker: roe # mood: sad
}
-> DONE

= let_go
// The enter trigger past the gate the photograph held: the fourth lesson.
~ roe_dream_step = 4
I stood by it and it stayed. I stepped away and it went. I used to tell people that about grief, as if it were news. # speaker: roe # mood: sad
The plate holds nobody now. The gate shuts behind her, politely. # speaker: narrator
-> DONE

= couch
// An inspect: the couch in the last room.
The couch from her consulting room, the cushion dented where people cried and pretended not to. # speaker: narrator
Tissues within reach, never offered. You let them reach. That was the whole trick. # speaker: roe # mood: neutral
-> DONE

= archive_door
// The archive door's locked_knot: its condition (roe_archive_open) is never true in her dream.
{ roe_tried_archive:
    -> archive_again
}
~ roe_tried_archive = true
A frosted door with a brass name plate. The plate says ARCHIVE. Under it, a smaller card in her handwriting says a surname, and she looks away before she can read it. # speaker: narrator
Her hand is on the handle. The handle is warm, as if someone has been holding it from the other side. # speaker: narrator
That one's closed, Dr Roe. You closed it yourself. # speaker: somnico_host # mood: smile
He said the dream was kinder than waking. I didn't argue. # speaker: roe # mood: sad
She lets go of the handle. # speaker: narrator
Not tonight. # speaker: roe # mood: determined
-> DONE

= archive_again
{ stopping:
- She puts her hand near the handle this time, not on it. # speaker: narrator
    I know what's in there. I wrote it. # speaker: roe # mood: sad
- Another night. # speaker: roe # mood: neutral
}
-> DONE

= no_way_back
// map 2's back door once she has woken (never, in play: the chapter ends with the dream).
The stacks are closed for the night. # speaker: narrator
-> DONE

= host
// The host beside the couch (past the temptation's trigger, so rarely reached).
Sit down, Dr Roe. You have listened long enough. # speaker: somnico_host # mood: smile
-> DONE

= temptation
// The enter trigger across the last room: the dream asks her to stay. Staying costs a pod
// hour, waking holds on; either way she wakes, and the chapter ends.
The last room is her consulting room, the way it was on its best day: the lamp on, the kettle warm, the couch plumped. Every drawer in the archive behind her clicks shut, one after another, like a row of people sitting down. # speaker: narrator
Listen to that. Every file closed. Nobody waiting on the couch, nobody waiting on the ward. Nobody needs you tonight, Dr Roe. # speaker: somnico_host # mood: smile
Nobody's needed me in a while. # speaker: roe # mood: neutral
Then stay where it doesn't matter. No notes to write. No letters to send. We'll keep them all quiet for you. # speaker: somnico_host # mood: smile
Behind her, very faintly, a handle turns and does not open. # speaker: narrator
* [Stay. Let them be closed.]
    ~ roe_stayed_in_dream = true
    ~ sleep_in_pod_roe(1)
    She sits. The couch takes her weight as if it has been expecting it for years. # speaker: narrator
    One night of nobody. I think I've earned one night of nobody. # speaker: roe # mood: sad
    Of course you have. Rest now. We'll wake you when you're needed. # speaker: somnico_host # mood: smile
* [Wake up]
    ~ hold_on_roe()
    Quiet isn't the same as closed. I of all people ought to know the difference. # speaker: roe # mood: determined
    Somebody has to be awake in that hall tomorrow. It may as well be the one who should have argued. # speaker: roe # mood: determined
    Your session... is not... your session... # speaker: somnico_host # mood: glitch
    The lamp gutters. The drawers slide open again, all at once, every one of them. # speaker: narrator
- ~ roe_dreamt = true
~ roe_dream_step = 5
# fade: out
Then the inside of a pod lid, and her own breath on it, slow and even. # speaker: narrator
{ roe_stayed_in_dream:
    The lid lifts itself, courteous as a nurse. The house is dark. The letters on the hall table are where she left them, unsent. # speaker: narrator
    Well. That was restful. I feel dreadful. # speaker: roe # mood: sad
- else:
    She lifts the lid herself. Her knees complain about it. In the dark house she finds her glasses, her cane and a pen, and writes one line on the back of an envelope: ROW K. BE THERE. # speaker: narrator
    Not a plan. A start. I used to say that to people, too. # speaker: roe # mood: determined
}
Saturday, then. By the end of the week the whole city lies down at once, and an old woman with a cane means to be in the hall when it does. # speaker: narrator # next_chapter
-> DONE
