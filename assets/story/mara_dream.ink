// Act II, Mara's dream: the Quiet Office (maps/dream_mara_1.tmx, dream_mara_2.tmx).
//
// The dream teaches her Trace (a lens that shows hidden walkways and wiring, and turns
// junctions) and flatters her: here her work is seen, here nothing needs fixing. At the
// exit it asks her to stay; staying costs one more pod hour. She wakes on showcase day, a
// week later and a little greyer, in the showcase chapter (showcase.wake).

=== dream ===
// The dream maps' objects start these stitches; each ends with DONE, back to walking around.
-> DONE

= arrive
// dream_mara_1's arrive trigger: the welcome, and the first hint (the lens).
~ begin_chapter("mara_dream")
The Quiet Office. White marble, gold light, and lemon trees growing out of the filing cabinets. # speaker: narrator
No alarms. No messages. Somewhere a fountain keeps perfect time. # speaker: narrator
Welcome home, Mara. Everything is exactly where you left it. # speaker: somnico_host # mood: smile
It always is. That's the selling point. # speaker: mara # mood: happy
The path ahead stops at a drop into nothing. On the far side, more gold, and no way across that she can see. # speaker: narrator
Look closer. In here your tablet is a lens, and it shows what is hidden. Press [ability] to raise it. # speaker: somnico_host # mood: neutral
Everything hidden, in clean gold lines. If only real work came with this. # speaker: mara # mood: neutral
-> DONE

= walkway
// The enter trigger beyond the hidden walkway: she crossed on faith and a lens.
~ dream_step = 1
A bridge that's only there while I'm looking for it. That explains a lot about my career. # speaker: mara # mood: happy
With the lens up she walks slower, careful as a spreadsheet. [ability] lowers it again. # speaker: narrator
-> DONE

= fountain
// An inspect: the fountain that never breaks.
{ stopping:
- A fountain that never needs fixing. In the real one, the pump would be broken and I'd be filing the ticket. # speaker: mara # mood: neutral
    Make a wish, Mara. Here they come true at no extra cost. # speaker: somnico_host # mood: smile
- The water falls in exactly the same arc every time. I counted. It's so soothing. That's probably the problem. # speaker: mara # mood: sad
}
-> DONE

= desk
// An inspect: her desk, improved. The dream's flattery, and the catch in it.
{ stopping:
- Her desk, but better. The plant is alive. The chair doesn't squeak. Her forecast glows on the screen. # speaker: narrator
    Sticky notes cover the monitor: BRILLIANT. WE READ IT ALL. SLIDE NINE!!! # speaker: narrator
    Someone read past slide one. # speaker: mara # mood: happy
    Here, everyone does. Here, your work is seen, Mara. # speaker: somnico_host # mood: smile
    She leans closer. Every note is in the same neat hand. # speaker: narrator
    Oh. It's my handwriting. All of them. # speaker: mara # mood: sad
- The notes are still there. They're very kind. I'd like them more if I hadn't written them myself. # speaker: mara # mood: sad
}
-> DONE

= wiring
// dream_mara_2's arrive trigger: the second lesson (junctions).
The second hall hums. Gold wires run under the marble like veins. Only the lens shows where they really go. # speaker: narrator
A gate that won't open, and something under the floor deciding where the power goes. Classic. # speaker: mara # mood: determined
With your lens up, face a junction and press [interact]. It turns, and the gold goes where you send it. # speaker: somnico_host # mood: neutral
Follow the wires from the switch to the gate. Not every door it can open is one you want. # speaker: somnico_host # mood: smile
-> DONE

= temptation
// The enter trigger at dream_mara_2's exit: the dream asks her to stay. Either way the
// chapter ends here; the same Friday goes on with Jonas (chapters.json), and she wakes on
// showcase day in the showcase chapter (showcase.wake).
~ dream_step = 2
A terrace over a city made of gold light. No trams. No Vance. The air smells of lemons and clean paper. # speaker: narrator
You could stay, Mara. Not for ever. Just a little longer. Just one more hour. # speaker: somnico_host # mood: smile
One more hour. You always say it like it's a number. # speaker: mara # mood: sad
Out there, everything is grey, and tired, and nobody reads past slide one. In here, you are seen. # speaker: somnico_host # mood: smile
{ called_tess:
    Somewhere far off, a voice she knows: Thursday. Stew. Bring the mugs. # speaker: narrator
}
* [Stay a little longer]
    ~ stayed_in_dream = true
    ~ sleep_in_pod(1)
    She sits on the warm stone. The fountain keeps time. Time, out there, keeps going without her. # speaker: narrator
    Just a little longer. I've earned a little longer. # speaker: mara # mood: happy
    Of course you have. Rest now. We'll wake you when you're needed. # speaker: somnico_host # mood: smile
* [Wake up]
    I'd love to stay. That's exactly why I shouldn't. # speaker: mara # mood: determined
    Your rest debt is... your rest... # speaker: somnico_host # mood: glitch
    The host's smile stutters, just once, like a skipped frame. Then the gold goes out. # speaker: narrator
- The fountain keeps time. The gold stays gold. She sleeps, and the city sleeps around her, one pod at a time. # speaker: narrator # next_chapter
-> DONE
