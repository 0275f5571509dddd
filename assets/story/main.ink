// Lullaby Protocol: the story.
//
// This file holds the story state and the functions the game binds; scenes live in the
// included files. Ink variables are the ONE store of story state: the game reads them,
// and changes them only by running Ink (or, in debug and route tools, set_variable).
//
// Tags: `# speaker: <id>` and `# mood: <mood>` on every spoken line (`narrator` for plain
// narration); stage directions (`move`, `face`, `wait`, `fade`, `pan`, `music`, `sfx`, `tint`,
// `warp`) are listed in game/story/tags.py.
//
// After editing, run `python -m game.tools.ink` to rebuild main.json and the manifest.

INCLUDE prologue.ink
INCLUDE mara_morning.ink
INCLUDE aster_court.ink
INCLUDE mara_day.ink
INCLUDE mara_dream.ink
INCLUDE jonas_day.ink
INCLUDE jonas_dream.ink
INCLUDE jonas_hints.ink
INCLUDE lila_day.ink
INCLUDE lila_dream.ink
INCLUDE lila_hints.ink
INCLUDE roe_day.ink
INCLUDE roe_dream.ink
INCLUDE roe_hints.ink
INCLUDE showcase.ink
INCLUDE chamber.ink
INCLUDE hub.ink
INCLUDE threshold.ink
INCLUDE threshold_hints.ink
INCLUDE epilogue.ink
INCLUDE wing_mara.ink
INCLUDE wing_mara_hints.ink
INCLUDE wing_jonas.ink
INCLUDE wing_jonas_hints.ink
INCLUDE wing_lila.ink
INCLUDE wing_lila_hints.ink
INCLUDE wing_roe.ink
INCLUDE wing_roe_hints.ink
INCLUDE hints.ink

// --- The waking days -------------------------------------------------------------------
VAR day = 1
VAR pod_hours = 0           // Mara's hours spent in Reverie pods by choice; drives her tether (greyer world) and the ending
VAR pod_hours_jonas = 0     // the same for Jonas, in his chapter: his waking maps grey with it
VAR held_jonas = 0          // Jonas's choices of real life over the pod (hold_on_jonas)
VAR tether_jonas = 0        // how firmly Jonas holds on to waking life: held_jonas - pod_hours_jonas, kept by the functions below
VAR pod_hours_lila = 0      // and for Lila
VAR held_lila = 0           // Lila's choices of real life over the pod (hold_on_lila)
VAR tether_lila = 0         // held_lila - pod_hours_lila, kept by the functions below
VAR pod_hours_roe = 0       // and for Roe
VAR held_roe = 0            // Roe's choices of real life over the pod (hold_on_roe)
VAR tether_roe = 0          // held_roe - pod_hours_roe, kept by the functions below

// --- Mara's flags ----------------------------------------------------------------------
VAR answered_office = false      // she answered Vance and got ready for the review
VAR slept_in = false             // she went back into the pod "for one more hour"
VAR read_showcase_news = false   // she read about the Lullaby Protocol showcase
VAR read_sister_message = false  // she opened Tess's message (and did not answer it)
VAR went_to_office = false       // she reached Halcyon that day (late or not)
VAR called_tess = false          // at her desk she called her sister back instead of the forecast or the pod
VAR day_done = false             // her workday ended at the desk: the evening and her dream follow
VAR dreamt = false               // she woke from her dream: it is showcase day (the street's ways turn on this)
VAR stayed_in_dream = false      // in the dream she chose to stay longer; the pod woke her anyway
VAR dream_step = 0               // her dream so far: 1 across the drop, 2 at the terrace (the chapter's steps)

// --- The showcase ----------------------------------------------------------------------
VAR at_showcase = false          // she reached the Civic Rest Hall on showcase day
VAR merged = false               // the Lullaby Protocol crashed and the four sleepers' minds merged
VAR chamber_step = 0             // the chaos chamber so far: 1 past the ledgers, 2 past the gallery, 3 out

