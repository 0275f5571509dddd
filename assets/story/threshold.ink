// Chapter 7, the Threshold (maps/threshold.tmx): the light, the drifting, the final choice.
//
// The last map of the Merge: a nave of all four dreams stitched together, warm light
// everywhere, and the SomniCo host's best offer. Whoever holds on too loosely to waking life
// (tether_X <= 0) drifts into an alcove of their own dream's light (threshold_begin). Reaching
// them is a linked puzzle (reach_X: the one in the light uses their own ability from inside,
// one of the others works from outside); pulling them back takes enough bond between them and
// whoever reaches them (pull_back). At the door of light the four choose: wake, or stay
// together (decide_ending), and the epilogue (epilogue.ink) plays the week after for each of
// them, woken or not, to the closing card and the credits.

=== threshold ===
-> DONE

= arrive
// The map's arrival trigger (once).
~ begin_chapter("threshold")
~ threshold_begin()
Past the last arch there is no static at all. Only light, the colour of a kitchen at seven in the morning, and warm as a bed nobody has to get out of. # speaker: narrator
Every dream they have is here. Gold carpet, wet paint, night moss, old paper, stitched together so gently you can't see the seams. # speaker: narrator
Welcome home. You've done so well. You've all done so very well. # speaker: somnico_host # mood: smile
Mara, nobody here needs you to be right. Jonas, every canvas is already finished, and everyone loves it. # speaker: somnico_host # mood: smile
Lila, nobody is looking at you. Nobody ever will. And Roe, dear Roe: everyone you ever sat beside is asleep here, and safe. # speaker: somnico_host # mood: smile
All you have to do is stop. Stop trying. Stop holding on. It's the easiest thing you'll ever do. # speaker: somnico_host # mood: neutral
Your Reverie is com... com... complete. # speaker: somnico_host # mood: glitch
{ lost_count() == 0:
    Nobody moves. The light waits, patient as a cat. # speaker: narrator
    It's lovely. It's the loveliest thing I've ever seen, and I want to go home. # speaker: lila # mood: determined
    I've read this contract before. The nice clauses are always the ones with the penalties. # speaker: mara # mood: neutral
}
{ drifting_mara:
    # place: mara drift_mara
    Mara walks into the gold without looking back. Her shoulders come down for the first time in years. # speaker: narrator
    No deck. No slide nine. Nobody waiting for me to be wrong. I could just... be finished. # speaker: mara # mood: happy
}
{ drifting_jonas:
    # place: jonas drift_jonas
    Jonas drifts into a room of painted light and sits down in it like a man in a warm bath. # speaker: narrator
    Every wall's done. Every one. And nobody's said a word about any of them. That's... that's the dream, isn't it. # speaker: jonas # mood: happy
}
{ drifting_lila:
    # place: lila drift_lila
    Lila follows a path of soft light into a garden where nothing is dark, and nothing has eyes. # speaker: narrator
    It's quiet here. Nobody's waiting for me to say something. I can just stay quiet. Forever. # speaker: lila # mood: happy
}
{ drifting_roe:
    # place: roe drift_roe
    Roe goes slowly into a reading room of gold dust, the way she used to go into a ward at night. # speaker: narrator
}
Roe. # speaker: daniel # mood: happy
A voice in the light. Daniel's, young and well, the way he sounded before the pod. # speaker: narrator
You don't have to argue with anyone here. You never have to sit by anyone's bed again. Stay with me. # speaker: daniel # mood: happy
{ drifting_roe:
    I didn't argue when it mattered. Perhaps I've nothing left to argue for. The letters can stay unsent. It's warm, dear. It's so warm. # speaker: roe # mood: sad
- else:
    That isn't him. He'd have told me off for not arguing. He was right to. # speaker: roe # mood: sad
    Every letter I never sent him, I'd still be not sending, in here. Forever. No, dear. I'm not staying where nothing can be said. # speaker: roe # mood: determined
}
{ lost_count() == 4:
    -> all_lost
}
{ lost_count() > 0:
    The light has taken { lost_count() == 1: one of them| some of them}. The ones left standing can still reach in, if the light lets them near, and if the one they reach knows them well enough to take their hand. # speaker: narrator
    { not drifting_roe:
        Somebody go and fetch them, then. Whoever they'd come back for. # speaker: roe # mood: determined
    - else:
        { not drifting_mara:
            We go in after them. All of them. I'm not leaving anyone in a brochure. # speaker: mara # mood: determined
        - else:
            { not drifting_jonas:
                Right. Rescue. I've never rescued anyone. I've been rescued loads. I know how it goes. # speaker: jonas # mood: determined
            - else:
                I'll go. I'll go. I'm scared, I'm going anyway. # speaker: lila # mood: afraid
            }
        }
    }
}
-> DONE

