// Roe's hints for the puzzles of Jonas's dream (see hints.ink for how hints work). Being written.
