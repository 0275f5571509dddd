// The full-screen cards: the world before Mara's morning, each chapter's card
// (assets/story/chapters.json names them), and what waits after the chamber. The game shows each line on its own card, so every line stands
// alone, stays short (<= 110 characters) and is the narrator's.

=== prologue ===
// New game: a SomniCo advert cut into by the evening news. Then Mara's morning begins.
Vesper City, 2045. Nobody here is tired any more. They are simply between dreams. # speaker: narrator
"Reverie by SomniCo. Your own world, every night. Why wake up small?" # speaker: narrator
"Side effects may include reluctance, nostalgia and a preference for the lemon grove." # speaker: narrator
VESPER NEWS: The Ministry announces the Lullaby Protocol, a citywide synchronized sleep. # speaker: narrator
Ten thousand citizens will dream in step at the Civic Rest Hall, seven days from today. # speaker: narrator
"A rested city is a happy city," says the Minister, who looks like he has not slept in years. # speaker: narrator
Somewhere in Aster Court, an alarm is about to go off. # speaker: narrator
-> DONE

=== jonas_card ===
// Chapter 2's card (chapters.json): after Mara's night, the same Friday again, across town.
Jonas — the same Friday # speaker: narrator
Across town, in a loft full of white canvases, a painter is pretending to be asleep. # speaker: narrator
-> DONE

=== lila_card ===
// Chapter 3's card (chapters.json): after Jonas's night, the same Friday once more.
Lila — the same Friday # speaker: narrator
Two tram stops from Aster Street, a girl is awake under her duvet, rehearsing a presentation to the ceiling. # speaker: narrator
-> DONE

=== roe_card ===
// Chapter 4's card (chapters.json): after Lila's night, the same Friday one last time.
Roe — the same Friday # speaker: narrator
Next door to a girl rehearsing to her ceiling, an old woman writes a letter she will not send. # speaker: narrator
-> DONE

=== showcase_card ===
// The showcase chapter's card: seven days on from the Friday the four of them lived.
Mara — seven days later # speaker: narrator
The night of the Lullaby Protocol. Four people who have never met are about to lie down in the same hall. # speaker: narrator
-> DONE

=== threshold_card ===
// Chapter 7's card (chapters.json): after the last campfire, the Threshold.
The fire is out. Nobody put it out. # speaker: narrator
Beyond the last arch, a light as warm as a bed on a cold morning. # speaker: narrator
The Threshold. # speaker: narrator
-> DONE
