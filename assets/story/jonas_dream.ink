// Chapter 2, Jonas's night: his dream (maps/dream_jonas_1.tmx .. dream_jonas_3.tmx). Being written.

=== jonas_dream ===
-> DONE
