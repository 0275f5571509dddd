// Chapter 4, Roe's night: her dream (maps/dream_roe_1.tmx, dream_roe_2.tmx). Being written.

=== roe_dream ===
-> DONE