// --- The Merge: the hub and the four fear wings -------------------------------------------
VAR held_mara = 0                // Mara's choices of real life on her Friday, counted when the Merge begins (mara_tether)
VAR tether_mara = 0              // how firmly Mara holds on to waking life: held_mara - pod_hours, then her confrontation
VAR wings_done = 0               // how many fear wings the four have come through (face_fear)
VAR fires = 0                    // how many campfires they have sat at (one after each wing)
VAR last_wing = ""               // whose wing they came out of last: "mara", "jonas", "lila" or "roe"
VAR wing_mara_done = false       // Mara met her perfect, lonely self
VAR wing_jonas_done = false      // Jonas stood in front of the crowd
VAR wing_lila_done = false       // Lila answered the dark
VAR wing_roe_done = false        // Roe opened the archive door
VAR honest_mara = false          // at her confrontation she answered honestly (not deflecting)
VAR honest_jonas = false
VAR honest_lila = false
VAR honest_roe = false
VAR wing_mara_step = 0           // each wing's progress: 1..4 its puzzles, 5 its confrontation (the chapter's steps)
VAR wing_jonas_step = 0
VAR wing_lila_step = 0
VAR wing_roe_step = 0

// --- The Threshold and the endings ----------------------------------------------------------
VAR drifting_mara = false        // at the Threshold, her tether was too low: the light took her (threshold_begin)
VAR drifting_jonas = false
VAR drifting_lila = false
VAR drifting_roe = false
VAR saved_mara = false           // someone bonded enough to her reached her and pulled her back (pull_back)
VAR saved_jonas = false
VAR saved_lila = false
VAR saved_roe = false
VAR woke_mara = false            // after the final choice: she wakes in the Civic Rest Hall (decide_ending)
VAR woke_jonas = false
VAR woke_lila = false
VAR woke_roe = false
VAR ending = ""                  // "dawn" (all four wake), "half_light" (some stay), "lullaby" (they stay, together)

// --- Bonds, one per pair (grow in Act III; weigh on the Threshold) ------------------------
VAR bond_mara_jonas = 0
VAR bond_mara_lila = 0
VAR bond_mara_roe = 0
VAR bond_jonas_lila = 0
VAR bond_jonas_roe = 0
VAR bond_lila_roe = 0

// --- Functions the game binds ---------------------------------------------------------
// Each has an Ink fallback below, so the story also runs in Inky without the game.

// Play a sound effect at once (unlike `# sfx:`, which waits its turn in a cutscene).
EXTERNAL play_sfx(name)
// A new chapter begins: the game shows its card and autosaves.
EXTERNAL begin_chapter(name)
// Who the player is playing right now: "mara", "jonas", "lila" or "roe".
EXTERNAL playing()

// Played in Inky, the story starts with Mara's morning; the game starts knots by name.
-> mara_morning

=== function play_sfx(name) ===
~ return

=== function begin_chapter(name) ===
~ return

=== function playing() ===
~ return "mara"

// Time in a pod: the only way pod_hours grows.
=== function sleep_in_pod(hours) ===
~ pod_hours += hours

// Jonas's time in a pod, and his choices of real life: the only ways his tether moves.
=== function sleep_in_pod_jonas(hours) ===
~ pod_hours_jonas += hours
~ tether_jonas = held_jonas - pod_hours_jonas

=== function hold_on_jonas() ===
~ held_jonas += 1
~ tether_jonas = held_jonas - pod_hours_jonas

// Lila's time in a pod, and her choices of real life: the only ways her tether moves.
=== function sleep_in_pod_lila(hours) ===
~ pod_hours_lila += hours
~ tether_lila = held_lila - pod_hours_lila

=== function hold_on_lila() ===
~ held_lila += 1
~ tether_lila = held_lila - pod_hours_lila

// Roe's time in a pod, and her choices of real life: the only ways her tether moves.
=== function sleep_in_pod_roe(hours) ===
~ pod_hours_roe += hours
~ tether_roe = held_roe - pod_hours_roe

=== function hold_on_roe() ===
~ held_roe += 1
~ tether_roe = held_roe - pod_hours_roe

