// Chapter 3, Lila's night: her dream (maps/dream_lila_1.tmx, dream_lila_2.tmx). Being written.

=== lila_dream ===
-> DONE