= all_lost
// Everyone drifted: nobody is left outside to reach anyone.
All four of them are in the light. Nobody is left standing outside it to reach in. # speaker: narrator
The door of light opens by itself. It is very gentle about it. # speaker: narrator
Together, then. As promised. Sleep well. # speaker: somnico_host # mood: smile
-> decide

= choice
// The trigger at the door of light (not once): who is still in the light, then the choice.
{ lost_count() == 0:
    The door of light is very close now. All four of them stand in front of it, and none of them is in it. # speaker: narrator
- else:
    The door of light is very close now. Behind them, the light still holds { lost_count() == 1: one of them|{lost_count()} of them}: # speaker: narrator
    { lost("mara"):
        Mara, in her gold room, smiling at nothing. # speaker: narrator
    }
    { lost("jonas"):
        Jonas, among his finished walls, not painting. # speaker: narrator
    }
    { lost("lila"):
        Lila, in a garden where nobody looks at her. # speaker: narrator
    }
    { lost("roe"):
        Roe, in the gold dust, listening to a voice that isn't Daniel's. # speaker: narrator
    }
}
Step through and wake up. Or stay, here, where nothing hurts. # speaker: somnico_host # mood: smile
-> decide

= decide
+ {lost_count() > 0 and lost_count() < 4} [Not yet]
    Not yet. Not without { lost_count() == 1: them|everyone we can reach}. # speaker: narrator
    -> DONE
+ {lost_count() < 4} [Wake up]
    ~ decide_ending(true)
    -> wake
+ {lost_count() >= 2} [Stay. Together.]
    ~ decide_ending(false)
    -> stay

= wake
{ ending == "dawn":
    Four hands, one door. They go through it together, and it stops being warm, and starts being morning. # speaker: narrator
- else:
    They go through it, the ones who can. The light closes behind them like a curtain somebody else will open. # speaker: narrator
}
-> epilogue

= stay
They turn away from the door, together, and sit down in the light, and nobody has to be anything any more. # speaker: narrator
Sleep well. # speaker: somnico_host # mood: smile
-> epilogue

= letters
// An inspect by the door: pages of Roe's letters, drifting in the light.
{ lost("roe"):
    Letters, drifting in the light like leaves. All in the same careful hand, all to a Daniel. None of them ever posted. # speaker: narrator
- else:
    Letters, drifting in the light like leaves. Her own handwriting. Dear Daniel. Dear Daniel. Dear Daniel. # speaker: narrator
    Forty years of telling people to say the thing while there's time. And there they all are. Not posted. # speaker: roe # mood: sad
    I let him choose because it was easier than telling him I was frightened for him. That's the truth of it, dear. # speaker: roe # mood: sad
    When I wake, I'm going to go and sit by his bed and read him every one of these out loud. Badly. # speaker: roe # mood: determined
}
-> DONE

// --- Reaching the ones in the light ---------------------------------------------------------------
// Each is the trigger beside the alcove's way out (not once; condition drifting_X and not
// saved_X). pull_back("X") is true only if the one playing is bonded enough to X.

= reach_mara
{ playing() == "mara":
    I can see the way out. I just can't think of a reason to take it. Not on my own. # speaker: mara # mood: sad
    -> DONE
}
{ pull_back("mara"):
    { playing():
    - "jonas":
        Mara. Slide nine's still rubbish, and so is my whale, and I want to see both of them finished. Come on. # speaker: jonas # mood: determined
    - "lila":
        You said you'd stop being the only one who can be trusted. So trust me. Take my hand. # speaker: lila # mood: determined
    - "roe":
        Nobody needs you to be right, dear. We need you to be there. Come back and be there. # speaker: roe # mood: determined
    }
    Mara looks at the hand for a long moment, as if it were a number that didn't add up. Then she takes it. # speaker: narrator
    It's going to be so much work. All of it. ... All right. Together. # speaker: mara # mood: happy
- else:
    Mara looks straight through them, polite and far away. # speaker: narrator
    Thank you, but I've got this. I've always got this. # speaker: mara # mood: neutral
    { playing():
    - "jonas":
        She doesn't know me well enough to come back for me. I never gave her the chance. # speaker: jonas # mood: sad
    - "lila":
        She doesn't know me. Not enough. Someone she trusts has to ask. # speaker: lila # mood: sad
    - "roe":
        I'm a stranger to her, in here. Somebody she'd let help her has to do this. # speaker: roe # mood: sad
    }
}
-> DONE