// Mara's tether, counted once when the Merge begins: what she chose on her Friday (the office,
// Tess, the pod she did not go back to) against her hours in the pod.
=== function mara_tether() ===
~ held_mara = 0
{ answered_office: 
    ~ held_mara += 1
}
{ called_tess: 
    ~ held_mara += 1
}
{ not slept_in: 
    ~ held_mara += 1
}
~ tether_mara = held_mara - pod_hours

// The end of a fear wing's confrontation: `who` faced it, honestly or not. Honesty holds them
// to waking life (+2 tether); deflecting lets go a little (-1). The only way the wings move a tether.
=== function face_fear(who, honest) ===
~ wings_done += 1
~ last_wing = who
~ temp change = -1
{ honest: 
    ~ change = 2
}
{ who:
- "mara":
    ~ wing_mara_done = true
    ~ honest_mara = honest
    ~ tether_mara += change
- "jonas":
    ~ wing_jonas_done = true
    ~ honest_jonas = honest
    ~ tether_jonas += change
- "lila":
    ~ wing_lila_done = true
    ~ honest_lila = honest
    ~ tether_lila += change
- "roe":
    ~ wing_roe_done = true
    ~ honest_roe = honest
    ~ tether_roe += change
}

// The bond between two of the four, whichever way round they are named.
=== function bond_between(a, b) ===
{
- (a == "mara" && b == "jonas") || (a == "jonas" && b == "mara"):
    ~ return bond_mara_jonas
- (a == "mara" && b == "lila") || (a == "lila" && b == "mara"):
    ~ return bond_mara_lila
- (a == "mara" && b == "roe") || (a == "roe" && b == "mara"):
    ~ return bond_mara_roe
- (a == "jonas" && b == "lila") || (a == "lila" && b == "jonas"):
    ~ return bond_jonas_lila
- (a == "jonas" && b == "roe") || (a == "roe" && b == "jonas"):
    ~ return bond_jonas_roe
- (a == "lila" && b == "roe") || (a == "roe" && b == "lila"):
    ~ return bond_lila_roe
}
~ return 0

// How much bond it takes to pull someone back from the light.
CONST PULL_BOND = 2

// Arriving at the Threshold: whoever holds on too loosely to waking life drifts into the light.
=== function threshold_begin() ===
~ drifting_mara = tether_mara <= 0
~ drifting_jonas = tether_jonas <= 0
~ drifting_lila = tether_lila <= 0
~ drifting_roe = tether_roe <= 0

// The one playing reaches `who` in the light: true (and they are saved) if the two are bonded enough.
=== function pull_back(who) ===
~ temp by = playing()
{ by == who || bond_between(by, who) < PULL_BOND:
    ~ return false
}
{ who:
- "mara": ~ saved_mara = true
- "jonas": ~ saved_jonas = true
- "lila": ~ saved_lila = true
- "roe": ~ saved_roe = true
}
~ return true

// Whether `who` is in the light and not (yet) pulled back.
=== function lost(who) ===
{ who:
- "mara": ~ return drifting_mara && not saved_mara
- "jonas": ~ return drifting_jonas && not saved_jonas
- "lila": ~ return drifting_lila && not saved_lila
- "roe": ~ return drifting_roe && not saved_roe
}
~ return false

=== function lost_count() ===
~ temp count = 0
{ lost("mara"):
    ~ count += 1
}
{ lost("jonas"):
    ~ count += 1
}
{ lost("lila"):
    ~ count += 1
}
{ lost("roe"):
    ~ count += 1
}
~ return count

// The final choice confirms what play decided: waking takes home everyone not lost to the
// light (all four: Dawn; fewer: Half-light); staying together (offered only once two or more
// are lost) is Lullaby.
=== function decide_ending(wake) ===
~ woke_mara = wake && not lost("mara")
~ woke_jonas = wake && not lost("jonas")
~ woke_lila = wake && not lost("lila")
~ woke_roe = wake && not lost("roe")
{
- not wake:
    ~ ending = "lullaby"
- lost_count() == 0:
    ~ ending = "dawn"
- else:
    ~ ending = "half_light"
}
