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

// Played in Inky, the story starts with Mara's morning; the game starts knots by name.
-> mara_morning

=== function play_sfx(name) ===
~ return

=== function begin_chapter(name) ===
~ return

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
