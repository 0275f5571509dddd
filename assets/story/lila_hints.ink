// Roe's hints for the puzzles of Lila's dream (see hints.ink for how hints work). Being written.
