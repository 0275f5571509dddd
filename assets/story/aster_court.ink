// Aster Court and the street outside: the neighbours Mara passes every day and never knows.

=== corridor ===
-> DONE

= neighbour
{ dreamt:
    Showcase night! I've had my pod at the Hall booked since spring. I'm wearing my good coat to sleep in. # speaker: neighbour
    She's already at her door, keys out, humming the SomniCo jingle. # speaker: narrator
    -> DONE
}
{ stopping:
- Morning. Or is it? I can never tell any more, the pod does sunrises better than the sky. # speaker: neighbour
    { slept_in:
        You look rested. You look like me. # speaker: neighbour
    - else:
        Off to work? Good for you. Somebody has to keep the lights on out here. # speaker: neighbour
    }
    Mrs Adeyemi from 2B. Four years across the hall, and that's the longest we've ever talked. # speaker: mara # mood: neutral
- They say the showcase will put the whole city to sleep at once. Imagine the quiet. # speaker: neighbour
    { read_showcase_news:
        I read about it. Seven days. It sounded less like a festival the second time. # speaker: mara # mood: sad
    }
- She's already looking past me, towards her door. Towards the hum behind it. # speaker: narrator
}
-> DONE

=== street ===
-> DONE

= first_step
{ slept_in:
    Eight fifty-two. The street's awake without me; the neon never switched off anyway. # speaker: mara # mood: sad
- else:
    Six forty. The neon is still on and the air smells of rain and vending machines. I'm early. That has to count for something. # speaker: mara # mood: determined
}
-> DONE
