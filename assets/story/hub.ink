// The Merge: the hub between the four fear wings, and the campfire (maps/chaos_hub.tmx).
//
// `arrive` plays once, coming in from the chamber; `sealed` is what the three shadowed arches
// say before Mara's wing is done; `campfire` plays on coming back from a wing (the map starts
// it while wings_done > fires). At each fire the one whose wing it was (last_wing) speaks as the
// player: they choose whom to sit with and what to share, which moves that pair's bond by +2
// (the truth), +1 (a hope, or asking about the other's fear), 0 (a joke) or -1 (a joke from
// someone who deflected in their wing too); the two left over talk across the fire (+1 to
// theirs). The fourth fire sends the four on to the Threshold.
//
// Seats round the fire (chaos_hub): Mara top left, Jonas top right, Lila bottom left, Roe
// bottom right; the faces below follow from that.

=== hub ===
-> DONE

= arrive
// The arrive trigger (from the chamber): four arches, one open.
~ mara_tether()
The static clears onto a round floor sewn from four: marble, wet paint, night-blue grass, archive paper. Light runs along the seams like stitches. # speaker: narrator
In the middle, a fire burns on nothing at all. Nobody is sitting at it. # speaker: narrator
Nobody home. It lit itself. Show-off. # speaker: jonas # mood: neutral
Four arches stand round it. In three of them something thin and shadowy waits, like a held breath. # speaker: narrator
# pan: door_mara
The fourth is open. Gold light pours out of it, and paper: ledgers, stacked to a ceiling that isn't there. # speaker: narrator
Those are my ledgers. That's my handwriting on the spines. I'd know my sevens anywhere. # speaker: mara # mood: afraid
Welcome back to your Reverie. Please proceed to your... your... your assigned fear. # speaker: somnico_host # mood: glitch
Did the sleep lady just say "fear"? Out loud? Like it's a feature? # speaker: lila # mood: afraid
Four doors, four of us. I could guess whose is whose, but I'd be right, and I'd hate that. # speaker: jonas # mood: neutral
The others are sealed. One way on, then. There usually is; the trick is admitting which. # speaker: roe # mood: neutral
Mine. Of course it's mine. Nine years first in the office. Why stop now. # speaker: mara # mood: determined
You don't have to go in on your own, you know. # speaker: lila # mood: neutral
I know. I'm practising knowing. # speaker: mara # mood: neutral
Then we all go. Gold light first, dear. The other doors will keep. # speaker: roe # mood: determined
-> DONE

= sealed
// The shadows in the three sealed arches (and their doors) before Mara's wing is done.
{ stopping:
-   A shadow fills the arch, thin as paper. It isn't guarding the door, exactly. It's waiting for its turn. # speaker: narrator
    Not this one yet, dear. Follow the gold light first. # speaker: roe # mood: neutral
-   The shadow doesn't move. Beyond it, somebody's fear is still asleep. Best not to wake it before it's time. # speaker: narrator
}
-> DONE

= campfire
// Back from a wing: the four sit round the fire, and the one whose wing it was talks.
~ fires += 1
{ fires == 1: The fire has waited for them, burning on nothing. There are four places round it, as if it had counted. | The fire is still burning when they come back. It seems to have waited up. } # speaker: narrator # music: hub # sfx: campfire # place: mara seat_mara # place: jonas seat_jonas # place: lila seat_lila # place: roe seat_roe # face: mara down # face: jonas down # face: lila up # face: roe up
{ fires == 1:
    First campfire at the end of the world. I'd have brought marshmallows. Or a world. # speaker: jonas # mood: happy
    Is it real? It's warm. I don't trust warm. Warm is how they get you. # speaker: lila # mood: afraid
    Sit down, all of you. We've earned a sit. # speaker: roe # mood: neutral
}
{ last_wing:
- "mara": -> opener_mara
- "jonas": -> opener_jonas
- "lila": -> opener_lila
- "roe": -> opener_roe
- else: -> close
}

