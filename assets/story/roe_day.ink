// Chapter 4, Roe's Friday: her house and the rest ward. Being written.

=== roe_day ===
-> DONE
