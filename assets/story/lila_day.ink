// Chapter 3, Lila's Friday: her family's flat and Vesper School. Being written.

=== lila_day ===
-> DONE
