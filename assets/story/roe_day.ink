// Chapter 4, Roe's Friday: her house and the rest ward (maps/roe_house.tmx, rest_ward.tmx).
// The same Friday as Mara's, Jonas's and Lila's: seven days before the Lullaby Protocol.
//
// The day's pull between the pod and real life, and what each choice leaves on the maps:
// - The morning (roe_day.morning): Anna from next door knocks, about her daughter Lila. Answer
//   the door (held): Anna comes in, gets her advice (the worst minute, and the minute after:
//   Lila's chapter hears it at dinner), and comes back in the evening with soup and news. Or
//   back into the pod for "the nine o'clock" (+2), a session with Daniel in the archive where
//   he is always getting better: she gives Anna one sentence through the closed door and lets
//   the lid close on the rest; a note waits on the mat, and in the evening only a jar of soup
//   on the step and a voice through the wall.
// - The logs (rest_ward.logs, at the nurse station once the nurse has asked): a SomniCo
//   technician comes to update the pods and asks visitors into the family lounge, where a
//   Drift pod is free. Stay and read to the end (held): the wake requests nobody answered, a
//   printed page she takes home, the technician gone from the ward, and something true to
//   tell Dev about his brother. Or the lounge pod (+1): twenty quiet minutes, and the logs
//   archived and locked when she comes out; the technician stays, cheerful.
// - Dev's brother's seat (rest_ward.dev, required to leave): Halcyon gave its staff row J
//   and their families row K; Kiran's seat will be empty. At home the decision: she takes it
//   (roe_day.decide, at her desk: `roe_going_to_hall`, the variable the showcase reads). The
//   night's pod waits until she has.
// - The night (roe_day.night, at the pod): write to Daniel's mother the answer she could not
//   give at his bedside and post it (held), or tell Daniel in the archive, where he always
//   forgives (+1; the letter stays in the bureau). Then the pod (+2) and her dream.
// Pod hours: 2 (all real) to 6 (all pod).

VAR roe_answered_door = false     // she answered Anna's knock in the morning and talked about Lila
VAR roe_back_in_pod = false       // she went back into the pod for "the nine o'clock" instead (the knock went unanswered)
VAR roe_at_ward = false           // she reached Ward 6 at Vesper General that afternoon
VAR roe_met_nurse = false         // Sister Hale asked her to look at the SomniCo logs
VAR roe_met_daniels_mother = false // Daniel's mother asked her the question she could not answer
VAR roe_read_logs = false         // she stayed at the terminal when the technician asked visitors out
VAR roe_has_log_page = false      // the nurse printed her the page of wake requests (on her bureau that night)
VAR roe_lounge_nap = false        // she took the family lounge's free Drift pod while he worked (the logs were archived)
VAR roe_dev_came = false          // Dev came up from work to see his brother (once the logs and Daniel's mother are done)
VAR roe_met_dev = false           // Dev, visiting his brother Kiran, offered her Kiran's showcase seat in row K
VAR roe_told_dev = false          // she told Dev his brother has been asking to wake up
VAR roe_going_to_hall = false     // HER DECISION: she takes Kiran's seat, row K, pod 14, and will be in the hall next Friday
VAR roe_posted_letter = false     // that night she wrote to Daniel's mother and posted it
VAR roe_told_archive = false      // that night she told Daniel in the archive instead; the letter stays unsent
VAR roe_day_done = false          // the day is over: the pod, and her dream

=== roe_day ===
// The day's spine: the morning, the evening home, the decision, the night in the pod.
-> DONE

= morning
// The chapter begins here (chapters.json `begins`): the house at twenty to eight.
~ begin_chapter("roe_day")
# face: player down
07:40. The pod's lid lifts, and Elder Roe, who uses her pod "now and then, for the back", climbs out of it for the fourth morning running. # speaker: narrator
~ play_sfx("pod_hum")
# tint: sepia-3 0.15
Good morning, Dr Roe. You spent four hours and twelve minutes in the archive last night. # speaker: somnico_host # mood: smile
I was looking something up. # speaker: roe # mood: neutral
You looked up Daniel. He was in wonderful spirits. # speaker: somnico_host # mood: smile
He always is, in there. It's the one thing I would change about the place. # speaker: roe # mood: neutral
Her back is fine. It has been fine for years. She tells the doctor otherwise, and the doctor writes it down. # speaker: narrator
The house screen chimes: a message, sent at six, from someone who has been awake since before that. # speaker: narrator
VESPER GENERAL, WARD 6: Dr Roe, visiting from two. Daniel's mother asked whether you'd come. And there is something in the SomniCo logs I would like you to see. I don't know who else to ask. M. Hale, ward sister. # speaker: narrator
Nobody asks a retired woman anything until they've run out of people. Well. I have the afternoon. # speaker: roe # mood: neutral
- (screen)
* [Turn on the radio]
    VESPER NEWS: Seven days to the Lullaby Protocol. Ten thousand citizens will dream in step at the Civic Rest Hall, on a single SomniCo system. # speaker: narrator
    "A single system." Forty years I spent telling people not to put all their eggs in one basket. Now the basket is the size of a concert hall. # speaker: roe # mood: neutral
    -> screen