= reach_jonas
{ playing() == "jonas":
    It's all finished. Why would I go back to the blank ones? # speaker: jonas # mood: sad
    -> DONE
}
{ pull_back("jonas"):
    { playing():
    - "mara":
        These walls are perfect and nobody's looking at them. That's not a gallery, Jonas, that's a storeroom. Come and be judged. With me. # speaker: mara # mood: determined
    - "lila":
        Nobody's going to say anything mean about these, because there's nobody here. I'd rather have your rubbish whale and all the critics. Come on. # speaker: lila # mood: determined
    - "roe":
        A painting nobody sees hasn't been finished, dear. It's been hidden. Come and finish something. # speaker: roe # mood: determined
    }
    Jonas laughs, the real one, the one that isn't a joke. He puts his hand in theirs. It has paint on it. # speaker: narrator
    Eleven white canvases. Four sleepers. I know what I'm painting first. # speaker: jonas # mood: happy
- else:
    Jonas smiles at them the way he smiles at strangers at openings: warmly, and from miles off. # speaker: narrator
    It's nice of you. Really. I'm just going to sit a minute. # speaker: jonas # mood: neutral
    { playing():
    - "mara":
        He doesn't know me enough to come back for me. I'm a face at his opening. # speaker: mara # mood: sad
    - "lila":
        He doesn't know me well enough. Not yet. Someone closer has to try. # speaker: lila # mood: sad
    - "roe":
        I'm a kind old lady to him, nothing more. It needs someone he'd follow. # speaker: roe # mood: sad
    }
}
-> DONE

= reach_lila
{ playing() == "lila":
    It's so quiet. I'm not even scared. I don't want to go back to being scared. # speaker: lila # mood: sad
    -> DONE
}
{ pull_back("lila"):
    { playing():
    - "mara":
        Lila. I'm terrible at this, so listen: you walked four adults through the dark. Walk one out of the light. # speaker: mara # mood: determined
    - "jonas":
        Hey. Noor's saving you a seat. I'm saving you a seat. Everybody's saving you seats, it's getting ridiculous. # speaker: jonas # mood: determined
    - "roe":
        Scared all the time, and coming anyway. You said it, dear. I heard you. Come anyway. # speaker: roe # mood: determined
    }
    Lila looks at the hand. Then, because she is scared, she takes it, and holds on very hard. # speaker: narrator
    Okay. Okay. I'm coming. Don't let go. Actually, do let go a bit, that's my wrist. # speaker: lila # mood: happy
- else:
    Lila goes very still, the way she does in a room full of people she doesn't know. # speaker: narrator
    I don't... I'm fine. I'm fine here. # speaker: lila # mood: afraid
    { playing():
    - "mara":
        She doesn't know me well enough to come back for me. She barely knows anybody. That was the point. # speaker: mara # mood: sad
    - "jonas":
        She doesn't know me enough. I'm just the funny one. Someone she trusts has to ask. # speaker: jonas # mood: sad
    - "roe":
        I'm a stranger to her still. Someone she's let near has to go. # speaker: roe # mood: sad
    }
}
-> DONE

= reach_roe
{ playing() == "roe":
    I've pulled so many people back from so many edges. Nobody ever taught me how to do it to myself. # speaker: roe # mood: sad
    -> DONE
}
{ pull_back("roe"):
    { playing():
    - "mara":
        You told Daniel nothing. You can tell him something now. Out there. I'll hold the door. # speaker: mara # mood: determined
    - "jonas":
        Roe. Roe. You always know what to say. So say it to him, properly, awake. I'll carry the letters. # speaker: jonas # mood: determined
    - "lila":
        You held on to all of us. It's my turn. You're heavy, so I'm using both hands. # speaker: lila # mood: determined
    }
    The voice in the light says her name again. This time she doesn't answer it. # speaker: narrator
    He chose. And I should have argued. I'll go and argue now, dear, while there's time. # speaker: roe # mood: determined
- else:
    Roe pats their hand, kindly, the way she pats the hands of visitors on the ward, and lets go. # speaker: narrator
    Go on, dear. Someone's waiting for you. # speaker: roe # mood: neutral
    { playing():
    - "mara":
        She's looking after me. Even now. She doesn't know me well enough to let me look after her. # speaker: mara # mood: sad
    - "jonas":
        She thinks I'm one of her visitors. Someone she's let in has to ask. # speaker: jonas # mood: sad
    - "lila":
        She doesn't know me enough. Not enough to lean on me. Someone else has to try. # speaker: lila # mood: sad
    }
}
-> DONE