= opener_mara
So. That was you, in there. The other you. # speaker: lila # mood: neutral
{ honest_mara:
    I told her I'm tired of being the only one who can be trusted. Out loud. She looked at me as if I'd spilled coffee on the ledgers. # speaker: mara # mood: sad
    It's been true for years. Nobody asked, so I never had to say it. # speaker: mara # mood: neutral
- else:
    I told her I don't need anyone. She smiled. She'd heard it before. From me, mostly. # speaker: mara # mood: neutral
}
You stood at that desk and let us pull the levers, though. That counts, dear. # speaker: roe # mood: neutral
+ [Jonas. He'll make a joke of it, and I'll let him.] -> sit_mara_jonas
+ [Lila. She walked into my ledgers and only complained twice.] -> sit_mara_lila
+ [Roe. She'll ask what I'm avoiding. Better to get it over with.] -> sit_mara_roe

= opener_jonas
My ears are still ringing. A whole room that had read my reviews. Some of them had written them. # speaker: jonas # mood: sad
{ honest_jonas:
    I said it, though. Scared it isn't good. Might not be. Painting anyway. I said "anyway" to a crowd. # speaker: jonas # mood: determined
- else:
    I told them a joke. It didn't land. They went quiet, though, so I'm calling it a draw. # speaker: jonas # mood: neutral
}
By the end they all had your voice. # speaker: mara # mood: neutral
They always do. That's the trick of it. # speaker: jonas # mood: sad
+ {wing_mara_done} [Mara. She'll tell me the truth about the crowd. Somebody should.] -> sit_jonas_mara
+ [Lila. She knows about wanting to hide.] -> sit_jonas_lila
+ [Roe. She stood by every plank I drew. The least I can do is sit.] -> sit_jonas_roe

= opener_lila
It didn't shout. That's the thing. I thought it would shout. # speaker: lila # mood: afraid
{ honest_lila:
    I told it I'm scared all the time. And that I'm still coming. And then I came. Out. Here. So. # speaker: lila # mood: determined
- else:
    I told it I'm fine. I'm fine. Why is everyone doing the face. # speaker: lila # mood: sad
}
You led three grown adults through the dark, dear. One of them was me. I'd like that on the record. # speaker: roe # mood: happy
+ [Mara. She doesn't do the sympathy face. I like that.] -> sit_lila_mara
+ [Jonas. He'll make me laugh. I need that more than the face.] -> sit_lila_jonas
+ [Roe. I think... I know her from somewhere?] -> sit_lila_roe

= opener_roe
Well. I opened it. # speaker: roe # mood: neutral
{ honest_roe:
    I told him I should have argued. Forty years of telling people to say the hard thing, and it took me a whole dream to say mine. # speaker: roe # mood: sad
- else:
    I told him he chose, and I respected that. It's true. It's also the tidiest sentence I own. # speaker: roe # mood: sad
}
You had to walk at the back for once. How was the view? # speaker: lila # mood: neutral
Humbling. Good for the posture. # speaker: roe # mood: happy
+ [Mara. She'll want facts. I can manage facts.] -> sit_roe_mara
+ [Jonas. He'll make a joke, I'll laugh, and that will be a mercy.] -> sit_roe_jonas
+ [Lila. The bravest of us. I'd like to sit near that.] -> sit_roe_lila

// --- Who sits with whom: the twelve exchanges ------------------------------------------------

= sit_mara_jonas
Mara turns to Jonas. He's drawing the fire on his sleeve; it fades as fast as he draws. # speaker: narrator # face: mara right # face: jonas left
She had your face and better lighting. I'd have painted her. I'd have hated it. # speaker: jonas # mood: neutral
That's the nicest thing anyone's said about my nightmare. # speaker: mara # mood: happy
{ aster_mural:
    I walked past your whale on the way to the hall. It's missing most of a tail. # speaker: mara # mood: neutral
    Known issue. It's on the roadmap. The roadmap is also missing a tail. # speaker: jonas # mood: happy
}
Go on. I'm a very good audience. I nod in all the wrong places. # speaker: jonas # mood: happy
-> share_mara("jonas")

= sit_mara_lila
Mara turns to Lila, hood up, knees hugged under her chin. # speaker: narrator # face: mara down # face: lila up
Your other you was really tidy. Like, scary tidy. # speaker: lila # mood: afraid
She alphabetised her fear. I used to think that was a skill. # speaker: mara # mood: neutral
You can sit closer. My light's better with company. It's science. I'm the science. # speaker: lila # mood: neutral
-> share_mara("lila")

= sit_mara_roe
Mara turns to Roe, who has folded her hands the way she must have folded them through forty years of other people's worst days. # speaker: narrator # face: mara right # face: roe left
Well, dear. How does it feel, being one of four? # speaker: roe # mood: neutral
Like handing someone my car keys and watching them reverse. # speaker: mara # mood: neutral
They reversed rather well. # speaker: roe # mood: happy
They did. That's the annoying part. # speaker: mara # mood: happy
-> share_mara("roe")

= sit_jonas_mara
Jonas turns to Mara. She's watching the fire as if she's auditing it. # speaker: narrator # face: jonas left # face: mara right
"Derivative." For the record, I'd never call your work derivative. # speaker: mara # mood: neutral
Thank you. # speaker: jonas # mood: happy
I'd call it unfinished. Different column. # speaker: mara # mood: neutral
Ah. Yes. That one's fair. That one I'd frame. # speaker: jonas # mood: happy
-> share_jonas("mara")

= sit_jonas_lila
Jonas turns to Lila. She's poking the fire with a stick that wasn't there a second ago. # speaker: narrator # face: jonas left # face: lila right
They were so loud. I'd have gone in a vent. I'd have lived in the vent. # speaker: lila # mood: afraid
I looked for one. They don't make them in my size. Design flaw. # speaker: jonas # mood: happy
{ lila_kenjis:
    Wait. The whale by Kenji's? On Aster Street? That's yours? Noor says it looks like it's waiting for something. # speaker: lila # mood: neutral
    It is. Me, mostly. # speaker: jonas # mood: sad
}
-> share_jonas("lila")

= sit_jonas_roe
Jonas turns to Roe, who has been beside him the whole time, the way she stood beside his planks. # speaker: narrator # face: jonas down # face: roe up
I stood next to everything you drew in there. None of it faded. I'd like that noted. # speaker: roe # mood: neutral
Noted. Framed. You're in the catalogue: "With thanks to Roe, for standing there." # speaker: jonas # mood: happy
It's most of what I ever did, dear. Standing there. People underestimate it. # speaker: roe # mood: happy
-> share_jonas("roe")

= sit_lila_mara
Lila turns to Mara. Mara doesn't do the sympathy face. It's restful. # speaker: narrator # face: lila up # face: mara down
You walked us through that like it was a corridor at work. # speaker: mara # mood: neutral
It was the worst corridor. Of all the corridors. # speaker: lila # mood: afraid
I've seen worse. Floor thirty-one. # speaker: mara # mood: happy
{ lila_presented:
    I did a presentation last week. Slide nine was deep-sea fish. They make their own light. Nobody gives it to them. # speaker: lila # mood: neutral
- else:
    I had a presentation last week. Slide nine was deep-sea fish that make their own light. I never got to slide nine. # speaker: lila # mood: sad
}
My slide nine was waking hours, down a third in three years. Yours is better. Put yours first. # speaker: mara # mood: happy
-> share_lila("mara")

= sit_lila_jonas
Lila turns to Jonas. He's drawn her a little lantern in the air, already fading. # speaker: narrator # face: lila right # face: jonas left
I'd paint you as a lighthouse. You'd hate it. # speaker: jonas # mood: happy
I'd love it. And hate it. I'd hang it up and turn it round. # speaker: lila # mood: happy
Best review I've had in a year. # speaker: jonas # mood: happy
-> share_lila("jonas")

= sit_lila_roe
Lila turns to Roe. In the firelight Roe is somebody she has seen before: across a landing, with a bag of shopping and a cane. # speaker: narrator # face: lila right # face: roe left
Wait. You live next door. The flat with all the letters. # speaker: lila # mood: afraid
I do. Your mother brings me soup, and I pretend I didn't make any. # speaker: roe # mood: happy
{ lila_told_mum:
    Mum asked me for the worst minute, and the minute after. She said she got it from next door. That was you. # speaker: lila # mood: neutral
    Guilty, dear. It's an old trick. It works better on other people than on me. # speaker: roe # mood: neutral
}
-> share_lila("roe")

= sit_roe_mara
Roe turns to Mara, who looks as if she has questions in a numbered list. # speaker: narrator # face: roe left # face: mara right
Was it really him? Or the dream doing him? # speaker: mara # mood: neutral
I don't know, dear. I've decided it doesn't change what I owed him. # speaker: roe # mood: neutral
{ roe_met_dev:
    Kiran sleeps on the same ward. Dev's brother. He's been asking to wake up. # speaker: roe # mood: sad
    Three years across a desk from Dev, and I asked him about spreadsheets. # speaker: mara # mood: sad
}
-> share_roe("mara")

= sit_roe_jonas
Roe turns to Jonas. He has drawn her a chair. It's already fading. # speaker: narrator # face: roe up # face: jonas down
Sit fast. It's a limited edition. # speaker: jonas # mood: happy
I'm too heavy for your drawings, dear. I'll have the floor. # speaker: roe # mood: happy
He looked kind. Daniel. From where I was standing. Whoever paints him had better get his hands right. # speaker: jonas # mood: neutral
-> share_roe("jonas")

= sit_roe_lila
Roe turns to Lila, who is very carefully not looking at her, which is its own kind of looking. # speaker: narrator # face: roe left # face: lila right
I don't know what to say. I'm bad at this bit. # speaker: lila # mood: afraid
Sit, dear. That is the bit. # speaker: roe # mood: neutral
{ sit_lila_roe:
    What was the worst minute? In there. And the minute after. It's your question. You get it back. # speaker: lila # mood: neutral
- else:
    What was the worst minute? In there. And the minute after. Mum asks me that. Don't ask where she got it. # speaker: lila # mood: neutral
}
-> share_roe("lila")

// --- What the speaker shares --------------------------------------------------------------------

= share_mara(you)
+ [I'll tell the truth: I liked her. That's what scares me.]
    { not honest_mara:
        In there I told her I don't need anyone. That was a lie. A tidy one. I'm good at tidy. # speaker: mara # mood: sad
    }
    She had everything I've been working towards. Nobody to wait for, nobody to let down. For one second I wanted to be her. # speaker: mara # mood: sad
    Then I noticed there was only one chair in her office. # speaker: mara # mood: neutral
    -> reply("mara", you, "truth")
+ [I'll talk about after: Tess, and the mugs.]
    { called_tess:
        When we wake up, I'm going to my sister's. I said Thursday once. I'm going to be a Thursday person. # speaker: mara # mood: determined
    - else:
        My sister wrote: "call me when ur human". When we wake up, I'm calling. Human or not. # speaker: mara # mood: determined
    }
    I'll bring the mugs. They've been in a box marked TESS for two years. It's time they met her. # speaker: mara # mood: happy
    -> reply("mara", you, "hope")
+ [I'll ask about theirs.]
    Your turn. The thing behind your arch. What do you think it'll look like? # speaker: mara # mood: neutral
    -> reply("mara", you, "ask")
+ [I'll make a joke of it.]
    Honestly? I'm mostly upset she got the corner office. # speaker: mara # mood: happy
    -> reply("mara", you, "joke")

= share_jonas(you)
+ [I'll tell the truth: the worst reviews were mine.]
    { not honest_jonas:
        I made a joke in there. I make a joke everywhere. Here's the bit I didn't say. # speaker: jonas # mood: sad
    }
    The worst things they shouted weren't Ines's. They were mine. Eleven months of them, in a very small notebook in my head. # speaker: jonas # mood: sad
    I'm scared it isn't good. It might not be. That's the whole secret. It's not a very good secret. # speaker: jonas # mood: afraid
    -> reply("jonas", you, "truth")
+ [I'll talk about after: the whale needs a tail.]
    { jonas_painted_line:
        There's a whale on Aster Street with one line of a tail. When we wake up, it gets the rest. In daylight. With people watching. # speaker: jonas # mood: determined
    - else:
        There's a whale on Aster Street waiting for a tail. When we wake up, I'm painting it. In daylight. With people watching. # speaker: jonas # mood: determined
    }
    { jonas_has_pims_drawing:
        A kid called Pim already drew me one in chalk. I'll be copying. Don't tell Ines. # speaker: jonas # mood: happy
    }
    -> reply("jonas", you, "hope")
+ [I'll ask about theirs.]
    What does yours shout at you? Everyone's got a crowd. Some of them just whisper. # speaker: jonas # mood: neutral
    -> reply("jonas", you, "ask")
+ [I'll make a joke of it.]
    In fairness to the crowd, they made some very good points about my teal. # speaker: jonas # mood: happy
    -> reply("jonas", you, "joke")

= share_lila(you)
+ [I'll tell the truth: I wanted to stop.]
    { not honest_lila:
        I said I'm fine. I'm not fine. I'm... medium. # speaker: lila # mood: sad
    }
    It was nice to me. It said I could stop. Stop trying, stop being scared, lie down and it'd all be quiet. # speaker: lila # mood: afraid
    I wanted to. For a whole second. That's the scary bit. Not the dark. The wanting. # speaker: lila # mood: sad
    -> reply("lila", you, "truth")
+ [I'll talk about after: the seat Noor saves me.]
    My friend Noor saves me a seat. Every day. Even when I don't come. # speaker: lila # mood: neutral
    { lila_kenjis:
        I sat in it once, at Kenji's. It was fine. It was better than fine. # speaker: lila # mood: happy
    }
    When we wake up, I'm sitting in it. Every day. Like it's normal. And I'm knocking on Bea's door. She keeps saying "whenever you're ready". # speaker: lila # mood: determined
    -> reply("lila", you, "hope")
+ [I'll ask about theirs.]
    Do you get scared? Like, properly? Grown-ups never say. # speaker: lila # mood: neutral
    -> reply("lila", you, "ask")
+ [I'll make a joke of it.]
    The dark and me are on a break. It's not me, it's it. It's definitely it. # speaker: lila # mood: happy
    -> reply("lila", you, "joke")

= share_roe(you)
+ [I'll tell the truth: I didn't argue, and I should have.]
    { not honest_roe:
        In there I said he chose and I respected it. That's what I wrote in his notes, too. Word for word. # speaker: roe # mood: sad
    }
    He asked me if the pod was a good idea. He was so tired. So was I. I said, "It's your choice, Daniel." # speaker: roe # mood: sad
    Forty years of telling people to say the hard thing. I said the easy one and called it respect. # speaker: roe # mood: sad
    -> reply("roe", you, "truth")
+ [I'll talk about after: Ward 6, and arguing.]
    When we wake up, I'm going to Ward 6 to argue. With SomniCo, with the board, with anyone in a lanyard. # speaker: roe # mood: determined
    { roe_has_log_page:
        I've a page of wake requests in my handbag. I intend to read every one aloud. Slowly. # speaker: roe # mood: determined
    }
    { roe_posted_letter:
        And Mrs Lowe has my letter by now. I'd like to be there when she answers it. # speaker: roe # mood: neutral
    - else:
        And I owe Daniel's mother an answer. A real one, not a tidy one. # speaker: roe # mood: neutral
    }
    -> reply("roe", you, "hope")
+ [I'll ask about theirs.]
    And you, dear. Who's behind your door? # speaker: roe # mood: neutral
    -> reply("roe", you, "ask")
+ [I'll make a joke of it.]
    All these years, and I still can't open a door without a committee. # speaker: roe # mood: happy
    -> reply("roe", you, "joke")

// --- What the listener says back; the bond moves ------------------------------------------------

= reply(me, you, kind)
~ temp change = 0
{ kind:
- "truth":
    ~ change = 2
- "hope":
    ~ change = 1
- "ask":
    ~ change = 1
- "joke":
    { not hub_honest(me):
        ~ change = -1
    }
}
{ you:
- "mara":
    { kind:
    - "truth":
        Thank you for telling me. I know what that costs. I keep an itemised list. # speaker: mara # mood: sad
        I'm not going to fix it. I'm just going to sit here. I'm told that's a thing people do. # speaker: mara # mood: neutral
    - "hope":
        Then do it. I'll check. I'm very good at follow-ups. # speaker: mara # mood: happy
    - "ask":
        Mine was me with nobody in the room. The ledgers were never the fear. The quiet after them was. # speaker: mara # mood: sad
    - "joke":
        { change < 0:
            You did that in there, too. I was listening. I'm always listening; it's a curse. # speaker: mara # mood: neutral
        - else:
            Fair. I'll allow it. Tonight. # speaker: mara # mood: happy
        }
    }
- "jonas":
    { kind:
    - "truth":
        Oh. That's the realest thing anyone's handed me in a year. I'll be careful with it. I'm not careful with anything, so that's big. # speaker: jonas # mood: sad
    - "hope":
        I want a postcard of it. I'll frame it. First finished thing on my wall. # speaker: jonas # mood: happy
    - "ask":
        { wing_jonas_done:
            Mine shouted. You heard. Every one of them had my voice by the end. Still does, a bit. Quieter. # speaker: jonas # mood: sad
        - else:
            Mine's still behind its arch. A crowd, I'd guess. They've all read my reviews. They've all got my voice. # speaker: jonas # mood: afraid
        }
    - "joke":
        { change < 0:
            You're doing my thing. I know my thing. It's a lovely thing. It doesn't work. # speaker: jonas # mood: sad
        - else:
            Ha! Good. Laughing's allowed. I'll keep the serious bit warm for you. # speaker: jonas # mood: happy
        }
    }
- "lila":
    { kind:
    - "truth":
        Okay. Okay. That's big. I'm not going to say anything dumb. I'm just going to sit really close. Light works better like that. # speaker: lila # mood: sad
    - "hope":
        Cool. I'm holding you to it. I'm small, but I'm very annoying. # speaker: lila # mood: happy
    - "ask":
        { wing_lila_done:
            Mine was nice to me. That was the worst bit. It said I could stop. I didn't. I don't know how I didn't. # speaker: lila # mood: afraid
        - else:
            Mine's going to be dark. Obviously. I'm hoping for a dimmer. Not, like, off. # speaker: lila # mood: afraid
        }
    - "joke":
        { change < 0:
            That's what I do when it's bad. I know that face. I've got that face. # speaker: lila # mood: sad
        - else:
            That's actually funny. I'm laughing. This is my laughing face. # speaker: lila # mood: happy
        }
    }
- "roe":
    { kind:
    - "truth":
        Thank you, dear. Don't tidy it away now you've said it. Leave it on the table where we can both see it. # speaker: roe # mood: neutral
    - "hope":
        Good. Say it again when you're awake. Things said in dreams don't keep; I should know. # speaker: roe # mood: happy
    - "ask":
        { wing_roe_done:
            Daniel. You know that. What you don't know is I'd have sat outside that door another forty years, without the four of us. # speaker: roe # mood: sad
        - else:
            An archive, dear, and a door I don't open. I've walked past it every night for a year. I'm told I'll have to go in. # speaker: roe # mood: neutral
        }
    - "joke":
        { change < 0:
            That's two, dear. One in there, one out here. I'll wait for the third thing. I'm good at waiting. # speaker: roe # mood: neutral
        - else:
            Very good. Keep that one; it's sturdy. You'll want a joke where we're going. # speaker: roe # mood: happy
        }
    }
}
~ hub_bond(me, you, change)
-> across(me, you)

// --- Meanwhile, across the fire: the other two ------------------------------------------------

= across(me, you)
{
- hub_left_out("mara", me, you) && hub_left_out("jonas", me, you):
    Across the fire, Mara and Jonas keep their voices low. # speaker: narrator # face: mara right # face: jonas left
    { stopping:
    -   Do you ever not have a plan, Mara? # speaker: jonas # mood: neutral
        Once. In 2039. I didn't care for it. # speaker: mara # mood: neutral
        I live there. Cheap rent. No view. # speaker: jonas # mood: happy
    -   Your planks held today. Even the ones nobody stood by. # speaker: mara # mood: neutral
        Don't. I'll cry into the fire, and it's the only one we've got. # speaker: jonas # mood: happy
    }
    ~ bond_mara_jonas += 1
- hub_left_out("mara", me, you) && hub_left_out("lila", me, you):
    Across the fire, Mara and Lila talk without quite looking at each other. # speaker: narrator # face: mara down # face: lila up
    { stopping:
    -   Do you think anyone's noticed? Out there. That we're gone. # speaker: lila # mood: afraid
        Someone will. Someone always reads past slide one, eventually. # speaker: mara # mood: neutral
        That's not comforting. It's a bit comforting. # speaker: lila # mood: neutral
    -   When you lead, you don't look back to check on us. I noticed. # speaker: mara # mood: neutral
        If I look back I'll see you all being scared, and then I'll be scared. # speaker: lila # mood: afraid
        Sound policy. # speaker: mara # mood: happy
    }
    ~ bond_mara_lila += 1
- hub_left_out("mara", me, you) && hub_left_out("roe", me, you):
    Across the fire, Mara and Roe sit a little closer than they need to. # speaker: narrator # face: mara right # face: roe left
    { stopping:
    -   You've stopped counting the exits, dear. # speaker: roe # mood: neutral
        I counted them when we came in. Four. Then I stopped. I don't know what that means. # speaker: mara # mood: neutral
        It means you're staying for the conversation. # speaker: roe # mood: happy
    -   You never say what you're thinking, Roe. # speaker: mara # mood: neutral
        I say it slowly, dear. People mistake that for not saying it. # speaker: roe # mood: happy
    }
    ~ bond_mara_roe += 1
- hub_left_out("jonas", me, you) && hub_left_out("lila", me, you):
    Across the fire, Jonas and Lila have started a game of some kind. # speaker: narrator # face: jonas left # face: lila right
    { stopping:
    -   Rate the campfire. Out of five. # speaker: jonas # mood: happy
        Four. It's warm, but it's not real, and I want a real one. # speaker: lila # mood: neutral
        Tough critic. I'm used to those. # speaker: jonas # mood: happy
    -   Can you draw me something that doesn't fade? # speaker: lila # mood: neutral
        Not in here. Ask me when we're awake. Awake I'm slow, but it stays. # speaker: jonas # mood: determined
    }
    ~ bond_jonas_lila += 1
- hub_left_out("jonas", me, you) && hub_left_out("roe", me, you):
    Across the fire, Jonas draws and Roe watches him draw. # speaker: narrator # face: jonas down # face: roe up
    { stopping:
    -   Are you drawing, dear, or fidgeting? # speaker: roe # mood: neutral
        Both. It's my whole practice. # speaker: jonas # mood: happy
        Keep at it. Both are honest. # speaker: roe # mood: happy
    -   You'd make a terrifying critic, Roe. You never say anything, and it's devastating. # speaker: jonas # mood: happy
        I say plenty, dear. I just leave room. # speaker: roe # mood: neutral
    }
    ~ bond_jonas_roe += 1
- hub_left_out("lila", me, you) && hub_left_out("roe", me, you):
    Across the fire, Lila has shuffled over until she's sitting against Roe's arm. # speaker: narrator # face: lila right # face: roe left
    { stopping:
    -   Is it okay if I sit really close? It's for the light. Mostly. # speaker: lila # mood: neutral
        Sit as close as you like. I'm a very good wall. # speaker: roe # mood: happy
    -   You've stopped looking at the edges. # speaker: roe # mood: neutral
        Have I? Oh no. Now I'm looking at the edges. # speaker: lila # mood: afraid
        Back to the fire, dear. It's where we are. # speaker: roe # mood: neutral
    }
    ~ bond_lila_roe += 1
}
-> close

// --- After the talk: on to the next arch, or to the Threshold ------------------------------------

= close
{ wings_done >= 4:
    -> finale
}
{ fires == 1:
    Behind them, the shadows in the three sealed arches have thinned to smoke, and the smoke has gone. # speaker: narrator # sfx: unseal
}
{ not wing_jonas_done:
    My galleries are still up there. Full of people with opinions. # speaker: jonas # mood: afraid
}
{ not wing_lila_done:
    My garden's still dark. Obviously. It's always going to be the dark one. # speaker: lila # mood: afraid
}
{ not wing_roe_done:
    And my archive's still shut. It'll open if I knock. I'll knock. # speaker: roe # mood: determined
}
{ 4 - wings_done:
- 3:
    Three doors, then. Pick one, any one. Whichever we walk into, we walk into together. # speaker: mara # mood: determined
- 2:
    Two left. The fire will keep. It's the one thing in here that does. # speaker: roe # mood: neutral
- 1:
    Last one. Then I'm going to sleep for a week. In a bed. A normal, boring bed. # speaker: lila # mood: determined
}
-> DONE

= finale
The fire burns low. For the first time since the chamber, nobody is watching the arches. # speaker: narrator
# pan: threshold
Above the hub, where there was only static, a door of light has opened. Nothing is behind it yet. It hums when all four of them look at it. # speaker: narrator
Please proceed to the Threshold. Your Reverie is nearly... nearly... perfect. # speaker: somnico_host # mood: glitch
"Nearly." That's the most honest it's been all night. # speaker: mara # mood: neutral
{ honest_mara and honest_jonas and honest_lila and honest_roe:
    Four doors. Four true things. I've had worse nights at work. # speaker: roe # mood: happy
- else:
    Not all of us said the whole truth in there. # speaker: mara # mood: sad
    No. But we said it out here, some of it. There's one more door. There's time. # speaker: roe # mood: neutral
}
I've never finished anything in my life. I think we just finished something. # speaker: jonas # mood: happy
Whatever's up there is going to be nice to us. I know that voice now. It's the nice ones you have to watch. # speaker: lila # mood: determined
Then we go together, and nobody lets go of anybody on the way. Mind the knot, dears. # speaker: roe # mood: determined
Together, then. Up to the light, and out the other side. # speaker: mara # mood: determined # next_chapter
-> DONE

// --- Helpers ---------------------------------------------------------------------------------

// Whether `who` answered their own confrontation honestly.
=== function hub_honest(who) ===
{ who:
- "mara":
    ~ return honest_mara
- "jonas":
    ~ return honest_jonas
- "lila":
    ~ return honest_lila
- "roe":
    ~ return honest_roe
}
~ return false

// Whether `who` is neither of the two talking (so one of the pair across the fire).
=== function hub_left_out(who, me, you) ===
~ return who != me && who != you

// Move the bond between `a` and `b` (either order) by `change`.
=== function hub_bond(a, b, change) ===
{
- hub_is_pair(a, b, "mara", "jonas"):
    ~ bond_mara_jonas += change
- hub_is_pair(a, b, "mara", "lila"):
    ~ bond_mara_lila += change
- hub_is_pair(a, b, "mara", "roe"):
    ~ bond_mara_roe += change
- hub_is_pair(a, b, "jonas", "lila"):
    ~ bond_jonas_lila += change
- hub_is_pair(a, b, "jonas", "roe"):
    ~ bond_jonas_roe += change
- hub_is_pair(a, b, "lila", "roe"):
    ~ bond_lila_roe += change
}

=== function hub_is_pair(a, b, x, y) ===
~ return (a == x && b == y) || (a == y && b == x)