+ [Leave the radio off]
- Three knocks at the front door: polite. Then a fourth, less so. # speaker: narrator
The pod's light is still on. It knows her habits better than her doctor does. # speaker: narrator
Your nine o'clock is in the waiting room, Dr Roe. Daniel. He has brought the crossword again. # speaker: somnico_host # mood: smile
He never did the crossword. He said it was a test he hadn't agreed to. # speaker: roe # mood: sad
In here he finishes it. In here you always know what to say. # speaker: somnico_host # mood: smile
* [Answer the door] -> answer_door
* [Back in. Just the nine o'clock] -> back_in

= answer_door
~ roe_answered_door = true
~ hold_on_roe()
# tint: sepia-3 0
Coming. Some of us are slower than a knock. # speaker: roe # mood: neutral
~ play_sfx("door")
# fade: out
# warp: roe_house door_open
# fade: in
Anna from next door comes in on a gust of cold air, in a work lanyard and one earring: the neighbour who puts the bins out in her dressing gown and waves as if nobody could see. # speaker: narrator
Sorry. Sorry, it's early. It's about Lila. My daughter. You've seen her: the hood, the headphones. # speaker: neighbour_anna # mood: worried
She's got a presentation at school today and she hasn't slept, not properly, and she says she's fine. She always says she's fine. It's her favourite word. # speaker: neighbour_anna # mood: worried
You did that, didn't you? Before. Heads. Could you... I don't know. Tell me what to say to her? She leaves in ten minutes. # speaker: neighbour_anna # mood: worried
I don't see people any more, Anna. # speaker: roe # mood: sad
You're seeing me. # speaker: neighbour_anna # mood: worried
So I am. # speaker: roe # mood: neutral
Don't ask her if she's fine; she'll say yes to get you out of the doorway. Ask her what the worst minute will be. # speaker: roe # mood: neutral
Then ask what she'll do in the minute after it. Nobody plans the minute after. It's the one that matters. # speaker: roe # mood: determined
The minute after. That's it? # speaker: neighbour_anna # mood: worried
That's most of it. The rest is letting her go to school without you. That part is yours, I'm afraid. # speaker: roe # mood: neutral
Anna breathes out, all the way, the way people did in Roe's old office once they'd said the thing they came to say. # speaker: narrator
Thank you. I'll bring you soup tonight. I bring everyone soup; it's a condition of knowing me. # speaker: neighbour_anna # mood: warm
The pod's light dims, a little offended. # speaker: narrator
-> DONE

= back_in
~ roe_back_in_pod = true
~ sleep_in_pod_roe(2)
Just the nine o'clock. One session. A professional courtesy. # speaker: roe # mood: neutral
The knock comes again. She answers it without opening the door, the way she once called through to a waiting room. # speaker: narrator
Anna, dear, I'm not dressed. If it's the girl: don't ask her if she's fine. Ask her what the worst minute will be, and the minute after. # speaker: roe # mood: neutral
A pause on the other side of the door. "The minute after," says Anna, to herself, and then, louder, "Can I come in? Just for..." # speaker: narrator
The lid settles over the end of the sentence. # speaker: narrator
# fade: out
# wait: 1.5
The archive is warm and brown as old tea. Her consulting room, the good chair, the clock that never needs winding. # speaker: narrator
Daniel in the patient's chair, the crossword on his knee. "Keep watch through the night. Five letters, Doctor." # speaker: narrator
She knows it. She lets him find it. He always finds it, in here. # speaker: narrator
# tint: sepia-3 0
# fade: in
11:50. The knock is long gone. On the mat by the front door, a note has been pushed through. # speaker: narrator
A lovely session. He's doing so well. He has been doing so well for eight months. # speaker: roe # mood: sad
-> DONE

= home
// Back in the house after the ward (the house's arrive trigger): evening, and a seat to answer for.
Evening. The street lamps come on one by one outside, as if somebody were walking along lighting them. Nobody is. # speaker: narrator
{
- roe_read_logs:
    Daniel asked to wake nineteen times. Nineteen answers, all the same two words. I've been politer to cold callers. # speaker: roe # mood: sad
- else:
    "Archived." A tidy word. It's what I do with my letters. # speaker: roe # mood: sad
}
And a mother's question, still standing in the ward where I left it. # speaker: roe # mood: sad
Dev's brother's seat. Row K. He wants an answer tonight, and he deserves one. # speaker: roe # mood: neutral
-> DONE

= decide
// The house screen at her desk (an interact trigger, once she is home; "not yet" hands it back):
// her decision to be in the hall on showcase night, a week on.
{ decide > 1:
    The screen. The message to Dev, still unwritten, blinking patiently. # speaker: narrator
    -> choice
}
The house screen, and a message box with nothing in it yet. # speaker: narrator
{ roe_has_log_page:
    She lays Sister Hale's page beside the keyboard. WAKE REQUESTS: 19. HONOURED: 0. FIRMWARE: LULLABY 1.0. The same build the Hall will run next Friday. # speaker: narrator
- else:
    She tries to remember the logs she did not read. She can remember the technician's smile very clearly. # speaker: narrator
}
Ten thousand people, lying down together on a system that keeps people. And in row K, an empty seat with a young man's name on it. # speaker: narrator
- (choice)
* [Take the seat. Row K. Be in the room]
    ~ roe_going_to_hall = true
    DEV: I'll take Kiran's seat, if the offer stands. Put it in my name: Roe. I'll keep an eye on your colleague in row J. # speaker: narrator
    And on the rest of them. Somebody steady ought to be in the room. It may as well be somebody who can't run. # speaker: roe # mood: determined
    The reply comes at once, as if he had been holding the phone. # speaker: narrator
    FROM DEV: done. row K, pod 14, your name on it. thank you. he'd like you. he likes people who turn up. # speaker: narrator
    {
    - roe_answered_door:
        Through the wall, Anna's laugh at something, and a door. Row K. The girl's school got seats too. Good. More people to keep an eye on. # speaker: roe # mood: neutral
    - else:
        Through the wall, the neighbours' television. A week from now every screen in the city will be showing the Hall. # speaker: roe # mood: neutral
    }
+ [Not yet]
    In a minute. Some decisions want a cup of tea in front of them. # speaker: roe # mood: neutral
    -> DONE
- -> DONE

= night
// The pod at night (an interact trigger on it, once she is home; "not yet" hands the evening back):
// the day's last choice, then the pod and her dream.
{ not roe_going_to_hall:
    Good evening, Dr Roe. The archive is ready. # speaker: somnico_host # mood: smile
    In a minute. I owe a young man an answer first. # speaker: roe # mood: neutral
    -> DONE
}
{ night > 1:
    The pod is still open. It has learned patience from her; she is not sure she wants it back. # speaker: narrator
    -> choice
}
Good evening, Dr Roe. The archive is open. Daniel is in the waiting room. # speaker: somnico_host # mood: smile
Tonight, if you like, you could tell him. He'll understand. He always does, in here. # speaker: somnico_host # mood: smile
The bureau is three steps away. Daniel's mother's question has followed her home, and is sitting in the patient's chair. # speaker: narrator
- (choice)
* [Write to his mother. Post it tonight] -> one_letter
* [Tell Daniel, in the archive, where he forgives] -> the_archive
+ [Not yet]
    Five more minutes of the real furniture. It creaks. I've grown fond of that. # speaker: roe # mood: neutral
    -> DONE

= one_letter
~ roe_posted_letter = true
~ hold_on_roe()
# fade: out
She sits at the bureau, winds a clean sheet into the typewriter, and writes to Daniel's mother. Two pages. The first is easy: who Daniel was, in that room, on good days. # speaker: narrator
The second page is the answer. She does not read it back. # speaker: narrator
She seals it before she can be sensible, and walks it to the postbox on the corner with her cane and her coat over her nightdress. # speaker: narrator
The slot is cold. The letter goes in. It makes almost no sound at all, after all that. # speaker: narrator
# fade: in
Fourteen drafts in that bureau, and one letter. I must be getting reckless in my old age. # speaker: roe # mood: determined
-> into_the_pod

= the_archive
~ roe_told_archive = true
~ sleep_in_pod_roe(1)
He'll understand. That's the trouble with him, in there. He always understands. # speaker: roe # mood: sad
In the archive she will say it all, clearly, kindly, in the right order, and Daniel will nod and say she did her best. # speaker: narrator
It is exactly what she would have written. Nobody will ever read it. # speaker: narrator
-> into_the_pod

= into_the_pod
~ roe_day_done = true
~ sleep_in_pod_roe(2)
She hangs the cardigan on the pod's edge, sets the cane against it, and lies down. The lid closes like a book. # speaker: narrator
# tint: sepia-3 0.3
Sweet dreams, Dr Roe. Everything is just where you left it. # speaker: somnico_host # mood: smile
That, dear, is what worries me. # speaker: roe # mood: neutral
# fade: out
# tint: sepia-3 0
# music: dream_roe
# warp: dream_roe_1 arrive
# fade: in
Sepia, and shelves, and the smell of paper kept too long. Somewhere in here, a door she knows. # speaker: narrator
-> DONE


=== roe_house ===
// What Roe can look at in her house (maps/roe_house.tmx). Each ends with DONE.
-> DONE

= letters
// The bureau of letters she never sent.
{
- roe_posted_letter:
    The bureau. Fourteen drafts, same as this morning, and the carbon of one letter that isn't a draft any more. It's a very thin sheet. It weighs a great deal. # speaker: roe # mood: neutral
    -> DONE
- roe_told_archive:
    The bureau. Fourteen drafts. Tonight's would have made fifteen. I said it to a pod instead, and the pod said all the right things back. # speaker: roe # mood: sad
    -> DONE
}
{ stopping:
-   The bureau, its pigeonholes full of envelopes: addressed, stamped, sealed, never sent. Some of the stamps are three prices ago. # speaker: narrator
    My letters. I write a very good letter. I have simply never been convinced that anybody needs to read one. # speaker: roe # mood: neutral
-   To Teodor Brandt, who drove the line 4 tram for thirty-one years: "Dear Teo, you once told me you could name every stop with your eyes shut." It stops there. # speaker: narrator
    Now he has them shut. I couldn't think what came next. That's not like me. # speaker: roe # mood: sad
-   To Ruth Adler: "Dear Ruth, I have been thinking about contentment, and whether it was ever what you wanted." It stops there, too. # speaker: narrator
-   To Daniel. Eleven of them, to Daniel. The last is still in the typewriter: "Daniel, when you asked me whether you should try it, I" # speaker: narrator
    And there the ribbon gave out. It's a good ribbon. I've blamed it for a year. # speaker: roe # mood: sad
-   A long envelope at the back, addressed to SomniCo, Extended Rest Programme, dated fourteen months ago. "I write to register a concern about" # speaker: narrator
    A draft. Drafts are where I keep my courage. It keeps beautifully in there. # speaker: roe # mood: neutral
}
-> DONE

= chair
// Her old consulting chair.
{ stopping:
-   Her consulting chair, brought home from the practice when it closed. Green leather, gone brown where forty years of her elbows were. # speaker: narrator
    I listened from this chair for forty years. It's still very good at it. I'm the one who stopped. # speaker: roe # mood: neutral
-   People think the patient's chair is the hard one. It isn't. The patient gets to leave. # speaker: roe # mood: sad
}
-> DONE

= couch
{ roe_answered_door and not roe_at_ward:
    Anna sat there for all of four minutes, on the edge, the way people sit on a sofa they've been told is for confessions. # speaker: roe # mood: neutral
- else:
    The patients' sofa. Daniel sat at the left end, always, nearest the door. I should have asked him why. I think I knew. # speaker: roe # mood: sad
}
-> DONE

= photos
{ stopping:
-   Photographs along the wall: a graduation in the rain; a younger Roe with a younger cane, laughing at something off the edge of the picture. # speaker: narrator
-   The practice's last Christmas: twelve people in paper hats. Three of them are asleep in Ward 6 now. She can point to each without looking. # speaker: narrator
    I look at this one less than I used to. Then I look at it more. # speaker: roe # mood: sad
-   A man in a tram driver's cap, holding a cake shaped like a tram. Teo Brandt, retiring. Line 4, his last run. # speaker: narrator
}
-> DONE

= pod
{
- roe_back_in_pod and not roe_at_ward:
    Still warm. A whole session, and not one word I'd have to take back. I miss being that good at my job. # speaker: roe # mood: sad
- roe_at_ward:
    My Reverie. Every night Daniel gets better in there. Every afternoon he's exactly where I left him. # speaker: roe # mood: sad
- else:
    My Reverie. I bought it for my back. My back sends its thanks and has never once used it. # speaker: roe # mood: neutral
}
-> DONE

= bed
The bed, made with hospital corners. It hasn't been unmade in a week. It's the tidiest thing in the house, and the least used. # speaker: roe # mood: neutral
-> DONE

= books
{ stopping:
-   Her books. "Sleep and Its Discontents". "The Waking Mind". One of them has her name on the spine; she turns it round whenever visitors come. # speaker: narrator
-   I wrote a chapter on avoidance once. Very thorough. I've been field-testing it ever since. # speaker: roe # mood: neutral
}
-> DONE

= window
{ roe_at_ward:
    The street, gone orange under the lamps. Every other window has the same violet glow in it. The whole terrace, dreaming in step. # speaker: roe # mood: neutral
- else:
    The end of line 4, and the Civic Rest Hall at the end of the street, lorries unloading pods at its doors. Next door's curtains are open. Somebody over there is up early and dreading something. # speaker: narrator
}
-> DONE

= kettle
The kettle, and one cup, rinsed and upside down. There used to be a second cup. It's in the cupboard, being optimistic. # speaker: roe # mood: neutral
-> DONE

= shared_wall
// The wall she shares with Anna and Lila next door.
{
- roe_going_to_hall:
    Quiet through the wall now. Two people in the same house, not sleeping, separately. She knows the sound. # speaker: narrator
- roe_at_ward and roe_back_in_pod:
    Through the wall: Anna's voice, then a younger one, then a door. Whatever the note was about, it's being managed without me. That's generally how things go. # speaker: roe # mood: sad
- roe_at_ward:
    Through the wall: a girl's voice, practising something, stopping, starting again from the top. Stubborn. Good. # speaker: roe # mood: happy
- else:
    The wall she shares with next door. Some nights she hears the girl walking about at three in the morning. Some nights the girl can probably hear her. # speaker: roe # mood: neutral
}
-> DONE

= screen
// The house screen on her desk, when there is nothing to decide at it.
{
- roe_going_to_hall:
    FROM DEV: done. row K, pod 14, your name on it. Under it, a photo he must have taken months ago: Kiran, mid-laugh, holding a noodle box from Kenji's like a trophy. # speaker: narrator
- else:
    The house screen. Sister Hale's message, still open: "I don't know who else to ask." # speaker: narrator
    Visiting from two. I have time to read it nine more times, and I expect I will. # speaker: roe # mood: neutral
}
-> DONE

= note
// Pushed through the door while she was in the pod (only if she went back in).
A note on the mat, on the back of a shopping list: "ROE, THANK YOU. THE MINUTE AFTER. I'D HAVE LIKED TO ASK YOU MORE, ABOUT LILA. IT'LL KEEP. ANNA (NEXT DOOR)." # speaker: narrator
"It'll keep." People say that about the things that won't. # speaker: roe # mood: sad
-> DONE

= soup
// On the step in the evening, if she went back into the pod that morning: Anna came, Roe was out.
A jar of soup on the step, brought in out of the cold: leek, still faintly warm. On the lid, in felt pen: "KNOCKED AGAIN. YOU'RE A HARD WOMAN TO CATCH. A." # speaker: narrator
I am. I've worked very hard at it for a year. # speaker: roe # mood: sad
-> DONE

= log_page
// On the bureau in the evening, if she stayed to read the logs.
Sister Hale's printout: Daniel's page. Nineteen wake requests, and down the right-hand column, nineteen times, the same two words: RETENTION OK. # speaker: narrator
I wrote reports like this once. Mine had fewer columns and more doubt in them. # speaker: roe # mood: sad
-> DONE

= front_door
// The front door in the evening: there is nowhere left to go tonight.
It's dark, and everything I need tonight is in this house. Or isn't. Either way, it won't be found on the street. # speaker: roe # mood: neutral
-> DONE

= anna
// Anna, in the morning, if Roe answered: she stands in the hall working up to going back.
{ stopping:
-   The worst minute, then the minute after. I'm writing it on my hand. # speaker: neighbour_anna # mood: warm
-   Her school got seats for the showcase next Friday. The whole year. I said it would be good for her. That was right, wasn't it? Everybody says it's good for you. # speaker: neighbour_anna # mood: worried
    Lots of things are good for you, Anna. It's worth asking who's saying so. # speaker: roe # mood: neutral
-   I'd better go before she leaves without shoes. Soup, tonight. Don't argue. # speaker: neighbour_anna # mood: warm
}
-> DONE

= anna_evening
// Anna, in the evening, with the soup she promised (only if Roe answered the door).
{ stopping:
-   Soup. Leek. You don't get a choice; nobody gets a choice. # speaker: neighbour_anna # mood: warm
    { lila_slept_in:
        She didn't go this morning in the end. Back in her pod, "sick". The school rang me at work. But she went after lunch, and tonight I asked about the worst minute, and the minute after. # speaker: neighbour_anna # mood: worried
    - else:
        She's home. She's in her room. I asked about the worst minute, and the minute after, and she looked at me like I'd grown a second head. # speaker: neighbour_anna # mood: warm
    }
    Then she told me. Both minutes. At the kitchen table, with the headphones round her neck instead of on. # speaker: neighbour_anna # mood: warm
    That's the whole trick. The rest of it is just sitting still while they do it. # speaker: roe # mood: happy
-   { roe_going_to_hall:
        You've got a seat? At the Hall? Then you'll be in there with her. Row K, you said? Her school's further back, but still. It helps, knowing. # speaker: neighbour_anna # mood: warm
    - else:
        Next Friday I'll have the house to myself for a night. I'll probably spend it worrying in a quiet voice. # speaker: neighbour_anna # mood: worried
    }
-   You look tired, Roe. Not pod tired. The other kind. The kind from doing things. # speaker: neighbour_anna # mood: warm
}
-> DONE


=== rest_ward ===
// Ward 6 at Vesper General, SomniCo Extended Rest (maps/rest_ward.tmx): three of Roe's former
// patients, Dev's brother, the nurse, the relatives, a technician, and the logs.
-> DONE

= arrive
// The arrive trigger: the tram there, line 4, and the ward.
~ roe_at_ward = true
{ roe_back_in_pod:
    She catches the half past one, late, at the end of line 4, with half the carriage asleep in the reclining seats and the blinds down on the sunny side. # speaker: narrator
- else:
    She catches the line 4 tram after lunch at the end of the line, and stands, because the seats recline now and she distrusts any chair that wants to lie down. # speaker: narrator
}
At the Civic Rest Hall stop, under a billboard that asks WHY DREAM SMALL?, men on ladders are hanging a banner across the hall: LULLABY PROTOCOL, SEVEN DAYS. # speaker: narrator
Halcyon Tower goes by, all glass. Then Aster Street: the noodle bar, and on a wall a painted blue whale swimming over the rooftops, stopped halfway, its tail only chalk. # speaker: narrator
Someone started something good and stopped. I know the feeling. I wrote a chapter on it. # speaker: roe # mood: neutral
Vesper General is round the corner. Ward 6, the Extended Rest floor. The lift plays a lullaby. Of course it does. # speaker: narrator
-> DONE

= nurse
// Sister Hale, who wrote to her at six in the morning.
{ roe_met_nurse:
    {
    - roe_read_logs:
        { stopping:
        -   Keep the page. I've another. I've printed it four times this month, and put it in four drawers. # speaker: nurse # mood: worried
        -   Go home, Dr Roe. You look like I feel. Which is not a compliment to either of us. # speaker: nurse # mood: neutral
        }
    - roe_lounge_nap:
        { stopping:
        -   Archived. Everything before this morning. I asked the technician for a copy and he gave me a leaflet. # speaker: nurse # mood: worried
        -   Maybe it's nothing. I'd like very much to be a woman who worried about nothing. # speaker: nurse # mood: neutral
        }
    - else:
        The terminal's still logged in. Please. Before somebody notices I asked you. # speaker: nurse # mood: worried
    }
    -> DONE
}
~ roe_met_nurse = true
Dr Roe. You came. I wasn't sure the message was... I wasn't sure. # speaker: nurse # mood: worried
Margaret Hale. I've had this floor three years. I've never had one that didn't empty. # speaker: nurse # mood: neutral
People used to come here to rest a few weeks and go home. Now they just rest. # speaker: nurse # mood: worried
Daniel, Mrs Adler, Mr Brandt. Yours, once, the files say. And Kiran Sharma, six weeks; his brother comes on Fridays. # speaker: nurse # mood: neutral
The pods log everything. We're not meant to read past the first screen, it's SomniCo's data. But I did. And I can't unread it. # speaker: nurse # mood: worried
The terminal at the station. I've left it logged in. I'll be over by the window, not watching you. # speaker: nurse # mood: neutral
-> DONE

= logs
// The nurse station's terminal: the logs, the technician, and the day's second choice.
{ not roe_met_nurse:
    The nurse's terminal. SomniCo's crescent turns slowly on a locked screen, like a moon that has nowhere to be. # speaker: narrator
    -> DONE
}
{ roe_read_logs:
    The session's closed now. She doesn't need it open. She can still see the column when she shuts her eyes. # speaker: roe # mood: sad
    -> DONE
}
{ roe_lounge_nap:
    SERVICE COMPLETE. RECORDS BEFORE 14:00 ARCHIVED FOR YOUR PRIVACY. A crescent moon, smiling. # speaker: narrator
    For my privacy. How thoughtful. I wasn't aware I'd asked. # speaker: roe # mood: sad
    -> DONE
}
SOMNICO REVERIE, EXTENDED REST. PATIENT: DANIEL. SESSION: DAY 243. SATISFACTION INDEX: 98. # speaker: narrator
Below that, a column headed WAKE REQUEST, and a date in it. And another. And another. # speaker: narrator
Afternoon, folks! Sorry, sorry, don't mind me. # speaker: technician # mood: cheerful
A young man in a SomniCo service jacket backs through the ward doors with a case of tools and a smile still being broken in. # speaker: narrator
Firmware update, Protocol week. Got to bring every unit up to the Lullaby build by next Friday. Visitors into the family lounge for twenty minutes, please? # speaker: technician # mood: cheerful
And ma'am, the terminal's staff only, strictly. Tell you what, there's a Drift pod free in the lounge, new model. On the house. You'll come out feeling like you've had a week off. # speaker: technician # mood: cheerful
* [Stay at the terminal. Read to the end]
    ~ roe_read_logs = true
    ~ hold_on_roe()
    I'm a very old woman with a cane, young man. I move slowly, and I read slowly, and I'm afraid I've only just started. # speaker: roe # mood: determined
    She plants the cane, and turns back to the screen, and keeps reading. # speaker: narrator
    Ma'am, I really do need... # speaker: technician # mood: uneasy
    Nineteen wake requests logged for Daniel. Each one answered: RETENTION OK. Sedation deepened, dream content adjusted. Satisfaction restored. # speaker: narrator
    Ruth Adler: twelve. Teodor Brandt: thirty-one, then none at all since March. Kiran Sharma: eleven, in six weeks. # speaker: narrator
    When they try to wake, the pods make the dream kinder until they stop trying. That isn't rest. That is a very good argument, won every night. # speaker: roe # mood: sad
    At the foot of each page: FIRMWARE LULLABY 1.0. The build for the Hall. Ten thousand units. # speaker: narrator
    The technician looks at the screen over her shoulder, for longer than he means to. # speaker: narrator
    I just do the lids, ma'am. I don't... I'll start on the floor below. Twenty minutes. Then I really do have to do these. # speaker: technician # mood: uneasy
    He goes. Sister Hale, not watching from the window, comes back and presses a key; the printer under the counter wakes up. # speaker: narrator
    ~ roe_has_log_page = true
    For you. I didn't print it. The printer did. It's very unreliable. # speaker: nurse # mood: worried
* [The lounge pod, while he works. Twenty minutes]
    ~ roe_lounge_nap = true
    ~ sleep_in_pod_roe(1)
    Twenty minutes. I don't argue with young men with toolboxes. I never did. # speaker: roe # mood: neutral
    ~ play_sfx("pod_hum")
    # fade: out
    # tint: sepia-3 0.2
    # wait: 1
    The lounge pod smells of new plastic and lavender. In the archive the clock ticks, and Daniel asks her about 14 across, and it's all so easy. # speaker: narrator
    # tint: sepia-3 0
    # warp: rest_ward from_lounge
    # fade: in
    Twenty minutes, said the technician. Forty, says the clock. I feel marvellous. I can't remember what I was reading. # speaker: roe # mood: happy
-
-> dev_arrives_if_due

= technician
// The SomniCo technician: gone downstairs if she stayed to read; cheerful at his work if not.
{ stopping:
-   All done! Every unit on the Lullaby build. Same as the Hall's. Ten thousand pods, one system, zero downtime. # speaker: technician # mood: cheerful
    And when something goes wrong? # speaker: roe # mood: neutral
    That's the beauty of it, ma'am. Nothing goes wrong in a Reverie. The pod just... smooths it out. # speaker: technician # mood: cheerful
-   Enjoy the Drift? Everybody does. My nan's on Extended Rest in Harrow Lane. Happiest she's ever been. I've got the graph. # speaker: technician # mood: cheerful
-   Mind how you go. Lullaby week. Everybody's a bit sleepy. # speaker: technician # mood: cheerful
}
-> DONE

= daniels_mother
// Daniel's mother, at his pod every afternoon: the question Roe cannot answer.
{ roe_met_daniels_mother:
    { stopping:
    -   Eight months. I bring his records. They're not allowed in the pod, but I read him the sleeves. # speaker: daniels_mother # mood: tired
    -   You'll tell me. Another time. I'm here every day. I'm not hard to find; I'm the one talking to a lid. # speaker: daniels_mother # mood: hopeful
    }
    -> DONE
}
~ roe_met_daniels_mother = true
Dr Roe. You came. The sister said you might. # speaker: daniels_mother # mood: hopeful
He used to talk about you. Not what you said. How you listened. Like somebody putting a hand flat on a table, he said. # speaker: daniels_mother # mood: neutral
{ roe_back_in_pod:
    She can look at the pod for a long time without flinching. The archive has made him easy to look at. That is what frightens her, afterwards. # speaker: narrator
- else:
    She looks at the pod, and then, because it's harder, at his mother. # speaker: narrator
}
Can I ask you something? I've wanted to for eight months. # speaker: daniels_mother # mood: tired
When he asked you about Extended Rest. Before he signed. Did you think it was right? # speaker: daniels_mother # mood: tired
He was very tired, Mrs Lowe. # speaker: roe # mood: sad
So was I. # speaker: roe # mood: sad
It isn't an answer. Both of them know it isn't. # speaker: narrator
You can tell me another time. # speaker: daniels_mother # mood: hopeful
-> dev_arrives_if_due

= dev_arrives_if_due
// Once the logs and Daniel's mother are both behind her, Dev comes in from work.
{ roe_dev_came or not roe_met_daniels_mother or not (roe_read_logs or roe_lounge_nap):
    -> DONE
}
~ roe_dev_came = true
The afternoon goes the way afternoons go on Ward 6: quietly, and all at once. The windows turn orange. # speaker: narrator
The ward doors swing open: a young man in a grey office suit, a Halcyon lanyard still round his neck, out of breath from the stairs. He goes straight to the newest pod. # speaker: narrator
# fade: out
# warp: rest_ward by_kiran
# fade: in
-> DONE

= daniels_pod
{ stopping:
-   Daniel. Thirty-four. A pod under a blanket of cyan light, and under the glass a face that hasn't frowned in eight months. # speaker: narrator
    The pod has never been so relaxed around me. He used to sit nearest the door. # speaker: roe # mood: sad
-   A card taped to the lid, in a mother's capitals: DANIEL LOWE. LIKES: THE WINDOW OPEN. DOES NOT LIKE: BEING TOLD HE'S FINE. # speaker: narrator
}
-> DONE

= brandt
{ stopping:
-   Teodor Brandt. On his pod lid, a postcard of a line 4 tram, and in biro: GET WELL SOON, FROM THE LADS AT THE DEPOT. It's dated March. # speaker: narrator
    Nobody's come since March. The lads at the depot got well, I suppose, and forgot. # speaker: roe # mood: sad
-   Gallery Street. Aster Street. Halcyon Tower. Civic Rest Hall. He could name them with his eyes shut. He's had every chance to practise. # speaker: roe # mood: sad
}
-> DONE

= ruth
Ruth Adler, sixty-eight, under the glass, with a crossword book on her chest that her husband does aloud for her, both parts. # speaker: narrator
{ roe_read_logs:
    Twelve times she asked to wake. She always was a woman who made her feelings known. # speaker: roe # mood: sad
}
-> DONE

= adler
// Mr Adler, Ruth's husband: every afternoon, the crossword, both halves of it.
{ stopping:
-   Doctor. She'd have liked you visiting. She'd have told you so, and then told you what you were doing wrong. # speaker: mr_adler # mood: warm
-   Forty-one years. She went on it for her nerves. Five months ago. The pod says she's content. # speaker: mr_adler # mood: tired
    Ruth was never content. It was the best thing about her. She was going to fix the whole world, starting with my collars. # speaker: mr_adler # mood: warm
-   Seven down: "sleep soundly", four letters. I always say the answer wrong, so she'll sit up and correct me. She hasn't yet. # speaker: mr_adler # mood: tired
    {
    - roe_read_logs:
        She's been trying, Mr Adler. The pod writes it down. I've seen it. # speaker: roe # mood: neutral
        He looks at the lid for a long time, and then gets the next clue wrong on purpose, louder. # speaker: narrator
    - else:
        Keep getting it wrong, Mr Adler. Loudly. She'll hear you. # speaker: roe # mood: neutral
    }
}
-> DONE

= kirans_pod
{ roe_met_dev:
    Kiran. Dev has left his lanyard on the visitor's chair, HALCYON ANALYTICS, as if to hold the seat. # speaker: narrator
- else:
    Kiran Sharma, twenty-nine. Six weeks. A pod much newer than the others, the film still on one corner of the glass. # speaker: narrator
    On the chair, a bag of sweets and a note: FRIDAYS, DEV. # speaker: narrator
}
-> DONE

= dev
// Dev, Mara's colleague, straight from Halcyon to visit his brother (required to leave).
{ roe_met_dev:
    { stopping:
    -   Row K, pod 14. Text me tonight and it's yours. Don't feel you have to. Feel you have to a little. # speaker: colleague # mood: warm
    -   { slept_in:
            I'll tell Kiran about my day now. The review. Vance said "synergy" four times; I counted for a friend who missed it. He'll hate it. Maybe he'll hate it enough to wake up. # speaker: colleague # mood: warm
        - else:
            I'll tell Kiran about my day now. A colleague survived a review by Vance. He'll hate every minute of it. Maybe he'll hate it enough to wake up. # speaker: colleague # mood: warm
        }
    }
    -> DONE
}
~ roe_met_dev = true
Oh, sorry, I'm in your... you're Dr Roe? The sister says a Dr Roe comes for Daniel. # speaker: colleague # mood: warm
I'm Dev. That's my brother. Kiran. Six weeks. I come Fridays, straight from the office, and tell him about work. # speaker: colleague # mood: warm
It's probably why he won't wake up. # speaker: colleague # mood: tired
{
- roe_read_logs:
    Dev. I read your brother's log this afternoon. # speaker: roe # mood: neutral
    He has asked to wake up. Eleven times. # speaker: roe # mood: sad
    ~ roe_told_dev = true
    Asked? He can... how does he ask? # speaker: colleague # mood: tired
    The pod writes it down. Then it writes "retention OK" beside it, and makes the dream nicer. # speaker: roe # mood: sad
    The pod told Mum he was deeply satisfied. She reads him the news on Sundays. She thinks he's listening. # speaker: colleague # mood: tired
    He may be. He may be listening very hard. # speaker: roe # mood: neutral
- else:
    The pod says he's deeply satisfied. Mum reads him the news on Sundays. She thinks he likes it. # speaker: colleague # mood: tired
    She thinks of the locked screen, the smiling crescent, ARCHIVED FOR YOUR PRIVACY, and says nothing at all. # speaker: narrator
}
Listen, this is going to sound strange. Halcyon gave us all seats for the showcase. Staff in row J. Families in row K, right behind. # speaker: colleague # mood: warm
Kiran's got one. Had one. I keep meaning to give it back. It feels like giving him back. # speaker: colleague # mood: tired
Don't give it back yet. # speaker: roe # mood: neutral
You'd go? Really? # speaker: colleague # mood: warm
Then take it. Row K, pod 14. Text me by tonight and I'll put your name on it. # speaker: colleague # mood: warm
And if you're in K, there's a woman from my desk in J, pod 14, right in front of you. Mara. Works like the building's on fire and she's the sprinkler. Keep an eye on her? # speaker: colleague # mood: warm
-> DONE

= dev_waiting
// The ward doors before Dev has come: the afternoon isn't over.
{ epilogue_at != "":
    -> epilogue_ambient.door
}
{
- not roe_met_nurse:
    Not yet. Sister Hale asked me here for something, and she has the look of a woman waiting to be asked what. # speaker: roe # mood: neutral
- not (roe_read_logs or roe_lounge_nap):
    Not yet. The terminal's still logged in, and the sister is very carefully not looking at it. # speaker: roe # mood: neutral
- not roe_met_daniels_mother:
    Not yet. Daniel's mother is at his pod. I came here for her as much as for anyone. More, probably. # speaker: roe # mood: neutral
- else:
    Not yet. The young man in the grey suit is standing by the newest pod as if it might bite. Someone should say hello. # speaker: roe # mood: neutral
}
-> DONE

= lounge_pod
{ roe_lounge_nap:
    SomniCo Drift, Family Edition: "Rest while you wait." I rested. I'm not sure what I waited for. # speaker: roe # mood: sad
- else:
    SomniCo Drift, Family Edition: "Rest while you wait." A pod for the people who visit the people in pods. Someone in marketing was very pleased with that. # speaker: roe # mood: neutral
}
-> DONE

= ward_window
From the sixth floor, the whole of line 4: Aster Street below, Halcyon Tower, and at the far end the Civic Rest Hall, lorries of pods backed up to its doors. # speaker: narrator
Ten thousand pods, going in at one end of the line. And nobody on this floor has come home yet. # speaker: roe # mood: sad
-> DONE

= monitor
A heart monitor draws a slow, even line, up and over, up and over. The calmest handwriting in the building. # speaker: narrator
-> DONE

= leaflet
A rack of leaflets: "Extended Rest: because you deserve deep satisfaction." On the back, in small print, a number to call about "rare cases of prolonged contentment". # speaker: narrator
Prolonged contentment. I'd have got a paper out of that phrase, once. A whole conference. # speaker: roe # mood: neutral
-> DONE

= med_cart
The medicine cart. Most of the drawers are full. On this ward nobody needs much. The pods see to all that. # speaker: narrator
-> DONE
